package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
)

// caseJSON is one case as `tramite cases --json` prints it.
type caseJSON struct {
	Case      uint64    `json:"case"`
	PersonID  uint64    `json:"person_id"`
	Person    string    `json:"person"`
	Procedure string    `json:"procedure"`
	Stage     string    `json:"stage"`
	Next      *nextJSON `json:"next,omitempty"`
}

// nextJSON is a case's next date: Date is the legal date, ActBy the
// business day before it when it falls on a day the office is closed
// (R-DAYS-CLOSED), and DaysLeft counts to ActBy when set, else to Date.
type nextJSON struct {
	Date     string `json:"date"`
	ActBy    string `json:"act_by,omitempty"`
	DaysLeft int    `json:"days_left"`
	Kind     string `json:"kind"`
	Title    string `json:"title"`
	Rule     string `json:"rule,omitempty"`
	Done     bool   `json:"done"`
	// Urgency is the agenda's (casebook.Urgency): late, today, soon,
	// month, later, past, done or no-term (a to-do with no term).
	Urgency string `json:"urgency"`
	urg     casebook.Urgency
}

func newCasesCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "cases",
		Short: a.T("List every case with its stage and next date"),
		Long: a.T(`List every case: its person, procedure, stage and next date.

NEXT is the date to act by and the days left until it: when the legal date
falls on a day the office is closed, that is the business day before, and
the legal date is noted after it. In --json, "date" is the legal date,
"act_by" the business day before when it differs, and "days_left" counts to
act_by when set, else to date.`),
		Args: a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Only today is needed: the dates come from the index, which
			// the store computes with the file's office closures.
			c, err := a.context()
			if err != nil {
				return err
			}
			if asJSON {
				// Streamed: one row in memory at a time, whatever the size.
				// It allocates about 40 bytes a case, little of it live:
				// at 100k the collector's one run (4 MB) cost 1 to 2% of
				// the listing. A higher GOGC puts the first run past what
				// it allocates; a huge database still gets collected.
				defer debug.SetGCPercent(debug.SetGCPercent(400))
				jw := newCasesJSONWriter(a.stdout)
				if err := a.eachSummary(func(s *store.Summary) error { return jw.addSummary(s, c.Today) }); err != nil {
					return err
				}
				return jw.close()
			}
			if !isTerminal(a.stdout) {
				// A pipe or a file: tab-separated lines, streamed as the
				// JSON is (a list read whole held 144 MB at 100,000 cases).
				n, err := a.streamCasesTSV(c.Today)
				if err == nil && n == 0 {
					fmt.Fprintln(a.stderr, a.T("No cases yet: start one with `tramite new` (or `tramite demo` to try things out)."))
				}
				return err
			}
			sums, err := a.summaries()
			if err != nil {
				return err
			}
			rows := make([]caseJSON, 0, len(sums))
			for _, s := range sums {
				rows = append(rows, toCaseJSON(s, c.Today))
			}
			if len(rows) == 0 {
				fmt.Fprintln(a.stderr, a.T("No cases yet: start one with `tramite new` (or `tramite demo` to try things out)."))
				return nil
			}
			return printCases(a.lang, a.stdout, rows, a.tableWidth())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.T("print JSON"))
	return cmd
}

// summaries reads the case index; a database that does not exist yet reads
// as empty, so a first `tramite cases` is not an error.
func (a *app) summaries() ([]store.Summary, error) {
	st, err := a.openStore(true)
	if errors.Is(err, errNoDB) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.Summaries()
}

// toCaseJSON is s with its next date as of today.
func toCaseJSON(s store.Summary, today procedures.Date) caseJSON {
	cj := caseJSON{Case: s.CaseID, PersonID: s.PersonID, Person: s.Person, Procedure: s.Procedure, Stage: string(s.Stage)}
	if d, ok := casebook.Next(s.Deadlines, today); ok {
		u, days := casebook.UrgencyOf(&d, today)
		cj.Next = &nextJSON{Date: d.Date.String(), DaysLeft: days, Kind: d.Kind.String(),
			Title: d.Title, Rule: d.Rule, Done: d.Done, Urgency: u.String(), urg: u}
		if !d.ActBy.IsZero() {
			cj.Next.ActBy = d.ActBy.String()
		}
	}
	return cj
}

