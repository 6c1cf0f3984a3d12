package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"tramite/procedures"
)

// daysLeft says how far a date is from today: "in 12 days", "today",
// "3 days late" for a missed hard date (a window closing, a due date, an
// appointment), "3 days ago" for one that merely passed (a window opening),
// or "done" for a deadline the case has moved past.
func daysLeft(n int, done, hard bool) string {
	past := "late"
	if !hard {
		past = "ago"
	}
	switch {
	case done:
		return "done"
	case n == 0:
		return "today"
	case n == 1:
		return "in 1 day"
	case n > 1:
		return "in " + strconv.Itoa(n) + " days"
	case n == -1:
		return "1 day " + past
	default:
		return strconv.Itoa(-n) + " days " + past
	}
}

// printDeadlines prints an aligned table within width columns: the title
// gets what the other columns leave, and is cut with "…" beyond that. It
// pads by rune count itself rather than through text/tabwriter, which took
// as long as reading the index for 10,000 cases.
func printDeadlines(w io.Writer, rows []deadlineJSON, width int) error {
	const gap = 2
	cells := make([][4]string, len(rows))
	widths := [4]int{len("DATE"), len("LEFT"), len("PERSON"), len("PROCEDURE")}
	for i, r := range rows {
		cells[i] = [4]string{r.Date, daysLeft(r.DaysLeft, r.Done, r.hard), truncate(r.Person, 16), truncate(r.Procedure, 13)}
		for j, c := range cells[i] {
			widths[j] = max(widths[j], utf8.RuneCountInString(c))
		}
	}
	titleWidth := width
	for _, wd := range widths {
		titleWidth -= wd + gap
	}
	titleWidth = max(titleWidth, 12)
	bw := bufio.NewWriterSize(w, 64<<10)
	line := func(c [4]string, title string) {
		for j, cell := range c {
			bw.WriteString(cell)
			bw.WriteString(strings.Repeat(" ", widths[j]-utf8.RuneCountInString(cell)+gap))
		}
		bw.WriteString(title)
		bw.WriteByte('\n')
	}
	line([4]string{"DATE", "LEFT", "PERSON", "PROCEDURE"}, "WHAT")
	for i, r := range rows {
		title := r.Title
		if r.ActBy != "" && !r.Done {
			title = "act by " + shortDate(r.ActBy) + ": " + title
		}
		line(cells[i], truncate(title, titleWidth))
	}
	return bw.Flush()
}

// shortDate writes an ISO date as "11 Dec", for the act-by prefix that
// stands beside the full date.
func shortDate(iso string) string {
	d, err := procedures.ParseDate(iso)
	if err != nil {
		return iso
	}
	return fmt.Sprintf("%d %s", d.Day, d.Month.String()[:3])
}

// writeDeadlinesJSON prints rows as a JSON array, one object per line. It
// appends the fields itself: encoding/json with indentation took several
// times longer than reading the index for 10,000 cases. The fields are
// those of deadlineJSON's tags.
func writeDeadlinesJSON(w io.Writer, rows []deadlineJSON) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	buf := make([]byte, 0, 1024)
	bw.WriteString("[")
	for i, r := range rows {
		buf = buf[:0]
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, "\n  {\"case\":"...)
		buf = strconv.AppendUint(buf, r.Case, 10)
		buf = appendField(buf, "person", r.Person)
		buf = appendField(buf, "procedure", r.Procedure)
		buf = appendField(buf, "key", r.Key)
		buf = appendField(buf, "date", r.Date)
		buf = append(buf, `,"days_left":`...)
		buf = strconv.AppendInt(buf, int64(r.DaysLeft), 10)
		buf = appendField(buf, "kind", r.Kind)
		buf = appendField(buf, "title", r.Title)
		buf = appendField(buf, "rule", r.Rule)
		if r.ActBy != "" {
			buf = appendField(buf, "act_by", r.ActBy)
		}
		if r.Note != "" {
			buf = appendField(buf, "note", r.Note)
		}
		buf = append(buf, `,"done":`...)
		buf = strconv.AppendBool(buf, r.Done)
		buf = append(buf, '}')
		bw.Write(buf)
	}
	if len(rows) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
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
// U+FFFD, as encoding/json does).
func appendJSONString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				buf = append(buf, '\\', c)
			case c == '\n':
				buf = append(buf, '\\', 'n')
			case c == '\t':
				buf = append(buf, '\\', 't')
			case c == '\r':
				buf = append(buf, '\\', 'r')
			case c < 0x20:
				buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				buf = append(buf, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			buf = append(buf, `\ufffd`...)
		} else {
			buf = append(buf, s[i:i+size]...)
		}
		i += size
	}
	return append(buf, '"')
}
