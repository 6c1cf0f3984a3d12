package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"tramite/casebook"
	"tramite/store"
)

// printDeadlinesFrom prints f's list from st, opened: streamed from the
// store's per-deadline agenda key (casebook.StreamAgenda) for a pipe or a
// file and for JSON, each row printed as it is read, nothing held or
// sorted; through the agenda of every index row otherwise (a terminal's
// table, which sizes its columns to every row; PostgreSQL; a file without
// the key). Both print the same bytes.
func (a *app) printDeadlinesFrom(st store.Engine, f deadlineFilter, asJSON bool, width int) error {
	if src, ok := st.(casebook.AgendaKeySource); ok && (asJSON || width <= 0) {
		var err error
		if asJSON {
			err = streamDeadlinesJSON(a.stdout, src, f)
		} else {
			var n int
			n, err = streamDeadlinesTSV(a, src, f)
			if err == nil && n == 0 {
				fmt.Fprintln(a.stderr, a.T("No deadlines to show."))
			}
		}
		if !errors.Is(err, casebook.ErrNoAgendaKey) {
			return err
		}
	}
	list, err := loadDeadlineList(st, f)
	if err != nil {
		return err
	}
	return a.printDeadlineList(list, asJSON, width)
}

// printDeadlineList prints a list read whole.
func (a *app) printDeadlineList(list *deadlineList, asJSON bool, width int) error {
	if asJSON {
		return list.writeJSON(a.stdout)
	}
	if list.len() == 0 {
		fmt.Fprintln(a.stderr, a.T("No deadlines to show."))
		return nil
	}
	if width <= 0 {
		// A pipe or a file: streamed, row by row.
		return printDeadlineListTSV(a.lang, a.stdout, list)
	}
	return printDeadlines(a.lang, a.stdout, list.rows(), width)
}

// streamDeadlinesTSV prints the tab-separated list of f from src's
// agenda key as printDeadlineListTSV prints it, byte for byte, and how
// many rows; the header only once a row is there.
func streamDeadlinesTSV(a *app, src casebook.AgendaKeySource, f deadlineFilter) (int, error) {
	// The lines are appended into buf and written 64 KB at a time: one
	// append a cell, no call of a writer's method each.
	const flushAt = 64<<10 - 4<<10
	var (
		t    *tsvRowWriter
		buf  []byte
		werr error
	)
	n := 0
	err := casebook.StreamAgenda(src, f.agendaFilter(), func(texts []string, r *casebook.StreamedDeadline) error {
		if t == nil {
			var head bytes.Buffer
			bw := bufio.NewWriter(&head)
			writeDeadlineTSVHead(a.lang, bw)
			bw.Flush()
			buf = append(make([]byte, 0, 64<<10), head.Bytes()...)
			t = newTSVRowWriter(a.lang, texts)
		}
		buf = t.appendRow(buf, &r.AgendaRow, r.Person, r.Procedure)
		n++
		if len(buf) >= flushAt {
			if _, werr = a.stdout.Write(buf); werr != nil {
				return werr
			}
			buf = buf[:0]
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	if len(buf) > 0 {
		_, werr = a.stdout.Write(buf)
	}
	return n, werr
}

// streamDeadlinesJSON prints f's list as JSON from src's agenda key as
// deadlineList.writeJSON prints it, byte for byte.
func streamDeadlinesJSON(w io.Writer, src casebook.AgendaKeySource, f deadlineFilter) error {
	c := newRowCache()
	buf := make([]byte, 0, jsonBlock*1024)
	n := 0
	err := casebook.StreamAgenda(src, f.agendaFilter(), func(texts []string, r *casebook.StreamedDeadline) error {
		if n == 0 {
			buf = append(buf, '[')
		}
		buf = appendAgendaRowJSON(buf, &c, texts, n > 0, &r.AgendaRow, r.CaseID, r.Person, r.Procedure)
		n++
		if len(buf) >= jsonBlock*1024-2048 {
			if _, err := w.Write(buf); err != nil {
				return fmt.Errorf("write JSON: %w", err)
			}
			buf = buf[:0]
		}
		return nil
	})
	if err != nil {
		return err
	}
	if n == 0 {
		buf = append(buf, '[')
	}
	buf = append(buf, jsonListEnd(n)...)
	if _, err := w.Write(buf); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}
