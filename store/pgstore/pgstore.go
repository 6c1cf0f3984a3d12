// Package pgstore keeps tramite's people, cases and deadline index in a
// PostgreSQL database shared by the desks of an office (pgx v5). It is the
// second implementation of store.Engine and passes the same contract suite
// as the embedded bbolt file (package store/storetest).
//
// Tables (in the connection's current schema; see schema.go): tramite_meta
// (app, schema and rules versions, office closures, a change counter),
// people, cases (with a version for optimistic concurrency), summaries and
// deadlines (the deadline index, written in the same transaction as each
// case; deadlines indexed by (act_date, case_id, key) for listings).
//
// Every write is one transaction at READ COMMITTED with row locks: the
// case row (SELECT ... FOR UPDATE) for edits, the closures row FOR SHARE
// (FOR UPDATE by SetClosures) so that no index row is computed with
// closures another desk is replacing. Listings are one statement each, so
// they read a consistent snapshot, and stream their rows.
//
// Credentials come only from the address, PGPASSFILE or the environment;
// Path and every error leave the password out.
package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"tramite/procedures"
	"tramite/store"
)

type (
	Person  = store.Person
	Case    = store.Case
	Summary = store.Summary
)

// opTimeout bounds one operation (a listing of 100,000 cases included).
const opTimeout = 2 * time.Minute

// IsAddress reports whether addr names a PostgreSQL database rather than
// a file: a postgres:// or postgresql:// URL, or a libpq keyword string
// ("host=... dbname=...").
func IsAddress(addr string) bool {
	a := strings.TrimSpace(addr)
	if strings.HasPrefix(a, "postgres://") || strings.HasPrefix(a, "postgresql://") {
		return true
	}
	// A keyword string starts with a libpq keyword (a file path with
	// "host=" further on is still a path).
	for _, k := range []string{"host=", "hostaddr=", "port=", "dbname=", "user=", "service=", "sslmode="} {
		if strings.HasPrefix(a, k) {
			return true
		}
	}
	return false
}

// HasPassword reports whether addr itself holds a password (which tramite
// must never write to disk: a unit file, a setting).
func HasPassword(addr string) bool {
	if u, err := url.Parse(strings.TrimSpace(addr)); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		if _, ok := u.User.Password(); ok {
			return true
		}
		return u.Query().Has("password")
	}
	return strings.Contains(addr, "password=")
}

// ErrNoTables: a read-only open found no tramite tables (nothing to read
// yet).
var ErrNoTables = errors.New("no tramite database there yet")

// Store is an open tramite database on a PostgreSQL server.
type Store struct {
	pool     *pgxpool.Pool
	name     string // the address without its password, for messages
	secret   string // the password, to redact from errors
	now      func() time.Time
	readOnly bool

	mu sync.Mutex
	// cal is the calendar of the closures last read; each write computes
	// its rows with the closures read in its own transaction.
	cal procedures.Calendar
	// staleIndex: a read-only open found an index of other rules, so
	// listings compute the rows from the cases.
	staleIndex bool

	// lis is the connection listening for other desks' changes
	// (notify.go), started by the first WaitChange.
	lis listener
}

var _ store.Engine = (*Store)(nil)

// Open connects to the database at addr ("" uses the PG* environment
// alone), creating tramite's tables in an empty database, upgrading an
// older schema in one transaction, and rebuilding the index when the
// rules changed. A database of a newer tramite is refused
// (store.ErrNewerSchema), as is one holding another program's tables
// (store.ErrNotTramite). With opt.ReadOnly nothing is written.
func Open(addr string, opt store.Options) (*Store, error) {
	return open(addr, opt, currentSchema())
}

func open(addr string, opt store.Options, sc schema) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(addr)
	if err != nil {
		// pgx's parse errors redact passwords on a best-effort basis; say
		// nothing of the address at all.
		return nil, fmt.Errorf("the PostgreSQL address is not valid (%s): write it as postgres://USER@HOST:PORT/DATABASE, with the password in PGPASSWORD or ~/.pgpass", parseProblem(err))
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	if cfg.MaxConns > 8 {
		cfg.MaxConns = 8
	}
	if opt.ReadOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = "tramite"
	}
	s := &Store{name: displayName(cfg), secret: cfg.ConnConfig.Password, now: opt.Now, readOnly: opt.ReadOnly}
	if s.now == nil {
		s.now = time.Now
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	s.pool, err = pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, s.fail("connecting to "+s.name, err)
	}
	if err := s.prepare(ctx, sc); err != nil {
		s.pool.Close()
		return nil, err
	}
	return s, nil
}

// parseProblem is what is wrong with an address, without the address.
func parseProblem(err error) string {
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) && errors.Unwrap(pe) != nil {
		return redactAny(errors.Unwrap(pe).Error())
	}
	return "cannot parse it"
}

// redactAny removes what looks like a password from an error text.
func redactAny(s string) string {
	if i := strings.Index(s, "password="); i >= 0 {
		return s[:i] + "password=xxxxx"
	}
	return s
}

// displayName is the address as messages show it: no password.
func displayName(cfg *pgxpool.Config) string {
	c := cfg.ConnConfig
	u := url.URL{Scheme: "postgres", Host: net.JoinHostPort(c.Host, fmt.Sprint(c.Port)), Path: "/" + c.Database}
	if c.User != "" {
		u.User = url.User(c.User)
	}
	if sp := c.RuntimeParams["search_path"]; sp != "" {
		u.RawQuery = url.Values{"search_path": {sp}}.Encode()
	}
	return u.String()
}

