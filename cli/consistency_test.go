package cli

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
	"tramite/tui"
)

// One truth per case: for every case of a household that covers every
// procedure at every stage (a missed appointment, a filed case, a received
// card, a contingent date among them), and at several todays, the next
// date, its urgency and the case's headline read the same in `cases
// --json`, `deadlines --json`, the dashboard's deadlines and cases lists,
// the case view, the text and Markdown exports, the ICS events and the PDF
// packet read back with pdftotext. Every front-end is driven as a user
// drives it: the built binary for the command line and the exports, the
// TUI model through key presses.

// truthToday is the day the household's answers are made for; the test
// reads it at that day and later ones.
var truthToday = procedures.MustDate("2026-12-02")

// truthCase is what the test knows of a case it made.
type truthCase struct {
	id     uint64
	person string
	proc   string
	stage  procedures.Stage
}

// truthHousehold fills db with one case per procedure and stage, each for
// a person of its own (so a cases-list row names its case), and returns
// them.
func truthHousehold(t *testing.T, db string) []truthCase {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	gen := answerGen{rng: rand.New(rand.NewPCG(7, 11)), today: truthToday}
	stages := []procedures.Stage{procedures.StageDraft, procedures.StageReady, procedures.StageBooked, procedures.StageFiled, procedures.StageReceived,
		procedures.StageApproved}
	var out []truthCase
	for _, proc := range procedures.Catalog() {
		for si, stage := range stages {
			if stage == procedures.StageApproved && !proc.PaysTwice() {
				continue // approved, the card fee to pay: a change of status only (R-PAY-TWO)
			}
			name := fmt.Sprintf("%s %c", proc.ID, 'A'+si)
			p := store.Person{Name: name, Nationality: "colombiana", BirthDate: procedures.MustDate("1985-04-10")}
			gen.person = personAnswers(p)
			ans, err := gen.answers(proc)
			if err != nil {
				t.Fatalf("%s: %v", proc.ID, err)
			}
			if err := st.SavePerson(&p); err != nil {
				t.Fatal(err)
			}
			c := store.Case{PersonID: p.ID, Procedure: proc.ID, Answers: ans, Progress: truthProgress(stage)}
			if err := st.SaveCase(&c); err != nil {
				t.Fatal(err)
			}
			out = append(out, truthCase{id: c.ID, person: name, proc: proc.ID, stage: stage})
		}
	}
	return out
}

// truthProgress is a stage with the dates it records: the appointment was
// 3 days before truthToday (missed, unless the case moved on), the filing
// 10 days before, the card received the week after with a new expiry.
func truthProgress(stage procedures.Stage) procedures.Progress {
	pr := procedures.Progress{Stage: stage}
	if stage == procedures.StageDraft {
		return pr
	}
	if pr.StageAtLeast(procedures.StageBooked) {
		pr.AppointmentDate, pr.AppointmentTime, pr.Office = truthToday.AddDays(-3), "10:00", "INM Mérida"
	}
	if pr.StageAtLeast(procedures.StageFiled) {
		pr.AppointmentDate = truthToday.AddDays(-10)
		pr.FiledDate, pr.NUT = truthToday.AddDays(-10), "MER/2026/42"
	}
	if pr.StageAtLeast(procedures.StageApproved) {
		// Paid to file, approved 2 days ago: the card fee is the next line.
		pr.FeePaid, pr.ApprovedDate = truthToday.AddDays(-11), truthToday.AddDays(-2)
	}
	if pr.StageAtLeast(procedures.StageReceived) {
		pr.ReceivedDate, pr.NewCardExpiry = truthToday.AddDays(-3), truthToday.AddYears(1)
		pr.FeePaid, pr.ApprovedDate = procedures.Date{}, procedures.Date{}
	}
	return pr
}

