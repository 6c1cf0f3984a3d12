package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"tramite/i18n"
)

// newRootCmd builds the whole command tree for a.
func newRootCmd(a *app) *cobra.Command { return newTree(a, nil, false) }

// newRootFor builds the command tree for running args: every command, or
// only the one args run when it needs no other (soleCommand); with the
// long help rewrapped to the terminal when args ask for help.
func newRootFor(a *app, args []string) *cobra.Command {
	return newTree(a, soleCommand(args), helpAsked(args))
}

// newTree builds every command, or only the one only builds; reflow
// rewraps the long help (reflowLongHelp).
func newTree(a *app, only func(*app) *cobra.Command, reflow bool) *cobra.Command {
	a.chooseLang()
	root := &cobra.Command{
		Use:   "tramite",
		Short: a.T("Plan INM immigration paperwork in Mexico: interviews, checklists, deadlines"),
		Long: a.T(`tramite guides foreign residents of Mexico through INM procedures (canje,
renewal, change of status, exit permit, notification of changes): it asks the
questions, says whether and when you can file, lists the documents and keeps
every deadline.

Run it with no arguments to open the dashboard. The subcommands do the same
work without a terminal, for scripts.`),
		Example: a.T(`# Open the dashboard:
tramite

# What is due in the next 30 days:
tramite deadlines --within 30

# The questions of a procedure, with their answer keys:
tramite procedures show renewal

# Start a case from a script:
tramite new renewal --person "Ana López" \
  --answer card_type=temporary --answer card_expiry=15/03/2027 \
  --answer in_mexico=yes --answer holder_minor=no \
  --answer years_requested=1 --answer grounds=job \
  --answer grounds_hold=yes`),
		Args: cobra.NoArgs,
		// Every command reads --today; a bad value stops it before any work.
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			a.ctx = cmd.Context()
			if a.langErr != nil {
				return usageErr(a.langErr)
			}
			a.useLeadTimes()
			_, err := a.context()
			return err
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runTUI(tuiRequest{})
		},
		// A command that wrote to the database rewrites the kept
		// calendar file (tramite calendar).
		PersistentPostRun: func(cmd *cobra.Command, _ []string) {
			if a.wrote {
				a.afterWrite()
			}
		},
	}
	root.SetIn(a.stdin)
	root.SetOut(helpOut(a.stdout, a.lang))
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		if e := a.unknownFlag(cmd, err); e != nil {
			return e
		}
		return flagError(err)
	})

	pf := root.PersistentFlags()
	// Flag descriptions stay short, or break with \n: fang prints them
	// after the widest command or flag name (34 columns in the root's
	// help) and never wraps them, so a longer one breaks mid-word at the
	// edge of an 80-column terminal.
	pf.StringVar(&a.dbFlag, "db", "", a.T("database FILE (env TRAMITE_DB); default:\n%s", defaultDBPath(a.getenv)))
	// --lang was read before the commands were built (their help is in
	// the language); the flag is declared so that it parses and is listed.
	var lang string
	pf.StringVar(&lang, "lang", "", a.T("language: es (español) or en (English)\n(env TRAMITE_LANG; default: the locale)"))
	pf.StringVar(&a.todayFlag, "today", "", a.T("evaluate the rules as if today were DATE\n(YYYY-MM-DD; env TRAMITE_TODAY)"))

	if only != nil {
		// One command, run without its siblings (issue 15): nothing it
		// shows or does reads them, and building all twenty was a tenth
		// of every start. cobra's completion command is left out too:
		// `completion` and `__complete` build the whole tree.
		root.AddCommand(only(a))
		root.CompletionOptions.DisableDefaultCmd = true
	} else {
		for _, c := range subcommands {
			root.AddCommand(c.build(a))
		}
		// cobra's own completion command, with a one-line summary that
		// fits 80 columns beside the others.
		root.InitDefaultCompletionCmd()
		if c, _, err := root.Find([]string{"completion"}); err == nil && c != root {
			c.Short = a.T("Shell completion scripts (bash, zsh, ...)")
		}
		completeAfterOpenQuotes(root)
	}
	// --version and -v print the very line `tramite version` prints.
	root.SetVersionTemplate("tramite {{.Version}}\n")
	localizeCobra(a, root)
	if reflow {
		reflowLongHelp(root, a.tableWidth())
	}
	if only == nil {
		a.registerCompletions(root) // for __complete, never run alone
	}
	return root
}

