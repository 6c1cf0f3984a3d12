package cli

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/store"
)

// answerArgs turns answers into --answer flags, dates typed day first
// (15/03/2026) to exercise the normalisation to ISO.
func answerArgs(p *procedures.Procedure, a procedures.Answers) []string {
	var args []string
	for _, q := range p.Questions {
		v, ok := a[q.Key]
		if !ok {
			continue
		}
		if q.Kind == procedures.KindDate && v != "" { // "" skips an optional date
			d := procedures.MustDate(v)
			v = fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
		}
		args = append(args, "--answer", q.Key+"="+v)
	}
	return args
}

func TestE2ENewEveryProcedure(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	today := procedures.MustDate(e2eToday)
	ids := map[uint64]string{}
	for i, p := range procedures.Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			g := answerGen{rng: rand.New(rand.NewPCG(uint64(i), 11)), today: today}
			a, err := g.answers(p)
			if err != nil {
				t.Fatal(err)
			}
			args := append([]string{"new", p.ID, "--person", "Ana López", "--answer", "email=ana@example.com"}, answerArgs(p, a)...)
			r := mustRun(t, db, args...)
			id, err := strconv.ParseUint(strings.TrimSpace(r.stdout), 10, 64)
			if err != nil {
				t.Fatalf("stdout %q is not a case id", r.stdout)
			}
			if !strings.Contains(r.stderr, "Saved case") {
				t.Errorf("stderr %q lacks the human sentence", r.stderr)
			}
			ids[id] = p.ID
		})
	}
	t.Run("cases --json lists each case with its procedure and person", func(t *testing.T) {
		var cases []caseJSON
		decode(t, mustRun(t, db, "cases", "--json"), &cases)
		if len(cases) != len(ids) {
			t.Fatalf("cases --json has %d cases, want %d", len(cases), len(ids))
		}
		for _, c := range cases {
			if ids[c.Case] != c.Procedure || c.Person != "Ana López" || c.Stage != "draft" {
				t.Errorf("case %+v, want procedure %s for Ana López, draft", c, ids[c.Case])
			}
		}
	})
	t.Run("deadlines --json rows are sorted and name their case and rule", func(t *testing.T) {
		var rows []map[string]any
		decode(t, mustRun(t, db, "deadlines", "--all", "--json"), &rows)
		prev := ""
		for _, r := range rows {
			for _, f := range []string{"case", "person", "procedure", "date", "kind", "title", "days_left", "rule", "done"} {
				if _, ok := r[f]; !ok {
					t.Errorf("row %v lacks %s", r, f)
				}
			}
			if _, ok := ids[uint64(r["case"].(float64))]; !ok {
				t.Errorf("row %v names an unknown case", r)
			}
			date := r["date"].(string)
			if _, err := procedures.ParseDate(date); err != nil || len(date) != 10 {
				t.Errorf("row date %q is not ISO", date)
			}
			// The agenda's order is the date to act by (R-DAYS-CLOSED).
			act := date
			if a, ok := r["act_by"].(string); ok && a != "" {
				act = a
			}
			if act < prev {
				t.Errorf("row to act by %q is not sorted after %q", act, prev)
			}
			prev = act
		}
	})
	t.Run("the person got the personal answer", func(t *testing.T) {
		var people []personJSON
		decode(t, mustRun(t, db, "person", "list", "--json"), &people)
		if len(people) != 1 || people[0].Details["email"] != "ana@example.com" || len(people[0].Cases) != len(ids) {
			t.Errorf("people = %+v, want Ana López with her e-mail and %d cases", people, len(ids))
		}
	})
}

