package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"tramite/casebook"
	"tramite/config"
	"tramite/export"
	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// calendarSource is what the household calendar is read from: the store,
// open for reading or for writing (*store.Store).
type calendarSource interface {
	People() ([]record.Person, error)
	Cases() ([]record.Case, error)
	Calendar() procedures.Calendar
}

// writeCalendar writes every open deadline of every case in src to path,
// atomically, as iCalendar with the reminders at leads and the stable UIDs
// of export.UID, so a calendar app subscribed to the file updates its
// events; a calendar with nothing open is written empty, so done dates
// leave it too.
func (a *app) writeCalendar(path string, src calendarSource, leads casebook.LeadTimes) error {
	ctx, err := a.context()
	if err != nil {
		return err
	}
	ctx.Calendar = src.Calendar() // the file's office closures (R-DAYS-BIZ)
	people, err := src.People()
	if err != nil {
		return err
	}
	cases, err := src.Cases()
	if err != nil {
		return err
	}
	views, err := casebook.Household(people, cases, ctx)
	if err != nil {
		return err
	}
	return export.WriteFile(path, true, func(w io.Writer) error {
		return export.ICSWith(w, views, ctx, export.ICSOptions{Leads: leads, AllowEmpty: true})
	})
}

// keptCalendar is the calendar file the settings name and the lead times
// to write it with; path is "" when none is kept.
func (a *app) keptCalendar() (path string, leads casebook.LeadTimes, err error) {
	c, leads, err := a.settings()
	if err != nil {
		return "", nil, err
	}
	return c.Calendar, leads, nil
}

// refreshCalendar rewrites the kept calendar file, if any, from src.
func (a *app) refreshCalendar(src calendarSource) error {
	path, leads, err := a.keptCalendar()
	if err != nil || path == "" {
		return err
	}
	if err := a.writeCalendar(path, src, leads); err != nil {
		return a.errorf("the calendar file %s was not rewritten: %w (run `tramite calendar %s` to try again)", path, err, path)
	}
	return nil
}

// afterWrite runs when a command that opened the database for writing has
// finished: it rewrites the kept calendar file from the database, opened
// read-only. A failure is a warning: the change itself is saved.
func (a *app) afterWrite() {
	path, _, err := a.keptCalendar()
	if err == nil && path == "" {
		return
	}
	if err == nil {
		st, oerr := a.openStore(true)
		if oerr != nil {
			err = oerr
		} else {
			err = a.refreshCalendar(st)
			st.Close()
		}
	}
	if err != nil {
		fmt.Fprint(a.stderr, a.T("tramite: warning: %v\n", err))
	}
}

// calendarStore is the dashboard's store when a calendar file is kept: each
// change that can move a date or a name (not a tick, not a note) rewrites
// the file (after, under a lock: the dashboard
// saves from its commands' goroutines). The first failure is kept for a
// warning once the dashboard has closed.
type calendarStore struct {
	casebook.Store
	after func() error
	mu    *sync.Mutex
	err   *error
}

// newCalendarStore wraps st so that every successful change calls after.
func newCalendarStore(st casebook.Store, after func() error) calendarStore {
	return calendarStore{Store: st, after: after, mu: &sync.Mutex{}, err: new(error)}
}

func (s calendarStore) changed(err error) error {
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if aerr := s.after(); aerr != nil && *s.err == nil {
		*s.err = aerr
	}
	return nil
}

// Failed is the first rewrite that failed, nil when all succeeded.
func (s calendarStore) Failed() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return *s.err
}

func (s calendarStore) SavePerson(p *record.Person) error { return s.changed(s.Store.SavePerson(p)) }
func (s calendarStore) DeletePerson(id uint64) error      { return s.changed(s.Store.DeletePerson(id)) }
func (s calendarStore) SaveCase(c *record.Case) error     { return s.changed(s.Store.SaveCase(c)) }
func (s calendarStore) DeleteCase(id uint64) error        { return s.changed(s.Store.DeleteCase(id)) }
func (s calendarStore) SaveAnswer(id uint64, key, value string) error {
	return s.changed(s.Store.SaveAnswer(id, key, value))
}
func (s calendarStore) DeleteAnswer(id uint64, key string) error {
	return s.changed(s.Store.DeleteAnswer(id, key))
}
func (s calendarStore) SetProgress(id uint64, pr procedures.Progress) error {
	return s.changed(s.Store.SetProgress(id, pr))
}

