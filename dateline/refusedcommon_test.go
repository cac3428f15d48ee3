package dateline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// commonRef is the reference of the adversarial review whose eleventh
// finding listed common input that check and convert refused.
var commonRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// TestZosChanukah: Chanukah's eighth day by the name of its reading, in
// English's spellings and in Hebrew, with a Hebrew or a Gregorian year
// and without one, is hebcal's "Chanukah: 8th Day": "Zos Chanukah 5785"
// and "זאת חנוכה תשפ״ה" were refused ("expected a date, found "Zos"").
// A Gregorian year with no eighth day (2024: 5784's was December 15,
// 2023, 5785's January 2, 2025) stays an error; "Zos" before another
// occasion names nothing.
func TestZosChanukah(t *testing.T) {
	checkReadDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"Zos Chanukah", "2023-12-15", "3 Tevet 5784"},
		{"זאת חנוכה", "2023-12-15", "3 Tevet 5784"},
	})
	checkDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"Zot Chanukah 5785", "2025-01-02", "2 Tevet 5785"},
		{"Zos Chanukah 5784", "2023-12-15", "3 Tevet 5784"},
		{"Zot Hanukkah 2023", "2023-12-15", "3 Tevet 5784"},
		{"זאת חנוכה תשפ״ה", "2025-01-02", "2 Tevet 5785"},
		{"Zos Chanukah, Thursday, January 2, 2025", "2025-01-02", "2 Tevet 5785"},
		{"We light the last candles on Zos Chanukah 5785 after sunset.", "2025-01-02", "2 Tevet 5785"},
	})
	for _, text := range []string{"Zot Hanukkah 2024", "Zos Pesach 5785", "Zos Chanukah, Friday, January 3, 2025"} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
}

// checkReadDayHebs checks that Check reads each case's text whole, with
// no problem above an info, as its day ("2006-01-02") and Hebrew date:
// for datelines, such as an occasion alone, that Find does not look for
// in text.
func checkReadDayHebs(t *testing.T, ref dateline.Option, cases []struct{ text, day, heb string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
}

// TestChanukahCandleAndDayNumber: the N-th candle of Chanukah is the
// evening it is lit, that begins Chanukah's N-th day, as "the third night
// of Chanukah" is read (the Gregorian day of the evening, the Hebrew date
// of its night); and "Chanukah: Day 3", with hebcal's colon, is the
// festival's third day, as "Chanukah Day 3" is. "3rd candle of
// Hanukkah", "the third candle of Chanukah 2024" and "Chanukah: Day 3,
// December 28, 2024" were refused. A candle of another festival, a day
// past the festival's last, and a date that is not the candle's evening
// stay errors.
func TestChanukahCandleAndDayNumber(t *testing.T) {
	checkReadDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"3rd candle of Hanukkah", "2023-12-09", "27 Kislev 5784"},
		{"Chanukah: Day 3", "2023-12-10", "27 Kislev 5784"},
		{"the third candle of Chanukah 2024", "2024-12-27", "27 Kislev 5785"},
		{"Third Candle of Chanukah 5785", "2024-12-27", "27 Kislev 5785"},
		{"first candle of Hanukkah 2024", "2024-12-25", "25 Kislev 5785"},
		{"2nd candle of Chanukah 5784", "2023-12-08", "26 Kislev 5784"},
		{"the seventh candle of Hanukkah 5785", "2024-12-31", "1 Tevet 5785"},
		{"Chanukah: Day 3, December 28, 2024", "2024-12-28", "27 Kislev 5785"},
		{"Chanukah: Day 3 5784", "2023-12-10", "27 Kislev 5784"},
		{"Hanukkah: Day 8 5785", "2025-01-02", "2 Tevet 5785"},
		{"Pesach: Day 2 5784", "2024-04-24", "16 Nisan 5784"},
		{"Rosh Hashanah: Day 2 5785", "2024-10-04", "2 Tishrei 5785"},
	})
	checkDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"We will light the 3rd candle of Hanukkah 2024 together.", "2024-12-27", "27 Kislev 5785"},
		{"On the third candle of Chanukah, Friday, December 27, 2024, we meet.", "2024-12-27", "27 Kislev 5785"},
	})
	for _, text := range []string{
		"3rd candle of Pesach 2024",
		"9th candle of Chanukah 5785",
		"2nd candle of Chanukah, Saturday, December 9, 2023",
		"Hanukkah: Day 7, December 31, 2024",
		"Chanukah: Day 9 5785",
		"Purim: Day 6 March",
	} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
}

