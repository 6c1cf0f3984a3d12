package tui

import (
	"strings"
	"testing"
)

// TestDetailsFormTakesABurstOfKeys: keys typed after enter, before huh's
// NextField command would have run, go to the next field of the letter
// view's details form, so each detail the letter states (R-LETTER-WHAT)
// is saved as typed, not with the first letter of the next one.
func TestDetailsFormTakesABurstOfKeys(t *testing.T) {
	const address = "Calle 60 No. 500, Centro, 97000, Mérida, Yucatán"
	want := map[string]string{"nationality": "colombiana", "passport_number": "AB123456",
		"address": address, "office": "Mérida"}
	// open shows the details form of a renewal whose person has none of
	// the four details yet.
	open := func(t *testing.T) (*memStore, uint64, *App) {
		t.Helper()
		st := newMemStore()
		pid := letterPerson(t, st, "nationality", "passport_number", "address", "office")
		id := addCase(t, st, pid, "renewal", renewalAnswers("2026-12-10"))
		a := keys(t, openCase(t, st, id, 80, 24), "l")
		lv := a.caseView.letter
		// The missing details, then the optional contacts the letter gives
		// when known (procedures.LetterContactKeys).
		if want := "nationality passport_number address office phone email"; lv.state != letterAsk || strings.Join(lv.ask, " ") != want {
			t.Fatalf("state %v ask %v, want the form asking %s", lv.state, lv.ask, want)
		}
		return st, pid, a
	}
	saved := func(t *testing.T, st *memStore, pid uint64) map[string]string {
		t.Helper()
		p := personOf(t, st, pid)
		got := map[string]string{}
		for k := range want {
			got[k] = p.Get(k)
		}
		return got
	}
	check := func(t *testing.T, st *memStore, pid uint64, a *App) {
		t.Helper()
		got := saved(t, st, pid)
		for k, v := range want {
			if got[k] != v {
				t.Errorf("saved %s = %q, want %q", k, got[k], v)
			}
		}
		if lv := a.caseView.letter; lv.state != letterShow || len(lv.letters) != 1 {
			t.Fatalf("after saving: state %v letters %d err %v\n%s", lv.state, len(lv.letters), lv.err, screenText(a))
		}
		// The letter's words, whatever its line breaks.
		text := strings.Join(strings.Fields(a.caseView.letter.letters[0].Text(78)), " ")
		mustContain(t, text, "de nacionalidad colombiana, con pasaporte número AB123456", address,
			"Oficina de Representación en Mérida")
	}

	t.Run("R-LETTER-WHAT: nationality, passport, address and office typed in one burst", func(t *testing.T) {
		st, pid, a := open(t)
		a = burst(t, a, "colombiana", "enter", "AB123456", "enter", address, "enter", "Mérida", "enter", "enter", "enter")
		check(t, st, pid, a)
	})
	t.Run("R-LETTER-WHAT: a refused passport keeps the focus and nothing is saved until it is corrected", func(t *testing.T) {
		st, pid, a := open(t)
		// The keys after the refused enter stay in the passport field.
		a = burst(t, a, "colombiana", "enter", "AB12/34", "enter", "C", "enter")
		lv := a.caseView.letter
		if lv.state != letterAsk || lv.form == nil {
			t.Fatalf("state %v, want the form still open\n%s", lv.state, screenText(a))
		}
		if k := lv.form.GetFocusedField().GetKey(); k != "passport_number" {
			t.Errorf("focus on %q, want passport_number", k)
		}
		if *lv.values["nationality"] != "colombiana" || *lv.values["passport_number"] != "AB12/34C" || *lv.values["address"] != "" {
			t.Errorf("typed values %q %q %q, want colombiana, AB12/34C and no address",
				*lv.values["nationality"], *lv.values["passport_number"], *lv.values["address"])
		}
		mustContain(t, screenText(a), "letters and digits")
		for k, v := range saved(t, st, pid) {
			if v != "" {
				t.Errorf("%s saved as %q before the passport was corrected", k, v)
			}
		}
		// Corrected: backspace over "/34C", then the rest in one burst.
		a = burst(t, a, "backspace", "backspace", "backspace", "backspace", "3456", "enter",
			address, "enter", "Mérida", "enter", "enter", "enter")
		check(t, st, pid, a)
	})
}
