package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout14Time: Italian's "alle" (at the) before the time after a
// date, as before "ore": with a colon, a dot, or the hour alone. The
// fourteenth held-out set's "venerdì 11 ottobre 2024 alle 18:50" was read
// without its time.
func TestHeldout14Time(t *testing.T) {
	tests := []struct {
		in, when string
	}{
		{"venerdì 11 ottobre 2024 alle 18:50", "2024-10-11 18:50"},
		{"Sabato 5 aprile 2025 alle 20.30", "2025-04-05 20:30"},
		{"domenica 29 ottobre 2023, alle 14", "2023-10-29 14:00"},
		{"29 ottobre 2023 alle ore 21", "2023-10-29 21:00"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02 15:04", nil, false) })
	}
	// Not an hour: "alle" before a number that is none.
	rep := dateline.Check("29 ottobre 2023, alle 25", dateline.Reference(corpusReference))
	assert.False(t, rep.Dateline.HasTime)
}

// TestHeldout14Finnish: a Finnish weekday named alone, in the nominative
// (a post's heading, "tiistai 26. maaliskuuta 2013"), and joined by a
// hyphen to its time of day ("lauantai-iltana", on Saturday evening):
// read, and checked against the date, as the essive "lauantaina" is.
func TestHeldout14Finnish(t *testing.T) {
	tests := []struct {
		in, when string
		codes    []dateline.Code
	}{
		{"tiistai 26. maaliskuuta 2013", "2013-03-26", nil},
		{"keskiviikko 27. maaliskuuta 2013", "2013-03-27", nil},
		{"sunnuntai 26. maaliskuuta 2013", "2013-03-26", []dateline.Code{dateline.CodeWeekday}},
		{"Lauantai-iltana 12. huhtikuuta 2025", "2025-04-12", nil},
		{"perjantai-iltana 11. huhtikuuta 2025", "2025-04-11", nil},
		{"sunnuntai-aamuna 13. huhtikuuta 2025", "2025-04-13", nil},
		{"perjantaina illalla 11. huhtikuuta 2025", "2025-04-11", nil},
		{"torstai-iltana 11. huhtikuuta 2025", "2025-04-11", []dateline.Code{dateline.CodeWeekday}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, false) })
	}
}

// TestHeldout14SpacedDots: the date Czech and Slovak write as their norm,
// a dot and a space after the day and the month ("26. 10. 2003"), found
// in prose where its day cannot be a month or a word for "on the day"
// comes before it; a run of small numbers ("sections 11. 12. 2014") may
// number sections, and is not.
func TestHeldout14SpacedDots(t *testing.T) {
	tests := []struct {
		text, match, when string
	}{
		{"stanovy, které schválilo shromáždění členů 26. 10. 2003, platí", "26. 10. 2003", "2003-10-26"},
		{"Koncert se konal dne 5. 10. 2003 v synagoze.", "5. 10. 2003", "2003-10-05"},
		{"Porada 14. 2. 2024 o Pesachu", "14. 2. 2024", "2024-02-14"},
		{"see sections 11. 12. 2014 and on", "", ""},
		{"items 1. 2. 3. 2003", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, dateline.Reference(corpusReference))
			if tc.match == "" {
				assert.Empty(t, ms)
				return
			}
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.when, ms[0].Report.Dateline.Time.Format("2006-01-02"))
		})
	}
}

// TestHeldout14SentenceYear: a sentence that names its year at its start
// in Romanian ("În anul 2013", "În 2024") or with the word for year in
// Portuguese, Spanish and Italian gives that year to a date further on
// that names none (the fourteenth held-out set's "În anul 2013, Hanuca
// începe pe 28 noiembrie" was not found).
func TestHeldout14SentenceYear(t *testing.T) {
	tests := []struct {
		text, when string
	}{
		{"În anul 2013, Hanuca începe pe 28 noiembrie.", "2013-11-28"},
		{"În 2019 Hanuca a început pe 22 decembrie.", "2019-12-22"},
		{"No ano de 2024, o Yom Kipur cai em 12 de outubro.", "2024-10-12"},
		{"En el año 2019 Janucá comenzó el 22 de diciembre.", "2019-12-22"},
		{"Nell'anno 2021 Pesach iniziò il 28 marzo.", "2021-03-28"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, dateline.Reference(corpusReference))
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.when, ms[0].Report.Dateline.Time.Format("2006-01-02"))
		})
	}
}

// TestHeldout14NumericRanges: the two ends of a range of numeric dates are
// read in one order: an end that reads one way only gives its order to an
// end that reads both ("6/11/2014 – 16/11/2014", November 6 to 16), and a
// word of a day-first language joining two ends that each read both ways
// makes them day first ("4-10-2022 t/m 5-10-2022", Dutch's tot en met),
// where they were read as April 10 to May 10 with a warning, or not at
// all. Two ends that read both ways with a dash between keep the warning.
func TestHeldout14NumericRanges(t *testing.T) {
	tests := []struct {
		in, when string
		codes    []dateline.Code
	}{
		{"6/11/2014 – 16/11/2014", "2014-11-06", nil},
		{"16/11/2014 – 6/12/2014", "2014-11-16", nil},
		{"10/6/2014 – 10/16/2014", "2014-10-06", nil},
		{"4-10-2022 t/m 5-10-2022", "2022-10-04", nil},
		{"4-10-2022 tot 5-10-2022", "2022-10-04", nil},
		{"03/04/2024 bis 05/04/2024", "2024-04-03", nil},
		{"04/03/2024 to 04/05/2024", "2024-04-03", []dateline.Code{dateline.CodeDateAmbiguous}},
		{"4-10-2022 - 5-10-2022", "2022-04-10", []dateline.Code{dateline.CodeDateAmbiguous}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, false) })
	}
}

