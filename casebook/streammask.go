package casebook

// caseMasks remembers, by case id, the applicable mask of each contingent
// case a streamed agenda has met (applicableMask): a table of pages of
// 4,096 ids, made as ids come, where a map took a tenth of `deadlines
// --all --json` at 100,000 cases hashing them. Ids beyond the table's
// reach (a file of sparse, huge ids) go to a map.
type caseMasks struct {
	pages [][]uint64 // pages[id>>maskPageBits][id&...]: mask, if seen
	seen  [][]uint64 // one bit an id: the mask is set
	far   map[uint64]uint64
}

const (
	maskPageBits = 12
	// maskMaxPages bounds the table: ids up to 2^24 (pointers 4,096 pages,
	// 32 KB); a page is 32 KB, made only for the ids met.
	maskMaxPages = 1 << 12
)

// get is the mask of case id and whether it was set.
func (m *caseMasks) get(id uint64) (uint64, bool) {
	p := id >> maskPageBits
	if p >= maskMaxPages {
		mask, ok := m.far[id]
		return mask, ok
	}
	if p >= uint64(len(m.pages)) || m.pages[p] == nil {
		return 0, false
	}
	i := id & (1<<maskPageBits - 1)
	if m.seen[p][i>>6]&(1<<(i&63)) == 0 {
		return 0, false
	}
	return m.pages[p][i], true
}

// set remembers mask for case id.
func (m *caseMasks) set(id, mask uint64) {
	p := id >> maskPageBits
	if p >= maskMaxPages {
		if m.far == nil {
			m.far = map[uint64]uint64{}
		}
		m.far[id] = mask
		return
	}
	for uint64(len(m.pages)) <= p {
		m.pages = append(m.pages, nil)
		m.seen = append(m.seen, nil)
	}
	if m.pages[p] == nil {
		m.pages[p] = make([]uint64, 1<<maskPageBits)
		m.seen[p] = make([]uint64, 1<<maskPageBits/64)
	}
	i := id & (1<<maskPageBits - 1)
	m.pages[p][i] = mask
	m.seen[p][i>>6] |= 1 << (i & 63)
}