// subcommands are tramite's commands: the names (and aliases) that run
// each, and how it is built. alone says it can run with none of the
// others built; man, which documents them all, and the exit-codes topic
// of `help` cannot. TestSubcommandNames checks the names against the
// built commands.
var subcommands = []struct {
	names []string
	build func(*app) *cobra.Command
	alone bool
}{
	{[]string{"version"}, newVersionCmd, true},
	{[]string{"procedures", "procedure"}, newProceduresCmd, true},
	{[]string{"new"}, newNewCmd, true},
	{[]string{"person", "people"}, newPersonCmd, true},
	{[]string{"cases"}, newCasesCmd, true},
	{[]string{"case"}, newCaseCmd, true},
	{[]string{"deadlines"}, newDeadlinesCmd, true},
	{[]string{"remind"}, newRemindCmd, true},
	{[]string{"calendar"}, newCalendarCmd, true},
	{[]string{"demo"}, newDemoCmd, true},
	{[]string{"backup"}, newBackupCmd, true},
	{[]string{"export"}, newExportCmd, true},
	{[]string{"import"}, newImportCmd, true},
	{[]string{"letter"}, newLetterCmd, true},
	{[]string{"guide"}, newGuideCmd, true},
	{[]string{"closures"}, newClosuresCmd, true},
	{[]string{"exit-codes"}, newExitCodesTopic, false},
	{[]string{"db"}, newDBCmd, true},
	{[]string{"man"}, newManCmd, false},
	{[]string{"rules"}, newRulesCmd, true},
}

// soleCommand is how to build the one command args run, when it can run
// alone: its name or alias comes first, after nothing but the root's
// flags with their values (--db FILE, --lang=es). It is nil for anything
// else (no command: the dashboard; help, completion, a flag such as
// --help or --version, a name tramite does not know): those read every
// command, for the help, the completions and cobra's "did you mean".
func soleCommand(args []string) func(*app) *cobra.Command {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch arg {
		case "--db", "--lang", "--today":
			i++ // the flag's value
			continue
		}
		if name, _, ok := strings.Cut(arg, "="); ok && (name == "--db" || name == "--lang" || name == "--today") {
			continue
		}
		if strings.HasPrefix(arg, "-") {
			return nil
		}
		for _, c := range subcommands {
			if slices.Contains(c.names, arg) {
				if c.alone {
					return c.build
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// useWords are the placeholders of the commands' Use lines.
var useWords = lazyRegexp(`[A-Z]+`)

// useIn is a command's Use line with its placeholders ("PROCEDURE",
// "key=value") in l's language; the command's name is its own.
func useIn(l *i18n.Printer, use string) string {
	name, args, ok := strings.Cut(use, " ")
	if !ok {
		return use
	}
	return name + " " + useWords().ReplaceAllStringFunc(args, l.Text)
}

// localizeCobra words the texts cobra adds itself (the help command, the
// -h and -v flags, the completion scripts' help) in the chosen language.
// Their English is cobra's own, left alone.
func localizeCobra(a *app, root *cobra.Command) {
	if !a.lang.Spanish() {
		return
	}
	root.InitDefaultHelpCmd()
	if h, _, err := root.Find([]string{"help"}); err == nil && h != root {
		h.Short = a.T("Help about any command")
		h.Long = a.T("Help provides help for any command in the application.\nSimply type tramite help [path to command] for full details.")
	}
	if c, _, err := root.Find([]string{"completion"}); err == nil && c != root {
		for _, sc := range c.Commands() {
			sc.Short = a.T("Completion script for %s", sc.Name())
			sc.Long = a.T("Print the completion script for %s: see your shell's documentation to load it.", sc.Name())
			if f := sc.Flags().Lookup("no-descriptions"); f != nil {
				f.Usage = a.T("leave out the descriptions of the completions")
			}
		}
		c.Long = a.T("Print the completion script of tramite for a shell (bash, zsh, fish, powershell).")
	}
	// The -h flag cobra adds as it runs a command ("help for NAME") is
	// worded by helpTranslator: adding it here would list "[--flags]"
	// beside commands that have none.
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Use = useIn(a.lang, c.Use)
		for _, sc := range c.Commands() {
			walk(sc)
		}
	}
	walk(root)
	root.Version = versionString()
	root.InitDefaultVersionFlag()
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = a.T("version for %s", root.Name())
	}
}

// newVersionCmd prints the same as --version.
func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: a.T("Print tramite's version"),
		Args:  a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(a.stdout, "tramite "+versionString())
			return err
		},
	}
}

// a.noArgs refuses arguments with a usage error (exit 2).
func (a *app) noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErr(errors.New(a.T("%s takes no arguments, got %q: see `%s --help`", cmd.CommandPath(), args, cmd.CommandPath())))
	}
	return nil
}

// exactArgs wants exactly one argument, described by what ("a procedure id").
func (a *app) exactArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return usageErr(errors.New(a.T("%s needs %s (got %d arguments): see `%s --help`", cmd.CommandPath(), a.lang.Text(what), len(args), cmd.CommandPath())))
		}
		return nil
	}
}
