package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSharedCut: a month's abbreviation that two languages give two
// months is read as a whole name of the kind is (listopada): by the
// dateline's other words, or the custom of the day before it, and
// otherwise with a warning that it is ambiguous. CLDR's Croatian medium
// dates, "7. lip 2001." (June), "22. srp 2023." (July), "13. lis 2014."
// (October), were read as Polish's July and November and Czech's August
// with nothing said.
func TestSharedCut(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in, when  string
		ambiguous bool
	}{
		// The day's dot is Croatian's (and Czech's), none Polish's.
		{"7. lip 2001.", "2001-06-07", false},
		{"7. lip 2001", "2001-06-07", false},
		{"7 lip 2001", "2001-07-07", false},
		{"13 lis 2014", "2014-11-13", false},
		// A weekday's name says which language.
		{"ponedjeljak, 13. lis 2014.", "2014-10-13", false},
		{"czwartek, 13 lis 2014", "2014-11-13", false},
		{"petak, 7. lip 2024.", "2024-06-07", false},
		// Czech and Croatian both write the day's dot: "lis" is Czech's
		// November and Croatian's October, "srp" Czech's August and
		// Croatian's July.
		{"13. lis 2014.", "2014-11-13", true},
		{"22. srp 2023.", "2023-08-22", true},
		{"22 srp 2023", "2023-08-22", true},
		// Names no other language gives another month are as they were.
		{"17 Mar 2024", "2024-03-17", false},
		{"19. sij 2023.", "2023-01-19", false},
		{"3. kol 2029.", "2029-08-03", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.NotZero(t, rep.Dateline.Time, "%v", rep.Problems)
			assert.Equal(t, tc.when, rep.Dateline.Time.Format("2006-01-02"))
			ambiguous := false
			for _, p := range rep.Problems {
				ambiguous = ambiguous || p.Code == dateline.CodeDateAmbiguous
			}
			assert.Equal(t, tc.ambiguous, ambiguous, "%v", rep.Problems)
		})
	}
}
