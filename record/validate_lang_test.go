package record

import (
	"strings"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

// TestRefusalsInSpanish: a refused value (its characters, its length, an
// unknown detail) is worded in Spanish by procedures.MessageInChain, the
// key kept as it is typed, and in English as before.
func TestRefusalsInSpanish(t *testing.T) {
	es := i18n.For(i18n.Spanish)
	tests := []struct {
		key, value, en, es string
	}{
		{"phone", "a\tb", "phone: character 2 is a tab: use a space", "phone: el carácter 2 es un tabulador: use un espacio"},
		{"address", "Calle 1\nCol. Centro", "address: character 8 is a line break: keep it on one line", "address: el carácter 8 es un salto de línea: déjelo en una sola línea"},
		{"email", "a\x07b", "email: character 2 is the control character U+0007, which is not text", "email: el carácter 2 es el carácter de control U+0007, que no es texto"},
		{"office", "\u202eabc", "office: character 1 is U+202E, a right-to-left", "office: el carácter 1 es U+202E, un cambio de dirección"},
		{"name", "\u200b\u200b", "name: it holds only invisible characters", "name: solo tiene caracteres invisibles"},
		{"phone", strings.Repeat("5", MaxLineRunes+1), "phone: the value is", "phone: el valor tiene"},
	}
	for _, tt := range tests {
		_, err := ValidatePersonValue(tt.key, tt.value, procedures.Date{})
		if err == nil {
			t.Errorf("%s=%q: accepted", tt.key, tt.value)
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.en) {
			t.Errorf("%s=%q: %q, want it to begin %q", tt.key, tt.value, err, tt.en)
		}
		if got := procedures.MessageInChain(es, err); !strings.HasPrefix(got, tt.es) {
			t.Errorf("%s=%q in Spanish: %q, want it to begin %q", tt.key, tt.value, got, tt.es)
		}
	}
}
