package export

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// The guide's people carry the values the form asks for, with the traps
// R-FORM-TRAPS points out: a "#" in the address, a middle initial with a
// full stop, accents and a compound surname; a missing phone.
var (
	john = record.Person{ID: 21, Name: "John Q. Public", BirthDate: procedures.MustDate("1980-07-04"), Nationality: "American",
		Details: map[string]string{"passport_number": "X1234567", "address": "Calle Hidalgo #123, Col. Centro, C.P. 76000, Querétaro, Qro.",
			"email": "john@example.com", "office": "Querétaro"}, Created: created, Updated: created}
	mariaJose = record.Person{ID: 22, Name: "María José Núñez de la Peña", BirthDate: procedures.MustDate("1988-02-29"), Nationality: "Spanish",
		Details: map[string]string{"passport_number": "PAB123456", "address": "Av. Juárez No. 45, Colonia Roma Norte, 06700 Cuauhtémoc, CDMX",
			"phone": "+52 55 1234 5678", "email": "mj@example.com"}, Created: created, Updated: created}
	ana2 = record.Person{ID: 23, Name: "Ana García López", BirthDate: procedures.MustDate("1990-04-02"), Nationality: "Colombian",
		Details: map[string]string{"passport_number": "PE123456", "address": "Calle 5 de Mayo 12, San Francisco, 37700 San Miguel de Allende, Guanajuato",
			"phone": "415 123 4567", "email": "ana@example.com", "office": "San Miguel de Allende"}, Created: created, Updated: created}
)

// guideFixtures are the six guides of issue 19, on 2026-11-23.
func guideFixtures() map[string]fixture {
	fs := fixtures()
	exit := fs["exit-permit"]
	exit.person = ana2
	exit.kase.PersonID = ana2.ID
	return map[string]fixture{
		// R-RENEW-WINDOW: the card expires 2026-12-10, the window is open.
		"renewal": {john, record.Case{ID: 31, PersonID: john.ID, Procedure: "renewal",
			Answers: procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-10", "in_mexico": "yes",
				"holder_minor": "no", "first_card_date": "2024-12-01", "years_requested": "1", "grounds": "job", "grounds_hold": "yes"},
			Progress: procedures.Progress{Stage: procedures.StageReady}, Created: created, Updated: created}},
		// R-CANJE-30: entered 2026-11-10; booked, with a pieza recorded.
		"canje": {mariaJose, record.Case{ID: 32, PersonID: mariaJose.ID, Procedure: "canje",
			Answers: procedures.Answers{"visa_type": "permanent", "visa_issue_date": "2026-09-01", "entered": "yes", "entry_date": "2026-11-10"},
			Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-01"),
				AppointmentTime: "10:30", Office: "Oficina de representación en la Ciudad de México", Pieza: "0000012345678",
				PiezaDate: procedures.MustDate("2026-11-20"), PiezaHint: "the cat's name"},
			Created: created, Updated: created}},
		// R-STATUS-4Y: a person with no details: every value to fill in.
		"four-year-change": {chen, record.Case{ID: 33, PersonID: chen.ID, Procedure: "status-change",
			Answers: statusChangeAnswers(), Progress: procedures.Progress{Stage: procedures.StageReady}, Created: created, Updated: created}},
		// R-STATUS-2Y: married to a Mexican, residence through the link
		// since 2024-10-01, a certificate from abroad.
		"marriage-change": {ana2, record.Case{ID: 34, PersonID: ana2.ID, Procedure: "status-change",
			Answers: procedures.Answers{"route": "marriage", "first_card_date": "2024-10-01", "card_expiry": "2026-12-20", "link": "spouse",
				"relative_status": "mexican", "relative_name": "Luis Hernández Soto", "via_link": "yes", "financially_dependent": "yes",
				"certificate_abroad": "yes"},
			Progress: procedures.Progress{Stage: procedures.StageDraft}, Created: created, Updated: created}},
		// R-NOTIFY-90: a move on 2026-11-01, the new address on the case.
		"notification": {mariaJose, record.Case{ID: 35, PersonID: mariaJose.ID, Procedure: "notification",
			Answers: procedures.Answers{"change_kind": "address", "change_date": "2026-11-01",
				"old_value": "Calle Durango 200, Col. Roma Norte, 06700 Cuauhtémoc, CDMX",
				"new_value": "Av. Reforma #10 Int. 3, Col. Juárez, C.P. 06600, Cuauhtémoc, Ciudad de México"},
			Progress: procedures.Progress{Stage: procedures.StageDraft}, Created: created, Updated: created}},
		"exit-permit": exit,
	}
}

var guideIDs = []string{"renewal", "canje", "four-year-change", "marriage-change", "notification", "exit-permit"}

