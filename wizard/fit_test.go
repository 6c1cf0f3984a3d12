package wizard

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tramite/procedures"
)

// A resize that rebuilds the open form keeps what was typed, the cursor
// at its end, and the answer taken is the whole text (renewal's
// card_expiry, R-RENEW-WINDOW).
func TestResizeKeepsTheTypedValue(t *testing.T) {
	proc, err := procedures.Lookup("renewal")
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, New(proc, procedures.Answers{"card_type": "temporary"}, Options{}))
	d.wantCurrent("card_expiry")
	d.typeText("15/03/20")
	for _, sz := range [][2]int{{40, 6}, {30, 4}, {80, 22}} {
		d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		d.wantView("> 15/03/20")
		if n := strings.Count(d.view(), "\n") + 1; n > sz[1] {
			t.Errorf("%d lines in a %d-line wizard:\n%s", n, sz[1], d.view())
		}
	}
	d.send(tea.WindowSizeMsg{Width: 40, Height: 6})
	d.typeText("27") // typed after the rebuild, at the end of the text
	d.enter()
	d.wantCurrent("in_mexico")
	want := []tea.Msg{AnswerMsg{Key: "card_expiry", Value: "2027-03-15"}}
	if got := d.takeEmitted(); !reflect.DeepEqual(got, want) {
		t.Fatalf("emitted %v, want %v", got, want)
	}
}

// A highlighted choice survives a resize too (status change's route,
// R-STATUS-FAMILY).
func TestResizeKeepsTheHighlightedChoice(t *testing.T) {
	proc, err := procedures.Lookup("status-change")
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, New(proc, nil, Options{}))
	d.wantCurrent("route")
	d.down()
	d.down()
	d.send(tea.WindowSizeMsg{Width: 40, Height: 5})
	d.wantView("> Family unity")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 22})
	d.wantView("> Family unity")
	d.enter()
	if got := d.m.Answers()["route"]; got != "family-unity" {
		t.Fatalf("route = %q after resizes, want family-unity", got)
	}
}

// The title is cut, never the input line, when even the title does not
// fit; the cut title ends with "…".
func TestCutTitle(t *testing.T) {
	tests := map[string]struct {
		title string
		w, n  int
		want  string
	}{
		"whole when no cut is asked":   {"What expiry date is printed on the card?", 20, 0, "What expiry date is printed on the card?"},
		"whole when it fits the lines": {"What expiry date?", 20, 1, "What expiry date?"},
		"cut to one line with …":       {"What expiry date is printed on the card?", 20, 1, "What expiry date is…"},
		"cut to two lines with …":      {"What expiry date is printed on the card? (vigencia)", 20, 2, "What expiry date is\nprinted on the card…"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := cutTitle(tc.title, tc.w, tc.n); got != tc.want {
				t.Errorf("cutTitle(%q, %d, %d) = %q, want %q", tc.title, tc.w, tc.n, got, tc.want)
			}
		})
	}
}
