package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tramite/procedures"
)

var pdfCtx = procedures.Context{Today: procedures.MustDate("2026-11-23")}

func pdfPerson(name string) procedures.LetterPerson {
	return procedures.LetterPerson{
		Name: name, Nationality: "canadiense", PassportNumber: "AB1234567",
		Address: "Calle Independencia 45, Col. Centro, 76000 Santiago de Querétaro, Qro.",
		Office:  "Querétaro",
	}
}

// pdfRenewal is a temporary card renewal in its window (R-RENEW-WINDOW),
// with the passport ticked off.
func pdfRenewal(t *testing.T, person procedures.LetterPerson) PacketCase {
	t.Helper()
	p, err := procedures.Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	a := procedures.Answers{
		"card_type": "temporary", "card_expiry": "2026-12-15", "in_mexico": "yes", "holder_minor": "no",
		"first_card_date": "2024-12-15", "years_requested": "2", "grounds": "job", "grounds_hold": "yes",
	}
	letters, lerr := procedures.Letters(p, a, person, pdfCtx)
	return PacketCase{
		Person: person, CaseID: 7, Procedure: p,
		Progress:  procedures.Progress{Stage: procedures.StageReady},
		Outcome:   p.Evaluate(a, pdfCtx),
		Deadlines: procedures.Track(p, a, procedures.Progress{}, pdfCtx),
		Ticks:     map[string]bool{"D-PASS": true},
		Letters:   letters, LettersErr: lerr,
	}
}

func renderPDF(t *testing.T, cases []PacketCase, paper string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := PDF(&b, cases, pdfCtx, paper); err != nil {
		t.Fatalf("PDF: %v", err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
		t.Fatalf("output does not start with %%PDF-: %q", b.Bytes()[:min(20, b.Len())])
	}
	return b.Bytes()
}

// poppler runs a poppler tool (pdftotext, pdfinfo) on the PDF and returns
// its output; the test is skipped when poppler-utils is not installed.
func poppler(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	bin, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s not found: install poppler-utils (apt-get install -y poppler-utils) to read the PDF back", tool)
	}
	path := filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, append(args, path, "-")...).CombinedOutput()
	if tool == "pdfinfo" {
		out, err = exec.Command(bin, path).CombinedOutput()
	}
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, out)
	}
	return string(out)
}

func TestPDFReadsBack(t *testing.T) {
	c := pdfRenewal(t, pdfPerson("Ana María López Núñez"))
	if c.LettersErr != nil {
		t.Fatal(c.LettersErr)
	}
	text := poppler(t, "pdftotext", renderPDF(t, []PacketCase{c}, ""))
	for what, want := range map[string]string{
		"the accented name":                          "Ana María López Núñez",
		"D-PASS in Spanish":                          "Pasaporte o documento de identidad y viaje",
		"D-CARD in Spanish":                          "Tarjeta de residente",
		"D-LETTER in Spanish":                        "Escrito libre",
		"the ticked document marked":                 "(listo · ready)",
		"originals and copies":                       "Originals and copies: original + 1 copy of the data page",
		"the letter's date (R-LETTER-WHAT)":          "23 de noviembre de 2026",
		"the authority addressed (R-LETTER-WHAT)":    "Oficina de Representación en Querétaro",
		"the years requested (R-LETTER-INM)":         "por dos años",
		"the renewal window's date (R-RENEW-WINDOW)": "2026-12-15 (in 22 days)",
		"the date the rules were checked":            "Reglas revisadas / Rules checked: " + procedures.RulesChecked,
		"the cover's date in the pages' language":    "Filing packet · case 7 · 2026-11-23",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("%s: %q not found in the PDF text:\n%s", what, want, text)
		}
	}
}

