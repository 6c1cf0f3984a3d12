package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/charmbracelet/x/term"
	berrors "go.etcd.io/bbolt/errors"

	"tramite/config"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/store"
	"tramite/store/pgstore"
)

// app carries the global flags, the environment, the clock and the standard
// streams to every command. Nothing else in package main reads os.Getenv,
// os.Stdin or time.Now, so tests can run commands in-process.
type app struct {
	dbFlag    string
	todayFlag string
	// langFlag is --lang, read from the arguments before they are parsed
	// (chooseLang); lang is the language chosen, nil (English) until then.
	langFlag string
	lang     *i18n.Printer
	langErr  error
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	getenv   func(string) string
	now      func() time.Time
	// ctx is the running command's context: fang cancels it on ctrl+c
	// (SIGINT); nil until the command starts.
	ctx context.Context
	// exit, when not 0, is the exit code of a command that ended without
	// an error to report (interruptedExit).
	exit int
	// wrote: the command opened the database for writing, so the kept
	// calendar file is rewritten when it ends (afterWrite).
	wrote bool
	// checkLater: a read-write open of a bbolt file defers its damage
	// check (store.OpenCheckLater): the dashboard, which runs it after its
	// first frame, before anything writes.
	checkLater bool
	// started is the settings file as chooseLang read it, for
	// useLeadTimes to take instead of reading it again (once: a later
	// call reads the file); nil when taken or not read.
	started *loadedSettings
}

// loadedSettings is config.Load's answer.
type loadedSettings struct {
	c   config.Config
	err error
}

// newApp returns an app reading the given streams, environment and clock.
func newApp(stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, now func() time.Time) *app {
	return &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv, now: now}
}

// errNoDB says the database file does not exist yet; read-only commands
// treat it as an empty database.
var errNoDB = errors.New("no tramite database yet")

// msgErr is an error worded in the user's language that still matches
// the sentinel it stands for (errors.Is).
type msgErr struct {
	msg string
	err error
}

func (e msgErr) Error() string { return e.msg }
func (e msgErr) Unwrap() error { return e.err }

// lockTimeout bounds the wait for another tramite to release the file.
const lockTimeout = time.Second

// dbPath resolves --db, then TRAMITE_DB, then the XDG data folder.
func (a *app) dbPath() string { return resolveDBPath(a.dbFlag, a.getenv) }

// openStore opens the database named by --db, TRAMITE_DB or the default.
// A read-only open of a missing file returns an error wrapping errNoDB and
// creates nothing; a writable open creates the folder (0700) and the file.
func (a *app) openStore(readOnly bool) (store.Engine, error) {
	path := a.dbPath()
	if isPostgres(path) {
		return a.openPostgres(path, readOnly)
	}
	if readOnly {
		_, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, msgErr{a.T("no tramite database yet at %s: create a case with `tramite new` (or try `tramite demo`)", path), errNoDB}
		case err != nil:
			return nil, a.placeError(path, err)
		}
	} else if err := ensureDir(filepath.Dir(path)); err != nil {
		return nil, a.placeError(path, err)
	}
	open := store.Open
	if a.checkLater && !readOnly {
		open = store.OpenCheckLater
	}
	st, err := open(path, store.Options{ReadOnly: readOnly, Timeout: lockTimeout, Now: a.now, Rebuilding: a.announceRebuild})
	if err != nil {
		if errors.Is(err, store.ErrLocked) || errors.Is(err, berrors.ErrTimeout) {
			return nil, lockedError{msg: a.T("the database %s is in use by another tramite, writing to it for longer than usual (or an older tramite holding it open): wait for it to finish, then try again", path)}
		}
		if e := a.placeError(path, err); e != err {
			return nil, e
		}
		var refused *store.Refusal
		if errors.As(err, &refused) {
			return nil, a.refusedFile(refused)
		}
		return nil, err
	}
	a.wrote = a.wrote || !readOnly
	return st, nil
}

// announceRebuild says, once, why this command takes longer: the file's
// index of every case is rebuilt for tramite's updated rules.
func (a *app) announceRebuild() {
	fmt.Fprintln(a.stderr, a.T("tramite: updating the index of every case for tramite's new rules (once; about a second per 10,000 cases)…"))
}

// openPostgres opens the PostgreSQL database at addr (a shared office
// database: no file lock, several desks at once). A read-only open of a
// database without tramite's tables wraps errNoDB.
func (a *app) openPostgres(addr string, readOnly bool) (store.Engine, error) {
	if addr == pgEnvAddress {
		addr = "" // the PG* environment alone
	}
	st, err := pgstore.Open(addr, store.Options{ReadOnly: readOnly, Now: a.now})
	if errors.Is(err, pgstore.ErrNoTables) {
		return nil, fmt.Errorf("%w: %w", errNoDB, err)
	}
	if err != nil {
		return nil, err
	}
	a.wrote = a.wrote || !readOnly
	return st, nil
}

