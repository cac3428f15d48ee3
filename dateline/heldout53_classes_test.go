package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// The fifty-third held-out round: Slavic and Balkan pages (Czech, Slovak,
// Polish, Serbian, Croatian, Bulgarian, Greek, Romanian). Each test is a
// class of the round's misses, with made-up lines of the class and prose
// that must not be read as one.

// TestTwoDigitYearInProse: a year of two digits after a day and a
// month's name, which free text took at the text's end ("09:20, 10 мар
// 19", a Bulgarian page's timestamp), is taken too where the line ends or
// a bracket that holds the whole dateline closes. Before, the same line
// inside "(...)" or before a line break was March 10 of the year nearest
// the reference, 2027, with only an info. A bracket that closes other
// words, or a number in prose, is no year.
func TestTwoDigitYearInProse(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"(09:20, 10 мар 19)", "2019-03-10"},
		{"<p>09:20, 10 мар 19</p>", "2019-03-10"},
		{"Some text here.\n09:20, 10 мар 19\nMore text 12 people came.", "2019-03-10"},
		{"Published (10 Mar 19) by the editors", "2019-03-10"},
		{"[3 Jan 21]", "2021-01-03"},
		{"Posted 5 Oct 23\nNext line", "2023-10-05"},
	})
	for _, text := range []string{"(see 12 May 15) people", "on 12 May 15 people came"} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, "12 May", text[ms[0].Start:ms[0].End], "15 is no year")
			assert.Equal(t, "2027-05-12", ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestSpacedNumericRange: a range of days before a date written in the
// norm of Czech, Slovak and Serbian, a dot and a space after the day and
// the month ("18-19. 9. 2021", a Serbian community's news list), starts
// on its first day, and so does one whose start has its month ("od 28.
// 11. do 6. 12. 2021"). Before, Find read the end's day alone, "19. 9.
// 2021", a day off with nothing said, or nothing. An end before its start
// in the month is no range, one in an earlier month the error that the
// range runs backwards, and a section's numbers ("§ 3-4. 5. 2010") are no date.
func TestSpacedNumericRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"18-19. 9. 2021", "18-19. 9. 2021", "2021-09-18", "12 Tishrei 5782"},
		{"18.-19. 9. 2021 - Konferencija", "18.-19. 9. 2021", "2021-09-18", "12 Tishrei 5782"},
		{"Konference 18. – 19. 11. 2023 v Brně", "18. – 19. 11. 2023", "2023-11-18", "5 Kislev 5784"},
		{"ve dnech 4.-6. 10. 2019", "4.-6. 10. 2019", "2019-10-04", "5 Tishrei 5780"},
		{"od 1. do 2. 10. 2019", "1. do 2. 10. 2019", "2019-10-01", "2 Tishrei 5780"},
		{"potekalo od 28. 11. do 6. 12. 2021", "28. 11. do 6. 12. 2021", "2021-11-28", "24 Kislev 5782"},
		{"30. 12. – 2. 1. 2021", "30. 12. – 2. 1. 2021", "2020-12-30", "15 Tevet 5781"},
	})
	// One back into an earlier month is the error that the range runs
	// backwards, over the whole; it was the end alone, the start dropped
	// with nothing said (see TestBackwardNumericRangeIntoEarlierMonth).
	foundBackward(t, "10. 12. - 18. 10. 2020", "10. 12. - 18. 10. 2020", heldoutRef)
	for _, tc := range []struct{ text, match string }{
		{"20-19. 9. 2021", "19. 9. 2021"},
	} {
		ms := dateline.Find(tc.text, heldoutRef)
		require.Len(t, ms, 1, tc.text)
		assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End], "no range runs back")
	}
	assert.Empty(t, dateline.Find("podle § 3-4. 5. 2010 zákona", heldoutRef))
	rep := dateline.Check("18-19. 9. 2021")
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2-3. 1. 2006", rep.Layout)
}

// TestSpacedDateTime: a date in the spaced norm with the point Serbian
// writes after its year, then the word for "at" and a time ("10. 05.
// 2022. у 12:43", a Belgrade paper's timestamp), or the word for "year"
// ("23. 3. 2024. godine u 10 sati"), is read whole, and free text reads
// it though its day could be a month: a time or that word after the date
// says it is one, as a weekday does. Before, Check stopped at the word
// and Find read nothing. Numbered sections are still no date.
func TestSpacedDateTime(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"10. 05. 2022. у 12:43", "2022-05-10 12:43"},
		{"Objavljeno: 3. 10. 2019. u 18:00", "2019-10-03 18:00"},
		{"Aktualizováno 02. 03. 2024 08:15", "2024-03-02 08:15"},
		{"23. 3. 2024. godine u 10 sati", "2024-03-23 10:00"},
		{"Objavljeno 05. 10. 2019. godine u 10 sati", "2019-10-05 10:00"},
		{"23. 03. 2024. године у 10 часова", "2024-03-23 10:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].Dateline.HasTime)
			assert.Equal(t, tc.want, ms[0].Dateline.Time.Format("2006-01-02 15:04"))
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
	rep := dateline.Check("10. 05. 2022. у 12:43")
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "02. 01. 2006. у 15:04", rep.Layout)
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Osnovana 05. 10. 2019. godine", "2019-10-05"}, // the word for "year" says it is a date, as a time does
	})
	for _, text := range []string{"see sections 11. 12. 2014 and on", "sekce 1. 2. 2003 u 5 lidí", "sekce 1. 2. 2003 r tak"} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}

