package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/record"
	"tramite/textsafe"
)

// The import refuses what the command line refuses (issue 14): one fuzz
// target per field of an import file. Whatever the field holds, Decode
// either refuses the file with an *InvalidError, or returns records that
// the store's own validation (the one `tramite person set` and the
// interview go through) accepts, holding no character that could command
// a terminal.

// oneFieldFile is a valid one-person, one-case file with one field set by
// set (person p and case c as JSON objects).
func oneFieldFile(set func(p, c map[string]any)) []byte {
	p := map[string]any{"id": 1, "name": "Ana López"}
	c := map[string]any{"id": 1, "person": 1, "procedure": "renewal", "answers": map[string]string{}}
	set(p, c)
	b, _ := json.Marshal(map[string]any{"format": Format, "version": Version, "people": []any{p}, "cases": []any{c}})
	return b
}

var fuzzToday = procedures.MustDate("2026-11-23")

// fieldSeeds are the values the adversarial test used, and good ones.
var fieldSeeds = append([]string{
	"Ana López", "", " ", "abc", "@@", "ana@example.com", "+52 55 1234 5678", "2100-01-01", "1985-04-12",
	"99:99", "09:30", "24:00", "AB1234567", "\u200b\u200b", strings.Repeat("x", 201), strings.Repeat("ñ", 40000),
}, textsafe.Hostile...)

// checkDecoded is the property every field target asserts.
func checkDecoded(t *testing.T, data []byte) {
	t.Helper()
	b, err := DecodeOn(bytes.NewReader(data), fuzzToday)
	if err != nil {
		var inv *InvalidError
		if !errors.As(err, &inv) {
			t.Fatalf("Decode: %v (%T), want an *InvalidError", err, err)
		}
		for _, p := range inv.Problems {
			if len(p) > 600 {
				t.Fatalf("a problem line is %d bytes long: it repeats the value", len(p))
			}
		}
		return
	}
	for _, p := range b.People {
		if err := record.ValidatePerson(p, nil, fuzzToday); err != nil {
			t.Fatalf("Decode accepted person %+v, which the store refuses: %v", p, err)
		}
		for _, s := range append([]string{p.Name, p.Nationality}, detailValues(p)...) {
			if bad := textsafe.FirstUnsafe(s, false); bad != "" {
				t.Fatalf("Decode accepted %q holding %s", s, bad)
			}
		}
	}
	for _, c := range b.Cases {
		if err := record.ValidateCase(c, nil, fuzzToday); err != nil {
			t.Fatalf("Decode accepted case %+v, which the store refuses: %v", c, err)
		}
		if bad := textsafe.FirstUnsafe(c.Notes, true); bad != "" {
			t.Fatalf("Decode accepted notes %q holding %s", c.Notes, bad)
		}
	}
}

func detailValues(p record.Person) []string {
	var out []string
	for _, v := range p.Details {
		out = append(out, v)
	}
	return out
}

func fuzzField(f *testing.F, set func(v string, p, c map[string]any)) {
	for _, s := range fieldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		checkDecoded(t, oneFieldFile(func(p, c map[string]any) { set(v, p, c) }))
	})
}

func detail(key string) func(v string, p, c map[string]any) {
	return func(v string, p, _ map[string]any) { p["details"] = map[string]string{key: v} }
}

func progress(key string) func(v string, p, c map[string]any) {
	return func(v string, _, c map[string]any) { c["progress"] = map[string]string{key: v} }
}

func FuzzImportName(f *testing.F) {
	fuzzField(f, func(v string, p, _ map[string]any) { p["name"] = v })
}

func FuzzImportNationality(f *testing.F) {
	fuzzField(f, func(v string, p, _ map[string]any) { p["nationality"] = v })
}

func FuzzImportBirthDate(f *testing.F) {
	fuzzField(f, func(v string, p, _ map[string]any) { p["birth_date"] = v })
}

