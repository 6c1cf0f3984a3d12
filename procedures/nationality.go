package procedures

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Nationalities in the letters (R-LETTER-WHAT, R-FORM-FIELDS): a letter
// in Spanish cannot say "de nacionalidad French". A nationality is read
// from what people type: a country's name in English or Spanish ("France",
// "Francia"), its two-letter code ("FR"), an English demonym ("French") or
// a Spanish adjective ("francesa"); the letter writes the Spanish
// adjective as typed, or "nacional de <country's Spanish name>". What none
// of these reads is refused, with a message that says what to type.

// nationalityHelp says what a nationality may be typed as.
const nationalityHelp = "type the country in English or Spanish, e.g. France or Francia, its two-letter code (FR), or the nationality, e.g. French or francesa"

// spanishAdjectives are the Spanish nationality adjectives tramite reads,
// masculine and feminine, with the country each names (ISO 3166 code).
var spanishAdjectives = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"US": {"estadounidense"}, "CA": {"canadiense"}, "ES": {"español", "española"}, "DE": {"alemán", "alemana"},
		"FR": {"francés", "francesa"}, "GB": {"británico", "británica", "inglés", "inglesa", "escocés", "escocesa", "galés", "galesa"},
		"IT": {"italiano", "italiana"}, "PT": {"portugués", "portuguesa"}, "NL": {"neerlandés", "neerlandesa", "holandés", "holandesa"},
		"BE": {"belga"}, "CH": {"suizo", "suiza"}, "AT": {"austriaco", "austriaca", "austríaco", "austríaca"}, "SE": {"sueco", "sueca"},
		"NO": {"noruego", "noruega"}, "DK": {"danés", "danesa"}, "FI": {"finlandés", "finlandesa"}, "IE": {"irlandés", "irlandesa"},
		"PL": {"polaco", "polaca"}, "RU": {"ruso", "rusa"}, "UA": {"ucraniano", "ucraniana"}, "GR": {"griego", "griega"},
		"CZ": {"checo", "checa"}, "HU": {"húngaro", "húngara"}, "RO": {"rumano", "rumana"}, "TR": {"turco", "turca"},
		"IL": {"israelí"}, "CN": {"chino", "china"}, "JP": {"japonés", "japonesa"}, "KR": {"coreano", "coreana", "surcoreano", "surcoreana"},
		"IN": {"indio", "india"}, "AU": {"australiano", "australiana"}, "NZ": {"neozelandés", "neozelandesa"},
		"BR": {"brasileño", "brasileña"}, "AR": {"argentino", "argentina"}, "CL": {"chileno", "chilena"},
		"CO": {"colombiano", "colombiana"}, "VE": {"venezolano", "venezolana"}, "CU": {"cubano", "cubana"},
		"PE": {"peruano", "peruana"}, "EC": {"ecuatoriano", "ecuatoriana"}, "BO": {"boliviano", "boliviana"},
		"UY": {"uruguayo", "uruguaya"}, "PY": {"paraguayo", "paraguaya"}, "GT": {"guatemalteco", "guatemalteca"},
		"HN": {"hondureño", "hondureña"}, "SV": {"salvadoreño", "salvadoreña"}, "NI": {"nicaragüense"}, "CR": {"costarricense"},
		"PA": {"panameño", "panameña"}, "DO": {"dominicano", "dominicana"}, "HT": {"haitiano", "haitiana"},
		"PH": {"filipino", "filipina"}, "ZA": {"sudafricano", "sudafricana"}, "MA": {"marroquí"}, "EG": {"egipcio", "egipcia"},
		"LB": {"libanés", "libanesa"}, "IR": {"iraní"}, "VN": {"vietnamita"}, "TH": {"tailandés", "tailandesa"},
		"ID": {"indonesio", "indonesia"}, "TW": {"taiwanés", "taiwanesa"},
	}
})

