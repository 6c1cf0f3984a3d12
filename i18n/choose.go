package i18n

import (
	"fmt"
	"strings"
)

// EnvLang is the environment variable that picks the language.
const EnvLang = "TRAMITE_LANG"

// Parse reads a language: "es", "en", and locale forms that start with
// them ("es_MX.UTF-8", "es-MX", "en_US"), in any case; "C" and "POSIX"
// are English. ok is false for anything else.
func Parse(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "c" || s == "posix" || strings.HasPrefix(s, "c."):
		return English, true
	case s == "es" || strings.HasPrefix(s, "es_") || strings.HasPrefix(s, "es-") || strings.HasPrefix(s, "es."):
		return Spanish, true
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en."):
		return English, true
	}
	return "", false
}

// Locale is the language of the POSIX locale: the first of LC_ALL,
// LC_MESSAGES and LANG that is set decides (es* is Spanish, anything
// else English); ok is false when none is set.
func Locale(getenv func(string) string) (l Lang, ok bool) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if l, ok := Parse(s); ok {
				return l, true
			}
			return English, true
		}
	}
	return "", false
}

// Source says where a language choice came from.
type Source string

// The sources, first to last.
const (
	FromFlag    Source = "--lang"
	FromEnv     Source = EnvLang
	FromConfig  Source = "the settings file"
	FromLocale  Source = "the locale"
	FromDefault Source = "the default"
)

// Choose picks the language: the --lang value, else TRAMITE_LANG, else
// the settings file's language, else the POSIX locale, else English. A
// value that is not a language is an error that says what to type
// (--lang and TRAMITE_LANG; a bad settings value is an error too, so a
// typo is never silently English).
func Choose(flag string, getenv func(string) string, config string) (Lang, Source, error) {
	pick := func(v string, from Source) (Lang, Source, error) {
		if l, ok := Parse(v); ok {
			return l, from, nil
		}
		return English, from, fmt.Errorf("%s: unknown language %q (idioma desconocido): use es (español) or en (English)", from, v)
	}
	switch {
	case flag != "":
		return pick(flag, FromFlag)
	case getenv(EnvLang) != "":
		return pick(getenv(EnvLang), FromEnv)
	case config != "":
		return pick(config, FromConfig)
	}
	if l, ok := Locale(getenv); ok {
		return l, FromLocale, nil
	}
	return English, FromDefault, nil
}

// ScanFlag finds the value of --lang in command-line arguments before
// they are parsed (the commands' help is built in the chosen language):
// "--lang es" or "--lang=es", up to a "--".
func ScanFlag(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
		if a == "--lang" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}
