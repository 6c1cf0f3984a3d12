package wizard

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"tramite/procedures"
	"tramite/textwrap"
)

// AccessibleWidth is the width the accessible mode wraps its lines to,
// at word boundaries: a terminal would cut words in the middle.
const AccessibleWidth = 80

// ErrInputEnded is returned by RunAccessible when the input ends before
// every asked question has an answer. The answers given so far are saved.
var ErrInputEnded = errors.New("the input ended before the interview was complete")

// RunAccessible runs the same interview as plain line-by-line prompts, with
// huh's accessible mode: for screen readers, and for piping answers on
// stdin (one answer per line; a choice by its number, id or label). Each
// answer is passed to save as soon as it is confirmed; remove (may be nil)
// gets the keys whose questions a changed answer no longer asks. At the end
// it lists the answers and asks which to change; an empty line or the end
// of the input confirms. It returns the answers as they stand. ctx gives
// today for the checks of a new answer and its warnings, as in the
// interview (Options.Context).
func RunAccessible(in io.Reader, out io.Writer, proc *procedures.Procedure, answers procedures.Answers,
	save func(key, value string) error, remove func(key string) error, ctx procedures.Context) (procedures.Answers, error) {
	a := accessible{
		proc: proc, answers: answers.Clone(), save: save, remove: remove, ctx: ctx,
		in: &lineReader{r: bufio.NewReader(in)},
		// Screen readers read escape codes aloud: strip every style.
		out: &colorprofile.Writer{Forward: out, Profile: colorprofile.NoTTY},
	}
	return a.run()
}

type accessible struct {
	ctx     procedures.Context
	proc    *procedures.Procedure
	answers procedures.Answers
	save    func(key, value string) error
	remove  func(key string) error
	in      *lineReader
	out     io.Writer
}

func (a *accessible) run() (procedures.Answers, error) {
	for {
		for {
			q, ok := a.proc.Next(a.answers)
			if !ok {
				break
			}
			if err := a.ask(q); err != nil {
				return a.answers, err
			}
		}
		key, err := a.review()
		if err != nil || key == "" {
			return a.answers, err
		}
		q, _ := a.proc.Question(key)
		if err := a.ask(q); err != nil {
			return a.answers, err
		}
	}
}

