package casebook

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"tramite/procedures"
)

// A deadline MayChange does not name, procedures.AppendApplicable keeps as
// it is on every day: present, in its place, not marked done. Cases of up
// to six deadlines drawn from a few keys, some contingent on one another
// (on a key of theirs, of none, on themselves, twice), their dates around
// the days asked.
func TestMayChangeAgreesWithAppendApplicable(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 5))
	keys := []string{"", "a", "b", "c"}
	base := procedures.MustDate("2026-12-01")
	changed, kept := 0, 0
	for range 20000 {
		ds := make([]procedures.Deadline, 1+rng.IntN(6))
		for i := range ds {
			ds[i] = procedures.Deadline{Key: keys[rng.IntN(len(keys))], Date: base.AddDays(rng.IntN(9) - 4), Done: rng.IntN(4) == 0}
			if rng.IntN(3) == 0 {
				ds[i].IfMissed = keys[1+rng.IntN(len(keys)-1)]
			}
		}
		for day := -6; day <= 6; day++ {
			today := base.AddDays(day)
			app := procedures.AppendApplicable(nil, ds, today)
			// Walk both: each deadline MayChange leaves out is found in
			// app in order, as it is.
			j := 0
			for i := range ds {
				if MayChange(ds, i) {
					// Left out, or kept (done or not).
					changed++
					if j < len(app) && sameButDone(&app[j], &ds[i]) {
						j++
					}
					continue
				}
				kept++
				if j >= len(app) || app[j] != ds[i] {
					t.Fatalf("%s on %s: deadline %d (%+v) is not kept as it is: %+v", fmt.Sprint(ds), today, i, ds[i], app)
				}
				j++
			}
		}
	}
	if changed == 0 || kept == 0 {
		t.Fatalf("%d deadlines that may change, %d kept: the cases test nothing", changed, kept)
	}
}
