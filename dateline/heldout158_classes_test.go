package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// pageRef is a reference in the middle of a page's year, as a scraper
// passes the page's date.
func pageRef(year int) dateline.Option {
	return dateline.Reference(time.Date(year, time.July, 1, 12, 0, 0, 0, time.UTC))
}

// TestHeldout158SlavicNaBeforeDate: the East and South Slavic "на" (on)
// before a date: "На 12. декември в Синагогата „Цион“ в гр. Пловдив беше
// поставено началото на осемдневния Празник на Светлината – Ханука"
// (Radio Vox, radiovox.bg, Plovdiv, 2017, the hundred-and-fifty-eighth
// held-out round). "На" was no word of a date, so Check found none at the
// start, and Find reads no bare year-less date: nothing was read. It now
// joins a date as Russian's "в" and Romanian's "pe" do, in Bulgarian,
// Russian and Serbian alike; a year-less date takes the reference's year,
// the page's where a scraper passes its date.
func TestHeldout158SlavicNaBeforeDate(t *testing.T) {
	checkCheckedHebs(t, pageRef(2017), []struct{ text, day, heb string }{
		{"На 12. декември", "2017-12-12", "24 Kislev 5778"},
		{"на 12 декември", "2017-12-12", "24 Kislev 5778"},
		{"На 12 декември 2017 г.", "2017-12-12", "24 Kislev 5778"},
		{"на 12 декабря 2017 года", "2017-12-12", "24 Kislev 5778"},
		{"На 12. децембар 2017.", "2017-12-12", "24 Kislev 5778"},
	})
	rep := dateline.Check("На 12. декември", heldoutRef)
	assert.Equal(t, "2026-12-12", rep.Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, reportCodes(rep, dateline.Info))
	// A wrong weekday after it is said.
	rep = dateline.Check("На 12 декември 2017 г., сряда", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, reportCodes(rep, dateline.Error))
	// "на" before a number that is no day, or alone, is no date.
	checkNotChecked(t, "На 12 души", "на", "На 12 декември ще")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"На 12 души", ""},
		{"На 9 септември 1909 г. в Карлово", "1909-09-09"},
	})
}

// TestHeldout158CyrillicFromEveningRange: a range opened by Bulgarian's
// "от" or Serbian's "од" (from), each end said as an evening, a night or
// a sunset with "на" (of, on): "Той се чества в продължение на седем дни
// – тази година от залез слънце на 18 декември до нощта на 26 декември"
// (TVN, tvn.bg, Ruse, 2022, the hundred-and-fifty-eighth held-out
// round). "от" opened no range and the evenings were no words of one, so
// nothing was read; Russian's "с заката 18 декабря до ночи 26 декабря"
// was. Its first day's sunset now names that day's evening, whose Hebrew
// date is the next day's; without a year the range takes the
// reference's.
func TestHeldout158CyrillicFromEveningRange(t *testing.T) {
	checkCheckedHebs(t, pageRef(2022), []struct{ text, day, heb string }{
		{"от залез слънце на 18 декември до нощта на 26 декември", "2022-12-18", "25 Kislev 5783"},
		{"от залез слънце на 18 декември 2022 до нощта на 26 декември 2022", "2022-12-18", "25 Kislev 5783"},
		{"от вечерта на 18 декември до вечерта на 26 декември 2022 г.", "2022-12-18", "25 Kislev 5783"},
		{"от залеза на 18 декември до 26 декември 2022 г.", "2022-12-18", "25 Kislev 5783"},
		{"от 18 декември до 26 декември 2022 г.", "2022-12-18", "24 Kislev 5783"},
		{"от 25 декември до 2 януари 2025 г.", "2024-12-25", "24 Kislev 5785"},
		{"од 22. до 30. априла 2024.", "2024-04-22", "14 Nisan 5784"},
		{"од 22. априла до 30. априла 2024.", "2024-04-22", "14 Nisan 5784"},
	})
	rep := dateline.Check("от залез слънце на 18 декември до нощта на 26 декември", heldoutRef)
	assert.Equal(t, "2026-12-18", rep.Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, reportCodes(rep, dateline.Info))
	// Russian's "от" before one date (dated) reads it alone, as before.
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"от 12 декабря 2022 года", "2022-12-12", "18 Kislev 5783"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Обновление от 6.03.2024 (5784) г.", "2024-03-06"},
	})
	// Numbers that are no days, and the words alone, are no date.
	checkNotChecked(t, "от 5 души до 6 души", "от залез слънце", "от вечерта на")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"от 5 души до 6 души", ""},
		{"от залез слънце", ""},
	})
}

