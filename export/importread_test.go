package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
)

// The import reads its file as a stream (issue 15). These tests pin what a
// decode of the whole file did, in the cases where streaming could change
// it: members in another order, errors placed by line, the one buffer of
// what is read past.

// streamFile is a valid file with its members in the given order; each
// member a JSON text, each case of "cases" on its own lines.
func streamFile(order ...string) string {
	members := map[string]string{
		"format":  `"format": "tramite"`,
		"version": `"version": 1`,
		"people":  `"people": [{"id": 1, "name": "Ana García"}, {"id": 2, "name": "Luis Pérez"}]`,
		"cases": `"cases": [
  {"id": 1, "person": 1, "procedure": "renewal",
   "answers": {"card_type": "temporary", "card_expiry": "2026-12-26"},
   "notes": "first case, with notes", "ticks": ["D-PASS", "D-FORM"]},
  {"id": 2, "person": 2, "procedure": "renewal"},
  {"id": 3, "person": 1, "procedure": "renewal"}
]`,
		"exported": `"exported": "2026-12-03"`,
	}
	var parts []string
	for _, m := range order {
		parts = append(parts, members[m])
	}
	return "{\n" + strings.Join(parts, ",\n") + "\n}\n"
}

// readers are the ways a file reaches DecodeOn: whole, and one byte a
// read, so that every value straddles the decoder's buffer.
var readers = map[string]func(string) io.Reader{
	"whole":    func(s string) io.Reader { return strings.NewReader(s) },
	"one byte": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
}

// TestDecodeMemberOrder: a hand-edited file may list its members in any
// order; cases before people are still checked against the people, and the
// bundle is the one of the exporter's order.
func TestDecodeMemberOrder(t *testing.T) {
	want, err := DecodeOn(strings.NewReader(streamFile("format", "version", "people", "cases")), fuzzToday)
	if err != nil || len(want.Cases) != 3 || len(want.People) != 2 {
		t.Fatalf("the exporter's order: %d people, %d cases, %v", len(want.People), len(want.Cases), err)
	}
	for _, order := range [][]string{
		{"cases", "people", "format", "version"},
		{"people", "cases", "version", "exported", "format"},
		{"cases", "version", "format", "people"},
	} {
		for how, reader := range readers {
			got, err := DecodeOn(reader(streamFile(order...)), fuzzToday)
			if err != nil {
				t.Errorf("%v, %s: %v", order, how, err)
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%v, %s: the bundle differs from the exporter's order:\n%+v\nwant %+v", order, how, got, want)
			}
		}
	}
}

// TestDecodeStreamProblems: what a file gets told, whatever comes first in
// it.
func TestDecodeStreamProblems(t *testing.T) {
	valid := streamFile("format", "version", "people", "cases")
	tests := []struct {
		name string
		file string
		want []string // the problems, exactly
	}{
		{"a wrong format after the people",
			strings.Replace(streamFile("people", "cases", "version", "format"), `"tramite"`, `"other"`, 1),
			[]string{`"format" is not "tramite": this is not a tramite export`}},
		{"a wrong format after invalid people and cases",
			strings.ReplaceAll(strings.Replace(streamFile("cases", "people", "format", "version"), `"tramite"`, `"other"`, 1), `"person": `, `"person": 9`),
			[]string{`"format" is not "tramite": this is not a tramite export`}},
		{"cases before people, with one person missing",
			strings.Replace(streamFile("cases", "people", "format", "version"), `"person": 2`, `"person": 7`, 1),
			[]string{`case 2 (id 2): "person" is 7, but no valid person in "people" has that id`}},
		{"problems listed people first when the cases come first",
			strings.Replace(strings.Replace(streamFile("cases", "people", "format", "version"), `"person": 2`, `"person": 7`, 1), `"Luis Pérez"`, `""`, 1),
			[]string{`person 2 (id 2): "name" is empty: every person needs a name`,
				`case 2 (id 2): "person" is 7, but no valid person in "people" has that id`}},
		{"cases and no people",
			streamFile("format", "version", "cases"),
			[]string{`case 1 (id 1): "person" is 1, but no valid person in "people" has that id`,
				`case 2 (id 2): "person" is 2, but no valid person in "people" has that id`,
				`case 3 (id 3): "person" is 1, but no valid person in "people" has that id`}},
		{"an unknown member", strings.Replace(valid, `"version"`, `"verison": 2, "version"`, 1),
			[]string{`unknown field "verison"`}},
		{"an unknown member holding a list", strings.Replace(valid, `"cases"`, `"casez": [{"id": 1}, [2, {"a": [3]}]], "cases"`, 1),
			[]string{`unknown field "casez"`}},
		{"people that are not a list", strings.Replace(valid, `"people": [`, `"people": {"a": 1}, "x": [`, 1),
			[]string{`cannot unmarshal object into Go struct field .people of type []json.RawMessage`}},
		{"the people twice", strings.Replace(valid, `"cases"`, `"people": [], "cases"`, 1),
			[]string{`"people" is in the file twice: a tramite export has one list of people`}},
		{"the cases twice, in other letters", strings.Replace(valid, `"people"`, `"Cases": null, "people"`, 1),
			[]string{`"cases" is in the file twice: a tramite export has one list of cases`}},
		{"data after the object", valid + `{"format": "tramite"}`,
			[]string{"extra data after the end of the JSON object"}},
		{"an empty file", "", []string{`the file is empty: a tramite export is a JSON object that begins {"format": "tramite"`}},
		{"a file cut short", valid[:len(valid)/2], []string{"the file ends in the middle of its data (was it cut short?): export it again"}},
		{"an array", "[\n" + valid + "]", []string{`cannot unmarshal array into Go value of type struct { Format *string "json:\"format\""; Version *int "json:\"version\""; Exported string "json:\"exported\""; RulesChecked string "json:\"rules_checked\""; People []json.RawMessage "json:\"people\""; Cases []json.RawMessage "json:\"cases\"" }`}},
	}
	for _, tc := range tests {
		for how, reader := range readers {
			_, err := DecodeOn(reader(tc.file), fuzzToday)
			var inv *InvalidError
			if !errors.As(err, &inv) {
				t.Errorf("%s, %s: %v, want an *InvalidError", tc.name, how, err)
				continue
			}
			if !reflect.DeepEqual(inv.Problems, tc.want) {
				t.Errorf("%s, %s:\n got %q\nwant %q", tc.name, how, inv.Problems, tc.want)
			}
		}
	}
}

