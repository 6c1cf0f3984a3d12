package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
	"unsafe"

	"tramite/procedures"
)

// Index rows are encoded by hand rather than as JSON: decoding 10,000 rows
// is what `tramite deadlines` does. The strings that repeat from row to
// row (procedure, stage, deadline keys, titles, notes, rule ids) are kept
// once in the index's string table (strtable.go) and a row holds their
// ids: rows shrink about tenfold, and decoding them hashes no string.
//
// Row layout, version 2 (uvarint = unsigned varint, date = varint year,
// byte month, byte day, ref = a string, see below):
//
//	byte 2
//	uvarint case id, uvarint person id
//	ref person, ref procedure, ref stage
//	varint updated unix seconds, uvarint nanoseconds
//	uvarint number of deadlines, then each:
//	  ref key, date, uvarint kind, ref title, date act-by, ref note,
//	  ref rule, byte flags (1 done, 2 after filing), ref if-missed
//
// A ref is one uvarint x: an even x is the table id x/2 (id 0 is ""), an
// odd x is followed by x/2 bytes of the string itself. Names, which rarely
// repeat, and strings too long for a bbolt key are written inline.
const rowVersion = 2

const (
	flagDone        = 1
	flagAfterFiling = 2
)

// minDeadlineBytes is the smallest encoded deadline; it bounds the count a
// damaged row can claim, so decoding never allocates wildly.
const minDeadlineBytes = 13

var errShortRow = errors.New("index row cut short")

// stringIDs gives a shared string its table id, or 0 to write it inline.
// A nil stringIDs writes every string inline.
type stringIDs func(string) uint64

// encodeSummary encodes one index row, sharing strings through ids.
func encodeSummary(s Summary, ids stringIDs) []byte {
	e := rowEncoder{ids: ids, b: make([]byte, 0, 32+len(s.Person)+len(s.Deadlines)*24)}
	e.b = append(e.b, rowVersion)
	e.b = binary.AppendUvarint(e.b, s.CaseID)
	e.b = binary.AppendUvarint(e.b, s.PersonID)
	e.inline(s.Person)
	e.ref(s.Procedure)
	e.ref(string(s.Stage))
	e.b = binary.AppendVarint(e.b, s.Updated.Unix())
	e.b = binary.AppendUvarint(e.b, uint64(s.Updated.Nanosecond()))
	e.b = binary.AppendUvarint(e.b, uint64(len(s.Deadlines)))
	for _, d := range s.Deadlines {
		e.ref(d.Key)
		e.date(d.Date)
		e.b = binary.AppendUvarint(e.b, uint64(d.Kind))
		e.ref(d.Title)
		e.date(d.ActBy)
		e.ref(d.Note)
		e.ref(d.Rule)
		var flags byte
		if d.Done {
			flags |= flagDone
		}
		if d.AfterFiling {
			flags |= flagAfterFiling
		}
		e.b = append(e.b, flags)
		e.ref(d.IfMissed)
	}
	return e.b
}

// rowEncoder appends a row's fields.
type rowEncoder struct {
	ids stringIDs
	b   []byte
}

// ref appends s as a table id when it has one, else inline.
func (e *rowEncoder) ref(s string) {
	if s == "" {
		e.b = append(e.b, 0)
		return
	}
	if e.ids != nil {
		if id := e.ids(s); id != 0 {
			e.b = binary.AppendUvarint(e.b, id<<1)
			return
		}
	}
	e.inline(s)
}

func (e *rowEncoder) inline(s string) {
	e.b = binary.AppendUvarint(e.b, uint64(len(s))<<1|1)
	e.b = append(e.b, s...)
}

func (e *rowEncoder) date(d procedures.Date) {
	e.b = binary.AppendVarint(e.b, int64(d.Year))
	e.b = append(e.b, byte(d.Month), byte(d.Day))
}

// rowDecoder decodes index rows against the index's string table. Not
// safe for concurrent use.
type rowDecoder struct {
	// strs is the string table: strs[id], strs[0] == "".
	strs []string
	// slab hands out the rows' deadline slices from a few large
	// allocations instead of one per row.
	slab []procedures.Deadline
	// arena holds the inline strings it copies (the person's names):
	// one allocation for many names instead of one each.
	arena []byte
	rowBytes
}

// rowBytes reads the numbers of an index row, remembering the first
// error; the decoder and the damage check's rowChecker both read rows
// through it, so they read them the same way.
type rowBytes struct {
	buf []byte
	err error
}

// arenaSize is the size of the chunks inline strings are copied into;
// a string longer than a sixteenth of it gets its own.
const arenaSize = 32 << 10

// newRowDecoder decodes rows whose shared strings are in strs (as
// loadStrings returns them); nil is a table with no strings.
func newRowDecoder(strs []string) *rowDecoder {
	if len(strs) == 0 {
		strs = []string{""}
	}
	return &rowDecoder{strs: strs}
}

// decode decodes one row. It copies what it keeps: the result does not
// point into data, which dies with the transaction.
func (r *rowDecoder) decode(data []byte) (Summary, error) {
	var s Summary
	if err := r.decodeInto(data, &s, r.deadlines); err != nil {
		return Summary{}, err
	}
	return s, nil
}

