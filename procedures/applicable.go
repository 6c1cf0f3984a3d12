package procedures

// Applicable returns the deadlines that apply on today: a contingent
// deadline (IfMissed) is dropped until the date it depends on has passed,
// and from then on it supersedes that date, which is marked Done (the user
// acts on the contingency, not on the missed date). The input is not
// modified.
func Applicable(ds []Deadline, today Date) []Deadline {
	contingent := false
	for _, d := range ds {
		if d.IfMissed != "" {
			contingent = true
			break
		}
	}
	if !contingent {
		return ds
	}
	passed := make(map[string]bool, len(ds))
	for _, d := range ds {
		passed[d.Key] = today.After(d.Date)
	}
	superseded := map[string]bool{}
	out := make([]Deadline, 0, len(ds))
	for _, d := range ds {
		if d.IfMissed == "" {
			continue
		}
		if passed[d.IfMissed] {
			superseded[d.IfMissed] = true
		}
	}
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
