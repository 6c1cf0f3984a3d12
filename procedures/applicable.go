package procedures

// Applicable returns the deadlines that apply on today: a contingent
// deadline (IfMissed) is dropped until the date it depends on has passed,
// and from then on it supersedes that date, which is marked Done (the user
// acts on the contingency, not on the missed date). The input is not
// modified; without contingent deadlines it is returned as is.
func Applicable(ds []Deadline, today Date) []Deadline {
	if !hasContingent(ds) {
		return ds
	}
	return AppendApplicable(make([]Deadline, 0, len(ds)), ds, today)
}

// AppendApplicable appends to dst the deadlines of ds that apply on today,
// as Applicable returns them, and returns the extended slice. Listings over
// thousands of cases reuse one dst instead of allocating per case.
func AppendApplicable(dst, ds []Deadline, today Date) []Deadline {
	if !hasContingent(ds) {
		return append(dst, ds...)
	}
	// A case has a handful of deadlines: scanning them again for each
	// lookup costs less than building maps.
	for _, d := range ds {
		if d.IfMissed != "" && !passed(ds, d.IfMissed, today) {
			continue
		}
		if superseded(ds, d.Key, today) {
			d.Done = true
		}
		dst = append(dst, d)
	}
	return dst
}

func hasContingent(ds []Deadline) bool {
	for i := range ds {
		if ds[i].IfMissed != "" {
			return true
		}
	}
	return false
}

// passed reports whether the date of the deadline keyed key (the last one,
// should a key repeat) is before today; false when no deadline has it.
func passed(ds []Deadline, key string, today Date) bool {
	for i := len(ds) - 1; i >= 0; i-- {
		if ds[i].Key == key {
			return today.After(ds[i].Date)
		}
	}
	return false
}

// superseded reports whether a contingent deadline depends on key and
// key's date has passed. No deadline depends on the empty key.
func superseded(ds []Deadline, key string, today Date) bool {
	if key == "" {
		return false
	}
	for i := range ds {
		if ds[i].IfMissed == key {
			return passed(ds, key, today)
		}
	}
	return false
}
