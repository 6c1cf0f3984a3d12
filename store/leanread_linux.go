//go:build linux

package store

import "syscall"

const canDropMapped = true

// dropMapped drops the resident pages of the shared, read-only file
// mapping at base (size bytes, inside the mapping): madvise(MADV_DONTNEED)
// unmaps them from the process; the next read maps them again from the
// page cache, or reads them from the file.
func dropMapped(base, size uintptr) {
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, base, size, syscall.MADV_DONTNEED)
}
