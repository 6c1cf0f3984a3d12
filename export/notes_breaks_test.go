package export

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"tramite/casebook"
)

// notesView is a fixture case whose notes have three lines, one empty.
func notesView(t *testing.T) casebook.Detail {
	t.Helper()
	for _, f := range fixtures() {
		v := view(t, f)
		v.Case.Notes = "Called the office on Monday.\nThey want the bank statements.\n\nBring a pen."
		return v
	}
	t.Skip("no fixture")
	return casebook.Detail{}
}

// TestNotesKeepLineBreaks: the user's notes keep their line breaks in
// every export (issue 21): text, Markdown, JSON and the PDF.
func TestNotesKeepLineBreaks(t *testing.T) {
	v := notesView(t)
	ctx := testContext()
	render := func(format string) string {
		var b bytes.Buffer
		if err := Render(t.Context(), &b, format, nil, []casebook.Detail{v}, ctx, ""); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		return b.String()
	}
	if got, want := render(FormatText), "Your notes: Called the office on Monday.\n    They want the bank statements.\n\n    Bring a pen.\n"; !strings.Contains(got, want) {
		t.Errorf("text: no %q in\n%s", want, got)
	}
	if got, want := render(FormatMarkdown), "Your notes: Called the office on Monday.\\\n  They want the bank statements.\n\n  Bring a pen.\n"; !strings.Contains(got, want) {
		t.Errorf("markdown: no %q in\n%s", want, got)
	}
	var f File
	if err := json.Unmarshal([]byte(render(FormatJSON)), &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Cases) != 1 || f.Cases[0].Notes != v.Case.Notes {
		t.Errorf("json: notes %q, want %q", f.Cases[0].Notes, v.Case.Notes)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = strings.NewReader(render(FormatPDF))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "Called the office on Monday.\nThey want the bank statements.\n"; !strings.Contains(string(out), want) {
		t.Errorf("pdf: no %q in\n%s", want, out)
	}
}

// TestPacketSourcesInWords: the packet's sources page says what each
// source is, not only its id (issue 21).
func TestPacketSourcesInWords(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	v := notesView(t)
	var b bytes.Buffer
	if err := Render(t.Context(), &b, FormatPDF, nil, []casebook.Detail{v}, testContext(), ""); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = &b
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	_, sources, ok := strings.Cut(text, "Fuentes · Sources")
	if !ok {
		t.Fatalf("no sources page in\n%s", text)
	}
	for _, id := range v.Procedure.Sources {
		if name, known := sourceNames[id]; known && !strings.Contains(sources, name) {
			t.Errorf("source %s: %q is not on the sources page:\n%s", id, name, sources)
		}
	}
	if !strings.Contains(sources, "Ley de Migración") && strings.Contains(strings.Join(v.Procedure.Sources, " "), "L-LM") {
		t.Errorf("the Ley de Migración is not named:\n%s", sources)
	}
}
