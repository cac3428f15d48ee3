package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestReadClasses: the classes of incoming.tsv that issue 13's third round
// taught the reader, each with real rows (marked "real") and made-up ones:
// Italian names, Dutch "=" and "t/m", Yiddish ordinal days, asides in
// brackets, ranges joined by words of other languages or between whole
// dates, Portuguese "dia" and 19h59m, and letter-named days in Cyrillic.
// gregorian and hebrew are the day read; code, if set, a problem that
// must be reported, and ok whether the dateline is clean.
func TestReadClasses(t *testing.T) {
	// "Shabbat Shekalim 25 Febbraio 2017", a real row, is read right, but
	// its layout writes every occasion of the day, as an English one's
	// does: it is in the corpus, not here.
	tests := []langCase{
		// Italian: CLDR's names, and "ore" before a time.
		{"it", "1 Tevet, venerdi 30 dicembre 2016", "2016-12-30", "1 Tevet 5777", true, ""}, // real, with a year added
		{"it", "Sabato 28 Gennaio 2017 Ore 8.45", "2017-01-28", "1 Shevat 5777", true, ""},  // real, without its heading
		{"it", "lunedì 2 gennaio 2006 | 2 Tevet 5766", "2006-01-02", "2 Tevet 5766", true, ""},
		{"it", "martedì 2 gennaio 2006 | 2 Tevet 5766", "2006-01-02", "2 Tevet 5766", false, dateline.CodeWeekday},
		{"it", "14 Nisan 5784, lunedì 22 aprile 2024, ore 19:30", "2024-04-22", "14 Nisan 5784", true, ""},
		// Dutch: "=" between the calendars, "t/m" in a range, "uur"
		// after a time, an aside in brackets.
		{"nl", "Sjevat 15  5782 = 17 januari 2022", "2022-01-17", "15 Shevat 5782", true, ""},                      // real
		{"nl", "Adar Bet 16  5782 = 16 maart 2022", "2022-03-16", "16 Adar II 5782", false, dateline.CodeCalendar}, // real
		{"nl", "Adar Bet 14 t/m 15  5782 = 17 t/m 18 Maart 2022", "2022-03-17", "14 Adar II 5782", true, ""},       // real
		{"nl", "vrijdag 16 december 2022 (in de regio Amsterdam) om 16:10 uur", "2022-12-16", "22 Kislev 5783", true, ""},
		{"nl", "Tisjri 1 t/m 2 5785 = 3 t/m 4 oktober 2024", "2024-10-03", "1 Tishrei 5785", true, ""},
		// Yiddish: דעם and פֿונעם before a date, the ordinal ending טן.
		{"yi", "פֿונעם 26טן אָקטאָבער 2022", "2022-10-26", "1 Cheshvan 5783", true, ""}, // real
		{"yi", "דעם 13טן סעפּטעמבער 1993", "1993-09-13", "27 Elul 5753", true, ""},      // real
		{"yi", "פרײַטיק דעם 10טן אויגוסט 1917", "1917-08-10", "22 Av 5677", true, ""},   // real
		{"yi", "זונטיק דעם 10טן אויגוסט 1917", "1917-08-10", "22 Av 5677", false, dateline.CodeWeekday},
		{"yi", "מאָנטיק דעם 2טן יאַנואַר 2006", "2006-01-02", "2 Tevet 5766", true, ""},
		// An aside in brackets between the Hebrew date and its year.
		{"aside", "יום ו′, כ″א אב (פרײַטיק, איין⸗און⸗צוואַנציק טעג אין חודש מנחם אב) תרע″ז", "1917-08-09", "21 Av 5677", false, dateline.CodeWeekday}, // real
		{"aside", "Friday, March 1, 2024 (as printed in the paper) at 10:30 am", "2024-03-01", "21 Adar I 5784", true, ""},
		// Ranges joined by words of other languages, or between whole
		// dates, and spaced dashes.
		{"range", "9 de Novembro de 2018  a 8 de Dezembro de 2018", "2018-11-09", "1 Kislev 5779", true, ""}, // real
		{"range", "30 November 2023 - 1 December 2023 | 17-18 Kislev 5784", "2023-11-30", "17 Kislev 5784", true, ""},
		{"range", "30 November 2023 - 2 December 2023 | 17-18 Kislev 5784", "2023-11-30", "17 Kislev 5784", false, dateline.CodeCalendar},
		{"range", "6 - 29 de SETEMBRO 2021 | 1 - 23 TISHREI 5782", "2021-09-06", "1 Tishrei 5782", true, dateline.CodeAfterSunset}, // real
		{"range", "6. bis 8. Oktober 2023", "2023-10-06", "21 Tishrei 5784", true, ""},
		{"range", "10 y 11 de marzo de 2024", "2024-03-10", "30 Adar I 5784", true, ""},
		{"range", "17 de março - 9 de abril de 2023", "2023-03-17", "24 Adar 5783", true, ""},
		{"range", "23 fevereiro a 4 março 23", "2023-02-23", "2 Adar 5783", true, ""},
		{"range", "30 November to 4 December 23 | 17-21 Kislev 5784", "2023-11-30", "17 Kislev 5784", true, ""},
		{"range", "21., 22. und 23. Tishrei 6., 7. und 8. Oktober 2023", "2023-10-06", "21 Tishrei 5784", true, ""}, // real
		{"range", "21., 22. und 23. Tishrei 6., 7. und 9. Oktober 2023", "2023-10-06", "21 Tishrei 5784", false, dateline.CodeCalendar},
		{"range", "6, 7 and 8 October 2023", "2023-10-06", "21 Tishrei 5784", true, ""},
		// Portuguese: "dia" before the day, 19h59m.
		{"pt", "Quinta-feira, dia 15 de novembro de 2018, às 19h59m", "2018-11-15", "7 Kislev 5779", true, ""},
		{"pt", "Quinta-feira, dia 15 de novembro, às 19h59m", "2018-11-15", "7 Kislev 5779", true, dateline.CodeYearInferred}, // real
		// An hour alone with the word for hours, as Spanish pages write it.
		{"es", "Martes 4/10/2022, 20 hs.", "2022-10-04", "9 Tishrei 5783", true, ""},
		{"es", "Domingo 25/9/2022 20 horas", "2022-09-25", "29 Elul 5782", true, ""},
		// Letter-named days in Cyrillic.
		{"letter-day", "Юд Тет Кислев 5779 года", "2018-11-27", "19 Kislev 5779", true, ""}, // real
		{"letter-day", "Гимел Тамуза 5754", "1994-06-12", "3 Tammuz 5754", true, ""},
		// The day's name by its letters after its date, as Chabad pages
		// add it: read as the same day.
		{"letter-day", "Friday, Shvat 10, 5772 · February 3, 2012 Yud Shevat", "2012-02-03", "10 Shevat 5772", true, ""}, // real
		{"letter-day", "Saturday, 19 Kislev 5784, December 2, 2023, Yud Tes Kislev", "2023-12-02", "19 Kislev 5784", true, ""},
	}
	// A span of time after a date is no hour.
	rep0 := dateline.Check("March 3, 2024 2 hrs ago")
	assert.False(t, rep0.Dateline.HasTime, "%v", rep0.Problems)
	// Another day's name contradicts the date.
	rep := dateline.Check("Friday, Shvat 10, 5772 · February 3, 2012 Yud Aleph Shevat")
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code, "%v", rep.Problems)
	checkLangCases(t, tests)
}

