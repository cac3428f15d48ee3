package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCountedOccasionLayout: a day of an occasion by its number or place
// ("8th day of Pesach 5784", "2. Tag Rosch Haschana 5785", "the last day
// of Passover 5784") has no layout, which would write the words for
// other days: Report.Layout was the words kept as text before the
// reference day's occasion, "8th day of Chanukah: 8th Day 5766", which
// LayoutOf refused, and is "" now, as LayoutOf and Compile refuse it.
// The day read stays the counted one. An occasion named alone, or by a
// name of hebcal's that is one of its days (Pesach II), keeps its layout.
func TestCountedOccasionLayout(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"8th day of Pesach 5784", "2024-04-30"},            // 22 Nisan 5784
		{"2nd day of Sukkot 5785", "2024-10-18"},            // 16 Tishrei 5785
		{"the 3rd day of Chanukah 5784", "2023-12-10"},      // 27 Kislev 5784
		{"2nd day of Pesach 5785", "2025-04-14"},            // 16 Nisan 5785
		{"Chanukah day 3, 5784", "2023-12-10"},              // 27 Kislev 5784
		{"Fifth Day of Chanuka, 5703", "1942-12-08"},        // 29 Kislev 5703
		{"2. Tag Rosch Haschana 5785", "2024-10-04"},        // 2 Tishrei 5785
		{"le 1er jour de Souccot 5785", "2024-10-17"},       // 15 Tishrei 5785
		{"2º día de Rosh Hashaná 5785", "2024-10-04"},       // 2 Tishrei 5785
		{"1e dag Pesach 5784", "2024-04-23"},                // 15 Nisan 5784
		{"Rosh Chodesh Elul Second Day 5784", "2024-09-04"}, // 1 Elul 5784
		{"the last day of Passover 5784", "2024-04-30"},     // 22 Nisan 5784
		{"Final Day of Passover 5785", "2025-04-20"},        // 22 Nisan 5785
		{"the last day of Sukkot 5785", "2024-10-23"},       // 21 Tishrei 5785
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Empty(t, rep.Layout)
			_, err := dateline.LayoutOf(tc.text)
			assert.ErrorIs(t, err, dateline.ErrSyntax)
		})
	}
	// The same lines read one after another by one Reader, which reads
	// a batch by the layouts it learnt: no line takes another's layout.
	rd := dateline.NewReader(heldoutRef)
	for _, text := range []string{"Pesach 5784", "8th day of Pesach 5784", "8th day of Pesach 5784", "2nd day of Sukkot 5785", "the last day of Passover 5784", "the last day of Passover 5784"} {
		rep := rd.Check(text)
		if text == "Pesach 5784" {
			assert.Equal(t, "Chanukah: 8th Day 5766", rep.Layout, text)
		} else {
			assert.Empty(t, rep.Layout, text)
		}
	}
	// Near misses: an occasion by its name alone, or by hebcal's name of
	// one of its days, keeps the reference day's occasion as its layout.
	for _, tc := range []struct{ text, day, layout string }{
		{"Pesach 5784", "2024-04-23", "Chanukah: 8th Day 5766"},              // 15 Nisan 5784
		{"Sukkot 5785", "2024-10-17", "Chanukah: 8th Day 5766"},              // 15 Tishrei 5785
		{"Pesach II 5784", "2024-04-24", "Chanukah: 8th Day 5766"},           // 16 Nisan 5784
		{"Chanukah: 3 Candles 5785", "2024-12-27", "Chanukah: 8th Day 5766"}, // 26 Kislev 5785
		{"Monday, 2 Tevet 5766", "2006-01-02", "Monday, 2 Tevet 5766"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.layout, rep.Layout)
		})
	}
}

