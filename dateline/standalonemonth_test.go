package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// TestLayoutInLangMonthAlone: a layout's month named alone, with no day,
// is written in a language by its stand-alone name, the nominative: "January
// 2006" in Russian wrote "марта 2024", a date's genitive, which no page
// prints for a month alone. A month with its day keeps the date's case.
func TestLayoutInLangMonthAlone(t *testing.T) {
	d := dateline.New(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for lang, want := range map[format.Lang]string{
		format.Russian: "март 2024", format.Polish: "marzec 2024", format.Ukrainian: "березень 2024", format.French: "mars 2024",
	} {
		l, err := dateline.Compile("January 2006")
		require.NoError(t, err)
		assert.Equal(t, want, d.Format(l.In(lang).String()), lang)
	}
	l, err := dateline.Compile("2 January 2006")
	require.NoError(t, err)
	assert.Equal(t, "2 марта 2024", d.Format(l.In(format.Russian).String()))
}

// TestWeekdayOfPortion: a weekday said "of" a weekly portion names the
// day of the portion's week, as Hebrew's "יום ג׳ פרשת כי תשא" does:
// "Tuesday of Parashat Ki Tisa 5784" was a weekday error on the
// Shabbat. A weekday beside the portion with a comma stays one.
func TestWeekdayOfPortion(t *testing.T) {
	rep := dateline.Check("Tuesday of Parashat Ki Tisa 5784", heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-02-27", rep.Dateline.Time.Format("2006-01-02"))
	assert.False(t, dateline.Check("Tuesday, Parashat Ki Tisa 5784", heldoutRef).OK())
}