// TestStandAloneMonths: a month named alone in a language that inflects
// takes its nominative, CLDR's stand-alone name (Ноябрь 2024, listopad
// 2024), which is read as that month and written back as the nominative,
// as some pages write it after a day too.
func TestStandAloneMonths(t *testing.T) {
	tests := []struct {
		in, month string // month: the month read, as "2024-11"
	}{
		{"Ноябрь 2024", "2024-11"},
		{"ноябрь 2024 г.", "2024-11"},
		{"Листопад 2024", "2024-11"},
		{"luty 2024", "2024-02"},
		{"Styczeń 2025", "2025-01"},
		{"maaliskuu 2024", "2024-03"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			require.Len(t, rep.Problems, 1)
			assert.Equal(t, dateline.CodeMonthOnly, rep.Problems[0].Code)
			l, err := dateline.LayoutOf(tc.in)
			require.NoError(t, err)
			m, err := time.Parse("2006-01", tc.month)
			require.NoError(t, err)
			assert.Equal(t, tc.in, l.Format(m, hebrew.Date{}))
		})
	}
	// After a day, as a Russian page prints it (real, incoming.tsv).
	const real = "Суббота, 05. Ноябрь, 2022 - 17:53"
	rep := dateline.Check(real)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2022-11-05 17:53", rep.Dateline.Time.Format("2006-01-02 15:04"))
	assert.Equal(t, "Понедельник, 02. Январь, 2006 - 15:04", rep.Layout)
}

// TestWeekdaySlip: a weekday name misspelt by one letter added, dropped or
// swapped is read as the one weekday it fits, in any language, with an
// info naming the correction, and checked as any weekday is; its layout
// writes the name right.
func TestWeekdaySlip(t *testing.T) {
	ref := time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in, gregorian, layout string
		ok                    bool
	}{
		{"24 Kislev, saato 24 dicembre", "2016-12-24", "2 Tevet, lunedì 2 gennaio", true}, // real
		{"Wednsday, March 6, 2024", "2024-03-06", "Monday, January 2, 2006", true},
		{"Tusday, March 5, 2024", "2024-03-05", "Monday, January 2, 2006", true},
		{"Tusday, March 6, 2024", "2024-03-06", "Monday, January 2, 2006", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Reference(ref))
			assert.Equal(t, tc.gregorian, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.layout, rep.Layout)
			found := false
			for _, p := range rep.Problems {
				found = found || p.Code == dateline.CodeSpelling
			}
			assert.True(t, found, "%v", rep.Problems)
		})
	}
	// Not a weekday: two letters off, or a word of the tables.
	for _, in := range []string{"Sonday, March 3, 2024", "Satday, March 2, 2024"} {
		_, err := dateline.Parse(in)
		assert.Error(t, err, in)
	}
}
