package cli

import "unsafe"

// strMemo remembers f(s) for the strings a listing repeats row after row
// (titles, keys, procedures, rules: the index's string table hands out the
// same string each time), keyed by where the string's bytes are rather
// than by its text: a hit costs a pointer compare, not a hash of the text.
// A string with equal text elsewhere is only a miss, computed again. The
// memo keeps the strings it holds alive, so an address is never reused
// for another text while it is remembered.
type strMemo struct {
	f     func(string) string
	slots [strMemoSlots]struct{ src, out string }
}

// strMemoBits sizes the memo: 2,048 slots (64 KB), room for the few
// hundred distinct texts of a listing with few collisions.
const strMemoBits = 11
const strMemoSlots = 1 << strMemoBits

func newStrMemo(f func(string) string) *strMemo { return &strMemo{f: f} }

// get is f(s).
func (m *strMemo) get(s string) string {
	if len(s) == 0 {
		return m.f(s)
	}
	p := unsafe.StringData(s)
	h := (uint64(uintptr(unsafe.Pointer(p)))*0x9E3779B97F4A7C15 + uint64(len(s))) >> (64 - strMemoBits)
	e := &m.slots[h]
	if len(e.src) == len(s) && unsafe.StringData(e.src) == p {
		return e.out
	}
	out := m.f(s)
	e.src, e.out = s, out
	return out
}

// newJSONMemo remembers strings escaped as JSON strings (appendJSONString,
// quotes included).
func newJSONMemo() *strMemo {
	return newStrMemo(func(s string) string { return string(appendJSONString(nil, s)) })
}
