package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
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
	in := bufio.NewReader(a.stdin)
	name := strings.TrimSpace(person)
	if name == "" {
		if name, err = askLine(in, a.stdout, "Whose case is this? Type the person's name:"); err != nil {
			return err
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
	p, err := st.PersonByName(name)
	switch {
	case errors.Is(err, store.ErrNotFound):
		p = store.Person{Name: name}
	case err != nil:
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
	if errors.Is(err, wizard.ErrInputEnded) {
		fmt.Fprint(a.stderr, a.T("Case %d is saved with the answers given so far: finish it with `tramite` (the dashboard).\n", c.ID))
		return a.errorf("case %d: %w", c.ID, err)
	}
	if err != nil {
		return a.errorf("case %d (saved so far): %w", c.ID, err)
	}
	fmt.Fprint(a.stdout, a.T("Saved case %d: %s for %s.\n", c.ID, proc.NameIn(a.lang), p.Name))
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
