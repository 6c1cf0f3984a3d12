package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
)

// TestCasesListMarksUnfinished: in the cases list, a draft whose
// interview stopped half way reads "… unfinished"; a complete draft and a
// work permit (complete, without a date) keep their stage.
func TestCasesListMarksUnfinished(t *testing.T) {
	st := newMemStore()
	ana := storePerson(t, st, "Ana López")
	half := addCase(t, st, ana, "renewal", procedures.Answers{"card_type": "temporary"})
	full := addCase(t, st, ana, "renewal", renewalAnswers("2026-12-10"))
	st.SetProgress(half, procedures.Progress{Stage: procedures.StageDraft})
	st.SetProgress(full, procedures.Progress{Stage: procedures.StageDraft})
	sums, _ := st.Summaries()
	msg := unfinishedCmd(st, unfinishedCandidates(sums, nil))().(unfinishedMsg)
	if !msg.ids[half] || msg.ids[full] || len(msg.ids) != 1 {
		t.Fatalf("unfinished = %v, want only case %d", msg.ids, half)
	}
	for _, lang := range []struct {
		ctx  procedures.Context
		word string
	}{{testCtx(), "unfinished"}, {esCtx(), "sin terminar"}} {
		m := newDashboardModel(lang.ctx, NewStyles(true), DefaultKeyMap())
		m.SetSize(80, 20)
		m, _ = m.Update(summariesMsg{sums: sums})
		m.setUnfinished(msg.ids)
		m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
		screen := ansi.Strip(m.View())
		var marked, plain int
		for _, line := range strings.Split(screen, "\n") {
			if strings.Contains(line, "Ana López") && !strings.Contains(line, "Ana López ·") { // a row, not the detail line
				if strings.Contains(line, "…") && strings.HasSuffix(strings.TrimSpace(line), lang.word) {
					marked++
				} else {
					plain++
				}
			}
		}
		if marked != 1 || plain != 1 {
			t.Errorf("%s: %d rows marked, %d plain; want 1 and 1:\n%s", lang.word, marked, plain, screen)
		}
	}
}

// TestGoldenCasesUnfinished is the cases list with an unfinished draft,
// at 80x24 and 60x16 in English and Spanish.
func TestGoldenCasesUnfinished(t *testing.T) {
	for _, tc := range []struct {
		name string
		ctx  procedures.Context
		w, h int
		want string
	}{
		{"en_80x24", testCtx(), 80, 24, "unfinished"},
		{"en_60x16", testCtx(), 60, 16, "unfinished"},
		{"es_80x24", esCtx(), 80, 24, "sin terminar"},
		{"es_60x16", esCtx(), 60, 16, "sin terminar"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := newMemStore()
			ana := storePerson(t, st, "Ana López")
			addCase(t, st, ana, "renewal", procedures.Answers{"card_type": "temporary"})
			// Updated last, so start-up opens the dashboard, not the draft.
			addCase(t, st, ana, "renewal", renewalAnswers("2026-12-10"))
			goldenAppIn(t, tc.ctx, tc.w, tc.h, st, "2026-11-23", tc.want, press("tab"))
		})
	}
}
