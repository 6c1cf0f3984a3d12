// Package i18n is tramite's message catalog and language choice: every
// word a user reads goes through a Printer for English or Spanish.
//
// A message's id is its English text, a format string as fmt takes it
// ("in %d days"). Code writes p.T("in %d days", n); the Spanish sits in
// this package beside the English, one file per area (casebook.go,
// tui.go, cli.go, procedures.go, export.go), in a []Msg each file adds in
// its init. A text with no entry prints in English in both languages, so
// a new English text never breaks a build: the catalog tests and the
// Spanish sweep tests find it.
//
// To translate a new text: write it as p.T("English %s", v) where the
// words are shown (p is the *Printer the caller was given: a
// procedures.Context's Lang, a front-end's field), then add
// {En: "English %s", Es: "Español %s"} to the area's list here, and run
// go test ./i18n (both languages, same placeholders, no duplicate id).
//
// Plurals are the library's (golang.org/x/text/message with a
// catalog.Builder, plural.Selectf): give One (the English singular) and
// EsOne (the Spanish one) and the argument they count in Arg (1-based).
//
// Ids, keys and the JSON output never change with the language: only the
// text a person reads does. Letters to INM are Spanish in both languages
// and never pass through here.
//
// Why golang.org/x/text/message rather than nicksnyder/go-i18n/v2: x/text
// is already tramite's (procedures names countries in Spanish with it), its
// catalog takes the CLDR plural rules of both languages, and with the
// English text as the id an untranslated text reads as English instead of
// as an id; go-i18n would add a module and message files (TOML or JSON)
// apart from the Go code that uses them.
//
// The language is a value passed down (procedures.Context.Lang, the CLI's
// app, the TUI's Options through that Context), never a package-level
// setting: the catalog is filled once at start-up and read-only after.
package i18n
