//go:build race

package tui

// slowdown stretches the waits of the test helpers under the race
// detector, which runs this package several times slower.
const slowdown = 4
