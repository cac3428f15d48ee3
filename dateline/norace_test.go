//go:build !race

package dateline_test

const raceEnabled = false
