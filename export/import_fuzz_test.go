package export

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"tramite/procedures"
)

// FuzzImport: whatever bytes an import file holds, Decode returns a bundle
// or an error, never panics. An invalid file yields an *InvalidError that
// lists at least one problem and an empty bundle, so `tramite import` has
// nothing to write (the command test checks the database is untouched).
// A file that decodes is consistent: every case belongs to a person of the
// bundle, its procedure is registered, and every answer is already in the
// stored form the interview would write (Procedure.Answer keeps it as is).
func FuzzImport(f *testing.F) {
	golden, err := os.ReadFile(filepath.Join("testdata", "TestJSONGolden.golden"))
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range [][]byte{
		golden, golden[:len(golden)/2], {}, []byte("null"), []byte("[]"), []byte(`{"format":"tramite","version":1}`),
		[]byte(`{"format":"tramite","version":2}`), []byte(`{"format":"tramite","version":1,"people":[{"id":1,"name":"Ana"}],` +
			`"cases":[{"id":1,"person":1,"procedure":"renewal","answers":{"card_type":"Temporary","card_expiry":"20/12/2026"}}]}`),
		[]byte(`{"format":"tramite","version":1,"people":[{"id":1,"name":" "}],"cases":[{"id":1,"person":2}]}`),
		bytes.Replace(golden, []byte(`"2026-11-10"`), []byte(`"2026-02-30"`), 1),
		bytes.Replace(golden, []byte(`"person": 1`), []byte(`"person": 99`), 1),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Decode(bytes.NewReader(data))
		if err != nil {
			var inv *InvalidError
			if !errors.As(err, &inv) || len(inv.Problems) == 0 {
				t.Fatalf("Decode error %v (%T); want an *InvalidError listing problems", err, err)
			}
			if len(b.People) > 0 || len(b.Cases) > 0 {
				t.Fatalf("Decode returned %d people and %d cases with an error", len(b.People), len(b.Cases))
			}
			return
		}
		people := map[uint64]bool{}
		for _, p := range b.People {
			people[p.ID] = true
		}
		for _, c := range b.Cases {
			if !people[c.PersonID] {
				t.Errorf("case %d belongs to person %d, who is not in the bundle", c.ID, c.PersonID)
			}
			proc, err := procedures.Lookup(c.Procedure)
			if err != nil {
				t.Fatalf("case %d decoded with procedure %q: %v", c.ID, c.Procedure, err)
			}
			for k, v := range c.Answers {
				q, ok := proc.Question(k)
				if !ok || !q.Asked(c.Answers) {
					continue
				}
				if again, err := proc.Answer(k, v, c.Answers); err != nil || again != v {
					t.Errorf("case %d: answers.%s decoded as %q, which the interview would store as %q (%v)", c.ID, k, v, again, err)
				}
			}
		}
	})
}
