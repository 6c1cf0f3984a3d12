package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

// env is a fake environment for getenv.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func TestResolveDBPath(t *testing.T) {
	data := t.TempDir()
	tests := map[string]struct {
		flag   string
		getenv func(string) string
		want   string
	}{
		"--db wins over TRAMITE_DB": {
			flag: "/x/flag.db", getenv: env("TRAMITE_DB", "/x/env.db", "XDG_DATA_HOME", data), want: "/x/flag.db"},
		"TRAMITE_DB wins over the XDG default": {
			getenv: env("TRAMITE_DB", "/x/env.db", "XDG_DATA_HOME", data), want: "/x/env.db"},
		"default is tramite/tramite.db under XDG_DATA_HOME": {
			getenv: env("XDG_DATA_HOME", data), want: filepath.Join(data, "tramite", "tramite.db")},
		"a relative XDG_DATA_HOME is ignored, as the XDG spec says": {
			getenv: env("XDG_DATA_HOME", "relative/dir"), want: filepath.Join(xdg.DataHome, "tramite", "tramite.db")},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := resolveDBPath(tt.flag, tt.getenv); got != tt.want {
				t.Errorf("resolveDBPath(%q) = %q, want %q", tt.flag, got, tt.want)
			}
		})
	}
}

func TestDeadlineRows(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	// R-RENEW-WINDOW: 26 Dec 2026 is a Saturday after a rest day, so the
	// act-by date is Thursday 24 Dec (R-DAYS-CLOSED).
	sums := []store.Summary{
		{CaseID: 2, Person: "Zoë Pérez", Procedure: "renewal", Deadlines: []procedures.Deadline{
			{Key: "renewal-window-opens", Date: procedures.MustDate("2026-11-26"), Kind: procedures.Opens, Rule: "R-RENEW-WINDOW"},
			{Key: "renewal-window-closes", Date: procedures.MustDate("2026-12-26"), Kind: procedures.Closes, Rule: "R-RENEW-WINDOW",
				ActBy: procedures.MustDate("2026-12-24"), Title: "Renewal window closes"},
		}},
		{CaseID: 1, Person: "Ana López", Procedure: "canje", Deadlines: []procedures.Deadline{
			{Key: "canje-file-by", Date: procedures.MustDate("2026-11-20"), Kind: procedures.Closes, Rule: "R-CANJE-30"},
			{Key: "done-one", Date: procedures.MustDate("2026-11-24"), Kind: procedures.Due, Done: true},
		}},
	}
	keys := func(rows []deadlineJSON) string {
		var ks []string
		for _, r := range rows {
			ks = append(ks, fmt.Sprintf("%d:%s", r.Case, r.Key))
		}
		return strings.Join(ks, " ")
	}
	tests := map[string]struct {
		f    deadlineFilter
		want string
	}{
		"by default every deadline not done, overdue included, soonest first": {
			deadlineFilter{today: today, within: -1}, "1:canje-file-by 2:renewal-window-opens 2:renewal-window-closes"},
		"--all adds the done ones": {
			deadlineFilter{today: today, within: -1, all: true}, "1:canje-file-by 1:done-one 2:renewal-window-opens 2:renewal-window-closes"},
		"--within 3 stops three days from today": {
			deadlineFilter{today: today, within: 3}, "1:canje-file-by 2:renewal-window-opens"},
		"R-DAYS-CLOSED: --within 31 keeps a close whose act-by day (24 Dec) is in range though its legal date (26 Dec) is not": {
			deadlineFilter{today: today, within: 31}, "1:canje-file-by 2:renewal-window-opens 2:renewal-window-closes"},
		"R-DAYS-CLOSED: --within 30 leaves it out": {
			deadlineFilter{today: today, within: 30}, "1:canje-file-by 2:renewal-window-opens"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := keys(deadlineRows(sums, tt.f)); got != tt.want {
				t.Errorf("deadlineRows = %s, want %s", got, tt.want)
			}
		})
	}
	t.Run("R-DAYS-CLOSED: a row counts its days left to the act-by day and keeps the legal date", func(t *testing.T) {
		rows := deadlineRows(sums, deadlineFilter{today: today, within: -1})
		r := rows[2]
		if r.DaysLeft != 31 || r.Kind != "closes" || r.ActBy != "2026-12-24" || r.Date != "2026-12-26" {
			t.Errorf("row = %+v, want 31 days left (to 24 Dec), closes, date 2026-12-26, act by 2026-12-24", r)
		}
		if rows[0].DaysLeft != -3 || casebook.When(rows[0].urg, rows[0].DaysLeft) != "3 days late" {
			t.Errorf("overdue row = %+v, want 3 days late", rows[0])
		}
	})
	t.Run("R-DAYS-CLOSED: rows sort by the act-by day, not the legal date", func(t *testing.T) {
		// The close's legal date (27 Dec) is after the due date (26 Dec),
		// but its act-by day (24 Dec) is before it.
		two := []store.Summary{{CaseID: 1, Person: "Ana", Procedure: "renewal", Deadlines: []procedures.Deadline{
			{Key: "a-due", Date: procedures.MustDate("2026-12-26"), Kind: procedures.Due, Rule: "R-RENEW-WINDOW"},
			{Key: "b-closes", Date: procedures.MustDate("2026-12-27"), ActBy: procedures.MustDate("2026-12-24"),
				Kind: procedures.Closes, Rule: "R-RENEW-WINDOW"},
		}}}
		if got := keys(deadlineRows(two, deadlineFilter{today: today, within: -1})); got != "1:b-closes 1:a-due" {
			t.Errorf("order = %s, want 1:b-closes 1:a-due", got)
		}
	})
	t.Run("R-DAYS-CLOSED: the table shows the act-by day as DATE and notes the legal date whole", func(t *testing.T) {
		var b strings.Builder
		for _, width := range []int{0, 100, 80} {
			b.Reset()
			if err := printDeadlines(nil, &b, deadlineRows(sums, deadlineFilter{today: today, within: -1}), width); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(b.String()), "\n")
			last := lines[len(lines)-1]
			// Width 0 (a pipe) is tab-separated (plain.go).
			start := "2026-12-24  in 31 days"
			if width == 0 {
				start = "2026-12-24\tin 31 days"
			}
			if !strings.HasPrefix(last, start) || !strings.HasSuffix(last, "(legal 2026-12-26, Sat)") {
				t.Errorf("width %d: row = %q, want it to start 2026-12-24  in 31 days and end with (legal 2026-12-26, Sat)", width, last)
			}
			if n := len([]rune(last)); width > 0 && n > width {
				t.Errorf("width %d: row is %d columns: %q", width, n, last)
			}
		}
	})
	t.Run("with no width (a pipe) the title is never cut", func(t *testing.T) {
		long := sums[0]
		long.Deadlines = []procedures.Deadline{{Key: "k", Date: today, Kind: procedures.Due,
			Title: strings.Repeat("a very long title ", 10) + "END"}}
		var b strings.Builder
		if err := printDeadlines(nil, &b, deadlineRows([]store.Summary{long}, deadlineFilter{today: today, within: -1}), 0); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "END") || strings.Contains(b.String(), "…") {
			t.Errorf("table cut the title:\n%s", b.String())
		}
	})
	t.Run("the table fits in 80 columns", func(t *testing.T) {
		long := sums[0]
		long.Person = "Sebastián Castañeda Østergaard de la Fuente"
		long.Deadlines = []procedures.Deadline{{Key: "k", Date: today, Kind: procedures.Due,
			Title: strings.Repeat("a very long title ", 10)}}
		var b strings.Builder
		if err := printDeadlines(nil, &b, deadlineRows([]store.Summary{long}, deadlineFilter{today: today, within: -1}), 80); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			if n := len([]rune(line)); n > 80 {
				t.Errorf("line is %d columns wide: %q", n, line)
			}
		}
	})
}

