package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tramite/i18n"
)

// runLang runs tramite in-process as Run does (--lang read from the
// arguments first) with the environment kv on 2026-11-23.
func runLang(t *testing.T, kv []string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	base := []string{"XDG_DATA_HOME", t.TempDir(), "XDG_CONFIG_HOME", t.TempDir()}
	a := newApp(strings.NewReader(""), &out, &errb, env(append(base, kv...)...), benchNow)
	err := execute(context.Background(), a, append([]string{"--today", "2026-11-23"}, args...))
	return out.String(), errb.String(), err
}

// TestLanguageChoice: --lang, then TRAMITE_LANG, then the settings file's
// language, then LC_ALL / LC_MESSAGES / LANG, then English.
func TestLanguageChoice(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(cfg, []byte("language = \"en\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		env  []string
		args []string
		want i18n.Lang
	}{
		"no setting: English":                    {want: i18n.English},
		"LANG=es_MX.UTF-8: Spanish":              {env: []string{"LANG", "es_MX.UTF-8"}, want: i18n.Spanish},
		"LC_ALL=C over LANG=es: English":         {env: []string{"LANG", "es_MX.UTF-8", "LC_ALL", "C"}, want: i18n.English},
		"the settings file over the locale":      {env: []string{"LANG", "es_MX.UTF-8", "TRAMITE_CONFIG", cfg}, want: i18n.English},
		"TRAMITE_LANG over the settings file":    {env: []string{"TRAMITE_LANG", "es", "TRAMITE_CONFIG", cfg}, want: i18n.Spanish},
		"--lang over TRAMITE_LANG":               {env: []string{"TRAMITE_LANG", "es"}, args: []string{"--lang", "en"}, want: i18n.English},
		"--lang=es after the command, over LANG": {env: []string{"LANG", "en_US.UTF-8"}, args: []string{"version", "--lang=es"}, want: i18n.Spanish},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			a := newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, env(append([]string{"XDG_CONFIG_HOME", t.TempDir()}, tt.env...)...), benchNow)
			a.langFlag = i18n.ScanFlag(tt.args)
			newRootCmd(a)
			if a.lang.Lang() != tt.want || a.langErr != nil {
				t.Errorf("language %s (%v), want %s", a.lang.Lang(), a.langErr, tt.want)
			}
			c, _ := a.context()
			if c.Lang.Lang() != tt.want {
				t.Errorf("the rules' context speaks %s, want %s", c.Lang.Lang(), tt.want)
			}
		})
	}
}

// An unknown --lang or TRAMITE_LANG is a usage error (exit 2) that says
// what to type.
func TestLanguageUnknown(t *testing.T) {
	for _, tt := range []struct {
		env  []string
		args []string
	}{
		{args: []string{"version", "--lang", "fr"}},
		{env: []string{"TRAMITE_LANG", "klingon"}, args: []string{"version"}},
	} {
		_, _, err := runLang(t, tt.env, tt.args...)
		if exitCode(err) != exitUsage || err == nil || !strings.Contains(err.Error(), "use es") {
			t.Errorf("%v %v: error %v (exit %d), want a usage error saying what to type", tt.env, tt.args, err, exitCode(err))
		}
	}
}

func TestReplaceAligned(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"    cases [--flags]      Listar", "    cases [--opciones]   Listar"},
		{"    cases [--flags]\x1b[0m      Listar", "    cases [--opciones]\x1b[0m   Listar"},
		{"  tramite cases [--flags]", "  tramite cases [--opciones]"},
		{"    x [--flags]   y", "    x [--opciones]  y"},
	} {
		if got := string(replaceAligned([]byte(tt.in), "[--flags]", "[--opciones]")); got != tt.want {
			t.Errorf("replaceAligned(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCaseEditsRefusedInSpanish: `case set` with a key the procedure does
// not ask, `case stage` with an unknown stage, `case delete` without
// --yes, the usage mistakes refused before the app is at hand (a
// key=value without =, a merge of one name, a number flag given a word),
// deleting a person with cases, a rename into another's name and `new`
// with a key the procedure does not ask are refused in Spanish, nothing
// changed.
func TestCaseEditsRefusedInSpanish(t *testing.T) {
	db := demoDB(t, 6)
	// Two people of the demo, each with two cases.
	lines := strings.Split(strings.TrimSpace(mustRunLang(t, "--db", db, "person", "list")), "\n")
	name, other := strings.Split(lines[1], "\t")[0], strings.Split(lines[2], "\t")[0]
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"case", "set", "1", "no_such_key=1"}, "no_such_key no es una pregunta de"},
		{[]string{"case", "set", "1", "entry_date="}, "hace falta una respuesta (¿"},
		{[]string{"case", "pay", "1", "--date", "mañana"}, `fecha del pago: "mañana" no es una fecha`},
		{[]string{"case", "stage", "1", "presentado"}, `"presentado" no es una etapa: use una de draft`},
		{[]string{"case", "delete", "1"}, "borrar el caso 1 ("},
		{[]string{"person", "set", "Ana", "phone"}, `"phone": escríbalo como clave=valor, p. ej. birth_date=1985-04-12`},
		{[]string{"person", "merge", "Ana"}, "person merge necesita dos nombres"},
		{[]string{"deadlines", "--within", "abc"}, `--within lleva un número entero de días, como 30 (recibió "abc")`},
		{[]string{"person", "delete", name}, name + " tiene 2 casos: muévalos"},
		{[]string{"person", "rename", name, other}, other + " ya es el nombre de alguien. Si es la misma persona que " + name},
		{[]string{"new", "canje", "--person", name, "--answer", "no_such_key=1"}, "no_such_key no es una pregunta de canje"},
	} {
		_, _, err := runLang(t, nil, append([]string{"--db", db, "--lang", "es"}, tc.args...)...)
		if err == nil {
			t.Errorf("%v: accepted", tc.args)
			continue
		}
		a := newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, env("TRAMITE_LANG", "es"), benchNow)
		a.lang = i18n.For(i18n.Spanish)
		if msg := a.errorText(err); !strings.Contains(msg, tc.want) {
			t.Errorf("%v: %q, want %q", tc.args, msg, tc.want)
		}
	}
	if out, _, err := runLang(t, nil, "--db", db, "cases"); err != nil || !strings.Contains(out, "\n1\t") {
		t.Errorf("case 1 is gone after the refusals: %v\n%s", err, out)
	}
}

// mustRunLang runs tramite in English and returns its output.
func mustRunLang(t *testing.T, args ...string) string {
	t.Helper()
	out, _, err := runLang(t, nil, args...)
	if err != nil {
		t.Fatalf("tramite %v: %v", args, err)
	}
	return out
}
