package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// A julianProblem is a problem a test expects: its code and severity.
type julianProblem struct {
	code dateline.Code
	sev  dateline.Severity
}

// TestJulian: text that says its date is Julian is read in the Julian
// calendar; a date before the reform that agrees only as a Julian date is
// read as one with a warning; a later one keeps its calendar error.
func TestJulian(t *testing.T) {
	info, warning := dateline.Info, dateline.Warning
	julianInfo := julianProblem{dateline.CodeJulian, info}
	for _, tc := range []struct {
		in       string
		day      string // the proleptic Gregorian day, Dateline.Time's
		hebrew   hebrew.Date
		problems []julianProblem
	}{
		// The text says so.
		{"December 15, 1812 O.S. | 24 Tevet 5573", "1812-12-27", hebrew.Date{Year: 5573, Month: hebrew.Tevet, Day: 24},
			[]julianProblem{julianInfo}},
		{"1 Tevet 5535, 23 November 1774, according to the Julian calendar", "1774-12-04",
			hebrew.Date{Year: 5535, Month: hebrew.Tevet, Day: 1}, []julianProblem{julianInfo}},
		{"Sunday, 15 December 1812 (Old Style)", "1812-12-27", hebrew.Date{Year: 5573, Month: hebrew.Tevet, Day: 24},
			[]julianProblem{julianInfo}},
		{"OS: 4 September 1745", "1745-09-15", hebrew.Date{Year: 5505, Month: hebrew.Elul, Day: 18}, []julianProblem{julianInfo}},
		{"February 29, 1700 O.S.", "1700-03-11", hebrew.Date{Year: 5460, Month: hebrew.Adar, Day: 20}, []julianProblem{julianInfo}},
		{"October 22-28, 1700 O.S.", "1700-11-02", hebrew.Date{Year: 5461, Month: hebrew.Cheshvan, Day: 20}, []julianProblem{julianInfo}},
		// February 27, 1700 O.S. is in 1701 as England counted the year,
		// from March 25: the year is ambiguous.
		{"February 27-March 2, 1700 O.S.", "1700-03-09", hebrew.Date{Year: 5460, Month: hebrew.Adar, Day: 18},
			[]julianProblem{julianInfo, {dateline.CodeDateAmbiguous, warning}}},
		// It says so, and the Hebrew date is the Gregorian reading's.
		{"December 27, 1812 O.S. | 24 Tevet 5573", "1813-01-08", hebrew.Date{Year: 5573, Month: hebrew.Tevet, Day: 24},
			[]julianProblem{{dateline.CodeCalendar, dateline.Error}, julianInfo}},
		{"February 29, 1701 O.S.", "", hebrew.Date{}, []julianProblem{{dateline.CodeNoSuchDay, dateline.Error}}},
		{"February 27-30, 1700 O.S.", "1700-03-09", hebrew.Date{Year: 5460, Month: hebrew.Adar, Day: 18},
			[]julianProblem{julianInfo, {dateline.CodeNoSuchDay, dateline.Error}}},
		// It does not say, and before the reform the Julian date agrees.
		{"July 31, 1492 | 7 Av 5252", "1492-08-09", hebrew.Date{Year: 5252, Month: hebrew.Av, Day: 7},
			[]julianProblem{{dateline.CodeJulian, warning}}},
		{"Friday, 13 October 1307", "1307-10-21", hebrew.Date{Year: 5068, Month: hebrew.Cheshvan, Day: 16},
			[]julianProblem{{dateline.CodeJulian, warning}}},
		{"20 Tevet 4965 (December 13, 1204)", "1204-12-20", hebrew.Date{Year: 4965, Month: hebrew.Tevet, Day: 20},
			[]julianProblem{{dateline.CodeJulian, warning}}},
		// A week off as Gregorian, a day behind as Julian: the evening.
		{"20 Tevet 4965 (December 12, 1204)", "1204-12-19", hebrew.Date{Year: 4965, Month: hebrew.Tevet, Day: 20},
			[]julianProblem{{dateline.CodeAfterSunset, warning}, {dateline.CodeJulian, warning}}},
		{"August 9, 1492 | 7 Av 5252", "1492-08-09", hebrew.Date{Year: 5252, Month: hebrew.Av, Day: 7}, nil},
		{"Thursday, 13 October 1307", "1307-10-13", hebrew.Date{Year: 5068, Month: hebrew.Cheshvan, Day: 8}, nil},
		// Nor where it says the date is Gregorian.
		{"July 31, 1492 N.S. | 7 Av 5252", "1492-07-31", hebrew.Date{Year: 5252, Month: hebrew.Av, Day: 7},
			[]julianProblem{{dateline.CodeCalendar, dateline.Error}}},
		// After the reform the calendar error stays, with a word on it.
		{"23 November 1774 | 1 Tevet 5535", "1774-11-23", hebrew.Date{Year: 5535, Month: hebrew.Tevet, Day: 1},
			[]julianProblem{{dateline.CodeCalendar, dateline.Error}, julianInfo}},
		{"Sunday, 24 Tevet 5573, December 15, 1812", "1812-12-15", hebrew.Date{Year: 5573, Month: hebrew.Tevet, Day: 24},
			[]julianProblem{{dateline.CodeCalendar, dateline.Error}, julianInfo}},
		{"23 November 1924 | 1 Tevet 5685", "1924-11-23", hebrew.Date{Year: 5685, Month: hebrew.Tevet, Day: 1},
			[]julianProblem{{dateline.CodeCalendar, dateline.Error}}},
		// Nothing says which calendar, and nothing settles it: read as
		// Gregorian, with a warning that gives the Julian reading
		// (girona-city.com's "el 17 de setembre de 1391", the 140th
		// held-out round, was read as 10 Tishrei in silence). From the
		// reform on, and with a weekday or Hebrew date that fits the
		// Gregorian reading, nothing is said.
		{"17 September 1391", "1391-09-17", hebrew.Date{Year: 5152, Month: hebrew.Tishrei, Day: 10},
			[]julianProblem{{dateline.CodeDateAmbiguous, warning}}},
		{"1391-09-17", "1391-09-17", hebrew.Date{Year: 5152, Month: hebrew.Tishrei, Day: 10},
			[]julianProblem{{dateline.CodeDateAmbiguous, warning}}},
		{"October 14, 1582", "1582-10-14", hebrew.Date{Year: 5343, Month: hebrew.Tishrei, Day: 18},
			[]julianProblem{{dateline.CodeDateAmbiguous, warning}}},
		{"October 15, 1582", "1582-10-15", hebrew.Date{Year: 5343, Month: hebrew.Tishrei, Day: 19}, nil},
		{"Saturday, 17 September 1391", "1391-09-17", hebrew.Date{Year: 5152, Month: hebrew.Tishrei, Day: 10}, nil},
		{"17 September 1391 | 10 Tishrei 5152", "1391-09-17", hebrew.Date{Year: 5152, Month: hebrew.Tishrei, Day: 10}, nil},
		{"17 September 1391 N.S.", "1391-09-17", hebrew.Date{Year: 5152, Month: hebrew.Tishrei, Day: 10}, nil},
		// An occasion beside a date that is its day only as a Julian
		// date is read so ("Tisha B'Av, August 2, 1492" was 29 Tammuz,
		// an occasion error); not with a weekday that fits the
		// Gregorian reading, nor after the reform.
		{"Tisha B'Av, August 2, 1492", "1492-08-11", hebrew.Date{Year: 5252, Month: hebrew.Av, Day: 9},
			[]julianProblem{{dateline.CodeJulian, warning}}},
		{"Purim, February 14, 1500", "1500-02-23", hebrew.Date{Year: 5260, Month: hebrew.Adar, Day: 14},
			[]julianProblem{{dateline.CodeJulian, warning}}},
		{"Tisha B'Av, August 11, 1492", "1492-08-11", hebrew.Date{Year: 5252, Month: hebrew.Av, Day: 9},
			[]julianProblem{{dateline.CodeDateAmbiguous, warning}}},
		{"Tuesday, Tisha B'Av, August 2, 1492", "1492-08-02", hebrew.Date{Year: 5252, Month: hebrew.Tammuz, Day: 29},
			[]julianProblem{{dateline.CodeOccasion, dateline.Error}}},
		{"Tisha B'Av, August 2, 1700", "1700-08-02", hebrew.Date{Year: 5460, Month: hebrew.Av, Day: 17},
			[]julianProblem{{dateline.CodeOccasion, dateline.Error}}},
		// A month: its days in the Julian calendar.
		{"Adar 5460 / March 1700 O.S.", "", hebrew.Date{Year: 5460, Month: hebrew.Adar},
			[]julianProblem{{dateline.CodeMonthOnly, info}}},
		{"Adar 5460 / April 1700 O.S.", "", hebrew.Date{Year: 5460, Month: hebrew.Adar},
			[]julianProblem{{dateline.CodeCalendar, dateline.Error}, {dateline.CodeMonthOnly, info}}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			var got []julianProblem
			for _, p := range rep.Problems {
				got = append(got, julianProblem{p.Code, p.Severity})
				assert.NotEmpty(t, p.Message)
			}
			assert.Equal(t, tc.problems, got, "%+v", rep.Problems)
			if tc.day != "" {
				assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			} else {
				assert.True(t, rep.Dateline.Time.IsZero(), "%v", rep.Dateline.Time)
			}
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew)
		})
	}
}

