package tui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"tramite/export"
)

// TestGuideView: g opens the guide to the online steps (issue 19) from the
// case view; c copies the Comentarios text (R-FORM-COMMENTS) to the
// clipboard; esc goes back; the help lists the keys.
func TestGuideView(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, letterPerson(t, st), "renewal", renewalAnswers("2026-12-10"))
	a := openCase(t, st, id, 80, 24)
	mustContain(t, screenText(a), "g online guide")

	a = keys(t, a, "g")
	if a.caseView.mode != modeGuide {
		t.Fatalf("g: mode %v, want the guide", a.caseView.mode)
	}
	mustContain(t, screenText(a), "Guide to the online steps · Ana María López", "1. THE APPLICATION FORM",
		"(R-FORM-URL)", "esc back to the case", "c copy Comentarios")

	// c copies the text whole and scrolls to it.
	a, msgs := send(t, a, press("c"))
	var copied string
	for _, m := range msgs {
		if fmt.Sprintf("%T", m) == "tea.setClipboardMsg" {
			copied = reflect.ValueOf(m).String()
		}
	}
	want := export.GuideOf(a.caseView.detail, testCtx()).CommentsText
	if copied == "" || copied != want {
		t.Fatalf("c copied %q, want %q (messages %v)", copied, want, msgs)
	}
	if !strings.HasPrefix(copied, "Documentos que se entregan:\n1. Formato para solicitar trámite migratorio de estancia") {
		t.Errorf("the copied text starts %q", copied)
	}
	mustContain(t, screenText(a), "Copied the Comentarios text", export.CommentsBegin[:20])

	// ? lists the guide's keys; G goes to the end.
	a = keys(t, a, "?")
	mustContain(t, screenText(a), "copy Comentarios", "back to the case")
	a = keys(t, a, "?", "G")
	mustContain(t, screenText(a), "(R-INM-CONTACT)")

	a = keys(t, a, "esc")
	if a.caseView.mode != modeView || a.screen != screenCase {
		t.Errorf("esc: mode %v screen %v, want the case view", a.caseView.mode, a.screen)
	}
	a = keys(t, a, "?")
	mustContain(t, screenText(a), "online guide", "home")
}

// TestGuideViewNoChecklist: with the interview unfinished there is no
// Comentarios text, and c does nothing.
func TestGuideViewNoChecklist(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, letterPerson(t, st), "renewal", nil)
	a := keys(t, openCase(t, st, id, 80, 24), "g")
	if a.caseView.mode != modeGuide {
		t.Fatalf("mode %v", a.caseView.mode)
	}
	a, msgs := send(t, a, press("c"))
	for _, m := range msgs {
		if fmt.Sprintf("%T", m) == "tea.setClipboardMsg" {
			t.Errorf("c copied %v with no checklist", m)
		}
	}
	if strings.Contains(screenText(a), "c copy Comentarios") {
		t.Errorf("the help offers c with no text to copy:\n%s", screenText(a))
	}
}

// TestGuideViewRecordsPieza: r records the número de pieza, the day the
// form was saved and a password hint (R-FORM-PIEZA); the form's reported
// expiry joins the case's dates, and the guide shows it, never the hint.
func TestGuideViewRecordsPieza(t *testing.T) {
	st := newMemStore()
	id := addCase(t, st, letterPerson(t, st), "renewal", renewalAnswers("2026-12-10"))
	a := keys(t, openCase(t, st, id, 80, 30), "g", "r")
	if !a.caseView.guide.Capturing() {
		t.Fatalf("r did not open the pieza form:\n%s", screenText(a))
	}
	mustContain(t, screenText(a), "Número de pieza", "Password hint", "enter next/save", "esc cancel")

	// A day after today is refused where it is typed.
	a = fill(t, a, "0000012345678", "2026-11-30")
	if !a.caseView.guide.Capturing() {
		t.Fatalf("a saving day after today was accepted")
	}
	for range 10 {
		a = keys(t, a, "backspace")
	}
	a = fill(t, a, "2026-11-20", "the cat's name")
	if a.caseView.guide.Capturing() || a.caseView.mode != modeGuide {
		t.Fatalf("the form did not save: mode %v err %v\n%s", a.caseView.mode, a.caseView.guide.err, screenText(a))
	}
	c, err := st.Case(id)
	if err != nil {
		t.Fatal(err)
	}
	pr := c.Progress
	if pr.Pieza != "0000012345678" || pr.PiezaDate.String() != "2026-11-20" || pr.PiezaHint != "the cat's name" {
		t.Fatalf("saved %+v", pr)
	}
	mustContain(t, screenText(a), "Saved the número de pieza")
	found := false
	for _, d := range a.caseView.deadlines {
		if d.Key == "form-expires" && d.Date.String() == "2027-02-17" {
			found = true
		}
	}
	if !found {
		t.Errorf("the case's dates lack the form's expiry: %+v", a.caseView.deadlines)
	}
	var b strings.Builder
	if err := export.GuideText(&b, a.caseView.guide.detail, testCtx()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "expires on 2027-02-17") || strings.Contains(b.String(), "cat's") {
		t.Errorf("the guide on screen is not refreshed, or shows the hint")
	}

	// esc in the form cancels it and stays in the guide.
	a = keys(t, a, "r", "esc")
	if a.caseView.guide.Capturing() || a.caseView.mode != modeGuide {
		t.Errorf("esc in the form: capturing %v mode %v", a.caseView.guide.Capturing(), a.caseView.mode)
	}
}
