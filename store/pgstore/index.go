package pgstore

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"tramite/procedures"
	"tramite/store"
)

// calendarOf builds the calendar of a closure list.
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

// lockClosures reads the stored closures inside tx, locking their row:
// FOR SHARE by the writes that compute index rows with them, FOR UPDATE
// by SetClosures, so a row is never computed with closures being
// replaced. It refreshes the store's calendar.
func (s *Store) lockClosures(ctx context.Context, tx pgx.Tx, exclusive bool) (procedures.Calendar, error) {
	q := `SELECT value FROM tramite_meta WHERE key = 'closures' FOR SHARE`
	if exclusive {
		q = `SELECT value FROM tramite_meta WHERE key = 'closures' FOR UPDATE`
	}
	var v string
	if err := tx.QueryRow(ctx, q).Scan(&v); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return procedures.Calendar{}, errNoMeta
		}
		return procedures.Calendar{}, err
	}
	var ds []procedures.Date
	if err := json.Unmarshal([]byte(v), &ds); err != nil {
		return procedures.Calendar{}, fmt.Errorf("its list of office closures is damaged: %w", err)
	}
	cal := calendarOf(ds)
	s.setCalendar(cal)
	return cal, nil
}

// Closures returns the configured office closures, sorted, once each.
func (s *Store) Closures() ([]procedures.Date, error) {
	var ds []procedures.Date
	err := s.read("reading the office closures", func(ctx context.Context, tx pgx.Tx) error {
		var v string
		if err := tx.QueryRow(ctx, `SELECT value FROM tramite_meta WHERE key = 'closures'`).Scan(&v); err != nil {
			return err
		}
		return json.Unmarshal([]byte(v), &ds)
	})
	if err != nil {
		return nil, err
	}
	ds = normalize(ds)
	s.setCalendar(calendarOf(ds))
	if len(ds) == 0 {
		return nil, nil
	}
	return ds, nil
}

func normalize(ds []procedures.Date) []procedures.Date {
	out := slices.Clone(ds)
	slices.SortFunc(out, procedures.Date.Compare)
	return slices.Compact(out)
}

