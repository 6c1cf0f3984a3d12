package tui

import (
	"strings"
	"testing"

	"tramite/textsafe"
)

// Names and notes stored before tramite refused control characters (or
// written by another program) never command the terminal: no payload of
// textsafe.Hostile reaches the dashboard, the cases list or the case view.
// The frames carry tramite's own styling, so the test looks for the
// payloads themselves, not for any escape byte.
func TestHostileStoredTextNeverReachesTheScreen(t *testing.T) {
	for i, name := range textsafe.Hostile {
		st := newMemStore()
		id := addCase(t, st, storePerson(t, st, name), "renewal", renewalAnswers("2026-12-10"))
		st.SetNotes(id, name+"\nsecond line "+name)
		a := startApp(t, st, 100, 40)
		frames := map[string]string{"dashboard": a.View().Content}
		a = keys(t, a, "tab")
		frames["cases list"] = a.View().Content
		frames["case view"] = openCase(t, st, id, 100, 60).View().Content
		for where, frame := range frames {
			for _, payload := range payloads(name) {
				if strings.Contains(frame, payload) {
					t.Errorf("hostile name %d: %q reaches the %s", i, payload, where)
				}
			}
		}
	}
}

// payloads are the parts of a hostile string that must not reach a
// terminal: each control character or escape introducer with what follows.
func payloads(s string) []string {
	var out []string
	for i, r := range s {
		if textsafe.FirstUnsafe(string(r), false) != "" {
			end := min(i+6, len(s))
			out = append(out, s[i:end])
		}
	}
	return out
}