var guideRenderers = map[string]func(w *bytes.Buffer, v casebook.Detail) error{
	"text":     func(w *bytes.Buffer, v casebook.Detail) error { return GuideText(w, v, testContext()) },
	"markdown": func(w *bytes.Buffer, v casebook.Detail) error { return GuideMarkdown(w, v, testContext()) },
}

// TestGuideGolden pins the guide of six cases on 2026-11-23; run `go test
// ./export -run Guide -update` after a deliberate change, then read the
// diff.
func TestGuideGolden(t *testing.T) {
	fs := guideFixtures()
	for _, format := range []string{"text", "markdown"} {
		for _, id := range guideIDs {
			t.Run(format+"/"+id, func(t *testing.T) {
				var b bytes.Buffer
				if err := guideRenderers[format](&b, view(t, fs[id])); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, b.Bytes())
			})
		}
	}
}

// guideDomainIDs reads the ids of DOMAIN.md (beside the repository, as
// procedures' catalog test reads it).
func guideDomainIDs(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open("../../shared/DOMAIN.md")
	if os.IsNotExist(err) {
		t.Skip("DOMAIN.md is absent: the rule ids cannot be checked")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	idRe := regexp.MustCompile(`^\|\s*([A-Z]+-[A-Z0-9-]+)\s*\|`)
	ids := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := idRe.FindStringSubmatch(sc.Text()); m != nil {
			ids[m[1]] = true
		}
	}
	if len(ids) < 50 {
		t.Fatalf("only %d ids in DOMAIN.md", len(ids))
	}
	return ids
}

var (
	// citation is a line's citation at its end: "(R-X)", "(`R-X`)", with
	// "; reported — verify" when the row is secondary.
	citation = regexp.MustCompile("\\(`?([RD]-[A-Z0-9-]+)`?(?:; " + procedures.ReportedVerify + ")?\\)$")
	// madeUpPayment is a number given as a clave de referencia or cadena
	// (R-PAY-E5CINCO: never print made-up ones).
	madeUpPayment = regexp.MustCompile(`(?i)(clave(?: de referencia)?|cadena(?: de la dependencia)?)[\s:=#("“]*\d`)
	longNumber    = regexp.MustCompile(`\d{8,}`)
)

// guideItems splits a rendered guide into its items (a line and its
// continuation lines), leaving out the header (before the first part),
// the part headings and the Comentarios text between its markers, which
// is pasted into INM's form as it is.
func guideItems(t *testing.T, out, format string) []string {
	t.Helper()
	var items []string
	started, inPaste := false, false
	heading := regexp.MustCompile(`^(\d\. [A-Z]|## \d\. )`)
	start := regexp.MustCompile(`^(  - |      · |- |  - |  \S|### )`)
	for _, l := range strings.Split(out, "\n") {
		switch {
		case inPaste && l != CommentsEnd && l != "```":
			continue
		case heading.MatchString(l):
			started = true
			continue
		case !started || strings.TrimSpace(l) == "":
			continue
		case l == CommentsBegin || l == "```text":
			inPaste = true
			if format == "text" {
				items = append(items, l[:strings.LastIndex(l, ")")+1])
			}
			continue
		case l == CommentsEnd || l == "```":
			inPaste = false
			if format == "text" {
				items = append(items, l[:strings.LastIndex(l, ")")+1])
			}
			continue
		}
		cont := strings.HasPrefix(l, "    ") && !strings.HasPrefix(l, "      · ")
		if format == "markdown" {
			cont = strings.HasPrefix(l, "    ") || (strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "  - "))
		}
		if cont && len(items) > 0 {
			items[len(items)-1] += " " + strings.TrimSpace(l)
			continue
		}
		if !start.MatchString(l) {
			t.Errorf("%s: a line that starts no item: %q", format, l)
		}
		items = append(items, strings.TrimSpace(l))
	}
	return items
}

// TestGuideLinesCiteDomain: every line of every guide cites a DOMAIN.md id
// that exists, ends "reported — verify" when its row is secondary, and no
// line gives a clave de referencia or cadena number.
func TestGuideLinesCiteDomain(t *testing.T) {
	ids := guideDomainIDs(t)
	fs := guideFixtures()
	for format, render := range guideRenderers {
		for _, id := range guideIDs {
			t.Run(format+"/"+id, func(t *testing.T) {
				v := view(t, fs[id])
				var b bytes.Buffer
				if err := render(&b, v); err != nil {
					t.Fatal(err)
				}
				if hint := v.Case.Progress.PiezaHint; hint != "" && strings.Contains(b.String(), hint) {
					t.Errorf("the guide prints the password hint %q", hint)
				}
				items := guideItems(t, b.String(), format)
				g := GuideOf(v, testContext())
				if len(items) < len(g.Lines()) {
					t.Errorf("%d items for %d guide lines", len(items), len(g.Lines()))
				}
				for _, it := range items {
					m := citation.FindStringSubmatch(it)
					if m == nil {
						t.Errorf("no citation at the end of %q", it)
						continue
					}
					if !ids[m[1]] {
						t.Errorf("%q cites %s, which is not in DOMAIN.md", it, m[1])
					}
				}
				for _, l := range strings.Split(b.String(), "\n") {
					if madeUpPayment.MatchString(l) {
						t.Errorf("a clave de referencia or cadena number: %q", l)
					}
					for _, n := range longNumber.FindAllString(l, -1) {
						if n != v.Case.Progress.Pieza {
							t.Errorf("a long number tramite did not record: %q in %q", n, l)
						}
					}
					if format == "text" && ansi.StringWidth(l) > Width && !strings.HasPrefix(g.CommentsText, l) && !strings.Contains(g.CommentsText, l) {
						t.Errorf("text line wider than %d: %q", Width, l)
					}
				}
			})
		}
	}
}