// englishDemonyms and other names people type for a country, by ISO code.
var englishDemonyms = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"US": {"american", "usa", "u.s.", "u.s.a.", "united states of america", "us citizen"}, "CA": {"canadian"},
		"GB": {"british", "english", "scottish", "welsh", "uk", "u.k.", "great britain", "england", "scotland", "wales"},
		"FR": {"french"}, "DE": {"german"}, "ES": {"spanish"}, "IT": {"italian"}, "PT": {"portuguese"}, "NL": {"dutch", "holland"},
		"BE": {"belgian"}, "CH": {"swiss"}, "AT": {"austrian"}, "SE": {"swedish"}, "NO": {"norwegian"}, "DK": {"danish"},
		"FI": {"finnish"}, "IE": {"irish"}, "PL": {"polish"}, "RU": {"russian"}, "UA": {"ukrainian"}, "GR": {"greek"},
		"CZ": {"czech"}, "HU": {"hungarian"}, "RO": {"romanian"}, "TR": {"turkish"}, "IL": {"israeli"}, "CN": {"chinese"},
		"JP": {"japanese"}, "KR": {"korean", "south korean", "korea"}, "IN": {"indian"}, "AU": {"australian"},
		"NZ": {"new zealander", "kiwi"}, "BR": {"brazilian"}, "AR": {"argentine", "argentinian"}, "CL": {"chilean"},
		"CO": {"colombian"}, "VE": {"venezuelan"}, "CU": {"cuban"}, "PE": {"peruvian"}, "EC": {"ecuadorian", "ecuadorean"},
		"BO": {"bolivian"}, "UY": {"uruguayan"}, "PY": {"paraguayan"}, "GT": {"guatemalan"}, "HN": {"honduran"},
		"SV": {"salvadoran", "salvadorean"}, "NI": {"nicaraguan"}, "CR": {"costa rican"}, "PA": {"panamanian"},
		"DO": {"dominican"}, "HT": {"haitian"}, "PH": {"filipino", "philippine"}, "ZA": {"south african"},
		"MA": {"moroccan"}, "EG": {"egyptian"}, "LB": {"lebanese"}, "IR": {"iranian"}, "VN": {"vietnamese"},
		"TH": {"thai"}, "ID": {"indonesian"}, "TW": {"taiwanese"},
	}
})

//go:generate go run ./internal/regiongen/gen

// regionName is a country's two-letter code and its English and Spanish
// names (regionnames.go, generated from golang.org/x/text).
type regionName struct{ code, en, es string }

// nationalityEntry is what a typed nationality reads as.
type nationalityEntry struct {
	spanish   string // the country's Spanish name
	adjective string // the Spanish adjective, accented; "" for a name or demonym
}

var (
	nationalityOnce  sync.Once
	nationalityIndex map[string]nationalityEntry
)

// foldKey lowercases s, strips its accents and extra spaces: the key under
// which a typed nationality is looked up.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// buildNationalityIndex reads every country's English and Spanish name and
// code (regionNames, generated from golang.org/x/text), then the tables
// above. Built once; read-only after.
func buildNationalityIndex() {
	idx := map[string]nationalityEntry{}
	spanish := make(map[string]string, len(regionNames))
	for _, r := range regionNames {
		spanish[r.code] = r.es
		e := nationalityEntry{spanish: r.es}
		idx[foldKey(r.code)] = e
		for _, n := range []string{r.en, r.es} {
			if n != "" {
				idx[foldKey(n)] = e
			}
		}
	}
	for code, names := range englishDemonyms() {
		for _, n := range names {
			idx[foldKey(n)] = nationalityEntry{spanish: spanish[code]}
		}
	}
	for code, adjs := range spanishAdjectives() {
		for _, adj := range adjs {
			idx[foldKey(adj)] = nationalityEntry{spanish: spanish[code], adjective: adj}
		}
	}
	nationalityIndex = idx
}

// lookupNationality reads a typed nationality; ok is false when it names
// no country tramite knows.
func lookupNationality(v string) (nationalityEntry, bool) {
	nationalityOnce.Do(buildNationalityIndex)
	k := strings.TrimPrefix(foldKey(v), "the ")
	e, ok := nationalityIndex[k]
	return e, ok
}

// SpanishCountry returns the Spanish name of the country a typed
// nationality names ("French" → "Francia"), or false.
func SpanishCountry(v string) (string, bool) {
	e, ok := lookupNationality(v)
	if !ok {
		return "", false
	}
	return e.spanish, true
}

// SpanishNationality words a typed nationality for a letter in Spanish:
// "de nacionalidad francesa" for a Spanish adjective, else "nacional de
// Francia". ok is false when v names no known country.
func SpanishNationality(v string) (string, bool) {
	e, ok := lookupNationality(v)
	if !ok {
		return "", false
	}
	if e.adjective != "" {
		return "de nacionalidad " + e.adjective, true
	}
	return "nacional de " + e.spanish, true
}

// checkNationality refuses a nationality the letters cannot write in
// Spanish, saying what to type.
func checkNationality(v string) error {
	if _, ok := lookupNationality(v); !ok {
		return fmt.Errorf("nationality: %q is not a country tramite can write in Spanish: %s", v, nationalityHelp)
	}
	return nil
}