// TestDeadlinesJSON checks the hand-written JSON against encoding/json.
func TestDeadlinesJSON(t *testing.T) {
	rows := []deadlineJSON{
		{Case: 7, Person: "Zoë \"Z\" Pérez\\", Procedure: "renewal", Key: "k", Date: "2026-12-26", DaysLeft: -3,
			Kind: "closes", Title: "tab\there\nnewline \x01 <&>", Rule: "R-RENEW-WINDOW", ActBy: "2026-12-24", Note: "ünïcødé …", Done: true},
		{Case: 8, Person: "Ana", Procedure: "canje", Key: "k2", Date: "2027-01-01", Kind: "due", Title: "t", Rule: "R"},
	}
	var b strings.Builder
	if err := writeDeadlinesJSON(&b, rows); err != nil {
		t.Fatal(err)
	}
	var got, want []map[string]any
	if err := json.Unmarshal([]byte(b.String()), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b.String())
	}
	ref, _ := json.Marshal(rows)
	_ = json.Unmarshal(ref, &want)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("writeDeadlinesJSON = %v\nwant %v", got, want)
	}
	b.Reset()
	if err := writeDeadlinesJSON(&b, nil); err != nil || strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("no rows = %q, want []", b.String())
	}
}

func TestExitCode(t *testing.T) {
	tests := map[string]struct {
		err  error
		want int
	}{
		"no error":                {nil, 0},
		"a plain error":           {errors.New("boom"), 1},
		"a usage error":           {usagef("bad"), 2},
		"a wrapped usage error":   {fmt.Errorf("ctx: %w", usagef("bad")), 2},
		"cobra's unknown command": {errors.New(`unknown command "x" for "tramite"`), 2},
	}
	for name, tt := range tests {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("%s: exitCode(%v) = %d, want %d", name, tt.err, got, tt.want)
		}
	}
}

