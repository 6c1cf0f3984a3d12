package storetest

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sync"
	"testing"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// desks opens n handles on the database at addr, as n desks (processes)
// would; each is closed at the end of the test.
func desks(t *testing.T, h Harness, addr string, n int) []store.Engine {
	t.Helper()
	out := make([]store.Engine, n)
	for i := range out {
		if h.OneHandle && i > 0 {
			out[i] = out[0]
			continue
		}
		out[i] = open(t, h, addr)
	}
	return out
}

var conflictMessage = regexp.MustCompile(`this case was changed at another desk at \d\d:\d\d; your change was not saved: reopen it$`)

// A save based on an old version is refused, says when the other desk
// saved, and saves nothing; a reloaded case saves; other cases never
// conflict.
func testConflictRefusesAStaleSave(t *testing.T, h Harness) {
	addr := h.Fresh(t)
	d := desks(t, h, addr, 2)
	p := Person{Name: "Ana"}
	mustDo(t, d[0].SavePerson(&p))
	c1 := Case{PersonID: p.ID, Procedure: "renewal"}
	c2 := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, d[0].SaveCase(&c1))
	mustDo(t, d[0].SaveCase(&c2))
	if c1.Version != 1 {
		t.Errorf("a new case has version %d, want 1", c1.Version)
	}
	a, err := d[0].Case(c1.ID)
	mustDo(t, err)
	b, err := d[1].Case(c1.ID)
	mustDo(t, err)
	other, err := d[1].Case(c2.ID)
	mustDo(t, err)

	a.Notes = "from desk A"
	mustDo(t, d[0].SaveCase(&a))
	if a.Version != 2 {
		t.Errorf("after one save the version is %d, want 2", a.Version)
	}
	b.Notes = "from desk B"
	err = d[1].SaveCase(&b)
	var ce *record.ConflictError
	if !errors.Is(err, record.ErrConflict) || !errors.As(err, &ce) || !conflictMessage.MatchString(err.Error()) {
		t.Fatalf("a save based on version 1 after version 2 = %v; want ErrConflict saying the case was changed at another desk at HH:MM", err)
	}
	if got, _ := d[0].Case(c1.ID); got.Notes != "from desk A" || got.Version != 2 {
		t.Errorf("the refused save changed the case: %+v", got)
	}
	// A field edit moves the version too: a copy read before it is stale.
	stale, err := d[1].Case(c1.ID)
	mustDo(t, err)
	mustDo(t, d[0].SetNotes(c1.ID, "edited"))
	stale.Notes = "overwrite"
	if err := d[1].SaveCase(&stale); !errors.Is(err, record.ErrConflict) {
		t.Errorf("a save based on a copy older than a field edit = %v; want ErrConflict", err)
	}
	// Reopened, the change saves.
	b, err = d[1].Case(c1.ID)
	mustDo(t, err)
	b.Notes = "from desk B, after reopening"
	mustDo(t, d[1].SaveCase(&b))
	// Another case, read before all this, saves without conflict.
	other.Notes = "another case"
	mustDo(t, d[1].SaveCase(&other))
	checkIndex(t, d[0], "the saves")
}