// TestPortionCivilYear: a weekly portion with a Gregorian year is the
// Shabbat that reads it in that civil year, as a festival with one is
// its day in it ("Passover 2024"): "Parashat Nitzavim 2025" was refused
// ("expected a date, found "2025""), where "Parashat Noach 5785" was
// read. A civil year with two such Shabbatot (Vayigash: January 4 and
// December 27, 2025) names no one day, and is an error that names both;
// one with none is an error that says so.
func TestPortionCivilYear(t *testing.T) {
	checkReadDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"Parashat Nitzavim 2025", "2025-09-20", "27 Elul 5785"},
		{"Parashat Noach 2024", "2024-11-02", "1 Cheshvan 5785"},
		{"Parshas Noach, 2024", "2024-11-02", "1 Cheshvan 5785"},
		{"פרשת נח 2024", "2024-11-02", "1 Cheshvan 5785"},
		{"Parashat Noach 1999", "1999-10-16", "6 Cheshvan 5760"},
		{"Parashat Vayechi 2025", "2025-01-11", "11 Tevet 5785"},
		{"Erev Shabbat Parashat Noach 2024", "2024-11-01", "30 Tishrei 5785"},
	})
	checkDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"Parashat Nitzavim 2025 will be read at the shul.", "2025-09-20", "27 Elul 5785"},
	})
	rep := dateline.Check("Parashat Vayigash 2025", commonRef)
	assert.True(t, rep.Dateline.Time.IsZero())
	if assert.Len(t, rep.Problems, 1) {
		assert.Equal(t, dateline.CodeDateAmbiguous, rep.Problems[0].Code)
		assert.Equal(t, dateline.Error, rep.Problems[0].Severity)
	}
	for _, text := range []string{"Parashat Vayechi 2024", "Parashat Noach 2024, Friday"} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
}

// TestThreeDigitYearAfterMonth: three digits from 100 that end the
// whole text after a date's day and month are its year, more than any
// day: "December 31, 999" was refused ("expected a date, found "999"")
// where "December 31, 0999" was read. It is read as 0999 is, in the
// proleptic Gregorian calendar with the warning that its time wrote the
// Julian. Digits with words after them may be a count, and one or two
// digits ("January 1, 2", "December 31, 099") a day of a list or a typo:
// those stay unread, and Find reads no year in "December 31, 999 people"
// (one digit that can be no later day is a year: TestOneDigitYearAfterMonth).
func TestThreeDigitYearAfterMonth(t *testing.T) {
	for _, text := range []string{"December 31, 999", "31 December 999", "31 décembre 999", "31. Dezember 999"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, commonRef)
			assert.Equal(t, "0999-12-31", rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "15 Tevet 4760", rep.Dateline.Hebrew.String())
			assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, severityCodes(dateline.Match{Report: rep}, dateline.Warning))
			assert.Empty(t, severityCodes(dateline.Match{Report: rep}, dateline.Error))
		})
	}
	for _, text := range []string{"December 31, 999 people", "December 31, 099", "January 1, 2", "Thursday, December 31, 999"} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
	// The weekday says which calendar: Tuesday is the proleptic
	// Gregorian day's.
	checkReadDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"Tuesday, December 31, 999", "0999-12-31", "15 Tevet 4760"},
	})
	m := oneMatch(t, "On December 31, 999 people came.", commonRef)
	assert.Equal(t, "2023-12-31", m.Dateline.Time.Format(time.DateOnly))
}