// TestJulianMessages: the messages give the proleptic Gregorian day, and
// of a date that nothing says is Julian or not, its Julian reading.
func TestJulianMessages(t *testing.T) {
	for _, tc := range []struct{ in, msg string }{
		{"December 15, 1812 O.S. | 24 Tevet 5573",
			`"December 15, 1812" is read in the Julian calendar, as the text says: it is December 27, 1812 in the proleptic Gregorian calendar`},
		{"July 31, 1492 | 7 Av 5252",
			`"July 31, 1492" agrees with 7 Av 5252 only as a Julian date, as dates before the Gregorian reform of October 15, 1582 were written; it was read as August 9, 1492 in the proleptic Gregorian calendar`},
		{"Friday, 13 October 1307",
			`"13 October 1307" agrees with its weekday, Friday, only as a Julian date, as dates before the Gregorian reform of October 15, 1582 were written; it was read as October 21, 1307 in the proleptic Gregorian calendar`},
		{"17 de setembre de 1391",
			`"17 de setembre de 1391" is before the Gregorian reform of October 15, 1582, and nothing says which calendar it is in; it was read in the proleptic Gregorian calendar, but dates of its time were written in the Julian, as which it is September 25, 1391, 18 Tishrei 5152; say which (O.S. or N.S.)`},
		{"23 November 1774 | 1 Tevet 5535",
			`"23 November 1774" would agree with 1 Tevet 5535 as a Julian (Old Style) date, December 4, 1774 in the Gregorian calendar, as countries that kept the Julian calendar until 1918 or 1923 wrote it; if it is one, say so (O.S.)`},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			var msgs []string
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeJulian || p.Code == dateline.CodeDateAmbiguous {
					msgs = append(msgs, p.Message)
					assert.Equal(t, tc.in[p.Start:p.End], p.Message[1:1+p.End-p.Start], "the span is the date quoted")
				}
			}
			assert.Equal(t, []string{tc.msg}, msgs)
		})
	}
}

