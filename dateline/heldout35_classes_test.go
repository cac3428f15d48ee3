package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout35HebrewDateBeginsOnItsOwnDay: a Hebrew date, then words
// that say it begins on the evening of a civil day (the thirty-fifth
// held-out round: "22 Tishrei begins at sundown on October 21st, 2019",
// a synagogue's holiday page). 22 Tishrei 5780 is October 21: it began
// at sunset on October 20, and the evening of the 21st is 23 Tishrei.
// The words were text of the dateline and said nothing, so that the
// Hebrew date and the civil day agreed and nothing was reported: the
// page's mistake passed for a right date. Now the evening they name must
// have the Hebrew date, and the day's own is an error; the evening
// before it reads as before, with nothing to report.
func TestHeldout35HebrewDateBeginsOnItsOwnDay(t *testing.T) {
	wrong := []string{
		"22 Tishrei begins at sundown on October 21st, 2019",
		"22 Tishrei 5780 begins at sundown on Monday, October 21, 2019",
		"24 Teves 5785, begins at sundown on Friday, January 24, 2025",
		"3 Tammuz 5784 (evening of July 9)",
		"3 Tammuz 5784 (beginning the evening of July 9, 2024)",
		"Yahrzeit: 15 Shevat 5784 (from sundown January 25, 2024)",
		"1 Nisan 5785 starts at sunset on March 30, 2025",
	}
	for _, in := range wrong {
		t.Run(in, func(t *testing.T) {
			_, _, _, ok := findOne(t, in)
			assert.False(t, ok, "the Hebrew date begins the evening before")
			ms := dateline.Find(in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			require.NotEmpty(t, ms[0].Problems)
			assert.Equal(t, dateline.CodeCalendar, ms[0].Problems[0].Code)
			assert.Equal(t, dateline.Error, ms[0].Problems[0].Severity)
		})
	}
	right := []struct{ in, text, day, heb string }{
		{"22 Tishrei begins at sundown on October 20th, 2019", "22 Tishrei begins at sundown on October 20th, 2019", "2019-10-20", "22 Tishrei 5780"},
		{"The yahrzeit, 24 Teves 5785, begins at sundown on Thursday, January 23, 2025.",
			"24 Teves 5785, begins at sundown on Thursday, January 23, 2025", "2025-01-23", "24 Tevet 5785"},
		{"Yahrzeit: 15 Shevat 5784 (from sundown January 24, 2024)", "15 Shevat 5784 (from sundown January 24, 2024)", "2024-01-24", "15 Shevat 5784"},
		{"1 Nisan 5785 starts at sunset on March 29, 2025", "1 Nisan 5785 starts at sunset on March 29, 2025", "2025-03-29", "1 Nisan 5785"},
	}
	for _, c := range right {
		t.Run(c.in, func(t *testing.T) {
			assertFound(t, c.in, c.text, c.day, c.heb)
			ms := dateline.Find(c.in, dateline.Reference(corpusReference))
			for _, p := range ms[0].Problems {
				assert.NotEqual(t, dateline.CodeAfterSunset, p.Code, "the words say the evening: %s", p.Message)
			}
		})
	}
	// A night's weekday beside the day's own Hebrew date is a site's
	// custom of printing, which stays a warning.
	ms := dateline.Find("Saturday night, April 27, 2024 / 19 Nisan 5784", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.True(t, ms[0].OK())
	// Prose: the words before no civil date say nothing of it.
	text, _, _, _ := findOne(t, "3 Tammuz 5784 begins at sundown, as every Hebrew day does.")
	assert.Equal(t, "3 Tammuz 5784", text)
}

// TestHeldout35BeginsLayout: the layout of a Hebrew date said to begin on
// an evening writes another day's Hebrew date with the civil day before
// it, as its words say; it wrote the civil day's own, a statement the
// reader now reports as wrong.
func TestHeldout35BeginsLayout(t *testing.T) {
	l, err := dateline.LayoutOf("24 Teves 5785, begins at sundown on Thursday, January 23, 2025")
	require.NoError(t, err)
	d, err := dateline.Parse("March 2, 2024")
	require.NoError(t, err)
	out := d.Format(l.String())
	assert.Equal(t, "23 Adar Rishon 5784, begins at sundown on Saturday, March 2, 2024", out)
	back, err := dateline.Parse(out)
	require.NoError(t, err)
	assert.Equal(t, "2024-03-02", back.Time.Format("2006-01-02"))
}

// TestHeldout35OccursOn: English's "occurs on" (and "occurred on")
// between an occasion and its day, as "falls on" and "is observed on"
// join them (the thirty-fifth held-out round: "This year, Lag B'Omer
// occurs on May 23, 2011 (Jewish Year 5771)", a page that named the day
// after Lag BaOmer). The occasion was left out and the date read alone,
// with nothing to report; now the two are one dateline, and the wrong
// day an occasion error.
func TestHeldout35OccursOn(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Lag B'Omer occurs on May 22, 2011", "Lag B'Omer occurs on May 22, 2011", "2011-05-22", "18 Iyyar 5771"},
		{"This year Yom Kippur occurs on Saturday, October 12, 2024.", "Yom Kippur occurs on Saturday, October 12, 2024", "2024-10-12", "10 Tishrei 5785"},
		{"Purim occurred on March 24, 2024, a Sunday.", "Purim occurred on March 24, 2024", "2024-03-24", "14 Adar II 5784"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	for _, in := range []string{
		"This year, Lag B'Omer occurs on May 23, 2011 (Jewish Year 5771).",
		"Tisha B'Av occurs on Monday, August 4, 2025",
	} {
		ms := dateline.Find(in, dateline.Reference(corpusReference))
		require.Len(t, ms, 1, in)
		require.NotEmpty(t, ms[0].Problems, in)
		assert.Equal(t, dateline.CodeOccasion, ms[0].Problems[0].Code, in)
		assert.False(t, ms[0].OK(), in)
	}
	// Prose: "occurs" after no occasion joins nothing.
	text, _, _, _ := findOne(t, "The eclipse occurs on May 22, 2011.")
	assert.Equal(t, "May 22, 2011", text)
	text, _, _, _ = findOne(t, "May 22, 2011 occurs on a Sunday")
	assert.Equal(t, "May 22, 2011", text)
}

// TestHeldout35CorrespondsTo: "which corresponds to" (or "that
// corresponds to") and "translates to" between the two calendars of one
// date (the thirty-fifth held-out round: a ketubah's text, "the fifth day
// of the month of Elul in the year 5773, which corresponds to Sunday,
// August 11, 2013", and a genealogist's "Tishri, year 5661 translates to
// 5 October 1900"), as "corresponds to" alone joined them: each calendar
// was read as a dateline of its own, and the two were never checked
// against each other.
func TestHeldout35CorrespondsTo(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"on the first day of the week, the fifth day of the month of Elul in the year 5773, which corresponds to Sunday, August 11, 2013.",
			"fifth day of the month of Elul in the year 5773, which corresponds to Sunday, August 11, 2013", "2013-08-11", "5 Elul 5773"},
		{"5 Elul 5773, that corresponds to August 11, 2013", "5 Elul 5773, that corresponds to August 11, 2013", "2013-08-11", "5 Elul 5773"},
		{"Married on August 11, 2013, which corresponds to 5 Elul 5773.", "August 11, 2013, which corresponds to 5 Elul 5773", "2013-08-11", "5 Elul 5773"},
		{"12 Tishri 5661 translates to 5 October 1900.", "12 Tishri 5661 translates to 5 October 1900", "1900-10-05", "12 Tishrei 5661"},
		{"October 5, 1900 translated to 12 Tishrei 5661", "October 5, 1900 translated to 12 Tishrei 5661", "1900-10-05", "12 Tishrei 5661"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	// The two calendars are checked against each other now.
	_, _, _, ok := findOne(t, "5 Elul 5773, which corresponds to Monday, August 12, 2013")
	assert.False(t, ok)
	// Prose: no date of the other calendar after the words.
	text, _, _, _ := findOne(t, "5 Elul 5773, which corresponds to the month of August")
	assert.Equal(t, "5 Elul 5773", text)
	text, _, _, _ = findOne(t, "12 Tishri 5661 translated to the modern calendar")
	assert.Equal(t, "12 Tishri 5661", text)
	ms := dateline.Find("The word translates to 5 Elul 5773 in English, which corresponds to nothing.", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.Equal(t, "5 Elul 5773", "The word translates to 5 Elul 5773 in English, which corresponds to nothing."[ms[0].Start:ms[0].End])
}

// TestHeldout35FootnoteInRange: a footnote's asterisks glued to the end
// of a range's first day or time (the thirty-fifth held-out round: "The
// fast begins Saturday, August 2 at 8:02 PM* and concludes on Sunday,
// August 13 at 8:33 PM.", whose note says when Shabbat ends, and whose
// Sunday is August 3). The mark ended the dateline: the range's end was
// read alone, in the year nearest the reference whose August 13 is a
// Sunday (2023), and the page's mistake went unreported. Now the range
// is one dateline, and its weekdays and days are checked together.
func TestHeldout35FootnoteInRange(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"The fast begins Saturday, August 2 at 8:02 PM* and concludes on Sunday, August 3 at 8:33 PM.",
			"Saturday, August 2 at 8:02 PM* and concludes on Sunday, August 3 at 8:33 PM", "2025-08-02", "8 Av 5785"},
		{"Tisha B'Av begins Saturday, August 2, 2025** and ends on Sunday, August 3.",
			"Tisha B'Av begins Saturday, August 2, 2025** and ends on Sunday, August 3", "2025-08-02", "9 Av 5785"},
		{"Sunday, December 25, 2016* - January 1, 2017", "Sunday, December 25, 2016* - January 1, 2017", "2016-12-25", "25 Kislev 5777"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	ms := dateline.Find("The fast begins Saturday, August 2 at 8:02 PM* and concludes on Sunday, August 13 at 8:33 PM.", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "August 13 is no Sunday after Saturday, August 2")
	// A spaced asterisk, or one before a word, is no footnote's mark of
	// the date: the dateline ends before it.
	for _, in := range []string{"Saturday, August 2, 2025 * and more to come", "Saturday, August 2, 2025*and then"} {
		text, _, _, _ := findOne(t, in)
		assert.Equal(t, "Saturday, August 2, 2025", text, in)
	}
}

// TestHeldout35BeginsEveningAndNoun: two ways English pages say an
// occasion begins that the reader did not know (the thirty-fifth
// held-out round): "begins evening" without "on the" and "of" before the
// civil day ("Pentecost/Shavuot begins evening June 11, 2024"), and a
// noun for the festival between the occasion's name and its verb ("The
// Passover Festival begins on Wednesday evening, April 5"). The civil day
// was read alone: the day, not the occasion, with the civil day's Hebrew
// date where the text names the occasion's. A noun that no such verb
// follows stays prose.
func TestHeldout35BeginsEveningAndNoun(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Pentecost/Shavuot begins evening June 11, 2024 and ends the following evening.",
			"Shavuot begins evening June 11, 2024", "2024-06-11", "6 Sivan 5784"},
		{"Yom Kippur starts evening October 11, 2024", "Yom Kippur starts evening October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"The Passover Festival begins on Wednesday evening, April 5, 2023, with the Seder.",
			"Passover Festival begins on Wednesday evening, April 5, 2023", "2023-04-05", "15 Nisan 5783"},
		{"the Sukkot holiday starts at sundown on Sunday, October 9, 2022", "Sukkot holiday starts at sundown on Sunday, October 9, 2022", "2022-10-09", "15 Tishrei 5783"},
		{"The Purim holiday falls on March 24, 2024.", "Purim holiday falls on March 24, 2024", "2024-03-24", "14 Adar II 5784"},
		{"Das Pessach Fest beginnt am 22. April 2024", "Pessach Fest beginnt am 22. April 2024", "2024-04-22", "15 Nisan 5784"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	// The occasion is checked against the day now.
	_, _, _, ok := findOne(t, "The Passover festival begins on the evening of April 12, 2023")
	assert.False(t, ok)
	// Prose: no verb after the noun, or no date after "evening".
	for in, want := range map[string]string{
		"The Purim holiday party is on March 24, 2024":                      "March 24, 2024",
		"The Passover festival celebrates freedom; it began April 22, 2024": "April 22, 2024",
		"Shavuot begins evening services at 7 pm on June 11, 2024":          "7 pm on June 11, 2024",
	} {
		text, _, _, _ := findOne(t, in)
		assert.Equal(t, want, text, in)
	}
}

// TestHeldout35CountedNight: a festival's night counted by an ordinal
// word, the evening that begins its N-th day, and ", which was on" (is,
// falls on) between an occasion and its civil day (the thirty-fifth
// held-out round: "Counting the Omer began the second night of Passover,
// which was on April 9, 2020."). The civil day was read alone, with its
// own Hebrew date (15 Nisan, Passover's first day); the night is 16
// Nisan's. A night of no day of the occasion is an error.
func TestHeldout35CountedNight(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Counting the Omer began the second night of Passover, which was on April 9, 2020.",
			"second night of Passover, which was on April 9, 2020", "2020-04-09", "16 Nisan 5780"},
		{"the first night of Chanukah, December 25, 2024", "first night of Chanukah, December 25, 2024", "2024-12-25", "25 Kislev 5785"},
		{"The eighth night of Chanukah is January 1, 2025.", "eighth night of Chanukah is January 1, 2025", "2025-01-01", "2 Tevet 5785"},
		{"Passover, which is on April 23, 2024", "Passover, which is on April 23, 2024", "2024-04-23", "15 Nisan 5784"},
		{"Purim, which this year falls on March 24, 2024", "Purim, which this year falls on March 24, 2024", "2024-03-24", "14 Adar II 5784"},
		{"Fifth Day of Chanuka, 5703", "Fifth Day of Chanuka, 5703", "1942-12-08", "29 Kislev 5703"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	for _, in := range []string{
		"the second night of Passover, April 10, 2020",
		"the first night of Chanukah, December 26, 2024",
		"the eighth night of Chanukah is December 31, 2024",
		"Purim, which is April 22, 2024",
	} {
		_, _, _, ok := findOne(t, in)
		assert.False(t, ok, in)
	}
	// Prose: a night of no occasion, "which" after no comma or before
	// no date.
	for in, want := range map[string]string{
		"On the second night we ate, April 9, 2020":            "April 9, 2020",
		"Passover, which was on my mind, ended April 30, 2024": "April 30, 2024",
	} {
		text, _, _, _ := findOne(t, in)
		assert.Equal(t, want, text, in)
	}
}

// TestHeldout35OrdinalDayOf: a day in digits with its ordinal ending,
// then "day of" and the month ("the 10th day of Shevat, 5784", "the 3rd
// day of Tamuz (July 9th)", found beside the thirty-fifth round's "Gimmel
// Tamuz the 3rd day of Tamuz (July 9th)"), as the day in words is read
// ("the tenth day of Shevat"). The day was left out and the month read
// alone: a month, not a day, or the civil day in the year nearest the
// reference. Words that are no month's after "day of" stay prose.
func TestHeldout35OrdinalDayOf(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"the 10th day of Shevat, 5784", "10th day of Shevat, 5784", "2024-01-20", "10 Shevat 5784"},
		{"on the 15th day of Nisan 5784", "15th day of Nisan 5784", "2024-04-23", "15 Nisan 5784"},
		{"the 3rd day of Tamuz (July 9th)", "3rd day of Tamuz (July 9th)", "2024-07-09", "3 Tammuz 5784"},
		{"the 3rd day of the month of Tamuz 5784", "3rd day of the month of Tamuz 5784", "2024-07-09", "3 Tammuz 5784"},
		{"the 15th day of April 2024", "15th day of April 2024", "2024-04-15", "7 Nisan 5784"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	text, _, _, _ := findOne(t, "on the 2nd day of the conference, April 9, 2024")
	assert.Equal(t, "April 9, 2024", text)
	// Without its year, the day named again beside a dateline that has
	// one is prose; the words that say which day of Rosh Chodesh are the
	// dateline's (see TestHeldout119RoshChodeshDayWords).
	text, _, _, _ = findOne(t, "1st day of the month of Adar, and the second day of Rosh Chodesh Adar, 5770")
	assert.Equal(t, "second day of Rosh Chodesh Adar, 5770", text)
	assert.Empty(t, dateline.Find("the 5 day of April plan", dateline.Reference(corpusReference)))
}

// TestHeldout35LetterDayThenDate: a day named by its letters, then the
// same day with its number and a year or a civil date (the thirty-fifth
// held-out round: "Gimmel Tamuz the 3rd day of Tamuz (July 9th)", a
// Chabad newsletter). The name was read alone, in the year nearest the
// reference (5786), and the date as another dateline; now the name is
// the date's, checked against it, and a name of another day stays a
// dateline of its own.
func TestHeldout35LetterDayThenDate(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Gimmel Tamuz the 3rd day of Tamuz (July 9th)", "Gimmel Tamuz the 3rd day of Tamuz (July 9th)", "2024-07-09", "3 Tammuz 5784"},
		{"Yud Shevat, the 10th of Shevat, 5784, is the day", "Yud Shevat, the 10th of Shevat, 5784", "2024-01-20", "10 Shevat 5784"},
		{"Yud Tes Kislev, 19 Kislev 5785 (December 20, 2024)", "Yud Tes Kislev, 19 Kislev 5785 (December 20, 2024)", "2024-12-20", "19 Kislev 5785"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	for _, in := range []string{"Yud Shevat, the 11th of Shevat, 5784", "Yud Shevat, 10 Adar II 5784"} {
		assert.Len(t, dateline.Find(in, dateline.Reference(corpusReference)), 2, in)
	}
	l, err := dateline.LayoutOf("Gimmel Tamuz the 3rd day of Tamuz (July 9th)")
	require.NoError(t, err)
	d, err := dateline.Parse("Yud Tes Kislev 5785")
	require.NoError(t, err)
	out := d.Format(l.String())
	back, err := dateline.Parse(out, dateline.Reference(d.Time))
	require.NoError(t, err, out)
	assert.Equal(t, d.Hebrew, back.Hebrew, out)
}

// TestHeldout35YearHeadingInBracket: a Hebrew date without its year, and
// in a bracket its civil day headed by the civil year and a colon (the
// thirty-fifth held-out round: KabbalaOnline's "his birthday on Nissan
// 11 (2023: April 2)"), as a list heads a festival's dates by year
// ("2018: 30 de Marzo al 7 de Abril"). The Hebrew date was read alone in
// the year nearest the reference, and the bracket as another dateline.
func TestHeldout35YearHeadingInBracket(t *testing.T) {
	assertFound(t, "in honor of the 121th anniversary of his birthday on Nissan 11 (2023: April 2)",
		"Nissan 11 (2023: April 2)", "2023-04-02", "11 Nisan 5783")
	assertFound(t, "Yud Shevat (2024: January 20)", "Yud Shevat (2024: January 20)", "2024-01-20", "10 Shevat 5784")
	_, _, _, ok := findOne(t, "Nissan 11 (2023: April 3)")
	assert.False(t, ok, "April 3, 2023 is 12 Nisan")
	// Without the bracket the colon ends the Hebrew date, and the civil
	// date after it in its sentence, the same day, joins it (see
	// TestHebrewDayThenCivilDay); a day it is not stays apart.
	assert.Len(t, dateline.Find("Nissan 11: 2023: April 2", dateline.Reference(corpusReference)), 1)
	assert.Len(t, dateline.Find("Nissan 11: 2023: April 3", dateline.Reference(corpusReference)), 2)
}