// TestCzechVeHour: Czech's "ve", the form of "v" (at) before the hours
// said with a consonant cluster, joins a date and its time as "v" does:
// "24. 4. 2017 ve 14:00 hodin" (the Terezín Memorial's calendar) had no
// time. "ve" before other words is no time.
func TestCzechVeHour(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"24. 4. 2017 ve 14:00 hodin", "2017-04-24 14:00"},
		{"čtvrtek 7. března 2024 ve 12 hodin", "2024-03-07 12:00"},
		{"ve středu 6. března 2024 ve 13.30", "2024-03-06 13:30"},
	})
	m := findOneOK(t, "7. března 2024 ve škole", heldoutRef)
	assert.False(t, m.Dateline.HasTime)
	assert.Equal(t, "2024-03-07", m.Dateline.Time.Format(time.DateOnly))
}

// TestCountedDigitsBeforeOccasion: a day counted in digits before a word
// the reader does not know for "day" and an occasion's name (here made
// up: "2. kolo Hanuka 5783", round) is read as the occasion's first day
// with a warning that says so, as a word it cannot count is. Before, it was the first day
// with nothing said: a day or seven off. Words it reads ("2. Tag", and
// the Slavic languages' "2. den Chanuka 5783", Czech; "8. dzień", Polish;
// "3. dan", Croatian, which this test wanted warned of before they were
// read; see TestCountedDayDigitsSlavic) are the counted day, and a year's
// point before an occasion is no count.
func TestCountedDigitsBeforeOccasion(t *testing.T) {
	for _, text := range []string{"2. kolo Hanuka 5783", "program: 3. runda Hanuka 5783"} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, "25 Kislev 5783", ms[0].Dateline.Hebrew.String())
			require.NotEmpty(t, ms[0].Problems)
			assert.Equal(t, dateline.CodeOccasion, ms[0].Problems[0].Code)
			assert.Equal(t, dateline.Warning, ms[0].Problems[0].Severity)
		})
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"2. Tag Chanukka 5783", "2022-12-20", "26 Kislev 5783"},
		{"2. den Chanuka 5783", "2022-12-20", "26 Kislev 5783"},
		{"8. dzień Chanuka 5783", "2022-12-26", "2 Tevet 5783"},
		{"program: 3. dan Hanuka 5783", "2022-12-21", "27 Kislev 5783"},
		{"2. diena Hanuka 5783", "2022-12-20", "26 Kislev 5783"},
		{"2. päivä Hanukka 5783", "2022-12-20", "26 Kislev 5783"},
		{"Chanuka 5783", "2022-12-19", "25 Kislev 5783"},
		{"u 2024. Chanuka 5785", "2024-12-26", "25 Kislev 5785"},
	})
}

// TestBracketOpensClauseYear: a year with its lead ("v roku", "v roce", "År",
// "in") that opens a bracketed clause is the year of a date later in the
// same bracket, as at a sentence's start, with words between them: "(v
// roku 2019 to pripadá na 23. Decembra)" (a Slovak page, after a Hebrew
// date) and "x (År 2017 infaller jom kippur den 30 september)" were the
// year nearest the reference with only an info. A bracket closed before
// the date gives it no year.
func TestBracketOpensClauseYear(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Chanuka začína (v roku 2019 to pripadá na 23. decembra)", "2019 to pripadá na 23. decembra", "2019-12-23", "25 Kislev 5780"},
		{"Svátek (v roce 2019 připadá na 23. prosince).", "2019 připadá na 23. prosince", "2019-12-23", "25 Kislev 5780"},
		{"Jom kippur (År 2017 infaller jom kippur den 30 september)", "2017 infaller jom kippur den 30 september", "2017-09-30", "10 Tishrei 5778"},
		{"The fast (in 2020 it falls on 28 September)", "2020 it falls on 28 September", "2020-09-28", "10 Tishrei 5781"},
	})
	for _, text := range []string{"Prices (in 2020 dollars) rose on 5 March.", "He said (in 2020 we met) that on 5 March it rained."} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, "2027-03-05", ms[0].Dateline.Time.Format(time.DateOnly), "no year of a closed bracket")
		})
	}
}