// refusedFile is store's refusal of the file in the user's language: what
// is wrong (the reader's own reason as it gave it), and the way out (the
// newest backup beside it, if any).
func (a *app) refusedFile(r *store.Refusal) error {
	what := a.T("it is damaged (%v)", r.Why)
	if !r.Damaged {
		what = a.T("not a tramite file") + " (" + r.Why.Error() + ")"
	}
	advice := a.T("tramite found no backup of it next to it (it keeps daily copies there as %s); restore one you keep elsewhere, or start a new file with --db PATH",
		store.BackupPattern(r.Path))
	if b, ok := store.NewestBackup(r.Path); ok {
		advice = a.T("Its newest backup is %s (saved %s): copy it to %s to go on from that day (tramite keeps daily copies next to it as %s), or start a new file with --db PATH",
			b.Path, b.Modified.Format("2006-01-02 15:04"), r.Path, store.BackupPattern(r.Path))
	}
	return msgErr{a.T("cannot use %s: %s; tramite changed nothing in it. %s", r.Path, what, advice), r}
}

// lockedError says the database is held by another tramite (the dashboard,
// or a command still running), once, with what to do. It wraps
// store.ErrLocked for errors.Is without repeating its words.
type lockedError struct{ msg string }

func (e lockedError) Error() string { return e.msg }

func (e lockedError) Unwrap() error { return store.ErrLocked }

// placeError explains a database path tramite cannot reach or write: a
// "folder" that is a file, a folder or file without permission, a
// read-only disk. Other errors pass through unchanged.
func (a *app) placeError(path string, err error) error {
	elsewhere := "pass --db with a file in a folder you can write to, e.g. --db " + defaultDBPath(a.getenv)
	// The system's own words, without the wrappers' advice repeated.
	cause := err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		cause = pe
	}
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		return a.errorf("cannot use %s: %s is a file, not a folder: %s (%w)", path, fileAncestor(path), elsewhere, cause)
	case errors.Is(err, syscall.EROFS):
		return a.errorf("cannot use %s: it is on a read-only disk: %s (%w)", path, elsewhere, cause)
	case errors.Is(err, fs.ErrPermission):
		return a.errorf("cannot use %s: permission denied on the file or its folder %s: fix their permissions or %s (%w)",
			path, filepath.Dir(path), elsewhere, cause)
	}
	return err
}

// fileAncestor is the nearest ancestor of path that exists and is not a
// folder, or path's folder when none is found.
func fileAncestor(path string) string {
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		if info, err := os.Stat(dir); err == nil && !info.IsDir() {
			return dir
		}
		if next := filepath.Dir(dir); next == dir {
			return filepath.Dir(path)
		}
	}
}

// context returns the rule context without a database: today from --today
// or TRAMITE_TODAY (else the local date) and the plain office calendar.
// Commands that evaluate rules for stored cases use contextFor instead.
func (a *app) context() (procedures.Context, error) {
	today, err := a.today()
	if err != nil {
		return procedures.Context{}, err
	}
	return procedures.Context{Today: today, Lang: a.lang}, nil
}

// chooseLang picks the language of every text the commands print:
// --lang (langFlag), TRAMITE_LANG, the settings file's language, the
// locale, English (i18n.Choose). A value that is not a language is kept
// as a usage error for the root's PersistentPreRunE; an unreadable
// settings file is left to the commands that read it.
func (a *app) chooseLang() {
	c, err := config.Load(a.settingsPath())
	a.started = &loadedSettings{c, err}
	l, _, err := i18n.Choose(a.langFlag, a.getenv, c.Language)
	a.lang, a.langErr = i18n.For(l), err
}

// T words a message in the chosen language.
func (a *app) T(key string, args ...any) string { return a.lang.T(key, args...) }

// contextFor is context with the office closures stored in st (R-DAYS-BIZ),
// so the dates a command shows match the deadline index; a nil st (no
// database yet) has none.
func (a *app) contextFor(st store.Engine) (procedures.Context, error) {
	c, err := a.context()
	if err != nil || st == nil {
		return c, err
	}
	c.Calendar = st.Calendar()
	return c, nil
}

// today reads --today, then TRAMITE_TODAY, then the clock. A bad value is a
// usage error that says what to type.
func (a *app) today() (procedures.Date, error) {
	raw, from, example := a.todayFlag, "--today", "--today 2026-11-23"
	if raw == "" {
		raw, from, example = a.getenv("TRAMITE_TODAY"), "TRAMITE_TODAY", "TRAMITE_TODAY=2026-11-23"
	}
	if raw == "" {
		return procedures.DateOf(a.now()), nil
	}
	d, err := procedures.ParseDate(raw)
	if err != nil {
		return procedures.Date{}, a.usagef("%s: %w (for example %s)", from, err, example)
	}
	return d, nil
}

// interactive reports whether both stdin and stdout are terminals: the
// dashboard and the wizard need both.
func (a *app) interactive() bool { return isTerminal(a.stdin) && isTerminal(a.stdout) }

// isTerminal reports whether s is a file attached to a terminal.
func isTerminal(s any) bool {
	f, ok := s.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// errorf is fmt.Errorf with the format in the chosen language: its text
// is looked up in the catalog as written (%w and all), then formatted.
func (a *app) errorf(format string, args ...any) error {
	return fmt.Errorf(a.lang.Text(format), args...)
}

// usagef is errorf as a usage error (exit 2).
func (a *app) usagef(format string, args ...any) error { return usageErr(a.errorf(format, args...)) }
