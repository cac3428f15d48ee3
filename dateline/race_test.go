//go:build race

package dateline_test

// raceEnabled is set under the race detector, which slows the exhaustive
// tests tenfold: they then sample the days instead.
const raceEnabled = true
