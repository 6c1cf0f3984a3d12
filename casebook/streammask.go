package casebook

// caseMasks remembers, by case id, the applicable mask of each contingent
// case a streamed agenda has met (applicableMask), looked up again for
// each of the case's deadlines as they come apart, by date. A map took a
// tenth of `deadlines --all --json` at 100,000 cases hashing ids, and a
// table of 64-bit masks by id (800 KB) most of that in cache misses. The
// table holds 16 bits a case: the mask of its first seven deadlines and a
// bit saying it is set, 200 KB for 100,000 ids, in pages of 4,096 made as
// ids come. The whole mask of a case of more deadlines (rare: none of the
// demo's has more than eight) and of an id beyond the table's reach (a
// file of sparse, huge ids) goes to a map.
type caseMasks struct {
	pages [][]uint16
	full  map[uint64]uint64
}

const (
	maskPageBits = 12
	// maskMaxPages bounds the table: ids up to 2^24 (4,096 pages, 8 KB
	// each, made only for the ids met).
	maskMaxPages = 1 << 12
	// smallDeadlines is how many deadlines' bits the table holds.
	smallDeadlines = 7
	maskSet        = 1 << 15
)

// get is the two bits of case id's mask for its deadline pos (applies,
// done), and whether the case's mask was set.
func (m *caseMasks) get(id uint64, pos int) (uint64, bool) {
	p := id >> maskPageBits
	if p < maskMaxPages {
		if p >= uint64(len(m.pages)) || m.pages[p] == nil {
			return 0, false
		}
		e := m.pages[p][id&(1<<maskPageBits-1)]
		if e&maskSet == 0 {
			return 0, false
		}
		if pos < smallDeadlines {
			return uint64(e) >> (2 * pos) & 3, true
		}
	}
	mask, ok := m.full[id]
	return mask >> (2 * pos) & 3, ok
}

// set remembers mask for case id, a case of n deadlines.
func (m *caseMasks) set(id, mask uint64, n int) {
	p := id >> maskPageBits
	if p >= maskMaxPages || n > smallDeadlines {
		if m.full == nil {
			m.full = map[uint64]uint64{}
		}
		m.full[id] = mask
		if p >= maskMaxPages {
			return
		}
	}
	for uint64(len(m.pages)) <= p {
		m.pages = append(m.pages, nil)
	}
	if m.pages[p] == nil {
		m.pages[p] = make([]uint16, 1<<maskPageBits)
	}
	m.pages[p][id&(1<<maskPageBits-1)] = uint16(mask&(1<<(2*smallDeadlines)-1)) | maskSet
}
