package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
)

// TestRowsAreTheTerminalsWidthInCells: a 15-character Chinese name (30
// cells) and a name typed with combining accents (NFD, as macOS types it)
// keep every row of both lists exactly as wide as the terminal, measured
// in cells, at every width; and the NFD name is not cut earlier than the
// same name composed.
func TestRowsAreTheTerminalsWidthInCells(t *testing.T) {
	const cjk = "王小明李大华张三丰赵四钱五孙六" // 15 characters, 30 cells
	nfd := norm.NFD.String("Renée Éloïse Ångström Núñez")
	st := goldenHousehold(t)
	addCase(t, st, storePerson(t, st, cjk), "renewal", renewalAnswers("2026-12-20"))
	addCase(t, st, storePerson(t, st, nfd), "renewal", renewalAnswers("2026-12-21"))
	for _, w := range []int{200, 120, 100, 80, 60, 44} {
		for _, view := range []string{"deadlines", "cases"} {
			a := startApp(t, st, w, 30)
			if view == "cases" {
				a = keys(t, a, "tab")
			}
			found := 0
			for _, l := range strings.Split(screenText(a), "\n") {
				if !strings.Contains(l, "2026-12-1") && !strings.Contains(l, "2026-12-2") &&
					!strings.Contains(l, "王") && !strings.Contains(norm.NFC.String(l), "Núñez") {
					continue // a row of the two new people: their dates, or their names where the date gives way
				}
				found++
				if got := ansi.StringWidth(l); got != w {
					t.Errorf("%s at %d: a row is %d cells: %q", view, w, got, l)
				}
			}
			if found < 2 {
				t.Errorf("%s at %d: %d rows of the new people:\n%s", view, w, found, screenText(a))
			}
		}
	}
	if len([]rune(cjk)) != 15 || ansi.StringWidth(cjk) != 30 {
		t.Fatal("the CJK name is not 15 characters in 30 cells")
	}
	composed := norm.NFC.String(nfd)
	for w := 4; w <= 30; w++ {
		if a, b := ansi.StringWidth(fitName(nfd, w)), ansi.StringWidth(fitName(composed, w)); a != b {
			t.Errorf("at %d cells the NFD name takes %d, the NFC %d", w, a, b)
		}
	}
}

// TestFitNameKeepsTheSurname: given names go to initials, then away,
// before the surname is cut.
func TestFitNameKeepsTheSurname(t *testing.T) {
	for _, c := range []struct {
		name string
		w    int
		want string
	}{
		{"Ana López", 20, "Ana López"},
		{"Chloé Dupont", 10, "C. Dupont"},
		{"Bruno Müller-Łukasiewicz 🇩🇪", 24, "Bruno Müller-Łukasiewicz"},
		{"Bruno Müller-Łukasiewicz 🇩🇪", 22, "B. Müller-Łukasiewicz"},
		{"Bruno Müller-Łukasiewicz 🇩🇪", 18, "Müller-Łukasiewicz"},
		{"Bruno Müller-Łukasiewicz 🇩🇪", 12, "Müller-Łuka…"},
		{"Ana María López Hernández", 22, "A. M. López Hernández"},
		{"Ana María López Hernández", 19, "A. López Hernández"},
		{"Ana María López Hernández", 15, "López Hernández"},
		{"Ana María López Hernández", 10, "López Her…"},
		{norm.NFD.String("Élodie Marchand"), 11, norm.NFD.String("É. Marchand")},
		{"王小明李大华张三丰赵四钱五孙六", 12, "王小明李大…"},
		{"Ana", 0, ""},
	} {
		got := fitName(c.name, c.w)
		if got != c.want {
			t.Errorf("fitName(%q, %d) = %q, want %q", c.name, c.w, got, c.want)
		}
		if ansi.StringWidth(got) > c.w {
			t.Errorf("fitName(%q, %d) = %q is %d cells", c.name, c.w, got, ansi.StringWidth(got))
		}
	}
}
