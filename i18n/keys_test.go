package i18n

import "testing"

// Key names in a help line are the keyboard's words in Spanish; English
// and the keys both keyboards print alike are left as they are.
func TestKeyName(t *testing.T) {
	es := For(Spanish)
	for _, tc := range []struct{ in, en, es string }{
		{"space/x", "space/x", "espacio/x"},
		{"g/home", "g/home", "g/inicio"},
		{"G/end", "G/end", "G/fin"},
		{"pgup", "pgup", "repág"},
		{"pgdn", "pgdn", "avpág"},
		{"shift+tab", "shift+tab", "shift+tab"},
		{"ctrl+s", "ctrl+s", "ctrl+s"},
		{"enter", "enter", "enter"},
		{"esc", "esc", "esc"},
		{"?/esc", "?/esc", "?/esc"},
		{"↑/k", "↑/k", "↑/k"},
		{"/", "/", "/"},
		{"+", "+", "+"},
		{"ctrl+backspace", "ctrl+backspace", "ctrl+retroceso"},
		{"", "", ""},
	} {
		if got := (*Printer)(nil).KeyName(tc.in); got != tc.en {
			t.Errorf("English %q: %q, want %q", tc.in, got, tc.en)
		}
		if got := es.KeyName(tc.in); got != tc.es {
			t.Errorf("Spanish %q: %q, want %q", tc.in, got, tc.es)
		}
	}
}
