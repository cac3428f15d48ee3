package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLayoutOfOccasionBegins: the layout of a line that says an occasion
// begins on a day (at its sunset) writes, for another day, the occasion
// that begins on that day's evening, which reads back as that day; it
// wrote the day's own occasion ("Pésaj I comenzará el 23 de abril"),
// which reads as the eve of Pesach 2005. The occasion is named as a
// whole (Pesach, Channukah), where it was hebcal's name of the evening's
// day ("Pesach I begins", "Channukah: 2 Kerzen", one candle too many),
// and a day on whose evening none begins is refused: a later day of a
// festival ("Pésaj II comenzará el 23 de abril"), and a day of none,
// where it wrote the verb alone (" comenzará el 5 de noviembre"). The occasion's spelling gives the line its language where
// the month's name does not: German's Pessach writes Dezember, where the
// layout wrote December, English's and German's April being one word.
func TestLayoutOfOccasionBegins(t *testing.T) {
	for _, tc := range []struct{ example, day, want string }{
		{"Iom Kipur comenzará el 1 de octubre", "2024-04-22", "Pésaj comenzará el 22 de abril"},
		{"Iom Kipur comenzará el 1 de octubre", "2024-04-23", "%!Format(the day has no occasion for the layout to name)"},
		{"Yom Kippur begins on October 11", "2025-04-12", "Pesach begins on April 12"},
		{"Pessach beginnt am 22. April", "2025-09-22", "Rosch haSchana 5786 beginnt am 22. September"},
		{"12. April beginnt abends das diesjährige Pessach", "2024-12-25", "25. Dezember beginnt abends das diesjährige Channukah"},
		{"Iom Kipur comenzará el 1 de octubre", "2024-11-05", "%!Format(the day has no occasion for the layout to name)"},
		{"Rosh Hashanah 2022 begins at sundown on Sunday, September 25", "2024-11-05", "%!Format(the day has no occasion for the layout to name)"},
	} {
		l, err := dateline.LayoutOf(tc.example)
		require.NoError(t, err, tc.example)
		day, err := time.Parse("2006-01-02", tc.day)
		require.NoError(t, err)
		got := dateline.New(day).Format(l.String())
		assert.Equal(t, tc.want, got, tc.example)
		if !strings.HasPrefix(got, "%!") {
			rep := dateline.Check(got, dateline.Reference(day))
			require.NoError(t, rep.Err(), got)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"), got)
		}
	}
	// An occasion followed by a separator alone leaves a dateline.
	l, err := dateline.LayoutOf("Simchat Torah, 22 Tishrei 5785")
	require.NoError(t, err)
	d := dateline.New(time.Date(2023, time.March, 17, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "24 Adar 5783", d.Format(l.String()))
}

// TestLayoutOfFirstOfMonth: the mark that French, Italian, Spanish and
// Portuguese write after the first of a month alone (1er, 1°, 1º) is
// written on the first alone: "2er novembre", which no reader takes, was
// written for the second. A mark after another day (8e, 15º) is that
// layout's for every day.
func TestLayoutOfFirstOfMonth(t *testing.T) {
	first := dateline.New(time.Date(2024, time.November, 1, 10, 0, 0, 0, time.UTC))
	fifth := dateline.New(time.Date(2024, time.November, 5, 10, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ example, first, fifth string }{
		{"Ven. 1er Septembre 2023 20:15", "Ven. 1er Novembre 2024 10:00", "Mar. 5 Novembre 2024 10:00"},
		{"1° maggio 2024", "1° novembre 2024", "5 novembre 2024"},
		{"1º de mayo de 2024", "1º de noviembre de 2024", "5 de noviembre de 2024"},
		{"15º de mayo de 2024", "1º de noviembre de 2024", "5º de noviembre de 2024"},
	} {
		l, err := dateline.LayoutOf(tc.example)
		require.NoError(t, err, tc.example)
		assert.Equal(t, tc.first, l.Format(first.Time, first.Hebrew), tc.example)
		assert.Equal(t, tc.fifth, l.Format(fifth.Time, fifth.Hebrew), tc.example)
		for _, s := range []string{tc.first, tc.fifth} {
			assert.NoError(t, dateline.Check(s).Err(), s)
		}
	}
}

// TestLayoutOfDeclinedWeekday: a weekday written as a sentence declines
// it (the Slavic accusative after "on" and genitive of an evening or after
// "od", Hungarian's "on", Swedish's definite form) gives a layout that
// writes every weekday so, where it wrote the others in CLDR's form ("в
// пятница", "з вечора понеділок"); a masculine name after "в", its own
// accusative, does too ("в понедельник" writes "в среду"). Each reads back.
func TestLayoutOfDeclinedWeekday(t *testing.T) {
	wed := dateline.New(time.Date(2024, time.October, 2, 12, 0, 0, 0, time.UTC))
	fri := dateline.New(time.Date(2024, time.October, 4, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ example, wed, fri string }{
		{"в среду, 2 октября 2024", "в среду, 2 октября 2024", "в пятницу, 4 октября 2024"},
		{"в понедельник, 7 октября 2024", "в среду, 2 октября 2024", "в пятницу, 4 октября 2024"},
		{"с вечера среды, 2 октября 2024", "с вечера среды, 2 октября 2024", "с вечера пятницы, 4 октября 2024"},
		{"з вечора понеділка 7 жовтня 2024", "з вечора середи 2 жовтня 2024", "з вечора пʼятниці 4 жовтня 2024"},
		{"w poniedziałek, 7 października 2024", "w środę, 2 października 2024", "w piątek, 4 października 2024"},
		{"od petka 4. oktobra 2024", "od srede 2. oktobra 2024", "od petka 4. oktobra 2024"},
		{"szerdán, 2024. október 2.", "szerdán, 2024. október 2.", "pénteken, 2024. október 4."},
		{"Lördagen den 5 oktober 2024", "Onsdagen den 2 oktober 2024", "Fredagen den 4 oktober 2024"},
		{"среда, 2 октября 2024", "среда, 2 октября 2024", "пятница, 4 октября 2024"},
	} {
		l, err := dateline.Compile(tc.example) // a dateline of another day is its layout
		require.NoError(t, err, tc.example)
		for _, c := range []struct {
			d    dateline.Dateline
			want string
		}{{wed, tc.wed}, {fri, tc.fri}} {
			got := l.Format(c.d.Time, c.d.Hebrew)
			assert.Equal(t, c.want, got, tc.example)
			ms := dateline.Find(got) // an evening's words are read before a date in text
			require.Len(t, ms, 1, got)
			assert.Equal(t, c.d.Time.Format("2006-01-02"), ms[0].Report.Dateline.Time.Format("2006-01-02"), got)
		}
	}
}

// TestRangeEndClock: a time of day after the end of a range of whole
// dates is the end's, not the dateline's own: "du vendredi 15 septembre
// 2023 jusqu'au dimanche 17 septembre 2023 à 20h48" was read as Friday at
// 20:48, and its layout wrote that time on the start of every range. The
// dateline states no time, and LayoutOf refuses the layout, as it does
// one of a range of times; a time before the end, or after a range of
// days of one month, stays the dateline's.
func TestRangeEndClock(t *testing.T) {
	for _, in := range []string{
		"du vendredi 15 septembre 2023 jusqu'au dimanche 17 septembre 2023 à 20h48",
		"from Friday, September 15, 2023 until Sunday, September 17, 2023 at 8:48 pm",
	} {
		rep := dateline.Check(in)
		require.True(t, rep.OK(), "%s: %+v", in, rep.Problems)
		assert.Equal(t, "2023-09-15", rep.Dateline.Time.Format("2006-01-02"), in)
		assert.False(t, rep.Dateline.HasTime, "%s: the end's time is no time of the dateline", in)
		_, err := dateline.LayoutOf(in)
		assert.ErrorIs(t, err, dateline.ErrLayout, in)
	}
	for in, clock := range map[string]string{
		"Friday, September 15, 2023 8 pm until Sunday, September 17, 2023": "20:00",
		"15-17 septembre 2023 à 20h48":                                     "20:48",
	} {
		d, err := dateline.Parse(in)
		require.NoError(t, err, in)
		assert.True(t, d.HasTime, in)
		assert.Equal(t, clock, d.Time.Format("15:04"), in)
	}
}

// TestDayMonthSpaceYear: a day and month with a slash and the year after a
// space, as Scandinavian pages write them ("Tisdag den 19/4 2011"), is one
// date of that year, where the year was left out and the nearest year
// whose 19 April is a Tuesday taken (2022) with only an info; its layout
// writes the year. A number of another length after it is no year.
func TestDayMonthSpaceYear(t *testing.T) {
	for in, want := range map[string]string{
		"Tisdag den 19/4 2011":       "2011-04-19",
		"19/4 2011":                  "2011-04-19",
		"tisdag 19/4 2011 kl. 18.00": "2011-04-19",
	} {
		rep := dateline.Check(in)
		require.True(t, rep.OK(), "%s: %+v", in, rep.Problems)
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02"), in)
		assert.Empty(t, rep.Problems, in)
	}
	ms := dateline.Find("Pesach: Tisdag den 19/4 2011 var det fest.")
	require.Len(t, ms, 1)
	assert.Equal(t, "2011-04-19", ms[0].Report.Dateline.Time.Format("2006-01-02"))
	l, err := dateline.LayoutOf("Tisdag den 19/4 2011")
	require.NoError(t, err)
	assert.Equal(t, "Måndag den 2/1 2006", l.String())
	ms = dateline.Find("Tisdag den 19/4 150 personer", dateline.Reference(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)))
	require.Len(t, ms, 1)
	assert.Equal(t, "Tisdag den 19/4", "Tisdag den 19/4 150 personer"[ms[0].Start:ms[0].End])
}

// TestEveOfOccasion: "Eve of" before an occasion is English's Erev, the
// day before it: Find read "Eve of Yom Kippur 5785" as Yom Kippur itself
// (10 Tishrei) with nothing said, leaving the words out of the match, and
// Check refused the line. A day given beside it is checked against the
// eve; "Christmas Eve" and "eve" without "of" stay prose.
func TestEveOfOccasion(t *testing.T) {
	for in, want := range map[string]string{
		"Eve of Yom Kippur 5785": "9 Tishrei 5785",
		"Eve of Passover 2024":   "14 Nisan 5784",
		"eve of Chanukah 5785":   "24 Kislev 5785",
	} {
		rep := dateline.Check(in)
		require.True(t, rep.OK(), "%s: %+v", in, rep.Problems)
		assert.Equal(t, want, rep.Dateline.Hebrew.String(), in)
		ms := dateline.Find("We met on the " + in + " at the shul.")
		require.Len(t, ms, 1, in)
		assert.Equal(t, want, ms[0].Report.Dateline.Hebrew.String(), in)
	}
	rep := dateline.Check("Thursday, October 10, 2024 | Eve of Yom Kippur")
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
	assert.Empty(t, dateline.Check("Friday, October 11, 2024 | Eve of Yom Kippur").Problems)
	assert.Empty(t, dateline.Find("On Christmas Eve of all nights the eve of nothing came."))
}

// TestLayoutOfFoldedOccasion: an occasion's name written without the
// accents of the one language's name it was read as ("Simchat Tora",
// Portuguese's "Simchat Torá"), with no month or weekday name to say the
// language, does not say in which language to write other days'
// occasions, and LayoutOf refuses it, where it wrote Portuguese's
// ("Chanucá: 3 velas") for a German page. An accent the text has does say
// it ("Janucá"), and so do a month's names beside it.
func TestLayoutOfFoldedOccasion(t *testing.T) {
	_, err := dateline.LayoutOf("Simchat Tora 5784")
	assert.ErrorContains(t, err, "Simchat Torá")
	for _, in := range []string{"Simchat Torá 5784", "Janucá 5785", "Pessach 5784", "Simchat Tora – das Tora Fest am 8. Oktober 2023 – 23. Tishri 5784"} {
		_, err := dateline.LayoutOf(in)
		assert.NoError(t, err, in)
	}
}