// decodeInto decodes one row into s, taking the row's deadline slice from
// alloc (whose elements it overwrites whole). On error s is left partly
// written.
func (r *rowDecoder) decodeInto(data []byte, s *Summary, alloc func(n int) []procedures.Deadline) error {
	r.buf, r.err = data, nil
	if v := r.byte(); r.err == nil && v != rowVersion {
		return fmt.Errorf("index row format %d is unknown", v)
	}
	s.Deadlines = nil
	s.CaseID = r.uvarint()
	s.PersonID = r.uvarint()
	s.Person = r.ref()
	s.Procedure = r.ref()
	s.Stage = procedures.Stage(r.ref())
	sec, nsec := r.varint(), r.uvarint()
	if nsec >= 1e9 {
		r.fail(errors.New("index row has a bad time"))
	}
	s.Updated = time.Unix(sec, int64(nsec)).UTC()
	n := r.uvarint()
	if n > uint64(len(r.buf)/minDeadlineBytes) {
		r.fail(errShortRow)
	}
	if r.err == nil && n > 0 {
		s.Deadlines = alloc(int(n))
		for i := range s.Deadlines {
			d := &s.Deadlines[i]
			d.Key = r.ref()
			d.Date = r.date()
			d.Kind = procedures.DeadlineKind(r.uvarint())
			d.Title = r.ref()
			d.ActBy = r.date()
			d.Note = r.ref()
			d.Rule = r.ref()
			flags := r.byte()
			d.Done = flags&flagDone != 0
			d.AfterFiling = flags&flagAfterFiling != 0
			d.IfMissed = r.ref()
		}
	}
	if r.err == nil && len(r.buf) != 0 {
		r.fail(fmt.Errorf("index row has %d stray bytes", len(r.buf)))
	}
	return r.err
}

// deadlines returns a zeroed slice of n deadlines, capped at n so that a
// caller's append copies instead of writing into the next row's.
func (r *rowDecoder) deadlines(n int) []procedures.Deadline {
	if len(r.slab) < n {
		r.slab = make([]procedures.Deadline, max(n, 1024))
	}
	ds := r.slab[:n:n]
	r.slab = r.slab[n:]
	return ds
}

func (r *rowBytes) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.buf = nil
}

func (r *rowBytes) byte() byte {
	if len(r.buf) < 1 {
		r.fail(errShortRow)
		return 0
	}
	v := r.buf[0]
	r.buf = r.buf[1:]
	return v
}

func (r *rowBytes) uvarint() uint64 {
	if len(r.buf) > 0 && r.buf[0] < 0x80 { // one byte: most ids and counts
		v := uint64(r.buf[0])
		r.buf = r.buf[1:]
		return v
	}
	v, n := binary.Uvarint(r.buf)
	if n <= 0 {
		r.fail(errShortRow)
		return 0
	}
	r.buf = r.buf[n:]
	return v
}

func (r *rowBytes) varint() int64 {
	if len(r.buf) >= 2 && r.buf[0] >= 0x80 && r.buf[1] < 0x80 {
		// Two bytes: every year of a date.
		ux := uint64(r.buf[0]&0x7f) | uint64(r.buf[1])<<7
		r.buf = r.buf[2:]
		x := int64(ux >> 1)
		if ux&1 != 0 {
			x = ^x
		}
		return x
	}
	v, n := binary.Varint(r.buf)
	if n <= 0 {
		r.fail(errShortRow)
		return 0
	}
	r.buf = r.buf[n:]
	return v
}

// ref reads a string: from the table, or inline (copied).
func (r *rowDecoder) ref() string {
	if len(r.buf) >= 2 && r.buf[0]&1 == 0 {
		// A table id in one or two bytes: most strings of a row.
		var id uint64
		switch {
		case r.buf[0] < 0x80:
			id = uint64(r.buf[0]) >> 1
			r.buf = r.buf[1:]
		case r.buf[1] < 0x80:
			id = (uint64(r.buf[0]&0x7f) | uint64(r.buf[1])<<7) >> 1
			r.buf = r.buf[2:]
		default:
			goto slow
		}
		if id < uint64(len(r.strs)) {
			return r.strs[id]
		}
		r.fail(errors.New("index row names a string the index does not have"))
		return ""
	}
slow:
	x := r.uvarint()
	if x&1 == 0 {
		if id := x >> 1; id < uint64(len(r.strs)) {
			return r.strs[id]
		}
		r.fail(errors.New("index row names a string the index does not have"))
		return ""
	}
	n := x >> 1
	if n > uint64(len(r.buf)) {
		r.fail(errShortRow)
		return ""
	}
	s := r.copyString(r.buf[:n])
	r.buf = r.buf[n:]
	return s
}

// copyString is string(b), copied into the decoder's arena: the string
// shares its chunk with others, which stays alive while any of them is
// kept.
func (r *rowDecoder) copyString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if len(b) > arenaSize/16 {
		return string(b)
	}
	if cap(r.arena)-len(r.arena) < len(b) {
		r.arena = make([]byte, 0, arenaSize)
	}
	start := len(r.arena)
	r.arena = append(r.arena, b...)
	return unsafe.String(&r.arena[start], len(b))
}

func (r *rowDecoder) date() procedures.Date {
	y := r.varint()
	m, d := r.byte(), r.byte()
	if y < -1e6 || y > 1e6 {
		r.fail(errors.New("index row has a bad date"))
	}
	return procedures.Date{Year: int(y), Month: time.Month(m), Day: int(d)}
}
