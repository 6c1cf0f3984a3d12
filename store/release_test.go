package store

import (
	"testing"
	"unsafe"
)

// sawBytes releases once the 64 KB windows the rows read fall in add up
// to releaseBytes: a row in one of the last four windows counts nothing
// (two cursors merged go back and forth), a row across windows counts
// each, and a scan that goes back to a window left long ago counts it
// again.
func TestSawBytesReleasesByWindows(t *testing.T) {
	defer func(was int) { releaseBytes = was }(releaseBytes)
	releaseBytes = 4 * faultWindow
	buf := make([]byte, 64*faultWindow)
	// w is a slice of n bytes at byte off of window i of buf's windows.
	base := (uintptr(unsafe.Pointer(&buf[0])) + faultWindow - 1) / faultWindow * faultWindow
	first := int(base - uintptr(unsafe.Pointer(&buf[0])))
	w := func(i, off, n int) []byte { return buf[first+i*faultWindow+off:][:n] }
	for _, tc := range []struct {
		name     string
		rows     [][]byte
		releases int
	}{
		{"one window, many rows", [][]byte{w(0, 0, 10), w(0, 100, 10), w(0, 5000, 100), w(0, 60000, 10)}, 0},
		{"three windows", [][]byte{w(0, 0, 10), w(1, 0, 10), w(2, 0, 10)}, 0},
		{"four windows", [][]byte{w(0, 0, 10), w(1, 0, 10), w(2, 0, 10), w(3, 0, 10)}, 1},
		{"a row across two", [][]byte{w(0, 0, 10), w(1, faultWindow-5, 10), w(2, 100, 10), w(3, 0, 10)}, 1},
		{"back and forth", [][]byte{w(0, 0, 10), w(5, 0, 10), w(0, 20, 10), w(5, 20, 10), w(0, 30, 10), w(5, 30, 10)}, 0},
		{"back to a window left long ago", [][]byte{w(0, 0, 10), w(1, 0, 10), w(2, 0, 10), w(3, 0, 1), w(4, 0, 1), w(0, 20, 10), w(1, 20, 10), w(2, 20, 10)}, 2},
		{"eight windows", [][]byte{w(0, 0, 1), w(1, 0, 1), w(2, 0, 1), w(3, 0, 1), w(4, 0, 1), w(5, 0, 1), w(6, 0, 1), w(7, 0, 1)}, 2},
		{"a large value", [][]byte{w(0, 0, 5*faultWindow)}, 1},
		{"empty rows", [][]byte{nil, {}, nil}, 0},
	} {
		r := &pageReleaser{}
		for _, row := range tc.rows {
			r.sawBytes(row)
		}
		if r.releases != tc.releases {
			t.Errorf("%s: %d releases, want %d", tc.name, r.releases, tc.releases)
		}
	}
	var none *pageReleaser // where pages cannot be released
	none.sawBytes(w(0, 0, 10))
	none.release()
}
