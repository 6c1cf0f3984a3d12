package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// copyAt writes a sound copy of the store at name beside it, modified at mt.
func copyAt(t *testing.T, s *Store, name string, mt time.Time) string {
	t.Helper()
	p := filepath.Join(filepath.Dir(s.Path()), name)
	mustDo(t, s.BackupTo(p))
	mustDo(t, os.Chtimes(p, mt, mt))
	return p
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	mustDo(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestRotationSurvivesCopiesDatedInTheFuture: copies written while the
// clock ran years ahead neither count nor push the real ones out (before,
// names sorted last and today's copy was deleted at once).
func TestRotationSurvivesCopiesDatedInTheFuture(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, filepath.Join(dir, "tramite.db"))
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	future := time.Date(2031, 3, 1, 9, 0, 0, 0, time.UTC)
	for i := range 3 {
		d := future.AddDate(0, 0, i)
		copyAt(t, s, "tramite.db.backup-"+d.Format(autoBackupLayout), d)
	}
	y1 := copyAt(t, s, "tramite.db.backup-2026-11-22", start.AddDate(0, 0, -1))
	y2 := copyAt(t, s, "tramite.db.backup-2026-11-21", start.AddDate(0, 0, -2))
	y3 := copyAt(t, s, "tramite.db.backup-2026-11-20", start.AddDate(0, 0, -3))
	today, err := s.AutoBackup(start, 3)
	mustDo(t, err)
	if today == "" {
		t.Fatal("today's copy was not written")
	}
	for _, keep := range []string{today, y1, y2} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s was deleted", filepath.Base(keep))
		}
	}
	if _, err := os.Stat(y3); err == nil {
		t.Errorf("%s, the fourth real copy, was kept", filepath.Base(y3))
	}
	if n := len(listDir(t, dir)); n != 1+3+3 {
		t.Errorf("the folder holds %v", listDir(t, dir))
	}
}

// TestRotationRanksByModificationTime: the copies kept are the newest by
// the time they were written, whatever their names say.
func TestRotationRanksByModificationTime(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, filepath.Join(dir, "tramite.db"))
	newer := copyAt(t, s, "tramite.db.backup-2026-11-01", start.AddDate(0, 0, -1))
	older := copyAt(t, s, "tramite.db.backup-2026-11-22", start.AddDate(0, -2, 0))
	_, err := s.AutoBackup(start, 2)
	mustDo(t, err)
	if _, err := os.Stat(newer); err != nil {
		t.Error("the copy written last was deleted for its name")
	}
	if _, err := os.Stat(older); err == nil {
		t.Error("the copy written first was kept for its name")
	}
}

// TestRotationNeverDeletesTheOnlyGoodCopy: a damaged or foreign file named
// like a copy is neither counted nor deleted, so the one sound copy stays.
func TestRotationNeverDeletesTheOnlyGoodCopy(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, filepath.Join(dir, "tramite.db"))
	good := copyAt(t, s, "tramite.db.backup-2026-11-20", start.AddDate(0, 0, -3))
	bad := filepath.Join(dir, "tramite.db.backup-2026-11-23") // today's name, cut short
	writeFile(t, bad, []byte("half a copy"))
	written, err := s.AutoBackup(start, 1)
	mustDo(t, err)
	if written != "" {
		t.Errorf("AutoBackup wrote %s over an existing name", written)
	}
	for _, p := range []string{good, bad} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was deleted", filepath.Base(p))
		}
	}
}

// TestAutoBackupCleansKilledBackups: the temporary copies of backups that
// were killed (full copies of personal data) go on the next AutoBackup;
// the user's own files stay.
func TestAutoBackupCleansKilledBackups(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, filepath.Join(dir, "tramite.db"))
	old := time.Now().Add(-3 * time.Hour)
	leftovers := []string{
		".tramite.db.backup-2026-11-22.tramite-tmp-123",
		".tramite-backup-2026-11-22.db.tramite-tmp-7",
		"tramite.db.backup-2026-11-21.tmp-456", // an earlier version's
	}
	for _, name := range append(leftovers, "notes.txt", "tramite.db.tmp-notdigits") {
		p := filepath.Join(dir, name)
		writeFile(t, p, []byte("personal data"))
		mustDo(t, os.Chtimes(p, old, old))
	}
	_, err := s.AutoBackup(start, 3)
	mustDo(t, err)
	got := listDir(t, dir)
	want := []string{"notes.txt", "tramite.db", "tramite.db.backup-2026-11-23", "tramite.db.tmp-notdigits"}
	if !slices.Equal(got, want) {
		t.Errorf("the folder holds %v, want %v", got, want)
	}
}

// TestAutoBackupFollowsALinkedDatabase: with the database reached through
// a symbolic link, the copies go beside the real file, not into the
// link's folder.
func TestAutoBackupFollowsALinkedDatabase(t *testing.T) {
	private := t.TempDir()
	public := t.TempDir()
	real := filepath.Join(private, "tramite.db")
	s := openTest(t, real)
	mustDo(t, s.Close())
	link := filepath.Join(public, "tramite.db")
	mustDo(t, os.Symlink(real, link))
	s = openTest(t, link)
	written, err := s.AutoBackup(start, 3)
	mustDo(t, err)
	if filepath.Dir(written) != private {
		t.Errorf("the copy went to %s, want beside the real file in %s", written, private)
	}
	if got := listDir(t, public); !slices.Equal(got, []string{"tramite.db"}) {
		t.Errorf("the link's folder holds %v", got)
	}
	if b, ok := NewestBackup(link); !ok || b.Path != written {
		t.Errorf("NewestBackup(link) = %v %v, want %s", b, ok, written)
	}
}
