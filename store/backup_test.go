package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestBackupWhileOpenIsAWorkingCopy(t *testing.T) {
	s := openTest(t, dbPath(t))
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))

	var buf bytes.Buffer
	n, err := s.Backup(&buf)
	mustDo(t, err)
	if n != int64(buf.Len()) || n == 0 {
		t.Fatalf("Backup wrote %d bytes, reported %d", buf.Len(), n)
	}
	streamed := filepath.Join(t.TempDir(), "streamed.db")
	writeFile(t, streamed, buf.Bytes())
	checkHolds(t, streamed, "Ana")

	copyPath := filepath.Join(t.TempDir(), "copy.db")
	mustDo(t, s.BackupTo(copyPath))
	checkHolds(t, copyPath, "Ana")
	info, err := os.Stat(copyPath)
	mustDo(t, err)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode = %o; want 600", info.Mode().Perm())
	}
	if err := s.BackupTo(copyPath); !errors.Is(err, fs.ErrExist) {
		t.Errorf("BackupTo over an existing file = %v; want ErrExist", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(copyPath))
	if len(entries) != 1 {
		t.Errorf("BackupTo left %d files (temporary files?); want 1", len(entries))
	}
}

func TestAutoBackupRunsOncePerDayAndKeepsTheLastFew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tramite.db")
	s := openTest(t, path)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	// A copy the user made, and a migration's: never rotated away.
	mine := path + ".backup-mine"
	writeFile(t, mine, []byte("x"))
	migration := path + ".backup-schema1-2026-01-01T000000"
	writeFile(t, migration, []byte("x"))

	day := func(d int) time.Time { return start.AddDate(0, 0, d) }
	steps := []struct {
		now         time.Time
		wantWritten bool
	}{
		{day(0), true},
		{day(0).Add(5 * time.Hour), false}, // same day: nothing
		{day(1), true},
		{day(2), true},
		{day(3), true}, // the day-0 copy goes
		{day(5), true}, // the day-1 copy goes
	}
	for _, st := range steps {
		got, err := s.AutoBackup(st.now, 3)
		mustDo(t, err)
		if (got != "") != st.wantWritten {
			t.Errorf("AutoBackup(%s) wrote %q; want written %v", st.now.Format(time.DateTime), got, st.wantWritten)
		}
	}
	have, err := autoBackups(path)
	mustDo(t, err)
	want := []string{path + ".backup-2026-11-25", path + ".backup-2026-11-26", path + ".backup-2026-11-28"}
	if !slices.Equal(have, want) {
		t.Errorf("automatic copies = %v; want %v", have, want)
	}
	checkHolds(t, want[2], "Ana")
	for _, keep := range []string{mine, migration} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("rotation deleted %s", keep)
		}
	}
}