// printCases prints one aligned line per case, in width columns; NEXT,
// last, is never cut: the stage, person and procedure give way to it. With
// no width (not a terminal) the lines are tab-separated and no name is cut
// (plain.go).
func printCases(l *i18n.Printer, w io.Writer, rows []caseJSON, width int) error {
	plain := width <= 0
	const gap = 2
	cells := make([][5]string, len(rows))
	head := casesHead(l)
	whens := newWhenWords(l)
	var widths [5]int
	for i, h := range head {
		widths[i] = utf8.RuneCountInString(h)
	}
	for i := range rows {
		cells[i] = caseCells(l, &rows[i], plain, whens)
		for j, c := range cells[i][:4] {
			widths[j] = max(widths[j], utf8.RuneCountInString(c))
		}
	}
	if plain {
		tsv := make([][]string, len(cells))
		for i := range cells {
			tsv[i] = cells[i][:]
		}
		return writeTSV(w, head[:], tsv)
	}
	// NEXT is a date and "in N days" (30 columns at most: "2026-11-17
	// 123 días de retraso"); a legal date's note after it may still run
	// past the width.
	next := 0
	for i := range cells {
		next = max(next, min(30, utf8.RuneCountInString(cells[i][4])))
	}
	least := []int{6, 8, 5}
	for k, j := range []int{3, 1, 2} {
		least[k] = max(least[k], utf8.RuneCountInString(head[j])) // the header stays whole
	}
	if fitted, narrowed := narrowColumns(widths[:4], []int{3, 1, 2}, least, gap, next, width); narrowed {
		copy(widths[:4], fitted)
		for i := range cells {
			for _, j := range []int{1, 2, 3} {
				if utf8.RuneCountInString(cells[i][j]) > widths[j] {
					cells[i][j] = truncate(cells[i][j], widths[j])
				}
			}
		}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	line := func(c [5]string) {
		for j, cell := range c[:4] {
			bw.WriteString(cell)
			bw.WriteString(strings.Repeat(" ", widths[j]-utf8.RuneCountInString(cell)+gap))
		}
		bw.WriteString(c[4])
		bw.WriteByte('\n')
	}
	line(head)
	for _, c := range cells {
		line(c)
	}
	return bw.Flush()
}

// casesHead is the header line of `tramite cases`.
func casesHead(l *i18n.Printer) [5]string {
	return [5]string{"ID", l.T("PERSON"), l.T("PROCEDURE"), l.T("STAGE"), l.T("NEXT")}
}

// whenWords words casebook.WhenIn once for each urgency and days left:
// a listing of 100,000 cases has a few hundred, and each is a plural
// message (a third of streaming `tramite cases` worded them row by row).
type whenWords struct {
	l     *i18n.Printer
	words map[whenKey]string
}

func newWhenWords(l *i18n.Printer) *whenWords {
	return &whenWords{l: l, words: map[whenKey]string{}}
}

func (w *whenWords) get(u casebook.Urgency, days int) string {
	k := whenKey{u, int32(days)}
	if int(k.days) != days {
		return casebook.WhenIn(w.l, u, days)
	}
	s, ok := w.words[k]
	if !ok {
		s = casebook.WhenIn(w.l, u, days)
		w.words[k] = s
	}
	return s
}

// caseCells are r's cells in `tramite cases`; plain (not a terminal):
// the person's and procedure's names whole.
func caseCells(l *i18n.Printer, r *caseJSON, plain bool, whens *whenWords) [5]string {
	next := "–"
	if n := r.Next; n != nil {
		next = n.Date + " " + whens.get(n.urg, n.DaysLeft)
		if n.ActBy != "" {
			next = n.ActBy + " " + whens.get(n.urg, n.DaysLeft) + " " + legalNote(l, n.Date)
		}
	}
	stage := r.Stage
	if l.Spanish() {
		p, _ := procedures.Lookup(r.Procedure)
		stage = p.StageLabelIn(l, procedures.Stage(r.Stage))
	}
	if plain {
		return [5]string{strconv.FormatUint(r.Case, 10), r.Person, procedures.ShortIn(l, r.Procedure), stage, next}
	}
	return [5]string{strconv.FormatUint(r.Case, 10), truncate(r.Person, 20), truncate(procedures.ShortIn(l, r.Procedure), 13), stage, next}
}

// casesJSONWriter prints a JSON array of cases as they come, one object
// per line, with the fields of caseJSON's tags (appended by hand, as for
// deadlines).
type casesJSONWriter struct {
	bw  *bufio.Writer
	buf []byte
	n   int
	// esc, kinds, urgencies (enumJSON) and next serve addSummary.
	esc              *strMemo
	kinds, urgencies []string
	next             casebook.NextFinder
}

func newCasesJSONWriter(w io.Writer) *casesJSONWriter {
	jw := &casesJSONWriter{bw: bufio.NewWriterSize(w, 64<<10), buf: make([]byte, 0, 512)}
	jw.bw.WriteString("[")
	return jw
}

// addSummary prints s as add(toCaseJSON(*s, today)) does, without
// building the row: its dates appended as they are formatted, the texts
// cases share (procedure, stage, kind, title, rule, urgency) escaped once
// (newJSONMemo), nothing allocated per case.
func (jw *casesJSONWriter) addSummary(s *store.Summary, today procedures.Date) error {
	if jw.esc == nil {
		jw.esc = newJSONMemo()
	}
	field := func(buf []byte, name, value string) []byte {
		buf = append(buf, ',', '"')
		buf = append(buf, name...)
		buf = append(buf, '"', ':')
		return append(buf, jw.esc.get(value)...)
	}
	buf := jw.buf[:0]
	if jw.n > 0 {
		buf = append(buf, ',')
	}
	jw.n++
	buf = append(buf, "\n  {\"case\":"...)
	buf = strconv.AppendUint(buf, s.CaseID, 10)
	buf = append(buf, `,"person_id":`...)
	buf = strconv.AppendUint(buf, s.PersonID, 10)
	buf = appendField(buf, "person", s.Person)
	buf = field(buf, "procedure", s.Procedure)
	buf = field(buf, "stage", string(s.Stage))
	if d, ok := jw.next.Next(s.Deadlines, today); ok {
		u, days := jw.next.UrgencyOf(d, today)
		buf = append(buf, `,"next":{"date":`...)
		buf = appendJSONDate(buf, d.Date)
		if !d.ActBy.IsZero() {
			buf = append(buf, `,"act_by":`...)
			buf = appendJSONDate(buf, d.ActBy)
		}
		buf = append(buf, `,"days_left":`...)
		buf = strconv.AppendInt(buf, int64(days), 10)
		buf = append(buf, `,"kind":`...)
		buf = append(buf, enumJSON(jw.esc, &jw.kinds, d.Kind, procedures.DeadlineKind.String)...)
		buf = field(buf, "title", d.Title)
		if d.Rule != "" {
			buf = field(buf, "rule", d.Rule)
		}
		buf = append(buf, `,"done":`...)
		buf = strconv.AppendBool(buf, d.Done)
		buf = append(buf, `,"urgency":`...)
		buf = append(buf, enumJSON(jw.esc, &jw.urgencies, u, casebook.Urgency.String)...)
		buf = append(buf, '}')
	}
	buf = append(buf, '}')
	jw.buf = buf
	if _, err := jw.bw.Write(buf); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// appendJSONDate appends d.String() as a JSON string.
func appendJSONDate(buf []byte, d procedures.Date) []byte {
	if d.IsZero() || d.Year < 0 || d.Year > 9999 {
		return appendJSONString(buf, d.String())
	}
	y, m := d.Year, int(d.Month)
	return append(buf, '"', byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d.Day/10), byte('0'+d.Day%10), '"')
}

// close ends the array and flushes.
func (jw *casesJSONWriter) close() error {
	if jw.n > 0 {
		jw.bw.WriteString("\n")
	}
	jw.bw.WriteString("]\n")
	if err := jw.bw.Flush(); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}
