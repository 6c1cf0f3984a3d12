package cli

import (
	"bufio"
	"fmt"
	"io"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/textsafe"
)

// printDeadlines prints an aligned table within width columns (width <= 0:
// no limit, for a pipe or a file). DATE is the date to act by and LEFT the
// days until it (R-DAYS-CLOSED); when the legal date differs, WHAT ends with
// it ("(legal 2026-12-26, Sat)"). The title gets what the other columns
// leave and is cut with "…" beyond that; the legal date is kept whole while
// at least minTitle letters of the title fit beside it. It
// pads by rune count itself rather than through text/tabwriter, which took
// as long as reading the index for 10,000 cases.
func printDeadlines(l *i18n.Printer, w io.Writer, rows []deadlineJSON, width int) error {
	const gap, minTitle = 2, 8
	cells := make([][4]string, len(rows))
	head := [4]string{l.T("DATE"), l.T("LEFT"), l.T("PERSON"), l.T("PROCEDURE")}
	var widths [4]int
	for j, h := range head {
		widths[j] = utf8.RuneCountInString(h)
	}
	// Rows share most of their texts (a few hundred dates, procedures and
	// titles, a person's several deadlines): each is worded, made safe
	// and cut once (memo), not once per row of 100,000.
	type whenKey struct {
		u    casebook.Urgency
		days int
	}
	whens, persons, procs := map[whenKey]string{}, memo{}, memo{}
	for i, r := range rows {
		act := r.Date
		if r.ActBy != "" {
			act = r.ActBy
		}
		when, ok := whens[whenKey{r.urg, r.DaysLeft}]
		if !ok {
			when = casebook.WhenIn(l, r.urg, r.DaysLeft)
			whens[whenKey{r.urg, r.DaysLeft}] = when
		}
		if width <= 0 {
			// Not a terminal: tab-separated, nothing cut (plain.go).
			cells[i] = [4]string{act, when, r.Person, procs.get(r.Procedure, func(s string) string { return procedures.ShortIn(l, s) })}
		} else {
			cells[i] = [4]string{act, when,
				persons.get(r.Person, func(s string) string { return truncate(s, 16) }),
				procs.get(r.Procedure, func(s string) string { return truncate(procedures.ShortIn(l, s), 13) })}
		}
		for j, c := range cells[i] {
			widths[j] = max(widths[j], utf8.RuneCountInString(c))
		}
	}
	if width <= 0 {
		return printDeadlinesTSV(l, w, head, cells, rows)
	}
	// The title keeps at least minTitle columns: the person's and
	// procedure's names give way first, down to 8 and 6 (a 60-column
	// terminal wrapped every line).
	least := []int{max(8, utf8.RuneCountInString(head[2])), max(6, utf8.RuneCountInString(head[3]))}
	if fitted, narrowed := narrowColumns(widths[:], []int{2, 3}, least, gap, minTitle, width); narrowed {
		copy(widths[:], fitted)
		for i := range cells {
			for _, j := range []int{2, 3} {
				if utf8.RuneCountInString(cells[i][j]) > widths[j] {
					cells[i][j] = truncate(cells[i][j], widths[j])
				}
			}
		}
	}
	titleWidth := width
	for _, wd := range widths {
		titleWidth -= wd + gap
	}
	titleWidth = max(titleWidth, minTitle)
	bw := bufio.NewWriterSize(w, 64<<10)
	line := func(c [4]string, title string) {
		for j, cell := range c {
			bw.WriteString(cell)
			bw.WriteString(strings.Repeat(" ", widths[j]-utf8.RuneCountInString(cell)+gap))
		}
		bw.WriteString(title)
		bw.WriteByte('\n')
	}
	line(head, l.T("WHAT"))
	titles, notes := memo{}, memo{}
	for i, r := range rows {
		title, note := titles.get(r.Title, func(s string) string { return textsafe.Line(procedures.TitleIn(l, s)) }), ""
		if r.ActBy != "" {
			note = " " + notes.get(r.Date, func(s string) string { return legalNote(l, s) })
		}
		switch n := utf8.RuneCountInString(note); {
		case width <= 0:
		case titleWidth >= n+minTitle:
			// The title yields to the note.
			title = truncate(title, titleWidth-n)
		default:
			// Too narrow for both: the title comes first.
			title, note = truncate(title+note, titleWidth), ""
		}
		line(cells[i], title+note)
	}
	return bw.Flush()
}

