package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestCheckOrderFree: what Check says of a text does not hang on what it
// read before. "10 Shvat 5510 (3950)" was a syntax error read first, and
// a calendar error after "10 Shvat 5510 (1950)", whose layout, kept to
// read the next text faster, read any four digits as the civil year
// where Check reads one beside a Hebrew year only from 1000 to 2999
// (found by the 307th held-out round).
func TestCheckOrderFree(t *testing.T) {
	for _, pair := range [][2]string{
		{"10 Shvat 5510 (1950)", "10 Shvat 5510 (3950)"},
		{"10 Shvat 5510 (1950)", "10 Shvat 5510 (0950)"},
		{"11 Nissan 5662/1905", "11 Nissan 5662/3905"},
	} {
		t.Run(pair[1], func(t *testing.T) {
			alone := dateline.Check(pair[1])
			dateline.Check(pair[0])
			after := dateline.Check(pair[1])
			assert.Equal(t, alone.Problems, after.Problems)
			assert.Equal(t, alone.Layout, after.Layout)
			// A year outside the civil calendar's is not read as one.
			if assert.NotEmpty(t, after.Problems) {
				assert.Equal(t, dateline.CodeSyntax, after.Problems[0].Code, "%v", after.Problems)
			}
		})
	}
}