// ask asks q once (re-prompting until the answer is valid) and saves it.
func (a *accessible) ask(q procedures.Question) error {
	l := a.ctx.Lang
	q = q.Localized(l)
	list := asked(a.proc, a.answers, l)
	n := len(list)
	for i, aq := range list {
		if aq.Key == q.Key {
			n = i + 1
		}
	}
	// The question first, then its choices, then its help (its rule ids
	// gathered on a Sources line), then what to type: read aloud in that
	// order, the choices come right after what they answer. Every line is
	// wrapped at word boundaries to AccessibleWidth.
	say := func(s string) { fmt.Fprintln(a.out, textwrap.Wrap(s, AccessibleWidth)) }
	prompt, ids := splitSources(q.Prompt)
	help, more := splitSources(q.Help)
	for _, id := range more {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	say(fmt.Sprintf("%s · %s", a.proc.NameIn(l), progressLine(l, n, routeSpan(a.proc, a.answers))))
	say(prompt)
	opts := q.Options()
	for i, c := range opts {
		say(fmt.Sprintf("  %d. %s", i+1, c.Label))
	}
	if help != "" {
		say(help)
	}
	if src := sourcesLine(l, ids); src != "" {
		say(src)
	}
	prev, had := a.answers[q.Key]
	switch {
	case had && prev != "":
		say(l.T("Press enter to keep %q.", answerLabel(l, q, prev)))
	case q.Kind == procedures.KindDate:
		say(l.T("Type a date as 2026-03-15, 15/03/2026 or 15 mar 2026."))
	case len(opts) > 0:
		say(l.T("Type the number of your answer."))
	}
	if q.Optional && !(had && prev != "") {
		say(l.T("Optional: press enter to skip."))
	}
	others := a.answers.Clone()
	normalize := func(raw string) (string, error) {
		raw = strings.TrimSpace(raw)
		if raw == "" && had {
			raw = prev
		}
		if n, err := strconv.Atoi(raw); err == nil && len(opts) > 0 && n >= 1 && n <= len(opts) {
			raw = opts[n-1].ID
		}
		for _, c := range opts {
			if strings.EqualFold(raw, c.Label) {
				raw = c.ID
			}
		}
		var v string
		var err error
		if had && raw == prev || a.ctx.Today.IsZero() {
			v, err = a.proc.Answer(q.Key, raw, others)
		} else {
			v, err = a.proc.AnswerOn(q.Key, raw, others, a.ctx.Today)
		}
		if err != nil {
			return "", errors.New(withoutKeys(l, a.proc, userMessage(l, q.Key, err)))
		}
		return v, nil
	}
	var raw string
	in := huh.NewInput().Title(l.T("Answer:")).Value(&raw).Validate(func(s string) error {
		_, err := normalize(s)
		return err
	})
	a.in.eof = false
	if err := huh.NewForm(huh.NewGroup(in)).WithAccessible(true).
		WithInput(a.in).WithOutput(a.out).Run(); err != nil {
		return fmt.Errorf("asking %s: %w", q.Key, err)
	}
	if a.in.eof {
		left := len(asked(a.proc, a.answers, a.ctx.Lang)) - len(answeredOf(a.proc, a.answers))
		return fmt.Errorf("%w (%d questions left; the answers given so far are saved)", ErrInputEnded, left)
	}
	v, err := normalize(raw)
	if err != nil {
		return err
	}
	a.answers[q.Key] = v
	if err := a.save(q.Key, v); err != nil {
		return fmt.Errorf("saving the answer to %q: %w", prompt, err)
	}
	// A warning is said at once, after the answer it is about.
	if w := a.proc.AnswerWarning(q.Key, v, a.answers, a.ctx); w != "" {
		fmt.Fprintln(a.out, l.T("Warning: %s", withoutKeys(l, a.proc, w)))
	}
	for _, k := range stale(a.proc, a.answers) {
		delete(a.answers, k)
		if a.remove != nil {
			if err := a.remove(k); err != nil {
				return fmt.Errorf("removing the answer %s: %w", k, err)
			}
		}
	}
	return nil
}

// review lists the answers and returns the key to change, or "" to finish.
func (a *accessible) review() (string, error) {
	l := a.ctx.Lang
	asked := asked(a.proc, a.answers, l)
	fmt.Fprintln(a.out, textwrap.Wrap(l.T("Review your answers: %s", a.proc.NameIn(l)), AccessibleWidth))
	for i, q := range asked {
		prompt, _ := splitSources(q.Prompt)
		fmt.Fprintln(a.out, textwrap.Wrap(fmt.Sprintf("%d. %s: %s", i+1, prompt, answerLabel(l, q, a.answers[q.Key])), AccessibleWidth))
	}
	var raw string
	in := huh.NewInput().
		Title(l.T("Type the number of an answer to change it, or press enter to confirm:")).
		Value(&raw).
		Validate(func(s string) error {
			s = strings.TrimSpace(s)
			if s == "" {
				if err := a.proc.Validate(a.answers); err != nil {
					return errors.New(withoutKeys(l, a.proc, procedures.MessageIn(l, err)))
				}
				return nil
			}
			if n, err := strconv.Atoi(s); err != nil || n < 1 || n > len(asked) {
				return errors.New(l.T("%q is not an answer's number: type 1 to %d, or nothing to confirm", s, len(asked)))
			}
			return nil
		})
	a.in.eof = false
	if err := huh.NewForm(huh.NewGroup(in)).WithAccessible(true).
		WithInput(a.in).WithOutput(a.out).Run(); err != nil {
		return "", fmt.Errorf("review: %w", err)
	}
	raw = strings.TrimSpace(raw)
	if raw == "" || a.in.eof {
		if err := a.proc.Validate(a.answers); err != nil {
			return "", fmt.Errorf("the answers are not complete: %w", err)
		}
		return "", nil
	}
	n, _ := strconv.Atoi(raw)
	return asked[n-1].Key, nil
}

func answeredOf(p *procedures.Procedure, a procedures.Answers) []string {
	var out []string
	for _, q := range asked(p, a, nil) {
		if _, ok := a[q.Key]; ok {
			out = append(out, q.Key)
		}
	}
	return out
}

// lineReader hands out at most one line per Read. huh's accessible prompts
// wrap the input in a new bufio.Scanner for every question, and a scanner
// reads ahead: over a pipe the first question would swallow every answer.
// eof records that a prompt found no more input, which huh cannot report.
type lineReader struct {
	r       *bufio.Reader
	pending []byte
	eof     bool
}

// Read implements io.Reader.
func (l *lineReader) Read(p []byte) (int, error) {
	if len(l.pending) == 0 {
		line, err := l.r.ReadBytes('\n')
		if len(line) == 0 {
			if err == io.EOF {
				l.eof = true
			}
			if err == nil {
				err = io.EOF
			}
			return 0, err
		}
		l.pending = line
	}
	n := copy(p, l.pending)
	l.pending = l.pending[n:]
	return n, nil
}
