package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestReflow(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"a wrapped paragraph becomes one line": {
			"Write a copy of the database. By default the copy\ngoes next to it.\n\nSecond paragraph\nhere.",
			"Write a copy of the database. By default the copy goes next to it.\n\nSecond paragraph here."},
		"an item's deeper continuation joins the item": {
			"Codes:\n\n  1  refused: the message says why; a refused\n     edit changed nothing\n  2  usage",
			"Codes:\n\n  1  refused: the message says why; a refused edit changed nothing\n  2  usage"},
		"example and list lines stay": {
			"Set them:\n\n  [lead_days]\n  closes = [30, 7, 1]\n- one\n- two",
			"Set them:\n\n  [lead_days]\n  closes = [30, 7, 1]\n- one\n- two"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := reflow(tt.in); got != tt.want {
				t.Errorf("reflow:\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

var manSpaces = regexp.MustCompile(`\s+`)

// manParagraphs renders page with `man -l` at 80 columns and returns its
// paragraphs, each on one line with single manSpaces.
func manParagraphs(t *testing.T, page string) []string {
	t.Helper()
	if _, err := exec.LookPath("man"); err != nil {
		t.Skip("man is not installed (apt-get install man-db groff-base): the man page is not rendered")
	}
	cmd := exec.Command("man", "-l", "-")
	cmd.Stdin = strings.NewReader(page)
	cmd.Env = append(os.Environ(), "MANWIDTH=80", "MANPAGER=cat", "PAGER=cat", "MAN_KEEP_FORMATTING=0", "LANG=C.UTF-8")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("man -l: %v\n%s", err, errb.String())
	}
	// Bold and underline by overstrike, if any.
	text := regexp.MustCompile(".\b").ReplaceAllString(string(out), "")
	var paras []string
	for _, p := range regexp.MustCompile(`\n\s*\n`).Split(text, -1) {
		paras = append(paras, strings.TrimSpace(manSpaces.ReplaceAllString(p, " ")))
	}
	return paras
}

// TestManPage: `tramite man`, rendered by man, has the description of
// every command (each of its paragraphs as one paragraph of the page,
// not a paragraph per wrapped line), in English and in Spanish, and the
// exit codes.
func TestManPage(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		t.Run(lang, func(t *testing.T) {
			var out bytes.Buffer
			a := newApp(strings.NewReader(""), &out, &bytes.Buffer{}, env("TRAMITE_LANG", lang), benchNow)
			if err := execute(context.Background(), a, []string{"man"}); err != nil {
				t.Fatal(err)
			}
			paras := manParagraphs(t, out.String())
			has := func(want string) bool {
				for _, p := range paras {
					if strings.Contains(p, want) {
						return true
					}
				}
				return false
			}
			root := newRootCmd(newApp(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, env("TRAMITE_LANG", lang), benchNow))
			checked := 0
			var walk func(c *cobra.Command)
			walk = func(c *cobra.Command) {
				if c.Hidden || c.Name() == "help" {
					return
				}
				for _, l := range strings.Split(reflow(c.Long), "\n") {
					if l == "" || strings.HasPrefix(l, " ") {
						continue
					}
					want := manSpaces.ReplaceAllString(strings.TrimSpace(l), " ")
					if !has(want) {
						t.Errorf("%s: the man page lacks, as one paragraph: %q", c.CommandPath(), want)
					}
					checked++
				}
				for _, sc := range c.Commands() {
					walk(sc)
				}
			}
			walk(root)
			if checked < 30 {
				t.Errorf("only %d paragraphs checked", checked)
			}
			for _, code := range []string{"130 ", "3 "} {
				found := false
				for _, p := range paras {
					if strings.HasPrefix(p, code) {
						found = true
					}
				}
				if !found {
					t.Errorf("the man page's exit status lacks code %q", code)
				}
			}
		})
	}
}
