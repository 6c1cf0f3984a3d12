package procedures

import (
	"errors"
	"strings"
	"testing"
)

func TestSpanishNationality(t *testing.T) {
	tests := map[string]struct {
		typed, want string
	}{
		"an English demonym becomes the country's Spanish name": {"French", "nacional de Francia"},
		"an English country name":                               {"United States", "nacional de Estados Unidos"},
		"a two-letter code":                                     {"gb", "nacional de Reino Unido"},
		"a Spanish country name, accents optional":              {"Canada", "nacional de Canadá"},
		"a Spanish adjective is kept, with its accent":          {"Espanola", "de nacionalidad española"},
		"a Spanish adjective as typed":                          {"canadiense", "de nacionalidad canadiense"},
		"extra spaces and case are ignored":                     {"  south   KOREAN ", "nacional de Corea del Sur"},
		"the UK abbreviation":                                   {"UK", "nacional de Reino Unido"},
		"a country with a leading article":                      {"the Netherlands", "nacional de Países Bajos"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := SpanishNationality(tc.typed)
			if !ok || got != tc.want {
				t.Errorf("SpanishNationality(%q) => %q %v, want %q", tc.typed, got, ok, tc.want)
			}
		})
	}
	for _, bad := range []string{"Frenchy", "Atlantis", "xx"} {
		if got, ok := SpanishNationality(bad); ok {
			t.Errorf("SpanishNationality(%q) => %q, want refused", bad, got)
		}
		if _, err := NormalizePersonValue("nationality", bad, Date{}); err == nil || !strings.Contains(err.Error(), "e.g. France or Francia") {
			t.Errorf("NormalizePersonValue(nationality, %q) => %v, want a refusal saying what to type", bad, err)
		}
	}
	if v, err := NormalizePersonValue("nationality", " French ", Date{}); err != nil || v != "French" {
		t.Errorf("NormalizePersonValue(nationality, French) => %q, %v; want it kept as typed", v, err)
	}
}

// The letter writes the nationality in Spanish, never "de nacionalidad
// French"; one it cannot write is asked for again. The número de pieza
// and the documents enclosed are in the request.
func TestLetterNationalityPiezaAndEnclosure(t *testing.T) {
	p := procFor(t, "renewal")
	a := letterCases[0].answers
	c := Context{Today: MustDate("2026-11-23")}
	person := letterPerson()
	person.Nationality = "French"
	ls, err := LettersFor(p, a, person, Progress{Pieza: "0000123456789", NUT: "QRO-2026-9"}, c)
	if err != nil {
		t.Fatal(err)
	}
	text := ls[0].Text(0)
	for _, s := range []string{"nacional de Francia", "número de pieza 0000123456789", "(NUT) QRO-2026-9", "Pasaporte o documento de identidad y viaje", "subsisten"} {
		if !strings.Contains(text, s) {
			t.Errorf("letter lacks %q:\n%s", s, text)
		}
	}
	if strings.Contains(text, "French") {
		t.Errorf("letter writes the nationality in English:\n%s", text)
	}
	person.Nationality = "Frenchy"
	_, err = Letters(p, a, person, c)
	var me *MissingError
	if !errors.As(err, &me) || strings.Join(me.Keys, ",") != "nationality" {
		t.Errorf("Letters with an unknown nationality => %v, want nationality asked again", err)
	}
}
