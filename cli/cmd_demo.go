package cli

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"

	"github.com/spf13/cobra"

	"tramite/procedures"
	"tramite/store"
)

// demoBatch is how many cases go into one transaction: one fsync per batch
// instead of one per case.
const demoBatch = 1000

func newDemoCmd(a *app) *cobra.Command {
	var (
		n     int
		force bool
		seed  uint64
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: a.T("Fill a database with synthetic cases to try"),
		Long: a.T(`Fill a database with synthetic people and cases: a household for a few
cases, a facilitator's clients for many. Answers are valid and dated around
today (--today), spread over every procedure and stage. It refuses a
database that already has cases unless --force.`),
		Example: "  tramite demo --db /tmp/demo.db --cases 12\n  tramite --db /tmp/demo.db",
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || n > 100000 {
				return a.usagef("--cases %d: type a number of cases from 1 to 100000, e.g. --cases 20", n)
			}
			c, err := a.context()
			if err != nil {
				return err
			}
			cat := procedures.Catalog()
			if len(cat) == 0 {
				return a.errorf("no procedures are registered in this build: nothing to demo")
			}
			st, err := a.openStore(false)
			if err != nil {
				return err
			}
			defer st.Close()
			sums, err := st.Summaries()
			if err != nil {
				return err
			}
			// A demo killed half way left whole batches (each is one
			// transaction) and its marker: say so, and finish it when asked
			// for the same cases again.
			mark := demoMarker{Cases: n, Seed: seed, Today: c.Today.String(), Before: len(sums)}
			markPath := ""
			if !isPostgres(st.Path()) {
				markPath = st.Path() + ".demo-unfinished"
			}
			resume := 0
			if prev, ok := readDemoMarker(markPath); ok {
				done := len(sums) - prev.Before
				switch {
				case prev.Cases == n && prev.Seed == seed && prev.Today == mark.Today && done >= 0 && done <= n:
					fmt.Fprint(a.stderr, a.T("A previous demo was interrupted after %d of %d cases: adding the other %d.\n", done, n, n-done))
					resume, mark.Before = done, prev.Before
				default:
					fmt.Fprint(a.stderr, a.T("A previous demo was interrupted after %d of %d cases; `tramite demo --cases %d --seed %d --today %s` finishes it.\n",
						max(done, 0), prev.Cases, prev.Cases, prev.Seed, prev.Today))
				}
			}
			if len(sums) > 0 && !force && resume == 0 {
				return a.errorf("%s already has %d cases: pass --force to add demo cases to them, or --db FILE for a new file", st.Path(), len(sums))
			}
			if err := writeDemoMarker(markPath, mark); err != nil {
				return err
			}
			// Verdicts count days with the file's office closures (R-DAYS-BIZ).
			c.Calendar = st.Calendar()
			rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
			people, cases, skipped := demoCases(n, cat, rng, c)
			for i := resume; i < len(cases); i += demoBatch {
				batch := cases[i:min(i+demoBatch, len(cases))]
				// Each case's history tells the story around --today
				// (demo_history.go), written batch by batch and dropped
				// once saved: 100,000 histories held at once are 100 MB.
				for j := range batch {
					demoStory(&batch[j], c.Today, i+j)
				}
				if _, err := st.Import(peopleOf(people, batch), batch); err != nil {
					return a.errorf("write demo cases %d to %d: %w (the %d before are saved; run the same command again to add the rest)",
						i+1, min(i+demoBatch, len(cases)), err, i)
				}
				for j := range batch {
					batch[j].History = nil
				}
			}
			if markPath != "" {
				_ = os.Remove(markPath)
			}
			fmt.Fprint(a.stderr, a.T("Added %d demo cases for %d people to %s", len(cases), len(people), st.Path()))
			if skipped > 0 {
				fmt.Fprint(a.stderr, a.T(" (%d skipped: no valid answers found)", skipped))
			}
			fmt.Fprint(a.stderr, a.T(".\nOpen it with: tramite --db %s\n", st.Path()))
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "cases", 12, a.T("how many cases to add (N)"))
	cmd.Flags().BoolVar(&force, "force", false, a.T("add to a database that already has cases"))
	cmd.Flags().Uint64Var(&seed, "seed", 1, a.T("random seed: the same seed and --today give the same cases"))
	return cmd
}

