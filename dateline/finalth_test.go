package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// TestFinalThMonth: a Hebrew month whose name ends in t, written with th
// as older and French transliterations write the final ת, is read by
// Find and Check alike: "En 1951, le 10 Chevath 5711" (Chabad Perpignan)
// was no date in running text.
func TestFinalThMonth(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"En 1951, le 10 Chevath 5711, naquit", "1951-01-17", "10 Shevat 5711"},
		{"He was born on Shevath 10, 5711.", "1951-01-17", "10 Shevat 5711"},
		{"Wednesday, 10 Shevath 5711", "1951-01-17", "10 Shevat 5711"},
		{"on the 10th of Teveth 5711", "1950-12-19", "10 Tevet 5711"},
	})
}