// TestRareOccasionYear: an occasion that falls in some years only
// (Tish'a B'Av put off from Shabbat, nidcheh, in English, in Hebrew and
// hebcal's "(observed)") named without a year is read in the most recent
// year that has it, up to six months after the reference, with the info
// that says so: "Tisha B'Av Nidcheh" read in December 2026 took 5788,
// the nearest year, and was an error that 5788 has none. Where no year
// searched has it, the error says so and no year is said to be taken.
func TestRareOccasionYear(t *testing.T) {
	dec2026 := dateline.Reference(time.Date(2026, time.December, 7, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		text string
		ref  dateline.Option
		day  string
	}{
		{"Tisha B'Av Nidcheh", dec2026, "2022-08-07"}, // 10 Av 5782
		{"Tishah B'Av Nidcheh", dec2026, "2022-08-07"},
		{"Tisha B'Av (observed)", dec2026, "2022-08-07"},
		{"תשעה באב נדחה", dec2026, "2022-08-07"},
		{"ט׳ באב (נדחה)", dec2026, "2022-08-07"},
		{"Tisha B'Av Nidcheh, 10 Av", dec2026, "2022-08-07"},
		// 5789's, up to six months after the reference or nearest before.
		{"Tisha B'Av Nidcheh", dateline.Reference(time.Date(2029, time.May, 1, 12, 0, 0, 0, time.UTC)), "2029-07-22"},      // 10 Av 5789
		{"Tisha B'Av Nidcheh", dateline.Reference(time.Date(2031, time.December, 1, 12, 0, 0, 0, time.UTC)), "2029-07-22"}, // 10 Av 5789
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, tc.ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, reportCodes(rep, dateline.Info))
		})
	}
	// Near misses: an occasion of every year, and one of leap years,
	// which the nearest years have, are read as before.
	for _, tc := range []struct{ text, day string }{
		{"Tisha B'Av", "2026-07-23"},  // 9 Av 5786
		{"Purim Katan", "2027-02-21"}, // 14 Adar I 5787
		{"Tisha B'Av Nidcheh 5782", "2022-08-07"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, dec2026)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	// A year that has none stays an error, and so does an occasion no
	// year searched has: Yom HaAtzmaut read in 1900, with no year said.
	for _, tc := range []struct {
		text string
		ref  dateline.Option
	}{
		{"Tisha B'Av Nidcheh 5785", dec2026},
		{"Yom HaAtzmaut", dateline.Reference(time.Date(1900, time.June, 1, 12, 0, 0, 0, time.UTC))},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, tc.ref)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, reportCodes(rep, dateline.Error))
			assert.Empty(t, reportCodes(rep, dateline.Info))
		})
	}
}

// TestBareRoshChodeshAfterHebrewDate: "Rosh Chodesh" without its month
// after a Hebrew date ("30 Cheshvan 5785, Rosh Chodesh", "א׳ כסלו תשפ״ה,
// ראש חודש") is checked against that date, as after a civil date: the
// first of a month but Tishrei, or the 30th before it. It was a syntax
// error in check, and scan read the date alone, so that a wrong one
// ("15 Cheshvan 5785, Rosh Chodesh") passed with nothing said. Its
// layout is none: a layout writes the day as Rosh Chodesh on its days
// and as its number on others ("15 Cheshvan 5785, 15").
func TestBareRoshChodeshAfterHebrewDate(t *testing.T) {
	occ := []dateline.Code{dateline.CodeOccasion}
	for _, tc := range []struct {
		text, day string
		errs      []dateline.Code
	}{
		{"30 Cheshvan 5785, Rosh Chodesh", "2024-12-01", nil},
		{"Monday, 1 Kislev 5785 - Rosh Chodesh", "2024-12-02", nil},
		{"30 Adar I 5784 Rosh Chodesh", "2024-03-10", nil},
		{"1 Adar II 5784 Rosh Chodesh.", "2024-03-11", nil},
		{"א׳ כסלו תשפ״ה, ראש חודש", "2024-12-02", nil},
		{"ל׳ חשון תשפ״ה, ר״ח", "2024-12-01", nil},
		{"December 2, 2024, 1 Kislev 5785, Rosh Chodesh", "2024-12-02", nil},
		{"Вторник, 1 Сивана, Рош Ходеш, 22 Мая", "2012-05-22", nil},
		{"15 Cheshvan 5785, Rosh Chodesh", "2024-11-16", occ},
		{"29 Cheshvan 5785, Rosh Chodesh", "2024-11-30", occ},
		{"1 Tishrei 5785, Rosh Chodesh", "2024-10-03", occ}, // Rosh Hashana
		{"ט״ו חשון תשפ״ה, ראש חודש", "2024-11-16", occ},
		{"ט״ו חשון תשפ״ה, ר״ח", "2024-11-16", occ},
		{"Saturday, 15 Cheshvan 5785 - Rosh Chodesh", "2024-11-16", occ},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.errs, reportCodes(rep, dateline.Error))
			assert.Empty(t, rep.Layout)
			_, err := dateline.LayoutOf(tc.text)
			assert.Error(t, err)
		})
	}
	// Near misses: Rosh Chodesh with its month keeps its occasion's
	// check and layout, and words after it are no part of the dateline.
	rep := dateline.Check("30 Cheshvan 5785, Rosh Chodesh Kislev", heldoutRef)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2 Tevet 5766, Chanukah: 8th Day", rep.Layout)
	rep = dateline.Check("15 Cheshvan 5785, Rosh Chodesh Kislev", heldoutRef)
	assert.Equal(t, occ, reportCodes(rep, dateline.Error))
	ms := dateline.Find("On 15 Cheshvan 5785, Rosh Chodesh preparations began.", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "15 Cheshvan 5785", ms[0].Input)
		assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	}
}

