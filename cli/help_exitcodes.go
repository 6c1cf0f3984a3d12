package cli

import "github.com/spf13/cobra"

// newExitCodesTopic is `tramite help exit-codes`, a help topic (no Run),
// as gh documents its exit codes.
func newExitCodesTopic(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "exit-codes",
		Short: a.T("What tramite's exit codes mean, for scripts"),
		Long: a.T(`tramite exits with:

  0  done: the command did what it says
  1  refused or failed: the message says why and what to type; a refused
     edit (tramite case ..., person ..., import) changed nothing
  2  a usage mistake: a missing or extra argument, an unknown flag, a bad
     case ID, --today or stage; or no terminal for the dashboard`),
	}
}
