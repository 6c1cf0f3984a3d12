package pgstore

import (
	"context"
	"testing"
	"time"

	"tramite/store"
)

// waitListening waits until s's listening connection is up.
func waitListening(t *testing.T, s *Store, within time.Duration) {
	t.Helper()
	s.startListening()
	deadline := time.Now().Add(within)
	for {
		if _, ok := s.lis.state(); ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the listening connection is not up after %s", within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Two desks on one server: a change at one wakes the other's watcher
// within 2 s, by the notification (its fallback poll is 15 s away), and a
// write to another office's schema on the same server does not.
func TestAChangeAtOneDeskWakesTheOther(t *testing.T) {
	addr := freshSchema(t)
	a := mustOpen(t, addr, store.Options{})
	b := mustOpen(t, addr, store.Options{})
	other := mustOpen(t, freshSchema(t), store.Options{})
	ana := Person{Name: "Ana López"}
	if err := a.SavePerson(&ana); err != nil {
		t.Fatal(err)
	}
	waitListening(t, b, 10*time.Second)
	known, err := b.Generation()
	if err != nil {
		t.Fatal(err)
	}

	type answer struct {
		gen uint64
		err error
		at  time.Time
	}
	wait := func() chan answer {
		ch := make(chan answer, 1)
		go func() {
			g, err := b.WaitChange(context.Background(), known)
			ch <- answer{g, err, time.Now()}
		}()
		time.Sleep(100 * time.Millisecond) // let it start waiting
		return ch
	}

	// Another office's write: no wake.
	ch := wait()
	p := Person{Name: "Otra Oficina"}
	if err := other.SavePerson(&p); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-ch:
		t.Fatalf("a write in another schema woke the watcher: %+v", got)
	case <-time.After(time.Second):
	}

	// This office's write, at the other desk: a wake within 2 s.
	c := Case{PersonID: ana.ID, Procedure: "renewal"}
	wrote := time.Now()
	if err := a.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-ch:
		if got.err != nil || got.gen == known {
			t.Fatalf("the watcher woke with %d, %v; want a new counter", got.gen, got.err)
		}
		d := got.at.Sub(wrote)
		if d > 2*time.Second {
			t.Errorf("the watcher woke %s after the write, want within 2 s", d)
		}
		t.Logf("the other desk's watcher woke %s after the write began (SaveCase and its commit included)", d)
	case <-time.After(2 * time.Second):
		t.Fatal("the watcher did not wake within 2 s of the other desk's write")
	}
}

// WaitChange returns at once when the counter already moved.
func TestWaitChangeReturnsAtOnceWhenBehind(t *testing.T) {
	s := mustOpen(t, freshSchema(t), store.Options{})
	g, err := s.Generation()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	got, err := s.WaitChange(context.Background(), g+100)
	if err != nil || got != g || time.Since(start) > time.Second {
		t.Errorf("WaitChange(known=%d) = %d, %v after %s; want %d at once", g+100, got, err, time.Since(start), g)
	}
}
