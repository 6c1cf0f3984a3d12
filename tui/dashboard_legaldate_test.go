package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// TestLegalDateSaysClosedOnlyWhenItIs: a deadline whose act-by day comes
// before its legal date reads "office closed" when offices are closed on
// the legal date (a Saturday: R-DAYS-CLOSED), and "if your office is open"
// when they only usually close then (the year-end vacation: R-DAYS-LIKELY),
// in both languages.
func TestLegalDateSaysClosedOnlyWhenItIs(t *testing.T) {
	sat := procedures.Deadline{Key: "a", Kind: procedures.Closes, Title: "Renewal window closes", Rule: "R-RENEW-WINDOW",
		Date: procedures.MustDate("2027-01-09"), ActBy: procedures.MustDate("2027-01-08")}
	vacation := procedures.Deadline{Key: "b", Kind: procedures.Closes, Title: "Renewal window closes", Rule: "R-RENEW-WINDOW",
		Date: procedures.MustDate("2026-12-31"), ActBy: procedures.MustDate("2026-12-18")}
	for _, tc := range []struct {
		lang                        *i18n.Printer
		closed, ifOpen, legal, open string
	}{
		{nil, "legal date 2027-01-09: office closed", "2026-12-31 if your office is open", "legal date", "if your office is open"},
		{i18n.For(i18n.Spanish), "fecha legal 2027-01-09: oficina cerrada", "2026-12-31 si su oficina abre", "fecha legal", "si su oficina abre"},
	} {
		for _, d := range []procedures.Deadline{sat, vacation} {
			want, not := tc.closed, tc.open
			if d.Key == "b" {
				want, not = tc.ifOpen, tc.legal
			}
			screen := oneDeadlineDashboard(tc.lang, d, 240)
			if !strings.Contains(screen, want) || strings.Contains(screen, not) {
				t.Errorf("Spanish %v, legal date %s: want %q and not %q:\n%s", tc.lang.Spanish(), d.Date, want, not, screen)
			}
		}
	}
}

// TestOpeningReadsFrom: the detail of a date something opens on (a
// window, an eligibility) says "from", never "act by", in both languages.
func TestOpeningReadsFrom(t *testing.T) {
	for _, tc := range []struct {
		lang      *i18n.Printer
		want, not string
	}{
		{nil, "From 2026-12-04", "Act by"},
		{i18n.For(i18n.Spanish), "Desde el 2026-12-04", "A más tardar"},
	} {
		for _, k := range []procedures.DeadlineKind{procedures.Opens, procedures.EligibleFrom} {
			d := procedures.Deadline{Key: "opens", Kind: k, Title: "Renewal window opens", Rule: "R-RENEW-WINDOW",
				Date: procedures.MustDate("2026-12-04")}
			screen := oneDeadlineDashboard(tc.lang, d, 80)
			if !strings.Contains(screen, tc.want) || strings.Contains(screen, tc.not) {
				t.Errorf("Spanish %v, %v: want %q and no %q:\n%s", tc.lang.Spanish(), k, tc.want, tc.not, screen)
			}
		}
	}
}

// oneDeadlineDashboard is the dashboard's screen, width columns by 24 in
// l's language, of Ana López's draft renewal with deadline d alone.
func oneDeadlineDashboard(l *i18n.Printer, d procedures.Deadline, width int) string {
	sums := []record.Summary{{CaseID: 1, PersonID: 1, Person: "Ana López", Procedure: "renewal",
		Stage: procedures.StageDraft, Deadlines: []procedures.Deadline{d}}}
	ctx := testCtx()
	ctx.Lang = l
	a := NewApp(newMemStore(), Options{Context: ctx})
	m, _ := a.Update(tea.WindowSizeMsg{Width: width, Height: 24})
	m, _ = m.Update(startMsg{sums: sums, data: buildDashData(sums, today, ctx.Lang)})
	return ansi.Strip(m.(*App).View().Content)
}
