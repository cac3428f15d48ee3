package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestNextLineIsItsOwn: a year or a word for the evening that opens the
// next line of text is that line's, not the date's that ends the line
// before: a table's rows, one a line, were read with the next row's year
// ("… nightfall, 5 April" before "2021 date | …" was April 4, 2021, with
// nothing said) or its sunset (the next row then read from its day on,
// with the civil day's Hebrew date). A year alone on the next line, or
// before punctuation, is still the date's, wrapped.
func TestNextLineIsItsOwn(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	rows := "2020 date | Sunset, 4 April – nightfall, 5 April\n2021 date | Sunset, 27 March – nightfall, 28 March\n"
	ms := dateline.Find(rows, ref)
	require.Len(t, ms, 2)
	assert.Equal(t, "2020-04-04", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, "2021-03-27", ms[1].Dateline.Time.Format(time.DateOnly))

	rows = "Sunset, 4 April 2020 – nightfall, 5 April 2020\nSunset, 27 March 2021 – nightfall, 28 March 2021\n"
	ms = dateline.Find(rows, ref)
	require.Len(t, ms, 2)
	assert.Equal(t, "11 Nisan 5780", ms[0].Dateline.Hebrew.String())
	assert.Equal(t, "15 Nisan 5781", ms[1].Dateline.Hebrew.String())

	checkFoundDays(t, ref, []struct{ text, want string }{
		{"We met on 5 April\n2022.", "2022-04-05"},
		{"We met on 5 April\n2022", "2022-04-05"},
		{"We met on April 5,\n2022, in Leeds", "2022-04-05"},
	})
	m := oneMatch(t, "We met on 5 April\n2022 was a good year", ref)
	assert.Equal(t, "2027-04-05", m.Dateline.Time.Format(time.DateOnly))
}
