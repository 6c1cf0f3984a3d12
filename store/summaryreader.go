package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// summaryReader decodes index rows into one reused Summary and Deadlines
// slice (EachSummary's rules: fn may keep the strings, not the Summary),
// computing a row from its case when it does not decode. damaged says
// whether any row had to be computed: a read-write store then rebuilds
// the index.
type summaryReader struct {
	s       *Store
	dec     *rowDecoder
	row     Summary
	dls     []procedures.Deadline
	grow    func(n int) []procedures.Deadline
	damaged bool
}

func (s *Store) newSummaryReader(strs []string) *summaryReader {
	sr := &summaryReader{s: s, dec: newRowDecoder(strs)}
	sr.grow = func(n int) []procedures.Deadline {
		if cap(sr.dls) < n {
			sr.dls = make([]procedures.Deadline, n, max(n, 32))
		}
		return sr.dls[:n]
	}
	return sr
}

// read decodes case id's row v, or computes it from the case.
func (sr *summaryReader) read(tx *bolt.Tx, id uint64, v []byte) (*Summary, error) {
	if err := sr.dec.decodeInto(v, &sr.row, sr.grow); err != nil {
		computed, cerr := sr.s.computeRow(tx, id)
		if cerr != nil {
			return nil, fmt.Errorf("case %d: its index row does not decode (%v) and %w", id, err, cerr)
		}
		sr.damaged = true
		return &computed, nil
	}
	return &sr.row, nil
}