// demoCases builds n cases over the catalog, round robin, for a household
// (up to 8 cases) or a facilitator's clients (about two cases each). It
// returns how many cases it skipped for want of valid answers.
func demoCases(n int, cat []*procedures.Procedure, rng *rand.Rand, c procedures.Context) ([]store.Person, []store.Case, int) {
	nPeople := max(n/2, 1)
	if n <= 8 {
		nPeople = min(n, 4)
	}
	people := demoPeople(nPeople, rng, c.Today)
	cases := make([]store.Case, 0, n)
	skipped := 0
	for i := range n {
		p := people[i%len(people)]
		proc := cat[i%len(cat)]
		gen := answerGen{rng: rng, today: c.Today, person: personAnswers(p)}
		ans, err := gen.answers(proc)
		if err != nil {
			skipped++
			continue
		}
		ok := proc.Evaluate(ans, c).Verdict.Status == procedures.Eligible
		pr := demoProgress(rng, c.Today, ok)
		pr = fitTheStory(proc, pr, c.Today)
		askOnTheDay(ans, pr)
		cases = append(cases, store.Case{PersonID: p.ID, Procedure: proc.ID, Answers: ans, Progress: pr})
	}
	return people, cases, skipped
}

// fitTheStory fits a demo case's progress to what its procedure yields: an
// exit permit or a resolution brings no card (no expiry), and a permit
// received is a recent one, for a trip still ahead (a permit received
// months before the trip would read its stay abroad as long over).
func fitTheStory(proc *procedures.Procedure, pr procedures.Progress, today procedures.Date) procedures.Progress {
	if proc.Yields == "" || proc.Yields == procedures.YieldsCard || !pr.StageAtLeast(procedures.StageReceived) {
		return pr
	}
	pr.NewCardExpiry = procedures.Date{}
	if proc.Yields == procedures.YieldsPermit {
		filed := openDay(today.AddDays(-5-pr.FiledDate.Day%10), today, -1)
		pr.AppointmentDate, pr.FiledDate, pr.ReceivedDate = filed, filed, filed.AddDays(3)
	}
	return pr
}

// askOnTheDay makes a demo exit permit's planned day to ask the day its
// story has it at the office (its appointment, or the filing), when that is
// before it leaves: a permit asked for on a day already past, or before
// its appointment, would count its stay abroad from a day it cannot bear.
func askOnTheDay(a procedures.Answers, pr procedures.Progress) {
	if _, asked := a["ask_date"]; !asked || pr.AppointmentDate.IsZero() {
		return
	}
	if dep := a.Date("departure_date"); !pr.AppointmentDate.After(dep) {
		a["ask_date"] = pr.AppointmentDate.String()
	}
}

// peopleOf is the people the cases belong to, in the order given: each
// batch brings only its own people, so a batch costs the same at 100,000
// cases as at 1,000 (Import looks every person it is given up by name).
func peopleOf(people []store.Person, cases []store.Case) []store.Person {
	want := make(map[uint64]bool, len(cases))
	for _, c := range cases {
		want[c.PersonID] = true
	}
	out := make([]store.Person, 0, len(want))
	for _, p := range people {
		if want[p.ID] {
			out = append(out, p)
		}
	}
	return out
}

// demoMarker is written beside the database while a demo adds its cases,
// and removed when it is done: what the demo was asked for and how many
// cases the file had before, so that the next demo can tell how far a
// killed one got (every batch is one transaction: whole batches or none).
type demoMarker struct {
	Cases  int    `json:"cases"`
	Seed   uint64 `json:"seed"`
	Today  string `json:"today"`
	Before int    `json:"before"`
}

func readDemoMarker(path string) (demoMarker, bool) {
	var m demoMarker
	if path == "" {
		return m, false
	}
	b, err := os.ReadFile(path)
	if err != nil || json.Unmarshal(b, &m) != nil {
		return m, false
	}
	return m, true
}

func writeDemoMarker(path string, m demoMarker) error {
	if path == "" {
		return nil
	}
	b, _ := json.Marshal(m)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
