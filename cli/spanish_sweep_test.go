package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// englishWords are common English words that no Spanish sentence of
// tramite's uses: one in Spanish output is English left over. Ids,
// commands and keys (renewal, card_type) are none of them.
var englishWords = regexp.MustCompile(`(?i)\b(the|you|your|and|with|is|are|this|that|which|when|what|from|every|only|not|for|to|of|in|on|no longer|yet|there)\b`)

// englishIn returns the lines of out that read as English.
func englishIn(out string) []string {
	var bad []string
	for _, line := range strings.Split(out, "\n") {
		// Example commands, flags and keys are the program's own words.
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "tramite ") || strings.HasPrefix(t, "--") || strings.HasPrefix(t, "echo ") {
			continue
		}
		if englishWords.MatchString(stripCode(line)) {
			bad = append(bad, line)
		}
	}
	return bad
}

// stripCode drops `code`, quoted values, paths and flags (--from, the
// program's own words) from a line.
var codeSpan = regexp.MustCompile("`[^`]*`|\"[^\"]*\"|\\S*[/~$]\\S*|\\[[a-z_]+\\]|\\w+=\\S*|\\w+(-\\w+)+|--\\w+")

func stripCode(s string) string { return codeSpan.ReplaceAllString(s, "") }

// commandPaths lists every command of the tree, as arguments.
func commandPaths(c *cobra.Command, prefix []string) [][]string {
	var out [][]string
	for _, sc := range c.Commands() {
		if sc.Hidden {
			continue
		}
		p := append(append([]string(nil), prefix...), sc.Name())
		out = append(out, p)
		out = append(out, commandPaths(sc, p)...)
	}
	return out
}

// TestSpanishHelp: the help of every command, with --lang es and with
// LANG=es_MX.UTF-8 and no flag, has no English sentence.
func TestSpanishHelp(t *testing.T) {
	root := newRootCmd(newApp(strings.NewReader(""), &strings.Builder{}, &strings.Builder{}, env(), benchNow))
	paths := append([][]string{{}}, commandPaths(root, nil)...)
	for _, how := range []struct {
		name string
		env  []string
		flag []string
	}{
		{"--lang es", nil, []string{"--lang", "es"}},
		{"LANG=es_MX.UTF-8", []string{"LANG", "es_MX.UTF-8"}, nil},
	} {
		for _, p := range paths {
			args := append(append(append([]string(nil), p...), "--help"), how.flag...)
			out, _, err := runLang(t, how.env, args...)
			if err != nil {
				t.Fatalf("%s %v: %v", how.name, args, err)
			}
			if !strings.Contains(out, "USO") {
				t.Errorf("%s %v: the help is not in Spanish:\n%s", how.name, args, out)
			}
			for _, l := range englishIn(out) {
				t.Errorf("%s tramite %s --help: English: %q", how.name, strings.Join(p, " "), l)
			}
		}
	}
}

// TestSpanishOutputs: what the listing commands print around their data
// is Spanish (the deadlines' titles, the procedures' own texts, are the
// rules' and checked with them).
func TestSpanishOutputs(t *testing.T) {
	db := t.TempDir() + "/t.db"
	if _, _, err := runLang(t, nil, "--db", db, "demo", "--cases", "6"); err != nil {
		t.Fatal(err)
	}
	list, _, _ := runLang(t, nil, "--db", db, "person", "list", "--json")
	var people []struct{ Name string }
	if err := json.Unmarshal([]byte(list), &people); err != nil || len(people) == 0 {
		t.Fatalf("person list --json: %v %q", err, list)
	}
	first := people[0].Name
	for _, args := range [][]string{
		{"cases"}, {"person", "list"}, {"closures"}, {"person", "show", first},
	} {
		out, errOut, err := runLang(t, []string{"LANG", "es_MX.UTF-8"}, append([]string{"--db", db}, args...)...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		for _, l := range englishIn(out + errOut) {
			t.Errorf("tramite %s: English: %q", strings.Join(args, " "), l)
		}
	}
	// An error, worded by the command and by cobra.
	for _, args := range [][]string{{"export", "99"}, {"bogus"}, {"cases", "--bogus"}} {
		_, _, err := runLang(t, []string{"LANG", "es_MX.UTF-8"}, append([]string{"--db", db}, args...)...)
		a := newApp(nil, nil, nil, env("LANG", "es_MX.UTF-8"), benchNow)
		newRootCmd(a)
		if err == nil {
			t.Fatalf("%v: no error", args)
		}
		if msg := a.errorText(err); len(englishIn(msg)) > 0 {
			t.Errorf("tramite %s: English error: %q", strings.Join(args, " "), msg)
		}
	}
}

// TestE2ESpanishHelpFits80: every command's help in Spanish, in an
// 80-column terminal, keeps within 80 columns and cuts nothing: fang
// never wraps a flag's or a command's one-line description.
func TestE2ESpanishHelpFits80(t *testing.T) {
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	root := newRootCmd(newApp(strings.NewReader(""), &strings.Builder{}, &strings.Builder{}, env(), benchNow))
	for _, p := range append([][]string{{}}, commandPaths(root, nil)...) {
		cmd := exec.Command(binPath, append(append([]string(nil), p...), "--help")...)
		cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=/home/ana", "NO_COLOR=1", "LANG=es_MX.UTF-8", "__FANG_TEST_WIDTH=80"}
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v: %v", p, err)
		}
		for _, line := range strings.Split(string(out), "\n") {
			line = strings.TrimRight(line, " ")
			if n := len([]rune(line)); n > 80 || strings.Contains(line, "…") {
				t.Errorf("tramite %s --help: %d columns or cut: %q", strings.Join(p, " "), n, line)
			}
		}
	}
}
