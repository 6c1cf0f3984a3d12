package cli

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
)

// TestSubcommandNames: the table soleCommand reads names each command as
// the command itself does (its name, then its aliases), and lists every
// command the whole tree has, besides cobra's help and completion.
func TestSubcommandNames(t *testing.T) {
	a := newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, env(), benchNow)
	root := newRootCmd(a)
	var listed []string
	for _, c := range subcommands {
		built := c.build(a)
		if got := append([]string{built.Name()}, built.Aliases...); !slices.Equal(got, c.names) {
			t.Errorf("subcommands has %q for the command named %q", c.names, got)
		}
		listed = append(listed, c.names[0])
	}
	for _, c := range root.Commands() {
		if n := c.Name(); n != "help" && n != "completion" && !slices.Contains(listed, n) {
			t.Errorf("command %q is in the tree but not in subcommands: soleCommand cannot run it alone", n)
		}
	}
}

// TestSoleCommand: a command runs alone when its name comes first after
// the root's own flags; help, completion, man, flags cobra handles and
// unknown names build every command.
func TestSoleCommand(t *testing.T) {
	tests := []struct {
		args []string
		want string // "" for the whole tree
	}{
		{[]string{"version"}, "version"},
		{[]string{"--db", "x.db", "version"}, "version"},
		{[]string{"--db=x.db", "--lang", "es", "--today", "2026-11-23", "deadlines", "--within", "30"}, "deadlines"},
		{[]string{"people", "list"}, "person"},
		{[]string{"procedure", "show", "renewal"}, "procedures"},
		{[]string{"cases", "--help"}, "cases"},
		{[]string{"--db", "version"}, ""}, // "version" is --db's value
		{[]string{"--db"}, ""},
		{nil, ""},
		{[]string{"help", "version"}, ""},
		{[]string{"completion", "bash"}, ""},
		{[]string{"__complete", "case", ""}, ""},
		{[]string{"man"}, ""},
		{[]string{"exit-codes"}, ""},
		{[]string{"--help"}, ""},
		{[]string{"-v"}, ""},
		{[]string{"--", "version"}, ""},
		{[]string{"versoin"}, ""},
		{[]string{"--verbose", "version"}, ""},
	}
	a := newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, env(), benchNow)
	for _, tt := range tests {
		got := ""
		if b := soleCommand(tt.args); b != nil {
			got = b(a).Name()
		}
		if got != tt.want {
			t.Errorf("soleCommand(%q) builds %q, want %q", tt.args, got, tt.want)
		}
	}
}

// TestSoleCommandSameOutput: a command run alone prints, refuses and
// exits as it does in the whole tree: its help, a bad flag, a bad
// argument, in English and Spanish.
func TestSoleCommandSameOutput(t *testing.T) {
	db := t.TempDir() + "/t.db"
	for _, c := range subcommands {
		if !c.alone {
			continue
		}
		for _, lang := range []string{"en", "es"} {
			for _, tail := range [][]string{{"--help"}, {"--no-such-flag"}, {"-h"}, {"bogus", "args", "here"}} {
				args := append([]string{"--db", db, "--lang", lang, c.names[len(c.names)-1]}, tail...)
				run := func(whole bool) string {
					var out, errb bytes.Buffer
					a := newApp(strings.NewReader(""), &out, &errb, env("XDG_CONFIG_HOME", t.TempDir(), "TRAMITE_TODAY", "2026-11-23"), benchNow)
					a.langFlag = lang
					root := newRootFor(a, args)
					if whole {
						root = newTree(a, nil, helpAsked(args))
					}
					err := executeRoot(context.Background(), a, root, args)
					return out.String() + "\n--- stderr\n" + errb.String() + "\n--- exit " + string(rune('0'+exitCode(err)))
				}
				if alone, whole := run(false), run(true); alone != whole {
					t.Errorf("tramite %s alone:\n%s\nin the whole tree:\n%s", strings.Join(args, " "), alone, whole)
				}
			}
		}
	}
}