// runAt runs the built binary with today set, and fails the test on a
// non-zero exit.
func runAt(t *testing.T, db string, today procedures.Date, args ...string) string {
	t.Helper()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	cmd := exec.Command(binPath, append([]string{"--db", db, "--today", today.String()}, args...)...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "NO_COLOR=1"}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("tramite %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

// truthNext is a case's next date as `cases --json` gives it.
type truthNext struct {
	Date, Title, Urgency string
	ActBy                string `json:"act_by"`
	DaysLeft             int    `json:"days_left"`
	Done                 bool
}

func (n truthNext) act() string {
	if n.ActBy != "" {
		return n.ActBy
	}
	return n.Date
}

// words is the agenda's wording of the next date (casebook.When).
func (n truthNext) words() string {
	for u := casebook.Later; u <= casebook.NoTerm; u++ {
		if u.String() == n.Urgency {
			return casebook.When(u, n.DaysLeft)
		}
	}
	return "urgency " + n.Urgency
}

// dashboardWords is the same as the dashboard writes it.
func (n truthNext) dashboardWords() string {
	switch n.Urgency {
	case "late":
		return strings.TrimSuffix(n.words(), "late") + "LATE"
	case "today":
		return "TODAY"
	}
	return n.words()
}

func TestOneTruthPerCase(t *testing.T) {
	if testing.Short() {
		t.Skip("drives every front-end over 35 cases")
	}
	db := filepath.Join(t.TempDir(), "truth.db")
	cases := truthHousehold(t, db)
	_, havePDF := exec.LookPath("pdftotext")
	days := []procedures.Date{truthToday, truthToday.AddDays(45), truthToday.AddDays(400)}
	if raceDetector {
		days = days[:1]
	}
	for _, today := range days {
		t.Run(today.String(), func(t *testing.T) {
			next := casesNext(t, db, today)
			checkDeadlinesAgree(t, db, today, next)
			listed := "" // a person the deadlines list must show once loaded
			for _, c := range cases {
				if n, ok := next[c.id]; ok && pending(n) && listed == "" {
					listed = c.person
				}
			}
			cols := dashboardScreens(t, db, today, cases, listed)
			for i, c := range cases {
				n, ok := next[c.id]
				view := cols.caseViews[i]
				headline := caseViewHeadline(t, view)
				text := runAt(t, db, today, "export", fmt.Sprint(c.id), "--format", "text")
				md := runAt(t, db, today, "export", fmt.Sprint(c.id), "--format", "markdown")
				for name, out := range map[string]string{"text": text, "markdown": md} {
					if !strings.Contains(flat(out), headline) {
						t.Errorf("case %d (%s, %s): the %s export does not say the case view's %q", c.id, c.proc, c.stage, name, headline)
					}
				}
				if c.stage == procedures.StageReceived || c.stage == procedures.StageFiled || c.stage == procedures.StageApproved {
					for name, out := range map[string]string{"case view": view, "text": text} {
						if strings.Contains(flat(out), "Not yet: you can file") {
							t.Errorf("case %d (%s) is %s but the %s says 'Not yet: you can file'", c.id, c.proc, c.stage, name)
						}
					}
				}
				if !ok {
					continue
				}
				if row := cols.casesRows[c.person]; !strings.Contains(row, n.act()+" ") || !strings.Contains(row, n.dashboardWords()) {
					t.Errorf("case %d (%s, %s): cases --json next %s %q; the cases list row reads %q", c.id, c.proc, c.stage, n.act(), n.dashboardWords(), row)
				}
				if pending(n) && !dashboardHas(cols.deadlines, c.person, n) {
					t.Errorf("case %d (%s, %s): the dashboard lists no %s %q for %q", c.id, c.proc, c.stage, n.act(), n.dashboardWords(), n.Title)
				}
				if !lineHas(view, n.act(), n.dashboardWords()) {
					t.Errorf("case %d (%s, %s): the case view has no line with %s %q", c.id, c.proc, c.stage, n.act(), n.dashboardWords())
				}
				for name, out := range map[string]string{"text": text, "markdown": md} {
					if !near(out, n.Title, n.words()) {
						t.Errorf("case %d (%s, %s): the %s export does not say %q near %q", c.id, c.proc, c.stage, name, n.words(), n.Title)
					}
				}
				if !n.Done {
					ics := runAt(t, db, today, "export", fmt.Sprint(c.id), "--format", "ics")
					if !icsHasEvent(ics, n.act(), n.Title) {
						t.Errorf("case %d (%s, %s): no calendar event on %s for %q", c.id, c.proc, c.stage, n.act(), n.Title)
					}
				}
				if havePDF == nil {
					pdf := pdfText(t, db, today, c.id)
					if !strings.Contains(pdf, headline) {
						t.Errorf("case %d (%s, %s): the PDF does not say %q", c.id, c.proc, c.stage, headline)
					}
					if !n.Done && !near(pdf, n.Title, n.words()) {
						t.Errorf("case %d (%s, %s): the PDF does not say %q near %q", c.id, c.proc, c.stage, n.words(), n.Title)
					}
				}
			}
		})
	}
}

// casesNext reads `cases --json`: each case's next date.
func casesNext(t *testing.T, db string, today procedures.Date) map[uint64]truthNext {
	var rows []struct {
		Case uint64
		Next *truthNext
	}
	if err := json.Unmarshal([]byte(runAt(t, db, today, "cases", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	out := map[uint64]truthNext{}
	for _, r := range rows {
		if r.Next != nil {
			out[r.Case] = *r.Next
		}
	}
	return out
}

// checkDeadlinesAgree checks that `deadlines --all --json` lists each
// case's next date with the same urgency, and that the first pending row
// of each case (in the agenda's order) is that next date.
func checkDeadlinesAgree(t *testing.T, db string, today procedures.Date, next map[uint64]truthNext) {
	t.Helper()
	var rows []struct {
		Case                 uint64
		Date, Title, Urgency string
		ActBy                string `json:"act_by"`
		DaysLeft             int    `json:"days_left"`
	}
	if err := json.Unmarshal([]byte(runAt(t, db, today, "deadlines", "--all", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	first := map[uint64]bool{}
	found := map[uint64]bool{}
	for _, r := range rows {
		n, ok := next[r.Case]
		if !ok {
			t.Errorf("case %d has deadlines but no next date in cases --json", r.Case)
			continue
		}
		if r.Date == n.Date && r.Title == n.Title {
			found[r.Case] = true
			if r.Urgency != n.Urgency || r.DaysLeft != n.DaysLeft || r.ActBy != n.ActBy {
				t.Errorf("case %d %q: deadlines says %s, %d days, act by %q; cases says %s, %d days, act by %q",
					r.Case, r.Title, r.Urgency, r.DaysLeft, r.ActBy, n.Urgency, n.DaysLeft, n.ActBy)
			}
		}
		if pending(n) && !first[r.Case] && r.Urgency != "done" && r.Urgency != "past" {
			first[r.Case] = true
			if r.Title != n.Title || r.Date != n.Date {
				t.Errorf("case %d: the first pending deadline is %s %q; cases --json says next is %s %q", r.Case, r.Date, r.Title, n.Date, n.Title)
			}
		}
	}
	for id := range next {
		if !found[id] {
			t.Errorf("case %d: its next date %q is not among deadlines --all", id, next[id].Title)
		}
	}
}

func pending(n truthNext) bool { return n.Urgency != "done" && n.Urgency != "past" }

// truthScreens is what the TUI showed.
type truthScreens struct {
	deadlines string
	// casesRows maps a person to their row of the cases list.
	casesRows map[string]string
	// caseViews are the case views, in the order of the cases given.
	caseViews []string
}

// truthSize is a terminal large enough that no row is cut.
const truthW, truthH = 240, 400

// dashboardScreens drives the TUI on db at today: the deadlines list, the
// cases list, and each case opened from the cases list with the keys a
// user presses. listed is a person the loaded deadlines list shows: the
// header "today D" is on the loading frame too, and a slow machine (the
// race run under load) took that frame for the list.
func dashboardScreens(t *testing.T, db string, today procedures.Date, cases []truthCase, listed string) truthScreens {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opts := tui.Options{Context: procedures.Context{Today: today, Calendar: st.Calendar()}, ExportDir: t.TempDir()}
	screen := func(want string, keys ...tea.Msg) string {
		tm := teatest.NewTestModel(t, tui.NewApp(st, opts), teatest.WithInitialTermSize(truthW, truthH),
			teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
		if len(keys) > 0 {
			// WaitFor consumes what it reads: wait for the first frame
			// only when more is to come. Keys typed while the rows load
			// are held for them (the app's typed-ahead).
			truthWait(t, tm, "today "+today.String())
		}
		for _, k := range keys {
			tm.Send(k)
		}
		truthWait(t, tm, want)
		tm.Send(key("ctrl+c"))
		return ansi.Strip(tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).View().Content)
	}
	s := truthScreens{casesRows: map[string]string{}}
	s.deadlines = screen(cmp.Or(listed, "today "+today.String()))
	list := screen("[Cases]", key("tab"))
	var order []string
	cursor := -1 // the row the list opens on (the case selected before tab)
	for _, l := range strings.Split(list, "\n") {
		for _, c := range cases {
			if strings.Contains(l, c.person+" ") {
				s.casesRows[c.person] = l
				if strings.HasPrefix(l, "> ") {
					cursor = len(order)
				}
				order = append(order, c.person)
			}
		}
	}
	for _, c := range cases {
		pos := -1
		for i, p := range order {
			if p == c.person {
				pos = i
			}
		}
		if pos < 0 {
			t.Fatalf("the cases list has no row for %s:\n%s", c.person, list)
		}
		keys := []tea.Msg{key("tab")}
		for i := cursor; i < pos; i++ {
			keys = append(keys, key("down"))
		}
		for i := pos; i < cursor; i++ {
			keys = append(keys, key("up"))
		}
		keys = append(keys, key("enter"))
		view := screen("Checklist", keys...)
		if !strings.Contains(view, c.person) {
			t.Fatalf("opening row %d of the cases list showed another case than %s:\n%s", pos, c.person, view)
		}
		s.caseViews = append(s.caseViews, view)
	}
	return s
}

func truthWait(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(30*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// key is the key press a terminal sends for s.
func key(s string) tea.KeyPressMsg {
	switch s {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: []rune(s)[0], Text: s}
}

// caseViewHeadline is the line under the case view's "Verdict" heading,
// without its symbol and key hint: the case layer's headline.
func caseViewHeadline(t *testing.T, view string) string {
	t.Helper()
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "Verdict" && i+1 < len(lines) {
			h := strings.TrimSpace(lines[i+1])
			for _, sym := range []string{"✓ ", "… ", "✗ ", "? "} {
				h = strings.TrimPrefix(h, sym)
			}
			return strings.TrimSuffix(h, " Press E to answer the remaining questions.")
		}
	}
	t.Fatalf("no Verdict section in the case view:\n%s", view)
	return ""
}

var spaces = regexp.MustCompile(`\s+`)

// flat is s with every run of white space (line breaks of a wrapped
// paragraph) made one space, and Markdown's emphasis removed.
func flat(s string) string {
	s = strings.NewReplacer("**", "", "*", "", "\\", "").Replace(s)
	return spaces.ReplaceAllString(s, " ")
}

// near reports whether words appear within a few lines of title in out
// (either side: the PDF puts the days before the title, the text export
// after it).
func near(out, title, words string) bool {
	out, title, words = strings.ToLower(flat(out)), strings.ToLower(flat(title)), strings.ToLower(words)
	for i := 0; ; {
		j := strings.Index(out[i:], title)
		if j < 0 {
			return false
		}
		at := i + j
		lo, hi := max(at-120, 0), min(at+len(title)+160, len(out))
		if strings.Contains(out[lo:hi], words) {
			return true
		}
		i = at + 1
	}
}

// lineHas reports whether one line of view holds all of parts.
func lineHas(view string, parts ...string) bool {
	for _, l := range strings.Split(view, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(l, p)
		}
		if all {
			return true
		}
	}
	return false
}

// dashboardHas reports whether the deadlines list has the row of n.
func dashboardHas(screen, person string, n truthNext) bool {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, person+" ") && strings.Contains(l, n.act()+" ") && strings.Contains(l, n.dashboardWords()) &&
			strings.Contains(l, firstWords(n.Title, 3)) {
			return true
		}
	}
	return false
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// icsHasEvent reports whether the calendar has an all-day event on act
// (YYYY-MM-DD) whose summary holds the start of title.
func icsHasEvent(ics, act, title string) bool {
	unfolded := strings.ReplaceAll(strings.ReplaceAll(ics, "\r\n ", ""), "\n ", "")
	start := "DTSTART;VALUE=DATE:" + strings.ReplaceAll(act, "-", "")
	for _, ev := range strings.Split(unfolded, "BEGIN:VEVENT")[1:] {
		if strings.Contains(ev, start) && strings.Contains(strings.ReplaceAll(ev, "\\,", ","), firstWords(title, 3)) {
			return true
		}
	}
	return false
}

// pdfText exports the case's packet and reads it back with pdftotext.
func pdfText(t *testing.T, db string, today procedures.Date, id uint64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "packet.pdf")
	runAt(t, db, today, "export", fmt.Sprint(id), "--format", "pdf", "-o", path)
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return flat(string(out))
}
