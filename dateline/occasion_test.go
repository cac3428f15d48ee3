package dateline_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionDatelines: a holiday named instead of a day resolves to its
// day; a holiday or portion that is not the dateline's day's is an
// "occasion" problem.
func TestOccasionDatelines(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		in   string
		day  string // the Gregorian day resolved
		code dateline.Code
		opts []dateline.Option
	}{
		{"Purim 5784", "2024-03-24", "", nil},
		// Festivals named as a whole, in the spellings people write:
		// their first day, and any day of them beside a date.
		{"Passover 2024", "2024-04-23", "", nil},
		{"Pesach 5784", "2024-04-23", "", nil},
		{"פסח תשפ״ד", "2024-04-23", "", nil},
		{"Rosh Hashanah 5785", "2024-10-03", "", nil},
		{"Hanukkah 2024", "2024-12-26", "", nil},
		{"חנוכה 2024", "2024-12-26", "", nil},
		{"Sukkos 2024", "2024-10-17", "", nil},
		{"Shemini Atzeret 2024", "2024-10-24", "", nil},
		{"Tu B'Shvat 2025", "2025-02-13", "", nil},
		{"Lag B'Omer 2024", "2024-05-26", "", nil},
		{"Pesach, April 25, 2024", "2024-04-25", "", nil},
		// Chanukah on its eve, the day its first candle is lit at sunset:
		// the evening's Hebrew date, warned (see firstCandleEve).
		{"Chanukah, December 25, 2024", "2024-12-25", dateline.CodeAfterSunset, nil},
		{"Passover, May 23, 2024", "2024-05-23", dateline.CodeOccasion, nil},
		{"Erev Pesach, April 23, 2024", "2024-04-23", dateline.CodeOccasion, nil},
		{"Purim 2024", "2024-03-24", "", nil},
		{"פורים תשפ״ד", "2024-03-24", "", nil},
		{"Rosh Hashana 5784", "2023-09-16", "", nil},
		{"Shabbat Zachor, March 23, 2024", "2024-03-23", "", nil},
		{"Friday, March 1st | 21 Adar I 5784 | Parashat Ki Tisa", "2024-03-01", "", nil},
		// The most recent Purim up to six months ahead.
		{"Purim", "2027-03-23", dateline.CodeYearInferred, nil},
		{"Purim, March 2, 2024", "2024-03-02", dateline.CodeOccasion, nil},
		{"Friday, March 1st | 21 Adar I 5784 | Parashat Vayakhel", "2024-03-01", dateline.CodeOccasion, nil},
		{"Yom Kippur 5785 | Parashat Ha'azinu", "2024-10-12", dateline.CodeOccasion, nil},
		// A special Shabbat joined to its portion by the word after
		// "Shabbat": each of the two is the day's, or an error.
		{"Parshat Vayakhel-Shekalim, March 9, 2024", "2024-03-09", "", nil},
		{"Parshat Pekudei-Shekalim, March 16, 2024", "2024-03-16", dateline.CodeOccasion, nil},
		{"Parshat Vayakhel-Zachor, March 9, 2024", "2024-03-09", dateline.CodeOccasion, nil},
		{"Parshat Vayakhel-Shekalim 5784", "2024-03-09", "", nil},
		// Either schedule is accepted unless one is chosen, with an info
		// that names the schedule.
		{"April 23, 2022 | Parashat Achrei Mot", "2022-04-23", dateline.CodeOccasion, nil},
		{"April 23, 2022 | Parashat Achrei Mot", "2022-04-23", dateline.CodeOccasion, []dateline.Option{dateline.Diaspora()}},
		{"April 23, 2022 | Parashat Achrei Mot", "2022-04-23", "", []dateline.Option{dateline.Israel()}},
		{"Pesach VIII 5782", "2022-04-23", dateline.CodeOccasion, nil},
		{"Pesach VIII 5782", "", dateline.CodeOccasion, []dateline.Option{dateline.Israel()}},
		// Rosh Chodesh Cheshvan 5783 is two days, 30 Tishrei and 1
		// Cheshvan: the Gregorian date or the weekday says which, and
		// without them it is the first of the month, with a warning.
		{"Tuesday, October 25, 2022 | Rosh Chodesh Cheshvan 5783", "2022-10-25", "", nil},
		{"Wednesday, October 26, 2022 | Rosh Chodesh Cheshvan 5783", "2022-10-26", "", nil},
		{"Tuesday, Rosh Chodesh Cheshvan 5783", "2022-10-25", "", nil},
		{"Wednesday, ראש חודש חשון תשפ״ג", "2022-10-26", "", nil},
		{"Rosh Chodesh Cheshvan 5783", "2022-10-26", dateline.CodeDateAmbiguous, nil},
		{"Monday, October 24, 2022 | Rosh Chodesh Cheshvan 5783", "2022-10-24", dateline.CodeAfterSunset, nil},
		{"Sunday, October 23, 2022 | Rosh Chodesh Cheshvan 5783", "2022-10-23", dateline.CodeCalendar, nil},
		// The occasion Rosh Chodesh Elul, as hebcal names it, is read so too.
		{"Thursday, Rosh Chodesh Elu\"l 5783", "2023-08-17", "", nil},
		{"Rosh Chodesh Elu\"l 5783", "2023-08-18", dateline.CodeDateAmbiguous, nil},
		// Another occasion of the day can settle which day it is.
		{"Rosh Chodesh Elul, Rosh Hashana LaBehemot 5783", "2023-08-18", "", nil},
		// After a month of 29 days, Rosh Chodesh is one day.
		{"Rosh Chodesh Sivan 5784", "2024-06-07", "", nil},
		{"Sunday, Rosh Chodesh Sivan 5784", "2024-06-07", dateline.CodeWeekday, nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, append(tc.opts, ref)...)
			if tc.day != "" {
				assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			}
			var codes []dateline.Code
			for _, p := range rep.Problems {
				codes = append(codes, p.Code)
			}
			if tc.code == "" {
				assert.Empty(t, rep.Problems)
			} else {
				assert.Contains(t, codes, tc.code)
			}
		})
	}
	_, err := dateline.Parse("Purim, March 2, 2024")
	assert.True(t, errors.Is(err, dateline.ErrOccasion), "%v", err)
}

