package procedures

import (
	"testing"
	"time"
)

// FuzzParseDate: whatever a person types, ParseDate returns a date or an
// error, never panics; an accepted date is a real calendar date
// (R-DAYS-MONTHS: no 30 February) whose ISO form parses back to itself.
func FuzzParseDate(f *testing.F) {
	for _, seed := range []string{
		"2026-03-15", "15/03/2026", "15-03-2026", "15.03.2026", "15 mar 2026", "15 de marzo de 2026",
		"15 mar. 2026", "29/02/2028", "29/02/2027", "31 abr 2026", "2026-13-01", "0000-00-00", "1899-12-31",
		"2200-12-31", "-1/03/2026", "15//03/2026", "+1/03/2026", " 2026-03-15 ", "", "1 sept 2026",
		"١٥/٠٣/٢٠٢٦", "15 MAR 2026", "99999999999999999999/01/2026", "2026-1-1", "1/1/2026",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) = %v with error %v; want the zero Date", s, d, err)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("ParseDate(%q) accepted the zero Date", s)
		}
		// A real date: time.Date would normalise 30 February to 2 March.
		if y, m, day := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Date(); y != d.Year || m != d.Month || day != d.Day {
			t.Errorf("ParseDate(%q) = %+v, which is not a calendar date", s, d)
		}
		again, err := ParseDate(d.String())
		if err != nil || again != d {
			t.Errorf("ParseDate(%q) = %v, but ParseDate(%q) = %v, %v", s, d, d.String(), again, err)
		}
	})
}

// FuzzAnswer: for every registered procedure and each of its questions,
// Answer never panics whatever is typed, and an accepted answer is stable:
// answering with the stored form stores the same (what the interview
// writes, reloads and saves again). The other answers are none, then a
// plausible full set (fuzzOthers), so that Check functions run.
func FuzzAnswer(f *testing.F) {
	for _, seed := range []string{
		"", " ", "yes", "Sí", "SI", "n", "TRUE", "temporary", "Temporary ", "2026-12-20", "20/12/2026", "7",
		"+5", "007", "-1", "99999999999999999999", "x\x00y", "\xff", " texto con acentos: ñandú ",
		"15 de diciembre de 2026", string(make([]byte, 501)),
	} {
		for i := range Catalog() {
			f.Add(uint8(i), uint8(0), seed)
		}
	}
	cat := Catalog()
	if len(cat) == 0 {
		f.Skip("no procedures registered")
	}
	f.Fuzz(func(t *testing.T, pi, qi uint8, raw string) {
		p := cat[int(pi)%len(cat)]
		if len(p.Questions) == 0 {
			return
		}
		q := p.Questions[int(qi)%len(p.Questions)]
		for _, others := range []Answers{{}, fuzzOthers(p)} {
			v, err := p.Answer(q.Key, raw, others)
			if err != nil {
				continue
			}
			again, err := p.Answer(q.Key, v, others)
			if err != nil {
				t.Errorf("%s/%s: %q was stored as %q, which is then refused: %v", p.ID, q.Key, raw, v, err)
			} else if again != v {
				t.Errorf("%s/%s: %q was stored as %q, then as %q", p.ID, q.Key, raw, v, again)
			}
		}
	})
}

// fuzzOthers is a plausible set of other answers for p: each question's
// first option, and a date for date questions, so Check functions that
// compare with other answers run.
func fuzzOthers(p *Procedure) Answers {
	a := Answers{}
	for _, q := range p.Questions {
		switch q.Kind {
		case KindDate:
			a[q.Key] = "2026-06-15"
		case KindChoice, KindYesNo:
			if opts := q.Options(); len(opts) > 0 {
				a[q.Key] = opts[0].ID
			}
		case KindNumber:
			a[q.Key] = "1"
		default:
			a[q.Key] = "x"
		}
	}
	return a
}
