// Package cli is tramite's command line: the root command (the dashboard),
// its subcommands (cases, deadlines, new, person, export, ...), their
// output and their errors. Every command works through the case layer
// (casebook); this package parses flags, opens the store and prints.
//
// Run builds the root command, runs it through fang (styled help and
// errors, --version, man pages, completions) and maps the error to an exit
// code; main.go only calls it.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"tramite/procedures"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"tramite/i18n"
)

// Version is set at build time: go build -ldflags "-X tramite/cli.Version=v1.2.3".
var Version = "dev"

// The exit codes: 0 ok, 1 an error, 2 bad usage or no terminal.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// exitErr carries the exit code an error should end the process with.
type exitErr struct {
	code int
	err  error
}

func (e *exitErr) Error() string { return e.err.Error() }
func (e *exitErr) Unwrap() error { return e.err }

// usageErr marks err as a usage mistake: exit code 2.
func usageErr(err error) error { return &exitErr{code: exitUsage, err: err} }

// usagef is usageErr(fmt.Errorf(...)), its words a catalog text that
// errorText words in the user's language (procedures.Problemf), for the
// refusals made where the app and its language are not at hand.
func usagef(format string, args ...any) error {
	return usageErr(procedures.Problemf(format, args...))
}

// exitCode maps an error returned by the root command to an exit code.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitErr
	if errors.As(err, &ee) {
		return ee.code
	}
	// ctrl+c (SIGINT) cancels the command's context.
	if errors.Is(err, context.Canceled) {
		return exitInterrupted
	}
	// cobra reports unknown commands and wrong argument counts as plain
	// errors; they are usage mistakes all the same.
	msg := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most"} {
		if strings.HasPrefix(msg, prefix) {
			return exitUsage
		}
	}
	return exitError
}

// versionString is the version plus, when the binary was built from a
// checkout, the commit and its date. It is worked out once: every start
// asks for it (fang's --version), `version` and Spanish help again, and
// each time parsed the build information anew (issue 15).
var versionString = sync.OnceValue(buildVersion)

// buildVersion is versionString, worked out.
func buildVersion() string {
	v := Version
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	// A tagged module version (go install tramite@v1.2.3) beats "dev"; a
	// pseudo-version stamped from a checkout does not: the commit below
	// says the same more plainly.
	if mv := info.Main.Version; v == "dev" && mv != "" && mv != "(devel)" && strings.Count(mv, "-") < 2 && !strings.Contains(mv, "+") {
		v = mv
	}
	var rev, at string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	var extra []string
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if modified {
			rev += "-modified"
		}
		extra = append(extra, rev)
	}
	if at != "" {
		extra = append(extra, at)
	}
	if len(extra) > 0 {
		v += " (" + strings.Join(extra, ", ") + ")"
	}
	return v
}

// errorHandler prints errors plainly when stderr is not a terminal (scripts
// and logs get one line), and in fang's style otherwise.
func errorHandler(a *app) fang.ErrorHandler {
	return func(w io.Writer, styles fang.Styles, err error) {
		if isSilent(err) {
			return
		}
		msg := a.errorText(err)
		if !isTerminal(a.stderr) {
			fmt.Fprintln(a.stderr, "tramite: "+msg)
			return
		}
		if !a.lang.Spanish() {
			fang.DefaultErrorHandler(w, styles, err)
			return
		}
		// fang's layout, in Spanish.
		fmt.Fprintln(w, styles.ErrorHeader.String())
		fmt.Fprintln(w, styles.ErrorText.Render(msg+"."))
		fmt.Fprintln(w)
		if exitCode(err) == exitUsage {
			fmt.Fprintln(w, styles.ErrorText.UnsetWidth().Render(a.T("Try --help for usage.")))
			fmt.Fprintln(w)
		}
	}
}

// unknownCommand is cobra's error for a command it does not know, with
// its suggestions.
var unknownCommand = lazyRegexp(`(?s)^unknown command ("[^"]*") for ("[^"]*")(.*)$`)

// errorText is err's message in the chosen language. The commands' own
// errors are worded in it already; cobra's and pflag's commonest ones
// ("unknown command", "unknown flag") are reworded here, their names and
// values kept.
func (a *app) errorText(err error) string {
	msg := err.Error()
	if !a.lang.Spanish() {
		return msg
	}
	// A rule's refusal of a value, wrapped by the command that met it.
	msg = procedures.MessageInChain(a.lang, err)
	if rest, ok := strings.CutSuffix(msg, refusedSuffix); ok {
		msg = rest + "\n" + a.T("nothing was changed")
	}
	if m := unknownCommand().FindStringSubmatch(msg); m != nil {
		return a.T("unknown command %s for %s", m[1], m[2]) +
			strings.ReplaceAll(m[3], "Did you mean this?", a.T("Did you mean this?"))
	}
	for _, prefix := range []string{"unknown flag: ", "unknown shorthand flag: ", "flag needs an argument: "} {
		if rest, ok := strings.CutPrefix(msg, prefix); ok {
			return a.T(prefix+"%s", rest)
		}
	}
	return msg
}

// Run runs tramite with the process's arguments, streams and environment
// and returns the exit code: 0 ok, 1 an error, 2 bad usage or no
// terminal.
func Run(ctx context.Context) (code int) {
	a := newApp(os.Stdin, os.Stdout, os.Stderr, os.Getenv, time.Now)
	// No Go stack trace reaches the user: a bug becomes one clear line
	// and exit 1 (the store already turns a damaged file into an error).
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprint(a.stderr, a.T("tramite: internal error: %v\n(nothing more was written; please report this with `tramite version` and the command you ran)\n", r))
			code = exitError
		}
	}()
	err := execute(ctx, a, os.Args[1:])
	if err == nil && a.exit != 0 {
		return a.exit
	}
	return exitCode(err)
}

// execute runs the command line args as Run does, through fang: --lang
// is read from args first, so the commands' help is built in the
// language.
func execute(ctx context.Context, a *app, args []string) error {
	a.langFlag = i18n.ScanFlag(args)
	return executeRoot(ctx, a, newRootFor(a, args), args)
}

// executeRoot runs args on root, a's command tree, through fang.
func executeRoot(ctx context.Context, a *app, root *cobra.Command, args []string) error {
	root.SetArgs(args)
	return fang.Execute(ctx, root,
		fang.WithVersion(versionString()),
		fang.WithErrorHandler(errorHandler(a)),
		fang.WithNotifySignal(os.Interrupt),
		// tramite's own `man` command (manpage.go) has every command's
		// description; fang's has only their one-line summaries.
		fang.WithoutManpage(),
	)
}
