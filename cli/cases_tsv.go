package cli

import (
	"bufio"
	"runtime/debug"
	"strconv"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
)

// streamCasesTSV prints `tramite cases` as printCases prints it to a
// pipe, byte for byte, one case at a time (a list read whole held 144 MB
// at 100,000 cases), and how many cases; the header only once a case is
// there.
func (a *app) streamCasesTSV(today procedures.Date) (int, error) {
	// As `cases --json`: little of what a line allocates lives on.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	w := newCasesTSVWriter(a.lang, bufio.NewWriterSize(a.stdout, 64<<10), today)
	err := a.eachSummary(w.add)
	if err != nil {
		return w.n, err
	}
	return w.n, w.bw.Flush()
}

// casesTSVWriter appends each case's line as caseCells and writeTSVLine
// would write it, each text that lines share (a procedure's name, a
// stage's label, "in 4 days", a legal date's note) worded and cleaned
// once.
type casesTSVWriter struct {
	l     *i18n.Printer
	bw    *bufio.Writer
	today procedures.Date
	buf   []byte
	n     int
	next  casebook.NextFinder
	// whens holds, by urgency and days left, "in 4 days" as a cell.
	whens map[whenKey]string
	// procs holds a procedure id's short name; stages, by procedure and
	// stage, the stage's cell; legal, by legal date, its note.
	procs  map[string]string
	stages map[[2]string]string
	legal  map[procedures.Date]string
	// lastPerson is the last name cleaned (a person's cases are often
	// next to each other).
	lastPerson, lastPersonCell string
}

func newCasesTSVWriter(l *i18n.Printer, bw *bufio.Writer, today procedures.Date) *casesTSVWriter {
	return &casesTSVWriter{l: l, bw: bw, today: today, buf: make([]byte, 0, 256), whens: map[whenKey]string{},
		procs: map[string]string{}, stages: map[[2]string]string{}, legal: map[procedures.Date]string{}}
}

func (w *casesTSVWriter) add(s *store.Summary) error {
	if w.n == 0 {
		head := casesHead(w.l)
		writeTSVLine(w.bw, head[:])
	}
	w.n++
	buf := strconv.AppendUint(w.buf[:0], s.CaseID, 10)
	buf = append(buf, '\t')
	if s.Person != w.lastPerson || w.lastPersonCell == "" {
		w.lastPerson, w.lastPersonCell = s.Person, tsvCell(s.Person)
	}
	buf = append(buf, w.lastPersonCell...)
	buf = append(buf, '\t')
	proc, ok := w.procs[s.Procedure]
	if !ok {
		proc = tsvCell(procedures.ShortIn(w.l, s.Procedure))
		w.procs[s.Procedure] = proc
	}
	buf = append(buf, proc...)
	buf = append(buf, '\t')
	buf = append(buf, w.stage(s.Procedure, string(s.Stage))...)
	buf = append(buf, '\t')
	if d, ok := w.next.Next(s.Deadlines, w.today); ok {
		u, days := w.next.UrgencyOf(d, w.today)
		// The cell of caseCells, which has no character tsvCell changes
		// but in its words: dates are digits and dashes.
		if d.ActBy.IsZero() {
			buf = append(buf, d.Date.String()...)
			buf = append(buf, ' ')
			buf = append(buf, w.when(u, days)...)
		} else {
			buf = append(buf, d.ActBy.String()...)
			buf = append(buf, ' ')
			buf = append(buf, w.when(u, days)...)
			buf = append(buf, ' ')
			buf = append(buf, w.legalNote(d.Date)...)
		}
	} else {
		buf = append(buf, "–"...)
	}
	buf = append(buf, '\n')
	w.buf = buf
	_, err := w.bw.Write(buf)
	return err
}

// when is casebook.WhenIn's words as a cell, once per urgency and days.
func (w *casesTSVWriter) when(u casebook.Urgency, days int) string {
	k := whenKey{u, int32(days)}
	if int(k.days) != days {
		return tsvCell(casebook.WhenIn(w.l, u, days))
	}
	out, ok := w.whens[k]
	if !ok {
		out = tsvCell(casebook.WhenIn(w.l, u, days))
		w.whens[k] = out
	}
	return out
}

// stage is the stage's cell: its label in Spanish, its id in English
// (caseCells).
func (w *casesTSVWriter) stage(proc, stage string) string {
	k := [2]string{proc, stage}
	out, ok := w.stages[k]
	if !ok {
		label := stage
		if w.l.Spanish() {
			p, _ := procedures.Lookup(proc)
			label = p.StageLabelIn(w.l, procedures.Stage(stage))
		}
		out = tsvCell(label)
		w.stages[k] = out
	}
	return out
}

// legalNote is legalNote's text for d, cleaned, once per date.
func (w *casesTSVWriter) legalNote(d procedures.Date) string {
	out, ok := w.legal[d]
	if !ok {
		out = tsvCell(legalNote(w.l, d.String()))
		w.legal[d] = out
	}
	return out
}
