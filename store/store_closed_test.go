package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A Store used after Close refuses instead of opening its path again:
// the TUI's watcher polling after the program closed the store recreated
// a database file that had been removed meanwhile (seen as a test's temp
// folder that would not delete).
func TestClosedStoreDoesNotReopenItsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	st, err := Open(path, Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Generation(); !errors.Is(err, ErrClosed) {
		t.Errorf("Generation after Close: %v, want ErrClosed", err)
	}
	if _, err := st.Summaries(); !errors.Is(err, ErrClosed) {
		t.Errorf("Summaries after Close: %v, want ErrClosed", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the removed file is back after Close: %v", err)
	}
	if err := st.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
}
