package dateline_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearInferredNoFit: where no year's date fits the weekday a dateline
// without a year names ("Yom Kippur, Sunday": Yom Kippur never falls on
// one), the year-inferred info says the year taken is the nearest and
// none fits; it said the year's date fit the weekday beside the weekday
// error that it does not.
func TestYearInferredNoFit(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for in, fits := range map[string]bool{
		"Yom Kippur, Sunday": false,
		"Yom Kippur, Monday": true,
		"Monday, March 5":    true,
	} {
		rep := dateline.Check(in, ref)
		var info, weekday string
		for _, p := range rep.Problems {
			switch p.Code {
			case dateline.CodeYearInferred:
				info = p.Message
			case dateline.CodeWeekday:
				weekday = p.Message
			}
		}
		assert.Equal(t, !fits, weekday != "", "%s: %v", in, rep.Problems)
		assert.Equal(t, fits, strings.Contains(info, "fits the weekday") && !strings.Contains(info, "no year's"), "%s: %q", in, info)
	}
}
