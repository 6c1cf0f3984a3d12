package store

import bolt "go.etcd.io/bbolt"

// A file written case by case (an import, the demo, years of edits)
// inserts the agenda key's entries in no order: its pages end half full
// and scattered through the file, and a listing faults each one in alone
// (at 100,000 demo cases, 7,400 page faults for `deadlines --all --json`
// where a key written in order costs 2,400, and 40% more CPU). The key
// counts the entries written since it was last written in order (its
// bucket's sequence); a read-write Store that closes after they reach
// half the key writes it again in order (fillAgenda): once after an
// import, once in a long while for a busy office. The pages it frees are
// reused: the file grows by none of it.

// packFloor is how many entries must have been written since the key was
// last written in order before Close looks at it (a variable for tests).
var packFloor uint64 = 16384

// The agenda bucket's sequence holds, in its high 32 bits, how many
// entries the key had when it was last written in order, and in its low
// 32 bits how many have been written since (saturating): Close reads
// both without walking the key.
const agendaWritesMask = 1<<32 - 1

// countAgendaWrites adds n entries written to the key's count.
func countAgendaWrites(ag *bolt.Bucket, n int) error {
	seq := ag.Sequence()
	w := min(seq&agendaWritesMask+uint64(n), agendaWritesMask)
	return ag.SetSequence(seq&^agendaWritesMask | w)
}

// agendaPacked records that the key was just written in order with n
// entries.
func agendaPacked(ag *bolt.Bucket, n int) error {
	return ag.SetSequence(uint64(min(n, agendaWritesMask)) << 32)
}

// agendaWorn reports whether the key's writes since it was last written
// in order call for writing it again (see above).
func agendaWorn(seq uint64) bool {
	writes, size := seq&agendaWritesMask, seq>>32
	return writes >= packFloor && writes >= size/2
}

// packAgenda writes the agenda key again in order when it is worn (see
// above). It is best effort: the key reads the same either way.
func (s *Store) packAgenda() {
	s.hmu.Lock()
	skip := s.closed || s.readOnly
	left, between := s.left, s.db == nil
	s.hmu.Unlock()
	if skip {
		return
	}
	if between && left != "" {
		// Another program wrote the file since this Store's last
		// operation: leave it be (Close must not stamp it as checked,
		// and the next open checks it).
		if now, err := fileStamp(s.path); err != nil || now != left {
			return
		}
	}
	worn := false
	_ = s.view("reading the deadline index", func(tx *bolt.Tx) error {
		ag := tx.Bucket(bucketAgenda)
		worn = ag != nil && agendaWorn(ag.Sequence())
		return nil
	})
	if !worn {
		return
	}
	// Two transactions, so that the second writes the key into the
	// pages the first frees instead of growing the file by its size.
	// Between them the key is a marker alone, which sends listings to
	// the rows, and counts as worn: should the second never run, the
	// next Close packs it.
	err := s.update("packing the deadline index", func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketAgenda); err != nil {
			return err
		}
		ag, err := tx.CreateBucket(bucketAgenda)
		if err != nil {
			return err
		}
		if err := ag.Put(agendaOddKey(0), nil); err != nil {
			return err
		}
		return ag.SetSequence(agendaWritesMask)
	})
	if err == nil {
		_ = s.update("packing the deadline index", func(tx *bolt.Tx) error {
			return fillAgenda(tx, tx.Bucket(bucketIndex))
		})
	}
}

// An import that by itself would wear the key out (issue 15: the batches
// of `demo --cases 100000` or of a long sheet) pauses it instead: the key
// becomes the marker alone (agendaOddKey(0): listings read the rows), its
// old pages are freed at once, no entry is written while it is paused,
// and the Close that follows writes it in order (packAgenda: a paused key
// counts as worn). Written entry by entry, then again in order, the key
// left the file some 20 MB of free pages at 100,000 demo cases and cost
// the demo its random writes.

// importPauseFloor is how many cases an import must write before it may
// pause the key (a variable for tests).
var importPauseFloor = 512

// agendaPausedKey is the marker of a paused key.
var agendaPausedKey = agendaOddKey(0)

// hasKey reports whether b holds key k (with any value, even empty).
func hasKey(b *bolt.Bucket, k []byte) bool {
	got, _ := b.Cursor().Seek(k)
	return got != nil && string(got) == string(k)
}

// pauseAgendaFor pauses the key of tx when an import of n cases would
// wear it out (see above).
func pauseAgendaFor(tx *bolt.Tx, n int) error {
	ag := tx.Bucket(bucketAgenda)
	if ag == nil || n < importPauseFloor || hasKey(ag, agendaPausedKey) {
		return nil
	}
	seq := ag.Sequence()
	writes, size := seq&agendaWritesMask+uint64(n), seq>>32
	if writes < size/2 {
		return nil // the key stays sound after it: write it entry by entry
	}
	if err := tx.DeleteBucket(bucketAgenda); err != nil {
		return err
	}
	ag, err := tx.CreateBucket(bucketAgenda)
	if err != nil {
		return err
	}
	if err := ag.Put(agendaPausedKey, nil); err != nil {
		return err
	}
	return ag.SetSequence(agendaWritesMask)
}
