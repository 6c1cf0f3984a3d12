package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

func TestDaysText(t *testing.T) {
	cases := map[string]struct {
		date string
		kind procedures.DeadlineKind
		done bool
		want string
		mark string
	}{
		"a hard date three days gone is late":                       {"2026-11-20", procedures.Closes, false, "3 days LATE", "!!"},
		"a due date one day gone is one day late":                   {"2026-11-22", procedures.Due, false, "1 day LATE", "!!"},
		"a date today says today":                                   {"2026-11-23", procedures.Closes, false, "TODAY", "!!"},
		"an appointment today is urgent":                            {"2026-11-23", procedures.Appointment, false, "TODAY", "!!"},
		"a window opening today is soon, not late (R-RENEW-WINDOW)": {"2026-11-23", procedures.Opens, false, "today", "!"},
		"tomorrow is soon":                                          {"2026-11-24", procedures.Closes, false, "tomorrow", "!"},
		"seven days away is still soon":                             {"2026-11-30", procedures.Due, false, "in 7 days", "!"},
		"eight days away is this month":                             {"2026-12-01", procedures.Due, false, "in 8 days", "·"},
		"thirty-one days away is later":                             {"2026-12-24", procedures.Due, false, "in 31 days", ""},
		"an opening that passed is history":                         {"2026-11-10", procedures.Opens, false, "13 days ago", ""},
		"a missed appointment stays visible late":                   {"2026-11-21", procedures.Appointment, false, "2 days LATE", "!!"},
		"a done deadline says done whatever dated":                  {"2026-11-20", procedures.Closes, true, "done", "✓"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			u, days := classify(procedures.Deadline{Date: procedures.MustDate(c.date), Kind: c.kind, Done: c.done}, today)
			if got := daysText(nil, days, u); got != c.want {
				t.Errorf("daysText(%s) = %q, want %q", c.date, got, c.want)
			}
			if got := urgencyMarker(u); got != c.mark {
				t.Errorf("marker(%s) = %q, want %q", c.date, got, c.mark)
			}
		})
	}
}

func TestActByMovesUrgency(t *testing.T) {
	// R-DAYS-CLOSED: a deadline on a closed day is met on the business day
	// before; the dashboard counts days to that day.
	d := procedures.Deadline{Date: procedures.MustDate("2026-11-29"), ActBy: procedures.MustDate("2026-11-27"), Kind: procedures.Closes}
	u, days := classify(d, today)
	if days != 4 || u != urgSoon {
		t.Errorf("classify = %v, %d days; want soon, 4 days (to the act-by date)", u, days)
	}
}

func TestBuildRowsSortsAcrossCases(t *testing.T) {
	st := household(t)
	sums, _ := st.Summaries()
	rows, cases := buildRows(sums, today, nil)
	if len(cases) != 4 {
		t.Fatalf("case rows = %d, want 4", len(cases))
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].act().Before(rows[i-1].act()) {
			t.Fatalf("rows not sorted by date: %s before %s", rows[i-1].act(), rows[i].act())
		}
	}
	vis := filterDeadlines(rows, filter{})
	first := rows[vis[0]]
	if first.person != "Ana López" || first.urg() != urgLate {
		t.Errorf("first visible row = %s %v, want Ana's late window", first.person, first.urg())
	}
	for _, i := range vis {
		if !rows[i].urg().Pending() {
			t.Errorf("row %q (%v) shown though done/past are hidden", rows[i].dl().Title, rows[i].urg())
		}
	}
	if all := filterDeadlines(rows, filter{showDone: true}); len(all) != len(rows) {
		t.Errorf("show done keeps %d of %d rows", len(all), len(rows))
	}
}

func dash(t *testing.T, w, h int) *App {
	t.Helper()
	a := startApp(t, household(t), w, h)
	if a.screen != screenDashboard {
		t.Fatalf("screen = %v, want dashboard", a.screen)
	}
	return a
}

