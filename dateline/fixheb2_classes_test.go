package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// fixheb2Reference is the reference of the reports these tests come from
// (--reference 2024-03-02, a Saturday, 22 Adar I 5784).
var fixheb2Reference = time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC)

// TestHebrewProseAfterMonthNoYear: a prose word after a Hebrew month whose
// letters read as a numeral of thousands, a prefix letter before a short
// word (בתל of בתל אביב, in Tel Aviv; בתשע, at nine; ותל, and Tel), is no
// year: "בניסן בתל אביב" was Nisan 2430, a month of -1330, with nothing
// said. The day before the month is read without it, in the year nearest
// the reference; the years pages write, with their marks or in full
// (תשפ״ד, תשפה, ה׳תשפ״ד, התשפ״ד), stay read.
func TestHebrewProseAfterMonthNoYear(t *testing.T) {
	for _, tc := range []struct{ in, day, text string }{
		{"ט״ו בניסן בתל אביב", "2024-04-23", "ט״ו בניסן"},
		{"ט״ו בניסן בתשע בבוקר", "2024-04-23", "ט״ו בניסן"},
		{"כ׳ באייר ותל אביב", "2024-05-28", "כ׳ באייר"},
		{"י״ב באדר ב׳ בתל אביב", "2024-03-22", "י״ב באדר ב׳"},
		{"ט״ו בניסן בחיפה", "2024-04-23", "ט״ו בניסן"},
		{"ט״ו בניסן בירושלים", "2024-04-23", "ט״ו בניסן"},
		// Near misses: real years after the month stay read.
		{"ט״ו בניסן תשפ״ד בתל אביב", "2024-04-23", "ט״ו בניסן תשפ״ד"},
		{"ט״ו בניסן התשפ״ד", "2024-04-23", "ט״ו בניסן התשפ״ד"},
		{"ט״ו בניסן תשפה", "2025-04-13", "ט״ו בניסן תשפה"},
		{"ט״ו בניסן ה׳תשפ״ה", "2025-04-13", "ט״ו בניסן ה׳תשפ״ה"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(fixheb2Reference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
		})
	}
	// A month alone before the prose word: no month of a year in the
	// sixteenth century BCE (nor any other).
	for _, in := range []string{"ביום ש בניסן בתל אביב", "בניסן בתל אביב", "בניסן בתשע בבוקר", "באייר ותל אביב"} {
		t.Run(in, func(t *testing.T) {
			for _, m := range dateline.Find(in, dateline.Reference(fixheb2Reference)) {
				assert.NotContains(t, in[m.Start:m.End], "תל")
				assert.NotContains(t, in[m.Start:m.End], "תשע")
			}
		})
	}
	for _, in := range []string{"בניסן תשפ״ד", "בניסן תשפד", "ניסן ה׳תשפ״ד", "בניסן התשפד"} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, dateline.Reference(fixheb2Reference))
			require.Len(t, ms, 1)
			assert.Equal(t, in, in[ms[0].Start:ms[0].End])
			assert.Equal(t, 5784, ms[0].Report.Dateline.Hebrew.Year)
		})
	}
}

// TestHebrewOnDayPrefixedCheck: "ביום" (on the day) and its kin "מיום"
// (from the day) and "ליום" with the prefixes Hebrew glues before them, ו
// (and), ש (that), כש (when), open a dateline to Check as they do to Find:
// "וביום ש 2.3.2024" was refused at וביום, where Find read Saturday, March
// 2. The weekday after it is still checked; a bare "ויום" is not such a
// word and stays unread.
func TestHebrewOnDayPrefixedCheck(t *testing.T) {
	for _, tc := range []struct{ in, day string }{
		{"וביום ש 2.3.2024", "2024-03-02"},
		{"וביום שבת 2.3.2024", "2024-03-02"},
		{"כשביום ו׳ 1.3.2024", "2024-03-01"},
		{"וביום 4.3.2024", "2024-03-04"},
		{"ומיום שישי 1.3.2024", "2024-03-01"},
		{"שביום שבת, 2 במרץ 2024", "2024-03-02"},
		{"ביום ש 2.3.2024", "2024-03-02"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Reference(fixheb2Reference))
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			ms := dateline.Find(tc.in, dateline.Reference(fixheb2Reference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
		})
	}
	// The weekday after the prefixed word is checked: 1.3.2024 is a Friday.
	for _, in := range []string{"וביום ה 1.3.2024", "וביום חמישי 1.3.2024"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.Reference(fixheb2Reference))
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
		})
	}
	for _, in := range []string{"ויום ש 2.3.2024", "וכיום ש 2.3.2024"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, dateline.Reference(fixheb2Reference)).OK())
		})
	}
}

