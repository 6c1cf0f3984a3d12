package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// FileFormat is one export format.
type FileFormat struct {
	// ID is what --format takes.
	ID string
	// Label says what the file is for, in a chooser.
	Label string
	// Exts are the file extensions that name the format, the usual first.
	Exts []string
}

// The formats, in the order a chooser offers them.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatICS      = "ics"
	FormatJSON     = "json"
	FormatPDF      = "pdf"
)

// Formats lists every export format.
var Formats = []FileFormat{
	{FormatText, "Checklist as text (to print or e-mail)", []string{".txt", ".text"}},
	{FormatMarkdown, "Checklist as Markdown task list", []string{".md", ".markdown"}},
	{FormatICS, "Deadlines as a calendar file (.ics)", []string{".ics", ".ical"}},
	{FormatJSON, "Everything as JSON (tramite import reads it back)", []string{".json"}},
	{FormatPDF, "Filing packet as PDF (cover, checklist, letters)", []string{".pdf"}},
}

// LookupFormat returns the format id names; false when there is none.
func LookupFormat(id string) (FileFormat, bool) {
	for _, f := range Formats {
		if f.ID == id {
			return f, true
		}
	}
	return FileFormat{}, false
}

// FormatOfPath is the format a file name's extension names; false when it
// names none.
func FormatOfPath(path string) (FileFormat, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range Formats {
		for _, e := range f.Exts {
			if e == ext {
				return f, true
			}
		}
	}
	return FileFormat{}, false
}

// Render writes cases in format to w: the one dispatch every front-end
// uses. people are the people JSON carries (the cases' people); paper is
// the PDF's size (PaperA4 or PaperLetter). It stops, with run's error,
// when run is cancelled (Ctrl-C during a long export).
func Render(run context.Context, w io.Writer, format string, people []record.Person, cases []casebook.Detail, ctx procedures.Context, paper string) error {
	return RenderFrom(run, w, format, Cases(people, cases), ctx, Options{Paper: paper})
}

// Options tune RenderFrom.
type Options struct {
	// Paper is the PDF's size (PaperA4 or PaperLetter).
	Paper string
	// Leads are the calendar reminders' lead times (ICSOptions.Leads).
	Leads casebook.LeadTimes
}

// RenderFrom writes every case of src in format to w, one case at a time:
// a household of any size is written with bounded memory (issue 15). It
// stops, with run's error, when run is cancelled.
func RenderFrom(run context.Context, w io.Writer, format string, src Source, ctx procedures.Context, o Options) error {
	// A case is many small writes: buffered, a household is one system
	// call per 64 KB instead of one per line.
	bw := bufio.NewWriterSize(w, 64<<10)
	err := renderFrom(run, bw, format, src, ctx, o)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

func renderFrom(run context.Context, w io.Writer, format string, src Source, ctx procedures.Context, o Options) error {
	switch format {
	case FormatText:
		return TextFrom(run, w, src, ctx)
	case FormatMarkdown:
		return MarkdownFrom(run, w, src, ctx)
	case FormatICS:
		return ICSFrom(run, w, src, ctx, ICSOptions{Leads: o.Leads})
	case FormatJSON:
		return JSONFrom(run, w, src, ctx)
	case FormatPDF:
		return PDFFrom(run, w, src, ctx, o.Paper)
	}
	return fmt.Errorf("%q is not an export format: use text, markdown, ics, json or pdf", format)
}
