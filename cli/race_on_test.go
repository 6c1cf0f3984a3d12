//go:build race

package cli

// raceDetector is true under the race detector, which runs this package
// several times slower: the widest end-to-end sweeps take one day of
// their dates there (the plain run takes them all).
const raceDetector = true
