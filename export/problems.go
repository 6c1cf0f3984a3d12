package export

import (
	"fmt"
	"strings"

	"tramite/i18n"
	"tramite/procedures"
)

// fileProblem is one problem of an import file, or the place of one
// ("line 3, column F (card_expiry)"): a catalog text and its arguments,
// worded in English by Error and in the user's language by in. An
// argument that is itself a fileProblem, or an error of the rules, is
// worded in that language too.
type fileProblem struct {
	format string
	args   []any
}

// problemf is a fileProblem: format is a catalog id.
func problemf(format string, args ...any) fileProblem { return fileProblem{format: format, args: args} }

// verbatim is a problem worded by another library (encoding/json's
// syntax errors): the same in every language.
func verbatim(s string) fileProblem { return fileProblem{format: "%s", args: []any{s}} }

func (p fileProblem) Error() string { return fmt.Sprintf(p.format, p.args...) }

func (p fileProblem) in(l *i18n.Printer) string {
	if !l.Spanish() {
		return p.Error()
	}
	args := make([]any, len(p.args))
	for i, a := range p.args {
		switch a := a.(type) {
		case fileProblem:
			args[i] = a.in(l)
		case trimmedError:
			args[i] = strings.TrimPrefix(procedures.MessageInChain(l, a.err), a.prefix)
		case error:
			args[i] = procedures.MessageInChain(l, a)
		default:
			args[i] = a
		}
	}
	return fmt.Sprintf(l.Text(p.format), args...)
}

// trimmedError is err's message less a prefix the problem line already
// says (the key, "answers.card_expiry: card_expiry: …").
type trimmedError struct {
	err    error
	prefix string
}

func (e trimmedError) Error() string { return strings.TrimPrefix(e.err.Error(), e.prefix) }

// In is the error in l's language: the header and each problem.
func (e *InvalidError) In(l *i18n.Printer) string {
	if len(e.problems) != len(e.Problems) {
		return e.Error()
	}
	lines := make([]string, len(e.problems))
	for i, p := range e.problems {
		lines[i] = p.in(l)
	}
	return l.T("the file is not valid (%s), nothing was imported:", l.T("%d problems", len(lines))) + "\n  - " + strings.Join(lines, "\n  - ")
}

// invalidOf is the error listing problems.
func invalidOf(problems []fileProblem) *InvalidError {
	e := &InvalidError{problems: problems}
	for _, p := range problems {
		e.Problems = append(e.Problems, p.Error())
	}
	return e
}
