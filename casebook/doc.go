// Package casebook is tramite's case layer: the use cases every front-end
// shares, so that the command line, the dashboard, the case view and the
// exports tell the same thing about the same case.
//
// It owns:
//   - the agenda rules: the date to act by, the urgency of a deadline
//     (late, today, within 7 days, within 30, later, past, done), the
//     order of deadlines and each case's next date (agenda.go, next.go);
//   - the case detail: a case evaluated for a day, its standing (the
//     verdict until it is filed, then what happened), its deadlines in
//     the order the agenda uses, its warnings (detail.go);
//   - the Book: creating, editing and deleting cases and people over a
//     Store (book.go, create.go).
//
// Nothing above this package computes a date or decides an urgency; the
// front-ends only word and style what it returns. "Today" always comes in
// a procedures.Context.
package casebook