// memo keeps the result of a function of a string for each string it
// was asked.
type memo map[string]string

func (m memo) get(s string, f func(string) string) string {
	v, ok := m[s]
	if !ok {
		v = f(s)
		m[s] = v
	}
	return v
}

// printDeadlineListTSV is printDeadlinesTSV streamed from the list: each
// row is built, printed and dropped, and each text rows share (dates,
// "in N days", procedures, titles, legal notes) is worded and cleaned once
// (strMemo), so that a pipe of 100,000 cases prints what it reads without
// holding a row for each. Its bytes are printDeadlines' with width 0.
func printDeadlineListTSV(l *i18n.Printer, w io.Writer, list *deadlineList) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	writeDeadlineTSVHead(l, bw)
	a := list.a
	t := newTSVRowWriter(l, a.Texts())
	var touched byte
	for i := range list.len() {
		if i%jsonBlock == 0 {
			touched ^= a.Prefetch(i, i+jsonBlock)
		}
		r := a.Row(i)
		if r.Title >= uint32(len(t.texts)) {
			t.texts = a.Texts() // an agenda of AddKept interns as it goes
		}
		_, person, procedure := a.CaseText(int(r.Case))
		t.write(bw, &r, person, procedure)
	}
	list.cache.touched ^= touched
	return bw.Flush()
}

// writeDeadlineTSVHead writes the header line of the tab-separated list.
func writeDeadlineTSVHead(l *i18n.Printer, bw *bufio.Writer) {
	head := [5]string{l.T("DATE"), l.T("LEFT"), l.T("PERSON"), l.T("PROCEDURE"), l.T("WHAT")}
	for j, h := range head {
		if j > 0 {
			bw.WriteByte('\t')
		}
		bw.WriteString(tsvCell(h))
	}
	bw.WriteByte('\n')
}

// tsvRowWriter writes the lines of the tab-separated list, each text rows
// share worded and cleaned once: the agenda's rows (printDeadlineListTSV)
// and those streamed from the store's agenda key alike.
type tsvRowWriter struct {
	l *i18n.Printer
	// texts are what the rows' text ids name.
	texts []string
	procs *strMemo
	// titles[id] is the title's cell; a title with its legal date is
	// cleaned whole, as one cell.
	titles  []string
	noted   map[notedKey]string
	lastAct struct {
		d   procedures.Date
		out string
		ok  bool
	}
	lastWhen struct {
		u    casebook.Urgency
		days int32
		out  string
		ok   bool
	}
	whens                     map[whenKey]string
	byUrgency                 [16]lastWhen
	lastPerson, lastPersonOut string
	// buf holds the line write builds.
	buf []byte
	// lastNoted[id] is title id's last cell with a legal date.
	lastNoted []lastNoted
}

// lastNoted is a title's last cell with its legal date.
type lastNoted struct {
	date procedures.Date
	cell string
	ok   bool
}

// lastWhen is an urgency's last days and their cell.
type lastWhen struct {
	days int32
	out  string
	ok   bool
}

// whenKey is what "in N days" is worded from.
type whenKey struct {
	u    casebook.Urgency
	days int32
}

func newTSVRowWriter(l *i18n.Printer, texts []string) *tsvRowWriter {
	return &tsvRowWriter{l: l, texts: texts, titles: make([]string, len(texts)), noted: map[notedKey]string{}, whens: map[whenKey]string{},
		procs: newStrMemo(func(s string) string { return tsvCell(procedures.ShortIn(l, s)) })}
}

// write writes the line of row r of a case of person and procedure. A
// person's name is compared, not kept, beyond the next call.
func (t *tsvRowWriter) write(bw *bufio.Writer, r *casebook.AgendaRow, person, procedure string) {
	t.buf = t.appendRow(t.buf[:0], r, person, procedure)
	bw.Write(t.buf)
}

