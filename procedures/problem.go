package procedures

import (
	"errors"
	"fmt"
	"strings"

	"tramite/i18n"
)

// problem is what the rules say about an answer that cannot be taken ("is
// not a date", "is after today"): its Error is the English, and
// MessageIn words it in the user's language, since the checks that find
// it take no Context.
type problem struct {
	format string
	args   []any
}

// problemf is fmt.Errorf for a problem: format is a catalog id (%w wraps
// an error, which MessageIn words too).
func problemf(format string, args ...any) error { return &problem{format: format, args: args} }

// Problemf is problemf for the layers above the rules (the case layer):
// a refusal whose Error is the English and which MessageIn words in the
// user's language, format being a catalog id.
func Problemf(format string, args ...any) error { return problemf(format, args...) }

func (p *problem) Error() string { return fmt.Errorf(p.format, p.args...).Error() }

// Unwrap is the error the problem wraps (%w), if any.
func (p *problem) Unwrap() error {
	for _, a := range p.args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// MessageIn is err's message in l's language: a problem of the rules
// (and the problems it wraps) from the catalog, any other error as it is.
func MessageIn(l *i18n.Printer, err error) string {
	p, ok := err.(*problem)
	if !l.Spanish() || !ok {
		return err.Error()
	}
	args := make([]any, len(p.args))
	for i, a := range p.args {
		switch a := a.(type) {
		case error:
			args[i] = errors.New(MessageIn(l, a))
		case string:
			args[i] = l.Text(a)
		default:
			args[i] = a
		}
	}
	return fmt.Errorf(l.Text(p.format), args...).Error()
}

// MessageInChain is err's message with the first problem of the rules in
// its chain worded in l's language (MessageIn); the words wrapped around
// it stay as the caller wrote them, in l's language already.
func MessageInChain(l *i18n.Printer, err error) string {
	msg := err.Error()
	var p *problem
	if !l.Spanish() || !errors.As(err, &p) {
		return msg
	}
	en := p.Error()
	i := strings.LastIndex(msg, en)
	if i < 0 {
		return msg
	}
	return msg[:i] + MessageIn(l, p) + msg[i+len(en):]
}

// keysInWords is err with each argument that is an answer key written
// in words ("visa issue date" for visa_issue_date), which MessageIn then
// words in the user's language: a message a person reads never names a
// key (issue 21). Any other error is returned as it is.
func keysInWords(err error) error {
	p, ok := err.(*problem)
	if !ok {
		return err
	}
	args := make([]any, len(p.args))
	for i, a := range p.args {
		if s, ok := a.(string); ok && answerKey(s) {
			a = strings.ReplaceAll(s, "_", " ")
		}
		args[i] = a
	}
	return &problem{format: p.format, args: args}
}

// answerKey reports whether s is the key of a question of any procedure
// or a personal key.
func answerKey(s string) bool {
	if isPersonKey(s) {
		return true
	}
	for _, p := range catalog {
		if _, ok := p.Question(s); ok {
			return true
		}
	}
	return false
}
