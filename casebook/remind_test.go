package casebook

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"tramite/procedures"
	"tramite/record"
)

func TestDueOf(t *testing.T) {
	def := DefaultLeadTimes()
	week, _ := ParseLeadTimes(map[string][]int{"closes": {7}, "opens": {}})
	closedOn := procedures.Deadline{Key: "k", Kind: procedures.Closes, Date: today.AddDays(33), ActBy: today.AddDays(30)}
	done := dl("k", procedures.Due, 3)
	done.Done = true
	tests := map[string]struct {
		d       procedures.Deadline
		lt      LeadTimes
		due     Due
		leadDay bool
	}{
		"a window that closed 3 days ago is late, every day":        {dl("k", procedures.Closes, -3), def, DueLate, true},
		"a missed appointment is late":                              {dl("k", procedures.Appointment, -1), def, DueLate, true},
		"a due date today is due today":                             {dl("k", procedures.Due, 0), def, DueToday, true},
		"an appointment today is due today":                         {dl("k", procedures.Appointment, 0), def, DueToday, true},
		"a close in 30 days is within the 30-day lead, on its day":  {dl("k", procedures.Closes, 30), def, DueSoon, true},
		"a close in 12 days is within the lead, not a reminder day": {dl("k", procedures.Closes, 12), def, DueSoon, false},
		"a close in 7 days is on the 7-day lead":                    {dl("k", procedures.Closes, 7), def, DueSoon, true},
		"a close in 1 day is on the 1-day lead":                     {dl("k", procedures.Closes, 1), def, DueSoon, true},
		"a close in 31 days is not due yet":                         {dl("k", procedures.Closes, 31), def, NotDue, false},
		"a window that opens today is due (lead 0), not today":      {dl("k", procedures.Opens, 0), def, DueSoon, true},
		"a window that opens tomorrow is not due with lead 0":       {dl("k", procedures.Opens, 1), def, NotDue, false},
		"an opening past is history":                                {dl("k", procedures.Opens, -2), def, NotDue, false},
		"a reminder on its day is due":                              {dl("k", procedures.Reminder, 0), def, DueSoon, true},
		"done is never due":                                         {done, def, NotDue, false},
		"R-DAYS-CLOSED: counted to the act-by day (30), not 33":     {closedOn, def, DueSoon, true},
		"closes = [7]: 12 days ahead is not due":                    {dl("k", procedures.Closes, 12), week, NotDue, false},
		"closes = [7]: 7 days ahead is due":                         {dl("k", procedures.Closes, 7), week, DueSoon, true},
		"opens = []: an opening today is not due":                   {dl("k", procedures.Opens, 0), week, NotDue, false},
		"closes = [7]: late stays late whatever the lead times":     {dl("k", procedures.Closes, -1), week, DueLate, true},
		"due keeps its defaults when only closes is set":            {dl("k", procedures.Due, 30), week, DueSoon, true},
		// R-PAY-TWO: no term, never late; reminded on its day, then weekly.
		"a to-do on its day is due, a reminder day":   {dl("k", procedures.ToDo, 0), def, DueSoon, true},
		"a to-do 3 days on is due, no reminder":       {dl("k", procedures.ToDo, -3), def, DueSoon, false},
		"a to-do a week on is reminded again":         {dl("k", procedures.ToDo, -7), def, DueSoon, true},
		"a to-do five weeks on is reminded, not late": {dl("k", procedures.ToDo, -35), def, DueSoon, true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			due, days := DueOf(&tt.d, today, tt.lt)
			if due != tt.due {
				t.Errorf("DueOf(%s on %s) = %s, want %s", tt.d.Kind, ActDate(&tt.d), due, tt.due)
			}
			if got := tt.lt.OnLeadDay(tt.d.Kind, due, days); got != tt.leadDay {
				t.Errorf("OnLeadDay(%s, %d days) = %v, want %v", due, days, got, tt.leadDay)
			}
		})
	}
}

func TestParseLeadTimes(t *testing.T) {
	tests := map[string]struct {
		in      map[string][]int
		kind    procedures.DeadlineKind
		want    []int
		errHave string
	}{
		"nothing set keeps 30, 7, 1 for a close":     {nil, procedures.Closes, []int{30, 7, 1}, ""},
		"nothing set keeps the day of an opening":    {nil, procedures.Opens, []int{0}, ""},
		"appointments default to 30, 7, 1 too":       {nil, procedures.Appointment, []int{30, 7, 1}, ""},
		"sorted largest first, repeats dropped":      {map[string][]int{"due": {1, 14, 1, 3}}, procedures.Due, []int{14, 3, 1}, ""},
		"an empty list turns a kind's reminders off": {map[string][]int{"opens": {}}, procedures.Opens, []int{}, ""},
		"an unknown kind says which kinds exist": {map[string][]int{"close": {7}}, 0, nil,
			`"close" is not a kind of date: use opens, closes, due, appointment, eligible-from, reminder`},
		"a negative day says what to type": {map[string][]int{"due": {-3}}, 0, nil,
			"-3 is not a number of days before the date: type whole days from 0 to 366, e.g. due = [30, 7, 1]"},
		"more than a year says what to type": {map[string][]int{"due": {400}}, 0, nil, "from 0 to 366"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			lt, err := ParseLeadTimes(tt.in)
			if tt.errHave != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHave) {
					t.Fatalf("ParseLeadTimes(%v) error = %v, want it to contain %q", tt.in, err, tt.errHave)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(lt.Days(tt.kind), tt.want) {
				t.Errorf("ParseLeadTimes(%v).Days(%s) = %v, %v; want %v", tt.in, tt.kind, lt.Days(tt.kind), err, tt.want)
			}
		})
	}
}

func TestReminders(t *testing.T) {
	sums := []record.Summary{
		{CaseID: 2, Person: "Zoë", Procedure: "renewal", Deadlines: []procedures.Deadline{
			dl("renewal-window-opens", procedures.Opens, 0),
			dl("renewal-window-closes", procedures.Closes, 30),
			dl("far", procedures.Closes, 90),
		}},
		{CaseID: 1, Person: "Ana", Procedure: "notification", Deadlines: []procedures.Deadline{
			dl("notify-by", procedures.Due, -2),
			dl("old-opening", procedures.Opens, -5),
		}},
	}
	r := NewReminders(today, DefaultLeadTimes())
	for i := range sums {
		r.Add(&sums[i])
	}
	items := r.Items()
	var got []string
	for _, it := range items {
		got = append(got, fmt.Sprintf("%d:%s:%s:%d", it.CaseID, it.Deadline.Key, it.Due, it.Days))
	}
	want := "1:notify-by:late:-2 2:renewal-window-opens:soon:0 2:renewal-window-closes:soon:30"
	if strings.Join(got, " ") != want {
		t.Errorf("Items = %s, want %s", strings.Join(got, " "), want)
	}
	if w := Worst(items); w != DueLate {
		t.Errorf("Worst = %s, want late", w)
	}
	if w := Worst(items[1:]); w != DueSoon {
		t.Errorf("Worst without the late one = %s, want soon", w)
	}
	if w := Worst(nil); w != NotDue {
		t.Errorf("Worst(nil) = %s, want not-due", w)
	}
}