// Two desks save the same case 200 times each, each save based on the
// version it read: every save is either kept or refused with ErrConflict,
// none is lost silently.
func testConcurrentSavesOfOneCase(t *testing.T, h Harness) {
	const n = 200
	addr := h.Fresh(t)
	d := desks(t, h, addr, 2)
	p := Person{Name: "Ana"}
	mustDo(t, d[0].SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, d[0].SaveCase(&c))

	var (
		wg               sync.WaitGroup
		mu               sync.Mutex
		kept             = map[string]bool{}
		refused          int
		failures         []error
		versionsReturned = map[uint64]string{}
	)
	for di, s := range d {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				tick := fmt.Sprintf("D-%d-%d", di, i)
				cur, err := s.Case(c.ID)
				if err == nil {
					if cur.Ticks == nil {
						cur.Ticks = map[string]bool{}
					}
					cur.Ticks[tick] = true
					err = s.SaveCase(&cur)
				}
				mu.Lock()
				switch {
				case err == nil:
					kept[tick] = true
					if prev, dup := versionsReturned[cur.Version]; dup {
						failures = append(failures, fmt.Errorf("saves %s and %s both got version %d", prev, tick, cur.Version))
					}
					versionsReturned[cur.Version] = tick
				case errors.Is(err, record.ErrConflict):
					refused++
				default:
					failures = append(failures, err)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for _, err := range failures {
		t.Error(err)
	}
	got, err := d[0].Case(c.ID)
	mustDo(t, err)
	if !maps.Equal(got.Ticks, kept) {
		t.Errorf("the case holds %d ticks; %d saves were reported kept: a save was lost or a refused one kept", len(got.Ticks), len(kept))
	}
	if got.Version != uint64(1+len(kept)) {
		t.Errorf("version %d after %d kept saves, want %d", got.Version, len(kept), 1+len(kept))
	}
	if len(kept)+refused != 2*n || len(kept) == 0 {
		t.Errorf("%d kept + %d refused, want %d in all, some kept", len(kept), refused, 2*n)
	}
	t.Logf("%s: %d saves kept, %d refused as conflicts", h.Name, len(kept), refused)
	checkIndex(t, d[0], "the concurrent saves")
}

// Two desks edit the same case 200 times each with single-field edits:
// each applies to the latest version, so all 400 are there.
func testConcurrentEditsOfOneCase(t *testing.T, h Harness) {
	const n = 200
	addr := h.Fresh(t)
	d := desks(t, h, addr, 2)
	p := Person{Name: "Ana"}
	mustDo(t, d[0].SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal"}
	mustDo(t, d[0].SaveCase(&c))
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for di, s := range d {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				if err := s.SetTick(c.ID, fmt.Sprintf("D-%d-%d", di, i), true); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	got, err := d[1].Case(c.ID)
	mustDo(t, err)
	if len(got.Ticks) != 2*n || got.Version != 1+2*n {
		t.Errorf("after %d edits: %d ticks, version %d; want %d and %d", 2*n, len(got.Ticks), got.Version, 2*n, 1+2*n)
	}
}

// Four desks create cases at once: all are saved, with unique ids and
// their index rows.
func testConcurrentCreators(t *testing.T, h Harness) {
	const per = 25
	addr := h.Fresh(t)
	d := desks(t, h, addr, 4)
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		ids []uint64
	)
	errs := make(chan error, 4*per+4)
	for di, s := range d {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := Person{Name: fmt.Sprintf("Persona %d", di)}
			if err := s.SavePerson(&p); err != nil {
				errs <- err
				return
			}
			for range per {
				c := Case{PersonID: p.ID, Procedure: "renewal", Progress: procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: procedures.MustDate("2026-12-03")}}
				if err := s.SaveCase(&c); err != nil {
					errs <- err
					continue
				}
				mu.Lock()
				ids = append(ids, c.ID)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	slices.Sort(ids)
	if len(slices.Compact(slices.Clone(ids))) != 4*per || len(ids) != 4*per {
		t.Fatalf("%d cases saved with %d distinct ids; want %d unique", len(ids), len(slices.Compact(slices.Clone(ids))), 4*per)
	}
	cases, err := d[0].Cases()
	mustDo(t, err)
	if len(cases) != 4*per {
		t.Errorf("%d cases stored, want %d", len(cases), 4*per)
	}
	rows := checkIndex(t, d[0], "the concurrent creations")
	if len(rows) != 4*per {
		t.Errorf("%d index rows, want %d", len(rows), 4*per)
	}
}

// Ticks from two desks on the same case, interleaved: a tick is not a
// save of the desk's copy of the case but one item set (or cleared) in one
// transaction on the case as stored (SetTick reads, edits the one item and
// writes inside the same write transaction, bbolt's single writer or
// PostgreSQL's row lock), so a desk whose copy is stale loses nothing of
// the other's and needs no version check: no conflict, both items stay.
// An untick clears only its item; setting an item already set is no
// change of meaning (SetTick sets a state, it does not toggle).
func testInterleavedTicksBothSurvive(t *testing.T, h Harness) {
	addr := h.Fresh(t)
	d := desks(t, h, addr, 2)
	p := Person{Name: "Ana"}
	mustDo(t, d[0].SavePerson(&p))
	c := Case{PersonID: p.ID, Procedure: "renewal", Notes: "kept"}
	mustDo(t, d[0].SaveCase(&c))

	// Both desks read the case, then tick different items one after the
	// other, each from its own (now stale) copy.
	a, err := d[0].Case(c.ID)
	mustDo(t, err)
	b, err := d[1].Case(c.ID)
	mustDo(t, err)
	mustDo(t, d[0].SetTick(a.ID, "D-PASSPORT", true))
	mustDo(t, d[1].SetTick(b.ID, "D-PHOTOS", true)) // b knows nothing of D-PASSPORT
	mustDo(t, d[0].SetTick(a.ID, "D-PAY", true))
	mustDo(t, d[1].SetTick(b.ID, "D-PASSPORT", true)) // already set: stays set
	mustDo(t, d[1].SetTick(b.ID, "D-PAY", false))     // clears D-PAY only
	got, err := d[0].Case(c.ID)
	mustDo(t, err)
	want := map[string]bool{"D-PASSPORT": true, "D-PHOTOS": true}
	if !maps.Equal(got.Ticks, want) || got.Notes != "kept" {
		t.Errorf("after interleaved ticks from two desks: ticks %v notes %q; want %v and the notes kept", got.Ticks, got.Notes, want)
	}
	if got.Version != c.Version+5 {
		t.Errorf("version %d after 5 ticks on version %d: each tick is one edit", got.Version, c.Version)
	}

	// At the same moment: each desk toggles its own item on and off many
	// times, ending on; both end ticked, the other's item untouched.
	const n = 50
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for di, s := range d {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc := fmt.Sprintf("D-DESK-%d", di)
			for i := range n {
				if err := s.SetTick(c.ID, doc, i%2 == 1); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("a concurrent tick failed (a tick must never conflict): %v", err)
	}
	got, err = d[1].Case(c.ID)
	mustDo(t, err)
	want["D-DESK-0"], want["D-DESK-1"] = true, true
	if !maps.Equal(got.Ticks, want) {
		t.Errorf("after concurrent toggles: ticks %v; want %v", got.Ticks, want)
	}
	checkIndex(t, d[0], "the interleaved ticks")
}
