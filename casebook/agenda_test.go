package casebook

import (
	"testing"

	"tramite/i18n"
	"tramite/procedures"
)

var today = procedures.MustDate("2026-12-02")

func dl(key string, kind procedures.DeadlineKind, days int) procedures.Deadline {
	return procedures.Deadline{Key: key, Kind: kind, Date: today.AddDays(days)}
}

func TestUrgencyAndWords(t *testing.T) {
	closedOn := procedures.Deadline{Key: "k", Kind: procedures.Closes, Date: today.AddDays(2), ActBy: today}
	done := dl("k", procedures.Due, -30)
	done.Done = true
	tests := map[string]struct {
		d    procedures.Deadline
		u    Urgency
		when string
	}{
		"a window that closed 3 days ago is late":   {dl("k", procedures.Closes, -3), Late, "3 days late"},
		"a missed appointment is late":              {dl("k", procedures.Appointment, -3), Late, "3 days late"},
		"a due date one day ago is late":            {dl("k", procedures.Due, -1), Late, "1 day late"},
		"an opening 3 days ago is past":             {dl("k", procedures.Opens, -3), Past, "3 days ago"},
		"an eligibility date yesterday is past":     {dl("k", procedures.EligibleFrom, -1), Past, "1 day ago"},
		"a due date today":                          {dl("k", procedures.Due, 0), Today, "today"},
		"an appointment today":                      {dl("k", procedures.Appointment, 0), Today, "today"},
		"a window opening today is soon, not today": {dl("k", procedures.Opens, 0), Soon, "today"},
		"tomorrow":                   {dl("k", procedures.Closes, 1), Soon, "tomorrow"},
		"7 days is soon":             {dl("k", procedures.Closes, 7), Soon, "in 7 days"},
		"8 days is this month":       {dl("k", procedures.Closes, 8), Month, "in 8 days"},
		"30 days is this month":      {dl("k", procedures.Closes, 30), Month, "in 30 days"},
		"31 days is later":           {dl("k", procedures.Closes, 31), Later, "in 31 days"},
		"counted to the act-by date": {closedOn, Today, "today"},
		"done whatever the date":     {done, Done, "done"},
		// R-PAY-TWO gives no term for the card fee: to do, never late.
		"a to-do on its day has no term":               {dl("k", procedures.ToDo, 0), NoTerm, "no term"},
		"a to-do 40 days on is still not late":         {dl("k", procedures.ToDo, -40), NoTerm, "no term"},
		"a to-do dated ahead is counted down as usual": {dl("k", procedures.ToDo, 3), Soon, "in 3 days"},
		"a done to-do is done":                         {func() procedures.Deadline { d := dl("k", procedures.ToDo, -5); d.Done = true; return d }(), Done, "done"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			u, days := UrgencyOf(&tt.d, today)
			if u != tt.u {
				t.Errorf("urgency %v, want %v", u, tt.u)
			}
			if got := When(u, days); got != tt.when {
				t.Errorf("When = %q, want %q", got, tt.when)
			}
			if IsPending(&tt.d, today) != u.Pending() {
				t.Errorf("IsPending = %v, Urgency.Pending = %v: the listing's filter and the urgency disagree", IsPending(&tt.d, today), u.Pending())
			}
		})
	}
}

// A to-do with no term (the card fee of an approved change, R-PAY-TWO)
// stays pending, is the case's next date while nothing else comes
// before it, and is worded the same in Spanish.
func TestToDoHasNoTerm(t *testing.T) {
	fee := dl("card-fee", procedures.ToDo, -12)
	if !IsPending(&fee, today) {
		t.Fatal("a to-do 12 days old is not pending: it would vanish from the agenda before it is done")
	}
	u, days := UrgencyOf(&fee, today)
	if u != NoTerm || u.String() != "no-term" || days != -12 {
		t.Fatalf("UrgencyOf = %v (%s), %d; want no-term, -12", u, u, days)
	}
	if got := WhenIn(i18n.For(i18n.Spanish), u, days); got != "sin plazo" {
		t.Errorf("Spanish When = %q, want sin plazo", got)
	}
	later := dl("appointment", procedures.Appointment, 3)
	if next, ok := Next([]procedures.Deadline{later, fee}, today); !ok || next.Key != "card-fee" {
		t.Errorf("Next = %s, %v; want the to-do: it is pending and dated first", next.Key, ok)
	}
}

func TestNext(t *testing.T) {
	doneSoon := dl("done", procedures.Due, 1)
	doneSoon.Done = true
	tests := map[string]struct {
		ds   []procedures.Deadline
		want string
		ok   bool
	}{
		"none": {nil, "", false},
		"a missed appointment comes before a later window": {[]procedures.Deadline{dl("window", procedures.Closes, 10), dl("appointment", procedures.Appointment, -3)}, "appointment", true},
		"a late hard date comes first":                     {[]procedures.Deadline{dl("opens", procedures.Opens, 5), dl("late", procedures.Due, -2)}, "late", true},
		"a past opening is skipped":                        {[]procedures.Deadline{dl("opened", procedures.Opens, -5), dl("closes", procedures.Closes, 20)}, "closes", true},
		"done is skipped":                                  {[]procedures.Deadline{doneSoon, dl("later", procedures.Closes, 40)}, "later", true},
		"nothing pending: the latest date":                 {[]procedures.Deadline{dl("a", procedures.Opens, -50), dl("b", procedures.Opens, -5)}, "b", true},
		"ties broken by key":                               {[]procedures.Deadline{dl("z", procedures.Closes, 3), dl("a", procedures.Due, 3)}, "a", true},
		"the act-by date decides, not the legal date":      {[]procedures.Deadline{dl("plain", procedures.Closes, 3), {Key: "moved", Kind: procedures.Closes, Date: today.AddDays(4), ActBy: today.AddDays(2)}}, "moved", true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := Next(tt.ds, today)
			if ok != tt.ok || got.Key != tt.want {
				t.Errorf("Next = %q, %v; want %q, %v", got.Key, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCompareDeadlines(t *testing.T) {
	d1, d2 := today, today.AddDays(1)
	if CompareDeadlines(d1, 9, "z", d2, 1, "a") >= 0 {
		t.Error("an earlier act-by date must come first whatever the case")
	}
	if CompareDeadlines(d1, 1, "z", d1, 2, "a") >= 0 {
		t.Error("on one date the lower case id comes first")
	}
	if CompareDeadlines(d1, 1, "a", d1, 1, "b") >= 0 {
		t.Error("in one case on one date the key decides")
	}
}
