package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"

	"tramite/procedures"
)

// keyClosures holds the office closures in the meta bucket: a JSON array
// of dates, sorted and without repeats. It is absent when there are none,
// the default of R-DAYS-BIZ, so files without closures look as they did
// before closures existed and need no schema step.
var keyClosures = []byte("closures")

// Closures returns the days the user configured as INM office closures
// (declared non-working by a DOF acuerdo: holy week, year-end vacation;
// R-DAYS-BIZ), sorted, without repeats; none by default.
func (s *Store) Closures() ([]procedures.Date, error) {
	var ds []procedures.Date
	err := s.view("reading the office closures", func(tx *bolt.Tx) (err error) {
		ds, err = readClosures(tx)
		return err
	})
	return ds, err
}

// SetClosures replaces the configured closures with ds (sorted and
// de-duplicated here) and, in the same transaction, recomputes every index
// row with them: the index never holds dates counted with other closures.
// An empty ds removes every closure. A zero date is refused and nothing
// changes.
func (s *Store) SetClosures(ds []procedures.Date) error {
	list := normalizeClosures(ds)
	for _, d := range list {
		if d.IsZero() {
			return errors.New("saving the office closures: a closure has no date: give each as YYYY-MM-DD, e.g. 2027-03-25")
		}
	}
	cal := calendarOf(list)
	err := s.update("saving the office closures", func(tx *bolt.Tx) error {
		if err := writeClosures(tx, list); err != nil {
			return err
		}
		return reindex(tx, cal)
	})
	if err != nil {
		return err
	}
	s.setCal(cal)
	return nil
}

// Calendar is the office calendar with the stored closures: what every
// rule evaluated for this file should use (R-DAYS-BIZ, R-DAYS-CLOSED,
// R-CASE-DECIDE), and what the index rows were computed with. The map is
// the caller's own copy.
func (s *Store) Calendar() procedures.Calendar {
	cal := s.calendar()
	if len(cal.Closures) == 0 {
		return procedures.Calendar{}
	}
	return procedures.Calendar{Closures: maps.Clone(cal.Closures)}
}

// normalizeClosures returns ds sorted by date, each date once.
func normalizeClosures(ds []procedures.Date) []procedures.Date {
	out := slices.Clone(ds)
	slices.SortFunc(out, procedures.Date.Compare)
	return slices.Compact(out)
}

// calendarOf builds the calendar of a closure list; no closures gives the
// zero Calendar.
func calendarOf(ds []procedures.Date) procedures.Calendar {
	if len(ds) == 0 {
		return procedures.Calendar{}
	}
	m := make(map[procedures.Date]bool, len(ds))
	for _, d := range ds {
		m[d] = true
	}
	return procedures.Calendar{Closures: m}
}

// readClosures reads the closures stored in tx's meta bucket.
func readClosures(tx *bolt.Tx) ([]procedures.Date, error) {
	b := tx.Bucket(bucketMeta)
	if b == nil {
		return nil, nil
	}
	v := b.Get(keyClosures)
	if v == nil {
		return nil, nil
	}
	var ds []procedures.Date
	if err := json.Unmarshal(v, &ds); err != nil {
		return nil, fmt.Errorf("its list of office closures is damaged: %w", err)
	}
	return normalizeClosures(ds), nil
}

// writeClosures stores ds (already normalised) in tx's meta bucket,
// removing the key when ds is empty.
func writeClosures(tx *bolt.Tx, ds []procedures.Date) error {
	b := tx.Bucket(bucketMeta)
	if len(ds) == 0 {
		return b.Delete(keyClosures)
	}
	v, err := json.Marshal(ds)
	if err != nil {
		return fmt.Errorf("encoding the office closures: %w", err)
	}
	return b.Put(keyClosures, v)
}
