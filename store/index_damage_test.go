package store

import (
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The deadline index is derived from the cases: a damaged row or string
// table is recomputed from them, the listing goes on, and a read-write
// store rebuilds the index so the next read is fast again. No message
// names a flag tramite does not have.
func TestDamagedIndexIsRecomputed(t *testing.T) {
	proc := needProcedure(t)
	damage := map[string]func(tx *bolt.Tx, caseID uint64) error{
		"a row that does not decode": func(tx *bolt.Tx, id uint64) error {
			return tx.Bucket(bucketIndex).Put(itob(id), []byte{0xff, 0x01})
		},
		"a string table out of order": func(tx *bolt.Tx, _ uint64) error {
			strs := tx.Bucket(bucketIndex).Bucket(bucketStrings)
			if strs == nil {
				t.Skip("no string table in this build")
			}
			return strs.Put(append([]byte{prefixID}, itob(999)...), []byte("stray"))
		},
	}
	for name, hurt := range damage {
		for _, readOnly := range []bool{false, true} {
			t.Run(name+map[bool]string{false: "", true: ", read-only"}[readOnly], func(t *testing.T) {
				path := dbPath(t)
				s := openTest(t, path)
				var ids []uint64
				for _, who := range []string{"Ana", "Bruno"} {
					p := Person{Name: who}
					mustDo(t, s.SavePerson(&p))
					c := Case{PersonID: p.ID, Procedure: proc.ID, Answers: renewalAnswers(proc)}
					mustDo(t, s.SaveCase(&c))
					ids = append(ids, c.ID)
				}
				want, err := s.Summaries()
				mustDo(t, err)
				mustDo(t, s.raw().Update(func(tx *bolt.Tx) error { return hurt(tx, ids[1]) }))
				if readOnly {
					mustDo(t, s.Close())
					var err error
					s, err = Open(path, Options{ReadOnly: true})
					mustDo(t, err)
					defer s.Close()
				}
				got, err := s.Summaries()
				if err != nil {
					if strings.Contains(err.Error(), "--read-only") {
						t.Errorf("the message names a flag tramite does not have: %v", err)
					}
					t.Fatalf("Summaries on a damaged index: %v", err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("rows\n got %+v\nwant %+v", got, want)
				}
				if readOnly {
					return
				}
				// Rebuilt: the rows decode again without falling back.
				mustDo(t, s.raw().View(func(tx *bolt.Tx) error {
					idx := tx.Bucket(bucketIndex)
					strs, err := loadStrings(idx)
					if err != nil {
						return err
					}
					_, err = newRowDecoder(strs).decode(idx.Get(itob(ids[1])))
					return err
				}))
			})
		}
	}
}
