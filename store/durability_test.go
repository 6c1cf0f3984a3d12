package store

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestAnswersSurviveReopen(t *testing.T) {
	path := dbPath(t)
	s := openTest(t, path)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	for i := range 20 {
		mustDo(t, s.SaveAnswer(c.ID, fmt.Sprintf("k%d", i), strconv.Itoa(i)))
	}
	mustDo(t, s.Close())

	s = openTest(t, path)
	got, err := s.Case(c.ID)
	mustDo(t, err)
	for i := range 20 {
		if v := got.Answers[fmt.Sprintf("k%d", i)]; v != strconv.Itoa(i) {
			t.Errorf("answer k%d = %q after reopen; want %q", i, v, strconv.Itoa(i))
		}
	}
}

// TestAnswersSurviveKill kills a child process that saves answers in a
// loop, at random moments, and checks after each kill that the file is
// consistent (tx.Check) and holds every answer whose save had returned.
func TestAnswersSurviveKill(t *testing.T) {
	kills := 50
	if testing.Short() {
		kills = 10
	}
	path := dbPath(t)
	s, err := Open(path, Options{})
	mustDo(t, err)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, s.SaveCase(&c))
	mustDo(t, s.Close())

	r := rand.New(rand.NewPCG(5, 6))
	var saved []string // every key whose save returned, over all runs
	deadline := time.Now().Add(8 * time.Second)
	for run := 0; run < kills && time.Now().Before(deadline); run++ {
		ch := startChild(t, "answers", path,
			childCaseEnv+"="+strconv.FormatUint(c.ID, 10), childTagEnv+"=run"+strconv.Itoa(run))
		// Collect keys as the child prints them; kill it mid-loop.
		done := make(chan []string)
		go func() {
			var keys []string
			for ch.lines.Scan() {
				keys = append(keys, ch.lines.Text())
			}
			done <- keys
		}()
		time.Sleep(time.Duration(r.IntN(40)) * time.Millisecond)
		mustDo(t, ch.cmd.Process.Kill())
		_ = ch.cmd.Wait()
		saved = append(saved, <-done...)

		s, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("run %d: the file does not open after a kill: %v", run, err)
		}
		mustDo(t, s.raw().View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				t.Errorf("run %d: bbolt check: %v", run, err)
			}
			return nil
		}))
		got, err := s.Case(c.ID)
		s.Close()
		mustDo(t, err)
		for _, k := range saved {
			if got.Answers[k] != "value of "+k {
				t.Fatalf("run %d: answer %s was saved before the kill but is missing", run, k)
			}
		}
	}
	if len(saved) == 0 {
		t.Fatal("no child saved anything before being killed: the test proved nothing")
	}
	t.Logf("%d answers saved across the kills, all present", len(saved))
}
