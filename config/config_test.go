package config

import (
	"os"
	"path/filepath"
	"reflect"
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

func TestPath(t *testing.T) {
	tests := map[string]struct {
		getenv func(string) string
		want   string
	}{
		"TRAMITE_CONFIG wins":                        {env(Env, "/x/c.toml", "XDG_CONFIG_HOME", "/cfg"), "/x/c.toml"},
		"else tramite/config.toml in the XDG folder": {env("XDG_CONFIG_HOME", "/cfg"), "/cfg/tramite/config.toml"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Path(tt.getenv); got != tt.want {
				t.Errorf("Path = %q, want %q", got, tt.want)
			}
		})
	}
}

func write(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	t.Run("a missing file is the defaults", func(t *testing.T) {
		c, err := Load(filepath.Join(t.TempDir(), "none.toml"))
		if err != nil || !reflect.DeepEqual(c, Config{}) {
			t.Errorf("Load(missing) = %+v, %v; want zero, nil", c, err)
		}
	})
	t.Run("known keys are read and unknown ones (a later setting) ignored", func(t *testing.T) {
		p := write(t, "language = \"es\"\ncalendar = \"/s/t.ics\"\ncolour = \"red\"\n[lead_days]\ncloses = [30, 7, 1]\nopens = [0]\n[future]\nx = 1\n")
		c, err := Load(p)
		want := Config{Calendar: "/s/t.ics", Language: "es", LeadDays: map[string][]int{"closes": {30, 7, 1}, "opens": {0}}}
		if err != nil || !reflect.DeepEqual(c, want) {
			t.Errorf("Load = %+v, %v; want %+v", c, err, want)
		}
	})
	t.Run("a value of the wrong type names the file and what to do", func(t *testing.T) {
		p := write(t, "[lead_days]\ncloses = \"thirty\"\n")
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "fix that line") {
			t.Errorf("Load = %v, want an error naming %s and saying to fix the line", err, p)
		}
	})
}

func TestSetString(t *testing.T) {
	tests := map[string]struct {
		before, value, after string
	}{
		"a new file gets the key": {"", "/a.ics", "calendar = \"/a.ics\"\n"},
		"an existing key is replaced, the rest kept": {
			"# mine\nlanguage = \"es\"\ncalendar = \"/old.ics\"\n\n[lead_days]\ncloses = [7]\n", "/new.ics",
			"# mine\nlanguage = \"es\"\ncalendar = \"/new.ics\"\n\n[lead_days]\ncloses = [7]\n"},
		"a new key goes after the top-level keys, before the first table": {
			"language = \"es\"\n\n[lead_days]\ncloses = [7]\n", "/a.ics",
			"language = \"es\"\ncalendar = \"/a.ics\"\n\n[lead_days]\ncloses = [7]\n"},
		"a key in a table is not the top-level key": {
			"[other]\ncalendar = 1\n", "/a.ics",
			"calendar = \"/a.ics\"\n\n[other]\ncalendar = 1\n"},
		"an empty value removes the key": {
			"calendar = \"/old.ics\"\nlanguage = \"es\"\n", "",
			"language = \"es\"\n"},
		"quotes and backslashes are escaped": {"", `C:\cal "x".ics`, "calendar = \"C:\\\\cal \\\"x\\\".ics\"\n"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "sub", "config.toml")
			if tt.before != "" {
				os.MkdirAll(filepath.Dir(p), 0o700)
				os.WriteFile(p, []byte(tt.before), 0o600)
			}
			if err := SetString(p, "calendar", tt.value); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(p)
			if string(b) != tt.after {
				t.Errorf("file =\n%s\nwant\n%s", b, tt.after)
			}
			c, err := Load(p)
			if err != nil || c.Calendar != tt.value {
				t.Errorf("Load after SetString = %q, %v; want %q", c.Calendar, err, tt.value)
			}
		})
	}
}
