package cli

import (
	"strings"
	"testing"
)

// TestExportCaseNumberWording: export says what every case command says
// when its CASE number is missing or wrong ("tramite export needs a CASE
// number …", "… is not a case number"), with its own way out, --household,
// in both languages, as a usage mistake (exit 2).
func TestExportCaseNumberWording(t *testing.T) {
	db := t.TempDir() + "/t.db"
	tests := map[string]struct {
		lang []string
		args []string
		want []string
	}{
		"no case":             {nil, []string{"export"}, []string{"tramite export needs a CASE number (see `tramite cases`), or --household for every case (got 0 arguments): see `tramite export --help`"}},
		"two cases":           {nil, []string{"export", "1", "2"}, []string{"tramite export needs a CASE number", "--household", "(got 2 arguments)"}},
		"a bad case":          {nil, []string{"export", "x"}, []string{`"x" is not a case number: type the number ` + "`tramite cases`"}},
		"no case, in Spanish": {[]string{"TRAMITE_LANG", "es"}, []string{"export"}, []string{"tramite export necesita un número de CASO (vea `tramite cases`), o --household para todos los casos (recibió 0 argumentos)"}},
		"a bad case, Spanish": {[]string{"TRAMITE_LANG", "es"}, []string{"export", "x"}, []string{`"x" no es un número de caso`}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runLang(t, tt.lang, append([]string{"--db", db}, tt.args...)...)
			if err == nil {
				t.Fatalf("tramite %s: no error", strings.Join(tt.args, " "))
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("tramite %s: %q, want %q", strings.Join(tt.args, " "), err, w)
				}
			}
			if code := exitCode(err); code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
		})
	}
	// The same start as a case command's.
	const words = " needs a CASE number (see `tramite cases`)"
	_, _, show := runLang(t, nil, "--db", db, "case", "show")
	_, _, export := runLang(t, nil, "--db", db, "export")
	if show == nil || export == nil || !strings.HasPrefix(show.Error(), "tramite case show"+words) || !strings.HasPrefix(export.Error(), "tramite export"+words) {
		t.Errorf("case show says %v, export says %v: want one wording", show, export)
	}
}
