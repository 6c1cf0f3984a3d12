package tui

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"golang.org/x/text/unicode/norm"

	"tramite/export"
	"tramite/store"
)

// exportFormats are the formats `e` offers, with their file extensions.
func exportFormats() []exportFormat {
	return []exportFormat{
		{"text", "Checklist as text (to print or e-mail)", ".txt"},
		{"markdown", "Checklist as Markdown task list", ".md"},
		{"ics", "Deadlines as a calendar file (.ics)", ".ics"},
		{"json", "Everything as JSON (tramite import reads it back)", ".json"},
	}
}

type exportFormat struct{ id, label, ext string }

// openExport asks for a format and a file name.
func (m caseViewModel) openExport() (caseViewModel, tea.Cmd) {
	p := &pendingForm{format: "text"}
	if m.pend != nil && m.pend.target == "" {
		p = m.pend
	}
	opts := make([]huh.Option[string], 0, len(exportFormats()))
	for _, f := range exportFormats() {
		opts = append(opts, huh.NewOption(f.label, f.id))
	}
	base := exportBase(m.person.Name, m.c.Procedure, m.c.ID)
	dir := m.opts.ExportDir
	pathFor := func() string {
		for _, f := range exportFormats() {
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
	g := huh.NewGroup(
		huh.NewSelect[string]().Title("Format").Options(opts...).Value(&p.format),
		huh.NewInput().Title("File").Description("an existing file is not overwritten").
			Value(&p.path).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return fmt.Errorf("type a file name, such as %s", pathFor())
			}
			return nil
		}),
	).Title("Export this case")
	m.form = m.newForm(g)
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

// export writes the case in the chosen format in a Cmd.
func (m caseViewModel) export(p *pendingForm) (caseViewModel, tea.Cmd) {
	person, c, ctx := m.person, m.c, m.opts.Context
	format, path := p.format, withExt(strings.TrimSpace(p.path), p.format)
	return m, func() tea.Msg {
		v, err := export.NewView(person, c, ctx)
		if err != nil {
			return caseFailedMsg{err: wrapf(err, "could not export")}
		}
		views := []export.CaseView{v}
		write := func(w io.Writer) error {
			switch format {
			case "markdown":
				return export.Markdown(w, views, ctx)
			case "ics":
				return export.ICS(w, views, ctx)
			case "json":
				return export.JSON(w, []store.Person{person}, views, ctx)
			}
			return export.Text(w, views, ctx)
		}
		if err := export.WriteFile(path, false, write); err != nil {
			return caseFailedMsg{err: wrapf(err, "could not export (press e to choose another file name)")}
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			abs = path
		}
		return exportedMsg{path: abs}
	}
}

// withExt gives path the extension of format when it carries another
// export format's extension (the suggested name was made for the first
// format shown); any other name is left as typed.
func withExt(path, format string) string {
	ext := filepath.Ext(path)
	want := ""
	known := false
	for _, f := range exportFormats() {
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
