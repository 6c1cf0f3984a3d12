package record

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"tramite/procedures"
	"tramite/textsafe"
)

// One validation per field, used by every path that writes: SavePerson,
// SaveCase and the case edits, Import, and the JSON import's decoder
// (export.Decode) through the exported functions below, so that a file or
// the terminal interface cannot store what the command line refuses.

// Limits on what a field may hold.
const (
	// MaxLineRunes bounds a one-line value: a name, an address, an office.
	MaxLineRunes = 200
	// MaxNoteBytes bounds a case's notes.
	MaxNoteBytes = 32 << 10
	// MaxAnswerRunes bounds one interview answer.
	MaxAnswerRunes = 1000
)

// ErrInvalid is wrapped by every refusal of a value (errors.Is).
var ErrInvalid = errors.New("invalid value")

// invalidf is a refused value worded by format (a catalog id), which
// procedures.MessageIn words in the user's language; an argument that is
// textsafe's refusal is worded there too.
func invalidf(format string, args ...any) error {
	for i, a := range args {
		if p, ok := a.(*textsafe.Problem); ok {
			args[i] = procedures.Problemf(p.Format, p.Args...)
		}
	}
	return invalid(procedures.Problemf(format, args...))
}

// invalid marks err as a refused value: errors.Is(err, ErrInvalid) holds,
// and the message is err's alone, as the person reads it.
func invalid(err error) error { return invalidError{err} }

type invalidError struct{ err error }

func (e invalidError) Error() string        { return e.err.Error() }
func (e invalidError) Unwrap() error        { return e.err }
func (e invalidError) Is(target error) bool { return target == ErrInvalid }

// checkLine checks a one-line value of a field: length first (so that a
// 50 KB paste gets a short message that does not repeat it), then the
// characters (textsafe.CheckLine).
func checkLine(field, v string, limit int) error {
	if n := utf8.RuneCountInString(v); n > limit {
		return invalidf("%s: the value is %d characters long: keep it to %d", field, n, limit)
	}
	if err := textsafe.CheckLine(v); err != nil {
		return invalidf("%s: %v", field, err)
	}
	return nil
}

// ValidatePersonValue checks and normalises one personal value (name or a
// key of procedures.PersonKeys) as `tramite person set`, the interview, the
// terminal interface and import must: the length and characters of any
// one-line value, then the key's own rules (procedures.
// NormalizePersonValue: a phone of 7 to 15 digits, an e-mail address, a
// birth date not after today, a passport number). It returns the form to
// store. Today zero skips the birth-date check.
//
// Text is returned in Unicode NFC: "é" typed as e plus a combining accent
// (as macOS types it) is stored as the one character, so a name measures,
// sorts and matches the same however it was typed.
func ValidatePersonValue(key, value string, today procedures.Date) (string, error) {
	v := norm.NFC.String(strings.TrimSpace(value))
	if err := checkLine(key, v, MaxLineRunes); err != nil {
		return "", err
	}
	out, err := procedures.NormalizePersonValue(key, v, today)
	if err != nil {
		return "", invalid(err)
	}
	return out, nil
}

// NFC is s in Unicode normalization form C, the form every stored name
// and personal value takes (NormalizePerson).
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// NormalizePerson puts p's name, nationality and details in NFC.
func NormalizePerson(p *Person) {
	p.Name, p.Nationality = NFC(p.Name), NFC(p.Nationality)
	cloned := false
	for k, v := range p.Details {
		if n := NFC(v); n != v {
			if !cloned {
				// The map may be shared with the caller's copy.
				p.Details, cloned = maps.Clone(p.Details), true
			}
			p.Details[k] = n
		}
	}
}

// CheckPerson is how a store takes a person it is about to write:
// NormalizePerson, then ValidatePerson. Every entry point that stores a
// person (SavePerson and import, in every engine) goes through it.
func CheckPerson(p *Person, old *Person, today procedures.Date) error {
	NormalizePerson(p)
	return ValidatePerson(*p, old, today)
}

// ValidatePerson checks every field of p that differs from old (nil: a new
// person), so a record stored before these rules can still be edited. The
// name is required; detail keys must be personal keys.
func ValidatePerson(p Person, old *Person, today procedures.Date) error {
	if strings.TrimSpace(p.Name) == "" {
		return invalidf("name: a name is needed: type the person's full name")
	}
	if old == nil || p.Name != old.Name {
		if _, err := ValidatePersonValue("name", p.Name, today); err != nil {
			return err
		}
	}
	if old == nil || p.Nationality != old.Nationality {
		if _, err := ValidatePersonValue("nationality", p.Nationality, today); err != nil {
			return err
		}
	}
	if !p.BirthDate.IsZero() && (old == nil || p.BirthDate != old.BirthDate) {
		if _, err := ValidatePersonValue("birth_date", p.BirthDate.String(), today); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(p.Details)) {
		v := p.Details[k]
		if old != nil && old.Details[k] == v {
			continue
		}
		if !slices.Contains(procedures.PersonKeys, k) || k == "nationality" || k == "birth_date" {
			return invalidf("details: %q is not a personal detail: use one of %s", Short(k), strings.Join(detailKeys(), ", "))
		}
		if _, err := ValidatePersonValue(k, v, today); err != nil {
			return err
		}
	}
	return nil
}

