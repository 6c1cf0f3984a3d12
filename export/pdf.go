package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// The printable packet (issue 9): for each case a cover page, the
// checklist with a box per document, and each letter on its own page ready
// to sign; at the end the sources and the date the rules were checked.
//
// The PDF is drawn with github.com/signintech/gopdf (maintained, one small
// dependency, embeds TrueType subsets with UTF-8 text) and the Go fonts
// from golang.org/x/image, embedded so that ñ, á and ü print the same on
// every machine. Characters the Go fonts lack, such as emoji, print as a
// white square.

// PacketCase is one case of a packet: what its pages print. It is built by
// the caller (PacketFromView does it from a casebook.Detail).
type PacketCase struct {
	// Person is who the case is for, with the data the letters use.
	Person    procedures.LetterPerson
	CaseID    uint64
	Procedure *procedures.Procedure
	Progress  procedures.Progress
	Outcome   procedures.Outcome
	// Deadlines are procedures.Track of the case; done ones are not printed.
	Deadlines []procedures.Deadline
	// Ticks are the documents ticked off, by document ID.
	Ticks map[string]bool
	// Letters are procedures.Letters of the case, dated the packet's day.
	Letters []procedures.Letter
	// Warnings are procedures.Warnings of the case (an appointment or a
	// filing after its deadline), printed under the verdict.
	Warnings []string
	// Headline is where the case stands (casebook.Detail.Headline): the
	// verdict until it is filed, then what happened. Filed reports the
	// latter, when the verdict's reason and route are left out.
	Headline string
	Filed    bool
	// LettersErr is why there are no letters (a *procedures.MissingError
	// names the keys to set); the packet prints it in their place.
	LettersErr error
	// Guide is the guide to the online steps (issue 19), printed after the
	// letters (pdfguide.go); nil prints none.
	Guide *procedures.Guide
	// Lang is the language of the pages around the letters (nil:
	// English); the letters are Spanish in every language.
	Lang *i18n.Printer
	// History is the case's history (casebook.HistoryLines), printed
	// after the checklist (history.go); empty prints none.
	History []casebook.HistoryLine
	// Notes are the user's notes on the case, printed with their line
	// breaks on the cover.
	Notes string
}

// Paper sizes PDF accepts.
const (
	PaperA4     = "a4"
	PaperLetter = "letter"
)

// PDF writes the packet of cases to w on paper "a4" (the default, also for
// "") or "letter" (US Letter). Dates are counted from ctx.Today.
func PDF(w io.Writer, cases []PacketCase, ctx procedures.Context, paper string) error {
	if len(cases) == 0 {
		return errors.New("no case to put in the packet")
	}
	return pdfFrom(context.Background(), w, len(cases), func(i int) (PacketCase, error) { return cases[i], nil }, ctx, paper)
}

// PDFFrom writes the packet of every case of src, one case at a time; it
// stops when run is cancelled.
func PDFFrom(run context.Context, w io.Writer, src Source, ctx procedures.Context, paper string) error {
	n := src.Len()
	if n == 0 {
		return errors.New("no case to put in the packet")
	}
	return pdfFrom(run, w, n, func(i int) (PacketCase, error) {
		v, err := src.Detail(i)
		if err != nil {
			return PacketCase{}, err
		}
		return PacketFromView(v, ctx), nil
	}, ctx, paper)
}

// pageSize is the gopdf size of paper.
func pageSize(paper string) (gopdf.Rect, error) {
	switch strings.ToLower(paper) {
	case "", PaperA4:
		return *gopdf.PageSizeA4, nil
	case PaperLetter:
		return *gopdf.PageSizeLetter, nil
	}
	return gopdf.Rect{}, fmt.Errorf("unknown paper size %q: use %s or %s", paper, PaperA4, PaperLetter)
}

