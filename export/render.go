package export

import (
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
// the PDF's size (PaperA4 or PaperLetter).
func Render(w io.Writer, format string, people []record.Person, cases []casebook.Detail, ctx procedures.Context, paper string) error {
	switch format {
	case FormatText:
		return Text(w, cases, ctx)
	case FormatMarkdown:
		return Markdown(w, cases, ctx)
	case FormatICS:
		return ICS(w, cases, ctx)
	case FormatJSON:
		return JSON(w, people, cases, ctx)
	case FormatPDF:
		packet := make([]PacketCase, len(cases))
		for i, v := range cases {
			packet[i] = PacketFromView(v, ctx)
		}
		return PDF(w, packet, ctx, paper)
	}
	return fmt.Errorf("%q is not an export format: use text, markdown, ics, json or pdf", format)
}