// TestHebrewDateCivilYearInBrackets: a Hebrew day and month with the
// Gregorian year it falls in, in brackets, and no other year ("13 Adar
// (1915)", "כ״ב אדר א׳ (2024)") is read as that day, as "Purim 2024" is:
// Check refused it as a syntax error at the year, where Find read the
// date with the year its sentence names. A year that has the day twice
// ("1 Tevet (2025)": January 1 and December 21) is read as one with a
// warning that names both, unless a weekday says which; a Hebrew year in
// the bracket is the Hebrew year, as before.
func TestHebrewDateCivilYearInBrackets(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"13 Adar (1915)", "1915-02-27", "13 Adar 5675"},
		{"Saturday, 13 Adar (1915)", "1915-02-27", "13 Adar 5675"},
		{"22 Adar I (2024)", "2024-03-02", "22 Adar I 5784"},
		{"כ״ב אדר א׳ (2024)", "2024-03-02", "22 Adar I 5784"},
		{"15 Nisan (1916)", "1916-04-18", "15 Nisan 5676"},
		{"30 Kislev (2024)", "2024-12-31", "30 Kislev 5785"},
		{"Wednesday, 1 Tevet (2025)", "2025-01-01", "1 Tevet 5785"},
		{"Sunday, 1 Tevet (2025)", "2025-12-21", "1 Tevet 5786"},
		{"13 Adar (5675)", "1915-02-27", "13 Adar 5675"}, // the Hebrew year, as before
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, reportCodes(rep, dateline.Warning))
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
	for _, text := range []string{"1 Tevet (2025)", "5 Tevet (2025)"} { // 5 Tevet: January 5 and December 25
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, reportCodes(rep, dateline.Warning))
		})
	}
	// The weekday is still checked, and a bracket that is no year, or a
	// year with no Hebrew day before it, is not read so.
	rep := dateline.Check("Friday, 13 Adar (1915)", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, reportCodes(rep, dateline.Error))
	for _, text := range []string{"13 Adar (0915)", "13 Adar (19155)", "Adar (1915)"} {
		assert.Contains(t, reportCodes(dateline.Check(text, heldoutRef), dateline.Error), dateline.CodeSyntax, text)
	}
	// One Reader, which reads a batch by the layouts it learnt, reads
	// each bracket as Check does alone: the Hebrew year from 3000 on, the
	// civil year below it, and no year of three digits.
	rd := dateline.NewReader(heldoutRef)
	for _, tc := range []struct{ text, day string }{
		{"13 Adar (1915)", "1915-02-27"},
		{"13 Adar (5675)", "1915-02-27"},
		{"13 Adar (1915)", "1915-02-27"},
		{"13 Adar (0915)", ""},
		{"22 Adar I (2024)", "2024-03-02"},
		{"22 Adar I (5784)", "2024-03-02"},
	} {
		rep := rd.Check(tc.text)
		if tc.day == "" {
			assert.False(t, rep.OK(), tc.text)
			continue
		}
		assert.True(t, rep.OK(), "%s: %v", tc.text, rep.Problems)
		assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly), tc.text)
	}
	ms := dateline.Find("He died on 13 Adar (1915) in Vilna.", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "13 Adar (1915)", ms[0].Input)
		assert.Equal(t, "1915-02-27", ms[0].Dateline.Time.Format(time.DateOnly))
	}
}
