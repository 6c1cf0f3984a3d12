package cli

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// `tramite case ...`: every edit the case view makes, for scripts. Each
// subcommand works through a casebook.Book method, so it checks what the
// case view checks; a refusal changes nothing and exits 1, a usage
// mistake exits 2.

func newCaseCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "case",
		Short: a.T("Show, edit, move forward, tick, note, move or delete one case"),
		Long: a.T(`Work on one case by its id (see ` + "`tramite cases`" + `). Every subcommand checks what
the dashboard checks and changes nothing when it refuses: exit 0 done, 1
refused (the message says what to type), 2 a usage mistake.`),
		Args: a.noArgs,
	}
	cmd.AddCommand(newCaseShowCmd(a), newCaseSetCmd(a), newCaseStageCmd(a), newCaseTickCmd(a),
		newCaseNoteCmd(a), newCaseMoveCmd(a), newCaseDeleteCmd(a),
		newCaseNoticeCmd(a), newCasePayCmd(a)) // cmd_notice.go
	return cmd
}

// caseShowJSON is a case as `tramite case show --json` prints it: the
// stored case with its person's name.
type caseShowJSON struct {
	record.Case
	Person string `json:"person"`
}

func newCaseShowCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: a.T("Show a case: answers, stage, ticks, notes"),
		Args:  a.exactArg("a CASE number (see `tramite cases`)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			st, err := a.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			b := casebook.New(st)
			c, err := b.Case(id)
			if err != nil {
				return a.caseNotFound(id, err)
			}
			p, _ := b.Person(c.PersonID)
			if asJSON {
				return writeJSON(a.stdout, caseShowJSON{Case: c, Person: p.Name})
			}
			ew := &errWriter{w: a.stdout}
			printCaseShow(ew, a, c, p.Name)
			printHistory(ew, a, c) // cmd_notice.go
			return ew.err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	return cmd
}

// printCaseShow writes case show's header and lines in a's language. What
// a script passes back stays as stored, in both languages: the procedure
// (tramite new), the stage (case stage), the answer keys and values (case
// set) and the ticked documents (case tick); the words around them are
// translated.
func printCaseShow(ew *errWriter, a *app, c record.Case, person string) {
	ew.printf("%s\n", a.T("Case %d: %s for %s", c.ID, c.Procedure, person))
	ew.printf("  %s %s\n", showLabel(a.T("stage")), c.Progress.Stage)
	for _, k := range slices.Sorted(maps.Keys(c.Answers)) {
		ew.printf("  %s %s\n", showLabel(k), c.Answers[k])
	}
	if len(c.Ticks) > 0 {
		ew.printf("  %s %s\n", showLabel(a.T("ticked")), strings.Join(slices.Sorted(maps.Keys(c.Ticks)), ", "))
	}
	if c.Notes != "" {
		ew.printf("  %s %s\n", showLabel(a.T("notes")), strings.ReplaceAll(c.Notes, "\n", "\n"+strings.Repeat(" ", 2+showLabelWidth+1)))
	}
}

// showLabelWidth is the column case show's labels fill.
const showLabelWidth = 16

// showLabel is a label of case show padded to showLabelWidth columns.
func showLabel(l string) string {
	if n := utf8.RuneCountInString(l); n < showLabelWidth {
		return l + strings.Repeat(" ", showLabelWidth-n)
	}
	return l
}

func newCaseSetCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "set ID key=value...",
		Short: a.T("Set answers, checked as the interview checks them"),
		Long: a.T(`Set answers of a case (keys: ` + "`tramite procedures show PROCEDURE`" + `). Each value
is checked as the interview checks it, given the others; key= (empty) skips
an optional question. Nothing is saved unless every value is valid.`),
		Example: `  tramite case set 12 card_expiry=15/03/2027 years_requested=2`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 {
				return a.usagef("tramite case set needs a CASE number and at least one key=value, e.g. tramite case set 12 card_expiry=15/03/2027")
			}
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			kvs, err := parseKeyValues(args[1:], "")
			if err != nil {
				return err
			}
			raw := map[string]string{}
			for _, kv := range kvs {
				raw[kv[0]] = kv[1]
			}
			return a.withCaseBook(func(b *casebook.Book, ctx procedures.Context) error {
				_, dropped, err := b.SetAnswers(id, raw, ctx)
				if err != nil {
					return a.refused(id, err)
				}
				for _, k := range dropped {
					fmt.Fprint(a.stderr, a.T("tramite: note: %s is no longer asked with these answers; it was removed\n", k))
				}
				fmt.Fprint(a.stderr, a.T("Saved %d answers on case %d.\n", len(raw), id))
				return nil
			})
		},
	}
}

