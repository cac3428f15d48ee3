package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewYearInEnglishWords: a Hebrew year in English words after a
// Hebrew month and "in the year", as the English of a ketubah and old
// records write it ("the thirteenth day of the month Ab, in the year five
// thousand six hundred and three from the foundation of the world", the
// Hobart Town synagogue's stone, 1843), is read: the date was refused as
// one whose year the reader did not read. Its tens take a hyphen or a
// space, "and" or not before them. Near misses: a year under three
// thousand is the civil year's count, refused as before (a day of Sivan
// of the year 2024 of the world is no date anyone means), and a civil year
// in words is not read; a number word left over after the year makes no
// year.
func TestHebrewYearInEnglishWords(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, heb string }{
		{"the thirteenth day of the month Ab, in the year five thousand six hundred and three", "1843-08-09", "13 Av 5603"},
		{"the fifth day of the month of Sivan, in the year five thousand seven hundred and eighty-four", "2024-06-11", "5 Sivan 5784"},
		{"the fifth day of the month of Sivan in the year five thousand seven hundred eighty four", "2024-06-11", "5 Sivan 5784"},
		{"15 Kislev in the year Five Thousand Seven Hundred Eighty-Five", "2024-12-16", "15 Kislev 5785"},
		{"the 14th of Nisan, the year five thousand seven hundred", "1940-04-22", "14 Nisan 5700"},
		{"1 Tishrei, in the year five thousand seven hundred and eighty-six", "2025-09-23", "1 Tishrei 5786"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, ref)
			require.NoError(t, err)
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, d.Hebrew.String())
		})
	}
	// In a sentence: the date and its year, up to the words after it.
	for _, tc := range []struct{ in, text, day, heb string }{
		{"On the fifth day of the week, the twenty-fifth day of the month of Kislev, in the year five thousand seven hundred and eighty-five since the creation of the world, here in Boston",
			"twenty-fifth day of the month of Kislev, in the year five thousand seven hundred and eighty-five", "2024-12-26", "25 Kislev 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	for _, in := range []string{
		"the 5th of Sivan, in the year two thousand and twenty-four",
		"the fifth day of Sivan in the year five thousand seven hundred and eighty-four four",
		"the fifth day of Sivan in the year five thousand seven hundred eighty-four-two",
		"5 Nisan, in the year one thousand nine hundred",
	} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Parse(in, ref)
			require.Error(t, err)
			assert.Empty(t, dateline.Find(in, ref), "no year read, and no other year given")
		})
	}
}

