package tui

import (
	"reflect"
	"testing"

	"tramite/procedures"
	"tramite/record"
)

// readSummaries gives what Summaries gives, in the same order, from a
// store that streams its rows (over 9,000 cases: more than two blocks of
// summaries and of deadlines) and from one that does not; each case's
// deadlines are its own, an append to one never reaching the next case's.
func TestReadSummariesIsSummaries(t *testing.T) {
	for name, st := range map[string]Store{"streamed": previewStore(t, 9000), "not streamed": household(t)} {
		t.Run(name, func(t *testing.T) {
			want, err := st.Summaries()
			if err != nil {
				t.Fatal(err)
			}
			got, err := readSummaries(st)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 || !reflect.DeepEqual(got, want) {
				t.Fatalf("readSummaries gave %d summaries, Summaries %d, or other values", len(got), len(want))
			}
			for i := range got {
				if ds := got[i].Deadlines; name == "streamed" && cap(ds) != len(ds) {
					t.Fatalf("case %d: %d deadlines, room for %d: an append would write over the next case's", got[i].CaseID, len(ds), cap(ds))
				}
				got[i].Deadlines = append(got[i].Deadlines, procedures.Deadline{Key: "added"})
			}
			if again, _ := st.Summaries(); !reflect.DeepEqual(again, want) {
				t.Fatal("appending to the summaries read changed the store's")
			}
			for i := 1; i < len(got); i++ {
				if d := got[i].Deadlines; len(d) > 1 && d[0].Key == "added" {
					t.Fatalf("case %d's deadlines start with another case's append", got[i].CaseID)
				}
			}
		})
	}
	var none []record.Summary
	if got, err := readSummaries(previewStore(t, 0)); err != nil || !reflect.DeepEqual(got, none) {
		t.Errorf("an empty store: %v, %v", got, err)
	}
}