func TestPDFPaperSizes(t *testing.T) {
	c := pdfRenewal(t, pdfPerson("Ana María López Núñez"))
	for paper, want := range map[string]string{"": "595 x 842", "A4": "595 x 842", "letter": "612 x 792"} {
		info := poppler(t, "pdfinfo", renderPDF(t, []PacketCase{c}, paper))
		if !strings.Contains(info, want) {
			t.Errorf("paper %q: pdfinfo says\n%s\nwant page size %s", paper, info, want)
		}
	}
	if err := PDF(&bytes.Buffer{}, []PacketCase{c}, pdfCtx, "legal"); err == nil || !strings.Contains(err.Error(), "letter") {
		t.Errorf("paper legal => %v, want an error naming the sizes to use", err)
	}
}

// TestPDFOddNames: R-LETTER-INM asks for the name exactly as in the
// passport; whatever the user typed, the packet must still be drawn.
func TestPDFOddNames(t *testing.T) {
	long := strings.Repeat("Ñandú ", 33) + "Zé" // 200 runes
	if n := len([]rune(long)); n != 200 {
		t.Fatalf("long name has %d runes", n)
	}
	tests := map[string]struct{ name, want string }{
		"a 200-character name wraps":           {long, "Ñandú Ñandú"},
		"a 200-character word is cut":          {strings.Repeat("á", 200), "ááááá"},
		"an emoji prints as a square":          {"Ana 😀 López 🇲🇽", "López"},
		"control characters are dropped":       {"Ana\tMaría\x07 López", "Ana María López"},
		"a name in another script still draws": {"Анна Лопес 李", "Лопес"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pdf := renderPDF(t, []PacketCase{pdfRenewal(t, pdfPerson(tc.name))}, "letter")
			if text := poppler(t, "pdftotext", pdf); !strings.Contains(text, tc.want) {
				t.Errorf("%q not in the PDF text:\n%.600s", tc.want, text)
			}
		})
	}
}

// TestPDFMissingLetterData: a letter never states a fact the user did not
// give (R-LETTER-WHAT); the packet names the keys instead.
func TestPDFMissingLetterData(t *testing.T) {
	p := pdfPerson("Ana María López Núñez")
	p.PassportNumber = ""
	c := pdfRenewal(t, p)
	if c.Letters != nil || c.LettersErr == nil {
		t.Fatalf("Letters without a passport number => %v, %v; want none and an error", c.Letters, c.LettersErr)
	}
	text := poppler(t, "pdftotext", renderPDF(t, []PacketCase{c}, ""))
	if !strings.Contains(text, "Letters not written yet") || !strings.Contains(text, "passport_number") {
		t.Errorf("the packet does not say the letters need passport_number:\n%s", text)
	}
	if strings.Contains(text, "Atentamente") {
		t.Errorf("a letter was printed although data is missing")
	}
}

func TestPDFRefusesNothingToPrint(t *testing.T) {
	if err := PDF(&bytes.Buffer{}, nil, pdfCtx, ""); err == nil {
		t.Error("PDF of no case => nil error, want one")
	}
}

// An appointment after the renewal window closes is printed as a warning on
// the cover page (procedures.Warnings, R-RENEW-WINDOW), as in the text export.
func TestPDFPrintsWarnings(t *testing.T) {
	c := pdfRenewal(t, pdfPerson("Ana María López Núñez"))
	c.Progress = procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2027-01-04")}
	c.Warnings = procedures.Warnings(c.Procedure, procedures.Answers{
		"card_type": "temporary", "card_expiry": "2026-12-15", "in_mexico": "yes", "holder_minor": "no",
		"first_card_date": "2024-12-15", "years_requested": "2", "grounds": "job", "grounds_hold": "yes",
	}, c.Progress, pdfCtx)
	if len(c.Warnings) == 0 {
		t.Fatal("no warning for an appointment after the window closes")
	}
	text := strings.Join(strings.Fields(poppler(t, "pdftotext", renderPDF(t, []PacketCase{c}, ""))), " ")
	if !strings.Contains(text, "WARNING: Your appointment on 2027-01-04") {
		t.Errorf("the warning is not on the cover page:\n%s", text)
	}
}
