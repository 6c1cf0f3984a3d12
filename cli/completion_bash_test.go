package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bashCompletionLib is where Debian's bash-completion package puts the
// library cobra's bash script needs (_get_comp_words_by_ref).
const bashCompletionLib = "/usr/share/bash-completion/bash_completion"

// TestBashCompletesAfterAnOpenQuote: in real bash, with the script of
// `tramite completion bash`, a name typed after an open quote completes
// (it completed nothing: cobra's script evals the words, and the open
// quote broke the eval), inside the quote without backslashes; a name
// typed with backslashes still completes with them.
func TestBashCompletesAfterAnOpenQuote(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	if _, err := os.Stat(bashCompletionLib); err != nil {
		t.Skip("no bash-completion package (.ci/run installs it)")
	}
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, db, "demo", "--cases", "6")
	// The first person's name, typed up to the surname's first letter
	// ("Ana J"), names nobody else.
	lines := strings.Split(strings.TrimSpace(mustRun(t, db, "person", "list").stdout), "\n")
	name := strings.Split(lines[1], "\t")[0]
	first, last, ok := strings.Cut(name, " ")
	if !ok {
		t.Fatalf("the demo's first name has no space: %q", name)
	}
	typed := first + " " + last[:1]
	for _, l := range lines[2:] {
		if strings.HasPrefix(l, typed) {
			t.Fatalf("%q starts two names: %q and %q", typed, name, l)
		}
	}
	escaped := strings.ReplaceAll(name, " ", `\ `)
	// complete WORD... fills COMP_* as bash does for the line typed so far
	// (the last word as typed, quote and all) and prints COMPREPLY.
	script := `source ` + bashCompletionLib + `
source <(tramite completion bash)
compopt() { :; } # outside of a real completion, compopt refuses to run
complete_words() {
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMP_TYPE=9
    COMPREPLY=()
    __start_tramite tramite "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}
`
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"tramite", "person", "show", `"` + typed}, name},
		{[]string{"tramite", "person", "show", `'` + typed}, name},
		{[]string{"tramite", "new", "renewal", "--person", `"` + typed}, name},
		{[]string{"tramite", "person", "show", strings.ReplaceAll(typed, " ", `\ `)}, escaped},
		{[]string{"tramite", "person", "show", first + `\ `}, escaped},
	}
	debug := filepath.Join(t.TempDir(), "completion.log")
	for _, tt := range tests {
		quoted := make([]string, len(tt.words))
		for i, w := range tt.words {
			quoted[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
		}
		cmd := exec.Command(bash, "--norc", "--noprofile", "-c", script+"complete_words "+strings.Join(quoted, " "))
		cmd.Env = []string{"PATH=" + filepath.Dir(binPath) + ":" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TRAMITE_DB=" + db, "TRAMITE_LANG=en", "BASH_COMP_DEBUG_FILE=" + debug,
			"LANG=C.UTF-8"} // a UTF-8 terminal: in the C locale cobra's script matches no accented name
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v\n%s", tt.words, err, out)
		}
		if got := strings.TrimRight(string(out), "\n"); got != tt.want {
			log, _ := os.ReadFile(debug)
			t.Errorf("completing %q gives %q, want %q; the script's log:\n%s", tt.words, got, tt.want, log)
		}
	}
}