// appendRow appends the line write writes: the cells appended into one
// slice, not written one call each.
func (t *tsvRowWriter) appendRow(buf []byte, r *casebook.AgendaRow, person, procedure string) []byte {
	l := t.l
	act := r.Date
	if !r.ActBy.IsZero() {
		act = r.ActBy
	}
	if !t.lastAct.ok || act != t.lastAct.d {
		t.lastAct.d, t.lastAct.out, t.lastAct.ok = act, tsvCell(act.String()), true
	}
	buf = append(buf, t.lastAct.out...)
	buf = append(buf, '\t')
	if !t.lastWhen.ok || t.lastWhen.u != r.Urgency || t.lastWhen.days != r.Days {
		// With --all, done and pending deadlines of a day alternate, as
		// do the urgencies of a day's kinds of dates: each (urgency,
		// days) is worded once all the same, and each urgency's last
		// one is kept by the urgency (the map is asked only when the
		// date changes).
		var slot *lastWhen
		if u := uint(r.Urgency); u < uint(len(t.byUrgency)) {
			slot = &t.byUrgency[u]
		}
		var out string
		if slot != nil && slot.ok && slot.days == r.Days {
			out = slot.out
		} else {
			k := whenKey{r.Urgency, r.Days}
			var ok bool
			if out, ok = t.whens[k]; !ok {
				out = tsvCell(casebook.WhenIn(l, r.Urgency, int(r.Days)))
				t.whens[k] = out
			}
			if slot != nil {
				slot.days, slot.out, slot.ok = r.Days, out, true
			}
		}
		t.lastWhen.u, t.lastWhen.days, t.lastWhen.ok, t.lastWhen.out = r.Urgency, r.Days, true, out
	}
	buf = append(buf, t.lastWhen.out...)
	buf = append(buf, '\t')
	if person != t.lastPerson || t.lastPersonOut == "" {
		t.lastPerson, t.lastPersonOut = person, tsvName(person)
	}
	buf = append(buf, t.lastPersonOut...)
	buf = append(buf, '\t')
	buf = append(buf, t.procs.get(procedure)...)
	buf = append(buf, '\t')
	if r.ActBy.IsZero() {
		if int(r.Title) >= len(t.titles) {
			t.titles = append(t.titles, make([]string, int(r.Title)+1-len(t.titles))...)
		}
		cell := t.titles[r.Title]
		if cell == "" {
			cell = tsvCell(procedures.TitleIn(l, t.texts[r.Title]))
			if cell == "" {
				cell = "\x00" // worded as nothing: remembered all the same
			}
			t.titles[r.Title] = cell
		}
		if cell != "\x00" {
			buf = append(buf, cell...)
		}
	} else {
		// The rows of one date to act by come together: each title's
		// last legal date and cell are kept by the title's id, and the
		// map is asked only when the date changes.
		if int(r.Title) >= len(t.lastNoted) {
			t.lastNoted = append(t.lastNoted, make([]lastNoted, int(r.Title)+1-len(t.lastNoted))...)
		}
		last := &t.lastNoted[r.Title]
		if !last.ok || last.date != r.Date {
			k := notedKey{r.Title, r.Date}
			cell, ok := t.noted[k]
			if !ok {
				cell = tsvCell(procedures.TitleIn(l, t.texts[r.Title]) + " " + legalNote(l, r.Date.String()))
				t.noted[k] = cell
			}
			last.date, last.cell, last.ok = r.Date, cell, true
		}
		buf = append(buf, last.cell...)
	}
	return append(buf, '\n')
}

// tsvName is tsvCell(s), at once for what names are made of: printable
// ASCII, two-byte UTF-8 letters from U+00C0 (lead bytes C3 to DF: no
// control character among them, nothing textsafe changes), and
// three-byte UTF-8 of lead bytes E1, E3 to EC and EE (Vietnamese
// letters, CJK: every continuation byte from 80 to BF is valid after
// them, and none of them holds a control character: the bidi controls
// are under E2, which goes to tsvCell, as E0, ED and EF do).
//
// Most names pass plainName, which looks at eight bytes at a time without
// a branch on what they hold: the names of a listing come in no order,
// and a loop that branches at each accent mispredicts at each (60 ns a
// name in `deadlines --within 30` at 100,000 cases, 20 in a loop over
// eight names).
func tsvName(s string) string {
	if plainName(s) {
		return s
	}
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight printable ASCII bytes at a time (specialBytes
			// also stops at quotes and backslashes, which are fine,
			// and not at DEL, looked for too).
			const ones = 0x0101010101010101
			x := load64(s, i)
			del := x ^ (0x7f * ones)
			m := specialBytes(x) | (del-ones)&^del&(0x80*ones)
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		switch c := s[i]; {
		case c >= 0x20 && c < 0x7f:
			i++
		case c >= 0xC3 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		case (c == 0xE1 || c >= 0xE3 && c <= 0xEC || c == 0xEE) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			return tsvCell(s)
		}
	}
	return s
}

