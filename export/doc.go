// Package export renders tramite cases for use outside the app: a checklist
// to print or e-mail (Text), the same as a GitHub task list (Markdown), the
// deadlines as an iCalendar file for the user's calendar (ICS), a
// versioned JSON file that Import reads back (JSON, see jsonfmt.go) and the
// PDF packet.
//
// The package only renders and parses what the case layer (casebook)
// evaluated: it computes no date, no urgency and no verdict of its own,
// never opens the database and never reads the clock. "Today" comes in a
// procedures.Context, so the same case exported on the same day always
// gives the same bytes.
package export
