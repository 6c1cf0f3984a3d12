package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/i18n"
	"tramite/record"
)

// TestChooserLettersPickAnOption: on the new-case chooser's lists a typed
// letter moves the highlight to the next option starting with it, as the
// interview's questions do ("w" Work permit, "r" Renewal then
// Replacement; a person by the first letter of their name), and Enter
// chooses it; a letter nothing starts with leaves the highlight.
func TestChooserLettersPickAnOption(t *testing.T) {
	tests := map[string]struct {
		lang    i18n.Lang
		keys    []string
		chosen  string // the procedure the person step then names
		hovered string // the highlighted line before Enter
	}{
		"w picks the work permit":              {i18n.English, []string{"w"}, "work-permit", "> Work permit"},
		"r twice goes on to the next r":        {i18n.English, []string{"r", "r"}, "replacement", "> Replacement of a resident card"},
		"a letter nothing starts with":         {i18n.English, []string{"q"}, "canje", "> Exchange of a consular"},
		"p picks the permit in Spanish":        {i18n.Spanish, []string{"p"}, "exit-permit", "> Permiso de salida y regreso"},
		"a capital letter is the same letter":  {i18n.English, []string{"W"}, "work-permit", "> Work permit"},
		"j still moves down, as in every list": {i18n.English, []string{"j"}, "renewal", "> Renewal of a resident card"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st := newMemStore()
			if err := st.SavePerson(&record.Person{Name: "Ana López"}); err != nil {
				t.Fatal(err)
			}
			ctx := testCtx()
			ctx.Lang = i18n.For(tc.lang)
			var out []tea.Msg
			m := newNewCaseModel(st, ctx, NewStyles(true), DefaultKeyMap(), "")
			m.SetSize(80, 24)
			m = runCmds(m, m.Init(), &out, 0)
			for _, k := range tc.keys {
				m = pressKeys(m, &out, tea.KeyPressMsg{Code: []rune(k)[0], Text: k})
			}
			if got := flat(ansi.Strip(m.View())); !strings.Contains(got, tc.hovered) {
				t.Fatalf("after %v the highlight is not on %q:\n%s", tc.keys, tc.hovered, got)
			}
			m = pressKeys(m, &out, keyEnter)
			if m.procID != tc.chosen {
				t.Fatalf("Enter chose %q, want %q", m.procID, tc.chosen)
			}
		})
	}
}

// TestChooserLetterPicksAPerson: on "Who is it for?" a letter goes to
// the person whose name starts with it, then Someone new… with "s".
func TestChooserLetterPicksAPerson(t *testing.T) {
	st := newMemStore()
	for _, n := range []string{"Ana López", "Bruno Díaz", "Carla Ruiz"} {
		if err := st.SavePerson(&record.Person{Name: n}); err != nil {
			t.Fatal(err)
		}
	}
	var out []tea.Msg
	m := newNewCaseModel(st, testCtx(), NewStyles(true), DefaultKeyMap(), "renewal")
	m.SetSize(80, 24)
	m = runCmds(m, m.Init(), &out, 0)
	m = pressKeys(m, &out, tea.KeyPressMsg{Code: 'c', Text: "c"})
	if got := flat(ansi.Strip(m.View())); !strings.Contains(got, "> Carla Ruiz") {
		t.Fatalf("c did not go to Carla Ruiz:\n%s", got)
	}
	m = pressKeys(m, &out, tea.KeyPressMsg{Code: 's', Text: "s"})
	if got := flat(ansi.Strip(m.View())); !strings.Contains(got, "> Someone new…") {
		t.Fatalf("s did not go to Someone new…:\n%s", got)
	}
}
