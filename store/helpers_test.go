package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// TestMain lets the test binary double as the child process of the lock
// and kill tests (the os.Args[0] helper pattern).
func TestMain(m *testing.M) {
	if mode := os.Getenv(childEnv); mode != "" {
		os.Exit(runChild(mode))
	}
	os.Exit(m.Run())
}

// start is the fixed "now" of the tests (procedures.MustDate("2026-11-23")).
var start = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// ticking returns a clock that moves one second per call, so each write
// has its own Updated.
func ticking() func() time.Time {
	t := start
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

// dbPath is a fresh file path inside a test folder.
func dbPath(t testing.TB) string {
	return filepath.Join(t.TempDir(), "tramite.db")
}

// openTest opens path with a ticking clock and closes it at the end.
func openTest(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path, Options{Now: ticking(), Timeout: 20 * time.Second}) // patient on a loaded machine
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testProcedure returns a registered procedure, preferring renewal (the
// most common case), or nil when none is registered yet.
func testProcedure() *procedures.Procedure {
	if p, err := procedures.Lookup("renewal"); err == nil {
		return p
	}
	if cat := procedures.Catalog(); len(cat) > 0 {
		return cat[0]
	}
	return nil
}

// needProcedure skips a test whose assertions need a registered procedure.
func needProcedure(t testing.TB) *procedures.Procedure {
	t.Helper()
	p := testProcedure()
	if p == nil {
		t.Skip("no procedure is registered in package procedures yet: deadline assertions need one")
	}
	return p
}

// fillAnswers answers every question p asks, starting from preset, with
// the first candidate the procedure accepts: a realistic, complete case
// whatever the procedure's questions are.
func fillAnswers(p *procedures.Procedure, preset procedures.Answers) procedures.Answers {
	a := preset.Clone()
	dates := []string{"2026-12-20", "2026-01-15", "2025-06-01", "2027-03-01", "2024-02-10", "2026-11-30", "2022-05-05"}
	for range 50 {
		q, ok := p.Next(a)
		if !ok {
			return a
		}
		var cands []string
		switch q.Kind {
		case procedures.KindDate:
			cands = dates
		case procedures.KindChoice, procedures.KindYesNo:
			for _, c := range q.Options() {
				cands = append(cands, c.ID)
			}
		case procedures.KindNumber:
			cands = []string{"1", "2", "4"}
		default:
			cands = []string{"MEX-12345", "Oficina Cuernavaca"}
		}
		if q.Optional {
			cands = append(cands, "")
		}
		answered := false
		for _, raw := range cands {
			if v, err := p.Answer(q.Key, raw, a); err == nil {
				a[q.Key] = v
				answered = true
				break
			}
		}
		if !answered {
			return a
		}
	}
	return a
}

// renewalAnswers is the brief's realistic case: a temporary card expiring
// soon, completed by fillAnswers for whatever else the procedure asks.
func renewalAnswers(p *procedures.Procedure) procedures.Answers {
	preset := procedures.Answers{}
	if p.ID == "renewal" {
		preset = procedures.Answers{"card_type": "temporary", "card_expiry": "2026-12-20"}
		for k := range preset {
			if _, ok := p.Question(k); !ok {
				delete(preset, k)
			}
		}
	}
	return fillAnswers(p, preset)
}

// raw gives tests bbolt's own transactions on the store's file, holding
// the file for each of them as the store's operations do.
func (s *Store) raw() rawDB { return rawDB{s} }

type rawDB struct{ s *Store }

func (r rawDB) Update(fn func(*bolt.Tx) error) error {
	db, err := r.s.acquire()
	if err != nil {
		return err
	}
	defer r.s.release()
	return db.Update(fn)
}

func (r rawDB) View(fn func(*bolt.Tx) error) error {
	db, err := r.s.acquire()
	if err != nil {
		return err
	}
	defer r.s.release()
	return db.View(fn)
}

// putJSON stores v as plain JSON under id: a value as tramite wrote it
// before lean values (leanvalue.go).
func putJSON(b *bolt.Bucket, id uint64, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(itob(id), data)
}
