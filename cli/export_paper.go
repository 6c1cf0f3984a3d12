package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"tramite/export"
	"tramite/procedures"
)

// letterCountries are the territories whose locales print on US Letter
// (glibc's LC_PAPER): Mexico's offices among them. Every other country
// named by a locale prints on A4.
var letterCountries = map[string]bool{
	"US": true, "CA": true, "MX": true, "CL": true, "CO": true, "CR": true, "GT": true,
	"NI": true, "PA": true, "PR": true, "SV": true, "VE": true, "PH": true, "DO": true,
}

// paperFor is the PDF's paper: --paper when given; else what the locale
// says (LC_ALL, then LC_PAPER, then LANG: es_MX is Letter, de_DE is A4);
// else Letter ("carta", what Mexican offices use) for a user who reads
// Spanish, A4 otherwise (issue 21). false: --paper names no size.
func paperFor(flag string, given bool, getenv func(string) string, spanish bool) (string, bool) {
	if given {
		switch p := strings.ToLower(strings.TrimSpace(flag)); p {
		case export.PaperA4, export.PaperLetter:
			return p, true
		case "carta", "us-letter", "usletter":
			return export.PaperLetter, true
		}
		return "", false
	}
	for _, v := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		loc := getenv(v)
		if loc == "" {
			continue
		}
		if country, ok := localeCountry(loc); ok {
			if letterCountries[country] {
				return export.PaperLetter, true
			}
			return export.PaperA4, true
		}
		break // the first locale set decides; C or POSIX name no country
	}
	if spanish {
		return export.PaperLetter, true
	}
	return export.PaperA4, true
}

// localeCountry is the territory of a locale name such as es_MX.UTF-8 or
// en_GB@euro; false for C, POSIX and names without one.
func localeCountry(loc string) (string, bool) {
	loc, _, _ = strings.Cut(loc, ".")
	loc, _, _ = strings.Cut(loc, "@")
	_, country, ok := strings.Cut(loc, "_")
	if !ok || len(country) != 2 {
		return "", false
	}
	return strings.ToUpper(country), true
}

// refuseExtension refuses -o FILE whose extension names no format tramite
// writes (x.docx, x.odt) when --format was not given: such a file would be
// filled with plain text under a name that promises something else.
func (a *app) refuseExtension(out string, formatGiven bool) error {
	if formatGiven || out == "" || out == "-" {
		return nil
	}
	ext := filepath.Ext(out)
	if ext == "" {
		return nil
	}
	if _, ok := export.FormatOfPath(out); ok {
		return nil
	}
	var names []string
	for _, f := range export.Formats {
		names = append(names, fmt.Sprintf("%s (%s)", f.ID, strings.Join(f.Exts, ", ")))
	}
	return a.usagef("tramite does not write %s files: name the file with one of these extensions, or choose the format with --format: %s",
		ext, strings.Join(names, "; "))
}

// warnLetters says on the terminal which cases' letters cannot be written
// yet and what to set, instead of only inside the PDF (issue 21).
func (a *app) warnLetters(src export.Source) {
	if src.Len() > 20 {
		return // a household packet: the PDF names them, page by page
	}
	for i := range src.Len() {
		v, err := src.Detail(i)
		if err != nil {
			return
		}
		p := export.PacketFromView(v, procedures.Context{Today: v.Today, Lang: a.lang})
		var me *procedures.MissingError
		if !errors.As(p.LettersErr, &me) {
			continue
		}
		// tramite letter's list: each key with the command or the
		// question that fills it.
		msg := strings.TrimSuffix(missingLetterData(a.lang, v.Person, v.Case, v.Procedure, me).Error(), a.T("Nothing was written."))
		fmt.Fprint(a.stderr, a.T("Note: %s", msg)+a.T("The packet prints this in the letters' place: set the data, then export again.")+"\n")
	}
}
