// Command tramite guides foreign residents of Mexico through INM paperwork:
// with no arguments it opens the dashboard; its subcommands do the same
// work without a terminal, for scripts. The command line lives in package
// cli; see the README's "For developers" for the layout.
package main

import (
	"context"
	"os"

	"tramite/cli"
)

func main() { os.Exit(cli.Run(context.Background())) }
