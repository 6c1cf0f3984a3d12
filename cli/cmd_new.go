package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"tramite/procedures"
)

// newFlags are the flags of `tramite new`.
type newFlags struct {
	person      string
	answers     []string
	answersFile string
	accessible  bool
	// newPerson adds --person as someone new even when a stored name is
	// close to it.
	newPerson bool
}

func newNewCmd(a *app) *cobra.Command {
	var f newFlags
	cmd := &cobra.Command{
		Use:   "new [PROCEDURE]",
		Short: a.T("Start a case: interview, or answers as flags"),
		// fang renders help within 80 columns in such a terminal: the
		// text wraps at 76, examples stay within 66 (longer ones are cut
		// with "…"), flag descriptions within 60.
		Long: a.T("Start a case for a person.") + "\n\n" + strings.Join(wrap(a.T(`In a terminal, with no answers, it
opens the interview in the dashboard. With --person and answers (or when stdin is not a terminal)
it checks every answer, saves the case and prints its id: nothing is saved unless every answer is
valid, and every problem is listed at once. See the answer keys with `+"`tramite procedures show PROCEDURE`"+`.
Personal keys (%s) are kept with the person; an unknown
person is added.`, strings.Join(procedures.PersonKeys, ", ")), 76), "\n"),
		Example: `  tramite new renewal
  tramite new renewal --person "Ana López" \
    --answer card_expiry=15/03/2027 --answer card_type=temporary ...
  tramite new canje --person "Ana López" --answers answers.json
  echo '{"entry_date":"2026-11-02"}' |
    tramite new canje --person Ana --answers -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return a.usagef("new takes one procedure id, got %q: see `tramite procedures`", args)
			}
			procID := ""
			if len(args) == 1 {
				id, err := a.procedureID(args[0])
				if err != nil {
					return err
				}
				procID = id
			}
			hasAnswers := len(f.answers) > 0 || f.answersFile != ""
			// An explicit --accessible wins over the no-terminal rule (its
			// prompts read a pipe as well); ACCESSIBLE=1 in the environment
			// applies only to a terminal, so scripts keep the flag path.
			accessible := f.accessible || (a.getenv("ACCESSIBLE") != "" && isTerminal(a.stdin))
			switch {
			case f.person != "" && hasAnswers:
				return a.newCaseFromFlags(procID, f)
			case accessible:
				return a.newCaseAccessible(procID, f.person)
			case !isTerminal(a.stdin):
				return a.newCaseFromFlags(procID, f)
			}
			if procID != "" {
				if _, err := procedures.Lookup(procID); err != nil {
					return usageErr(err)
				}
			}
			return a.runTUI(tuiRequest{newCase: true, newProcedure: procID})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.person, "person", "", a.T("the person's NAME (added when new)"))
	fl.StringArrayVar(&f.answers, "answer", nil, a.T("an answer as key=value (repeat for each)"))
	fl.StringVar(&f.answersFile, "answers", "", a.T("read answers from JSON FILE (- for stdin); --answer wins"))
	fl.BoolVar(&f.newPerson, "new-person", false, a.T("add --person as someone new even if a\nstored name is close to it"))
	fl.BoolVar(&f.accessible, "accessible", false, a.T("ask in plain lines, for screen readers (or ACCESSIBLE=1)"))
	return cmd
}

// newCaseFromFlags validates the person and every answer, then saves the
// person and the case and prints the case id alone on stdout.
func (a *app) newCaseFromFlags(procID string, f newFlags) error {
	if procID == "" {
		return a.usagef("name the procedure: tramite new PROCEDURE --person NAME --answer key=value ... (see `tramite procedures`)")
	}
	proc, err := procedures.Lookup(procID)
	if err != nil {
		return usageErr(err)
	}
	name := strings.TrimSpace(f.person)
	if name == "" {
		return a.usagef("--person NAME is needed to save a case without a terminal, e.g. --person \"Ana López\"")
	}
	c, err := a.context()
	if err != nil {
		return err
	}
	raw, err := a.readAnswers(f)
	if err != nil {
		return err
	}
	in := splitAnswers(proc, raw, c.Today)

	// An existing database may already know the person: their personal
	// values answer the procedure's personal questions. Reading first is
	// safe; nothing is written until every answer has passed.
	pr, err := a.prepareNewCase(proc, name, f.newPerson, in)
	if err != nil {
		if len(in.problems) > 0 {
			return answerProblems(a.lang, proc, in.problems, nil)
		}
		return err
	}
	defer pr.close()
	for _, key := range pr.dropped {
		fmt.Fprint(a.stderr, a.T("tramite: note: %s is not asked with these answers; it was not saved\n", key))
	}
	checkAnswers(proc, pr.answers, in.problems)
	if len(in.problems) > 0 || pr.similar != nil {
		return answerProblems(a.lang, proc, in.problems, pr.similar)
	}
	id, err := pr.save(a)
	if err != nil {
		return err
	}
	fmt.Fprintln(a.stdout, id)
	// The verdict counts days with the file's office closures, as the
	// case's index row does (R-DAYS-BIZ); the database is open by now.
	c.Calendar = pr.st.Calendar()
	out := proc.Evaluate(pr.answers, c)
	status := strings.ReplaceAll(out.Verdict.Status.String(), "-", " ") // "not yet", as it reads
	if a.lang.Spanish() {
		status = a.lang.Text("verdict: " + out.Verdict.Status.String())
	}
	fmt.Fprint(a.stderr, a.T("Saved case %d: %s for %s (verdict: %s). See it with `tramite cases` or `tramite`.\n",
		id, proc.NameIn(a.lang), pr.person.Name, status))
	return nil
}

// readAnswers merges --answers FILE (JSON object) with --answer flags; a
// flag wins over the file for the same key.
func (a *app) readAnswers(f newFlags) (map[string]string, error) {
	raw := map[string]string{}
	if f.answersFile != "" {
		var data []byte
		var err error
		if f.answersFile == "-" {
			data, err = readAll(a.stdin)
		} else {
			data, err = os.ReadFile(f.answersFile)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil, a.usagef("--answers %s: no such file: give the path of a JSON object such as {\"entry_date\": \"2026-11-02\"}", f.answersFile)
		}
		if err != nil {
			return nil, a.errorf("--answers %s: %w", f.answersFile, err)
		}
		if raw, err = a.decodeAnswers(data); err != nil {
			return nil, a.usagef("--answers %s: %w", f.answersFile, err)
		}
	}
	kvs, err := parseKeyValues(f.answers, "--answer")
	if err != nil {
		return nil, err
	}
	for _, kv := range kvs {
		raw[kv[0]] = kv[1]
	}
	return raw, nil
}
