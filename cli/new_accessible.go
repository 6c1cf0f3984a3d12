package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"tramite/casebook"
	"tramite/export"
	"tramite/procedures"
	"tramite/store"
	"tramite/textwrap"
	"tramite/wizard"
)

// newCaseAccessible runs the interview as plain line-by-line prompts (huh's
// accessible mode, for screen readers and piped answers). The case is
// created first and each answer saved as soon as it is confirmed, as in
// the dashboard, so an interrupted interview loses nothing.
func (a *app) newCaseAccessible(procID, person string) error {
	if procID == "" {
		return a.usagef("name the procedure: tramite new PROCEDURE --accessible (see `tramite procedures`)")
	}
	proc, err := procedures.Lookup(procID)
	if err != nil {
		return usageErr(err)
	}
	// ctrl+c ends the prompt at once, and the command with exit 130.
	in := bufio.NewReader(ctxReader{a.ctx, a.stdin})
	name := strings.TrimSpace(person)
	if name == "" {
		if name, err = askLine(in, a.stdout, a.T("Whose case is this? Type the person's name:")); err != nil {
			return err
		}
		if a.interrupted() {
			return a.interruptedExit(a.T("interrupted: nothing was saved"))
		}
		if name == "" {
			return a.usagef("a name is needed: type it, or pass --person NAME")
		}
	}
	st, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := a.choosePersonAccessible(in, st, name)
	if err != nil {
		return err
	}
	// The person's known details answer the procedure's personal questions.
	c, p, err := casebook.New(st).Create(casebook.NewCase{Person: p, Procedure: proc})
	if err != nil {
		return err
	}
	answers := c.Answers
	save := func(key, value string) error { return st.SaveAnswer(c.ID, key, value) }
	remove := func(key string) error { return st.DeleteAnswer(c.ID, key) }
	ctx, err := a.contextFor(st)
	if err != nil {
		return err
	}
	_, err = wizard.RunAccessible(in, a.stdout, proc, answers, save, remove, ctx)
	if a.interrupted() {
		return a.interruptedExit(a.T("interrupted: case %d is saved with the answers given so far: finish it with `tramite` (the dashboard)", c.ID))
	}
	if errors.Is(err, wizard.ErrInputEnded) {
		fmt.Fprint(a.stderr, a.T("Case %d is saved with the answers given so far: finish it with `tramite` (the dashboard).\n", c.ID))
		return a.errorf("case %d: %w", c.ID, err)
	}
	if err != nil {
		return a.errorf("case %d (saved so far): %w", c.ID, err)
	}
	fmt.Fprint(a.stdout, a.T("Saved case %d: %s for %s.\n", c.ID, proc.NameIn(a.lang), p.Name))
	return a.accessibleSummary(st, c.ID, ctx)
}

// accessibleSummary prints, at the end of an accessible interview, what
// the dashboard shows of the case at once: where it stands (the verdict
// and the next step in one sentence), then the checklist as `tramite
// export` writes it (the verdict and its reason, the steps, the dates
// with the days left, the documents to take, the notes), then where to
// find it again. Plain text, every line wrapped at word boundaries.
func (a *app) accessibleSummary(st store.Engine, id uint64, ctx procedures.Context) error {
	v, err := casebook.New(st).Detail(id, ctx)
	if err != nil {
		return a.errorf("case %d is saved, but it cannot be shown: %w", id, err)
	}
	fmt.Fprintln(a.stdout)
	fmt.Fprintln(a.stdout, textwrap.Wrap(a.T("Where it stands: %s", v.Standing().HeadlineIn(a.lang, ctx.Today, v.Procedure.Yields)), wizard.AccessibleWidth))
	fmt.Fprintln(a.stdout)
	if err := export.Text(a.stdout, []casebook.Detail{v}, ctx); err != nil {
		return a.errorf("case %d is saved, but it cannot be shown: %w", id, err)
	}
	fmt.Fprintln(a.stdout)
	fmt.Fprintln(a.stdout, textwrap.Wrap(a.T("Find it again: `tramite case show %d` (the answers), `tramite export %d` (this checklist), or `tramite` (the dashboard).", id, id), wizard.AccessibleWidth))
	return nil
}

// askLine prints prompt and reads one line.
func askLine(in *bufio.Reader, out io.Writer, prompt string) (string, error) {
	fmt.Fprintln(out, prompt)
	line, err := in.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read the answer: %w", err)
	}
	return strings.TrimSpace(line), nil
}

// choosePersonAccessible finds who name means: the person of that very
// name (case and spaces aside), else, when names match it but for
// accents or it is the start of their names ("elodie" for "Élodie
// Marchand Pérez"), the one the user picks by number, or a new person
// only when they say so. A typed name never silently makes a duplicate.
func (a *app) choosePersonAccessible(in *bufio.Reader, st store.Engine, name string) (store.Person, error) {
	p, err := st.PersonByName(name)
	if err == nil {
		return p, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return p, err
	}
	people, err := st.People()
	if err != nil {
		return store.Person{}, err
	}
	cands := casebook.Candidates(people, name)
	if len(cands) == 0 {
		return store.Person{Name: name}, nil
	}
	const most = 9
	if len(cands) > most {
		cands = cands[:most]
	}
	fmt.Fprintln(a.stdout, a.accessibleWhichPerson(name))
	for i, c := range cands {
		fmt.Fprintf(a.stdout, "  %d. %s\n", i+1, c.Name)
	}
	fmt.Fprintln(a.stdout, a.accessibleNewPerson(name))
	for {
		line, err := askLine(in, a.stdout, a.accessibleChoosePrompt(len(cands)))
		if err != nil {
			return store.Person{}, err
		}
		switch n, cerr := strconv.Atoi(line); {
		case cerr == nil && n >= 1 && n <= len(cands):
			return cands[n-1], nil
		case strings.EqualFold(line, "n"):
			return store.Person{Name: name}, nil
		case line == "":
			if _, err := in.Peek(1); err != nil {
				return store.Person{}, a.usagef("no answer to %q: pass --person with the name exactly as stored (see `tramite person list`)", a.accessibleWhichPerson(name))
			}
		}
	}
}

// The accessible person prompt's texts, in the user's language.
func (a *app) accessibleWhichPerson(name string) string {
	return a.T("Nobody is called exactly %q. Did you mean one of these people?", name)
}

func (a *app) accessibleNewPerson(name string) string {
	return a.T("  n. none of them: add a new person called %q", name)
}

func (a *app) accessibleChoosePrompt(n int) string {
	if n == 1 {
		return a.T("Type 1 to use that person, or n to add a new one:")
	}
	return a.T("Type a number from 1 to %d, or n to add a new person:", n)
}
