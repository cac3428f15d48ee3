package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestLetterDayRoundTrip: every day of a leap year, written in a layout
// that names days by their letters, reads back as that day.
func TestLetterDayRoundTrip(t *testing.T) {
	for _, example := range []string{
		"Beis Teves 5766", "Bet Tevet 5766", "Yud-Tes Kislev 5785", "YUD-ALEPH NISSAN 5732",
		"Thursday, Hey Teves 5766", "בי״ת טבת תשס״ו", "Chai Elul 5784", "יוד שבט תשפ״ה",
	} {
		t.Run(example, func(t *testing.T) {
			l, err := dateline.LayoutOf(example)
			require.NoError(t, err)
			first, err := hebrew.NewDate(5784, hebrew.Tishrei, 1)
			require.NoError(t, err)
			for d := first; d.Year == 5784; d = d.AddDays(1) {
				y, m, day := d.Gregorian()
				text := l.Format(time.Date(y, m, day, 0, 0, 0, 0, time.UTC), d)
				back, err := dateline.Parse(text)
				require.NoError(t, err, "%v written %q", d, text)
				assert.Equal(t, d, back.Hebrew, "%q", text)
			}
		})
	}
}

func TestCheckLetterDays(t *testing.T) {
	tests := []struct {
		in, hebrew, day string
	}{
		{"Gimmel Tammuz 5754", "3 Tammuz 5754", "1994-06-12"},
		{"YUD-ALEPH NISSAN 5732", "11 Nisan 5732", "1972-03-26"},
		{"Yud Shevat 5711", "10 Shevat 5711", "1951-01-17"},
		{"Sunday, Yud Tes Kislev 5785", "19 Kislev 5785", "2024-12-20"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
		})
	}
	// The weekday is checked: 19 Kislev 5785 is a Friday.
	rep := dateline.Check("Sunday, Yud Tes Kislev 5785")
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
}