func pdfFrom(run context.Context, w io.Writer, n int, packet func(i int) (PacketCase, error), ctx procedures.Context, paper string) error {
	size, err := pageSize(paper)
	if err != nil {
		return err
	}
	s, err := newSheet(size)
	if err != nil {
		return err
	}
	// gopdf ignores the errors of its writes: the checked writer keeps them.
	cw := &checkedWriter{w: w}
	// A long packet is written in parts (pdfparts.go): the sheet hands
	// every partPages pages to the joiner, at a page break.
	join := newPDFJoiner(cw)
	s.parts = join
	var sources sourceLog
	for i := range n {
		if err := run.Err(); err != nil {
			return err
		}
		c, err := packet(i)
		if err != nil {
			return err
		}
		if c.Procedure == nil {
			return fmt.Errorf("case %d has no procedure", c.CaseID)
		}
		if i == 0 {
			s.pdf.SetInfo(gopdf.PdfInfo{
				Title:   c.Lang.T("tramite packet: %s", c.Person.Name),
				Creator: "tramite",
				// The day of the packet, not the clock: the same cases on the same
				// day give the same document.
				CreationDate: time.Date(ctx.Today.Year, ctx.Today.Month, ctx.Today.Day, 12, 0, 0, 0, time.UTC),
			})
		}
		pdfCover(s, c, ctx)
		pdfChecklist(s, c)
		pdfHistory(s, c)
		pdfLetters(s, c)
		pdfGuide(s, c)
		sources.add(c)
		if s.err != nil {
			break
		}
	}
	pdfSources(s, &sources)
	if s.err != nil {
		if cw.err != nil {
			return packetWriteError(cw.err, cw)
		}
		return fmt.Errorf("drawing the PDF: %w", s.err)
	}
	if err := run.Err(); err != nil {
		return err
	}
	if join.parts() == 0 {
		var b bytes.Buffer
		if _, err := s.pdf.WriteTo(&b); err != nil {
			return packetWriteError(err, cw)
		}
		if err := join.whole(b.Bytes()); err != nil {
			return packetWriteError(err, cw)
		}
	} else {
		s.cutLast()
		if s.err != nil {
			return packetWriteError(s.err, cw)
		}
		fonts, err := s.fontDocument()
		if err != nil {
			return fmt.Errorf("drawing the PDF: %w", err)
		}
		if err := join.finish(fonts); err != nil {
			return packetWriteError(err, cw)
		}
	}
	if cw.err != nil {
		return packetWriteError(cw.err, cw)
	}
	// Ctrl-C while gopdf wrote the file (seconds, for a long packet):
	// the file is abandoned all the same.
	return run.Err()
}

// packetWriteError is err, or the write error behind it.
func packetWriteError(err error, cw *checkedWriter) error {
	if cw.err != nil {
		err = cw.err
	}
	return fmt.Errorf("writing the PDF: %w", err)
}

var (
	stTitle   = style{size: 20, bold: true}
	stHeading = style{size: 13, bold: true}
	stBody    = style{size: 11}
	stBold    = style{size: 11, bold: true}
	stSmall   = style{size: 9, grey: true}
	stKicker  = style{size: 9, grey: true}
)

