//go:build race

package layout_test

// raceEnabled is set under the race detector, which slows the exhaustive
// tests some tenfold: they read fewer days.
const raceEnabled = true
