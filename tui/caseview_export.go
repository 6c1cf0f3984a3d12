package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"golang.org/x/text/unicode/norm"

	"tramite/casebook"
	"tramite/export"
	"tramite/i18n"
	"tramite/record"
)

// exportFormats are the formats `e` offers, with their file extensions.
func exportFormats(l *i18n.Printer) []exportFormat {
	var out []exportFormat
	for _, f := range export.Formats {
		if f.ID != export.FormatPDF { // the packet has its own key, p
			out = append(out, exportFormat{f.ID, l.Text(f.Label), f.Exts[0]})
		}
	}
	return out
}

type exportFormat struct{ id, label, ext string }

// openExport asks for a format and a file name.
func (m caseViewModel) openExport() (caseViewModel, tea.Cmd) {
	p := &pendingForm{format: "text"}
	if m.pend != nil && m.pend.target == "" && m.pend.format != formatPDF {
		p = m.pend
	}
	formats := exportFormats(m.opts.Context.Lang)
	opts := make([]huh.Option[string], 0, len(formats))
	for _, f := range formats {
		opts = append(opts, huh.NewOption(f.label, f.id))
	}
	base := exportBase(m.person.Name, m.c.Procedure, m.c.ID)
	dir := m.opts.ExportDir
	pathFor := func() string {
		for _, f := range formats {
			if f.id == p.format {
				return filepath.Join(dir, base+f.ext)
			}
		}
		return filepath.Join(dir, base)
	}
	if p.path == "" {
		p.path = pathFor()
	}
	m.pend = p
	m.form, m.formFields = m.newForm(m.T("Export this case"),
		huh.NewSelect[string]().Title(m.T("Format")).Options(opts...).Value(&p.format),
		huh.NewInput().Title(m.T("File")).Description(m.T("asks before replacing a file")).
			Value(&p.path).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return errors.New(m.T("type a file name, such as %s", pathFor()))
			}
			return nil
		}),
	)
	m.mode = modeForm
	return m, m.form.Init()
}

// exportBase names an export file after the person and procedure, in
// plain ASCII so every file system takes it.
func exportBase(person, proc string, id uint64) string {
	var b strings.Builder
	// Decompose accents (é → e + ´) and keep the base letters: "Lefèvre"
	// becomes "lefevre", not "lefvre".
	for _, r := range norm.NFD.String(strings.ToLower(person)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_':
			b.WriteByte('-')
		}
	}
	name := strings.Trim(b.String(), "-")
	if name == "" {
		name = "case"
	}
	return fmt.Sprintf("tramite-%s-%s-%d", name, proc, id)
}

// formatPDF is the printable packet's format (`p`), written by export
// like the formats `e` offers.
const formatPDF = export.FormatPDF

// export writes the case in the chosen format in a Cmd. An existing file
// is replaced only when force is set; otherwise `e` and the PDF packet
// alike report fileExistsMsg so the case view asks (updateReplaceKey).
func (m caseViewModel) export(p *pendingForm, force bool) (caseViewModel, tea.Cmd) {
	person, c, ctx := m.person, m.c, m.opts.Context
	format, paper, dir := p.format, p.paper, m.opts.ExportDir
	typed := withExt(strings.TrimSpace(p.path), format)
	again := m.T("press e to choose another file name")
	if format == formatPDF {
		again = m.T("press p to try again")
	}
	return m, func() tea.Msg {
		path := exportPath(dir, typed)
		v, err := casebook.NewDetail(person, c, ctx)
		if err != nil {
			return caseFailedMsg{err: wrapf(err, "could not export")}
		}
		write := func(w io.Writer) error {
			return export.Render(context.Background(), w, format, []record.Person{person}, []casebook.Detail{v}, ctx, paper)
		}
		abs, aerr := filepath.Abs(path)
		if aerr != nil {
			abs = path
		}
		err = export.WriteFile(path, force, write)
		switch {
		case errors.Is(err, export.ErrExists):
			return fileExistsMsg{path: abs}
		case err != nil:
			return caseFailedMsg{err: wrapf(err, "could not export (%s)", again)}
		}
		return exportedMsg{path: abs}
	}
}

// exportPath resolves the file name typed: ~/ is the home folder, and a
// bare or relative name goes in dir (the folder the suggested name was
// in), not wherever tramite happened to be started.
func exportPath(dir, typed string) string {
	if rest, ok := strings.CutPrefix(typed, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	if filepath.IsAbs(typed) || dir == "" {
		return typed
	}
	return filepath.Join(dir, typed)
}

// withExt gives path the extension of format when it carries another
// export format's extension (the suggested name was made for the first
// format shown); any other name is left as typed.
func withExt(path, format string) string {
	ext := filepath.Ext(path)
	if format == formatPDF {
		// The packet has no sibling formats: only a missing extension is
		// added.
		if ext == "" {
			return path + ".pdf"
		}
		return path
	}
	want := ""
	known := false
	for _, f := range exportFormats(nil) {
		if f.ext == ext {
			known = true
		}
		if f.id == format {
			want = f.ext
		}
	}
	if !known || ext == want {
		return path
	}
	return strings.TrimSuffix(path, ext) + want
}
