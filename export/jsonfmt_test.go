package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// openStore opens a fresh database with a fixed clock.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	s, err := store.Open(filepath.Join(t.TempDir(), "tramite.db"), store.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// exportAll writes the whole database as JSON, as `tramite export
// --household --format json` does.
func exportAll(t *testing.T, s *store.Store) []byte {
	t.Helper()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := s.Cases()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := casebook.Household(people, cases, testContext())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := JSON(&b, people, cs, testContext()); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// normalised decodes an export and renumbers its ids by order of
// appearance, dropping timestamps, so two databases holding the same
// household compare equal.
func normalised(t *testing.T, data []byte) File {
	t.Helper()
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	pid := map[uint64]uint64{}
	for i := range f.People {
		pid[f.People[i].ID] = uint64(i + 1)
		f.People[i].ID, f.People[i].Created, f.People[i].Updated = uint64(i+1), "", ""
	}
	for i := range f.Cases {
		c := &f.Cases[i]
		c.ID, c.Person, c.Created, c.Updated = uint64(i+1), pid[c.Person], "", ""
	}
	return f
}

// fill saves the household fixture into s through the ordinary API, with a
// deleted person first so that ids have gaps.
func fill(t *testing.T, s *store.Store) {
	t.Helper()
	gone := record.Person{Name: "Deleted Person"}
	if err := s.SavePerson(&gone); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePerson(gone.ID); err != nil {
		t.Fatal(err)
	}
	people, cases := household(t)
	ids := map[uint64]uint64{}
	for _, p := range people {
		old := p.ID
		p.ID = 0
		if err := s.SavePerson(&p); err != nil {
			t.Fatal(err)
		}
		ids[old] = p.ID
	}
	for _, c := range cases {
		c.ID, c.PersonID = 0, ids[c.PersonID]
		if err := s.SaveCase(&c); err != nil {
			t.Fatal(err)
		}
	}
}

// TestJSONRoundTrip: export a household, import it into a fresh database,
// export again: the same file once ids and timestamps are renumbered.
func TestJSONRoundTrip(t *testing.T) {
	src := openStore(t)
	fill(t, src)
	first := exportAll(t, src)

	b, err := Decode(bytes.NewReader(first))
	if err != nil {
		t.Fatalf("Decode of our own export: %v", err)
	}
	dst := openStore(t)
	res, err := dst.Import(b.People, b.Cases)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	if len(res.Cases) != len(b.Cases) || len(res.People) != len(b.People) {
		t.Fatalf("imported %d people, %d cases; want %d, %d", len(res.People), len(res.Cases), len(b.People), len(b.Cases))
	}
	second := exportAll(t, dst)

	a, z := normalised(t, first), normalised(t, second)
	if !reflect.DeepEqual(a, z) {
		t.Errorf("export → import → export changed the household:\nfirst:  %s\nsecond: %s", first, second)
	}
	if len(a.Cases) == 0 || len(a.People) != 3 {
		t.Errorf("the round trip carried %d people and %d cases: the test proves nothing", len(a.People), len(a.Cases))
	}
}

// TestJSONGolden pins the documented format on the household fixture.
func TestJSONGolden(t *testing.T) {
	people, cases := household(t)
	cs, err := casebook.Household(people, cases, testContext())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := JSON(&b, people, cs, testContext()); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, b.Bytes())
}

// validFile is a minimal valid import: one person, one renewal case.
func validFile() map[string]any {
	return map[string]any{
		"format": "tramite", "version": 1,
		"people": []any{map[string]any{"id": 1, "name": "Ana García", "birth_date": "1990-04-02"}},
		"cases": []any{map[string]any{"id": 1, "person": 1, "procedure": "renewal",
			"answers":  map[string]any{"card_type": "temporary", "card_expiry": "2026-12-26"},
			"progress": map[string]any{"stage": "draft"}, "ticks": []any{"D-PASS"}}},
	}
}

