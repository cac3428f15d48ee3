package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// adv50Ref is the reference of the review these tests come from:
// March 10, 2024 (30 Adar I 5784).
var adv50Ref = dateline.Reference(time.Date(2024, time.March, 10, 12, 0, 0, 0, time.UTC))

// TestWeekdayAbbreviationBeforeDeMonth: a weekday's abbreviation before
// a day whose month is named after "de" (Spanish, Portuguese, Catalan) is
// read in the month's language: "mar. 12 de noviembre de 2024" was read
// as March 12 (English's Mar), with November reported as "a month, not a
// day" and nothing worse said, or refused (an adversarial review's first
// finding). Each day is hd's (2024-11-12 is a Tuesday, 11 Cheshvan 5785;
// 2024-12-03 a Tuesday, 2 Kislev 5785; 2024-03-05 a Tuesday, 25 Adar I
// 5784; 2024-03-12 a Tuesday, 2 Adar II 5784).
func TestWeekdayAbbreviationBeforeDeMonth(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"mar. 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar., 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"MAR. 12 DE NOVIEMBRE DE 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar., 12 de nov. de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar., 5 de marzo de 2024", "2024-03-05", "25 Adar I 5784"},
		{"mar. 5 de marzo de 2024", "2024-03-05", "25 Adar I 5784"},
		{"ter., 5 de março de 2024", "2024-03-05", "25 Adar I 5784"},
		// Near misses, read as before: the abbreviation before a month
		// of its language without "de", and Mar that is the month.
		{"mar. 12 noiembrie 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar. 12 novembre 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar, 12 nov 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"Mar. 5, 2024", "2024-03-05", "25 Adar I 5784"},
		{"Mar 12 de 2024", "2024-03-12", "2 Adar II 5784"},
		{"mar. 12 de marzo de 2024", "2024-03-12", "2 Adar II 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { checkQuietDay(t, tc.in, tc.day, tc.heb) })
	}
	// The wrong weekday in the month's language is an error, not a pass.
	t.Run("mar. 13 de noviembre de 2024", func(t *testing.T) {
		rep := dateline.Check("mar. 13 de noviembre de 2024", adv50Ref)
		assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodesOf(rep.Problems, dateline.Error))
	})
	// Found in text, the weekday is the date's and the month its own.
	checkMatches(t, dateline.Reference(time.Date(2024, time.December, 1, 0, 0, 0, 0, time.UTC)), []struct{ text, match, day, heb string }{
		{"Publicado: mar. 12 de noviembre de 2024", "mar. 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar. 3 de diciembre de 2024", "mar. 3 de diciembre de 2024", "2024-12-03", "2 Kislev 5785"},
		{"El evento: mar 12 de noviembre de 2024", "mar 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
	})
}

// TestSpanishShortWidthWeekday: CLDR's short width of Spanish's weekdays
// (do., lu., ma., mi., ju., vi., sa.: the generated langWeekdaysMin), with
// a point or without, before a Spanish month is Spanish's: "do." was read
// as German's Do (Thursday) and "ma." as Dutch's ma (Monday), so that a
// wrong weekday passed and a right one was an error; and a layout learnt
// from another Spanish dateline read them so too (an adversarial review's
// fifth finding). The same words before their own languages' months stay
// German's and Dutch's (hd: 2024-03-04 ... 2024-03-10 are Monday ...
// Sunday, 24 ... 30 Adar I 5784).
func TestSpanishShortWidthWeekday(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"do., 10 de marzo de 2024", "2024-03-10", "30 Adar I 5784"},
		{"DO 10 de marzo de 2024", "2024-03-10", "30 Adar I 5784"},
		{"lu., 4 de marzo de 2024", "2024-03-04", "24 Adar I 5784"},
		{"ma., 5 de marzo de 2024", "2024-03-05", "25 Adar I 5784"},
		{"mi. 6 de marzo de 2024", "2024-03-06", "26 Adar I 5784"},
		{"ju., 7 de marzo de 2024", "2024-03-07", "27 Adar I 5784"},
		{"vi., 8 de marzo de 2024", "2024-03-08", "28 Adar I 5784"},
		{"sa., 9 de marzo de 2024", "2024-03-09", "29 Adar I 5784"},
		{"do., 10 de marzo de 2024", "2024-03-10", "30 Adar I 5784"}, // after a layout learnt
		// Near misses: German's and Dutch's before their months.
		{"Do., 7. März 2024", "2024-03-07", "27 Adar I 5784"},
		{"ma 4 maart 2024", "2024-03-04", "24 Adar I 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { checkQuietDay(t, tc.in, tc.day, tc.heb) })
	}
	// The wrong weekday is an error, not a pass, before and after a
	// layout learnt from a German dateline.
	for _, in := range []string{
		"do., 7 de marzo de 2024", "ma., 4 de marzo de 2024", "ma 4 de marzo de 2024",
		"lu., 5 de marzo de 2024", "ju. 8 de marzo de 2024", "do., 7 de marzo de 2024",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, adv50Ref)
			assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodesOf(rep.Problems, dateline.Error))
		})
	}
	checkMatches(t, adv50Ref, []struct{ text, match, day, heb string }{
		{"Misa: do., 10 de marzo de 2024", "do., 10 de marzo de 2024", "2024-03-10", "30 Adar I 5784"},
		{"Misa: ma., 5 de marzo de 2024", "ma., 5 de marzo de 2024", "2024-03-05", "25 Adar I 5784"},
		{"Misa: DO 10 de marzo de 2024", "DO 10 de marzo de 2024", "2024-03-10", "30 Adar I 5784"},
	})
}