func (s calendarStore) MergePeople(keep *record.Person, otherID uint64) error {
	return s.changed(s.Store.MergePeople(keep, otherID))
}
func (s calendarStore) DeletePersonAndCases(id uint64) (int, error) {
	n, err := s.Store.DeletePersonAndCases(id)
	return n, s.changed(err)
}

var _ casebook.Store = calendarStore{}

// Generation passes the store's change counter through, so the dashboard
// watches the store under the wrapper too (tui's changeCounter).
func (s calendarStore) Generation() (uint64, error) {
	if cc, ok := s.Store.(interface{ Generation() (uint64, error) }); ok {
		return cc.Generation()
	}
	return 0, nil
}

// writtenByTramite reports whether path holds a calendar tramite wrote
// (its PRODID), so `tramite calendar` never replaces another file.
func writtenByTramite(path string) (bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	return bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR")) && bytes.Contains(b, []byte("PRODID:-//tramite//")), nil
}

// settingsSetCalendar records path as the kept calendar ("" stops keeping
// one).
func (a *app) settingsSetCalendar(path string) error {
	return config.SetString(a.settingsPath(), "calendar", path)
}

// tuiStore is the store the dashboard is given: st itself, or, when a
// calendar file is kept, st wrapped so that each change rewrites the file
// (calendarStore). failed returns the first rewrite that failed.
func (a *app) tuiStore(st store.Engine) (ts casebook.Store, failed func() error) {
	path, _, err := a.keptCalendar()
	if err != nil || path == "" {
		// A bad settings file is reported when the dashboard closes.
		return st, func() error { return err }
	}
	cs := newCalendarStore(st, func() error { return a.refreshCalendar(st) })
	return cs, cs.Failed
}

var _ interface {
	EachDueRow(func(*store.DueRow) error) error
} = calendarStore{}

// EachDueRow passes the wrapped store's date-ordered key through, so the
// dashboard's first frame reads only its first rows with a kept calendar
// too (tui/firstframe.go).
func (s calendarStore) EachDueRow(fn func(*store.DueRow) error) error {
	if d, ok := s.Store.(interface {
		EachDueRow(func(*store.DueRow) error) error
	}); ok {
		return d.EachDueRow(fn)
	}
	return store.ErrNoDueOrder
}

// EachSummaryOnce passes the wrapped store's streamed read through, so
// the dashboard builds its rows as the rows are read with a kept calendar
// too, not from every summary held first.
func (s calendarStore) EachSummaryOnce(fn func(*record.Summary) error) error {
	if r, ok := s.Store.(interface {
		EachSummaryOnce(func(*record.Summary) error) error
	}); ok {
		return r.EachSummaryOnce(fn)
	}
	return s.EachSummary(fn)
}

// EachSummary is the wrapped store's EachSummary; a store that does not
// stream its rows is read whole.
func (s calendarStore) EachSummary(fn func(*record.Summary) error) error {
	if r, ok := s.Store.(interface {
		EachSummary(func(*record.Summary) error) error
	}); ok {
		return r.EachSummary(fn)
	}
	sums, err := s.Store.Summaries()
	if err != nil {
		return err
	}
	for i := range sums {
		if err := fn(&sums[i]); err != nil {
			return err
		}
	}
	return nil
}

// CasesOf passes the wrapped store's one-read reading of many cases
// through (the dashboard's unfinished drafts).
func (s calendarStore) CasesOf(ids []uint64, fn func(record.Case) error) error {
	if r, ok := s.Store.(interface {
		CasesOf([]uint64, func(record.Case) error) error
	}); ok {
		return r.CasesOf(ids, fn)
	}
	for _, id := range ids {
		c, err := s.Store.Case(id)
		if errors.Is(err, record.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}
