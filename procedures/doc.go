// Package procedures is tramite's pure domain: the INM procedures, their
// questions, eligibility, documents and deadlines, each rule citing its
// entry in shared/DOMAIN.md (e.g. R-RENEW-WINDOW).
//
// Nothing here reads the clock, the disk or the terminal: "today" and the
// office-closure calendar arrive in a Context. Dates are civil dates (Date),
// never time.Time, so no time zone can move a deadline.
//
// Adding a procedure is one new file that calls register in an init
// function, plus its tests.
package procedures

// RulesChecked is the date the rules in shared/DOMAIN.md were last checked.
// Every export prints it.
const RulesChecked = "2026-12-02"

// RulesRevision counts changes to the code of the rules that can change a
// case's dates. Bump it with any such change: stored deadline indexes
// are rebuilt when it differs (store's rules version).
const RulesRevision = 6

// VerifyWithOffice is what the app says wherever DOMAIN.md has no answer.
const VerifyWithOffice = "verify with your INM office"
