package cli

import (
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The dashboard and `deadlines` read dates from the store's index, built
// once per change with no today; the case view and exports compute them
// live. The two must list the same dates for every case of every
// procedure (a canje's filing date once went missing from the index).
func TestE2EIndexMatchesLiveDates(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	mustRun(t, db, "demo", "--cases", "120")
	var listed []struct {
		Case  uint64 `json:"case"`
		Date  string `json:"date"`
		Title string `json:"title"`
	}
	decode(t, mustRun(t, db, "deadlines", "--all", "--json"), &listed)
	var exported struct {
		Cases []struct {
			ID        uint64 `json:"id"`
			Procedure string `json:"procedure"`
			Deadlines []struct {
				Date  string `json:"date"`
				Title string `json:"title"`
			} `json:"deadlines"`
		} `json:"cases"`
	}
	decode(t, mustRun(t, db, "export", "--household", "--format", "json"), &exported)
	type row struct {
		id          uint64
		date, title string
	}
	index := map[row]bool{}
	for _, d := range listed {
		index[row{d.Case, d.Date, d.Title}] = true
	}
	procs := map[string]bool{}
	live := 0
	for _, c := range exported.Cases {
		procs[c.Procedure] = true
		for _, d := range c.Deadlines {
			live++
			if !index[row{c.ID, d.Date, d.Title}] {
				t.Errorf("case %d (%s): %s %q is in the export but not in `deadlines`", c.ID, c.Procedure, d.Date, d.Title)
			}
		}
	}
	if live != len(listed) {
		t.Errorf("`deadlines --all` lists %d dates, the export %d", len(listed), live)
	}
	if len(procs) < 7 || live == 0 {
		t.Errorf("the demo covered %d procedures and %d dates; want every procedure", len(procs), live)
	}
}

// After an update of tramite's rules, the first command, a read-only one
// too, rebuilds the index once and says so; the next says nothing and
// lists the same rows.
func TestE2EStaleIndexRebuiltOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stale.db")
	mustRun(t, db, "demo", "--cases", "30")
	want := mustRun(t, db, "deadlines", "--all", "--json").stdout
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("rules"), []byte("2020-01-01;rev=0"))
	})
	if cerr := bdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	first := mustRun(t, db, "deadlines", "--all", "--json")
	if !strings.Contains(first.stderr, "updating the index of every case for tramite's new rules") {
		t.Errorf("the rebuilding command does not say why it takes longer; stderr: %q", first.stderr)
	}
	second := mustRun(t, db, "deadlines", "--all", "--json")
	if second.stderr != "" {
		t.Errorf("the index was rebuilt again (or something else said): %q", second.stderr)
	}
	if first.stdout != want || second.stdout != want {
		t.Error("the rows listed around the rebuild differ from those before it")
	}
}