// TestNumericRangeMonthFirstOnly: a range of two dates with slashes and a
// dash whose numbers read month first only, a day above 12, as US pages
// write it ("3/14-3/16/2024"), is read month first, with no warning, with
// the day-first option too, as "14/3-16/3/2024" is read day first. It was
// refused by Check at the slash, and Find read its end alone, the start
// dropped with nothing said. A range that runs back, or whose numbers
// read in no one order, stays unread by Check.
func TestNumericRangeMonthFirstOnly(t *testing.T) {
	ref := dateline.Reference(fixheb2Reference)
	checkRangeOrder(t, ref, []rangeOrderCase{
		{"3/14-3/16/2024", nil, "2024-03-14", "2024-03-16", false},
		{"3/14 - 3/16/2024", nil, "2024-03-14", "2024-03-16", false},
		{"3/4-3/16/2024", nil, "2024-03-04", "2024-03-16", false},
		{"10/28-11/1/2024", nil, "2024-10-28", "2024-11-01", false},
		{"12/30-1/2/2025", nil, "2024-12-30", "2025-01-02", false},
		{"3/14-3/16/24", nil, "2024-03-14", "2024-03-16", false},
		{"3/14-3/16/2024", []dateline.Option{dateline.DayFirst()}, "2024-03-14", "2024-03-16", false},
		{"Thu 3/14-Sat 3/16/2024", nil, "2024-03-14", "2024-03-16", false},
		// Near misses: day first only, and both orders (said).
		{"14/3-16/3/2024", nil, "2024-03-14", "2024-03-16", false},
		{"3/4-3/6/2024", nil, "2024-03-04", "2024-03-06", true},
	})
	for _, in := range []string{"3/16-3/14/2024", "13/14-3/16/2024", "3/14-3/32/2024", "3/14-16/3/2024"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, ref).OK())
		})
	}
	// In a sentence, Find reads the whole range.
	for _, tc := range []struct{ text, span, from, to string }{
		{"The fair runs 3/14-3/16/2024 downtown", "3/14-3/16/2024", "2024-03-14", "2024-03-16"},
		{"Registration 10/28 - 11/1/2024 only", "10/28 - 11/1/2024", "2024-10-28", "2024-11-01"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.span, tc.text[m.Start:m.End])
			assert.Equal(t, tc.from, m.Dateline.Time.Format(time.DateOnly))
			require.NotEmpty(t, m.Also)
			assert.Equal(t, tc.to, m.Also[len(m.Also)-1].Time.Format(time.DateOnly))
		})
	}
}

// TestNumericDaysMonthFirst: a range of days of one month inside a
// numeric date written month first ("3/14-16/2024", a day above 12, so
// that day first the start would be the 14th month) is read as March
// 14-16, 2024, as "3/14-3/16/2024" is; it was a syntax error. Where both
// days are 12 or below ("3/4-6/2024") the order is not sure, and a range
// that runs back or a year of two digits stays unread.
func TestNumericDaysMonthFirst(t *testing.T) {
	ref := dateline.Reference(fixheb2Reference)
	checkRangeOrder(t, ref, []rangeOrderCase{
		{"3/14-16/2024", nil, "2024-03-14", "2024-03-16", false},
		{"03/14-16/2024", nil, "2024-03-14", "2024-03-16", false},
		{"12/30-31/2024", nil, "2024-12-30", "2024-12-31", false},
		{"3/4-16/2024", nil, "2024-03-04", "2024-03-16", false},
		{"10/13 - 15/2023", nil, "2023-10-13", "2023-10-15", false},
		{"3/14-16/2024", []dateline.Option{dateline.DayFirst()}, "2024-03-14", "2024-03-16", false},
	})
	for _, in := range []string{"3/4-6/2024", "3/16-14/2024", "3/14-16/3/2024", "13/14-16/2024"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, ref).OK())
		})
	}
	text := "The fair runs 3/14-16/2024 downtown"
	ms := dateline.Find(text, ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "3/14-16/2024", text[ms[0].Start:ms[0].End])
	require.NotEmpty(t, ms[0].Also)
	assert.Equal(t, "2024-03-16", ms[0].Also[len(ms[0].Also)-1].Time.Format(time.DateOnly))
}

