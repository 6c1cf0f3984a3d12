package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// fileTop is the top-level object as encoding/json decoded it when the
// whole file was read at once. Its small members are still decoded into
// it, one at a time, so that a member of the wrong type or an unknown one
// is refused in the same words; "people" and "cases" are read element by
// element instead. An alias of an unnamed struct, because encoding/json
// names the type when the file is not an object at all.
type fileTop = struct {
	Format       *string           `json:"format"`
	Version      *int              `json:"version"`
	Exported     string            `json:"exported"`
	RulesChecked string            `json:"rules_checked"`
	People       []json.RawMessage `json:"people"`
	Cases        []json.RawMessage `json:"cases"`
}

// fileReader reads a tramite JSON file as it streams by: each person and
// case is decoded, validated and dropped in turn, so that decoding holds
// one record at a time besides the bundle. What it finds is reported in
// the order a decode of the whole file reported it (see DecodeOn).
type fileReader struct {
	in  *jsonStream
	top fileTop
	// memberErr is the first member of the wrong type, unknown or repeated.
	memberErr error
	// extra: something follows the top-level value.
	extra bool

	v         validator
	bundle    Bundle
	people    map[uint64]bool // the ids of the valid people
	cases     map[uint64]bool
	listed    map[string]bool   // "people", "cases": read once
	heldCases []json.RawMessage // cases read before the people
	nPeople   int
	nCases    int
	discard   json.RawMessage // the one buffer of what is read past
}

func newFileReader(r io.Reader, v validator) *fileReader {
	return &fileReader{in: newJSONStream(r), v: v,
		people: map[uint64]bool{}, cases: map[uint64]bool{}, listed: map[string]bool{}}
}

// read reads the whole file. Its error is a syntax or read error, or
// io.EOF for an empty file; the rest is left in the fields.
func (f *fileReader) read() error {
	if _, err := f.in.peek(); err != nil {
		return err // io.EOF: an empty file
	}
	err := f.readTop()
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF // the file stops inside its value
	}
	if err != nil {
		return err
	}
	f.extra = f.in.dec.More()
	return f.in.input.err
}

func (f *fileReader) readTop() error {
	tok, err := f.in.token(false)
	if err != nil {
		return err
	}
	if tok != json.Delim('{') { // null, or refused as encoding/json refuses it
		value, err := f.sample(tok)
		if err == nil {
			f.noteMember(strictUnmarshal(value, &f.top))
		}
		return err
	}
	for first := true; ; first = false {
		key, done, err := f.in.key(first)
		if err != nil {
			return err
		}
		if done {
			f.checkHeldCases()
			return nil
		}
		tok, err := f.in.token(true)
		if err != nil {
			return err
		}
		if err := f.member(key, tok); err != nil {
			return err
		}
	}
}

// member reads the value of the member key whose first token is tok.
func (f *fileReader) member(key string, tok json.Token) error {
	for _, list := range []string{"people", "cases"} {
		// A key matches a field as encoding/json matches it.
		if strings.EqualFold(key, list) && (tok == nil || tok == json.Delim('[')) {
			return f.list(list, tok)
		}
	}
	return f.small(key, tok)
}

// list reads "people" or "cases", null or an array.
func (f *fileReader) list(name string, tok json.Token) error {
	if f.listed[name] {
		f.noteMember(fmt.Errorf("%q is in the file twice: a tramite export has one list of %s", name, name))
	}
	f.listed[name] = true
	if tok == json.Delim('[') {
		if err := f.in.elements(func() error { return f.element(name) }); err != nil {
			return err
		}
	}
	if name == "people" {
		f.checkHeldCases() // the people are known
	}
	return nil
}

// small reads any other member into f.top, as the decode of the whole
// file did.
func (f *fileReader) small(key string, tok json.Token) error {
	value, err := f.sample(tok)
	if err != nil {
		return err
	}
	quoted, err := json.Marshal(key)
	if err != nil {
		return err
	}
	f.noteMember(strictUnmarshal(fmt.Appendf(nil, "{%s:%s}", quoted, value), &f.top))
	return nil
}

// sample reads the rest of a value whose first token is tok and returns
// it as JSON for encoding/json to judge; an object or an array stands
// there for any other of its kind, since it is refused alike.
func (f *fileReader) sample(tok json.Token) ([]byte, error) {
	if err := f.in.skipRest(tok, &f.discard); err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('['):
		return []byte("[]"), nil
	case json.Delim('{'):
		return []byte("{}"), nil
	}
	return json.Marshal(tok)
}

func (f *fileReader) noteMember(err error) {
	if f.memberErr == nil {
		f.memberErr = err
	}
}

// checking: the elements are still worth validating. Past a refused
// member or a full list of problems, the result no longer depends on them:
// they are only read for their syntax.
func (f *fileReader) checking() bool {
	return f.memberErr == nil && len(f.v.problems) <= maxProblems
}

// element reads the next element of list.
func (f *fileReader) element(list string) error {
	switch {
	case !f.checking():
		return f.in.skip(&f.discard)
	case list == "people":
		var fp FilePerson
		decodeErr, err := f.in.decode(&fp)
		if err == nil {
			f.addPerson(fp, decodeErr)
		}
		return err
	case !f.listed["people"]:
		// A case before the people (a hand-edited file): held until
		// the people are known.
		var raw json.RawMessage
		_, err := f.in.decode(&raw)
		f.heldCases = append(f.heldCases, raw)
		return err
	}
	var fc FileCase
	decodeErr, err := f.in.decode(&fc)
	if err == nil {
		f.addCase(fc, decodeErr)
	}
	return err
}

// checkHeldCases validates the cases read before the people, once the
// people are read (or the file ends without them).
func (f *fileReader) checkHeldCases() {
	for _, raw := range f.heldCases {
		if !f.checking() {
			break
		}
		var fc FileCase
		f.addCase(fc, strictUnmarshal(raw, &fc))
	}
	f.heldCases = nil
}

// addPerson validates the next person of the file and keeps it.
func (f *fileReader) addPerson(fp FilePerson, decodeErr error) {
	i := f.nPeople
	f.nPeople++
	p, ok := f.v.person(i, fp, decodeErr)
	if !ok {
		return
	}
	if f.people[p.ID] {
		f.v.addf("person %d (id %d): the id is used twice: give each person its own id", i+1, p.ID)
		return
	}
	f.people[p.ID] = true
	f.bundle.People = append(f.bundle.People, p)
}

// addCase validates the next case of the file against the people read
// and keeps it.
func (f *fileReader) addCase(fc FileCase, decodeErr error) {
	i := f.nCases
	f.nCases++
	c, ok := f.v.caseOf(i, fc, decodeErr, f.people)
	if !ok {
		return
	}
	if f.cases[c.ID] {
		f.v.addf("case %d (id %d): the id is used twice: give each case its own id", i+1, c.ID)
		return
	}
	f.cases[c.ID] = true
	f.bundle.Cases = append(f.bundle.Cases, c)
}
