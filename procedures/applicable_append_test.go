package procedures

import (
	"reflect"
	"testing"
)

// applicableByMaps is Applicable as first written, with maps: the
// reference AppendApplicable's scans must agree with.
func applicableByMaps(ds []Deadline, today Date) []Deadline {
	passed := map[string]bool{}
	for _, d := range ds {
		passed[d.Key] = today.After(d.Date)
	}
	superseded := map[string]bool{}
	for _, d := range ds {
		if d.IfMissed != "" && passed[d.IfMissed] {
			superseded[d.IfMissed] = true
		}
	}
	out := []Deadline{}
	for _, d := range ds {
		if d.IfMissed != "" && !passed[d.IfMissed] {
			continue
		}
		if superseded[d.Key] {
			d.Done = true
		}
		out = append(out, d)
	}
	return out
}

// R-RENEW-EXPIRED-IN: AppendApplicable keeps and supersedes the same
// deadlines as Applicable, appends after what dst holds, and treats a
// deadline without a key, a key repeated and a contingency on a missing
// key as Applicable always did.
func TestAppendApplicableMatchesApplicable(t *testing.T) {
	closes := Deadline{Key: "renewal-window-closes", Date: MustDate("2026-12-15"), Kind: Closes, Rule: "R-RENEW-WINDOW"}
	regularise := Deadline{Key: "renewal-regularise-by", Date: MustDate("2027-02-13"), Kind: Closes,
		IfMissed: "renewal-window-closes", Rule: "R-RENEW-EXPIRED-IN"}
	noKey := Deadline{Date: MustDate("2026-11-01"), Kind: Reminder}
	orphan := Deadline{Key: "orphan", Date: MustDate("2027-01-01"), IfMissed: "no-such-key"}
	closesAgain := closes
	closesAgain.Date = MustDate("2027-01-10")
	sets := map[string][]Deadline{
		"the renewal window and its regularisation": {closes, regularise},
		"a deadline without a key":                  {noKey, closes, regularise},
		"a key repeated: its last date counts":      {closes, regularise, closesAgain},
		"a contingency on a key the case lacks":     {closes, orphan},
		"no contingent deadline":                    {noKey, closes},
	}
	for name, ds := range sets {
		for _, today := range []string{"2026-11-23", "2026-12-16", "2027-01-11", "2027-03-01"} {
			t.Run(name+" on "+today, func(t *testing.T) {
				d := MustDate(today)
				want := applicableByMaps(ds, d)
				if got := Applicable(ds, d); !reflect.DeepEqual(append([]Deadline{}, got...), want) {
					t.Errorf("Applicable =\n %+v\nwant\n %+v", got, want)
				}
				pre := Deadline{Key: "already-there"}
				got := AppendApplicable([]Deadline{pre}, ds, d)
				if !reflect.DeepEqual(got, append([]Deadline{pre}, want...)) {
					t.Errorf("AppendApplicable =\n %+v\nwant\n %+v", got, append([]Deadline{pre}, want...))
				}
			})
		}
	}
}