// TestRomanMonth: a date whose month is a Roman numeral, as Polish,
// Czech, Romanian and the Balkan languages' pages write it ("początek o
// zmierzchu 7 XII 2022", a Polish page on Chanukah; "7. XII. 2022",
// "7.XII.2022 г."), is read day first, and its layout writes the month so.
// Before, no such date was read. A numeral without a day of digits before
// it and a year after it is prose (Pius XII 1939), and so is a size; and
// after a whole date, two letters before a word of prose are Slavic's "do"
// (to), not Dutch's or German's Thursday: "7 XII 2022, do zmierzchu" (and
// "7.12.2022, do zmierzchu" on main) was read with a weekday error.
func TestRomanMonth(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Chanuka - początek o zmierzchu 7 XII 2022, do zmierzchu 15 XII", "7 XII 2022", "2022-12-07", "13 Kislev 5783"},
		{"Wykład odbędzie się 12 III 2024 r. w synagodze", "12 III 2024 r.", "2024-03-12", "2 Adar II 5784"},
		{"Praha 7. XII. 2022", "7. XII. 2022", "2022-12-07", "13 Kislev 5783"},
		{"София, 7.XII.2022 г.", "7.XII.2022 г.", "2022-12-07", "13 Kislev 5783"},
		{"Iași, 25.V.1944", "25.V.1944", "1944-05-25", "3 Sivan 5704"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"środa, 7 XII 2022 r., godz. 18:00", "2022-12-07 18:00"},
	})
	for _, text := range []string{"Pius XII 1939", "papież Jan Paweł II 2005", "płyta 2 X 1000 mm", "rozdział XII 2022"} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
	rep := dateline.Check("7 XII 2022")
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2 I 2006", rep.Layout)
	l, err := dateline.LayoutOf("7.XII.2022")
	require.NoError(t, err)
	assert.Equal(t, "26.XII.2024", dateline.New(time.Date(2024, time.December, 26, 0, 0, 0, 0, time.UTC)).Format(l.String()))
	assert.Equal(t, dateline.CodeNoSuchDay, dateline.Check("31 II 2022").Problems[0].Code)
}

// TestSlavicHourWords: the words for "hours" after an hour that Serbian
// Cyrillic and Bulgarian write ("у 18 часова", "в 18 часа", "18 ч.") make
// its number an hour, as Latin "časova" did, and Czech's and Slovak's
// "hod." may end a time with its minutes ("o 18.00 hod."). Check stopped
// at them with a syntax error. "Hod" before a date is no hour.
func TestSlavicHourWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"уторак, 5. март 2024. године у 18 часова", "2024-03-05 18:00"},
		{"вторник, 5 март 2024 г. в 18 часа", "2024-03-05 18:00"},
		{"вторник, 5 март 2024 г., 18 ч.", "2024-03-05 18:00"},
		{"v utorok 5. marca 2024 o 18.00 hod.", "2024-03-05 18:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.True(t, rep.Dateline.HasTime)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	assert.False(t, dateline.Check("Hod 5 March 2024").OK())
}

// TestFormatMonthLanguage: a month whose name one language writes after a
// day and another only alone, in its nominative, is the first's: "5 март
// 2024 г." and "10 март 2015 06:09" (a Bulgarian news page) are
// Bulgarian's март, and their layouts write Bulgarian's January, where
// they wrote Russian's nominative "2 январь 2006", which is no Russian
// after a day either; "26 maj 2024" wrote Polish's "2 styczeń". Russian's
// own "5 марта" and a month named alone ("Март 2024") stay Russian's.
func TestFormatMonthLanguage(t *testing.T) {
	for _, tc := range []struct{ text, layout string }{
		{"5 март 2024 г.", "2 януари 2006 г."},
		{"вторник, 5 март 2024", "понеделник, 2 януари 2006"},
		{"10 март 2015 06:09", "2 януари 2006 15:04"},
		{"5 марта 2024 г.", "2 января 2006 г."},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.layout, rep.Layout)
		})
	}
	assert.Equal(t, "Январь 2006", dateline.Check("Март 2024").Layout)
	assert.NotContains(t, dateline.Check("26 maj 2024").Layout, "styczeń")
}

// TestPolishWe: Polish's "we", the form of "w" (on) before a weekday that
// starts with w, leads a whole dateline as "w" does: Check read "we
// wtorek, 5 marca 2024 r. o godz. 18:00" as a syntax error at "we". It is
// no English word of a dateline: "we" after an English date stays prose.
func TestPolishWe(t *testing.T) {
	rep := dateline.Check("we wtorek, 5 marca 2024 r. o godz. 18:00")
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-03-05 18:00", rep.Dateline.Time.Format("2006-01-02 15:04"))
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// The sentence's hour, after "at" (see TestSentenceClock).
		{"On March 3, 2024 we met at 10:00", "March 3, 2024 we met at 10:00", "2024-03-03", "23 Adar I 5784"},
	})
}