// TestJulianParse: Parse reads a Julian date, and a date that agrees only
// as a Julian date, without error; errors.Is finds a Julian calendar error.
func TestJulianParse(t *testing.T) {
	d, err := dateline.Parse("December 15, 1812 O.S. / 24 Tevet 5573")
	require.NoError(t, err)
	assert.Equal(t, time.Date(1812, time.December, 27, 0, 0, 0, 0, time.UTC), d.Time)
	d, err = dateline.Parse("July 31, 1492 | 7 Av 5252")
	require.NoError(t, err)
	assert.Equal(t, time.Date(1492, time.August, 9, 0, 0, 0, 0, time.UTC), d.Time)
	_, err = dateline.Parse("December 27, 1812 O.S. | 24 Tevet 5573")
	assert.ErrorIs(t, err, dateline.ErrCalendar)
	_, err = dateline.Parse("February 29, 1701 O.S.")
	assert.ErrorIs(t, err, dateline.ErrNoSuchDay)
}

// TestJulianFormat: a layout by example of a Julian date writes the Julian
// date of any day with its marker; an example that agrees only as a Julian
// date and does not say so is no layout.
func TestJulianFormat(t *testing.T) {
	alterRebbe := dateline.New(time.Date(1812, time.December, 27, 0, 0, 0, 0, time.UTC))
	purim := dateline.New(time.Date(2024, time.March, 24, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		layout    string
		d         dateline.Dateline
		want      string
		layoutStr string
	}{
		{"December 15, 1812 O.S. / 24 Tevet 5573", alterRebbe, "December 15, 1812 O.S. / 24 Tevet 5573",
			"January 2, 2006 O.S. / 2 Tevet 5766"},
		{"December 15, 1812 O.S. / 24 Tevet 5573", purim, "March 11, 2024 O.S. / 14 Adar II 5784",
			"January 2, 2006 O.S. / 2 Tevet 5766"},
		{"Monday, January 2, 2006 O.S. | 2 Tevet 5766", purim, "Sunday, March 11, 2024 O.S. | 14 Adar II 5784",
			"Monday, January 2, 2006 O.S. | 2 Tevet 5766"},
		{"1 Tevet 5535, 23 November 1774, according to the Julian calendar", alterRebbe,
			"24 Tevet 5573, 15 December 1812, according to the Julian calendar",
			"2 Tevet 5766, 2 January 2006, according to the Julian calendar"},
		{"February 22, 1732 N.S.", alterRebbe, "December 27, 1812 N.S.", "January 2, 2006 N.S."},
		{"October 22-28, 1700 O.S.", dateline.New(time.Date(1701, time.March, 8, 0, 0, 0, 0, time.UTC)),
			"February 25-March 3, 1701 O.S.", "January 2-8, 2006 O.S."},
		{"October 22-28, 1700 O.S.", dateline.New(time.Date(1700, time.March, 8, 0, 0, 0, 0, time.UTC)),
			"February 26-March 3, 1700 O.S.", "January 2-8, 2006 O.S."},
	} {
		t.Run(tc.layout+"@"+tc.d.Time.Format(time.DateOnly), func(t *testing.T) {
			got := tc.d.Format(tc.layout)
			assert.Equal(t, tc.want, got)
			l, err := dateline.Compile(tc.layout)
			require.NoError(t, err)
			assert.Equal(t, tc.layoutStr, l.String())
			again, err := dateline.Parse(got)
			require.NoError(t, err, "%q reads back", got)
			assert.Equal(t, tc.d.Time, again.Time)
			assert.Equal(t, tc.d.Hebrew, again.Hebrew)
		})
	}

	_, err := dateline.LayoutOf("July 31, 1492 | 7 Av 5252")
	var pe *dateline.ProblemError
	require.ErrorAs(t, err, &pe, "an unmarked Julian example would write Gregorian dates for other days")
	assert.ErrorIs(t, err, dateline.ErrJulian)
	assert.Equal(t, dateline.CodeJulian, pe.Problem.Code)
	l, err := dateline.LayoutOf("July 31, 1492 O.S. | 7 Av 5252")
	require.NoError(t, err)
	assert.Equal(t, "January 2, 2006 O.S. | 2 Tevet 5766", l.String())

	// The first and last days of the supported years are written and read
	// back, the Julian calendar running ahead in early years and behind in
	// late; days beyond them are not written (as in Gregorian layouts).
	for _, tm := range []time.Time{
		time.Date(-3760, time.September, 7, 0, 0, 0, 0, time.UTC), // 1 Tishrei 1
		time.Date(6239, time.September, 1, 0, 0, 0, 0, time.UTC),  // 5 Elul 9999
	} {
		d := dateline.New(tm)
		s := d.Format("January 2, 2006 O.S.")
		back, err := dateline.Parse(s)
		if assert.NoError(t, err, "%v written as %q", tm, s) {
			assert.True(t, tm.Equal(back.Time), "%v written as %q read as %v", tm, s, back.Time)
		}
	}
	// Outside the supported days: not written, but said (%!Format).
	assert.Equal(t, "%!Format(January 1, -9999 is outside the days this calendar supports, September 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999))",
		dateline.New(time.Date(-9999, time.January, 1, 0, 0, 0, 0, time.UTC)).Format("January 2, 2006 O.S."))
	assert.Equal(t, "%!Format(December 31, 9999 is outside the days this calendar supports, September 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999))",
		dateline.New(time.Date(9999, time.December, 31, 0, 0, 0, 0, time.UTC)).Format("January 2, 2006 O.S."))
}

// TestJulianRoundTrip: every day of 1500 to 1950, written in Julian
// layouts, reads back as that day (every 7th day under -short).
func TestJulianRoundTrip(t *testing.T) {
	// A long test: it runs beside the package's other long ones, one a core.
	t.Parallel()
	layouts := []string{
		"Monday, January 2, 2006 O.S. | 2 Tevet 5766",
		"2 Tevet 5766 (2 January 2006 O.S.)",
		"O.S. 2 January 2006",
		"Jan 2, 2006 (Old Style)",
	}
	step := 1
	if testing.Short() {
		step = 7
	}
	rd := dateline.NewReader()
	for day := time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 1950; day = day.AddDate(0, 0, step) {
		d := dateline.New(day)
		for _, layout := range layouts {
			s := d.Format(layout)
			got, err := rd.Parse(s)
			require.NoError(t, err, "%s in %q", s, layout)
			require.Equal(t, day, got.Time, "%s in %q", s, layout)
			require.Equal(t, d.Hebrew, got.Hebrew, "%s in %q", s, layout)
		}
	}
}

// TestJulianLayoutElements: a Julian layout's dates are of the Julian
// calendar, and its marker is a literal of it.
func TestJulianLayoutElements(t *testing.T) {
	l, err := dateline.LayoutOf("December 15, 1812 O.S.")
	require.NoError(t, err)
	var cals []layout.Calendar
	for _, e := range layout.Unwrap(l).Elements() {
		cals = append(cals, e.Calendar)
	}
	assert.Equal(t, []layout.Calendar{layout.Julian, layout.Gregorian, layout.Julian, layout.Gregorian, layout.Julian,
		layout.Gregorian, layout.Julian}, cals)
}

// TestOSAfterWord: OS without its dots after a word is an operating
// system's, not the Old Style marker of the date after it: "Android OS
// 30.12.2025", "Windows OS\n30.12.2025, 17:04" were read as Julian dates,
// January 12, 2026, with only an info. Without a word before it ("[OS: 4
// September 1745]") or after its date ("April 5, 1902 OS") it says the
// date is Julian still, as O.S. with its dots does anywhere.
func TestOSAfterWord(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ text, day string }{
		{"Android OS 30.12.2025", "2025-12-30"},
		{"Windows OS\n30.12.2025, 17:04", "2025-12-30"},
		{"Linux OS: 30 December 2025", "2025-12-30"},
		{"[OS: 4 September 1745]", "1745-09-15"},
		{"April 5, 1902 OS", "1902-04-18"},
		{"born O.S. 12 December 1790", "1790-12-23"},
	} {
		ms := dateline.Find(tc.text, ref)
		if assert.Len(t, ms, 1, tc.text) {
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly), tc.text)
		}
	}
}