func TestToday(t *testing.T) {
	tests := map[string]struct {
		flag   string
		getenv func(string) string
		want   string
		code   int
	}{
		"--today wins":                    {"2026-11-23", env("TRAMITE_TODAY", "2020-01-01"), "2026-11-23", 0},
		"TRAMITE_TODAY when no flag":      {"", env("TRAMITE_TODAY", "23/11/2026"), "2026-11-23", 0},
		"the clock when neither":          {"", env(), "2030-06-15", 0},
		"a bad --today is a usage error":  {"garbage", env(), "", exitUsage},
		"a bad TRAMITE_TODAY is one, too": {"", env("TRAMITE_TODAY", "31/04/2026"), "", exitUsage},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			now := func() time.Time { return time.Date(2030, 6, 15, 23, 30, 0, 0, time.Local) }
			a := newApp(nil, nil, nil, tt.getenv, now)
			a.todayFlag = tt.flag
			d, err := a.today()
			if got := exitCode(err); got != tt.code {
				t.Fatalf("today() error = %v (exit %d), want exit %d", err, got, tt.code)
			}
			if err == nil && d.String() != tt.want {
				t.Errorf("today() = %s, want %s", d, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), "2026-11-23") {
				t.Errorf("error %q does not say what to type", err)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"Østergaard", 20, "Østergaard"},
		{"Østergaard", 10, "Østergaard"},
		{"Østergaard", 5, "Øste…"},
		{"ab", 1, "…"},
	}
	for _, tt := range tests {
		if got := truncate(tt.s, tt.width); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

// TestDemoAnswersAreValid: the demo (and the e2e tests) build answers for
// every registered procedure; each set must pass the procedure's Validate.
func TestDemoAnswersAreValid(t *testing.T) {
	today := procedures.MustDate("2026-11-23")
	for _, p := range procedures.Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			for seed := range uint64(30) {
				g := answerGen{rng: rand.New(rand.NewPCG(seed, 7)), today: today}
				a, err := g.answers(p)
				if err != nil {
					t.Fatalf("seed %d: %v", seed, err)
				}
				if err := p.Validate(a); err != nil {
					t.Fatalf("seed %d: answers %v do not validate: %v", seed, a, err)
				}
			}
		})
	}
}