// TestOccasionYearlessSlashedRange: a range of month and day with slashes
// and no year is read whole beside its occasion, as "Passover, April
// 22-23" is: after it ("4/22-4/23 Passover" read "4/23 Passover", the
// start dropped with nothing said), and with an end of a day alone
// ("Passover 4/22-23" read "Passover 4/22", the "-23" dropped). Without
// an occasion or a weekday the numbers stay unread, as scores may be.
func TestOccasionYearlessSlashedRange(t *testing.T) {
	ref := dateline.Reference(fixheb2Reference)
	for _, tc := range []struct{ text, from, to string }{
		{"4/22-4/23 Passover", "2022-04-22", "2022-04-23"},
		{"4/22-23 Passover", "2022-04-22", "2022-04-23"},
		{"Passover 4/22-23", "2022-04-22", "2022-04-23"},
		{"Passover 4/22-4/23", "2022-04-22", "2022-04-23"},
		{"10/17-10/23 Sukkot", "2016-10-17", "2016-10-23"},
		{"Sukkot 10/17-23", "2016-10-17", "2016-10-23"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.from, rep.Dateline.Time.Format(time.DateOnly))
			require.NotEmpty(t, rep.Also)
			assert.Equal(t, tc.to, rep.Also[len(rep.Also)-1].Time.Format(time.DateOnly))
			ms := dateline.Find("We meet "+tc.text+" again", ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, ("We meet " + tc.text + " again")[ms[0].Start:ms[0].End])
			require.NotEmpty(t, ms[0].Also)
			assert.Equal(t, tc.to, ms[0].Also[len(ms[0].Also)-1].Time.Format(time.DateOnly))
		})
	}
	// Near misses: no occasion, nothing read; a clock after the dash.
	for _, in := range []string{"4/22-4/23", "4/22-4/23 people", "scores 4/22-23 today"} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, ref))
		})
	}
	t.Run("Passover 4/22-23:00", func(t *testing.T) {
		rep := dateline.Check("Passover 4/22-23:00", ref)
		assert.Empty(t, rep.Also)
	})
}

// TestOccasionYearlessDottedRange: TestOccasionYearlessSlashedRange's
// class written day first with points, as German and other European pages
// write it: "Passover 22.4-23.4" was read as "Passover 22.4", the end
// dropped with nothing said, and "22.4-23.4 Pesach" as its end alone.
func TestOccasionYearlessDottedRange(t *testing.T) {
	ref := dateline.Reference(fixheb2Reference)
	for _, tc := range []struct{ text, from, to string }{
		{"Passover 22.4-23.4", "2022-04-22", "2022-04-23"},
		{"Pessach 22.4 - 23.4", "2022-04-22", "2022-04-23"},
		{"22.4-23.4 Pesach", "2022-04-22", "2022-04-23"},
		{"22-23.4 Pesach", "2022-04-22", "2022-04-23"},
		{"Pesach 22-23.4", "2022-04-22", "2022-04-23"},
		{"Sukkot 17.10-23.10", "2016-10-17", "2016-10-23"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.from, rep.Dateline.Time.Format(time.DateOnly))
			require.NotEmpty(t, rep.Also)
			assert.Equal(t, tc.to, rep.Also[len(rep.Also)-1].Time.Format(time.DateOnly))
		})
	}
	for _, in := range []string{"22.4-23.4", "22.4-23.4 Leute"} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, ref))
		})
	}
}