func TestOccasionLayout(t *testing.T) {
	l, err := dateline.LayoutOf("Friday, March 1st | 21 Adar I 5784 | Parashat Ki Tisa")
	require.NoError(t, err)
	assert.Equal(t, "Monday, January 2nd | 2 Tevet 5766 | Parashat Vayigash", l.String())
	d := dateline.New(time.Date(2024, time.March, 24, 9, 0, 0, 0, time.UTC))
	assert.Equal(t, "Sunday, March 24th | 14 Adar II 5784 | Parashat Tzav", d.Format(l.String()))
	assert.Equal(t, "Sunday, March 24th | 14 Adar II 5784 | Purim",
		d.Format("Monday, January 2nd | 2 Tevet 5766 | Chanukah: 8th Day"))
}

// TestOccasionSharedNames: a name that one of hebcal's locales gives two
// occasions names either (German's Wajera is Vayera and Vaera, Russian's
// Ваера too, Romanian's Iom Ieruşalaiim is Yom Yerushalayim and Yom
// HaAliyah), as convert --occasions writes them; on another day it is
// still wrong.
func TestOccasionSharedNames(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"Samstag, 4. November 2023 | 20 Cheschwan 5784 | Parascha Wajera", true},
		{"Samstag, 13. Januar 2024 | 3 Schwat 5784 | Parascha Wajera", true},
		{"Samstag, 28. Oktober 2023 | 13 Cheschwan 5784 | Parascha Wajera", false},
		{"суббота, 13 января 2024 г. | 3 швата 5784 | Глава Ваера", true},
		{"суббота, 4 ноября 2023 г. | 20 хешвана 5784 | Глава Ваера", true},
		{"miercuri, 5 iunie 2024 | 28 Aiar 5784 | Iom Ieruşalaiim", true},
		{"joi, 18 aprilie 2024 | 10 Nisan 5784 | Iom Ieruşalaiim", true},
		{"marți, 9 aprilie 2024 | 1 Nisan 5784 | Iom Ieruşalaiim", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Diaspora())
			assert.Equal(t, tc.ok, rep.OK(), "%+v", rep.Problems)
			for _, p := range rep.Problems {
				assert.NotEqual(t, dateline.CodeSyntax, p.Code, p.Message)
			}
		})
	}
}

