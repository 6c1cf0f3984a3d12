package export

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCellWidthIsAnsiWidth: the printable-ASCII shortcut measures what
// ansi.StringWidth measures, and anything else goes to it (accents, wide
// characters, emoji, control and escape sequences).
func TestCellWidthIsAnsiWidth(t *testing.T) {
	for _, s := range []string{"", "word", "R-DOC-PAY.", "(2026-12-31)", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
		"López", "número", "日本語", "👍🏽", "a\tb", "\x1b[1mbold\x1b[0m", "del\x7f", "ß", "e\u0301"} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, ansi.StringWidth says %d", s, got, want)
		}
	}
}
