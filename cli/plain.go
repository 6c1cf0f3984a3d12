package cli

import (
	"bufio"
	"io"
	"strings"

	"tramite/textsafe"
)

// Plain output: when stdout is not a terminal (`tramite cases | grep`, a
// file), the listings print tab-separated lines under a header line,
// every name and title whole: nothing is cut to fit a screen nobody
// reads, and `cut -f3` or a spreadsheet gets the columns. A terminal
// gets the aligned table.

// tsvCell is s as one tab-separated field: on one line, without tabs or
// control sequences.
func tsvCell(s string) string {
	// Most cells are printable ASCII: nothing to clean.
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	s = textsafe.Line(s)
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
	}
	return s
}

// writeTSV writes head and rows as tab-separated lines.
func writeTSV(w io.Writer, head []string, rows [][]string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	writeTSVLine(bw, head)
	for _, r := range rows {
		writeTSVLine(bw, r)
	}
	return bw.Flush()
}

// writeTSVLine writes cells as one tab-separated line.
func writeTSVLine(bw *bufio.Writer, cells []string) {
	for i, c := range cells {
		if i > 0 {
			bw.WriteByte('\t')
		}
		bw.WriteString(tsvCell(c))
	}
	bw.WriteByte('\n')
}
