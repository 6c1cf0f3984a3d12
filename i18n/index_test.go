package i18n

import (
	"strings"
	"testing"
)

// TestIndexByAddressAndText: every message is found the same whether the
// key is the catalog's own string (found by address) or a copy made at
// run time (found by text), in both languages; a text without an entry,
// a prefix of one and "" are not found.
func TestIndexByAddressAndText(t *testing.T) {
	for _, l := range []Lang{English, Spanish} {
		p := For(l)
		for _, m := range Messages() {
			if m.En == "" {
				continue
			}
			cp := strings.Clone(m.En)
			if got, want := p.Has(cp), p.Has(m.En); got != want {
				t.Fatalf("%v: Has(copy of %q) = %v, Has(constant) = %v", l, m.En, got, want)
			}
			if got, want := p.Text(cp), p.Text(m.En); got != want {
				t.Fatalf("%v: Text(copy of %q) = %q, Text(constant) = %q", l, m.En, got, want)
			}
			if l == Spanish && !p.Has(m.En) {
				t.Fatalf("Spanish has no entry for %q", m.En)
			}
			if len(m.En) > 1 && p.Has(m.En[:len(m.En)-1]) && p.Text(m.En[:len(m.En)-1]) == p.Text(m.En) && !m.isPlural() && m.Es != "" {
				t.Fatalf("%v: a prefix of %q finds its entry", l, m.En)
			}
		}
		for _, s := range []string{"", "no such message in the catalog", strings.Clone("no such message in the catalog")} {
			if p.Has(s) {
				t.Errorf("%v: Has(%q) = true", l, s)
			}
		}
	}
}