// Path is the database's address without its password.
func (s *Store) Path() string { return s.name }

// Close closes the connections.
func (s *Store) Close() error {
	s.stopListening()
	s.pool.Close()
	return nil
}

// Calendar is the office calendar of the closures last read (at open,
// by Closures, by each write). The map is the caller's own copy.
func (s *Store) Calendar() procedures.Calendar {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.cal.Closures) == 0 {
		return procedures.Calendar{}
	}
	return procedures.Calendar{Closures: maps.Clone(s.cal.Closures)}
}

func (s *Store) setCalendar(cal procedures.Calendar) {
	s.mu.Lock()
	s.cal = cal
	s.mu.Unlock()
}

// stamp is the time written to Created and Updated.
func (s *Store) stamp() time.Time { return s.now().UTC().Round(0) }

// today is the date of the store's clock, for the birth-date check.
func (s *Store) today() procedures.Date { return procedures.DateOf(s.now()) }

// errCommitUnknown: the connection broke during COMMIT.
var errCommitUnknown = errors.New("the connection to the server broke while saving: reopen the case to see whether the change was kept")

// write runs fn in one transaction, retrying it (from the start) when the
// server reports a serialization failure or deadlock, or when the
// connection broke before COMMIT (the server rolled it back). what names
// the operation in errors.
func (s *Store) write(what string, fn func(ctx context.Context, tx pgx.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("%s: %w (%s)", what, store.ErrReadOnly, s.name)
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt*attempt*20) * time.Millisecond)
		}
		err = s.tryWrite(ctx, fn)
		if err == nil || !retryable(err) || ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		return s.fail(what, err)
	}
	return nil
}

func (s *Store) tryWrite(ctx context.Context, fn func(ctx context.Context, tx pgx.Tx) error) (err error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback(context.Background())
		}
	}()
	if err := fn(ctx, tx); err != nil {
		return err
	}
	// Every committed write moves the change counter and notifies the
	// dashboards (notify.go).
	if _, err := tx.Exec(ctx, bumpAndNotify); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		if isConnErr(err) {
			return fmt.Errorf("%w (%v)", errCommitUnknown, err)
		}
		return err
	}
	return nil
}

// read runs fn in a read-only transaction (one snapshot: REPEATABLE READ),
// retried once when the connection was broken.
func (s *Store) read(what string, fn func(ctx context.Context, tx pgx.Tx) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt*50) * time.Millisecond)
		}
		err = s.tryRead(ctx, fn)
		if err == nil || !isConnErr(err) || ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		return s.fail(what, err)
	}
	return nil
}

func (s *Store) tryRead(ctx context.Context, fn func(ctx context.Context, tx pgx.Tx) error) error {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())
	if err := fn(ctx, tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// retryable: a serialization failure, a deadlock, or a connection that
// broke before COMMIT.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "40001" || pe.Code == "40P01"
	}
	return isConnErr(err) && !errors.Is(err, errCommitUnknown)
}

// isConnErr reports a failure of the connection rather than of the
// statement: the server went away, or could not be reached.
func isConnErr(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
		// 08xxx connection exceptions.
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03"
	}
	var ne net.Error
	var ce *pgconn.ConnectError
	return errors.As(err, &ne) || errors.As(err, &ce) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, pgconn.ErrConnClosed) || pgconn.SafeToRetry(err)
}

// ErrUnreachable is wrapped by errors that say the server could not be
// reached or went away (errors.Is).
var ErrUnreachable = errors.New("the PostgreSQL server cannot be reached")

// fail names the operation, explains a lost server, and removes the
// password from the message.
func (s *Store) fail(what string, err error) error {
	if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrInvalid) || errors.Is(err, store.ErrDuplicateName) ||
		errors.Is(err, store.ErrHasCases) {
		return s.redact(fmt.Errorf("%s: %w", what, err))
	}
	if isConnErr(err) && !errors.Is(err, errCommitUnknown) {
		err = fmt.Errorf("%w at %s: check that it is running and reachable, then try again (nothing was saved by this attempt): %w", ErrUnreachable, s.name, err)
	}
	return s.redact(fmt.Errorf("%s: %w", what, err))
}

// redact hides the password in err's text, keeping err for errors.Is.
func (s *Store) redact(err error) error {
	if err == nil || s.secret == "" || !strings.Contains(err.Error(), s.secret) {
		return err
	}
	return redacted{err: err, secret: s.secret}
}

type redacted struct {
	err    error
	secret string
}

func (r redacted) Error() string { return strings.ReplaceAll(r.err.Error(), r.secret, "xxxxx") }
func (r redacted) Unwrap() error { return r.err }

// Generation is a number that changes whenever a write commits, at any
// desk: the dashboard polls it to refresh.
func (s *Store) Generation() (uint64, error) {
	var g uint64
	err := s.read("reading the change counter", func(ctx context.Context, tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT value::bigint FROM tramite_meta WHERE key = 'generation'`).Scan(&g)
	})
	return g, err
}

// marshal encodes a record for its json column.
func marshal(v any) ([]byte, error) { return json.Marshal(v) }
