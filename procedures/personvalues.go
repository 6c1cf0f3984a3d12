package procedures

import (
	"strings"
	"unicode"
)

// PersonFieldKeys are the keys a person's record takes: "name" (to rename)
// and then PersonKeys, in the order to ask for them.
func PersonFieldKeys() []string { return append([]string{"name"}, PersonKeys...) }

// NormalizePersonValue checks one personal value (a key of PersonFieldKeys)
// and returns the form to store: a birth date as YYYY-MM-DD, a passport
// number in capitals without spaces or dashes, anything else trimmed. ""
// clears a value, except the name. The error starts with the key and says
// what to type instead. `tramite person set`, `tramite new` and the
// terminal interface's details form all call it, so they agree on what
// they accept. A birth date after today is refused (today zero: not
// checked).
func NormalizePersonValue(key, raw string, today Date) (string, error) {
	v := strings.TrimSpace(raw)
	if !IsPersonKey(key) {
		return "", problemf("%s is not a personal key: use one of %s", key, strings.Join(PersonFieldKeys(), ", "))
	}
	if v == "" {
		if key == "name" {
			return "", problemf("name: a name is needed, e.g. name=\"Ana López\"")
		}
		return "", nil
	}
	if strings.ContainsAny(v, "\n\r\t") {
		return "", problemf("%s: keep the value on one line", key)
	}
	switch key {
	case "birth_date":
		return normalizeBirthDate(v, today)
	case "email":
		at := strings.Index(v, "@")
		if at <= 0 || at != strings.LastIndex(v, "@") || !strings.Contains(v[at:], ".") || strings.ContainsAny(v, " ,;") {
			return "", problemf("email: %q is not an e-mail address: type one such as ana@example.com", v)
		}
		return v, nil
	case "phone":
		return normalizePhone(v)
	case "passport_number":
		return normalizePassport(v)
	case "nationality":
		// The letters write it in Spanish (R-LETTER-WHAT): refuse what
		// they cannot; keep what was typed.
		if err := checkNationality(v); err != nil {
			return "", err
		}
		return v, nil
	default: // name, address, office: free text
		if n := len([]rune(v)); n > 200 {
			return "", problemf("%s: the value is %d characters long: keep it under 200", key, n)
		}
		return v, nil
	}
}

func normalizeBirthDate(v string, today Date) (string, error) {
	d, err := ParseDate(v)
	if err != nil {
		return "", problemf("birth_date: %w", err)
	}
	if !today.IsZero() && d.After(today) {
		return "", problemf("birth_date: %s is after today (%s): type the date of birth, e.g. 1985-04-12", d, today)
	}
	return d.String(), nil
}

// normalizePhone keeps the number as typed once it has 7 to 15 digits
// (E.164 allows 15) and nothing but digits and the usual separators.
func normalizePhone(v string) (string, error) {
	digits := 0
	for _, r := range v {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune("+ -().", r):
		default:
			return "", problemf("phone: %q has %q in it: type digits, spaces and an optional leading +, e.g. +52 55 1234 5678", v, r)
		}
	}
	if digits < 7 || digits > 15 {
		return "", problemf("phone: %q has %d digits: type 7 to 15 digits, e.g. +52 55 1234 5678", v, digits)
	}
	return v, nil
}

// normalizePassport compacts the number to the letters and digits printed
// on the passport's data page, as the letter must state it.
func normalizePassport(v string) (string, error) {
	compact := strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(v))
	for _, r := range compact {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "", problemf("passport_number: %q has %q in it: type the letters and digits printed on the passport, e.g. G12345678", v, r)
		}
	}
	if len(compact) < 5 || len(compact) > 20 {
		return "", problemf("passport_number: %q should be 5 to 20 letters and digits, e.g. G12345678", v)
	}
	return compact, nil
}
