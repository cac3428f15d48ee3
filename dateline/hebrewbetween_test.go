package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewBetweenNumericRange: Hebrew's "between" (בין) before a day or
// a day and month in numbers, and ל ("to", "and") before the whole
// numeric date that ends the range, read from the start, as "בין 7
// ל-15 בדצמבר 2023" with the month's name already was. "סגורים בין 5.4
// ל-7.4.2024" was found as its end, April 7, with nothing said (reported
// by round 48). Without בין, ל before a date is no range's; before a
// count it is prose.
func TestHebrewBetweenNumericRange(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct{ in, match, when string }{
		{"סגורים בין 5.4 ל-7.4.2024", "5.4 ל-7.4.2024", "2024-04-05"},
		{"בין 5 ל-7.4.2024", "5 ל-7.4.2024", "2024-04-05"},
		{"בין 5.4 ל7.4.2024", "5.4 ל7.4.2024", "2024-04-05"},
		{"בין 30.12 ל-2.1.2025", "30.12 ל-2.1.2025", "2024-12-30"},
		{"בין 5.4 ו-7.4.2024", "5.4 ו-7.4.2024", "2024-04-05"},
		{"ההרשמה ל-7.4.2024", "7.4.2024", "2024-04-07"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Contains(t, tc.in[ms[0].Start:ms[0].End], tc.match)
			assert.Equal(t, tc.when, ms[0].Report.Dateline.Time.Format("2006-01-02"))
		})
	}
	assert.Empty(t, dateline.Find("בין 5 ל-10 ילדים בכל כיתה", ref))
}
