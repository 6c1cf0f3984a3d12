package store

import (
	"path/filepath"
	"testing"
	"time"

	"tramite/procedures"
)

// An import keeps what it learnt of the stored records for the Store's
// next import (the batches of a demo), and reads them again when anything
// else wrote the file in between: here another Store on the same file, as
// another tramite would.
func TestImportKnowledgeFollowsOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	open := func() *Store {
		st, err := Open(path, Options{Timeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	a, b := open(), open()
	ana := Person{ID: 1, UID: "00000000-0000-4000-8000-000000000001", Name: "Ana López"}
	renewal := func(pid uint64) Case {
		return Case{ID: 1, PersonID: pid, Procedure: "renewal", Answers: procedures.Answers{"card_type": "temporary"}}
	}
	if _, err := a.Import([]Person{ana}, []Case{renewal(1)}); err != nil {
		t.Fatal(err)
	}
	if a.known == nil {
		t.Fatal("the import kept nothing for the next one")
	}
	// Another writer adds Bea: a's next import must know her.
	if _, err := b.Import([]Person{{ID: 1, Name: "Bea Núñez"}}, nil); err != nil {
		t.Fatal(err)
	}
	res, err := a.Import([]Person{{ID: 7, Name: "bea  nunez"}, {ID: 8, UID: ana.UID, Name: ana.Name}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Reused[0] || !res.Reused[1] {
		t.Errorf("after another writer: reused %v, want both people matched (Bea by name, Ana by uid)", res.Reused)
	}
	// Nothing else wrote since: the kept knowledge is used, and still right.
	res, err = a.Import([]Person{{ID: 9, Name: "Ana Lopez"}, {ID: 10, Name: "Carla Ruiz"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Reused[0] || res.Reused[1] {
		t.Errorf("with the kept knowledge: reused %v, want Ana matched and Carla new", res.Reused)
	}
	// A dry run keeps nothing of what it would have added.
	if _, err := a.ImportWith([]Person{{ID: 1, Name: "Dora Paz"}}, nil, ImportOptions{DryRun: true}); err != nil {
		t.Fatal(err)
	}
	res, err = a.Import([]Person{{ID: 1, Name: "Dora Paz"}}, nil)
	if err != nil || res.PeopleHow[0] != ImportNew {
		t.Errorf("after a dry run: %v %v, want Dora added", err, res.PeopleHow)
	}
	people, _ := a.People()
	if len(people) != 4 {
		t.Errorf("%d people stored, want Ana, Bea, Carla and Dora", len(people))
	}
}
