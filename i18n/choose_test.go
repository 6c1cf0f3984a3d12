package i18n

import (
	"strings"
	"testing"
)

func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// TestChoose: --lang, then TRAMITE_LANG, then the settings file, then
// LC_ALL, LC_MESSAGES, LANG (the first set decides), then English.
func TestChoose(t *testing.T) {
	tests := map[string]struct {
		flag, config string
		env          func(string) string
		want         Lang
		from         Source
	}{
		"nothing set is English":                  {env: env(), want: English, from: FromDefault},
		"LANG=es_MX.UTF-8 is Spanish":             {env: env("LANG", "es_MX.UTF-8"), want: Spanish, from: FromLocale},
		"LANG=es_ES is Spanish too":               {env: env("LANG", "es_ES.UTF-8"), want: Spanish, from: FromLocale},
		"LANG=fr_FR is English":                   {env: env("LANG", "fr_FR.UTF-8"), want: English, from: FromLocale},
		"LC_MESSAGES beats LANG":                  {env: env("LANG", "es_MX.UTF-8", "LC_MESSAGES", "en_US.UTF-8"), want: English, from: FromLocale},
		"LC_ALL beats LC_MESSAGES":                {env: env("LC_MESSAGES", "en_US.UTF-8", "LC_ALL", "es_MX.UTF-8"), want: Spanish, from: FromLocale},
		"LC_ALL=C is English over LANG=es":        {env: env("LANG", "es_MX.UTF-8", "LC_ALL", "C"), want: English, from: FromLocale},
		"the settings file beats the locale":      {config: "en", env: env("LANG", "es_MX.UTF-8"), want: English, from: FromConfig},
		"TRAMITE_LANG beats the settings file":    {config: "en", env: env("TRAMITE_LANG", "es"), want: Spanish, from: FromEnv},
		"--lang beats TRAMITE_LANG":               {flag: "en", env: env("TRAMITE_LANG", "es", "LANG", "es_MX"), want: English, from: FromFlag},
		"--lang es beats an English locale":       {flag: "es", env: env("LANG", "en_US.UTF-8"), want: Spanish, from: FromFlag},
		"--lang takes a locale form and any case": {flag: "ES-mx", env: env(), want: Spanish, from: FromFlag},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, from, err := Choose(tt.flag, tt.env, tt.config)
			if err != nil || got != tt.want || from != tt.from {
				t.Errorf("Choose = %s from %s, %v; want %s from %s", got, from, err, tt.want, tt.from)
			}
		})
	}
}

func TestChooseRefusesUnknown(t *testing.T) {
	for _, tt := range []struct {
		flag, config string
		env          func(string) string
		names        string
	}{
		{flag: "fr", env: env(), names: "--lang"},
		{env: env("TRAMITE_LANG", "spanglish"), names: "TRAMITE_LANG"},
		{config: "deutsch", env: env(), names: "settings"},
	} {
		_, _, err := Choose(tt.flag, tt.env, tt.config)
		if err == nil || !strings.Contains(err.Error(), tt.names) || !strings.Contains(err.Error(), "use es") {
			t.Errorf("Choose(%q, config %q) error %v, want one naming %s and saying what to type", tt.flag, tt.config, err, tt.names)
		}
	}
}

func TestScanFlag(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"cases", "--lang", "es"}, "es"},
		{[]string{"--lang=en", "deadlines"}, "en"},
		{[]string{"new", "--", "--lang", "es"}, ""},
		{[]string{"cases"}, ""},
	} {
		if got := ScanFlag(tt.args); got != tt.want {
			t.Errorf("ScanFlag(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}
