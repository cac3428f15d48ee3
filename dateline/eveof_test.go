package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// eveRef is the reference day of these tests: every text names its year.
var eveRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// findAgreesWithCheck checks that Find reads text as one match that
// starts with the words want starts with, with Check's day, Hebrew date
// and problems for the match's text, and returns the match.
func findAgreesWithCheck(t *testing.T, text, want string) dateline.Match {
	t.Helper()
	m := oneMatch(t, text, eveRef)
	require.Equal(t, want, m.Input, "the match's text")
	rep := dateline.Check(m.Input, eveRef)
	assert.Equal(t, rep.Dateline.Time.Format(time.DateOnly), m.Dateline.Time.Format(time.DateOnly), "the day")
	assert.Equal(t, rep.Dateline.Hebrew, m.Dateline.Hebrew, "the Hebrew date")
	assert.Equal(t, problemCodesOf(rep), problemCodesOf(m.Report), "the problems")
	return m
}

// TestEveOfHebrewDayFind: the words for the evening before a Hebrew date
// in free text, "on the eve of 14 Nisan 5784", "la noche del 14 de Nisan
// de 5784". Find left English's "the eve of" out of its match and read the
// day of 14 Nisan, Monday, April 22, 2024, where Check reads the words as
// the evening that begins it, Sunday, April 21, with a warning that they
// may name the one that ends it. Where Find took the words in (the other
// languages' and "the evening of"), it marked them an evening before its
// reading, so that Check's reading skipped them and the warning was lost.
// Find now takes "the eve of" in, and every such match has Check's day,
// Hebrew date and warning.
func TestEveOfHebrewDayFind(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		// 14 Nisan 5784 is Monday, April 22, 2024; its evening begins on
		// April 21.
		{"The seder is on the eve of 14 Nisan 5784.", "the eve of 14 Nisan 5784", "2024-04-21", "14 Nisan 5784"},
		{"We fast from the eve of 9 Av 5784 on.", "the eve of 9 Av 5784", "2024-08-12", "9 Av 5784"},
		{"The year begins on the eve of 1 Tishrei 5785, we said", "the eve of 1 Tishrei 5785", "2024-10-02", "1 Tishrei 5785"},
		{"Service on the evening of 14 Nisan 5784 at the shul", "the evening of 14 Nisan 5784", "2024-04-21", "14 Nisan 5784"},
		{"La fiesta empieza la noche del 14 de Nisan de 5784.", "la noche del 14 de Nisan de 5784", "2024-04-21", "14 Nisan 5784"},
		{"Das Fest beginnt am Abend des 14. Nisan 5784.", "am Abend des 14. Nisan 5784", "2024-04-21", "14 Nisan 5784"},
		{"La fête commence au soir du 14 Nisan 5784.", "au soir du 14 Nisan 5784", "2024-04-21", "14 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findAgreesWithCheck(t, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Contains(t, problemCodesOf(m.Report), dateline.CodeDateAmbiguous, "the evening that begins it or the one that ends it")
		})
	}
	// Near misses: an eve that is a day's name, an occasion's Erev, and
	// "eve" inside another word stay as they were.
	for _, tc := range []struct{ text, match, day, heb string }{
		{"Christmas Eve, December 24, 2023, was cold", "December 24, 2023", "2023-12-24", "12 Tevet 5784"},
		{"New Year's Eve, December 31, 2023, again", "December 31, 2023", "2023-12-31", "19 Tevet 5784"},
		{"On the eve of Purim 5784 we read", "eve of Purim 5784", "2024-03-23", "13 Adar II 5784"},
		{"the sleeve of 14 Nisan 5784 is torn", "14 Nisan 5784", "2024-04-22", "14 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, eveRef)
			assert.Equal(t, tc.match, m.Input)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
}

// TestEveOfBareLead: "Eve of" at a dateline's start, without "the", as a
// heading or a table's cell writes it: "Eve of 14 Nisan 5784" was a
// syntax error at "Eve", where "the eve of 14 Nisan 5784" is the evening
// that begins 14 Nisan, with a warning. It now reads as that. An
// occasion's eve and the eve of a counted day stay the occasion's Erev.
func TestEveOfBareLead(t *testing.T) {
	for _, tc := range []struct{ bare, the string }{
		{"Eve of 14 Nisan 5784", "the eve of 14 Nisan 5784"},
		{"eve of 9 Av 5784", "the eve of 9 Av 5784"},
		{"EVE OF 1 Tishrei 5785", "the eve of 1 Tishrei 5785"},
		{"Eve of 22 Adar I 5784", "the eve of 22 Adar I 5784"},
	} {
		t.Run(tc.bare, func(t *testing.T) {
			got, want := dateline.Check(tc.bare, eveRef), dateline.Check(tc.the, eveRef)
			require.True(t, want.OK(), "%v", want.Problems)
			assert.True(t, got.OK(), "%v", got.Problems)
			assert.Equal(t, want.Dateline.Time.Format(time.DateOnly), got.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, want.Dateline.Hebrew, got.Dateline.Hebrew)
			assert.Equal(t, problemCodesOf(want), problemCodesOf(got))
		})
	}
	rep := dateline.Check("Eve of 14 Nisan 5784", eveRef)
	assert.Equal(t, "2024-04-21", rep.Dateline.Time.Format(time.DateOnly), "the evening that begins 14 Nisan")
	for _, tc := range []struct{ text, day, heb string }{
		{"Eve of Yom Kippur 5785", "2024-10-11", "9 Tishrei 5785"},
		{"Eve of 7th Day of Passover, Sunday, April 16, 2017", "2017-04-16", "20 Nisan 5777"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, eveRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
}

// TestEveOfCivilDay: English's "the eve of" before a civil date is the
// evening before that day, as "the eve of 14 Nisan" is the evening that
// begins 14 Nisan and "Erev Pesach" the day before Pesach: "the eve of
// March 2, 2024" is Friday, March 1's evening, whose Hebrew date is March
// 2's, 22 Adar I 5784. Check read it as the evening of March 2 itself, 23
// Adar I, and Find as March 2's day, 22 Adar I, leaving the words out.
// Both now read the evening before, and its layout writes the text again.
// A civil date after a Hebrew one ("the eve of 14 Nisan 5784 (April 21,
// 2024)") is the evening's own, and "the evening of" names its own day.
func TestEveOfCivilDay(t *testing.T) {
	for _, tc := range []struct{ text, day, heb, same string }{
		{"the eve of March 2, 2024", "2024-03-01", "22 Adar I 5784", "the evening of March 1, 2024"},
		{"Eve of January 1, 2025", "2024-12-31", "1 Tevet 5785", "the evening of December 31, 2024"},
		{"the eve of Saturday, March 2, 2024", "2024-03-01", "22 Adar I 5784", "Friday evening, March 1, 2024"},
		{"the eve of April 22, 2024 (14 Nisan 5784)", "2024-04-21", "14 Nisan 5784", "the evening of April 21, 2024 (14 Nisan 5784)"},
		{"the eve of March 2, 2024 | 22 Adar I 5784", "2024-03-01", "22 Adar I 5784", "the evening of March 1, 2024 | 22 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, eveRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			same := dateline.Check(tc.same, eveRef)
			assert.Equal(t, same.Dateline, rep.Dateline, "as %q", tc.same)
			m := findAgreesWithCheck(t, "Talks resumed "+tc.text+" in Paris", tc.text)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			l, err := dateline.LayoutOf(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.text, l.Format(rep.Dateline.Time, rep.Dateline.Hebrew), "its layout writes it again")
		})
	}
	rep := dateline.Check("the eve of Sunday, March 2, 2024", eveRef)
	assert.Contains(t, problemCodesOf(rep), dateline.CodeWeekday, "March 2, 2024 is a Saturday")
	// Near misses: the evening's own day, and a civil date after a
	// Hebrew one, stay as they were.
	for _, tc := range []struct{ text, day, heb string }{
		{"the evening of March 2, 2024", "2024-03-02", "23 Adar I 5784"},
		{"the eve of 14 Nisan 5784 (April 21, 2024)", "2024-04-21", "14 Nisan 5784"},
		{"Christmas Eve, December 24, 2023", "2023-12-24", "12 Tevet 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, "Then "+tc.text+" came", eveRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
}

// TestEveOfRangeRefused: "the eve of" before a range or list of days
// names no one evening, and is an error: "the eve of March 2-3, 2024" was
// read as the evenings of March 2 and 3 with nothing said, where "the eve
// of March 2" is March 1's. "The evening of March 2-3" and the eve of one
// day are read as before.
func TestEveOfRangeRefused(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, text := range []string{"the eve of March 2-3, 2024", "Eve of March 2 and 3, 2024", "on the eve of Saturday-Sunday, March 2-3, 2024"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.False(t, rep.OK())
			assert.True(t, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Error), "%v", rep.Problems)
			assert.Empty(t, rep.Also)
		})
	}
	ms := dateline.Find("We meet on the eve of March 2-3, 2024 here.", ref)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK())
	}
	for text, want := range map[string]string{"the evening of March 2-3, 2024": "2024-03-02", "the eve of March 2, 2024": "2024-03-01"} {
		rep := dateline.Check(text, ref)
		assert.True(t, rep.OK(), "%s: %v", text, rep.Problems)
		assert.Equal(t, want, rep.Dateline.Time.Format(time.DateOnly), text)
	}
}
