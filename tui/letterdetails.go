package tui

import (
	"errors"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// The details form of the letter view: when a letter needs the person's
// own data (passport number, address, ...), it asks exactly the missing
// keys, checks them with record.ValidatePersonValue (the same check
// as `tramite person set`) and saves them on the person in a Cmd.

// personField is how the form asks for one personal key: the English
// prompt with the Spanish term INM uses, and where to find the value.
type personField struct {
	title, help, example string
}

// personFields words each key of procedures.PersonFieldKeys.
func personFields() map[string]personField {
	return map[string]personField{
		"name": {"Full name (nombre completo)",
			"Exactly as printed in your passport.", "Ana María López Núñez"},
		"nationality": {"Nationality (nacionalidad)",
			"As the letter states it, in Spanish if you can; your passport's photo page shows it.", "canadiense"},
		"passport_number": {"Passport number (número de pasaporte)",
			"On your passport's photo page, usually at the top right.", "G12345678"},
		"birth_date": {"Date of birth (fecha de nacimiento)",
			"As in your passport; type a date as 2026-03-15, 15/03/2026 or 15 mar 2026.", "1985-04-12"},
		"address": {"Address in Mexico (domicilio)",
			"Where INM sends notices: street and number, colonia, postal code, city and state, as on a utility bill.",
			"Calle Independencia 45, Col. Centro, 76000 Querétaro, Qro."},
		"phone": {"Phone (teléfono)",
			"A number INM can call you on.", "+52 55 1234 5678"},
		"email": {"E-mail (correo electrónico)",
			"Where INM can write to you.", "ana@example.com"},
		"office": {"INM office city (oficina de representación)",
			"The city of the INM office you file at; the letter is addressed and dated there. Your appointment confirmation names it.", "Mérida"},
	}
}

// personKeysOf splits the keys a *procedures.MissingError names into the
// person's (asked in the form) and the case's answers (asked by the
// interview), each in the error's order.
func personKeysOf(keys []string) (person, answers []string) {
	for _, k := range keys {
		if procedures.IsPersonKey(k) {
			person = append(person, k)
		} else {
			answers = append(answers, k)
		}
	}
	return person, answers
}

// validPersonValue refuses an empty value (the letter needs it) and
// anything ValidatePersonValue refuses, worded without the key: the
// field's title is right above the message.
func validPersonValue(l *i18n.Printer, key string, today procedures.Date) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if optionalDetail(key) {
				return nil
			}
			return errors.New(l.T("The letter needs this: type it, or press esc to leave (nothing is saved)."))
		}
		if _, err := record.ValidatePersonValue(key, s, today); err != nil {
			return errors.New(strings.TrimPrefix(recordMessage(l, err), key+": "))
		}
		return nil
	}
}

// optionalDetail reports whether the form may leave key empty: the
// contact details a letter includes when known (phone, e-mail).
func optionalDetail(key string) bool { return slices.Contains(procedures.LetterContactKeys, key) }

// recordMessage is a refusal of record.ValidatePersonValue in l's
// language: the rules' own problem when it wraps one.
func recordMessage(l *i18n.Printer, err error) string {
	if inner := errors.Unwrap(err); inner != nil {
		return procedures.MessageIn(l, inner)
	}
	return err.Error()
}

// detailsForm builds the form asking keys, bound to values (which outlive
// the form, so a failed save loses nothing typed). It is a stepForm
// (formstep.go): keys typed ahead of enter land in the next field, not
// at the end of the one just left.
func detailsForm(l *i18n.Printer, name string, keys []string, values map[string]*string, today procedures.Date, isDark bool, w, h int) stepForm {
	fields := make([]huh.Field, 0, len(keys))
	words := personFields()
	for _, k := range keys {
		f, ok := words[k]
		if !ok {
			f = personField{title: k}
		}
		title := l.Text(f.title)
		if optionalDetail(k) {
			title += l.T(" (optional)")
		}
		in := huh.NewInput().Key(k).Title(title).Description(l.Text(f.help)).
			Value(values[k]).CharLimit(200).Validate(validPersonValue(l, k, today))
		if f.example != "" {
			in = in.Placeholder(l.T("e.g. %s", f.example))
		}
		fields = append(fields, in)
	}
	s := newStepForm(l.T("The letter needs %s's details", name), l.T("Saved on %s's record, for all their cases.", name),
		isDark, fields...)
	sizeDetailsForm(s.form, w, h)
	return s
}

func sizeDetailsForm(f *huh.Form, w, h int) {
	f.WithWidth(max(min(w-2, 76), 10)).WithHeight(max(h, 5))
}

// personSavedMsg reports the person saved with the details the form asked.
type personSavedMsg struct {
	person record.Person
	keys   []string
}

// personSaveFailedMsg reports a failed save; the typed values stay.
type personSaveFailedMsg struct{ err error }

func (personSavedMsg) caseViewMsg()      {}
func (personSaveFailedMsg) caseViewMsg() {}

// savePersonCmd sets values (already normalised) on the person through the
// case layer (casebook.Book.SetPersonValues).
func savePersonCmd(st Store, p record.Person, values map[string]string) tea.Cmd {
	keys := make([]string, 0, len(values))
	for _, k := range procedures.PersonFieldKeys() {
		if _, ok := values[k]; ok {
			keys = append(keys, k)
		}
	}
	return func() tea.Msg {
		if p.ID == 0 {
			// Saving would add a stranger to the household.
			return personSaveFailedMsg{err: wrapf(errors.New("not found"), "this case's person is not in the database: nothing was saved")}
		}
		saved, err := casebook.New(st).SetPersonValues(p, values, false)
		if err != nil {
			if errors.Is(err, record.ErrDuplicateName) {
				return personSaveFailedMsg{err: wrapf(err, "someone else has that name: type another (nothing was saved)")}
			}
			return personSaveFailedMsg{err: wrapf(err, "could not save the details (what you typed is kept: press enter to try again)")}
		}
		return personSavedMsg{person: saved, keys: keys}
	}
}
