package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGermanTimeSpanPhrase: German's "in der Zeit von" (in the time
// from), "in der Zeit zwischen" and "im Zeitraum von" before the span of
// hours after a date, as "zwischen" is read: the span's start is the
// dateline's time. The day was read without it, with nothing said. Other
// words after "in der Zeit" stay unread.
func TestGermanTimeSpanPhrase(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2021-11-05 is Friday, 1 Kislev 5782.
	for _, tc := range []struct{ in, clock string }{
		{"Freitag, 5. November 2021, in der Zeit von 17:00 bis 19:00 Uhr", "17:00"},
		{"Freitag, 5. November 2021, in der Zeit zwischen 17:30 und 19:00 Uhr", "17:30"},
		{"Freitag, 5. November 2021 im Zeitraum von 10:00 bis 12:00 Uhr", "10:00"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2021-11-05 "+tc.clock, rep.Dateline.Time.Format("2006-01-02 15:04"))
			assert.Equal(t, "1 Kislev 5782", rep.Dateline.Hebrew.String())
			ms := dateline.Find("am "+tc.in+" |", ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, ms[0].Input)
			assert.Equal(t, "2021-11-05 "+tc.clock, ms[0].Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	ms := dateline.Find("Freitag, 5. November 2021, in der Zeit des Lockdowns", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "Freitag, 5. November 2021", ms[0].Input)
	assert.False(t, ms[0].Dateline.HasTime)
}
