package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"tramite/procedures"
)

// Index rows are encoded by hand rather than as JSON: decoding 10,000 rows
// is what `tramite deadlines` does, and the decoder below interns the
// strings that repeat from row to row (titles, notes, rule ids, names), so
// listing allocates little more than the rows themselves.
//
// Row layout, version 1 (uvarint = unsigned varint, str = uvarint length
// then bytes, date = varint year, byte month, byte day):
//
//	byte 1
//	uvarint case id, uvarint person id
//	str person, str procedure, str stage
//	varint updated unix seconds, uvarint nanoseconds
//	uvarint number of deadlines, then each:
//	  str key, date, uvarint kind, str title, date act-by, str note,
//	  str rule, byte flags (1 done, 2 after filing)
const rowVersion = 1

const (
	flagDone        = 1
	flagAfterFiling = 2
)

// minDeadlineBytes is the smallest encoded deadline; it bounds the count a
// damaged row can claim, so decoding never allocates wildly.
const minDeadlineBytes = 12

var errShortRow = errors.New("index row cut short")

// encodeSummary encodes one index row.
func encodeSummary(s Summary) []byte {
	b := make([]byte, 0, 64+len(s.Deadlines)*160)
	b = append(b, rowVersion)
	b = binary.AppendUvarint(b, s.CaseID)
	b = binary.AppendUvarint(b, s.PersonID)
	b = appendString(b, s.Person)
	b = appendString(b, s.Procedure)
	b = appendString(b, string(s.Stage))
	b = binary.AppendVarint(b, s.Updated.Unix())
	b = binary.AppendUvarint(b, uint64(s.Updated.Nanosecond()))
	b = binary.AppendUvarint(b, uint64(len(s.Deadlines)))
	for _, d := range s.Deadlines {
		b = appendString(b, d.Key)
		b = appendDate(b, d.Date)
		b = binary.AppendUvarint(b, uint64(d.Kind))
		b = appendString(b, d.Title)
		b = appendDate(b, d.ActBy)
		b = appendString(b, d.Note)
		b = appendString(b, d.Rule)
		var flags byte
		if d.Done {
			flags |= flagDone
		}
		if d.AfterFiling {
			flags |= flagAfterFiling
		}
		b = append(b, flags)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendDate(b []byte, d procedures.Date) []byte {
	b = binary.AppendVarint(b, int64(d.Year))
	return append(b, byte(d.Month), byte(d.Day))
}

// rowDecoder decodes index rows, sharing one string for equal strings
// across the rows it decodes. Not safe for concurrent use.
type rowDecoder struct {
	strs map[string]string
	// slab hands out the rows' deadline slices from a few large
	// allocations instead of one per row.
	slab []procedures.Deadline
	buf  []byte
	err  error
}

func newRowDecoder() *rowDecoder { return &rowDecoder{strs: map[string]string{}} }

// decode decodes one row. It copies what it keeps: the result does not
// point into data, which dies with the transaction.
func (r *rowDecoder) decode(data []byte) (Summary, error) {
	r.buf, r.err = data, nil
	if v := r.byte(); r.err == nil && v != rowVersion {
		return Summary{}, fmt.Errorf("index row format %d is unknown", v)
	}
	var s Summary
	s.CaseID = r.uvarint()
	s.PersonID = r.uvarint()
	s.Person = r.string()
	s.Procedure = r.string()
	s.Stage = procedures.Stage(r.string())
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
		s.Deadlines = r.deadlines(int(n))
		for i := range s.Deadlines {
			d := &s.Deadlines[i]
			d.Key = r.string()
			d.Date = r.date()
			d.Kind = procedures.DeadlineKind(r.uvarint())
			d.Title = r.string()
			d.ActBy = r.date()
			d.Note = r.string()
			d.Rule = r.string()
			flags := r.byte()
			d.Done = flags&flagDone != 0
			d.AfterFiling = flags&flagAfterFiling != 0
		}
	}
	if r.err == nil && len(r.buf) != 0 {
		r.fail(fmt.Errorf("index row has %d stray bytes", len(r.buf)))
	}
	if r.err != nil {
		return Summary{}, r.err
	}
	return s, nil
}

// deadlines returns a zeroed slice of n deadlines, capped at n so that a
// caller's append copies instead of writing into the next row's.
func (r *rowDecoder) deadlines(n int) []procedures.Deadline {
	if len(r.slab) < n {
		r.slab = make([]procedures.Deadline, max(n, 512))
	}
	ds := r.slab[:n:n]
	r.slab = r.slab[n:]
	return ds
}

func (r *rowDecoder) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.buf = nil
}

func (r *rowDecoder) byte() byte {
	if len(r.buf) < 1 {
		r.fail(errShortRow)
		return 0
	}
	v := r.buf[0]
	r.buf = r.buf[1:]
	return v
}

func (r *rowDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(r.buf)
	if n <= 0 {
		r.fail(errShortRow)
		return 0
	}
	r.buf = r.buf[n:]
	return v
}

func (r *rowDecoder) varint() int64 {
	v, n := binary.Varint(r.buf)
	if n <= 0 {
		r.fail(errShortRow)
		return 0
	}
	r.buf = r.buf[n:]
	return v
}

// string reads a length-prefixed string, interned.
func (r *rowDecoder) string() string {
	n := r.uvarint()
	if n > uint64(len(r.buf)) {
		r.fail(errShortRow)
		return ""
	}
	b := r.buf[:n]
	r.buf = r.buf[n:]
	if s, ok := r.strs[string(b)]; ok { // no allocation: the compiler sees the lookup
		return s
	}
	s := string(b)
	r.strs[s] = s
	return s
}

func (r *rowDecoder) date() procedures.Date {
	y := r.varint()
	m, d := r.byte(), r.byte()
	if y < -1e6 || y > 1e6 {
		r.fail(errors.New("index row has a bad date"))
	}
	return procedures.Date{Year: int(y), Month: time.Month(m), Day: int(d)}
}
