package procedures

import (
	"fmt"
	"strings"
)

// The letters a case needs, written in Spanish by tramite (R-LETTER-INM):
// the escrito libre of each procedure (D-LETTER), the notification letter
// under oath (D-NOTIFY-LETTER), the sworn statement of both spouses
// (D-OATH-2Y) and the exit permit's force-majeure letter (R-EXIT-ASK).
// Every letter carries what R-LETTER-WHAT asks of a written request, and
// states only facts the user gave: when one is missing there is no letter,
// only a *MissingError naming the keys to set.

// LetterPerson is who signs: the person's data as the store keeps it
// (store.Person and its Details, under the keys of PersonKeys). procedures
// does not import the store, so the caller copies the fields in.
type LetterPerson struct {
	Name           string // exactly as in the passport (R-LETTER-INM)
	Nationality    string
	PassportNumber string
	BirthDate      Date
	Address        string // domicile for notifications (R-LETTER-WHAT)
	Phone          string
	Email          string
	// Office is the city of the INM office addressed; it is also the place
	// the letter is dated at.
	Office string
}

// Signer is one signature line at the foot of a letter.
type Signer struct {
	// Name is printed under the line; empty for a line the user fills in by
	// hand (a minor's parent, whose name tramite does not know).
	Name string
	// Caption, when set, says who signs ("Firma de la madre, el padre o el
	// tutor").
	Caption string
}

// Letter is one letter, ready to print and sign. Text renders it whole;
// the fields let a PDF lay it out.
type Letter struct {
	// Kind is a stable id within the case: "request", "force-majeure",
	// "notification", "spouses-oath".
	Kind string
	// Doc is the DOMAIN.md document id the letter fulfils (D-LETTER,
	// D-NOTIFY-LETTER, D-OATH-2Y, R-EXIT-DOCS).
	Doc string
	// Title says in English what the letter is, for headings.
	Title string
	// Place is the dateline: "Querétaro, a 23 de noviembre de 2026".
	Place string
	// To is the authority addressed, one line each.
	To []string
	// Subject is the "Asunto:" line.
	Subject    string
	Paragraphs []string
	// Closing precedes the signatures ("Atentamente").
	Closing string
	Signers []Signer
	// Oath reports whether the letter is made bajo protesta de decir verdad.
	Oath bool
	// Rules are the DOMAIN.md ids the letter rests on.
	Rules []string
}

// MissingError says a letter needs data the user has not given. Keys are in
// the order to ask for them: the person's keys (IsPersonKey) first.
type MissingError struct {
	Procedure string
	Keys      []string
}

// Error lists the missing keys.
func (e *MissingError) Error() string {
	return fmt.Sprintf("the %s letters need data not given yet: %s", e.Procedure, strings.Join(e.Keys, ", "))
}

// LetterContactKeys are the person keys a letter form should offer even
// though no letter requires them: the telephone and e-mail the request
// gives for any communication (R-LETTER-WHAT, R-FORM-FIELDS). Leaving them
// empty drops the sentence.
var LetterContactKeys = []string{"phone", "email"}

// IsPersonKey reports whether key is one of PersonKeys (set on the person,
// shared by all their cases) or "name"; other keys are the case's answers.
func IsPersonKey(key string) bool { return key == "name" || isPersonKey(key) }

// Letters returns the letters the case needs, in the order they are filed,
// dated c.Today at the person's office. Each request lists the documents
// enclosed (R-LETTER-WHAT, R-CASE-COPIES), states its grounds, and writes
// the nationality in Spanish (SpanishNationality): one it cannot is noted
// missing, to be typed again. A procedure that needs no letter
// returns nil. When data is missing it returns a *MissingError and no
// letter. Person keys also found in a are used where person lacks them.
func Letters(p *Procedure, a Answers, person LetterPerson, c Context) ([]Letter, error) {
	return LettersFor(p, a, person, Progress{}, c)
}

// LettersFor is Letters for a case whose progress is pr: the número de
// pieza the online form gave (pr.Pieza, R-FORM-PIEZA) and the file number
// (pr.NUT) are written in the request when known.
func LettersFor(p *Procedure, a Answers, person LetterPerson, pr Progress, c Context) ([]Letter, error) {
	w := newLetterWriter(p, p.Canonical(a), person, c)
	w.pr = pr
	var ls []Letter
	switch p.ID {
	case "canje":
		ls = w.canje()
	case "renewal":
		ls = w.renewal()
	case "status-change":
		ls = w.statusChange()
	case "exit-permit":
		ls = w.exitPermit()
	case "notification":
		ls = w.notification()
	default:
		return nil, nil
	}
	if err := w.err(); err != nil {
		return nil, err
	}
	return ls, nil
}

// Text renders the letter as plain text, paragraphs wrapped at width runes
// (no wrapping when width < 20).
func (l Letter) Text(width int) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	para := func(s string) {
		for _, ln := range WrapRunes(s, width) {
			line(ln)
		}
		line("")
	}
	line(l.Place)
	line("")
	for _, t := range l.To {
		line(t)
	}
	line("")
	para(l.Subject)
	for _, p := range l.Paragraphs {
		para(p)
	}
	line(l.Closing)
	for _, s := range l.Signers {
		line("")
		line("")
		line("_______________________________________")
		if s.Name != "" {
			line(s.Name)
		}
		if s.Caption != "" {
			line(s.Caption)
		}
	}
	return b.String()
}

// WrapRunes breaks s into lines of at most width runes at spaces; a word
// longer than width is cut. Explicit newlines are kept. width < 20 means no
// wrapping.
func WrapRunes(s string, width int) []string {
	if width < 20 {
		return strings.Split(s, "\n")
	}
	var out []string
	for _, src := range strings.Split(s, "\n") {
		var cur []rune
		for _, word := range strings.Fields(src) {
			wr := []rune(word)
			for len(wr) > width {
				if len(cur) > 0 {
					out = append(out, string(cur))
					cur = nil
				}
				out = append(out, string(wr[:width]))
				wr = wr[width:]
			}
			switch {
			case len(cur) == 0:
				cur = wr
			case len(cur)+1+len(wr) <= width:
				cur = append(append(cur, ' '), wr...)
			default:
				out = append(out, string(cur))
				cur = wr
			}
		}
		out = append(out, string(cur))
	}
	return out
}
