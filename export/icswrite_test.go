package export

import (
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
)

// TestICSLinesAsArran: icsProp writes each content line as golang-ical
// v0.3.4 (which tramite used to write calendars until issue 15) wrote it:
// the same escapes, the same folds (at a space, "<" or after ">", else at
// 75 octets between characters), CRLF, for text and other values, with
// and without a parameter.
func TestICSLinesAsArran(t *testing.T) {
	words := []string{
		"", "a", "INM", "Ana García López: Appointment at the INM office at 10:30, Oficina de representación en Querétaro",
		strings.Repeat("x", 74), strings.Repeat("x", 75), strings.Repeat("x", 76), strings.Repeat("x", 300),
		strings.Repeat("ñ", 40), strings.Repeat("ñ", 200), strings.Repeat("a ", 120), strings.Repeat("é ", 90),
		strings.Repeat("abc; def, ghi\\ jkl\n", 12), "<ana@example.com> <" + strings.Repeat("b", 90) + ">",
		strings.Repeat("x", 60) + ">" + strings.Repeat("y", 60), strings.Repeat("ab<cd", 40),
		strings.Repeat("日本語のテキスト", 20), strings.Repeat(" ", 100), strings.Repeat("x", 69) + " " + strings.Repeat("y", 100),
		strings.Repeat("z", 72) + "ñ" + strings.Repeat("w", 80), "tab\there", "50% of the fee; 2 copies, signed",
	}
	conf := &ics.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\r\n"}
	for _, name := range []string{"SUMMARY", "DESCRIPTION", "X-WR-CALDESC", "UID", "DTSTART", "TRIGGER"} {
		for _, param := range []string{"", "VALUE=DATE"} {
			for _, v := range words {
				p := ics.BaseProperty{IANAToken: name, Value: v}
				if param != "" {
					p.ICalParameters = map[string][]string{"VALUE": {"DATE"}}
				}
				var want strings.Builder
				if err := p.SerializeTo(&want, conf); err != nil {
					t.Fatal(err)
				}
				text := p.GetValueType() == ics.ValueDataTypeText
				var got strings.Builder
				icsProp(&got, name, param, v, text)
				if got.String() != want.String() {
					t.Errorf("icsProp(%s, %q, %q) =\n%q\ngolang-ical writes\n%q", name, param, v, got.String(), want.String())
				}
			}
		}
	}
}
