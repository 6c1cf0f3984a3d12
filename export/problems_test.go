package export

import (
	"errors"
	"strings"
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

// TestImportProblemsInSpanish: the problems of a JSON file and of a
// spreadsheet are listed in Spanish by In, the places ("persona 1 (id 1)",
// "línea 2, columna C (card_expiry)") and the rules' own refusals
// included, and in English by Error and In(English) as before.
func TestImportProblemsInSpanish(t *testing.T) {
	today := procedures.MustDate("2026-12-03")
	json := `{"format":"tramite","version":1,"people":[{"id":1,"name":""},{"id":2,"name":"B"},{"id":2,"name":"C"}],` +
		`"cases":[{"id":3,"person":9,"procedure":"renewal","answers":{"card_expiry":"31/02/2027"}}]}`
	csv := "person,procedure,card_expiry\nAna Ruiz,renewal,2027-02-30\n,canje,\nBea Gil,renovar,\n"
	for _, tc := range []struct {
		name   string
		decode func() error
		es, en []string
	}{
		{"JSON", func() error { _, err := DecodeOn(strings.NewReader(json), today); return err },
			[]string{"el archivo no es válido (4 problemas), no se importó nada:",
				`persona 1 (id 1): "name" está vacío: toda persona necesita un nombre`,
				"persona 3 (id 2): el id se usa dos veces",
				`caso 1 (id 3): "person" es 9, pero ninguna persona válida`,
				`caso 1 (id 3): answers.card_expiry: "31/02/2027" no existe: febrero de 2027 tiene 28 días`},
			[]string{"the file is not valid (4 problems), nothing was imported:", `person 1 (id 1): "name" is empty: every person needs a name`}},
		{"CSV", func() error { _, err := DecodeCSV(strings.NewReader(csv), today); return err },
			[]string{"el archivo no es válido (3 problemas)",
				`línea 2, columna C (card_expiry): "2027-02-30" no existe`,
				"línea 3, columna A (person): el nombre está vacío",
				`línea 4, columna B (procedure): "renovar" no es un trámite`},
			[]string{"the file is not valid (3 problems)", "line 3, column A (person): the name is empty"}},
		{"an empty JSON file", func() error { _, err := DecodeOn(strings.NewReader(""), today); return err },
			[]string{"el archivo no es válido (1 problema)", "el archivo está vacío"},
			[]string{"the file is not valid (1 problem)", "the file is empty"}},
	} {
		var inv *InvalidError
		if err := tc.decode(); !errors.As(err, &inv) {
			t.Fatalf("%s: %v, want an *InvalidError", tc.name, err)
		}
		es, en := inv.In(i18n.For(i18n.Spanish)), inv.In(i18n.For(i18n.English))
		for _, want := range tc.es {
			if !strings.Contains(es, want) {
				t.Errorf("%s in Spanish lacks %q:\n%s", tc.name, want, es)
			}
		}
		for _, want := range tc.en {
			if !strings.Contains(en, want) {
				t.Errorf("%s in English lacks %q:\n%s", tc.name, want, en)
			}
		}
		if en != inv.Error() {
			t.Errorf("%s: In(English) differs from Error:\n%s\n%s", tc.name, en, inv.Error())
		}
		for _, english := range []string{"is not", "the file", "line ", "person ", "case "} {
			if strings.Contains(es, english) {
				t.Errorf("%s in Spanish has %q:\n%s", tc.name, english, es)
			}
		}
	}
}
