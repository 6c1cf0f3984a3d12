package cli

import (
	"bytes"
	"strings"
	"testing"

	"tramite/textsafe"
)

// Stored text printed by the listings never commands the terminal: every
// cell of `cases` and `deadlines` goes through truncate, which cleans it,
// and a deadline's title is cleaned too.
func TestListingsCleanStoredText(t *testing.T) {
	for i, name := range textsafe.Hostile {
		var b bytes.Buffer
		rows := []caseJSON{{Case: 1, Person: name, Procedure: "renewal", Stage: "draft"}}
		if err := printCases(nil, &b, rows, 0); err != nil {
			t.Fatal(err)
		}
		drows := []deadlineJSON{{Case: 1, Person: name, Procedure: "renewal", Date: "2026-12-01", Title: name}}
		if err := printDeadlines(nil, &b, drows, 0); err != nil {
			t.Fatal(err)
		}
		// Two headers and two rows: a newline in a name fakes no row.
		if n := strings.Count(b.String(), "\n"); n != 4 {
			t.Errorf("hostile name %d: %d lines, want 4:\n%s", i, n, b.String())
		}
		if bad := textsafe.FirstUnsafe(b.String(), true); bad != "" {
			t.Errorf("hostile name %d: %s reaches stdout:\n%q", i, bad, b.String())
		}
	}
}
