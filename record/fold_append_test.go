package record

import "testing"

// Folder folds every name as FoldName does: ASCII, accents composed and
// decomposed, spaces of every kind, letters that keep their shape,
// invalid UTF-8, one after the other in the same buffer.
func TestFolderFoldsAsFoldName(t *testing.T) {
	names := []string{"", " ", "Ana López", " ana  lópez ", "ANA LÓPEZ", "Ana Lo\u0301pez", "Zoë\u00a0Pérez",
		"Müller\tStraße", "Øresund ßtraße", "Nguyễn Thị", "\xff\xfe bad", "a\u0085b\u2003c", "ÉTAPE", "renewal\x00x",
		"Persona Número 12", "ǅemal Ǉubić", "İstanbul", "x\u0301\u0327y", "  \t\n ", "!\"#$%&'()*+,-./09:;<=>?@[\\]^_`{|}~"}
	var f Folder
	for round := 0; round < 2; round++ {
		for _, n := range names {
			if got, want := string(f.Fold(n)), FoldName(n); got != want {
				t.Errorf("Fold(%q) = %q; FoldName gives %q", n, got, want)
			}
		}
	}
}

// Folding a name into the reused buffer allocates nothing.
func TestFolderAllocatesNothing(t *testing.T) {
	var f Folder
	f.Fold("José Núñez Müller warm-up")
	if n := testing.AllocsPerRun(100, func() { f.Fold("José Núñez Müller") }); n != 0 {
		t.Errorf("Fold allocates %v times a name", n)
	}
}
