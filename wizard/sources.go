package wizard

import (
	"slices"
	"strings"

	"tramite/i18n"
)

// The rule ids a question's help cites (R-RENEW-WHO, O-INM820) are taken
// out of the sentences, which read better without them, and gathered on
// one line at the bottom of the screen: "Sources: R-RENEW-WHO, O-INM820".
// Every id stays on screen, once.

// ruleID is a rules-file id: a letter or two, a dash, upper-case words.
var ruleID = lazyRegexp(`\b[A-Z]{1,2}-[A-Z0-9]+(?:-[A-Z0-9]+)*\b`)

const idAlt = `[A-Z]{1,2}-[A-Z0-9]+(?:-[A-Z0-9]+)*`

var (
	// (R-A) or (R-A, R-B): the whole parenthesis goes.
	idParen = lazyRegexp(`\s*\(\s*` + idAlt + `(?:\s*[,;/]\s*` + idAlt + `)*\s*\)`)
	// "…, R-A)" or "…; R-A)" inside a parenthesis with words: the id goes.
	idTail = lazyRegexp(`\s*[,;]\s*` + idAlt + `(?:\s*[,;/]\s*` + idAlt + `)*\s*\)`)
	// "(R-A: words)" or "(R-A, words)": the id goes.
	idHead = lazyRegexp(`\(\s*` + idAlt + `(?:\s*[,;/]\s*` + idAlt + `)*\s*[,;:]\s*`)
)

// splitSources returns text without its rule ids, and the ids in the
// order they first appear.
func splitSources(text string) (string, []string) {
	var ids []string
	for _, id := range ruleID().FindAllString(text, -1) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return text, nil
	}
	out := idParen().ReplaceAllString(text, "")
	out = idTail().ReplaceAllString(out, ")")
	out = idHead().ReplaceAllString(out, "(")
	out = strings.NewReplacer(" .", ".", " ,", ",", " ;", ";", " :", ":", "  ", " ").Replace(out)
	return strings.TrimSpace(out), ids
}

// sourcesLine is the line that gathers a screen's ids, or "".
func sourcesLine(l *i18n.Printer, ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return l.T("Sources: %s", strings.Join(ids, ", "))
}