// TestOneDigitYearAfterMonth: one digit that ends the whole text after a
// month name, its day and a comma, and is not after the day, is the year,
// as three digits are (TestThreeDigitYearAfterMonth): "January 1, 1" was
// refused ("expected a month name at the end of the text") where "January
// 1, 1 CE" was read. A digit after the day may be a later day of a list
// ("January 1, 2", "5 de marzo, 7"), two digits a year of the century
// ("March 2, 24"), a day before its month the start of a list ("1
// January, 1"), and a digit with words after it a count ("On March 5, 3
// people came"): those stay unread. Days verified with hd.
func TestOneDigitYearAfterMonth(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"January 1, 1", "0001-01-01", "18 Tevet 3761"},
		{"Monday, January 1, 1", "0001-01-01", "18 Tevet 3761"},
		{"Jan. 1, 1", "0001-01-01", "18 Tevet 3761"},
		{"January 1st, 1", "0001-01-01", "18 Tevet 3761"},
		{"March 5, 3", "0003-03-05", "15 Adar 3763"},
		{"March 31, 9", "0009-03-31", "18 Nisan 3769"},
		{"enero 1, 1", "0001-01-01", "18 Tevet 3761"},
		{"Januar 1, 1", "0001-01-01", "18 Tevet 3761"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, commonRef)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(dateline.Match{Report: rep}, dateline.Error))
		})
	}
	for _, text := range []string{
		"January 1, 2", "March 5, 7", "5 de marzo, 7", "1 January, 1", "March 2, 24",
		"January 1, 0", "Tuesday, January 1, 1", "1/1, 1",
	} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
	for _, text := range []string{"On March 5, 3 people came.", "It was January 1, 1"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, commonRef)
			assert.NotEqual(t, 3, m.Dateline.Time.Year())
			assert.NotEqual(t, 1, m.Dateline.Time.Year())
		})
	}
}

// TestHalfOfDoublePortion: a Shabbat that reads a double portion reads
// each half, so a page naming one half names that Shabbat: "Parashat
// Nitzavim, September 9, 2023" was an error that the portion read was
// Nitzavim-Vayeilech, "not Nitzavim", and "Parashat Nitzavim 5783" "no
// Shabbat of 5783 reads Nitzavim" ("Parashat Nitzavim 2023" looked in
// 5784). A portion the Shabbat does not read stays the error (hd:
// 2023-09-09 is 23 Elul 5783, 2024-09-28 25 Elul 5784, 2023-03-18 25
// Adar 5783, 2023-04-22 1 Iyyar 5783, 2023-05-13 22 Iyyar 5783,
// 2023-07-15 26 Tammuz 5783, 2024-08-03 28 Tammuz 5784).
func TestHalfOfDoublePortion(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want string }{
		{"Parashat Nitzavim, September 9, 2023", "2023-09-09"},
		{"Parashat Vayeilech, September 9, 2023", "2023-09-09"},
		{"Parashat Nitzavim 5783", "2023-09-09"},
		{"Parashat Nitzavim 2023", "2023-09-09"},
		{"Parashat Vayeilech 2024", "2024-09-28"},
		{"Parashat Vayakhel 5783", "2023-03-18"},
		{"Parashat Pekudei 2023", "2023-03-18"},
		{"Parashat Tazria 2023", "2023-04-22"},
		{"Parashat Behar 5783", "2023-05-13"},
		{"Parshas Matos 5783", "2023-07-15"},
		{"Parashat Masei 2024", "2024-08-03"},
		{"פרשת נצבים תשפ״ג", "2023-09-09"},
		{"Shabbat, 23 Elul 5783 | Parashat Nitzavim", "2023-09-09"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.NotContains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, text := range []string{
		"Parashat Ha'azinu, September 9, 2023",
		"Parashat Nitzavim, September 16, 2023",
		"Parashat Kedoshim, April 22, 2023",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, "%v", rep.Problems)
		})
	}
}