func encode(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestDecodeValid(t *testing.T) {
	b, err := Decode(bytes.NewReader(encode(t, validFile())))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if len(b.People) != 1 || len(b.Cases) != 1 {
		t.Fatalf("got %d people, %d cases; want 1, 1", len(b.People), len(b.Cases))
	}
	c := b.Cases[0]
	if c.PersonID != 1 || c.Procedure != "renewal" || !c.Ticks["D-PASS"] || c.Answers["card_expiry"] != "2026-12-26" {
		t.Errorf("decoded case = %+v", c)
	}
	if b.People[0].BirthDate != procedures.MustDate("1990-04-02") {
		t.Errorf("birth date = %s", b.People[0].BirthDate)
	}
}

// TestDecodeInvalid: each broken file is refused with a message naming the
// case or person and the key at fault, and the store is left unchanged.
func TestDecodeInvalid(t *testing.T) {
	tests := map[string]struct {
		edit func(f map[string]any)
		raw  string
		want []string
	}{
		"not JSON": {raw: "{\"format\": \"tramite\",\n  oops}", want: []string{"line 2"}},
		"another program's file": {edit: func(f map[string]any) { f["format"] = "other" },
			want: []string{`"format" is not "tramite"`}},
		"a newer version": {edit: func(f map[string]any) { f["version"] = 2 },
			want: []string{`"version" is 2`, "newer tramite"}},
		"no version": {edit: func(f map[string]any) { delete(f, "version") }, want: []string{`"version" is missing`}},
		"an unknown procedure": {edit: func(f map[string]any) { kase(f)["procedure"] = "visa-lottery" },
			want: []string{"case 1 (id 1)", "procedure", `"visa-lottery"`}},
		"an impossible date in an answer": {edit: func(f map[string]any) { answers(f)["card_expiry"] = "2026-02-30" },
			want: []string{"case 1 (id 1)", "answers.card_expiry", "does not exist"}},
		"a choice that is not an option": {edit: func(f map[string]any) { answers(f)["card_type"] = "gold" },
			want: []string{"answers.card_type", `"gold" is not an option`}},
		"an answer key of another procedure": {edit: func(f map[string]any) { answers(f)["visa_type"] = "temporary" },
			want: []string{"answers.visa_type", "not a question of renewal"}},
		"a bad progress date": {edit: func(f map[string]any) {
			kase(f)["progress"] = map[string]any{"stage": "filed", "filed_date": "yesterday"}
		}, want: []string{"case 1 (id 1): progress: filed_date", `"yesterday" is not a date`}},
		"an unknown stage": {edit: func(f map[string]any) { kase(f)["progress"] = map[string]any{"stage": "lost"} },
			want: []string{"progress.stage", `unknown stage "lost"`}},
		"a missing person": {edit: func(f map[string]any) { kase(f)["person"] = 9 },
			want: []string{"case 1 (id 1)", `"person" is 9`}},
		"a person with a bad birth date": {edit: func(f map[string]any) {
			f["people"].([]any)[0].(map[string]any)["birth_date"] = "31/02/1990"
		}, want: []string{"person 1 (id 1): birth_date", "does not exist", `"person" is 1`}},
		"a misspelt key": {edit: func(f map[string]any) { kase(f)["procedur"] = "renewal" },
			want: []string{"case 1", `unknown field "procedur"`}},
		"two cases with one id": {edit: func(f map[string]any) {
			f["cases"] = append(f["cases"].([]any), f["cases"].([]any)[0])
		}, want: []string{"case 2 (id 1): the id is used twice"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			data := []byte(tc.raw)
			if tc.edit != nil {
				f := validFile()
				tc.edit(f)
				data = encode(t, f)
			}
			s := openStore(t)
			_, err := importFile(s, data)
			var inv *InvalidError
			if !errors.As(err, &inv) {
				t.Fatalf("import of a broken file: %v, want an *InvalidError", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			people, _ := s.People()
			cases, _ := s.Cases()
			if len(people) != 0 || len(cases) != 0 {
				t.Errorf("a refused file left %d people and %d cases in the store", len(people), len(cases))
			}
		})
	}
}

// importFile is the import path of `tramite import`: validate the whole
// file, then write it in one transaction.
func importFile(s *store.Store, data []byte) (store.ImportResult, error) {
	b, err := Decode(bytes.NewReader(data))
	if err != nil {
		return store.ImportResult{}, err
	}
	return s.Import(b.People, b.Cases)
}

func kase(f map[string]any) map[string]any { return f["cases"].([]any)[0].(map[string]any) }

func answers(f map[string]any) map[string]any { return kase(f)["answers"].(map[string]any) }
