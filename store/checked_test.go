package store

import (
	"os"
	"testing"
	"time"
)

// A large file is checked again whenever it changed since tramite closed
// it, and skipped when it did not; a small one is always checked and gets
// no stamp.
func TestFullCheckFollowsTheStamp(t *testing.T) {
	small := dbPath(t)
	s := openTest(t, small)
	mustDo(t, s.Close())
	if _, err := os.Stat(stampPath(small)); err == nil || !needsFullCheck(small) {
		t.Errorf("a small file got a stamp, or skips its check")
	}

	big := dbPath(t)
	s = openTest(t, big)
	mustDo(t, s.Close())
	// Grow it past the threshold as bbolt would (a larger file), then
	// close it through the store so the stamp is written.
	mustDo(t, os.Truncate(big, checkAlwaysBelow+4096))
	writeStamp(big)
	if needsFullCheck(big) {
		t.Fatal("an unchanged large file is checked again")
	}
	later := time.Now().Add(2 * time.Second)
	mustDo(t, os.Chtimes(big, later, later))
	if !needsFullCheck(big) {
		t.Error("a large file changed after tramite closed it skips the check")
	}
	writeStamp(big)
	f, err := os.OpenFile(big, os.O_WRONLY|os.O_APPEND, 0)
	mustDo(t, err)
	f.Write(make([]byte, 4096))
	f.Close()
	if !needsFullCheck(big) {
		t.Error("a large file grown by another program skips the check")
	}
}

// Closing a read-write Store records the stamp, though its handle was
// closed between operations (a store is shared once Open returns): the
// next open of an unchanged large file skips the full check. A file
// written by someone else after the Store's last operation gets no stamp.
func TestCloseStampsTheFileItLeft(t *testing.T) {
	big := dbPath(t)
	s := openTest(t, big)
	mustDo(t, s.Close())
	mustDo(t, os.Truncate(big, checkAlwaysBelow+4096))

	s = openTest(t, big)
	p := Person{Name: "Ana"}
	mustDo(t, s.SavePerson(&p))
	mustDo(t, s.Close())
	if needsFullCheck(big) {
		t.Fatal("after a read-write Store closed it, an unchanged large file is checked again at the next open")
	}

	s = openTest(t, big)
	mustDo(t, s.SavePerson(&Person{Name: "Luis"}))
	later := time.Now().Add(2 * time.Second)
	mustDo(t, os.Chtimes(big, later, later)) // another program's write
	mustDo(t, s.Close())
	if !needsFullCheck(big) {
		t.Error("a file written after the Store's last operation was stamped as checked")
	}
}
