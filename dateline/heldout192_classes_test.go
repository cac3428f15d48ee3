package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout192OldStyleBracketAfterYear: a bracket with the Old Style
// day after a whole New Style date, its marker after the day ("April 19,
// 1903 (April 6 Old Style)", "(April 6, O.S.)", "(April 6 according to
// the Julian calendar)"), is the dual date's Julian half, read to the
// bracket's end. It was no dateline, and Find, taking "Old Style" for a
// place's words after an unmarked bracket, added the bracket's month
// after its day and matched a span shorter than its fields: a panic.
// The marker may say the calendar was the one in use, and where: "April
// 19 (April 6 according to the Julian calendar then in use in the Russian
// empire)" (a page on the Kishinev pogrom, 167.114.64.38:8082, the
// hundred-and-ninety-second held-out round, incoming line 2734) was two
// datelines. A day that is not the New Style day's Julian date is still
// an error, and a place followed by more words is left out.
func TestHeldout192OldStyleBracketAfterYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"April 19, 1903 (April 6 Old Style)", "1903-04-19"},
		{"April 19, 1903 (April 6, O.S.)", "1903-04-19"},
		{"19 April 1903 (6 April O.S.)", "1903-04-19"},
		{"April 19, 1903 (April 6 according to the Julian calendar)", "1903-04-19"},
		{"April 19, 1903 (April 6 according to the Julian calendar then in use in the Russian empire)", "1903-04-19"},
		{"April 19 (April 6 according to the Julian calendar then in use in Russia) 1903", "1903-04-19"},
		{"March 8, 1917 (February 23 according to the Julian calendar then in use)", "1917-03-08"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"The pogrom began on April 19, 1903 (April 6 according to the Julian calendar then in use in the Russian empire) after congregations were dismissed.",
			"April 19, 1903 (April 6 according to the Julian calendar then in use in the Russian empire)", "1903-04-19", "22 Nisan 5663"},
		{"born on 11 October 1542, according to the Julian calendar then in use in Italy.",
			"11 October 1542, according to the Julian calendar then in use in Italy", "1542-10-21", "1 Cheshvan 5303"},
	})
	// The whole text of the round's row: one dateline, in the year the
	// reference gives.
	ms := dateline.Find("The pogrom began on April 19 (April 6 according to the Julian calendar then in use in the Russian empire) after congregations were dismissed from church services on Easter Sunday.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "04-19", ms[0].Dateline.Time.Format("01-02"))
	// Not the Julian date of the day before the bracket: an error.
	rep := dateline.Check("April 19, 1903 (April 5 Old Style)", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	// A place with more words after it is no part of the marker.
	text := "born on 11 October 1542, according to the Julian calendar then in use in Italy for the council"
	m := oneMatch(t, text, heldoutRef)
	assert.Equal(t, "11 October 1542, according to the Julian calendar then in use", text[m.Start:m.End])
	// Every match's fields inside its span (the panic).
	for _, text := range []string{"April 19, 1903 (April 6 Old Style)", "April 19, 1903 (April 6 in Russia)", "April 19, 1903 (April 6 according to the Julian calendar then in use"} {
		t.Run(text, func(t *testing.T) {
			assert.NotPanics(t, func() { dateline.Find(text, heldoutRef) })
		})
	}
}

// TestHeldout192OccasionOfYear: an occasion's name, English's "of" (or
// the Romance languages' "de") and a civil year name the occasion's day
// of that year, as "Rosh Hashanah of 5784" named it of a Hebrew year:
// "On Purim of 1996, my father Leo Israel Samuel died as I was reading
// the Megillah" (Rabbi Michael Samuel's blog, rabbimichaelsamuel.com,
// the hundred-and-ninety-second held-out round, incoming line 2732) was
// no date. A Hebrew date beside it is checked against the year; "of"
// before anything but a year of four digits reads nothing.
func TestHeldout192OccasionOfYear(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Purim of 1996", "1996-03-05", "14 Adar 5756"},
		{"Passover of 2019", "2019-04-20", "15 Nisan 5779"},
		{"Yom Kippur of 1973", "1973-10-06", "10 Tishrei 5734"},
		{"Chanukah of 2023", "2023-12-08", "25 Kislev 5784"},
		{"Pesaj de 2019", "2019-04-20", "15 Nisan 5779"},
		{"Purim of 1996, 14 Adar 5756", "1996-03-05", "14 Adar 5756"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"On Purim of 1996, my father Leo Israel Samuel died as I was reading the Megillah at my old beloved congregation in Glens Falls, New York.",
			"Purim of 1996", "1996-03-05", "14 Adar 5756"},
		{"We spent the Shavuot of 2024 in Safed.", "Shavuot of 2024", "2024-06-12", "6 Sivan 5784"},
	})
	rep := dateline.Check("Purim of 1997, 14 Adar 5756", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	checkUnread(t, heldoutRef, "Purim of the year", "Purim of our lives")
}

// TestHeldout192OrdinalBeforeAdar: English's ordinal word before Adar
// ("the first Adar", "the Second Adar") names Adar I or Adar II, after a
// day and "of the" too: "Last Friday's (2/11) Hebrew date was the 7th of
// the first Adar of 5771." (A Rabbi Without a Cause,
// arabbiwithoutacause.blogspot.com, the hundred-and-ninety-second
// held-out round, incoming line 2728) was no date in Check, and Find read
// its "Adar of 5771" as the whole of Adar II, with a warning that nothing
// said which, where the text says the first. In a common year the first
// Adar is the one Adar, and said so.
func TestHeldout192OrdinalBeforeAdar(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"the 7th of the first Adar of 5771", "2011-02-11", "7 Adar I 5771"},
		{"the 14th of the second Adar, 5784", "2024-03-24", "14 Adar II 5784"},
		{"7 First Adar 5771", "2011-02-11", "7 Adar I 5771"},
		{"the 7th of first Adar 5771", "2011-02-11", "7 Adar I 5771"},
		{"Friday, the 7th of the first Adar of 5771", "2011-02-11", "7 Adar I 5771"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Last Friday's (2/11) Hebrew date was the 7th of the first Adar of 5771.",
			"7th of the first Adar of 5771", "2011-02-11", "7 Adar I 5771"},
		{"Purim Katan falls on the 14th of the first Adar of 5784.", "Purim Katan falls on the 14th of the first Adar of 5784", "2024-02-23", "14 Adar I 5784"},
	})
	// The month alone is Adar I, not the Adar II of a bare "Adar of 5784".
	m := oneMatch(t, "The first Adar of 5784 is long.", heldoutRef)
	assert.Equal(t, "first Adar of 5784", "The first Adar of 5784 is long."[m.Start:m.End])
	assert.Contains(t, reportCodes(m.Report, dateline.Info), dateline.CodeMonthOnly)
	assert.NotContains(t, reportCodes(m.Report, dateline.Warning), dateline.CodeAdarAmbiguous)
	// A common year has no first Adar: said.
	rep := dateline.Check("the 7th of the first Adar of 5770", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeAdarCommonYear)
	// "the first of Adar" is the 1st, and "first" before another month no Adar's.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"the first of Nisan 5784", "2024-04-09", "1 Nisan 5784"},
	})
	checkUnread(t, heldoutRef, "first Nisan 5784")
}