// SetClosures replaces the closures and recomputes every index row with
// them, in one transaction. A zero date is refused and nothing changes.
func (s *Store) SetClosures(ds []procedures.Date) error {
	list := normalize(ds)
	for _, d := range list {
		if d.IsZero() {
			return errors.New("saving the office closures: a closure has no date: give each as YYYY-MM-DD, e.g. 2027-03-25")
		}
	}
	if list == nil {
		list = []procedures.Date{}
	}
	v, err := json.Marshal(list)
	if err != nil {
		return err
	}
	cal := calendarOf(list)
	err = s.write("saving the office closures", func(ctx context.Context, tx pgx.Tx) error {
		if _, err := s.lockClosures(ctx, tx, true); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE tramite_meta SET value = $1 WHERE key = 'closures'`, string(v)); err != nil {
			return err
		}
		return reindex(ctx, tx, cal)
	})
	if err != nil {
		return err
	}
	s.setCalendar(cal)
	return nil
}

// pgDate is a procedures.Date as a PostgreSQL date (NULL when zero).
func pgDate(d procedures.Date) pgtype.Date {
	if d.IsZero() {
		return pgtype.Date{}
	}
	return pgtype.Date{Time: time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC), Valid: true}
}

func fromPgDate(d pgtype.Date) procedures.Date {
	if !d.Valid {
		return procedures.Date{}
	}
	return procedures.NewDate(d.Time.Year(), d.Time.Month(), d.Time.Day())
}

// deadlineColumns are the columns COPY writes to deadlines.
var deadlineColumns = []string{"case_id", "ord", "key", "date", "act_by", "kind", "title", "note", "rule", "done", "after_filing", "if_missed"}

var summaryColumns = []string{"case_id", "person_id", "person", "procedure", "stage", "updated_ns"}

func summaryValues(r *Summary) []any {
	return []any{int64(r.CaseID), int64(r.PersonID), r.Person, r.Procedure, string(r.Stage), r.Updated.UnixNano()}
}

func deadlineValues(caseID uint64, i int, d *procedures.Deadline) []any {
	return []any{int64(caseID), i, d.Key, pgDate(d.Date), pgDate(d.ActBy), int(d.Kind), d.Title, d.Note, d.Rule, d.Done, d.AfterFiling, d.IfMissed}
}

// putRow replaces one case's index row inside tx (one round trip).
func putRow(ctx context.Context, tx pgx.Tx, r Summary) error {
	b := &pgx.Batch{}
	b.Queue(`DELETE FROM summaries WHERE case_id = $1`, int64(r.CaseID))
	b.Queue(`INSERT INTO summaries (case_id, person_id, person, procedure, stage, updated_ns) VALUES ($1, $2, $3, $4, $5, $6)`, summaryValues(&r)...)
	for i := range r.Deadlines {
		b.Queue(`INSERT INTO deadlines (case_id, ord, key, date, act_by, kind, title, note, rule, done, after_filing, if_missed)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`, deadlineValues(r.CaseID, i, &r.Deadlines[i])...)
	}
	return tx.SendBatch(ctx, b).Close()
}

// copyRows writes many index rows with COPY (their cases have none yet).
func copyRows(ctx context.Context, tx pgx.Tx, rows []Summary) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"summaries"}, summaryColumns,
		pgx.CopyFromSlice(len(rows), func(i int) ([]any, error) { return summaryValues(&rows[i]), nil })); err != nil {
		return fmt.Errorf("writing the index rows: %w", err)
	}
	var ds [][]any
	for _, r := range rows {
		for i := range r.Deadlines {
			ds = append(ds, deadlineValues(r.CaseID, i, &r.Deadlines[i]))
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"deadlines"}, deadlineColumns, pgx.CopyFromRows(ds)); err != nil {
		return fmt.Errorf("writing the index deadlines: %w", err)
	}
	return nil
}

// reindex recomputes every index row from the cases with cal, inside tx,
// and records the rules version.
func reindex(ctx context.Context, tx pgx.Tx, cal procedures.Calendar) error {
	if _, err := tx.Exec(ctx, `DELETE FROM summaries`); err != nil {
		return fmt.Errorf("clearing the index: %w", err)
	}
	var rows []Summary
	err := eachCase(ctx, tx, func(c *Case, person string) error {
		rows = append(rows, store.Summarize(c, person, cal))
		return nil
	})
	if err != nil {
		return err
	}
	if err := copyRows(ctx, tx, rows); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `UPDATE tramite_meta SET value = $1 WHERE key = 'rules'`, store.RulesVersion())
	return err
}

// ReindexAll rebuilds every index row from the cases in one transaction.
func (s *Store) ReindexAll() error {
	return s.write("rebuilding the deadline index", func(ctx context.Context, tx pgx.Tx) error {
		cal, err := s.lockClosures(ctx, tx, true)
		if err != nil {
			return err
		}
		return reindex(ctx, tx, cal)
	})
}

// eachCase calls fn with every case and its person's name, in id order,
// streamed.
func eachCase(ctx context.Context, tx pgx.Tx, fn func(c *Case, person string) error) error {
	rows, err := tx.Query(ctx, `SELECT c.id, c.person_id, c.version, c.data, coalesce(p.data->>'name', '')
		FROM cases c LEFT JOIN people p ON p.id = c.person_id ORDER BY c.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id, pid, version int64
			data             []byte
			name             string
		)
		if err := rows.Scan(&id, &pid, &version, &data, &name); err != nil {
			return err
		}
		c, err := decodeCase(uint64(id), uint64(pid), version, data)
		if err != nil {
			return err
		}
		if err := fn(&c, name); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Summaries returns every case's index row in case-id order.
func (s *Store) Summaries() ([]Summary, error) {
	var out []Summary
	err := s.EachSummary(func(row *Summary) error {
		r := *row
		r.Deadlines = slices.Clone(row.Deadlines)
		out = append(out, r)
		return nil
	})
	return out, err
}

// errStop carries fn's error out of the walk unchanged.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

// EachSummary streams every index row in case-id order from one
// statement (one snapshot): the rows come from the server as fn consumes
// them. fn may keep the strings, not the Summary nor its Deadlines.
func (s *Store) EachSummary(fn func(*Summary) error) error {
	call := func(r *Summary) error {
		if err := fn(r); err != nil {
			return errStop{err}
		}
		return nil
	}
	var err error
	if s.staleIndex {
		err = s.read("computing the deadlines", func(ctx context.Context, tx pgx.Tx) error {
			cal := s.Calendar()
			return eachCase(ctx, tx, func(c *Case, person string) error {
				r := store.Summarize(c, person, cal)
				return call(&r)
			})
		})
	} else {
		err = s.read("reading the deadline index", func(ctx context.Context, tx pgx.Tx) error {
			return eachRow(ctx, tx, call, rowsQuery)
		})
	}
	var stop errStop
	if errors.As(err, &stop) {
		return stop.err
	}
	return err
}

// EachSummaryDue is store.Engine's: the rows of the cases with a deadline
// not done to act by on or before until, found through the deadlines'
// act_date index, streamed in case-id order from one statement.
func (s *Store) EachSummaryDue(until procedures.Date, fn func(*Summary) error) error {
	if s.staleIndex {
		return s.EachSummary(store.DueFilter(until, fn))
	}
	call := func(r *Summary) error {
		if err := fn(r); err != nil {
			return errStop{err}
		}
		return nil
	}
	err := s.read("reading the deadline index", func(ctx context.Context, tx pgx.Tx) error {
		return eachRow(ctx, tx, call, dueQuery, pgDate(until))
	})
	var stop errStop
	if errors.As(err, &stop) {
		return stop.err
	}
	return err
}

// dueQuery is rowsQuery for the cases with a deadline not done to act by
// on or before $1 (a deadline without a date counts, as the zero date
// comes before every date).
const dueQuery = `SELECT s.case_id, s.person_id, s.person, s.procedure, s.stage, s.updated_ns,
		d.key, d.date, d.act_by, d.kind, d.title, d.note, d.rule, d.done, d.after_filing, d.if_missed
	FROM summaries s LEFT JOIN deadlines d ON d.case_id = s.case_id
	WHERE s.case_id IN (SELECT case_id FROM deadlines WHERE NOT done AND act_date <= $1
		UNION SELECT case_id FROM deadlines WHERE NOT done AND act_date IS NULL)
	ORDER BY s.case_id, d.ord`

// rowsQuery is the index, one line per deadline (a row without deadlines
// once, with NULLs), in case-id then deadline order.
const rowsQuery = `SELECT s.case_id, s.person_id, s.person, s.procedure, s.stage, s.updated_ns,
		d.key, d.date, d.act_by, d.kind, d.title, d.note, d.rule, d.done, d.after_filing, d.if_missed
	FROM summaries s LEFT JOIN deadlines d ON d.case_id = s.case_id
	ORDER BY s.case_id, d.ord`

// rowColumns are the OIDs eachRow decodes by hand in binary format.
var rowColumns = []uint32{
	pgtype.Int8OID, pgtype.Int8OID, pgtype.TextOID, pgtype.TextOID, pgtype.TextOID, pgtype.Int8OID,
	pgtype.TextOID, pgtype.DateOID, pgtype.DateOID, pgtype.Int4OID, pgtype.TextOID, pgtype.TextOID, pgtype.TextOID,
	pgtype.BoolOID, pgtype.BoolOID, pgtype.TextOID,
}

// eachRow streams the index rows. The columns come in PostgreSQL's binary
// format and are decoded from the raw bytes: the strings that repeat from
// row to row (procedure, stage, keys, titles, notes, rules) are kept once
// each, so 10,000 rows allocate little more than their names.
func eachRow(ctx context.Context, tx pgx.Tx, fn func(*Summary) error, query string, args ...any) error {
	rows, err := tx.Query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	fds := rows.FieldDescriptions()
	if len(fds) != len(rowColumns) {
		return fmt.Errorf("the index query returned %d columns", len(fds))
	}
	for i, fd := range fds {
		// text is the same bytes in either format; the others are binary.
		if fd.DataTypeOID != rowColumns[i] || (fd.Format != pgx.BinaryFormatCode && fd.DataTypeOID != pgtype.TextOID) {
			return fmt.Errorf("the index query's column %s came as type %d format %d", fd.Name, fd.DataTypeOID, fd.Format)
		}
	}
	var (
		row    Summary
		have   bool
		buf    []procedures.Deadline
		intern = map[string]string{}
	)
	in := func(b []byte) string {
		if v, ok := intern[string(b)]; ok {
			return v
		}
		v := string(b)
		intern[v] = v
		return v
	}
	flush := func() error {
		buf = row.Deadlines
		if len(row.Deadlines) == 0 {
			row.Deadlines = nil // as Summarize gives a case without dates
		}
		return fn(&row)
	}
	for rows.Next() {
		v := rows.RawValues()
		caseID := binary.BigEndian.Uint64(v[0])
		if !have || row.CaseID != caseID {
			if have {
				if err := flush(); err != nil {
					return err
				}
			}
			row = Summary{CaseID: caseID, PersonID: binary.BigEndian.Uint64(v[1]), Person: string(v[2]),
				Procedure: in(v[3]), Stage: procedures.Stage(in(v[4])),
				Updated: time.Unix(0, int64(binary.BigEndian.Uint64(v[5]))).UTC(), Deadlines: buf[:0]}
			have = true
		}
		if v[6] == nil {
			continue // a row without deadlines
		}
		row.Deadlines = append(row.Deadlines, procedures.Deadline{
			Key: in(v[6]), Date: binaryDate(v[7]), Kind: procedures.DeadlineKind(int32(binary.BigEndian.Uint32(v[9]))),
			Title: in(v[10]), ActBy: binaryDate(v[8]), Note: in(v[11]), Rule: in(v[12]),
			Done: v[13][0] == 1, AfterFiling: v[14][0] == 1, IfMissed: in(v[15]),
		})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if have {
		return flush()
	}
	return nil
}

// epoch2000 is day 0 of PostgreSQL's binary dates.
var epoch2000 = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// binaryDate decodes a binary date (days since 2000-01-01; NULL is zero).
func binaryDate(b []byte) procedures.Date {
	if len(b) != 4 {
		return procedures.Date{}
	}
	return procedures.DateOf(epoch2000.AddDate(0, 0, int(int32(binary.BigEndian.Uint32(b)))))
}