// plainName reports whether s, eight bytes or more, is made of printable
// ASCII and two-byte UTF-8 of lead bytes C3 to DF (what tsvName's loop
// passes but three-byte letters); false says only "look closer". Each
// word's bytes are classed at once, exactly (no borrow between bytes):
// printable ASCII, lead or continuation; every byte must be one of them,
// and the continuations must be the leads moved one byte on (a lead in a
// word's last byte carried into the next word's first).
func plainName(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n := len(s)
	if n < 8 {
		return false
	}
	// zero has the high bit set in each byte of y that is 0.
	zero := func(y uint64) uint64 { return ^((y&(0x7f*ones) + 0x7f*ones) | y) & highs }
	var bad, carry uint64
	for i := 0; i < n; i += 8 {
		var x uint64
		if i+8 <= n {
			x = load64(s, i)
		} else {
			// The last bytes: the word ending the string, moved down
			// past what was read, topped up with 'a's.
			sh := 8 * uint(i+8-n)
			x = load64(s, n-8)>>sh | 0x6161616161616161<<(64-sh)
		}
		cont := zero(x&(0xc0*ones) ^ 0x80*ones)
		lead := zero(x&(0xe0*ones)^0xc0*ones) & (x&(0x1f*ones) + 0x7d*ones)    // C0 to DF, low five bits >= 3
		ascii := ^x & (x&(0x7f*ones) + 0x60*ones) &^ zero(x^0x7f*ones) & highs // 0x20 to 0x7E
		bad |= (ascii | lead | cont) ^ highs | (cont ^ (lead<<8 | carry))
		carry = lead >> 56
	}
	return bad|carry == 0
}

// notedKey is a title (its id in the agenda's texts) with its legal date.
type notedKey struct {
	title uint32
	date  procedures.Date
}

// printDeadlinesTSV is printDeadlines' plain form: tab-separated lines
// under the header, the title and its legal date whole.
func printDeadlinesTSV(l *i18n.Printer, w io.Writer, head [4]string, cells [][4]string, rows []deadlineJSON) error {
	tsv := make([][]string, len(rows))
	for i, r := range rows {
		title := procedures.TitleIn(l, r.Title)
		if r.ActBy != "" {
			title += " " + legalNote(l, r.Date)
		}
		tsv[i] = append(cells[i][:], title)
	}
	return writeTSV(w, append(head[:], l.T("WHAT")), tsv)
}

// legalNote notes the legal date of a deadline whose date to act by is the
// business day before it (R-DAYS-CLOSED): "(legal 2026-12-26, Sat)".
func legalNote(l *i18n.Printer, iso string) string {
	d, err := procedures.ParseDate(iso)
	if err != nil {
		return l.T("(legal %s)", iso)
	}
	return l.T("(legal %s, %s)", iso, l.Weekday(d.Weekday()))
}

// writeDeadlinesJSON prints rows as a JSON array, one object per line. It
// appends the fields itself: encoding/json with indentation took several
// times longer than reading the index for 10,000 cases. The fields are
// those of deadlineJSON's tags.
func writeDeadlinesJSON(w io.Writer, rows []deadlineJSON) error {
	return writeDeadlineList(w, len(rows), func(i int) deadlineJSON { return rows[i] })
}

// writeDeadlineList is writeDeadlinesJSON for n rows built on demand.
func writeDeadlineList(w io.Writer, n int, row func(int) deadlineJSON) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	buf := make([]byte, 0, 1024)
	bw.WriteString("[")
	esc := newJSONMemo()
	for i := range n {
		r := row(i)
		buf = appendDeadlineJSONMemo(buf[:0], i, &r, esc)
		bw.Write(buf)
	}
	bw.WriteString(jsonListEnd(n))
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// jsonListEnd closes a list of n rows.
func jsonListEnd(n int) string {
	if n > 0 {
		return "\n]\n"
	}
	return "]\n"
}

// appendDeadlineJSON appends the i-th row of the list (its comma
// included, on a line of its own) with the fields of deadlineJSON's tags.
func appendDeadlineJSON(buf []byte, i int, r *deadlineJSON) []byte {
	return appendDeadlineJSONMemo(buf, i, r, nil)
}

