package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tramite/procedures"
)

// `tramite demo --today D` tells its cases' story around D, not around the
// machine's clock: every case's history begins with its creation, no entry
// is after D, the stages come in order, and no case says "No history
// recorded before" (the real day). Both a day long before the real one and
// one after it.
func TestE2EDemoHistoryFollowsToday(t *testing.T) {
	for _, today := range []string{"2026-03-16", "2027-09-15"} {
		t.Run(today, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "t.db")
			d := procedures.MustDate(today)
			runAt(t, db, d, "demo", "--cases", "40")
			text := runAt(t, db, d, "export", "--household", "--format", "text")
			if strings.Contains(text, "No history recorded before") {
				i := strings.Index(text, "No history recorded before")
				t.Errorf("a demo case has no history of its own: %q", text[i:i+40])
			}
			var file struct {
				Cases []struct {
					ID       uint64    `json:"id"`
					Created  time.Time `json:"created"`
					Updated  time.Time `json:"updated"`
					Progress struct {
						Stage string `json:"stage"`
					} `json:"progress"`
					History []struct {
						At    time.Time `json:"at"`
						Kind  string    `json:"kind"`
						Stage string    `json:"stage"`
					} `json:"history"`
				} `json:"cases"`
			}
			out := runAt(t, db, d, "export", "--household", "--format", "json")
			if err := json.Unmarshal([]byte(out), &file); err != nil {
				t.Fatal(err)
			}
			if len(file.Cases) < 30 {
				t.Fatalf("%d demo cases", len(file.Cases))
			}
			stages := map[string]bool{}
			for _, c := range file.Cases {
				h := c.History
				if len(h) == 0 || h[0].Kind != "created" || !h[0].At.Equal(c.Created) {
					t.Errorf("case %d: history %+v, created %v", c.ID, h, c.Created)
					continue
				}
				for i, e := range h {
					day := procedures.DateOf(e.At.Local())
					if day.After(d) || day.Before(d.AddDays(-300)) {
						t.Errorf("case %d: entry %s on %s, far from --today %s", c.ID, e.Kind, day, d)
					}
					if i > 0 && e.At.Before(h[i-1].At) {
						t.Errorf("case %d: entries out of order: %+v", c.ID, h)
					}
				}
				if last := h[len(h)-1]; !last.At.Equal(c.Updated) {
					t.Errorf("case %d: updated %v, last entry %v", c.ID, c.Updated, last.At)
				}
				if c.Progress.Stage != "draft" {
					reached := ""
					for _, e := range h {
						if e.Kind == "stage" {
							reached = e.Stage
						}
					}
					if reached != c.Progress.Stage {
						t.Errorf("case %d at %s: its history's last stage is %q", c.ID, c.Progress.Stage, reached)
					}
				}
				stages[c.Progress.Stage] = true
			}
			if len(stages) < 4 {
				t.Errorf("the demo's cases reach only %v: the test needs more stages", stages)
			}
		})
	}
}
