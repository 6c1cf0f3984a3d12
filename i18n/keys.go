package i18n

import "strings"

// keyNames are the names of the keys a Latin American keyboard labels in
// Spanish (and a Spanish text calls them: "espacio marca lo que está
// listo"). enter, esc, tab, shift, ctrl, alt, the arrows and F1 keep their
// names: the keyboards print them so and the Spanish texts say "pulse
// enter", "shift+tab".
var keyNames = map[string]string{
	"space":     "espacio",
	"home":      "inicio",
	"end":       "fin",
	"pgup":      "repág",
	"pgdn":      "avpág",
	"pgdown":    "avpág",
	"backspace": "retroceso",
	"delete":    "supr",
}

// KeyName words a key as a help line shows it ("space/x", "g/home",
// "shift+tab") in p's language: each key between "/" and "+" by its name
// on the keyboard.
func (p *Printer) KeyName(k string) string {
	if !p.Spanish() || k == "" {
		return k
	}
	var b strings.Builder
	start := 0
	for i := 0; i <= len(k); i++ {
		if i < len(k) && k[i] != '/' && k[i] != '+' {
			continue
		}
		word := k[start:i]
		if es, ok := keyNames[word]; ok {
			word = es
		}
		b.WriteString(word)
		if i < len(k) {
			b.WriteByte(k[i])
		}
		start = i + 1
	}
	return b.String()
}