// TestHeldout158HebrewMonthList: the Hebrew months a bulletin's issue
// spans, set off by slashes or dashes, with one year after the last:
// "hešvan / kislev / tevet 5769." (Ha-Kol, the bulletin of the Jewish
// community in Croatia, no. 107, November/December 2008, a copy on
// travelsdocbox.com, the hundred-and-fifty-eighth held-out round) was
// read as "tevet 5769" alone, the last month, where the corpus
// takes its first. The first month is now the dateline's, month-level,
// with the year after the last, as each month is the next of the one
// before in one year; months out of order, or over Tishrei's new year,
// are no list.
func TestHeldout158HebrewMonthList(t *testing.T) {
	for _, tc := range []struct{ text, heb string }{
		{"hešvan / kislev / tevet 5769.", "Cheshvan 5769"},
		{"hešvan/kislev 5769", "Cheshvan 5769"},
		{"Kislev / Tevet 5774", "Kislev 5774"},
		{"Cheshvan - Kislev 5769", "Cheshvan 5769"},
		{"Tishrei/Cheshvan 5785", "Tishrei 5785"},
		{"adar I / adar II / nisan 5768.", "Adar I 5768"},
		{"Adar / Nisan 5785", "Adar 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.Dateline.Time.IsZero())
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.Equal(t, []dateline.Code{dateline.CodeMonthOnly}, reportCodes(rep, dateline.Info))
			assert.Empty(t, reportCodes(rep, dateline.Error))
			m := oneMatch(t, "Ha-Kol br. 107 "+tc.text, heldoutRef)
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
	// Months out of order, over the new year, or without a year are no
	// list: the last month with its year is read alone, as before.
	for _, tc := range []struct{ text, heb string }{
		{"Elul / Tishrei 5785", "Tishrei 5785"},
		{"Nisan / Kislev 5785", "Kislev 5785"},
		{"Shevat / Adar II 5784", "Adar II 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			checkNotChecked(t, tc.text)
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
	checkNotChecked(t, "Kislev / Tevet", "Kislev / 5774")
}

// TestHeldout158SlavicHolidayApposition: an occasion's description set off
// by commas, opened by the Slavic noun for the holiday, right before the
// date: "Prvi večji dogodek, ki ga bodo izvedli, bo hanuka, praznik luči,
// 5. decembra" (Hanukkah, the festival of lights, 5 December; Delo,
// delo.si, 2021, the hundred-and-fifty-eighth held-out round) was not
// found: the description parted the occasion from its year-less date,
// which Find does not read alone. The description is now text of the
// dateline, as English's "the" opens one before "begins", and the date
// after it is the occasion's: a year-less one takes the occasion's
// nearest year, and a day that is not the occasion's is said.
func TestHeldout158SlavicHolidayApposition(t *testing.T) {
	cases := []struct{ text, match, day, heb string }{
		{"Prvi večji dogodek, ki ga bodo izvedli, bo hanuka, praznik luči, 5. decembra, je povedal.",
			"hanuka, praznik luči, 5. decembra", "2026-12-05", "25 Kislev 5787"},
		{"Hanuka, praznik svetlosti, 15. decembra 2025.",
			"Hanuka, praznik svetlosti, 15. decembra 2025.", "2025-12-15", "25 Kislev 5786"},
		{"Pesah, blagdan slobode, 23. travnja 2024.",
			"Pesah, blagdan slobode, 23. travnja 2024.", "2024-04-23", "15 Nisan 5784"},
		{"Hanukkah, the Festival of Lights, Thursday, December 26, 2024",
			"Hanukkah, the Festival of Lights, Thursday, December 26, 2024", "2024-12-26", "25 Kislev 5785"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
			assert.Empty(t, severityCodes(m, dateline.Warning))
		})
	}
	// With the page's year as the reference, the page's Hanukkah.
	m := oneMatch(t, "bo hanuka, praznik luči, 5. decembra", pageRef(2021))
	assert.Equal(t, "2021-12-05", m.Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, "1 Tevet 5782", m.Dateline.Hebrew.String())
	// A day that is not the occasion's, or a weekday that is not the
	// date's, is said.
	m = oneMatch(t, "hanuka, praznik luči, 1. novembra 2021", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Hanukkah, the Festival of Lights, Friday, December 26, 2024", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	// A description before no date is no dateline.
	for _, text := range []string{"Pesah, praznik slobode, traje osam dana", "Pesah, praznik slobode, 2.500 godina"} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}

// TestHeldout158CivilMonthList: the civil months an issue spans, as
// TestHeldout158HebrewMonthList's Hebrew ones: the same Ha-Kol no. 107
// (travelsdocbox.com, the hundred-and-fifty-eighth held-out round) prints
// its civil months "studeni / prosinac" (November / December) beside
// them, and "studeni / prosinac 2008." was read as December alone. The
// first month is now the dateline's, month-level, with the year after
// the last, as each month is the next; months out of order, or over the
// new year, are no list.
func TestHeldout158CivilMonthList(t *testing.T) {
	for _, tc := range []struct{ text, match string }{
		{"studeni / prosinac 2008.", "studeni / prosinac 2008"},
		{"Ha-Kol br. 130 svibanj/lipanj 2013.", "svibanj/lipanj 2013"},
		{"kolovoz–rujan 2015.", "kolovoz–rujan 2015"},
		{"March/April 2024", "March/April 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.True(t, m.Dateline.Time.IsZero())
			assert.Equal(t, []dateline.Code{dateline.CodeMonthOnly}, severityCodes(m, dateline.Info))
		})
	}
	rep := dateline.Check("studeni / prosinac 2008.", heldoutRef)
	if assert.NotEmpty(t, rep.Problems) {
		assert.Contains(t, rep.Problems[0].Message, "November 2008 is a month")
	}
	// Out of order or over the new year: the last month alone, as before.
	for _, tc := range []struct{ text, match string }{
		{"prosinac / siječanj 2009", "siječanj 2009"},
		{"March/May 2024", "May 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			checkNotChecked(t, tc.text)
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
		})
	}
	// A range of days is read as before.
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"November 30-December 1, 2024", "2024-11-30"},
	})
}
