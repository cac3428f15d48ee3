package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestBracketDayUnread: an occasion's weekday with no month or year,
// followed by its day of the month in brackets that the match leaves out
// ("Rosh Hashaná começa nesta sexta-feira (15), e com ele o ano 5784"),
// read in a year whose weekday is another day of the month, is an error:
// on a reference of December 2026 it was Friday, September 11, 2026 (5787)
// with a warning at most, and the text's day is Friday, September 15,
// 2023, the eve of 5784. On a reference whose year fits the day in
// brackets, the date is read as before. Days verified with hd.
func TestBracketDayUnread(t *testing.T) {
	late := dateline.Reference(time.Date(2026, time.December, 7, 12, 0, 0, 0, time.UTC))
	page := dateline.Reference(time.Date(2023, time.September, 12, 12, 0, 0, 0, time.UTC))
	for _, text := range []string{
		"Rosh Hashaná começa nesta sexta-feira (15), e com ele o ano 5784",
		"Rosh Hashaná comienza este viernes (15), y con él el año 5784",
		"Rosh Hashanah begins this Friday (15), and with it the year 5784",
		"Rosh Hashaná começa nesta sexta-feira (15)",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, late)
			require.Len(t, ms, 1)
			assert.False(t, ms[0].OK(), "read as %s", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, severityCodes(ms[0], dateline.Error), dateline.CodeYearInferred)
			ms = dateline.Find(text, page)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, "2023-09-15", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "1 Tishrei 5784", ms[0].Dateline.Hebrew.String())
		})
	}
	// Near misses: the day in brackets is the day read; no day in
	// brackets; a monthless day the sentence's year places.
	for _, tc := range []struct{ text, day string }{
		{"Rosh Hashaná começa nesta sexta-feira (11)", "2026-09-11"},
		{"Rosh Hashaná começa nesta sexta-feira", "2026-09-11"},
		{"O ano que começa nesta sexta-feira (15) é o 5.784", "2023-09-15"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, late)
			require.Len(t, ms, 1)
			assert.Empty(t, severityCodes(ms[0], dateline.Error))
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}
