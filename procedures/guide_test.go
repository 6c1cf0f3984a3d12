package procedures

import (
	"regexp"
	"strings"
	"testing"
)

// guidePeople are the people the guide is built for in the catalog-wide
// checks: one with every value, one with none.
var guidePeople = []LetterPerson{
	{Name: "José María Núñez de la Peña", Nationality: "Spanish", PassportNumber: "PAB123456",
		BirthDate: MustDate("1979-02-28"), Address: "Av. Juárez No. 45, Colonia Roma Norte, 06700 Cuauhtémoc, CDMX",
		Phone: "+52 55 1234 5678", Email: "jm@example.com", Office: "Ciudad de México"},
	{},
}

// secondaryOnly are the DOMAIN.md rows whose confidence is only
// secondary: every guide line citing them says "reported — verify".
var secondaryOnly = map[string]bool{
	"R-FORM-PIEZA": true, "R-FORM-TRAPS": true, "R-STATUS-ONLINE": true, "R-APPT-STATE": true, "R-NOTIFY-FEE": true,
}

// madeUpPayment finds a number given for the clave de referencia or the
// cadena de la dependencia (R-PAY-E5CINCO: never print made-up ones).
var madeUpPayment = regexp.MustCompile(`(?i)(clave(?: de referencia)?|cadena(?: de la dependencia)?)[\s:=#("“]*\d`)

// TestGuideCitesDomain extends the catalog's check (TestCatalogOutcomesCiteDomain)
// to the guide: for every procedure and many answer sets, every line and
// field cites a DOMAIN.md id that exists, lines on secondary rows are
// marked secondary, and no line gives a clave de referencia or cadena.
func TestGuideCitesDomain(t *testing.T) {
	ids, ok := domainIDs(t)
	if !ok {
		t.Skipf("%s is absent: the rule ids cannot be checked", domainPath)
	}
	for _, bad := range []string{"clave de referencia: 400001", "cadena de la dependencia 0012", "Clave 22"} {
		if !madeUpPayment.MatchString(bad) {
			t.Fatalf("the check misses %q", bad)
		}
	}
	ctx := Context{Today: MustDate("2026-11-23")}
	for _, p := range Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			for _, a := range sampleAnswerSets(t, p, ctx.Today) {
				for _, person := range guidePeople {
					pr := Progress{Stage: StageBooked, AppointmentDate: ctx.Today.AddDays(7), Pieza: "0000012345678", NUT: "QRO/2026/1"}
					g := BuildGuide(p, a, pr, person, ctx)
					checkGuide(t, g, ids)
				}
			}
		})
	}
}

func checkGuide(t *testing.T, g Guide, ids map[string]bool) {
	t.Helper()
	keys := map[string]bool{}
	for _, part := range g.Parts() {
		if part.Key == "" || part.Title == "" || keys[part.Key] {
			t.Errorf("part %+v needs a unique key and a title", part)
		}
		keys[part.Key] = true
		if len(part.Lines) == 0 {
			t.Errorf("part %s is empty", part.Key)
		}
	}
	lines := g.Lines()
	if len(lines) < 30 {
		t.Errorf("only %d lines", len(lines))
	}
	for _, l := range lines {
		if strings.TrimSpace(l.Text) == "" {
			t.Errorf("an empty line citing %s", l.Rule)
		}
		if !ids[l.Rule] {
			t.Errorf("%q cites %q, which is not an id in DOMAIN.md", l.Text, l.Rule)
		}
		if secondaryOnly[l.Rule] && !l.Secondary {
			t.Errorf("%q cites the secondary row %s but is not marked secondary", l.Text, l.Rule)
		}
		if madeUpPayment.MatchString(l.Text) {
			t.Errorf("%q gives a clave de referencia or cadena", l.Text)
		}
	}
	if madeUpPayment.MatchString(g.CommentsText) {
		t.Errorf("the comments text gives a clave de referencia or cadena: %q", g.CommentsText)
	}
}

