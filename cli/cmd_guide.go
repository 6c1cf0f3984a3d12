package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"tramite/export"
)

// newGuideCmd prints the guide to a case's online steps (issue 19).
func newGuideCmd(a *app) *cobra.Command {
	var format, out string
	var force bool
	cmd := &cobra.Command{
		Use:   "guide CASE",
		Short: a.T("Guide: INM's online form, payment, status"),
		Long: a.T(`Print the guide to the three online steps of a case: INM's application form
field by field, with the values to type taken from the person and the case
(the reported traps applied: no "#" in the address, no full stop after an
initial; what tramite does not have is marked "to fill in"), the Spanish text
for the form's "Comentarios" box between two marker lines, the número de
pieza, the appointment, the e5cinco payment and following the case.

Every line names the DOMAIN.md rule it rests on, and says "reported — verify"
where only secondary sources report it. tramite prints INM's addresses and
prepares the text; it never opens a connection, and never prints an e5cinco
clave de referencia or cadena: they come from the hoja de ayuda.

  text      80 columns, for the terminal, paper or an e-mail (the default)
  markdown  the same guide, the Comentarios text in a code block

Without -o the guide goes to the standard output. A file is written
atomically, readable by you only, and never replaces an existing file unless
you add --force.`),
		Example: `  tramite guide 3
  tramite guide 3 --format markdown -o guide.md`,
		Args: a.exactArg("a CASE number (see `tramite cases`)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := a.guideFormat(format, cmd.Flags().Changed("format"), out)
			if err != nil {
				return err
			}
			id, err := a.parseCaseNumber(args[0])
			if err != nil {
				return err
			}
			_, views, ctx, err := a.loadExport(id, false)
			if err != nil {
				return err
			}
			render := func(w io.Writer) error { return export.RenderGuide(w, f, views[0], ctx) }
			if out == "" || out == "-" {
				return render(a.stdout)
			}
			err = export.WriteFile(out, force, render)
			if errors.Is(err, export.ErrExists) {
				return a.errorf("%s already exists and was left as it is: add --force to replace it, or choose another file with -o", out)
			}
			if err != nil {
				return err
			}
			fmt.Fprint(a.stderr, a.T("Wrote %s (guide, %s).\n", out, f))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "text", a.T("text or markdown (default: from the -o\nextension, else text)"))
	fl.StringVarP(&out, "output", "o", "", a.T("write to FILE instead of the standard output"))
	fl.BoolVar(&force, "force", false, a.T("replace FILE if it exists"))
	return cmd
}

// guideFormat checks --format, or picks it from the -o extension (.md,
// .txt) when --format was not given.
func (a *app) guideFormat(format string, given bool, out string) (string, error) {
	if !given && out != "" {
		if f, ok := export.FormatOfPath(out); ok && (f.ID == export.FormatText || f.ID == export.FormatMarkdown) {
			return f.ID, nil
		}
	}
	if format != export.FormatText && format != export.FormatMarkdown {
		return "", a.usagef("--format %q is not a guide format: use text or markdown", format)
	}
	return format, nil
}
