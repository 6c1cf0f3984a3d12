package cli

import (
	"strings"
	"testing"
)

// The help writer drops trailing spaces only, across writes, and keeps
// the spaces inside a line even when a write ends among them.
func TestSpaceTrimmer(t *testing.T) {
	tests := map[string]struct {
		writes []string
		want   string
	}{
		"padding before a newline goes":         {[]string{"usage   \n  x  \n"}, "usage\n  x\n"},
		"spaces split across writes are kept":   {[]string{"a  ", "  b\n"}, "a    b\n"},
		"padding split across writes goes":      {[]string{"a  ", "  \n"}, "a\n"},
		"a last line without newline is passed": {[]string{"end"}, "end"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			w := &spaceTrimmer{w: &b}
			for _, s := range tt.writes {
				if n, err := w.Write([]byte(s)); err != nil || n != len(s) {
					t.Fatalf("Write(%q) = %d, %v", s, n, err)
				}
			}
			if b.String() != tt.want {
				t.Errorf("got %q, want %q", b.String(), tt.want)
			}
		})
	}
}