// TestJulianLeapDay: February 29 of a year before the Gregorian reform
// that only the Julian calendar makes a leap year, a century not
// divisible by 400, is the Julian day, with a warning that says so:
// "February 29, 1500 | 29 Adar 5260" and "Saturday, February 29, 1500"
// were no such day. After the reform it is no such day still, and the
// error says what it is as a Julian date; in a leap year of both it is
// what it was.
func TestJulianLeapDay(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"February 29, 1500 | 29 Adar 5260", "1500-03-10", "29 Adar 5260"},
		{"Saturday, February 29, 1500", "1500-03-10", "29 Adar 5260"},
		{"29.02.1500", "1500-03-10", "29 Adar 5260"},
		{"February 29, 1100", "1100-03-07", "17 Adar 4860"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			require.Len(t, rep.Problems, 1, "%v", rep.Problems)
			assert.Equal(t, dateline.CodeJulian, rep.Problems[0].Code)
			assert.Equal(t, dateline.Warning, rep.Problems[0].Severity)
		})
	}
	// A weekday or Hebrew date that the Julian day does not fit is
	// still an error; the last country's reform ends the reading.
	assert.Equal(t, dateline.CodeWeekday, firstErrorCode(dateline.Check("Friday, February 29, 1500")))
	assert.Equal(t, dateline.CodeCalendar, firstErrorCode(dateline.Check("February 29, 1500 | 28 Adar 5260")))
	assert.Equal(t, dateline.CodeNoSuchDay, firstErrorCode(dateline.Check("February 29, 2100")))
	rep1900 := dateline.Check("February 29, 1900")
	assert.Equal(t, dateline.CodeNoSuchDay, firstErrorCode(rep1900))
	assert.Contains(t, rep1900.Problems[0].Message, "it is a day of the Julian calendar, March 13, 1900 in the Gregorian")
	rep := dateline.Check("February 29, 1600")
	assert.True(t, rep.OK())
	assert.Empty(t, rep.Problems)
}

// firstErrorCode returns the code of rep's first error, or "".
func firstErrorCode(rep dateline.Report) dateline.Code {
	for _, p := range rep.Problems {
		if p.Severity == dateline.Error {
			return p.Code
		}
	}
	return ""
}