// stageFlags are the values a stage records, as flags of `case stage`.
var stageFlags = []struct{ flag, key, help string }{
	{"date", "", "the stage's date: appointment, filed or received"},
	{"time", procedures.StageKeyAppointmentTime, "booked: the appointment's time, HH:MM"},
	{"office", procedures.StageKeyOffice, "booked: the INM office"},
	{"pieza", procedures.StageKeyPieza, "booked: the número de pieza"},
	{"nut", procedures.StageKeyNUT, "filed: the NUT (file number)"},
	{"correction-notice", procedures.StageKeyCorrectionNotice, "filed: date of a notice to correct"},
	{"card-expiry", procedures.StageKeyNewCardExpiry, "received: the new card's expiry"},
	{"fee-paid", procedures.StageKeyFeePaid, "filed: date of the first payment (change of status)"},
	{"card-fee-paid", procedures.StageKeyCardFeePaid, "approved: date the card fee was paid"},
}

// stageDateKey is what --date records at each stage.
var stageDateKey = map[procedures.Stage]string{
	procedures.StageBooked:   procedures.StageKeyAppointmentDate,
	procedures.StageFiled:    procedures.StageKeyFiledDate,
	procedures.StageReceived: procedures.StageKeyReceivedDate,
	procedures.StageApproved: procedures.StageKeyApprovedDate,
}

func newCaseStageCmd(a *app) *cobra.Command {
	values := make([]string, len(stageFlags))
	var anyway bool
	cmd := &cobra.Command{
		Use:   "stage ID STAGE",
		Short: a.T("Move a case to a stage (draft … received)"),
		Long: a.T(`Move a case to STAGE with what that stage records, checked as the case view's
stage forms check it: booked needs --date (the appointment; --time, --office,
--pieza optional), filed needs --date (filed; --nut, --correction-notice
optional), received needs --date (received; --card-expiry). Dates as the
interview takes them (2026-11-23, 23/11/2026).`),
		Example: `  tramite case stage 12 ready
  tramite case stage 12 booked --date 2026-12-03 --time 09:30
  tramite case stage 12 filed --date 2026-12-03 --nut CUE-2026-123`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return a.usagef("tramite case stage needs a CASE number and a stage (%s), e.g. tramite case stage 12 filed --date 2026-12-03", stagesText())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			target, err := procedures.ParseStage(strings.ToLower(strings.TrimSpace(args[1])))
			if err != nil {
				return a.usagef("%q is not a stage: use one of %s", args[1], stagesText())
			}
			vals := map[string]string{}
			for i, f := range stageFlags {
				if !cmd.Flags().Changed(f.flag) {
					continue
				}
				k := f.key
				if k == "" {
					if k = stageDateKey[target]; k == "" {
						return usagef("--date: stage %s records no date", target)
					}
				}
				vals[k] = values[i]
			}
			return a.withCaseBook(func(b *casebook.Book, ctx procedures.Context) error {
				c, err := b.MoveStage(id, casebook.StageMove{Target: target, Values: vals, Anyway: anyway}, ctx)
				if errors.Is(err, casebook.ErrNotApplying) {
					return a.errorf("case %d: %w: see why with `tramite case show %d`, or add --anyway to move it all the same; nothing was changed", id, err, id)
				}
				if err != nil {
					return a.refused(id, err)
				}
				fmt.Fprint(a.stderr, a.T("Case %d is now at stage %s.\n", id, c.Progress.Stage))
				return nil
			})
		},
	}
	for i, f := range stageFlags {
		cmd.Flags().StringVar(&values[i], f.flag, "", f.help)
	}
	cmd.Flags().BoolVar(&anyway, "anyway", false, "move a case the rules say does not apply")
	return cmd
}

func stagesText() string {
	var s []string
	for _, st := range procedures.Stages {
		s = append(s, string(st))
	}
	return strings.Join(s, ", ")
}

