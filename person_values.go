package main

import (
	"slices"
	"strings"

	"tramite/procedures"
	"tramite/store"
)

// personFieldKeys are the keys `tramite person set` accepts: the personal
// answer keys plus name, to rename.
func personFieldKeys() []string { return procedures.PersonFieldKeys() }

// isPersonKey reports whether key is one of procedures.PersonKeys.
func isPersonKey(key string) bool { return slices.Contains(procedures.PersonKeys, key) }

// normalizePersonValue checks one personal value and returns its stored
// form; "" clears a value (except the name). The check lives in
// procedures so the CLI and the terminal interface's details form accept
// exactly the same values.
func normalizePersonValue(key, raw string, today procedures.Date) (string, error) {
	return procedures.NormalizePersonValue(key, raw, today)
}

// setPersonValue stores an already normalised value on p.
func setPersonValue(p *store.Person, key, value string) {
	switch key {
	case "name":
		p.Name = value
	case "nationality":
		p.Nationality = value
	case "birth_date":
		p.BirthDate = procedures.Date{}
		if value != "" {
			p.BirthDate = procedures.MustDate(value)
		}
	default:
		if value == "" {
			delete(p.Details, key)
			return
		}
		if p.Details == nil {
			p.Details = map[string]string{}
		}
		p.Details[key] = value
	}
}

// personValue reads a personal value back from p ("" when unset).
func personValue(p store.Person, key string) string {
	switch key {
	case "name":
		return p.Name
	case "nationality":
		return p.Nationality
	case "birth_date":
		return p.BirthDate.String()
	}
	return p.Details[key]
}

// parseKeyValues splits key=value arguments; the error names the argument.
func parseKeyValues(args []string, flag string) ([][2]string, error) {
	out := make([][2]string, 0, len(args))
	for _, arg := range args {
		k, v, ok := strings.Cut(arg, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, usagef("%s %q: write it as key=value, e.g. %s birth_date=1985-04-12", flag, arg, flag)
		}
		out = append(out, [2]string{k, v})
	}
	return out, nil
}
