package pgstore

import (
	"bufio"
	"fmt"
	"os"
	osexec "os/exec"
	"testing"
	"time"

	"tramite/store"
)

// The test binary doubles as a child process that imports many cases in
// one transaction, to be killed in the middle of it.
const childAddrEnv = "TRAMITE_PGSTORE_CHILD_ADDR"

func TestMain(m *testing.M) {
	if addr := os.Getenv(childAddrEnv); addr != "" {
		os.Exit(importForever(addr))
	}
	os.Exit(m.Run())
}

// importForever imports 3,000 cases at a time until killed, printing
// "begin" before each import and "done" after it.
func importForever(addr string) int {
	s, err := Open(addr, store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	people, cases := benchData(3000)
	// Each case is a new one: an import matches a case without uid by
	// its person, procedure and creation time, which benchData's share.
	for j := range cases {
		cases[j].Created = cases[j].Created.Add(time.Duration(j) * time.Second)
	}
	for i := 0; ; i++ {
		for j := range people {
			people[j].Name = fmt.Sprintf("Cliente %d-%d-%d", os.Getpid(), i, j)
		}
		fmt.Println("begin")
		if _, err := s.Import(people, cases); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 3
		}
		fmt.Println("done")
	}
}

// A desk killed in the middle of a write leaves nothing half-written:
// every import is there whole (cases, people, index rows) or not at all.
func TestKilledInTheMiddleOfATransaction(t *testing.T) {
	addr := freshSchema(t)
	s := mustOpen(t, addr, store.Options{})
	for round := range 3 {
		cmd := osexec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childAddrEnv+"="+addr)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		began := 0
		for lines.Scan() && began < round+2 {
			if lines.Text() == "begin" {
				began++
			}
		}
		time.Sleep(time.Duration(50+100*round) * time.Millisecond) // inside the import
		cmd.Process.Kill()
		cmd.Wait()

		people, err := s.People()
		if err != nil {
			t.Fatal(err)
		}
		cases, err := s.Cases()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.Summaries()
		if err != nil {
			t.Fatal(err)
		}
		if len(cases)%3000 != 0 || len(people) != len(cases)/5 || len(rows) != len(cases) {
			t.Fatalf("after killing the child in round %d: %d people, %d cases, %d index rows; want whole imports of 600 people and 3000 cases", round, len(people), len(cases), len(rows))
		}
		t.Logf("round %d: %d whole imports kept", round, len(cases)/3000)
	}
}