func TestDashboardKeys(t *testing.T) {
	t.Run("down moves the cursor and enter opens that row's case", func(t *testing.T) {
		a := dash(t, 80, 24)
		a = keys(t, a, "j")
		if a.dash.cursor != 1 {
			t.Fatalf("cursor = %d, want 1", a.dash.cursor)
		}
		id, _ := a.dash.selected()
		m, cmd := a.Update(press("enter"))
		// The switch happens in the same Update: no key can reach the
		// dashboard after enter.
		if a = m.(*App); a.screen != screenCase || a.caseView.id != id {
			t.Fatalf("screen = %v case %d, want case view of %d", a.screen, a.caseView.id, id)
		}
		a, _ = settle(t, a, cmd)
		if !a.caseView.loaded || a.caseView.c.ID != id {
			t.Errorf("case view loaded %v case %d", a.caseView.loaded, a.caseView.c.ID)
		}
	})
	t.Run("the cursor stops at both ends", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "k", "k", "G", "j", "j")
		if want := len(a.dash.visible) - 1; a.dash.cursor != want {
			t.Errorf("cursor = %d, want %d", a.dash.cursor, want)
		}
	})
	t.Run("tab switches to the cases list and back", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "tab")
		if a.dash.view != viewCases || len(a.dash.visible) != 4 {
			t.Fatalf("view %v with %d rows, want cases with 4", a.dash.view, len(a.dash.visible))
		}
		mustContain(t, screenText(a), "[Cases]", "stage", "Chloé Dupont")
		a = keys(t, a, "tab")
		if a.dash.view != viewDeadlines {
			t.Errorf("tab twice: view %v", a.dash.view)
		}
	})
	t.Run("p opens a picker: typed letters narrow it, enter filters by the person", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "p")
		if !a.dash.Capturing() {
			t.Fatal("the picker does not take the keyboard")
		}
		a = typeText(t, a, "lopez") // folded: finds Ana López
		mustContain(t, screenText(a), "Ana López")
		if strings.Contains(screenText(a), "Chloé Dupont") {
			t.Errorf("the picker kept Chloé Dupont for %q:\n%s", "lopez", screenText(a))
		}
		a = keys(t, a, "enter")
		for _, i := range a.dash.visible {
			if r := a.dash.deadlines[i]; r.person != "Ana López" {
				t.Fatalf("person filter kept %s", r.person)
			}
		}
		mustContain(t, screenText(a), "person: Ana López")
		a = keys(t, a, "p", "esc")
		if a.dash.filter.personID == 0 || a.dash.Capturing() {
			t.Errorf("esc changed the filter (%d) or kept the picker open", a.dash.filter.personID)
		}
		a = keys(t, a, "p", "up", "up", "up", "enter") // "everyone" heads the list
		if a.dash.filter.personID != 0 {
			t.Errorf("picking everyone left person filter %d", a.dash.filter.personID)
		}
	})
	t.Run("a shows done and past items", func(t *testing.T) {
		a := dash(t, 80, 24)
		before := len(a.dash.visible)
		a = keys(t, a, "a")
		if len(a.dash.visible) <= before {
			t.Errorf("show done: %d rows, before %d", len(a.dash.visible), before)
		}
		mustContain(t, screenText(a), "days ago")
	})
	t.Run("search takes q as text and filters", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "/")
		a = typeText(t, a, "chlo")
		if !a.dash.Capturing() {
			t.Fatal("search box lost focus")
		}
		m, cmd := a.Update(press("q"))
		if _, quit := hasMsg[tea.QuitMsg](runCmd(cmd)); quit {
			t.Fatal("q in the search box quit the app")
		}
		a = m.(*App)
		a = keys(t, a, "backspace", "enter")
		if a.dash.filter.query != "chlo" {
			t.Fatalf("query = %q", a.dash.filter.query)
		}
		for _, i := range a.dash.visible {
			if r := a.dash.deadlines[i]; r.person != "Chloé Dupont" {
				t.Errorf("search kept %s", r.person)
			}
		}
		a = keys(t, a, "c")
		if a.dash.filter.active() {
			t.Error("c did not clear the filters")
		}
	})
	t.Run("a search with no results names esc, the key that clears it there", func(t *testing.T) {
		a := keys(t, dash(t, 80, 24), "/")
		a = typeText(t, a, "zzzz")
		mustContain(t, screenText(a), "Press esc to clear it")
		if strings.Contains(screenText(a), "Press c") {
			t.Errorf("hint names c, which types into the search box:\n%s", screenText(a))
		}
		a = keys(t, a, "esc")
		if a.dash.filter.active() || len(a.dash.visible) == 0 {
			t.Errorf("esc left filter %+v, %d rows", a.dash.filter, len(a.dash.visible))
		}
	})
	t.Run("n opens the chooser", func(t *testing.T) {
		m, _ := dash(t, 80, 24).Update(press("n"))
		if a := m.(*App); a.screen != screenNewCase {
			t.Errorf("after n: screen %v, want the chooser", a.screen)
		}
	})
}

