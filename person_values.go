package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"tramite/procedures"
	"tramite/store"
)

// personFieldKeys are the keys `tramite person set` accepts: the personal
// answer keys plus name, to rename.
func personFieldKeys() []string { return append([]string{"name"}, procedures.PersonKeys...) }

// isPersonKey reports whether key is one of procedures.PersonKeys.
func isPersonKey(key string) bool { return slices.Contains(procedures.PersonKeys, key) }

// normalizePersonValue checks one personal value and returns its stored
// form; "" clears a value (except the name). The error names the key and
// says what to type.
func normalizePersonValue(key, raw string, today procedures.Date) (string, error) {
	v := strings.TrimSpace(raw)
	if key != "name" && !isPersonKey(key) {
		return "", fmt.Errorf("%s is not a personal key: use one of %s", key, strings.Join(personFieldKeys(), ", "))
	}
	if v == "" {
		if key == "name" {
			return "", fmt.Errorf("name: a name is needed, e.g. name=\"Ana López\"")
		}
		return "", nil
	}
	if strings.ContainsAny(v, "\n\r\t") {
		return "", fmt.Errorf("%s: keep the value on one line", key)
	}
	switch key {
	case "birth_date":
		d, err := procedures.ParseDate(v)
		if err != nil {
			return "", fmt.Errorf("birth_date: %w", err)
		}
		if !today.IsZero() && d.After(today) {
			return "", fmt.Errorf("birth_date: %s is after today (%s): type the date of birth, e.g. 1985-04-12", d, today)
		}
		return d.String(), nil
	case "email":
		at := strings.Index(v, "@")
		if at <= 0 || at != strings.LastIndex(v, "@") || !strings.Contains(v[at:], ".") || strings.ContainsAny(v, " ,;") {
			return "", fmt.Errorf("email: %q is not an e-mail address: type one such as ana@example.com", v)
		}
		return v, nil
	case "phone":
		digits := 0
		for _, r := range v {
			switch {
			case unicode.IsDigit(r):
				digits++
			case strings.ContainsRune("+ -().", r):
			default:
				return "", fmt.Errorf("phone: %q has %q in it: type digits, spaces and an optional leading +, e.g. +52 55 1234 5678", v, r)
			}
		}
		if digits < 7 || digits > 15 {
			return "", fmt.Errorf("phone: %q has %d digits: type 7 to 15 digits, e.g. +52 55 1234 5678", v, digits)
		}
		return v, nil
	case "passport_number":
		compact := strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(v))
		for _, r := range compact {
			if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return "", fmt.Errorf("passport_number: %q has %q in it: type the letters and digits printed on the passport, e.g. G12345678", v, r)
			}
		}
		if len(compact) < 5 || len(compact) > 20 {
			return "", fmt.Errorf("passport_number: %q should be 5 to 20 letters and digits, e.g. G12345678", v)
		}
		return compact, nil
	default: // name, nationality, address, office: free text
		if n := len([]rune(v)); n > 200 {
			return "", fmt.Errorf("%s: the value is %d characters long: keep it under 200", key, n)
		}
		return v, nil
	}
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