// TestGuideCommentsBetweenMarkers: the text guide carries the Comentarios
// text whole between its markers, one line per checklist document.
func TestGuideCommentsBetweenMarkers(t *testing.T) {
	fs := guideFixtures()
	for _, id := range guideIDs {
		v := view(t, fs[id])
		var b bytes.Buffer
		if err := GuideText(&b, v, testContext()); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		i, j := strings.Index(out, CommentsBegin+"\n"), strings.Index(out, CommentsEnd)
		if i < 0 || j < i {
			t.Fatalf("%s: no Comentarios markers", id)
		}
		pasted := out[i+len(CommentsBegin)+1 : j]
		if pasted != GuideOf(v, testContext()).CommentsText {
			t.Errorf("%s: the pasted text differs from the guide's:\n%s", id, pasted)
		}
		if n := len(regexp.MustCompile(`(?m)^\d+\. `).FindAllString(pasted, -1)); n != len(v.Outcome.Documents) {
			t.Errorf("%s: %d documents between the markers, %d on the checklist", id, n, len(v.Outcome.Documents))
		}
		if id == "four-year-change" && !strings.Contains(pasted, "cuatro años consecutivos como residente temporal") {
			t.Errorf("the four-year change does not state its route:\n%s", pasted)
		}
	}
}

// TestGuidePDF: the packet carries the guide after the letters: the
// parts, the fields with the traps pointed out, the Comentarios text, and
// the citations with "reported — verify".
func TestGuidePDF(t *testing.T) {
	fs := guideFixtures()
	v := view(t, fs["renewal"])
	pdf := renderPDF(t, []PacketCase{PacketFromView(v, testContext())}, PaperA4)
	text := poppler(t, "pdftotext", pdf, "-layout")
	flat := strings.Join(strings.Fields(text), " ")
	g := GuideOf(v, testContext())
	want := []string{"Online steps · Trámite en línea", "1. The application form", "6. Following the case",
		"Given name(s): John Q", `"Q." typed as "Q"`, "Number: 123", `the "#" removed`,
		"Telephone: to fill in", "(R-FORM-PIEZA; reported — verify)", "(R-PAY-E5CINCO)", "(R-INM-CONTACT)",
		strings.Fields(CommentsBegin)[1]}
	for _, l := range strings.Split(strings.TrimRight(g.CommentsText, "\n"), "\n") {
		want = append(want, l)
	}
	for _, w := range want {
		if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
			t.Errorf("the packet lacks %q", w)
		}
	}
	if i, j := strings.Index(flat, "Atentamente"), strings.Index(flat, "Online steps"); i < 0 || j < i {
		t.Errorf("the guide (at %d) does not follow the letter (at %d)", j, i)
	}
	if madeUpPayment.MatchString(flat) {
		t.Errorf("the packet gives a clave de referencia or cadena: %q", madeUpPayment.FindString(flat))
	}
}

// TestGuidePiezaRoundTrip: the day the form was saved and the password
// hint (R-FORM-PIEZA) survive a JSON export and import.
func TestGuidePiezaRoundTrip(t *testing.T) {
	f := guideFixtures()["canje"]
	v := view(t, f)
	var b bytes.Buffer
	if err := JSON(&b, []record.Person{f.person}, []casebook.Detail{v}, testContext()); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	pr := got.Cases[0].Progress
	if pr.PiezaDate != f.kase.Progress.PiezaDate || pr.PiezaHint != "the cat's name" || pr.Pieza != f.kase.Progress.Pieza {
		t.Errorf("after the round trip: %+v", pr)
	}
	found := false
	for _, d := range v.Deadlines {
		if d.Key == "form-expires" && d.Date == procedures.MustDate("2027-02-17") {
			found = true
		}
	}
	if !found {
		t.Errorf("the case's dates lack the form's expiry: %+v", v.Deadlines)
	}
}
