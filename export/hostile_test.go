package export

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"tramite/casebook"
	"tramite/textsafe"
)

// hostileViews is the household with every stored text hostile: names,
// nationalities, notes, offices and file numbers from textsafe.Hostile.
func hostileViews(t *testing.T) []casebook.Detail {
	t.Helper()
	cs := householdViews(t)
	for i := range cs {
		h := func(k int) string { return textsafe.Hostile[(i+k)%len(textsafe.Hostile)] }
		cs[i].Person.Name = fmt.Sprintf("%s %d", h(0), i)
		cs[i].Person.Nationality = h(1)
		cs[i].Case.Notes = h(2) + "\n" + h(3)
		cs[i].Case.Progress.Office = h(4)
		cs[i].Case.Progress.NUT = h(5)
		cs[i].Case.Progress.Pieza = h(6)
		cs[i].Case.Progress.AppointmentTime = h(7)
	}
	return cs
}

// TestExportsLetNoControlThrough: text, Markdown and calendar exports of
// hostile stored text hold no escape, control or bidi character on any
// line, and a newline in a name fakes no row.
func TestExportsLetNoControlThrough(t *testing.T) {
	cs := hostileViews(t)
	ctx := testContext()
	for name, render := range map[string]func(io.Writer) error{
		"text":     func(w io.Writer) error { return Text(w, cs, ctx) },
		"markdown": func(w io.Writer) error { return Markdown(w, cs, ctx) },
		"ics":      func(w io.Writer) error { return ICS(w, cs, ctx) },
	} {
		var b bytes.Buffer
		if err := render(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := strings.ReplaceAll(b.String(), "\r\n", "\n")
		for i, line := range strings.Split(out, "\n") {
			if bad := textsafe.FirstUnsafe(line, false); bad != "" {
				t.Errorf("%s line %d holds %s: %q", name, i+1, bad, line)
			}
			if strings.HasPrefix(strings.TrimSpace(line), "2  Fake row") {
				t.Errorf("%s line %d is a row faked by a newline in a name: %q", name, i+1, line)
			}
		}
	}
}
