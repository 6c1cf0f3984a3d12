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

// A prompt whose wrap ends at a comma is shown in the lines it needs:
// huh's own wrap let "(oferta de empleo," run one cell past the field,
// and the frame put "empleo," on a line of its own (canje's job offer
// question at 80 columns, R-CANJE-TERM).
func TestPromptWrapsWithoutAStrayWord(t *testing.T) {
	proc, err := procedures.Lookup("canje")
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, New(proc, procedures.Answers{"visa_type": "temporary", "visa_issue_date": "2026-10-01", "visa_expiry": "2027-03-30",
		"entered": "yes", "entry_date": "2026-11-20"}, Options{}))
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.wantCurrent("work_permit")
	lines := strings.Split(d.view(), "\n")
	for i, l := range lines {
		if strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "┃")) == "empleo," {
			t.Errorf("line %d holds one word:\n%s", i, d.view())
		}
	}
	d.wantView("(oferta de")
	d.wantView("empleo, permiso para trabajar)")
	// A resize builds the form again at the new width, and the Sources
	// line stays (it was dropped when a resize rebuilt the form).
	d.send(tea.WindowSizeMsg{Width: 70, Height: 24})
	d.wantView("Sources: R-CANJE-TERM")
	for i, l := range strings.Split(d.view(), "\n") {
		if w := len([]rune(strings.TrimRight(l, " "))); w > 70 {
			t.Errorf("line %d is %d wide at 70 columns:\n%s", i, w, d.view())
		}
	}
}