// TestHeldout14SlashYear: a month's name and day, and a Gregorian year
// after a slash with spaces around it, as a blog's post date writes it
// ("квітня 22 / 2024"); a Hebrew date after such a slash stays the other
// calendar's.
func TestHeldout14SlashYear(t *testing.T) {
	tests := []struct {
		in, when string
	}{
		{"квітня 22 / 2024", "2024-04-22"},
		{"March 5 / 2024", "2024-03-05"},
		{"22 квітня / 2024", "2024-04-22"},
		{"Saturday, March 2 / 22 Adar I 5784", "2024-03-02"},
		{"March 5 / 2024 / 25 Adar I 5784", "2024-03-05"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", nil, true) })
	}
}

// TestHeldout14PolishTimeFirst: Polish writes an event's time before its
// date as after it, with "o" (at) and "godz." or its letter "g." ("o g.
// 17.45, 12 Grudnia 2017"): the dotted time is an hour and its minutes,
// not a day and a month. Without such a word before it, "17.45, 12
// grudnia 2017" stays no time.
func TestHeldout14PolishTimeFirst(t *testing.T) {
	tests := []struct {
		in, when string
	}{
		{"o g. 17.45, 12 Grudnia 2017", "2017-12-12 17:45"},
		{"o godz. 17.45, 12 grudnia 2017", "2017-12-12 17:45"},
		{"godz. 9.30, 3 marca 2024", "2024-03-03 09:30"},
		{"o 17:45, 12 grudnia 2017", "2017-12-12 17:45"},
		{"12 grudnia 2017, g. 17.45", "2017-12-12 17:45"},
		{"12 grudnia 2017 o godz. 18", "2017-12-12 18:00"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02 15:04", nil, false) })
	}
	for _, in := range []string{"17.45, 12 grudnia 2017", "1 o 2 de marzo de 2024"} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		assert.False(t, rep.Dateline.HasTime, in)
	}
}

// TestHeldout14GluedAt: French's and Portuguese's "à"/"às" run into the
// year by a page's template ("le dimanche 1er février 2026à 19h", as the
// eleventh held-out set found it) end the year and lead its time; a year
// with other letters glued to it is still no year.
func TestHeldout14GluedAt(t *testing.T) {
	tests := []struct {
		in, when string
	}{
		{"le dimanche 1er février 2026à 19h", "2026-02-01 19:00"},
		{"1er février 2026à 19h30", "2026-02-01 19:30"},
		{"28 de setembro de 2022às 10:39", "2022-09-28 10:39"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02 15:04", nil, true) })
	}
	rep := dateline.Check("1er février 2026abc 19h", dateline.Reference(corpusReference))
	assert.False(t, rep.Dateline.HasTime)
}

// TestHeldout14WeekdayEvening: a weekday's evening in more languages, as
// French's "samedi soir" and German's "Freitagabend" were read: Polish's
// "wieczorem", Czech's "večer", Swedish's "kväll" and its compounds
// ("lördagskväll", "fredagskvällen"), and a preposition before the
// evening ("sábado à noite", "Samstag am Abend"). The weekday is the
// date's; a Hebrew date of the next day is the evening's, the dateline's
// own, and the date's own Hebrew date the after-sunset warning; a weekday
// that is not the date's is an error.
func TestHeldout14WeekdayEvening(t *testing.T) {
	tests := []struct {
		in, when string
		codes    []dateline.Code
	}{
		{"w sobotę wieczorem 6 kwietnia 2024", "2024-04-06", nil},
		{"v sobotu večer 6. dubna 2024", "2024-04-06", nil},
		{"lördag kväll 6 april 2024", "2024-04-06", nil},
		{"lördagskväll 6 april 2024", "2024-04-06", nil},
		{"fredagskvällen den 5 april 2024", "2024-04-05", nil},
		{"sábado à noite, 6 de abril de 2024", "2024-04-06", nil},
		{"Samstag am Abend, 6. April 2024", "2024-04-06", nil},
		{"sábado por la noche, 6 de abril de 2024", "2024-04-06", nil},
		{"fredagskvällen den 6 april 2024", "2024-04-06", []dateline.Code{dateline.CodeWeekday}},
		{"lördag kväll 6 april 2024 / 28 Adar II 5784", "2024-04-06", nil},
		{"lördag kväll 6 april 2024 / 27 Adar II 5784", "2024-04-06", []dateline.Code{dateline.CodeAfterSunset}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, false) })
	}
	// English's "at" before a time is no evening's preposition.
	rep := dateline.Check("Saturday at 10:00, April 6, 2024", dateline.Reference(corpusReference))
	assert.Equal(t, "2024-04-06 10:00", rep.Dateline.Time.Format("2006-01-02 15:04"))
}