// commentDocLines are the numbered document lines of a comments text.
func commentDocLines(text string) []string {
	var out []string
	num := regexp.MustCompile(`^\d+\. (.*)$`)
	for _, l := range strings.Split(text, "\n") {
		if m := num.FindStringSubmatch(l); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

// TestGuideCommentsListTheChecklist: for every procedure the comments text
// lists exactly the checklist's documents, in order, by their Spanish
// names (R-FORM-COMMENTS).
func TestGuideCommentsListTheChecklist(t *testing.T) {
	ctx := Context{Today: MustDate("2026-11-23")}
	for _, p := range Catalog() {
		t.Run(p.ID, func(t *testing.T) {
			for _, a := range sampleAnswerSets(t, p, ctx.Today) {
				out := p.Evaluate(a, ctx)
				g := BuildGuide(p, a, Progress{}, guidePeople[0], ctx)
				got := commentDocLines(g.CommentsText)
				if len(got) != len(out.Documents) {
					t.Fatalf("%v: %d documents in the comments, %d on the checklist:\n%s", a, len(got), len(out.Documents), g.CommentsText)
				}
				for i, d := range out.Documents {
					if d.Spanish != "" && !strings.HasPrefix(got[i], d.Spanish) {
						t.Errorf("line %d is %q, want the checklist's %q", i+1, got[i], d.Spanish)
					}
					if d.Spanish == "" && guideSpanishNames()[d.ID] == "" {
						t.Errorf("document %s has no Spanish name and no wording of tramite's", d.ID)
					}
				}
				// A case that does not apply has no checklist (its route
				// instead), so nothing to list.
				if len(out.Documents) > 0 && !strings.HasPrefix(g.CommentsText, "Documentos que se entregan:") && p.ID != "status-change" {
					t.Errorf("the text starts %q", g.CommentsText)
				}
			}
		})
	}
}

func TestGuideCommentsStateTheFourYearRoute(t *testing.T) {
	p, err := Lookup("status-change")
	if err != nil {
		t.Fatal(err)
	}
	ctx := Context{Today: MustDate("2026-11-23")}
	a := Answers{"route": "four-years", "first_card_date": "2022-11-10", "card_expiry": "2026-12-15"}
	g := BuildGuide(p, a, Progress{}, LetterPerson{}, ctx)
	first := strings.SplitN(g.CommentsText, "\n", 2)[0]
	for _, w := range []string{"residente temporal a residente permanente", "cuatro años", "artículo 54"} {
		if !strings.Contains(first, w) {
			t.Errorf("the first line %q does not state the route (%q)", first, w)
		}
	}
	found := false
	for _, l := range g.Comments.Lines {
		if l.Rule == "R-FORM-COMMENTS" && strings.Contains(l.Text, "four-year") {
			found = true
		}
	}
	if !found {
		t.Errorf("the comments part does not say the route is stated (R-FORM-COMMENTS): %+v", g.Comments.Lines)
	}
	// Other procedures state no route.
	r, _ := Lookup("renewal")
	if s := routeSentence(r, Answers{}); s != "" {
		t.Errorf("a renewal states a route: %q", s)
	}
}

func TestGuidePaymentAndPieza(t *testing.T) {
	ctx := Context{Today: MustDate("2026-11-23")}
	text := func(part GuidePart) string {
		var b strings.Builder
		for _, l := range part.Lines {
			b.WriteString(l.Text + " (" + l.Rule + ")\n")
		}
		return b.String()
	}
	sc, _ := Lookup("status-change")
	a := Answers{"route": "four-years", "first_card_date": "2022-11-10", "card_expiry": "2026-12-15"}
	g := BuildGuide(sc, a, Progress{Pieza: "12345"}, LetterPerson{}, ctx)
	pay := text(g.Payment)
	out := sc.Evaluate(a, ctx)
	for _, w := range []string{"R-PAY-TWO", "R-PAY-E5CINCO", "hoja de ayuda", strings.TrimSuffix(out.Fee.Text, ".")} {
		if !strings.Contains(pay, w) {
			t.Errorf("the payment part lacks %q:\n%s", w, pay)
		}
	}
	if !strings.Contains(text(g.Pieza), "12345") || !strings.Contains(text(g.Pieza), "5 digits") {
		t.Errorf("the recorded pieza is not shown and checked:\n%s", text(g.Pieza))
	}

	n, _ := Lookup("notification")
	g = BuildGuide(n, Answers{"change_kind": "address", "change_date": "2026-11-01"}, Progress{}, LetterPerson{}, ctx)
	if pay := text(g.Payment); !strings.Contains(pay, "Nothing to pay") || strings.Contains(pay, "e5cinco") && strings.Contains(pay, "R-PAY-E5CINCO") {
		t.Errorf("a notification pays nothing:\n%s", pay)
	}
	r, _ := Lookup("renewal")
	g = BuildGuide(r, Answers{"card_type": "temporary"}, Progress{}, LetterPerson{}, ctx)
	if pay := text(g.Payment); strings.Contains(pay, "R-PAY-TWO") {
		t.Errorf("a renewal is paid once:\n%s", pay)
	}
}

func TestGuideAppointment(t *testing.T) {
	ctx := Context{Today: MustDate("2026-11-23")}
	rules := func(p *Procedure, a Answers) string {
		var ids []string
		for _, l := range BuildGuide(p, a, Progress{}, LetterPerson{}, ctx).Appointment.Lines {
			ids = append(ids, l.Rule)
		}
		return strings.Join(ids, " ")
	}
	r, _ := Lookup("renewal")
	inWindow := Answers{"card_type": "temporary", "card_expiry": "2026-12-10", "in_mexico": "yes", "holder_minor": "no",
		"years_requested": "1", "grounds": "job", "grounds_hold": "yes"}
	for _, w := range []string{"R-APPT-LIST", "R-APPT-HOW", "R-APPT-STATE", "R-APPT-FALLBACK"} {
		if !strings.Contains(rules(r, inWindow), w) {
			t.Errorf("a booked procedure's appointment part lacks %s: %s", w, rules(r, inWindow))
		}
	}
	expired := inWindow.Clone()
	expired["card_expiry"] = "2026-11-01"
	if got := rules(r, expired); !strings.Contains(got, "R-APPT-NONE") || strings.Contains(got, "R-APPT-STATE") {
		t.Errorf("regularisation needs no appointment: %s", got)
	}
	e, _ := Lookup("exit-permit")
	if got := rules(e, Answers{"pending_procedure": "canje", "emergency": "no", "departure_date": "2026-12-20", "return_date": "2027-01-10"}); !strings.Contains(got, "R-EXIT-WHO") {
		t.Errorf("the exit permit is asked where the procedure was filed: %s", got)
	}
}

// TestFormExpiry: a pieza recorded with the day the form was saved puts
// the day it reportedly expires (R-FORM-PIEZA, 90 days, R-DAYS-CAL) among
// the case's dates, done once filed.
func TestFormExpiry(t *testing.T) {
	ctx := Context{Today: MustDate("2026-11-23")}
	p, _ := Lookup("renewal")
	a := Answers{"card_type": "temporary", "card_expiry": "2026-12-10", "in_mexico": "yes", "holder_minor": "no",
		"years_requested": "1", "grounds": "job", "grounds_hold": "yes"}
	find := func(pr Progress) (Deadline, bool) {
		for _, d := range Track(p, a, pr, ctx) {
			if d.Key == "form-expires" {
				return d, true
			}
		}
		return Deadline{}, false
	}
	if _, ok := find(Progress{Stage: StageBooked, Pieza: "0000012345678"}); ok {
		t.Errorf("a form-expiry date without the day the form was saved")
	}
	pr, err := RecordPieza(Progress{Stage: StageBooked}, " 0000012345678 ", "2026-11-20", "the cat's name", ctx)
	if err != nil {
		t.Fatal(err)
	}
	if pr.Pieza != "0000012345678" || pr.PiezaDate != MustDate("2026-11-20") || pr.PiezaHint != "the cat's name" {
		t.Fatalf("RecordPieza = %+v", pr)
	}
	d, ok := find(pr)
	if !ok || d.Date != MustDate("2027-02-17") || d.Rule != "R-FORM-PIEZA" || d.Done || d.Kind != Reminder ||
		!strings.Contains(d.Note, "2027-02-18") || !strings.Contains(d.Title, "reported 90 days") {
		t.Errorf("form-expires = %+v, %v; want 2027-02-17 (day 1 = 2026-11-20), the other reading 2027-02-18", d, ok)
	}
	g := BuildGuide(p, a, pr, LetterPerson{}, ctx)
	var pieza []string
	for _, l := range g.Pieza.Lines {
		pieza = append(pieza, l.Text)
	}
	if s := strings.Join(pieza, " "); !strings.Contains(s, "expires on 2027-02-17") || strings.Contains(s, "cat") {
		t.Errorf("the guide's pieza part: %s", s)
	}
	pr.Stage, pr.FiledDate = StageFiled, MustDate("2026-11-23")
	if d, _ := find(pr); !d.Done {
		t.Errorf("the form's expiry is not done once filed: %+v", d)
	}
	for _, bad := range [][3]string{{"1", "2026-11-24", ""}, {"1", "yesterday", ""}, {strings.Repeat("9", 61), "", ""}} {
		if _, err := RecordPieza(Progress{}, bad[0], bad[1], bad[2], ctx); err == nil {
			t.Errorf("RecordPieza(%q) accepted", bad)
		}
	}
	if pr, _ := RecordPieza(pr, "", "", "hint", ctx); pr.PiezaHint != "" || !pr.PiezaDate.IsZero() {
		t.Errorf("clearing the pieza keeps %+v", pr)
	}
}
