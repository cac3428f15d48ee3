package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout134PolishDayWord: Polish's word for "day" before a date,
// "dnia" (on the day), "w dniu" (on the day) and, before two days or a
// range, "w dniach" (in the days), as Polish official and news text
// opens a date, the same word as Portuguese's "dia" and Spanish's "día"
// before a day of the month. "W dniu 26 i 27 września 2022 r." (on 26
// and 27 September 2022; Turystyka Kulturowa, turystykakulturowa.eu, on
// Rosh Hashanah 5783, the 134th held-out round) was found in free text
// as its date alone, but Check, given the line, said "expected a date,
// found dniu"; so did it for "Dnia 5 maja 2020 roku". The words are now
// text of the dateline, read and written back by its layout.
func TestHeldout134PolishDayWord(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"W dniu 26 i 27 września 2022 r.", "2022-09-26", "W dniu 2 i 3 stycznia 2006 r."},
		{"W dniu 26 września 2022 r.", "2022-09-26", "W dniu 2 stycznia 2006 r."},
		{"w dniu 26 września 2022", "2022-09-26", "w dniu 2 stycznia 2006"},
		{"dnia 26 września 2022 r.", "2022-09-26", "dnia 2 stycznia 2006 r."},
		{"Dnia 5 maja 2020 roku", "2020-05-05", "Dnia 2 stycznia 2006 roku"},
		{"W dniach 26-27 września 2022 r.", "2022-09-26", "W dniach 2-3 stycznia 2006 r."},
		{"W dniach od 6 do 8 września 2021 roku", "2021-09-06", ""},
		{"dnia 12.05.2020 r.", "2020-05-12", ""},
		{"w dniu 5 maja 2020, we wtorek", "2020-05-05", ""},
	})
	// With its sunset after it, the evening's Hebrew date, as without
	// the word.
	rep := dateline.Check("w dniu 15 września 2023 roku o zachodzie słońca", heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "1 Tishrei 5784", rep.Dateline.Hebrew.String())
	// A wrong weekday is still an error, and a Hebrew date that
	// disagrees still said.
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday},
		reportCodes(dateline.Check("dnia 5 maja 2021, we wtorek", heldoutRef), dateline.Error))
	assert.Error(t, dateline.Check("W dniu 26 września 2022 r. (5 Tiszri 5783)", heldoutRef).Err())
	// The words without a date are prose: no date, in text or alone.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"W dniu wczorajszym przyszło 40 osób.", ""},
		{"Lek brać dnia 5 razy.", ""},
		{"Święto trwa w dniach 5 i 6.", ""},
		{"W dniu 26 i 27 września 2022 r. Żydzi obchodzili Rosz ha-Szana.", "2022-09-26"},
	})
	assert.False(t, dateline.Check("w dniu", heldoutRef).OK())
	assert.False(t, dateline.Check("dnia 32 maja 2020", heldoutRef).OK())
}

// TestHeldout134LithuanianDayAfterRange: Lithuanian's word for the day,
// "d." (diena) or "dienomis" (on the days), after the end of a range or
// a pair of days written month first: "gruodžio 7–8 d.", "gruodžio 7 ir
// 8 d.", "gruodžio 7-15 dienomis" (Chanukah's days as a Vilnius school
// wrote them). The 134th held-out round's search for Lithuanian pages
// found the dates of a Holocaust memorial's two days written so, "1941
// m. spalio 28–29 d." (read, its year first), beside the same without a
// year, which was "expected a date, found d": the word was read after a
// day alone, and after a range's end only where the year came first;
// with "ir" (and) not even then. It is now read after the end, with or
// without the year.
func TestHeldout134LithuanianDayAfterRange(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"2023 m. gruodžio 7–8 d.", "2023-12-07", "2006 m. sausio 2–3 d."},
		{"2023 m. gruodžio 7 ir 8 d.", "2023-12-07", "2006 m. sausio 2 ir 3 d."},
		{"2023 m. gruodžio 7-15 dienomis", "2023-12-07", "2006 m. sausio 2-10 dienomis"},
		{"1941 m. spalio 28–29 d.", "1941-10-28", "2006 m. sausio 2–3 d."},
		{"ketvirtadienį, 2023 m. gruodžio 7 ir 8 d.", "2023-12-07", ""},
		// Without a year: the nearest, as for a day.
		{"gruodžio 7–8 d.", "2026-12-07", "sausio 2–3 d."},
		{"gruodžio 7 ir 8 d.", "2026-12-07", "sausio 2 ir 3 d."},
		{"gruodžio 7-15 dienomis", "2026-12-07", "sausio 2-10 dienomis"},
	})
	// A weekday that is not the start's is an error.
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday},
		reportCodes(dateline.Check("2023 m. gruodžio 7–8 d., penktadienį", heldoutRef), dateline.Error))
	// In text, and a count of people after the pair is no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Renginiai vyks 2023 m. gruodžio 7 ir 8 d. sinagogoje.", "2023-12-07"},
		{"Chanuka šiemet švenčiama gruodžio 7-15 dienomis.", "2026-12-07"},
		{"Atvyko gruodžio 7 ir 8 žmonės.", ""},
	})
}

// TestHeldout134BalticYearAbbreviations: the year's word cut to its
// letter with a point, as Estonian and Latvian write it beside the full
// word that the 134th held-out round's rows print ("5. mail 1989.
// aastal", Areasoner, areasoner65.rssing.com; "2020. gada 22. oktobrī",
// Priekavēsts, priekavests.lv): Estonian's "a." (aastal, aasta) after a
// year with its point, at the end or first, and Latvian's "g." (gada)
// after a year written first. "5. mail 1989. a." was "expected a date,
// found a", "2020. g. 22. oktobrī" "expected a month name, found g".
func TestHeldout134BalticYearAbbreviations(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"5. mail 1989. a.", "1989-05-05", "2. jaanuar 2006. a."},
		{"5. mail 1989. aastal", "1989-05-05", "2. jaanuar 2006. aastal"},
		{"1989. a. 5. mail", "1989-05-05", "2006. a. 2. jaanuar"},
		{"2020. g. 22. oktobrī", "2020-10-22", "2006. g. 2. janvāris"},
		{"2020. gada 22. oktobrī", "2020-10-22", "2006. gada 2. janvāris"},
		{"2003. g. 16. un 17. martā", "2003-03-16", ""},
	})
	// The letter without its point is no year's word, and Portuguese's
	// "a" between a range's ends is still "to".
	assert.Error(t, dateline.Check("5. mail 1989. a", heldoutRef).Err())
	rep := dateline.Check("9 de Novembro de 2018 a 8 de Dezembro de 2018", heldoutRef)
	require.NoError(t, rep.Err())
	assert.Equal(t, "2018-11-09", rep.Dateline.Time.Format(time.DateOnly))
	// Its weekday is read, and a wrong one still said.
	assert.NoError(t, dateline.Check("reedel, 5. mail 1989. a.", heldoutRef).Err())
	m := dateline.Check("neljapäeval, 5. mail 1989. a.", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, reportCodes(m, dateline.Error))
}

// checkDayLayouts checks that Check reads each case's text with no
// problem worse than an info, as its day, and, where the case gives one,
// in its layout.
func checkDayLayouts(t *testing.T, cases []struct{ text, day, layout string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			if tc.layout != "" {
				assert.Equal(t, tc.layout, rep.Layout)
			}
		})
	}
}

// reportCodes returns the codes of r's problems of severity sev.
func reportCodes(r dateline.Report, sev dateline.Severity) []dateline.Code {
	return severityCodes(dateline.Match{Report: r}, sev)
}
