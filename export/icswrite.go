package export

import (
	"strings"
	"unicode/utf8"
)

// The calendar's content lines (RFC 5545, section 3.1), written here
// rather than by golang-ical, which tramite used only to write them: its
// import brought net/http and ten more packages into every start of
// tramite (issue 15). The bytes are the ones golang-ical v0.3.4 wrote
// (TestICSLinesAsArran compares them; the export goldens are unchanged).

// icsMaxLine is the longest content line, in octets, before folding.
const icsMaxLine = 75

// icsText escapes a TEXT value: backslash, newline, semicolon and comma.
var icsText = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `;`, `\;`, `,`, `\,`)

// icsProp writes one content line, "NAME;PARAM:VALUE" and CRLF, to b:
// value escaped when text is set, the line folded when longer than 75
// octets. param is "" or a parameter as written ("VALUE=DATE").
func icsProp(b *strings.Builder, name, param, value string, text bool) {
	line := name
	if param != "" {
		line += ";" + param
	}
	if text {
		value = icsText.Replace(value)
	}
	line += ":" + value
	if len(line) > icsMaxLine {
		head := icsCut(line, icsMaxLine)
		b.WriteString(head)
		b.WriteString("\r\n")
		line = line[len(head):]
		for len(line) > icsMaxLine-1 {
			head := icsCut(line, icsMaxLine-1)
			b.WriteString(" ")
			b.WriteString(head)
			b.WriteString("\r\n")
			line = line[len(head):]
		}
		b.WriteString(" ")
	}
	b.WriteString(line)
	b.WriteString("\r\n")
}

// icsCut is the part of s that goes on one folded line of at most max
// octets, cut between characters: before the last space or "<", or after
// the last ">", met up to and including the first character that does
// not fit; failing one, after the last character that fits. (A folded
// line so keeps its words whole, the space starting the next line.)
func icsCut(s string, max int) string {
	fits, boundary := 0, -1
	var prev rune
	for i, r := range s {
		if r == ' ' || r == '<' || prev == '>' {
			boundary = i
		}
		prev = r
		n := fits + utf8.RuneLen(r)
		if n > max {
			break
		}
		fits = n
	}
	if boundary > 0 {
		return s[:boundary]
	}
	return s[:fits]
}