func FuzzImportPhone(f *testing.F)    { fuzzField(f, detail("phone")) }
func FuzzImportEmail(f *testing.F)    { fuzzField(f, detail("email")) }
func FuzzImportPassport(f *testing.F) { fuzzField(f, detail("passport_number")) }
func FuzzImportAddress(f *testing.F)  { fuzzField(f, detail("address")) }
func FuzzImportOffice(f *testing.F)   { fuzzField(f, detail("office")) }

func FuzzImportDetailKey(f *testing.F) {
	fuzzField(f, func(v string, p, _ map[string]any) { p["details"] = map[string]string{v: "x"} })
}

func FuzzImportNotes(f *testing.F) {
	fuzzField(f, func(v string, _, c map[string]any) { c["notes"] = v })
}

func FuzzImportAppointmentTime(f *testing.F) { fuzzField(f, progress("appointment_time")) }
func FuzzImportProgressOffice(f *testing.F)  { fuzzField(f, progress("office")) }
func FuzzImportPieza(f *testing.F)           { fuzzField(f, progress("pieza")) }
func FuzzImportNUT(f *testing.F)             { fuzzField(f, progress("nut")) }

func FuzzImportTick(f *testing.F) {
	fuzzField(f, func(v string, _, c map[string]any) { c["ticks"] = []string{v} })
}

func FuzzImportPersonAnswer(f *testing.F) {
	fuzzField(f, func(v string, _, c map[string]any) { c["answers"] = map[string]string{"phone": v} })
}

// TestImportRefusesWhatTheCommandLineRefuses: the values the adversarial
// test got through import are refused, each with a short problem line
// naming its field.
func TestImportRefusesWhatTheCommandLineRefuses(t *testing.T) {
	long := strings.Repeat("x", 32<<10)
	for name, tc := range map[string]struct {
		set   func(p, c map[string]any)
		field string
	}{
		"phone abc":          {func(p, _ map[string]any) { p["details"] = map[string]string{"phone": "abc"} }, "phone"},
		"e-mail @@":          {func(p, _ map[string]any) { p["details"] = map[string]string{"email": "@@"} }, "email"},
		"unknown detail key": {func(p, _ map[string]any) { p["details"] = map[string]string{"shoe_size": "42"} }, "shoe_size"},
		"birth date in 2100": {func(p, _ map[string]any) { p["birth_date"] = "2100-01-01" }, "birth_date"},
		"appointment 99:99":  {func(_, c map[string]any) { c["progress"] = map[string]string{"appointment_time": "99:99"} }, "appointment_time"},
		"a 32 KB name":       {func(p, _ map[string]any) { p["name"] = long }, "name"},
		"a 1 MB note":        {func(_, c map[string]any) { c["notes"] = strings.Repeat(long, 32) }, "notes"},
		"a name with ESC":    {func(p, _ map[string]any) { p["name"] = textsafe.Hostile[0] }, "name"},
		"a name with LF":     {func(p, _ map[string]any) { p["name"] = "Ana\n2  Fake" }, "name"},
		"a name with RLO":    {func(p, _ map[string]any) { p["name"] = "Ana \u202eavon" }, "name"},
		"a zero-width name":  {func(p, _ map[string]any) { p["name"] = "\u200b\u200d" }, "name"},
		"a phone answer abc": {func(_, c map[string]any) { c["answers"] = map[string]string{"phone": "abc"} }, "phone"},
	} {
		_, err := DecodeOn(bytes.NewReader(oneFieldFile(tc.set)), fuzzToday)
		var inv *InvalidError
		if !errors.As(err, &inv) {
			t.Errorf("%s: Decode = %v, want it refused", name, err)
			continue
		}
		msg := strings.Join(inv.Problems, "\n")
		if !strings.Contains(msg, tc.field) || len(msg) > 400 {
			t.Errorf("%s: problems %q do not name %s briefly", name, msg, tc.field)
		}
	}
}
