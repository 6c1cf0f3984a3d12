package i18n

import "unsafe"

// msgIndex finds a message by its English text. Made on every Spanish
// start from some 1,700 messages, a map keyed by the texts read every
// text as it went in, a hundred kilobytes of the binary paged in: half a
// millisecond of every Spanish command. It reads none of them: a text a
// command passes to T is the very string constant the catalog holds (the
// linker keeps one copy of equal constants), so the index looks a key up
// first by where its bytes are; a key not found so (a text made at run
// time, a title read from the database, a text without an entry) is
// compared with the few messages of its length, in the catalog's order.
type msgIndex struct {
	// byAddr is a table of open addressing, by the address of the text's
	// bytes: a power of two at least twice the messages, nil where free.
	byAddr []*Msg
	shift  uint
	// byLen[start[n]:start[n+1]] are the messages n bytes long.
	byLen []*Msg
	start []int32
}

// newMsgIndex indexes the messages of ms whose keep says so; of two with
// the same English text, the first one.
func newMsgIndex(ms [][]Msg, keep func(*Msg) bool) *msgIndex {
	n, longest := 0, 0
	for _, l := range ms {
		for i := range l {
			if m := &l[i]; m.En != "" && keep(m) {
				n++
				longest = max(longest, len(m.En))
			}
		}
	}
	size, shift := 16, uint(64-4)
	for size < 2*n {
		size, shift = size*2, shift-1
	}
	x := &msgIndex{byAddr: make([]*Msg, size), shift: shift, byLen: make([]*Msg, n), start: make([]int32, longest+2)}
	for _, l := range ms {
		for i := range l {
			if m := &l[i]; m.En != "" && keep(m) {
				x.start[len(m.En)+1]++
				x.addAddr(m)
			}
		}
	}
	for i := 1; i < len(x.start); i++ {
		x.start[i] += x.start[i-1]
	}
	next := append([]int32(nil), x.start...)
	for _, l := range ms {
		for i := range l {
			if m := &l[i]; m.En != "" && keep(m) {
				x.byLen[next[len(m.En)]] = m
				next[len(m.En)]++
			}
		}
	}
	return x
}

// get is the message whose English text is key, or nil.
func (x *msgIndex) get(key string) *Msg {
	if key == "" {
		return nil
	}
	if m := x.atAddr(unsafe.StringData(key)); m != nil && m.En == key {
		return m
	}
	if len(key)+1 >= len(x.start) {
		return nil
	}
	for _, m := range x.byLen[x.start[len(key)]:x.start[len(key)+1]] {
		if m.En == key {
			return m
		}
	}
	return nil
}

// slot is where the table's probe for p starts.
func (x *msgIndex) slot(p *byte) int {
	return int(uint64(uintptr(unsafe.Pointer(p))) * 0x9E3779B97F4A7C15 >> x.shift)
}

// addAddr puts m in byAddr unless a message with its address is there.
func (x *msgIndex) addAddr(m *Msg) {
	p := unsafe.StringData(m.En)
	for i := x.slot(p); ; i = (i + 1) & (len(x.byAddr) - 1) {
		switch e := x.byAddr[i]; {
		case e == nil:
			x.byAddr[i] = m
			return
		case unsafe.StringData(e.En) == p:
			return // the first one stays
		}
	}
}

// atAddr is the message whose text's bytes are at p, or nil.
func (x *msgIndex) atAddr(p *byte) *Msg {
	for i := x.slot(p); ; i = (i + 1) & (len(x.byAddr) - 1) {
		if e := x.byAddr[i]; e == nil || unsafe.StringData(e.En) == p {
			return e
		}
	}
}
