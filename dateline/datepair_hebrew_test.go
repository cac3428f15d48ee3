package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestPairOfWholeDatesBeforeHebrewDate: a pair of whole dates joined by
// "&" or "and" (not a dash), the last followed by a Hebrew date with a
// day in digits, reads as the dashed pair does: "31 December & 1 January
// 30 Kislev 5766" was refused at the "&" (a fuzzed layout crossing a
// month did not read back). The days are hd's: 2005-12-31 is a Saturday,
// 30 Kislev 5766; 2006-01-01 a Sunday, 1 Tevet 5766.
func TestPairOfWholeDatesBeforeHebrewDate(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"31 December - 1 January 30 Kislev 5766", "2005-12-31", "30 Kislev 5766"},
		{"31 December & 1 January 30 Kislev 5766", "2005-12-31", "30 Kislev 5766"},
		{"31 December&1 January 30 Kislev 5766", "2005-12-31", "30 Kislev 5766"},
		{"31 December and 1 January 30 Kislev 5766", "2005-12-31", "30 Kislev 5766"},
		{"Saturday night & Sunday, 31 December & 1 January | 1 Tevet 5766", "2006-01-01", "1 Tevet 5766"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
	// A number after the pair that is no Hebrew date still ends nothing:
	// "2 people" is no day of Tevet.
	rep := dateline.Check("31 December and 1 January 2 people")
	assert.False(t, rep.OK())
}

// TestHebrewYearGluedToAdarQualifier: a Hebrew year glued to the Adar
// qualifier's geresh ("כ אדר א׳תשפ״ד") reads, and its layout writes a
// space between month and year, which any month but Adar's needs: it wrote
// "ב טבתתשס״ו", which does not read (FuzzParse). hd: 2024-02-29 is 20
// Adar I 5784, 2024-01-02 is 21 Tevet 5784.
func TestHebrewYearGluedToAdarQualifier(t *testing.T) {
	d, err := dateline.Parse("כ אדר א׳תשפ״ד")
	require.NoError(t, err)
	assert.Equal(t, "2024-02-29", d.Time.Format("2006-01-02"))
	l, err := dateline.LayoutOf("כ אדר א׳תשפ״ד")
	require.NoError(t, err)
	tevet := dateline.New(time.Date(2024, time.January, 2, 0, 0, 0, 0, time.UTC))
	s := tevet.Format(l.String())
	assert.Equal(t, "כא טבת תשפ״ד", s)
	back, err := dateline.Parse(s)
	require.NoError(t, err)
	assert.Equal(t, tevet.Hebrew, back.Hebrew)
}

// TestDottedAbbreviationKept: a month's abbreviation read with its point
// keeps it when its layout writes the month in a language whose
// abbreviation has none: "01 SET.2024" (Portuguese's set., or Italian's
// set with a point) wrote May as "01 MAG2024", which does not read
// (FuzzParse).
func TestDottedAbbreviationKept(t *testing.T) {
	l, err := dateline.LayoutOf("01 SET.2024")
	require.NoError(t, err)
	for _, day := range []time.Time{
		time.Date(2024, time.May, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.September, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC),
	} {
		s := dateline.New(day).Format(l.String())
		back, err := dateline.Parse(s)
		require.NoError(t, err, s)
		assert.Equal(t, day.Format("2006-01-02"), back.Time.Format("2006-01-02"), s)
	}
}

// TestBracketedZoneNoLayout: RFC 9557's zone name in brackets after an
// offset reads, but no layout writes it: a layout would write the name on
// every day beside the offset of the zone the day is written in,
// "2024-07-01T10:00:00-04:00[Asia/Jerusalem]" for New York.
func TestBracketedZoneNoLayout(t *testing.T) {
	const in = "2024-03-02T10:39:00+02:00[Asia/Jerusalem]"
	rep := dateline.Check(in)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Empty(t, rep.Layout)
	_, err := dateline.LayoutOf(in)
	require.ErrorIs(t, err, dateline.ErrLayout)
	_, err = dateline.Compile(in)
	require.ErrorIs(t, err, dateline.ErrLayout)
	l, err := dateline.LayoutOf("2024-03-02T10:39:00+02:00")
	require.NoError(t, err)
	assert.Equal(t, "2006-01-02T15:04:05-07:00", l.String())
}

// TestCountedWordsLayoutRefused: a layout whose words, in a language
// beyond English, count the day of its occasion is refused, as English's
// "Second day of Chanukah 5785" is: "второй день Хануки 5785" wrote
// "второй день Ханука: 3 Свечи 5785" for Chanukah's third day.
func TestCountedWordsLayoutRefused(t *testing.T) {
	for _, in := range []string{"второй день Хануки 5785", "deuxième jour de Roch Hachana 5785", "Second day of Chanukah 5785"} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Compile(in)
			require.ErrorIs(t, err, dateline.ErrLayout)
		})
	}
	for _, in := range []string{"Хануки 5785", "Chanukah 5785"} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Compile(in)
			require.NoError(t, err)
		})
	}
}

// TestDayWordBeforeHebrewMonth: Find warns of a Hebrew month read alone
// after a word that may name its day, which the reader does not read
// there: "den eersten Adar het jaar 5481. (1 Maart 1721)" was Adar 5481
// beside March 1, 1721 with nothing said, though 1 Adar 5481 is February
// 28, 1721 (hd: 1721-03-01 is 2 Adar 5481).
func TestDayWordBeforeHebrewMonth(t *testing.T) {
	for _, in := range []string{
		"Vrijdag den eersten Adar het jaar 5481. (1 Maart 1721)",
		"le premier Adar 5481 (1 mars 1721)",
		"den 1sten Adar 5481 (1 März 1721)",
		"am ersten Adar 5481 (1. März 1721)",
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in)
			require.Len(t, ms, 1)
			assert.Contains(t, severityCodesOf(ms[0].Problems, dateline.Warning), dateline.CodeDateAmbiguous)
		})
	}
	// A month with no word before it, or a day the reader reads.
	for _, in := range []string{"In Adar 5481 (1 March 1721) we met.", "the first of Adar 5481", "le 1er Adar 5481"} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in)
			require.Len(t, ms, 1)
			assert.Empty(t, severityCodesOf(ms[0].Problems, dateline.Warning))
		})
	}
}