// TestPortionReadTwice: a Hebrew year that reads one portion on two
// Shabbatot (Vayeilech alone in Tishrei, where the year before read
// Nitzavim and Vayeilech apart, and in Nitzavim-Vayeilech in Elul) names
// neither by its Hebrew year: "Parashat Vayeilech 5783" was October 1,
// 2022 with nothing said, and is now an error that gives both days. A
// civil year or date says which: "Parashat Vayeilech 2023" was "no
// Shabbat of 2023 reads Vayeilech". A year that reads it once keeps that
// Shabbat (hd: 2022-10-01 is 6 Tishrei 5783, 2023-09-09 23 Elul 5783,
// 2019-10-05 6 Tishrei 5780, 2020-09-12 23 Elul 5780, 2025-09-27 5
// Tishrei 5786, 2026-09-05 23 Elul 5786, 2021-09-11 5 Tishrei 5782,
// 2024-09-28 25 Elul 5784).
func TestPortionReadTwice(t *testing.T) {
	for _, tc := range []struct{ text, first, second string }{
		{"Parashat Vayeilech 5783", "October 1, 2022", "September 9, 2023"},
		{"שבת פרשת וילך תשפ״ג", "October 1, 2022", "September 9, 2023"},
		{"Parshas Vayelech 5780", "October 5, 2019", "September 12, 2020"},
		{"Parashat Vayeilech 5786", "September 27, 2025", "September 5, 2026"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, commonRef)
			assert.False(t, rep.OK())
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeDateAmbiguous, "%v", rep.Problems)
			msg := fmt.Sprint(rep.Problems)
			assert.Contains(t, msg, tc.first)
			assert.Contains(t, msg, tc.second)
		})
	}
	for _, tc := range []struct{ text, want string }{
		{"Parashat Vayeilech 2023", "2023-09-09"},
		{"Parashat Vayeilech 2022", "2022-10-01"},
		{"Parashat Vayeilech 2019", "2019-10-05"},
		{"Parashat Vayeilech, October 1, 2022", "2022-10-01"},
		{"Parashat Vayeilech, September 9, 2023", "2023-09-09"},
		{"Parashat Vayeilech 5782", "2021-09-11"},
		{"Parashat Vayeilech 5784", "2024-09-28"},
		{"Parashat Nitzavim 5783", "2023-09-09"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, commonRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestClockPartsRefused: parts of the day and clocks that were refused
// ("expected an hour that the part of the day said with it holds"):
// "12:30 in the morning" and "12:30 de la madrugada" are half past
// midnight, as "12:30 am" is; Spanish's and Portuguese's tarde runs to 9
// pm ("8:00 de la tarde"); Hebrew's לפנה״צ is am and בצהריים, as
// Spanish's "del mediodía", noon and after; "0:30 am" is a 24-hour
// clock's midnight hour with the am that agrees with it. Near misses
// stay refused: "12:30 de la mañana" (Spanish pages write it for noon
// too), "10:00 de la tarde", "20:00 לפנה״צ", "0:30 pm" (hd: 2024-03-02
// is 22 Adar I 5784).
func TestClockPartsRefused(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"March 2, 2024 at 12:30 in the morning", "2024-03-02 00:30"},
		{"March 2, 2024 at 12 in the morning", "2024-03-02 00:00"},
		{"March 2, 2024 at 11:15 in the morning", "2024-03-02 11:15"},
		{"2 de marzo de 2024, 12:30 de la madrugada", "2024-03-02 00:30"},
		{"2 de marzo de 2024, 3:00 de la madrugada", "2024-03-02 03:00"},
		{"2 de marzo de 2024, 8:00 de la tarde", "2024-03-02 20:00"},
		{"2 de marzo de 2024, 9:30 de la tarde", "2024-03-02 21:30"},
		{"2 de março de 2024, 8:00 da tarde", "2024-03-02 20:00"},
		{"2 de marzo de 2024, 12:30 del mediodía", "2024-03-02 12:30"},
		{"2.3.2024, 11:30 לפנה״צ", "2024-03-02 11:30"},
		{"2.3.2024, 8:00 לפנה\"צ", "2024-03-02 08:00"},
		{"2.3.2024, 12:00 בצהריים", "2024-03-02 12:00"},
		{"2.3.2024, 1:30 בצהריים", "2024-03-02 13:30"},
		{"2.3.2024, 3:00 אחה״צ", "2024-03-02 15:00"},
		{"March 2, 2024 0:30 am", "2024-03-02 00:30"},
		{"March 2, 2024 00:05 AM", "2024-03-02 00:05"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, commonRef)
			assert.NotContains(t, reportCodes(rep, dateline.Error), dateline.CodeSyntax, "%v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	for _, text := range []string{
		"2 de marzo de 2024, 12:30 de la mañana",
		"2 de marzo de 2024, 10:00 de la tarde",
		"2.3.2024, 20:00 לפנה״צ",
		"March 2, 2024 0:30 pm",
		"March 2, 2024 13:30 in the morning",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, commonRef)
			assert.False(t, rep.OK(), "%v", rep.Problems)
		})
	}
}
