package cli

import "github.com/spf13/cobra"

// newExitCodesTopic is `tramite help exit-codes`, a help topic (no Run),
// as gh documents its exit codes.
func newExitCodesTopic(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "exit-codes",
		Short: a.T("What tramite's exit codes mean, for scripts"),
		Long:  a.T(exitCodesText),
	}
}

// exitCodesText lists every exit code, wrapped with a hanging indent (the
// man page joins each item's lines): see run.go, cmd_remind.go and interrupt.go.
const exitCodesText = `tramite exits with:

  0    done: the command did what it says
  1    refused or failed: the message says why and what to type; a refused
       edit (tramite case ..., person ..., import) changed nothing
  2    a usage mistake: a missing or extra argument, an unknown flag, a bad
       case number, --today or stage; or no terminal for the dashboard
  3    tramite remind only: something is due within its lead time, nothing
       late or today (remind exits 1 when something is late or due today, 0
       when nothing is due)
  130  interrupted by ctrl+c: an interview or an export stopped before its
       end; the answers given so far are saved`
