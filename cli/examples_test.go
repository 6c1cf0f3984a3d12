package cli

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// shellWords splits one command line as a POSIX shell does (quotes,
// backslashes, # comments), enough to check an example: an unclosed quote
// or a backslash left over from a Go "\\" is an error.
func shellWords(line string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '|' && !inWord:
			words = append(words, "|")
		case c == '#' && !inWord:
			return words, nil
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			j := strings.IndexByte(line[i+1:], '\'')
			if j < 0 {
				return nil, errors.New("unclosed '")
			}
			cur.WriteString(line[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' && i+1 < len(line) && strings.IndexByte("\"\\$`", line[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(line[i])
			}
			if i >= len(line) {
				return nil, errors.New(`unclosed "`)
			}
			inWord = true
		case c == '\\':
			if i+1 >= len(line) {
				return nil, errors.New("a backslash ends the line")
			}
			if line[i+1] == '\\' {
				return nil, errors.New(`a stray "\\" (a Go escape printed as is)`)
			}
			i++
			cur.WriteByte(line[i])
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// exampleCommands joins an Example's continuation lines (a line ending
// in one backslash goes on the next) and returns its command lines.
func exampleCommands(example string) []string {
	var out []string
	var cur string
	for _, l := range strings.Split(example, "\n") {
		l = strings.TrimSpace(l)
		if cont, ok := strings.CutSuffix(l, `\`); ok && !strings.HasSuffix(cont, `\`) {
			cur += cont + " "
			continue
		}
		cur += l
		if strings.HasSuffix(l, "|") {
			cur += " " // a pipe goes on to the next line
			continue
		}
		if strings.TrimSpace(cur) != "" {
			out = append(out, cur)
		}
		cur = ""
	}
	if strings.TrimSpace(cur) != "" {
		out = append(out, cur+`\`) // a continuation with nothing after it
	}
	return out
}

func TestShellWords(t *testing.T) {
	tests := map[string]struct {
		line    string
		want    string
		wantErr bool
	}{
		"plain words":                  {line: "tramite cases --json", want: "tramite|cases|--json"},
		"double quotes keep spaces":    {line: `tramite case move 12 "Ana López"`, want: "tramite|case|move|12|Ana López"},
		"a comment ends the words":     {line: "tramite remind --quiet  # in ~/.profile", want: "tramite|remind|--quiet"},
		"a Go \\\\ left in the text":   {line: `tramite new renewal --person "Ana" \\`, wantErr: true},
		"an unclosed quote":            {line: `tramite person set "Ana`, wantErr: true},
		"a backslash at the very end":  {line: `tramite new \`, wantErr: true},
		"an escaped space is one word": {line: `tramite backup -o my\ file.db`, want: "tramite|backup|-o|my file.db"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := shellWords(tt.line)
			if (err != nil) != tt.wantErr {
				t.Fatalf("shellWords(%q) error %v, want error %v", tt.line, err, tt.wantErr)
			}
			if err == nil && strings.Join(got, "|") != tt.want {
				t.Errorf("shellWords(%q) = %q, want %q", tt.line, strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// TestExamplesAreShellCommands: every command's Example, in both
// languages, joined by its continuation lines, is shell words without a
// stray backslash, and each command line starts with tramite.
func TestExamplesAreShellCommands(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		a := newApp(strings.NewReader(""), &strings.Builder{}, &strings.Builder{}, env("TRAMITE_LANG", lang), benchNow)
		root := newRootCmd(a)
		var walk func(c *cobra.Command)
		walk = func(c *cobra.Command) {
			for _, line := range exampleCommands(c.Example) {
				words, err := shellWords(line)
				if err != nil {
					t.Errorf("%s: %s Example %q: %v", lang, c.CommandPath(), line, err)
					continue
				}
				if len(words) > 0 && words[0] != "tramite" && !strings.Contains(" "+strings.Join(words, " ")+" ", " | tramite ") {
					t.Errorf("%s: %s Example %q does not run tramite", lang, c.CommandPath(), line)
				}
			}
			for _, sc := range c.Commands() {
				walk(sc)
			}
		}
		walk(root)
	}
}

// TestE2ERootExampleRuns: the root help's "start a case from a script"
// example, copied as printed, runs and saves the case.
func TestE2ERootExampleRuns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	a := newApp(strings.NewReader(""), &strings.Builder{}, &strings.Builder{}, env(), benchNow)
	root := newRootCmd(a)
	ran := 0
	for _, line := range exampleCommands(root.Example) {
		words, err := shellWords(line)
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if len(words) < 2 || words[1] != "new" {
			continue
		}
		r := run(t, db, "", words[1:]...)
		if r.code != 0 {
			t.Errorf("the root example %q exits %d: %s", line, r.code, r.stderr)
		}
		ran++
	}
	if ran != 1 {
		t.Errorf("the root help has %d `tramite new` examples, want 1", ran)
	}
}
