package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionErrorNamesTextsYear: the error for an occasion beside a
// Hebrew date that is not its day names the occasion in the year the
// text gives: "Shushan Purim Katan, 15 Adar 5785" said Shushan Purim
// Katan 5784 was February 24, 2024, where 5785, a common year, has none
// (found by an adversarial review).
func TestOccasionErrorNamesTextsYear(t *testing.T) {
	for s, want := range map[string]string{
		"Shushan Purim Katan, 15 Adar 5785": "15 Adar 5785 is not Shushan Purim Katan: there is no Shushan Purim Katan in 5785",
		"Purim Katan, 14 Adar 5785":         "14 Adar 5785 is not Purim Katan: there is no Purim Katan in 5785",
		"Purim, 13 Adar II 5784":            "Purim 5784 is 14 Adar II 5784 (March 24, 2024), not 13 Adar II 5784",
		"Chanukah, 20 Kislev 5785":          "Chanukah 5785 is 25 Kislev 5785 (December 26, 2024), not 20 Kislev 5785",
	} {
		t.Run(s, func(t *testing.T) {
			r := dateline.Check(s)
			require.False(t, r.OK())
			var msgs []string
			for _, p := range r.Problems {
				if p.Severity == dateline.Error {
					msgs = append(msgs, p.Message)
				}
			}
			assert.Equal(t, []string{want}, msgs)
		})
	}
}
