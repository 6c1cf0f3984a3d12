package wizard

import (
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

// TestNoAnswerKeyInMessages walks every procedure's questions in both
// languages: each prompt, help and choice, and the refusal of far-off
// dates and bad values checked against the other answers (which is where
// the rules compare with another answer and used to name its key), must
// read without an answer key such as departure_date.
func TestNoAnswerKeyInMessages(t *testing.T) {
	for _, p := range procedures.Catalog() {
		for _, l := range []*i18n.Printer{i18n.For(i18n.English), i18n.For(i18n.Spanish)} {
			m := New(p, nil, Options{Context: procedures.Context{Today: procedures.MustDate("2026-11-23"), Lang: l}})
			check := func(where, text string) {
				t.Helper()
				if k := snakeKey().FindString(text); k != "" {
					t.Errorf("%s %s (%s): %q names the key %s", p.ID, where, l.Lang(), text, k)
				}
			}
			// Every answer given, in the middle of the range, so each
			// check has something to compare against.
			base := procedures.Answers{}
			for _, q := range p.Questions {
				switch q.Kind {
				case procedures.KindDate:
					base[q.Key] = "2026-06-01"
				case procedures.KindChoice, procedures.KindYesNo:
					base[q.Key] = q.Options()[0].ID
				case procedures.KindNumber:
					base[q.Key] = "1"
				default:
					base[q.Key] = "x"
				}
			}
			for _, q := range p.Questions {
				lq := q.Localized(l)
				check(q.Key+" prompt", lq.Prompt)
				check(q.Key+" help", lq.Help)
				for _, c := range lq.Options() {
					check(q.Key+" choice", c.Label)
				}
				for _, raw := range []string{"1900-01-01", "2100-01-01", "2026-01-01", "2027-01-01", "next week", "", "zzz", "-3"} {
					if err := m.validator(q.Key, base)(raw); err != nil {
						check(q.Key+"="+raw, err.Error())
					}
					if w := p.AnswerWarning(q.Key, raw, base, m.opts.Context); w != "" {
						check(q.Key+"="+raw+" warning", withoutKeys(l, p, w))
					}
				}
			}
		}
	}
}

func TestKeyLabels(t *testing.T) {
	p, err := procedures.Lookup("exit-permit")
	if err != nil {
		t.Skip(err)
	}
	tests := []struct {
		lang     i18n.Lang
		in, want string
	}{
		{i18n.English, "before the departure (departure_date, 2026-12-10): or correct departure_date",
			"before the departure (departure date, 2026-12-10): or correct departure date"},
		{i18n.Spanish, "o corrija departure_date", "o corrija fecha de salida"},
		{i18n.English, "not_a_key stays", "not_a_key stays"},
	}
	for _, tc := range tests {
		if got := withoutKeys(i18n.For(tc.lang), p, tc.in); got != tc.want {
			t.Errorf("withoutKeys(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOneChoiceOrder: every yes/no question of every procedure offers Yes
// then No, in both languages, in the interview and the accessible mode's
// numbers (1. Yes, 2. No); the likelier "no" is only highlighted first.
func TestOneChoiceOrder(t *testing.T) {
	for _, p := range procedures.Catalog() {
		for _, l := range []*i18n.Printer{i18n.For(i18n.English), i18n.For(i18n.Spanish)} {
			for _, q := range p.Questions {
				if q.Kind != procedures.KindYesNo {
					continue
				}
				opts := q.Localized(l).Options()
				if len(opts) != 2 || opts[0].ID != "yes" || opts[1].ID != "no" {
					t.Errorf("%s %s (%s) offers %v, want yes then no", p.ID, q.Key, l.Lang(), opts)
				}
				if q.Localized(l).Likely() != q.Likely() {
					t.Errorf("%s %s: the likelier answer changes with the language", p.ID, q.Key)
				}
			}
		}
	}
}
