package dateline_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestRefusedDatelineNoAlso: a dateline refused with an error names no
// other day. "4, 11 und 31.4.2024" reported that April has 30 days and
// still gave other days beside April 4 in Report.Also, the command's
// text and its JSON; a range whose start's weekday is wrong ("Sun 3/4 - 4/5/2024") gave
// its end. Check and Find now leave Also nil for a report that is not
// OK. The near misses, the same lists and ranges written right, keep
// their days: April 4, 11 and 18, 2024 are Thursdays (25 Adar II, 3 and
// 10 Nisan 5784); March 4 and 11, 2024 Mondays (24 Adar I, 1 Adar II).
func TestRefusedDatelineNoAlso(t *testing.T) {
	for _, text := range []string{
		"4, 11 und 31.4.2024",
		"4., 11. und 31.4.2024",
		"4, 11 and 31 April 2024",
		"4, 11 et 31 avril 2024",
		"4, 11 y 31 de abril de 2024",
		"ב-4, 11 ו-31.4.2024",
		"Sun 3/4 - 4/5/2024",
		"Tuesday, March 4 and 11, 2024",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, numListRef)
			require.False(t, rep.OK(), "%v", rep.Problems)
			assert.Nil(t, rep.Also)
			b, err := json.Marshal(rep)
			require.NoError(t, err)
			assert.NotContains(t, string(b), `"also"`)
			ms := dateline.Find("Termine: "+text+".", numListRef)
			require.NotEmpty(t, ms)
			for _, m := range ms {
				if !m.OK() {
					assert.Nil(t, m.Also, m.Input)
				}
			}
		})
	}
	for _, tc := range []struct {
		text string
		days []string
	}{
		{"4, 11 und 18.4.2024", []string{"2024-04-04", "2024-04-11", "2024-04-18"}},
		{"4, 11 and 18 April 2024", []string{"2024-04-04", "2024-04-11", "2024-04-18"}},
		{"ב-4, 11 ו-18.4.2024", []string{"2024-04-04", "2024-04-11", "2024-04-18"}},
		{"Monday, March 4 and 11, 2024", []string{"2024-03-04", "2024-03-11"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, numListRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.days, listDays(rep))
		})
	}
}
