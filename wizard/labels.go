package wizard

import (
	"slices"
	"strings"

	"tramite/i18n"
	"tramite/procedures"
)

// Answer keys (departure_date) are for `procedures show`, `case set` and
// the exports; a person in the interview never reads one. The rules word
// some checks with the key of the other answer they compare against
// ("before the departure (departure_date, …): … or correct
// departure_date"): the wizard says the answer's name instead.

// KeyLabel is how an answer key reads in a message: its words, in the
// person's language ("departure date", "fecha de salida").
func KeyLabel(l *i18n.Printer, key string) string {
	words := strings.ReplaceAll(key, "_", " ")
	if l.Has(words) {
		return l.T(words)
	}
	return words
}

var snakeKey = lazyRegexp(`\b[a-z]+(?:_[a-z]+)+\b`)

// withoutKeys replaces every answer key of p (and every personal key) in
// msg by its label.
func withoutKeys(l *i18n.Printer, p *procedures.Procedure, msg string) string {
	return snakeKey().ReplaceAllStringFunc(msg, func(k string) string {
		if _, ok := p.Question(k); ok || slices.Contains(procedures.PersonKeys, k) {
			return KeyLabel(l, k)
		}
		return k
	})
}