func TestDashboardScrollsAndKeepsCursorVisible(t *testing.T) {
	st := newMemStore()
	p := storePerson(t, st, "Dana")
	for i := 0; i < 60; i++ {
		addCase(t, st, p, "renewal", renewalAnswers(today.AddDays(40+i).String()))
	}
	a := startApp(t, st, 80, 12)
	for i := 0; i < 30; i++ {
		a = keys(t, a, "j")
	}
	d := a.dash
	if d.cursor < d.offset || d.cursor >= d.offset+d.pageSize() {
		t.Fatalf("cursor %d off screen (offset %d, page %d)", d.cursor, d.offset, d.pageSize())
	}
	if lines := strings.Count(screenText(a), "\n") + 1; lines != 12 {
		t.Errorf("frame has %d lines, want 12", lines)
	}
	mustContain(t, screenText(a), "> ")
}

// A facilitator's clients, named with the accents and cases that plain
// typing misses.
func clients(t *testing.T) *memStore {
	st := newMemStore()
	for i, name := range []string{"Zoë Adams", "María Müller", "elodie Marchand", "José Núñez", "John Smith", "Élodie Marchand Pérez", "Luis Ibáñez", "Nguyễn Văn An"} {
		addCase(t, st, storePerson(t, st, name), "renewal", renewalAnswers(today.AddDays(30+i).String()))
	}
	return st
}

func TestDashboardSearchIsAccentBlind(t *testing.T) {
	tests := map[string]string{
		"muller":  "María Müller",
		"nunez":   "José Núñez",
		"PEREZ":   "Élodie Marchand Pérez",
		"ibanez":  "Luis Ibáñez",
		"nguyen":  "Nguyễn Văn An",
		"múller":  "María Müller",
		"jose  n": "José Núñez",
	}
	for q, want := range tests {
		t.Run(q+" finds "+want, func(t *testing.T) {
			a := keys(t, startApp(t, clients(t), 100, 30), "/")
			a = typeText(t, a, q)
			if len(a.dash.visible) == 0 {
				t.Fatalf("/%s finds nothing", q)
			}
			for _, i := range a.dash.visible {
				if r := a.dash.deadlines[i]; r.person != want {
					t.Errorf("/%s kept %s, want only %s", q, r.person, want)
				}
			}
		})
	}
}

func TestCasesListSortsNamesAsSpanishReaders(t *testing.T) {
	a := keys(t, startApp(t, clients(t), 100, 30), "tab")
	var got []string
	for _, c := range a.dash.cases {
		got = append(got, c.person)
	}
	want := []string{"elodie Marchand", "Élodie Marchand Pérez", "John Smith", "José Núñez", "Luis Ibáñez", "María Müller", "Nguyễn Văn An", "Zoë Adams"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("cases list order:\n got %s\nwant %s", strings.Join(got, " | "), strings.Join(want, " | "))
	}
}

func TestPersonPickerWithManyClients(t *testing.T) {
	st := newMemStore()
	for i := range 300 {
		addCase(t, st, storePerson(t, st, fmt.Sprintf("Cliente %03d", i)), "renewal", renewalAnswers(today.AddDays(40).String()))
	}
	nunez := storePerson(t, st, "José Núñez")
	addCase(t, st, nunez, "renewal", renewalAnswers(today.AddDays(40).String()))
	a := keys(t, startApp(t, st, 100, 30), "p")
	a = typeText(t, a, "nunez")
	a = keys(t, a, "enter")
	if a.dash.filter.personID != nunez {
		t.Fatalf("p, nunez, enter: person filter %d, want %d", a.dash.filter.personID, nunez)
	}
	mustContain(t, screenText(a), "person: José Núñez")
	a = keys(t, a, "p")
	a = typeText(t, a, "zzz")
	mustContain(t, screenText(a), "Nobody's name matches")
	a = keys(t, a, "enter") // nothing to pick: the picker stays open
	if !a.dash.picking || a.dash.filter.personID != nunez {
		t.Errorf("enter on no match: picking %v, filter %d", a.dash.picking, a.dash.filter.personID)
	}
}