// TestE2ERenewalWindow files a renewal from testdata and checks its dates:
// the card expires Saturday 26 Dec 2026, so the window opens 27 Nov
// (counting the expiry as day 1, R-DAYS-CAL) and closes 26 Dec, to act by
// Friday 18 Dec, before the likely year-end vacation (R-RENEW-WINDOW,
// R-DAYS-CLOSED, R-DAYS-LIKELY): the days left count to 18 Dec, as on the
// dashboard.
func TestE2ERenewalWindow(t *testing.T) {
	if _, err := procedures.Lookup("renewal"); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "t.db")
	r := mustRun(t, db, "new", "renewal", "--person", "Ana López", "--answers", filepath.Join("testdata", "renewal-answers.json"))
	if strings.TrimSpace(r.stdout) != "1" {
		t.Fatalf("stdout = %q, want the id 1", r.stdout)
	}
	var rows []deadlineJSON
	decode(t, mustRun(t, db, "deadlines", "--json"), &rows)
	var got []string
	for _, d := range rows {
		got = append(got, fmt.Sprintf("%s %s %s act_by=%s days=%d", d.Date, d.Kind, d.Rule, d.ActBy, d.DaysLeft))
	}
	want := []string{
		"2026-11-27 opens R-RENEW-WINDOW act_by= days=4",
		"2026-12-26 closes R-RENEW-WINDOW act_by=2026-12-18 days=25",
	}
	if !slices.Equal(got, want) {
		t.Errorf("deadlines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	text := mustRun(t, db, "deadlines").stdout
	for _, want := range []string{"in 4 days", "2026-12-18\tin 25 days", "(legal 2026-12-26, Sat)"} {
		if !strings.Contains(text, want) {
			t.Errorf("deadlines table lacks %q:\n%s", want, text)
		}
	}
	var people []personJSON
	decode(t, mustRun(t, db, "person", "list", "--json"), &people)
	if len(people) != 1 || people[0].BirthDate != "1985-04-12" || people[0].Nationality != "Española" {
		t.Errorf("people = %+v, want the birth date and nationality on the person", people)
	}
}

func TestE2ENewRefusesBadAnswers(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	good := []string{"card_type=temporary", "card_expiry=26/12/2026", "in_mexico=yes", "holder_minor=no",
		"years_requested=1", "grounds=job", "grounds_hold=yes"}
	with := func(replace map[string]string, extra ...string) []string {
		args := []string{"new", "renewal", "--person", "Bea Núñez"}
		for _, kv := range good {
			k, _, _ := strings.Cut(kv, "=")
			if v, ok := replace[k]; ok {
				if v == "" {
					continue // a missing answer
				}
				kv = k + "=" + v
			}
			args = append(args, "--answer", kv)
		}
		for _, kv := range extra {
			args = append(args, "--answer", kv)
		}
		return args
	}
	tests := map[string]struct {
		args    []string
		wantKey string
	}{
		"30 February does not exist (R-DAYS-MONTHS)": {with(map[string]string{"card_expiry": "30/02/2026"}), "card_expiry"},
		"an unknown key is named":                    {with(nil, "shoe_size=42"), "shoe_size"},
		"a missing answer is named":                  {with(map[string]string{"card_expiry": ""}), "card_expiry"},
		"a choice that is not offered":               {with(map[string]string{"card_type": "gold"}), "card_type"},
		"a bad personal value":                       {with(nil, "email=bea-at-example"), "email"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := run(t, db, "", tt.args...)
			if r.code != exitError || !strings.Contains(r.stderr, tt.wantKey) || !strings.Contains(r.stderr, "nothing was saved") {
				t.Errorf("exit %d, stderr %q; want 1 naming %s and saying nothing was saved", r.code, r.stderr, tt.wantKey)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
	t.Run("every problem is reported in one run, one line per key", func(t *testing.T) {
		// R-DAYS-MONTHS: 30 February does not exist; grounds is missing.
		r := run(t, db, "", with(map[string]string{"card_expiry": "30/02/2026", "card_type": "gold", "grounds": ""},
			"shoe_size=42", "email=bea-at-example")...)
		if r.code != exitError || !strings.Contains(r.stderr, "nothing was saved") {
			t.Fatalf("exit %d, stderr %q; want 1 and nothing saved", r.code, r.stderr)
		}
		for _, key := range []string{"card_expiry", "card_type", "shoe_size", "email"} {
			n := 0
			for _, line := range strings.Split(r.stderr, "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), key) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d lines start with %s, want 1:\n%s", n, key, r.stderr)
			}
		}
	})
	t.Run("nothing was saved", func(t *testing.T) {
		if got := strings.TrimSpace(mustRun(t, db, "cases", "--json").stdout); got != "[]" {
			t.Errorf("cases --json = %s, want []", got)
		}
		if got := strings.TrimSpace(mustRun(t, db, "person", "list", "--json").stdout); got != "[]" {
			t.Errorf("person list --json = %s, want [] (no person created)", got)
		}
	})
	t.Run("the good answers are saved", func(t *testing.T) {
		if r := mustRun(t, db, with(nil)...); strings.TrimSpace(r.stdout) != "1" {
			t.Errorf("stdout = %q, want 1", r.stdout)
		}
	})
}

// TestE2EAccessibleInterview pipes each procedure's answers, one per line
// in the order the interview asks them, into `new --accessible`.
func TestE2EAccessibleInterview(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	today := procedures.MustDate(e2eToday)
	wants := map[string]procedures.Answers{}
	for i, p := range procedures.Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			g := answerGen{rng: rand.New(rand.NewPCG(uint64(i), 23)), today: today}
			want, err := g.answers(p)
			if err != nil {
				t.Fatal(err)
			}
			wants[p.ID] = want
			var lines []string
			asked := procedures.Answers{}
			for {
				q, ok := p.Next(asked)
				if !ok {
					break
				}
				asked[q.Key] = want[q.Key] // "" skips an optional question
				lines = append(lines, want[q.Key])
			}
			lines = append(lines, "") // confirm the review
			r := run(t, db, strings.Join(lines, "\n")+"\n", "new", p.ID, "--accessible", "--person", "Eva Núñez")
			if r.code != 0 || !strings.Contains(r.stdout, "Saved case") {
				t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
			}
		})
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cases, err := st.Cases()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(procedures.Catalog()) {
		t.Errorf("%d cases saved, want %d", len(cases), len(procedures.Catalog()))
	}
	for _, c := range cases {
		for k, v := range wants[c.Procedure] {
			if c.Answers[k] != v {
				t.Errorf("case %d (%s): %s = %q, want %q", c.ID, c.Procedure, k, c.Answers[k], v)
			}
		}
	}
}

// Impossible dates given as flags are refused as in the interview, and a
// former answer key is taken as the current one (R-STATUS-4Y: status_since
// replaced first_card_date).
func TestE2ENewRefusesImpossibleDatesAndTakesFormerKeys(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	answers := filepath.Join("testdata", "renewal-answers.json")
	r := run(t, db, "", "new", "renewal", "--person", "Ana López", "--answers", answers, "--answer", "status_since=2030-01-01")
	if r.code == 0 || !strings.Contains(r.stderr, "after today") {
		t.Fatalf("a grant of status in 2030 accepted: exit %d, stderr %q", r.code, r.stderr)
	}
	mustRun(t, db, "new", "renewal", "--person", "Ana López", "--answers", answers)
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cs, err := st.Cases()
	if err != nil || len(cs) != 1 {
		t.Fatalf("cases %v, %v", cs, err)
	}
	if got := cs[0].Answers["status_since"]; got != "2024-01-10" {
		t.Errorf("status_since = %q, want 2024-01-10 from first_card_date; answers %v", got, cs[0].Answers)
	}
}
