package cli

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"tramite/casebook"
	"tramite/export"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
)

// The household export's store source (24 bytes a case, the names read
// when the table of contents asks) lists and renders the cases as the
// household evaluated all at once does: by person, then case number,
// over demo cases whose people's cases are interleaved in the file, more
// than the cases and people it reads at a time (readAhead).
func TestStoreSourceIsTheHousehold(t *testing.T) {
	db := demoDB(t, 3*readAhead+7)
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	people, err := st.People()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := st.Cases()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
		ctx := procedures.Context{Today: procedures.MustDate("2026-11-23"), Lang: i18n.For(lang)}
		vs, err := casebook.Household(people, cases, ctx)
		if err != nil {
			t.Fatal(err)
		}
		src, err := newStoreSource(st, ctx)
		if err != nil {
			t.Fatal(err)
		}
		if src.Len() != len(vs) {
			t.Fatalf("%d entries, want %d", src.Len(), len(vs))
		}
		for i, v := range vs {
			e := src.Entry(i)
			if e.CaseID != v.Case.ID || e.PersonID != v.Person.ID || e.Person != v.Person.Name || e.Procedure != v.Procedure {
				t.Fatalf("entry %d: case %d of %d %q (%s), want case %d of %d %q (%s)", i, e.CaseID, e.PersonID, e.Person,
					e.Procedure.ID, v.Case.ID, v.Person.ID, v.Person.Name, v.Procedure.ID)
			}
		}
		for _, format := range []string{export.FormatText, export.FormatMarkdown, export.FormatJSON} {
			var got, want bytes.Buffer
			if err := export.RenderFrom(context.Background(), &got, format, src, ctx, export.Options{}); err != nil {
				t.Fatal(err)
			}
			if err := export.RenderFrom(context.Background(), &want, format, export.Cases(people, vs), ctx, export.Options{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%s, %s: the store's household differs from the household in memory (%d bytes, want %d)", lang, format, got.Len(), want.Len())
			}
		}
	}
}

// A case deleted, and a case moved to someone else, after the export's
// index was read: the deleted one is "not found" as before the read-ahead,
// the moved one is rendered with its new person, and the cases around them
// are untouched.
func TestStoreSourceAfterChanges(t *testing.T) {
	db := demoDB(t, 2*readAhead)
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := procedures.Context{Today: procedures.MustDate("2026-11-23")}
	src, err := newStoreSource(st, ctx)
	if err != nil {
		t.Fatal(err)
	}
	gone, moved, other := src.rows[5].id, src.rows[readAhead+3].id, src.rows[0].person
	if err := st.DeleteCase(gone); err != nil {
		t.Fatal(err)
	}
	c, err := st.Case(moved)
	if err != nil {
		t.Fatal(err)
	}
	c.PersonID = other
	if err := st.SaveCase(&c); err != nil {
		t.Fatal(err)
	}
	for i, r := range src.rows {
		v, err := src.Detail(i)
		switch {
		case r.id == gone:
			if !errors.Is(err, store.ErrNotFound) {
				t.Errorf("the deleted case %d: %v, want not found", gone, err)
			}
		case err != nil:
			t.Fatalf("case %d: %v", r.id, err)
		case v.Case.ID != r.id:
			t.Fatalf("row %d: case %d, want %d", i, v.Case.ID, r.id)
		case r.id == moved && v.Person.ID != other:
			t.Errorf("the moved case %d is rendered for person %d, want %d", moved, v.Person.ID, other)
		case r.id != moved && v.Person.ID != r.person:
			t.Errorf("case %d is rendered for person %d, want %d", r.id, v.Person.ID, r.person)
		}
	}
}