// TestSpelledZoneOfAnAmbiguousAbbreviation: a zone's name spelled out,
// as Windows and browsers write it after a time, is the one zone it
// names, with no warning: "Israel Standard Time" was read through IST,
// with a warning that it names Israel's, India's and Ireland's, and
// "India Standard Time", "Irish Standard Time" and "Central European
// Standard Time" were refused (an adversarial review's ninth finding).
// IST alone still names three, and says so.
func TestSpelledZoneOfAnAmbiguousAbbreviation(t *testing.T) {
	for _, tc := range []struct{ in, utc string }{
		{"March 5, 2024 at 10:00:00 AM Israel Standard Time", "2024-03-05T08:00:00Z"},
		{"March 5, 2024 10:00 israel standard time", "2024-03-05T08:00:00Z"},
		{"March 5, 2024 at 10:00:00 AM India Standard Time", "2024-03-05T04:30:00Z"},
		{"March 5, 2024 at 10:00 AM Irish Standard Time", "2024-03-05T09:00:00Z"},
		{"March 5, 2024 at 10:00 AM Central European Standard Time", "2024-03-05T09:00:00Z"},
		// Near misses, as before.
		// (In its season: on March 5 Israel's clocks show standard
		// time, which TestZoneOffSeason warns of.)
		{"June 5, 2024 at 10:00 AM Israel Daylight Time", "2024-06-05T07:00:00Z"},
		{"March 5, 2024 at 10:00 AM Israel time", "2024-03-05T08:00:00Z"},
		{"March 5, 2024 at 10:00 AM Central European Time", "2024-03-05T09:00:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, adv50Ref, dateline.In(time.UTC))
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.utc, rep.Dateline.Time.UTC().Format(time.RFC3339))
		})
	}
	t.Run("March 5, 2024 at 10:00 AM IST", func(t *testing.T) {
		rep := dateline.Check("March 5, 2024 at 10:00 AM IST", adv50Ref, dateline.In(time.UTC))
		assert.Equal(t, []dateline.Code{dateline.CodeZoneAmbiguous}, severityCodesOf(rep.Problems, dateline.Warning))
		assert.Equal(t, "2024-03-05T08:00:00Z", rep.Dateline.Time.UTC().Format(time.RFC3339))
	})
}

// checkQuietDay checks that in reads, with no error or warning, as the
// civil day day and the Hebrew day heb.
func checkQuietDay(t *testing.T, in, day, heb string) {
	t.Helper()
	rep := dateline.Check(in, adv50Ref)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Empty(t, severityCodesOf(rep.Problems, dateline.Warning))
	assert.Equal(t, day, rep.Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, heb, rep.Dateline.Hebrew.String())
}