func newCaseTickCmd(a *app) *cobra.Command {
	var off bool
	cmd := &cobra.Command{
		Use:     "tick ID DOC-ID",
		Short:   a.T("Tick a checklist document (--off to untick)"),
		Example: "  tramite case tick 12 D-PASS\n  tramite case tick 12 D-PASS --off",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return a.usagef("tramite case tick needs a CASE number and a document id, e.g. tramite case tick 12 D-PASS (the ids: tramite export CASE)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			return a.withCaseBook(func(b *casebook.Book, ctx procedures.Context) error {
				doc, err := b.Tick(id, strings.TrimSpace(args[1]), !off, ctx)
				if err != nil {
					return a.refused(id, err)
				}
				done := a.T("Ticked %s (%s) on case %d.\n", doc.ID, doc.Name, id)
				if off {
					done = a.T("Unticked %s (%s) on case %d.\n", doc.ID, doc.Name, id)
				}
				fmt.Fprint(a.stderr, done)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&off, "off", false, "untick the document")
	return cmd
}

func newCaseNoteCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "note ID TEXT",
		Short:   a.T("Add a line to a case's notes"),
		Example: `  tramite case note 12 "Called INM: the NUT is on the receipt"`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 {
				return a.usagef("tramite case note needs a CASE number and the text, e.g. tramite case note 12 \"called the office\"")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			return a.withCaseBook(func(b *casebook.Book, _ procedures.Context) error {
				if _, err := b.AddNote(id, strings.Join(args[1:], " ")); err != nil {
					return a.refused(id, err)
				}
				fmt.Fprint(a.stderr, a.T("Added the note to case %d.\n", id))
				return nil
			})
		},
	}
}

func newCaseMoveCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "move ID PERSON",
		Short:   a.T("Give a case to another person"),
		Example: `  tramite case move 12 "Élodie Marchand Pérez"`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return a.usagef("tramite case move needs a CASE number and a person's name, e.g. tramite case move 12 \"Ana López\"")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			return a.withCaseBook(func(b *casebook.Book, _ procedures.Context) error {
				p, err := a.findStoredPerson(b, args[1])
				if err != nil {
					return err
				}
				if _, _, err := b.MoveCase(id, p.ID); err != nil {
					return a.refused(id, err)
				}
				fmt.Fprint(a.stderr, a.T("Case %d is now %s's.\n", id, p.Name))
				return nil
			})
		},
	}
}

func newCaseDeleteCmd(a *app) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:     "delete ID",
		Short:   a.T("Delete a case (--yes to confirm)"),
		Example: "  tramite case delete 12 --yes",
		Args:    a.exactArg("a CASE number (see `tramite cases`)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := a.parseCaseID(args[0])
			if err != nil {
				return err
			}
			return a.withCaseBook(func(b *casebook.Book, _ procedures.Context) error {
				c, err := b.Case(id)
				if err != nil {
					return a.caseNotFound(id, err)
				}
				p, _ := b.Person(c.PersonID)
				if !yes {
					return a.usagef("deleting case %d (%s for %s) cannot be undone: add --yes to delete it", id, c.Procedure, p.Name)
				}
				if err := b.DeleteCase(id); err != nil {
					return err
				}
				fmt.Fprint(a.stderr, a.T("Deleted case %d (%s for %s).\n", id, c.Procedure, p.Name))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&yes, "yes", false, "confirm the deletion")
	return cmd
}

// parseCaseID reads a case id argument; a bad one is a usage mistake.
func (a *app) parseCaseID(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil || id == 0 {
		return 0, a.usagef("%q is not a case number: type the number `tramite cases` shows, such as 3", s)
	}
	return id, nil
}

// caseNotFound says a case id names no case, and where to look.
func (a *app) caseNotFound(id uint64, err error) error {
	if errors.Is(err, record.ErrNotFound) {
		return a.errorf("there is no case %d: `tramite cases` lists the case numbers", id)
	}
	return err
}

// refused wraps a refusal of an edit of case id: it says nothing changed.
func (a *app) refused(id uint64, err error) error {
	if errors.Is(err, record.ErrNotFound) {
		return a.caseNotFound(id, err)
	}
	return fmt.Errorf("%w"+refusedSuffix, err)
}

// refusedSuffix ends a refusal that changed nothing (errorText words it
// in Spanish).
const refusedSuffix = "\nnothing was changed"

// withCaseBook opens the database for writing and runs fn with the book
// and the rule context (today, the office closures).
func (a *app) withCaseBook(fn func(b *casebook.Book, ctx procedures.Context) error) error {
	st, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx, err := a.contextFor(st)
	if err != nil {
		return err
	}
	return fn(casebook.New(st), ctx)
}