// TestPortionArticleDash: a portion whose name starts with an article
// joined to its word by a dash (Russian's А-Азину and Бе-ар, as hebcal
// writes them, Ha-Azinu) is read, as Rosh Ha-Shana is.
func TestPortionArticleDash(t *testing.T) {
	for _, in := range []string{
		"суббота, 5 октября 2024 г. | 3 тишрея 5785 | Глава А-Азину",
		"суббота, 25 мая 2024 г. | 17 ияра 5784 | Глава Бе-ар",
		"субота, 5 жовтня 2024 р. | 3 тішрея 5785 | Розділ А-Азіну",
		"Saturday, October 5, 2024 | 3 Tishrei 5785 | Parashat Ha-Azinu",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.Diaspora())
			assert.True(t, rep.OK(), "%+v", rep.Problems)
		})
	}
}

// TestOccasionAfterOtherWord: an occasion whose first word the tables
// know as a month's name (Romanian's Şavat is Shevat, Finnish's Tou is
// May) is read as the occasion after a date where the month's reading
// fails, and one whose first word joins a date's parts (Portuguese's
// dia) as the occasion after a date, as convert --occasions writes them.
func TestOccasionAfterOtherWord(t *testing.T) {
	for in, want := range map[string]string{
		"sâmbătă, 23 septembrie 2023 | 8 Tişrei 5784 | Şavat Şuvah | Paraşat Haazinu":            "2023-09-23",
		"jeudi 25 janvier 2024 | 15 Chevat 5784 | Tou biChvat | Parachah Bechalah̲":              "2024-01-25",
		"samedi 9 août 2025 | Tou beAv":                                                          "2025-08-09",
		"quinta-feira, 18 de abril de 2024 | 10 Nisan 5784 | Dia da Imigração | Parashá Metzora": "2024-04-18",
		"quarta-feira, 5 de junho de 2024 | 28 Iyar 5784 | Dia de Jerusalém":                     "2024-06-05",
		"quinta-feira, dia 18 de abril de 2024":                                                  "2024-04-18",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.Diaspora())
			assert.True(t, rep.OK(), "%+v", rep.Problems)
			assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02"))
		})
	}
	// A month that is no occasion's start still reads as the month.
	rep := dateline.Check("Şavat 5784")
	assert.Equal(t, dateline.CodeMonthOnly, rep.Problems[0].Code)
}

// TestOccasionYearBegins: an occasion named by its year alone, with a verb
// that it begins ("Pesach 5784 begins tonight"), is the evening of its
// eve, said by an info that names that evening. The info was the one of a
// time after a weekday's evening ("the weekday names the day before 15
// Nisan 5784: 12:00 am on Monday, April 22, 2024 was read as its
// evening"), which named a weekday and a time the text does not give.
func TestOccasionYearBegins(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, c := range []struct{ in, day, heb, msg string }{
		{"Pesach 5784 begins tonight.", "2024-04-22", "15 Nisan 5784", "Pesach begins at sunset on Monday, April 22, 2024, whose evening is 15 Nisan 5784"},
		{"Yom Kippur 2024 begins at sundown", "2024-10-11", "10 Tishrei 5785", "Yom Kippur begins at sunset on Friday, October 11, 2024, whose evening is 10 Tishrei 5785"},
	} {
		ms := dateline.Find(c.in, ref)
		require.Len(t, ms, 1, c.in)
		assert.Equal(t, c.day, ms[0].Dateline.Time.Format(time.DateOnly), c.in)
		assert.Equal(t, c.heb, ms[0].Dateline.Hebrew.String(), c.in)
		require.Len(t, ms[0].Problems, 1, c.in)
		p := ms[0].Problems[0]
		assert.Equal(t, dateline.CodeAfterSunset, p.Code, c.in)
		assert.Equal(t, dateline.Info, p.Severity, c.in)
		assert.Equal(t, c.msg, p.Message, c.in)
	}
}
