package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tramite/procedures"
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

// renewalFlags answer a complete renewal.
var renewalFlags = []string{"--answer", "card_type=temporary", "--answer", "card_expiry=2027-03-15", "--answer", "in_mexico=yes",
	"--answer", "holder_minor=no", "--answer", "status_since=2024-01-15", "--answer", "years_requested=1",
	"--answer", "grounds=job", "--answer", "grounds_hold=yes"}

// TestCompletionNamesWithSpaces: a name with spaces and accents ("Ana
// María López") is one candidate, one line, neither quoted nor escaped
// (each shell's script escapes what it inserts), found by what is typed
// with or without the accents and the spaces; and bash, with its
// completion library, inserts it as one word (Ana\ María\ López), for an
// argument and for new's --person.
func TestCompletionNamesWithSpaces(t *testing.T) {
	db := t.TempDir() + "/t.db"
	for _, name := range []string{"Ana María López", "Ana Dupont", "Bruno O'Neil"} {
		if _, _, err := runLang(t, nil, append([]string{"--db", db, "new", "renewal", "--person", name}, renewalFlags...)...); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"person", "show", "Ana Ma"}, "Ana María López"},
		{[]string{"person", "show", "ana maria"}, "Ana María López"},
		{[]string{"person", "show", "Ana María L"}, "Ana María López"},
		{[]string{"new", "renewal", "--person", "Ana M"}, "Ana María López"},
		{[]string{"person", "show", "Bru"}, "Bruno O'Neil"},
	} {
		out, _, err := runLang(t, nil, append([]string{"--db", db, "__complete"}, tc.args...)...)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 || lines[0] != tc.want || !strings.HasPrefix(lines[1], ":") {
			t.Errorf("__complete %q = %q, want the one line %q and the directive", tc.args, out, tc.want)
		}
	}

	lib := "/usr/share/bash-completion/bash_completion"
	bash, err := exec.LookPath("bash")
	if _, serr := os.Stat(lib); err != nil || serr != nil {
		t.Skip("bash or its completion library is not installed: the shell half is not run")
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "tramite.bash")
	r := mustRun(t, db, "completion", "bash")
	if err := os.WriteFile(script, []byte(r.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	// COMP_WORDS as readline hands them over: the backslash typed before
	// a space stays in the word. A UTF-8 locale, as a terminal has: in
	// the C locale bash's printf %q writes an accent as octal bytes,
	// which no longer start with what was typed.
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"person", "show", `Ana\ Ma`}, "Ana María López"},
		{[]string{"new", "renewal", "--person", `Ana\ M`}, "Ana María López"},
		{[]string{"person", "show", "Bru"}, "Bruno O'Neil"},
	} {
		words := append([]string{"tramite", "--db", db}, tc.words...)
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = "'" + w + "'"
		}
		harness := `source "$LIB"; source "$SCRIPT"
COMP_WORDS=(` + strings.Join(quoted, " ") + `); COMP_CWORD=$((${#COMP_WORDS[@]}-1))
COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
__start_tramite 2>/dev/null
echo "${#COMPREPLY[@]}"
eval "set -- ${COMPREPLY[0]}"; echo "$#"; echo "$1"`
		cmd := exec.Command(bash, "--norc", "--noprofile", "-c", harness)
		cmd.Env = []string{"LC_ALL=C.UTF-8", "PATH=" + filepath.Dir(binPath) + ":" + os.Getenv("PATH"), "HOME=" + dir, "XDG_DATA_HOME=" + filepath.Join(dir, "data"),
			"LIB=" + lib, "SCRIPT=" + script}
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v", tc.words, err)
		}
		// One candidate, which the shell reads back as one word: the name.
		if got := strings.Split(strings.TrimRight(string(out), "\n"), "\n"); len(got) != 3 || got[0] != "1" || got[1] != "1" || got[2] != tc.want {
			t.Errorf("bash completes %q as %q, want one word %q", tc.words, got, tc.want)
		}
	}
}

// TestNoticeOfRefusalCommand (issue 19): `case notice --kind refusal`
// closes a filed case as refused, says so and where to ask what follows
// (DOMAIN.md is silent on it), in both languages; the case's dates leave
// the deadlines and its history keeps the refusal.
func TestNoticeOfRefusalCommand(t *testing.T) {
	db := t.TempDir() + "/t.db"
	if _, _, err := runLang(t, nil, append([]string{"--db", db, "new", "renewal", "--person", "Ana López"}, renewalFlags...)...); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runLang(t, nil, "--db", db, "case", "stage", "1", "filed", "--date", "2026-11-10", "--anyway"); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runLang(t, []string{"TRAMITE_LANG", "es"}, "--db", db, "case", "notice", "1", "--kind", "refusal", "--date", "2026-11-20")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "Se registró la negativa del INM en el caso 1: el caso está cerrado. Si el INM negó la solicitud: confirme en su oficina del INM") {
		t.Errorf("stderr %q", stderr)
	}
	out, _, err := runLang(t, nil, "--db", db, "case", "show", "1")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"the application was refused; the case is closed"} {
		if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("case show lacks %q:\n%s", want, out)
		}
	}
	out, _, err = runLang(t, nil, "--db", db, "deadlines", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, `"case": 1`) || strings.Contains(out, `"case":1`) {
		t.Errorf("the refused case still has dates to act on:\n%s", out)
	}
	// Every listing says the case is refused, as the case view does, in
	// both languages; the JSON export keeps the record's stage and date.
	for _, tt := range []struct {
		env  []string
		args []string
		want string
	}{
		{nil, []string{"cases"}, "renewal refused 2027"}, // English lists the stage's id
		{[]string{"TRAMITE_LANG", "es"}, []string{"cases"}, "negado por el INM"},
		{nil, []string{"cases", "--json"}, `"stage":"refused"`},
		{nil, []string{"export", "1", "--format", "text"}, "1, stage: refused by INM"},
		{nil, []string{"export", "--household", "--format", "text"}, "refused by INM"},
		{[]string{"TRAMITE_LANG", "es"}, []string{"export", "1", "--format", "markdown"}, "negado por el INM"},
		{nil, []string{"export", "1", "--format", "json"}, `"refused_date": "2026-11-20"`},
	} {
		out, _, err := runLang(t, tt.env, append([]string{"--db", db}, tt.args...)...)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if !strings.Contains(strings.ReplaceAll(strings.Join(strings.Fields(out), " "), `": "`, `":"`), strings.ReplaceAll(tt.want, `": "`, `":"`)) {
			t.Errorf("%v %v lacks %q:\n%s", tt.env, tt.args, tt.want, out)
		}
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		if text := pdfText(t, db, procedures.MustDate("2026-11-23"), 1); !strings.Contains(text, "Stage: refused by INM") {
			t.Errorf("the PDF packet does not say the case is refused:\n%s", text)
		}
	}
}