// appendDeadlineJSONMemo is appendDeadlineJSON taking the JSON of the
// texts rows share (all but the person) from esc when not nil: most of a
// row is then copied, not escaped again.
func appendDeadlineJSONMemo(buf []byte, i int, r *deadlineJSON, esc *strMemo) []byte {
	field := func(buf []byte, name, value string) []byte {
		if esc == nil {
			return appendField(buf, name, value)
		}
		buf = append(buf, ',', '"')
		buf = append(buf, name...)
		buf = append(buf, '"', ':')
		return append(buf, esc.get(value)...)
	}
	if i > 0 {
		buf = append(buf, ',')
	}
	buf = append(buf, "\n  {\"case\":"...)
	buf = strconv.AppendUint(buf, r.Case, 10)
	buf = appendField(buf, "person", r.Person)
	buf = field(buf, "procedure", r.Procedure)
	buf = field(buf, "key", r.Key)
	buf = field(buf, "date", r.Date)
	buf = append(buf, `,"days_left":`...)
	buf = strconv.AppendInt(buf, int64(r.DaysLeft), 10)
	buf = field(buf, "kind", r.Kind)
	buf = field(buf, "title", r.Title)
	buf = field(buf, "rule", r.Rule)
	if r.ActBy != "" {
		buf = field(buf, "act_by", r.ActBy)
	}
	if r.Note != "" {
		buf = field(buf, "note", r.Note)
	}
	buf = append(buf, `,"done":`...)
	buf = strconv.AppendBool(buf, r.Done)
	buf = field(buf, "urgency", r.Urgency)
	return append(buf, '}')
}

// appendField appends ,"name":"value" with value escaped as JSON.
func appendField(buf []byte, name, value string) []byte {
	buf = append(buf, ',', '"')
	buf = append(buf, name...)
	buf = append(buf, '"', ':')
	return appendJSONString(buf, value)
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, other UTF-8 kept as is (invalid bytes become
// U+FFFD, as encoding/json does). It copies runs of plain bytes at once,
// finding the next byte to look at eight bytes at a time: the output of
// `deadlines --json` is megabytes of mostly plain ASCII.
func appendJSONString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	if plainJSON(s) {
		// Nothing to escape (a name with accents: its UTF-8 as is).
		buf = append(buf, s...)
		return append(buf, '"')
	}
	start := 0 // s[start:i] is plain and not yet appended
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			m := specialBytes(load64(s, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size != 1 {
				i += size // valid UTF-8 stays in the run
				continue
			}
			buf = append(buf, s[start:i]...)
			buf = append(buf, `\ufffd`...)
			i++
			start = i
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		buf = append(buf, s[start:i]...)
		switch c {
		case '"', '\\':
			buf = append(buf, '\\', c)
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\t':
			buf = append(buf, '\\', 't')
		case '\r':
			buf = append(buf, '\\', 'r')
		default:
			buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		i++
		start = i
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

// plainJSON reports whether s is valid UTF-8 without a control
// character, quote or backslash: a JSON string as it is. Eight bytes at a
// time, then utf8.ValidString (itself eight at a time over ASCII).
func plainJSON(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if len(s) < 64 && nameJSON(s) {
		return true
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		quote := x ^ ('"' * ones)
		slash := x ^ ('\\' * ones)
		if ((x-0x20*ones)&^x|(quote-ones)&^quote|(slash-ones)&^slash)&highs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			return false
		}
	}
	return utf8.ValidString(s)
}

// nameJSON reports at once that s, a name, is plainJSON when it is made of
// printable ASCII and two-byte UTF-8 (lead bytes C2 to DF, valid with any
// continuation byte); false says only "look closer".
func nameJSON(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight plain ASCII bytes at a time (specialBytes: the
			// lowest byte that is not).
			m := specialBytes(load64(s, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		switch c := s[i]; {
		case c >= 0x20 && c < 0x80 && c != '"' && c != '\\':
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			return false
		}
	}
	return true
}

// load64 reads s[i:i+8] as a little-endian word: one load once compiled,
// the eight bytes taken from a slice of a known length (indexed from i,
// each byte had its own bounds check and load: a fifth of the time of
// tsvName and nameJSON).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// specialBytes has the high bit set in the byte of x that is the first
// (lowest) control character, quote, backslash or non-ASCII byte, if any;
// 0 when all eight bytes are plain. Bits above the first match may be
// spurious: callers use only the lowest.
func specialBytes(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote := x ^ ('"' * ones)
	slash := x ^ ('\\' * ones)
	return ((x-0x20*ones)&^x | (quote-ones)&^quote | (slash-ones)&^slash | x) & highs
}
