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
