package cli

import "testing"

// BenchmarkNames is the check every row's person's name goes through:
// tsvName in a tab-separated listing, plainJSON in a JSON one (names as
// the demo makes them: accented letters every few bytes).
func BenchmarkNames(b *testing.B) {
	names := []string{"Kateřina Côté Lefèvre", "Søren Söderberg Lefèvre", "Matías Hernández Lefèvre", "Thiago Brontë Castañeda",
		"Noémie Müller Yılmaz", "Aoife Fontaine Muñoz", "Ana Pérez", "John Smith Williams"}
	b.Run("tsvName", func(b *testing.B) {
		for b.Loop() {
			for _, s := range names {
				_ = tsvName(s)
			}
		}
	})
	b.Run("plainJSON", func(b *testing.B) {
		for b.Loop() {
			for _, s := range names {
				_ = plainJSON(s)
			}
		}
	})
	buf := make([]byte, 0, 256)
	b.Run("appendJSONString", func(b *testing.B) {
		for b.Loop() {
			for _, s := range names {
				buf = appendJSONString(buf[:0], s)
			}
		}
	})
}
