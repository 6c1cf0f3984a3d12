package cli

import (
	"strings"
	"testing"
)

// TestErrorsSuggest: an unknown procedure, flag or person gets the near
// one to type instead, in the user's language; Spanish procedure ids are
// understood.
func TestErrorsSuggest(t *testing.T) {
	db := t.TempDir() + "/t.db"
	if _, _, err := runLang(t, nil, "--db", db, "demo", "--cases", "6"); err != nil {
		t.Fatal(err)
	}
	a := newApp(nil, nil, nil, env(), benchNow)
	newRootCmd(a)
	tests := map[string]struct {
		lang []string
		args []string
		want string
	}{
		"an unknown procedure":              {nil, []string{"new", "renew", "--person", "Ana", "--answer", "x=y"}, `no procedure "renew": did you mean renewal?`},
		"a typo in a Spanish id":            {nil, []string{"procedures", "show", "renovasion"}, "did you mean renewal?"},
		"in Spanish":                        {[]string{"TRAMITE_LANG", "es"}, []string{"procedures", "show", "renovasion"}, "¿quiso decir renewal?"},
		"nothing near lists the procedures": {nil, []string{"procedures", "show", "zzzzzzzzzzzz"}, "use one of canje, renewal"},
		"an unknown flag":                   {nil, []string{"deadlines", "--withn", "3"}, "unknown flag --withn: did you mean --within? (see `tramite deadlines --help`)"},
		"an unknown flag in Spanish":        {[]string{"TRAMITE_LANG", "es"}, []string{"cases", "--jsn"}, "opción desconocida --jsn: ¿quiso decir --json? (vea `tramite cases --help`)"},
		"an unknown flag with nothing near": {nil, []string{"cases", "--zzzzzzzzzz"}, "see `tramite cases --help` for the flags"},
		"person set with a typo":            {nil, []string{"person", "set", "Ana Jimenes", "phone=5512345678"}, `did you mean "Ana Jiménez"?`},
		"person set with a first name":      {nil, []string{"person", "set", "Ana", "phone=5512345678"}, `did you mean "Ana Jiménez"?`},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runLang(t, tt.lang, append([]string{"--db", db}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("tramite %s: error %v, want %q", strings.Join(tt.args, " "), err, tt.want)
			}
			if code := exitCode(err); code != exitUsage && !strings.HasPrefix(name, "person") {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
		})
	}
	t.Run("Spanish procedure ids are aliases", func(t *testing.T) {
		for _, id := range []string{"renovacion", "Renovación", "cambio", "canje", "permiso-de-salida", "notificacion", "reposicion"} {
			if _, _, err := runLang(t, nil, "procedures", "show", id); err != nil {
				t.Errorf("procedures show %s: %v", id, err)
			}
		}
	})
}

// TestCaseNumberWording: every command that takes a case number says
// so with one wording and one prefix: "tramite COMMAND needs a CASE
// number", and a bad one "is not a case number".
func TestCaseNumberWording(t *testing.T) {
	db := t.TempDir() + "/t.db"
	for _, p := range [][]string{
		{"case", "show"}, {"case", "set"}, {"case", "stage"}, {"case", "tick"}, {"case", "note"},
		{"case", "move"}, {"case", "delete"}, {"guide"}, {"letter"}, {"export"},
	} {
		_, _, err := runLang(t, nil, append([]string{"--db", db}, p...)...)
		want := "tramite " + strings.Join(p, " ") + " needs a CASE number"
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("tramite %s: %v, want it to start with %q", strings.Join(p, " "), err, want)
		}
		_, _, err = runLang(t, nil, append(append([]string{"--db", db}, p...), "x", "y")...)
		if p[0] == "case" && p[1] != "show" && p[1] != "delete" && (err == nil || !strings.Contains(err.Error(), `"x" is not a case number`)) {
			t.Errorf("tramite %s x y: %v, want a bad case number", strings.Join(p, " "), err)
		}
	}
}
