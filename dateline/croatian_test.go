package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCroatian: Croatian's names, from CLDR, as its pages write them: the
// genitive after a day with its dot ("15. studenoga 2023."), its -oga
// cut short ("studenog"), the nominative, a weekday in the accusative
// after "u" ("u srijedu"), "godine" after the year, and listopada, which is
// October here and November in Polish (see TestMonthNameOfTwoLanguages).
func TestCroatian(t *testing.T) {
	tests := []struct{ in, day string }{
		{"srijeda, 15. studenoga 2023.", "2023-11-15"},
		{"15. studenog 2023.", "2023-11-15"},
		{"Petak, 13. listopada 2023.", "2023-10-13"},
		{"u srijedu, 18. listopada 2023.", "2023-10-18"},
		{"nedjelja, 2. lipnja 2024. godine", "2024-06-02"},
		{"ponedjeljak, 1. siječnja 2024.", "2024-01-01"},
		{"4. prosinca 2023. u 18:00 sati", "2023-12-04"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
		})
	}
	// Prose with words like the names is no date.
	for _, s := range []string{"Srijeda je dan u tjednu.", "Studeni je hladan."} {
		assert.Empty(t, dateline.Find(s), s)
	}
}