// detailKeys are the personal keys kept in Person.Details.
func detailKeys() []string {
	var out []string
	for _, k := range procedures.PersonKeys {
		if k != "nationality" && k != "birth_date" {
			out = append(out, k)
		}
	}
	return out
}

// ValidateAppointmentTime checks a time of day written HH:MM (00:00 to
// 23:59); "" is no time.
func ValidateAppointmentTime(v string) error {
	if v == "" {
		return nil
	}
	ok := len(v) == 5 && v[2] == ':'
	for i, c := range []byte(v) {
		if i != 2 && (c < '0' || c > '9') {
			ok = false
		}
	}
	if ok {
		h, m := int(v[0]-'0')*10+int(v[1]-'0'), int(v[3]-'0')*10+int(v[4]-'0')
		ok = h < 24 && m < 60
	}
	if !ok {
		return invalidf("appointment_time: %q is not a time of day: write it as HH:MM, e.g. 09:30", Short(v))
	}
	return nil
}

// ValidateNotes checks a case's notes: at most MaxNoteBytes, several lines
// allowed, no control character or bidi override (textsafe.CheckText).
func ValidateNotes(v string) error {
	if len(v) > MaxNoteBytes {
		return invalidf("notes: they are %d KB long: keep them under %d KB", len(v)>>10, MaxNoteBytes>>10)
	}
	if err := textsafe.CheckText(v); err != nil {
		return invalidf("notes: %v", err)
	}
	return nil
}

// ValidateProgress checks the free-text fields of a case's progress: the
// appointment time, the office, the número de pieza and the NUT.
func ValidateProgress(pr procedures.Progress, old *procedures.Progress) error {
	changed := func(a, b string) bool { return old == nil || a != b }
	if changed(pr.AppointmentTime, oldOr(old).AppointmentTime) {
		if err := ValidateAppointmentTime(pr.AppointmentTime); err != nil {
			return err
		}
	}
	for _, f := range []struct{ name, v, was string }{
		{"office", pr.Office, oldOr(old).Office},
		{"pieza", pr.Pieza, oldOr(old).Pieza},
		{"nut", pr.NUT, oldOr(old).NUT},
	} {
		if changed(f.v, f.was) {
			if err := checkLine(f.name, f.v, MaxLineRunes); err != nil {
				return err
			}
		}
	}
	return nil
}

func oldOr(p *procedures.Progress) procedures.Progress {
	if p == nil {
		return procedures.Progress{}
	}
	return *p
}

// ValidateCase checks every field of c that differs from old (nil: a new
// case): notes, progress, answers (personal keys by their own rules, the
// others for their length and characters), ticks.
func ValidateCase(c Case, old *Case, today procedures.Date) error {
	if old == nil || c.Notes != old.Notes {
		if err := ValidateNotes(c.Notes); err != nil {
			return err
		}
	}
	if err := validateHistory(c.History, old); err != nil {
		return err
	}
	var oldPr *procedures.Progress
	var oldAnswers procedures.Answers
	if old != nil {
		oldPr, oldAnswers = &old.Progress, old.Answers
	}
	if err := ValidateProgress(c.Progress, oldPr); err != nil {
		return err
	}
	for _, k := range slices.Sorted(maps.Keys(c.Answers)) {
		v := c.Answers[k]
		if was, ok := oldAnswers[k]; ok && was == v {
			continue
		}
		if err := checkLine("answer key", k, MaxLineRunes); err != nil {
			return err
		}
		if slices.Contains(procedures.PersonKeys, k) {
			if _, err := ValidatePersonValue(k, v, today); err != nil {
				return err
			}
			continue
		}
		if n := utf8.RuneCountInString(v); n > MaxAnswerRunes {
			return invalidf("%s: the answer is %d characters long: keep it to %d", k, n, MaxAnswerRunes)
		}
		if err := textsafe.CheckText(v); err != nil {
			return invalidf("%s: %v", k, err)
		}
	}
	for k := range c.Ticks {
		if old != nil && old.Ticks[k] {
			continue
		}
		if err := checkLine("ticks", k, MaxLineRunes); err != nil {
			return err
		}
	}
	return nil
}

// Short is v cut for an error message: a refusal never repeats a long
// value whole.
func Short(v string) string {
	const max = 40
	if utf8.RuneCountInString(v) <= max {
		return v
	}
	r := []rune(v)
	return string(r[:max]) + "…"
}

// validateHistory checks the history entries old does not have: a known
// kind, a text of one bounded, printable line at most MaxAnswerRunes long;
// and at most MaxHistory entries.
func validateHistory(h []Event, old *Case) error {
	if len(h) > MaxHistory {
		return invalidf("history: %d entries: keep it to %d", len(h), MaxHistory)
	}
	from := 0
	if old != nil && len(old.History) <= len(h) {
		from = len(old.History)
	}
	for _, e := range h[from:] {
		switch e.Kind {
		case EventCreated, EventBegun, EventStage, EventCorrections, EventResolution, EventRefusal, EventPayment, EventCardFee, EventNote:
		default:
			return invalidf("history: %q is not a kind of entry", e.Kind)
		}
		if n := utf8.RuneCountInString(e.Text); n > MaxAnswerRunes {
			return invalidf("history: an entry is %d characters long: keep it to %d", n, MaxAnswerRunes)
		}
		if err := textsafe.CheckText(e.Text); err != nil {
			return invalidf("history: %v", err)
		}
	}
	return nil
}
