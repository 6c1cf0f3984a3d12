package procedures

import (
	"strings"
)

// The número de pieza kept on the case (R-FORM-PIEZA): the number, the day
// the online form was saved, and a hint for its password (never the
// password itself); from the day saved, the date the form reportedly
// expires, on the case's dates until it is filed.

// formValidDays is how long a saved form reportedly stays valid
// (R-FORM-PIEZA, secondary).
const formValidDays = 90

// RecordPieza returns pr with the pieza, the day the form was saved and a
// password hint, after checking them: the day cannot be after today, and
// a hint that looks like the password is not refused but is the user's to
// choose. Empty values clear what they name.
func RecordPieza(pr Progress, pieza, saved, hint string, c Context) (Progress, error) {
	pieza, saved, hint = strings.TrimSpace(pieza), strings.TrimSpace(saved), strings.TrimSpace(hint)
	if len([]rune(pieza)) > 60 {
		return pr, problemf("the número de pieza is %d characters long: keep it to 60", len([]rune(pieza)))
	}
	if len([]rune(hint)) > 60 {
		return pr, problemf("the password hint is %d characters long: keep it to 60", len([]rune(hint)))
	}
	var d Date
	if saved != "" {
		var err error
		if d, err = ParseDate(saved); err != nil {
			return pr, err
		}
		if !c.Today.IsZero() && d.After(c.Today) {
			return pr, problemf("the day the form was saved cannot be after today (%s): type the day INM's site gave the pieza", c.Today)
		}
	}
	if d.IsZero() && pieza == "" {
		hint = ""
	}
	pr.Pieza, pr.PiezaDate, pr.PiezaHint = pieza, d, hint
	return pr, nil
}

// formExpiry is the day a saved form reportedly expires (R-FORM-PIEZA, 90
// days), counted as R-DAYS-CAL counts "N days" from an event: the day
// saved is day 1, the other reading one day later. It is done once the
// case is filed. ok is false until the day saved is known.
func formExpiry(pr Progress, c Context) (Deadline, bool) {
	if pr.PiezaDate.IsZero() {
		return Deadline{}, false
	}
	last := pr.PiezaDate.AddDays(formValidDays - 1)
	title := "Online form expires (reported 90 days)"
	if pr.Pieza != "" {
		title = "Online form (pieza " + pr.Pieza + ") expires (reported 90 days)"
	}
	return Deadline{
		Key: "form-expires", Date: last, Kind: Reminder, Rule: "R-FORM-PIEZA",
		Title: title,
		Note: c.T("A saved form reportedly expires after 90 days (secondary: check with your INM office): counted from %s as day 1 (R-DAYS-CAL), the other reading %s. File before then, or fill in a new form.",
			pr.PiezaDate, pr.PiezaDate.AddDays(formValidDays)),
		Done: pr.StageAtLeast(StageFiled),
	}, true
}