// pdfCover is the case's first page: who, what, the verdict and the dates.
func pdfCover(s *sheet, c PacketCase, ctx procedures.Context) {
	s.page()
	l := c.Lang
	day := ctx.Today.String() // the pages' language: "2026-12-03" as every English date
	if l.Spanish() {
		day = procedures.FormatSpanish(ctx.Today)
	}
	s.para(l.T("tramite · Filing packet · case %d · %s", c.CaseID, day), stKicker)
	s.gap(8)
	s.para(c.Person.Name, stTitle)
	s.gap(4)
	for _, f := range [][2]string{
		{l.T("Nationality (nacionalidad)"), c.Person.Nationality},
		{l.T("Passport (pasaporte)"), c.Person.PassportNumber},
		{l.T("Address (domicilio)"), c.Person.Address},
		{l.T("INM office (oficina de representación)"), c.Person.Office},
	} {
		if f[1] != "" {
			s.para(f[0]+": "+f[1], stBody)
		}
	}
	s.gap(12)
	s.para(c.Procedure.NameIn(l), stHeading)
	if !l.Spanish() {
		s.para(c.Procedure.Spanish, style{size: 11, grey: true})
	}
	s.gap(8)
	v := c.Outcome.Verdict
	s.para(c.Headline, stBold)
	if v.Reason != "" && !c.Filed {
		s.para(v.Reason, stBody)
	}
	if v.Route != "" && !c.Filed {
		s.para(l.T("Instead: ")+v.Route, stBody)
	}
	if len(v.Rules) > 0 {
		s.para(l.T("Rules: ")+strings.Join(v.Rules, ", "), stSmall)
	}
	for _, w := range c.Warnings {
		s.para(l.T("WARNING: %s", w), stBold)
	}
	pr := c.Progress
	if pr.Stage != "" {
		line := l.T("Stage: %s", c.Procedure.StageLabelIn(l, pr.ShownStage()))
		if pr.Pieza != "" {
			line += " · número de pieza " + pr.Pieza
		}
		if pr.NUT != "" {
			line += " · NUT " + pr.NUT
		}
		s.gap(4)
		s.para(line, stBody)
	}
	if c.Outcome.Fee.Text != "" {
		s.gap(4)
		s.para(l.T("Fee (derechos): ")+c.Outcome.Fee.Text, stBody)
	}
	s.gap(12)
	s.para(l.T("Dates that matter"), stHeading)
	open := 0
	for _, d := range c.Deadlines {
		if d.Done {
			continue
		}
		open++
		s.gap(4)
		u, days := casebook.UrgencyOf(&d, ctx.Today)
		when := casebook.WhenIn(l, u, days)
		if d.ActBy.IsZero() {
			s.para(fmt.Sprintf("%s (%s): %s", d.Date, when, d.Title), stBold)
		} else {
			s.para(fmt.Sprintf("%s: %s", d.Date, d.Title), stBold)
			s.para(l.T("Act by %s %s (%s).", l.Text(d.ActBy.Weekday().String()), d.ActBy, when), style{size: 11, indent: 12})
		}
		note := d.Note
		if d.Rule != "" {
			note = strings.TrimSpace(note + " [" + d.Rule + "]")
		}
		if note != "" {
			s.para(note, style{size: 9, grey: true, indent: 12})
		}
	}
	if open == 0 {
		s.para(l.T("No open dates."), stBody)
	}
	if len(c.Outcome.Steps) > 0 {
		s.gap(12)
		s.para(l.T("What to do"), stHeading)
		for i, st := range c.Outcome.Steps {
			s.para(fmt.Sprintf("%d. %s", i+1, st), style{size: 10, indent: 0})
		}
	}
	if strings.TrimSpace(c.Notes) != "" {
		s.gap(12)
		s.ensure(3 * stHeading.lineHeight())
		s.para(l.T("Your notes"), stHeading)
		// para keeps the notes' line breaks.
		s.para(strings.ReplaceAll(c.Notes, "\r\n", "\n"), style{size: 10})
	}
}

// pdfChecklist prints a box per document, ticked ones ticked, with the
// Spanish name INM uses and the originals and copies to bring.
func pdfChecklist(s *sheet, c PacketCase) {
	s.page()
	docs := c.Outcome.Documents
	done := 0
	for _, d := range docs {
		if c.Ticks[d.ID] {
			done++
		}
	}
	l := c.Lang
	s.para(l.T("Checklist · Lista de documentos"), stTitle)
	s.para(l.T("%s · %s · %d of %d ready", c.Person.Name, c.Procedure.NameIn(l), done, len(docs)), stKicker)
	s.gap(10)
	for _, d := range docs {
		ticked := c.Ticks[d.ID]
		s.ensure(4 * stBody.lineHeight())
		s.checkbox(0, ticked)
		name, own := d.Spanish, false
		if name == "" && l.Spanish() {
			name = d.Name // already in Spanish
		}
		if name == "" {
			// DOMAIN.md gives no Spanish name: tramite's own wording, said
			// to be so, or the English.
			if cd := procedures.CommentDocuments(c.Procedure, nil, []procedures.Document{d}); len(cd) == 1 && cd[0].Spanish != "" && cd[0].Spanish != d.Name {
				name, own = cd[0].Spanish, true
			} else {
				name = d.Name
			}
		}
		if ticked {
			name += l.T("  (listo · ready)")
		}
		s.para(name, style{size: 11, bold: true, indent: 18})
		if own {
			s.para(l.T("(tramite's Spanish wording: INM's own name for it is not known; check with your INM office)"), style{size: 9, grey: true, indent: 18})
		}
		if name != d.Name && !l.Spanish() {
			s.para(d.Name, style{size: 10, indent: 18})
		}
		if d.Copies != "" {
			s.para(l.T("Originals and copies: ")+d.Copies, style{size: 10, indent: 18})
		}
		note := d.Note
		if d.Rule != "" {
			note = strings.TrimSpace(note + " [" + d.Rule + "]")
		}
		if note != "" {
			s.para(note, style{size: 9, grey: true, indent: 18})
		}
		s.gap(6)
	}
	if len(docs) == 0 {
		s.para(l.T("No documents listed yet: finish the interview first."), stBody)
	}
	s.gap(6)
	s.para(l.Text(procedures.OfficeNote), stSmall)
}
