package store

import "syscall"

const canReleasePages = true

// releasePages unmaps n bytes of the mapped file from addr (whole pages)
// from this process: MADV_DONTNEED on a shared file mapping drops only
// this process's mapping of the pages, never their data. An error only
// leaves them mapped.
func releasePages(addr, n uintptr) {
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, addr, n, syscall.MADV_DONTNEED)
}
