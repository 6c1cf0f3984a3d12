package tui

import (
	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// Store is what the app needs from the database: the case layer's
// (casebook.Store), so tests can inject a failing store.
type Store = casebook.Store

// Options configure Run.
type Options struct {
	// Context carries "today" (from --today) and the office calendar.
	Context procedures.Context
	// NewProcedure, when set, opens a new-case interview for that procedure
	// id (`tramite new PROCEDURE`); NewCase alone opens the chooser
	// (`tramite new`).
	NewCase      bool
	NewProcedure string
	// ExportDir is where `e` and `p` write files by default.
	ExportDir string
	// SaveLanguage, when set, remembers the language the user switched to
	// with L (the settings file's language); nil remembers nothing.
	SaveLanguage func(i18n.Lang) error
	// AfterStart, when set, is called once, in a Cmd, when the whole list
	// is in (startMsg): work that must not compete with the first frames
	// (the deferred damage check, the daily backup) starts there. Its
	// error is shown on the status line.
	AfterStart func() error
}