// TestEveOfTheOrdinalDay: "the eve of" or "the evening of" with "the"
// before a day named by its ordinal, in words or digits, and a month of
// either calendar ("On the eve of the fourteenth of Nissan i.e. after
// 8:34 PM", Dor Tikvah's Erev Pesach primer, incoming.tsv) reads as the
// same words before the digits alone do, in Check and in Find. Check read
// "the eve of the second of March, 2024" as the evening of March 2 itself,
// 23 Adar I 5784, where "the eve of March 2, 2024" is the evening of March
// 1, 22 Adar I, with nothing said, and refused "the eve of the 14th of
// Nisan 5784" at "the"; Find left the words out of all of them and gave
// the named day's own Hebrew date. Near misses: "the" and an ordinal day
// with no eve before them, and a day with no month, are as they were.
func TestEveOfTheOrdinalDay(t *testing.T) {
	ref := heldoutRef
	for _, tc := range []struct{ words, digits, day, heb string }{
		{"the eve of the second of March, 2024", "the eve of March 2, 2024", "2024-03-01", "22 Adar I 5784"},
		{"the eve of the 2nd of March, 2024", "the eve of March 2, 2024", "2024-03-01", "22 Adar I 5784"},
		{"On the eve of the fifth day of December, 2023", "On the eve of December 5, 2023", "2023-12-04", "22 Kislev 5784"},
		{"the evening of the 5th of December, 2023", "the evening of December 5, 2023", "2023-12-05", "23 Kislev 5784"},
		{"the evening of the 2 of March, 2024", "the evening of March 2, 2024", "2024-03-02", "23 Adar I 5784"},
		{"the eve of the 14th of Nisan 5784", "the eve of 14 Nisan 5784", "2024-04-21", "14 Nisan 5784"},
		{"the eve of the 14th day of Nisan 5784", "the eve of 14 Nisan 5784", "2024-04-21", "14 Nisan 5784"},
		{"the evening of the twenty-second of Adar I 5784", "the evening of 22 Adar I 5784", "2024-03-01", "22 Adar I 5784"},
	} {
		t.Run(tc.words, func(t *testing.T) {
			got, want := dateline.Check(tc.words, ref), dateline.Check(tc.digits, ref)
			require.NotEmpty(t, want.Dateline.Time, "the digits' reading")
			assert.Equal(t, tc.day, got.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, got.Dateline.Hebrew.String())
			assert.Equal(t, want.Dateline.Time.Format(time.DateOnly), got.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, want.Dateline.Hebrew, got.Dateline.Hebrew)
			assert.Equal(t, problemCodesOf(want), problemCodesOf(got))
			text := "They said: " + tc.words + " at the hall."
			ms := dateline.Find(text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, strings.TrimPrefix(tc.words, "On "), text[ms[0].Start:ms[0].End], "the eve's words are the match's")
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
			assert.Equal(t, problemCodesOf(want), codesOfMatch(ms[0]))
		})
	}
	// No eve before "the" and the day, or an occasion's day: as before.
	for _, tc := range []struct{ text, match, day, heb string }{
		{"We met on the second of March, 2024 at the hall.", "second of March, 2024", "2024-03-02", "22 Adar I 5784"},
		{"Since the 2nd of March, 2024 it rained.", "2nd of March, 2024", "2024-03-02", "22 Adar I 5784"},
		{"the theme of the 14th of Nisan 5784 talk", "14th of Nisan 5784", "2024-04-22", "14 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
		})
	}
	assert.False(t, dateline.Check("the eve of the 2nd", ref).OK(), "no month")
}

// codesOfMatch returns the codes of m's problems, in order.
func codesOfMatch(m dateline.Match) []dateline.Code {
	var codes []dateline.Code
	for _, p := range m.Problems {
		codes = append(codes, p.Code)
	}
	return codes
}

// TestEveOfTheCountedDay: English's eve of a day of an occasion counted
// from its first, with "the" before the counted day ("the eve of the
// seventh day of Passover 5784", "Eve of the 7th Day of Passover"), is
// the day before that day, as "Eve of 7th Day of Passover" (jbayarea.org,
// incoming.tsv) is read: Check refused it at "the", and Find read the
// counted day alone, a day late with nothing said. The eve of the first
// day is the occasion's Erev ("the eve of the first day of Passover 5784"
// is Erev Pesach, 14 Nisan), where Find read the first day itself, 15
// Nisan. Near misses: the counted day with no eve before it is that day.
func TestEveOfTheCountedDay(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"the eve of the seventh day of Passover 5784", "2024-04-28", "20 Nisan 5784"},
		{"Eve of the 7th Day of Passover 5784", "2024-04-28", "20 Nisan 5784"},
		{"Eve of 7th Day of Passover 5784", "2024-04-28", "20 Nisan 5784"},
		{"the eve of the eighth day of Chanukah 5785", "2025-01-01", "1 Tevet 5785"},
		{"the eve of the first day of Passover 5784", "2024-04-22", "14 Nisan 5784"},
		{"Eve of 1st Day of Passover 5784", "2024-04-22", "14 Nisan 5784"},
		{"the eve of the first day of Sukkot 5785", "2024-10-16", "14 Tishrei 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			text := "We ate on " + tc.in + "."
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Contains(t, text[ms[0].Start:ms[0].End], "ve of", "the eve's words are the match's")
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
		})
	}
	for _, tc := range []struct{ in, day, heb string }{
		{"We ate on the seventh day of Passover 5784.", "2024-04-29", "21 Nisan 5784"},
		{"We ate on the first day of Passover 5784.", "2024-04-23", "15 Nisan 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
		})
	}
}