// TestDecodeSyntaxLine: a syntax error names its line, wherever it is: in
// the top-level object, between two elements, deep in the third case.
func TestDecodeSyntaxLine(t *testing.T) {
	valid := streamFile("format", "version", "people", "cases")
	lineOf := func(s string) int { return 1 + strings.Count(valid[:strings.Index(valid, s)], "\n") }
	tests := []struct {
		name, old, new string
		line           int
		msg            string
	}{
		{"in the top-level object", `"version": 1`, `"version" 1`, lineOf(`"version"`),
			"invalid character '1' after object key"},
		{"a first key that is not a string", "{\n", "{\n1: 2, ", 2,
			"invalid character '1' looking for beginning of object key string"},
		{"between members", `"version": 1,`, `"version": 1;`, lineOf(`"version"`),
			"invalid character ';' after object key:value pair"},
		{"between two cases", `"D-FORM"]},`, "\"D-FORM\"]}\n  ;", lineOf(`"ticks"`) + 1,
			"invalid character ';' after array element"},
		{"after the comma between two cases", `{"id": 2,`, "\n\n{,", lineOf(`{"id": 2,`) + 2,
			"invalid character ',' looking for beginning of object key string"},
		{"deep in the third case", `{"id": 3, "person": 1, "procedure": "renewal"}`, "{\"id\": 3,\n \"person\": 1,\n \"procedure\": renewal}",
			lineOf(`{"id": 3`) + 2, "invalid character 'r' looking for beginning of value"},
		{"a control character in a key", `"version": 1`, "\"version\": 1, \"export\ned\": \"\"", lineOf(`"version"`) + 1,
			`invalid character '\n' in string literal`},
		{"a value out of place", `"version": 1`, "\"version\":\n\n ]", lineOf(`"version"`) + 2,
			"invalid character ']' looking for beginning of value"},
	}
	for _, tc := range tests {
		file := strings.Replace(valid, tc.old, tc.new, 1)
		if file == valid {
			t.Fatalf("%s: %q is not in the file", tc.name, tc.old)
		}
		want := fmt.Sprintf("line %d: %s (is this a tramite JSON export?)", tc.line, tc.msg)
		for how, reader := range readers {
			_, err := DecodeOn(reader(file), fuzzToday)
			var inv *InvalidError
			if !errors.As(err, &inv) || len(inv.Problems) != 1 || inv.Problems[0] != want {
				t.Errorf("%s, %s: %v\nwant the one problem %q", tc.name, how, err, want)
			}
		}
	}
}

// TestDecodeLongThenShort: each element is decoded afresh, a long one
// leaves nothing in the next (a decoder that merged into the same value
// would give case 2 the first one's notes, ticks and answers).
func TestDecodeLongThenShort(t *testing.T) {
	b, err := DecodeOn(strings.NewReader(streamFile("format", "version", "people", "cases")), fuzzToday)
	if err != nil {
		t.Fatal(err)
	}
	long, short := b.Cases[0], b.Cases[1]
	if long.Notes == "" || len(long.Ticks) != 2 || long.Answers["card_expiry"] == "" {
		t.Fatalf("the first case lost its values: %+v", long)
	}
	if short.Notes != "" || len(short.Ticks) != 0 || len(short.Answers) != 0 || short.PersonID != 2 {
		t.Errorf("the second case holds the first one's values: %+v", short)
	}
}

// heapAtEnd is a reader of a file that, when the file is all read, notes
// the live heap: what the decoder holds then.
type heapAtEnd struct {
	r    io.Reader
	heap uint64
}

func (h *heapAtEnd) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if err == io.EOF && h.heap == 0 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		h.heap = m.HeapAlloc
	}
	return n, err
}

// TestDecodeHoldsNotTheFile: decoding a 24 MB file whose people are all
// refused holds far less than the file at its end (the decode of the whole
// file held all of it, and more).
func TestDecodeHoldsNotTheFile(t *testing.T) {
	var file bytes.Buffer
	file.WriteString(`{"format": "tramite", "version": 1, "people": [`)
	for i := 0; file.Len() < 24<<20; i++ {
		fmt.Fprintf(&file, "\n    {\"id\": %d, \"name\": \"\", \"nationality\": %q},", i+1, strings.Repeat("x", 200))
	}
	file.WriteString(`{"id": 0}]}`)
	size := file.Len()
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	in := &heapAtEnd{r: &file}
	_, err := DecodeOn(in, fuzzToday)
	var inv *InvalidError
	if !errors.As(err, &inv) || len(inv.Problems) != maxProblems+1 {
		t.Fatalf("DecodeOn: %v, want %d problems and the line past them", err, maxProblems)
	}
	if held := int64(in.heap) - int64(before.HeapAlloc); held > int64(size)/8 {
		t.Errorf("decoding a %d MB file held %d MB at its end", size>>20, held>>20)
	}
}
