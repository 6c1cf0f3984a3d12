//go:build !race

package tui

// slowdown stretches the waits of the test helpers (see race_on_test.go).
const slowdown = 1
