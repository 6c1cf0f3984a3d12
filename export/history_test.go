package export

import (
	"bytes"
	"strings"
	"testing"

	"tramite/casebook"
	"tramite/record"
)

// The PDF packet prints the case's History section, as the text and
// Markdown exports do (their goldens pin it).
func TestPDFPrintsHistory(t *testing.T) {
	f := fixtures()["canje"]
	v := view(t, f)
	text := poppler(t, "pdftotext", renderPDF(t, []PacketCase{PacketFromView(v, testContext())}, ""))
	for _, want := range []string{"History · Historial", "Case created.", "Marked appointment booked: appointment on 2026-12-01"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
}

// The JSON export carries the history, and importing it gives it back.
func TestJSONHistoryRoundTrips(t *testing.T) {
	f := fixtures()["canje"]
	v := view(t, f)
	var b bytes.Buffer
	if err := JSON(&b, []record.Person{f.person}, []casebook.Detail{v}, testContext()); err != nil {
		t.Fatal(err)
	}
	file := b.String()
	bundle, err := DecodeOn(strings.NewReader(file), today)
	if err != nil {
		t.Fatal(err)
	}
	got := bundle.Cases[0].History
	if len(got) != len(f.kase.History) {
		t.Fatalf("history after the round trip: %+v", got)
	}
	for i := range got {
		if !got[i].At.Equal(f.kase.History[i].At) || got[i].Kind != f.kase.History[i].Kind || got[i].Date != f.kase.History[i].Date ||
			got[i].Stage != f.kase.History[i].Stage || got[i].Text != f.kase.History[i].Text {
			t.Errorf("entry %d: got %+v, want %+v", i, got[i], f.kase.History[i])
		}
	}
	bad := strings.Replace(file, `"kind": "created"`, `"kind": "exploded"`, 1)
	if _, err := DecodeOn(strings.NewReader(bad), today); err == nil || !strings.Contains(err.Error(), "history") {
		t.Errorf("an unknown kind of entry: %v; want a refusal naming the history", err)
	}
}
