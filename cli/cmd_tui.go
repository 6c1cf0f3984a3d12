package cli

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/adrg/xdg"

	"tramite/config"
	"tramite/i18n"
	"tramite/store"
	"tramite/tui"
)

// tuiRequest is what a command asks the dashboard to open with.
type tuiRequest struct {
	newCase      bool
	newProcedure string
}

// errNeedsTerminal explains what to run instead of the dashboard.
var errNeedsTerminal = errors.New(`the dashboard needs a terminal, and stdin or stdout is not one.
Without a terminal, use the plain commands:
  tramite cases
  tramite deadlines
  tramite new PROCEDURE --person NAME --answer key=value
(see tramite --help)`)

// runTUI opens the database for writing, takes the daily automatic backup
// and runs the dashboard until the user quits.
func (a *app) runTUI(req tuiRequest) error {
	if !a.interactive() {
		return &exitErr{code: exitUsage, err: errNeedsTerminal}
	}
	// The damage check of a read-write open waits until the dashboard
	// has its rows (AfterStart): nothing writes before it passes.
	a.checkLater = true
	st, err := a.openStore(false)
	a.checkLater = false
	if err != nil {
		return err
	}
	defer st.Close()
	// The dashboard's dates use the file's office closures, as its index
	// rows do (R-DAYS-BIZ).
	c, err := a.contextFor(st)
	if err != nil {
		return err
	}
	// The daily copy runs beside the dashboard, in its own read
	// transaction, once the dashboard has its rows (AfterStart): copying
	// and checking a large file (and the copies it rotates) never delays
	// the first frame. A warning waits until the screen is the shell's
	// again.
	backup := make(chan error, 1)
	var once sync.Once
	settle := func() error {
		// The deferred damage check first: a damaged file is neither
		// written nor copied over a good backup.
		var err error
		if b, ok := st.(*store.Store); ok {
			err = b.FinishOpen()
		}
		once.Do(func() {
			if err != nil {
				backup <- nil
				return
			}
			go func() { backup <- a.autoBackup(st) }()
		})
		return err
	}
	ts, calErr := a.tuiStore(st)
	err = tui.Run(ts, tui.Options{
		Context:      c,
		NewCase:      req.newCase || req.newProcedure != "",
		NewProcedure: req.newProcedure,
		ExportDir:    defaultExportDir(),
		// L on the dashboard switches the language; the settings file
		// keeps it (--lang and TRAMITE_LANG still come first).
		SaveLanguage: func(l i18n.Lang) error { return config.SetString(a.settingsPath(), "language", string(l)) },
		AfterStart:   settle,
	})
	// Quit before the rows came: the check and the copy still run.
	serr := settle()
	if berr := <-backup; berr != nil {
		fmt.Fprint(a.stderr, a.T("tramite: warning: the daily backup failed: %v\n", berr))
	}
	if cerr := calErr(); cerr != nil {
		fmt.Fprint(a.stderr, a.T("tramite: warning: %v\n", cerr))
	}
	if serr != nil && err == nil {
		return a.placeError(a.dbPath(), serr)
	}
	if errors.Is(err, tui.ErrInterrupted) {
		return interruptedErr(a.T("interrupted: any answers given are saved; run `tramite` to go on with the interview"), err)
	}
	if err != nil {
		return a.errorf("dashboard: %w", err)
	}
	return nil
}

// defaultExportDir is where the dashboard suggests saving exports and the
// PDF packet: the user's Documents folder (XDG user dirs) when it exists,
// else the home folder, else the current folder. The app shows the full
// path of every file it writes, so the choice is never hidden.
func defaultExportDir() string {
	isDir := func(d string) bool {
		fi, err := os.Stat(d)
		return d != "" && err == nil && fi.IsDir()
	}
	if d := xdg.UserDirs.Documents; isDir(d) {
		return d
	}
	if home, err := os.UserHomeDir(); err == nil && isDir(home) {
		return home
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "."
}

// autoBackup keeps three daily copies next to the database (the store's
// AutoBackup). A failure is a warning, not a reason to keep the user out of
// their cases.
func (a *app) autoBackup(st store.Engine) error {
	b, ok := st.(*store.Store)
	if !ok {
		return nil // a PostgreSQL database is backed up by its server (pg_dump) or `tramite db copy`
	}
	_, err := b.AutoBackup(a.now(), 3)
	return err
}
