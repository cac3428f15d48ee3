package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSlovenian: Slovenian's names, from CLDR (the forty-fourth held-out
// round), as its pages write them: a month after its day in the genitive
// (20. januarja, 9. novembra, 5. marca, where CLDR writes the nominative
// januar), a weekday after "v" (on) in the accusative (v soboto, v
// sredo), and "ob" (at) before a time, which may be an hour written as an
// ordinal before "uri" (ob 11. uri, at 11 o'clock). Before, "ki bo 20.
// januarja 2019 ob 11. uri" read as nothing.
func TestSlovenian(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"ponedeljek, 2. januar 2006", "2006-01-02"},
		{"20. januarja 2019", "2019-01-20"},
		{"v soboto, 5. marca 2022", "2022-03-05"},
		{"V sredo, 18. decembra 2019", "2019-12-18"},
		{"četrtek, 1. februarja 2024 ob 18.00", "2024-02-01"},
		{"9. novembra 2021", "2021-11-09"},
		{"nedelja, 15. septembra 2024", "2024-09-15"},
	})
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"Slovesnost bo 20. januarja 2019 ob 11. uri v Centru urbane kulture.", "2019-01-20 11:00"},
		{"v petek, 27. januarja 2017 ob 18. uri", "2017-01-27 18:00"},
		{"Koncert bo 3. marca 2024 ob 19 uri.", "2024-03-03 19:00"},
		{"Predavanje: 23. aprila 2023 ob 17.30, Mestni muzej", "2023-04-23 17:30"},
	})
	// Prose: a month alone, "ob" and "uri" without a date, a number with a
	// point before another word.
	for _, s := range []string{
		"Marec je bil hladen mesec.",
		"Srečanje bo ob 11. uri.",
		"Ob 11. uri se je začelo.",
		"Uri je prišel ob 5.",
		"To je 11. ura pouka.",
	} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}

// TestDeclinedMonthKeepsLanguage: a month written in a case of the
// dateline's language that CLDR's table does not carry (Slovenian's and
// Serbian's genitive), and that another language writes as its own
// month's name, is the dateline's language's where its other words rule
// the other language out: "v soboto, 5. marca 2022" (Slovenian's
// Saturday) gave a layout that wrote January as Polish's stycznia, and
// "subota, 7. decembra 2024." (Serbian's) as Slovak's januára. Without
// such a word the month keeps the language whose date writes it so
// ("20. decembra 2019", Slovak's). A Slovenian date whose month is its
// nominative, Slovak's month named alone ("sobota, 2. marec 2024"), is
// Slovenian's, whose dates write it so.
func TestDeclinedMonthKeepsLanguage(t *testing.T) {
	other := dateline.New(time.Date(2024, time.January, 6, 0, 0, 0, 0, time.UTC)) // a Saturday
	for _, tc := range []struct{ in, want string }{
		{"v soboto, 5. marca 2022", "v soboto, 6. januar 2024"},
		{"subota, 7. decembra 2024.", "subota, 6. januar 2024."},
		{"U subotu, 7. decembra 2024.", "U subotu, 6. januar 2024."},
		{"20. decembra 2019", "6. januára 2024"},
		{"sobota, 2. marec 2024", "sobota, 6. januar 2024"},
		{"27. januarja 2017", "6. januarja 2024"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			l, err := dateline.LayoutOf(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, l.Format(other.Time, other.Hebrew))
		})
	}
}

// TestNumericRangeMonthWithoutDot: a numeric range whose start writes its
// day and month without a point after the month, before a dash, and whose
// end is a whole date ("04.12-06.12.2018", as Polish, Latvian and Russian
// pages write it), starts on its first day; before, only its end was
// read, as the dateline's day. A start whose month is not a month's, an
// end without its year, and two times joined by a dash are no range.
func TestNumericRangeMonthWithoutDot(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want, span string }{
		{"04.12-06.12.2018", "2018-12-04", "04.12-06.12.2018"},
		{"Rīgā 29.04-02.05.2019 notika konference", "2019-04-29", "29.04-02.05.2019"},
		{"Spotkania: 4.12 – 6.12.2018, Warszawa", "2018-12-04", "4.12 – 6.12.2018"},
		{"wt.-czw. 04.12-06.12.2018", "2018-12-04", "wt.-czw. 04.12-06.12.2018"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.want, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.span, tc.text[ms[0].Start:ms[0].End])
		})
	}
	for _, s := range []string{"04.13-06.12.2018", "12.30-14.00", "Godziny 10.15-12.45, sala 2"} {
		for _, m := range dateline.Find(s, ref) {
			assert.NotEqual(t, 4, m.Dateline.Time.Day(), "%q in %q", s[m.Start:m.End], s)
			assert.False(t, m.Dateline.Time.Year() == 2018 && m.Dateline.Time.Month() == time.December && m.Dateline.Time.Day() < 6,
				"%q read as a range in %q", s[m.Start:m.End], s)
		}
	}
}

// TestSpacedDateBeforeTime: a date written year first in numbers parted
// by spaces, before a time of day, as the Baltic news agencies stamp their
// items ("BNS 2018 01 26 7:54"), is read in ISO's order; before, it read as
// nothing. Without the time, among other numbers, or after a fourth
// number, the numbers may be a table's, a phone number's or a code's, and
// are no date (alone on their line they are one: see
// TestHeldout83SpacedDateLine); nor is a month above 12.
func TestSpacedDateBeforeTime(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"BNS 2018 01 26 7:54", "2018-01-26 07:54"},
		{"ELTA 2023 12 07 18:30, Vilnius", "2023-12-07 18:30"},
		{"2019 09 30 09:05", "2019-09-30 09:05"},
	})
	for _, s := range []string{"2018 01 26 17", "Tel. 1234 2018 01 26 7:54", "2018 13 26 7:54", "Kodas 2018 1 26 7:54", "2018 01 26 7 54"} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}

// TestHoursRangeWordAtEnd: a range of hours whose word for o'clock comes
// after its end only ("od 10 do 15 sati", Croatian's from 10 to 15
// o'clock; Czech's "od 10 do 17 hodin", "10 až 17 hodin") gives the
// dateline its start's time; before, the date was read without one. Two
// numbers after "od ... do" without the word are no times ("od 10 do
// 15", "od 10 do 5. srpnja": a day), nor is an end above 24.
func TestHoursRangeWordAtEnd(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"U nedjelju 14. lipnja 2015. godine od 10 do 15 sati", "2015-06-14 10:00"},
		{"Neděle 11. září 2016 od 10 do 17 hodin", "2016-09-11 10:00"},
		{"Neděle 11. září 2016, 10 až 17 hodin", "2016-09-11 10:00"},
		{"Subota, 7. decembra 2024. od 18 do 21 časova", "2024-12-07 18:00"},
		{"sobota 2. marca 2024 od 9 do 12 hod.", "2024-03-02 09:00"},
	})
	for _, s := range []string{"14. lipnja 2015. od 10 do 15", "14. lipnja 2015. od 10 do 5. srpnja", "Subota, 7. decembra 2024. od 10 do 25 sati"} {
		ms := dateline.Find(s, ref)
		require.NotEmpty(t, ms, s)
		for _, m := range ms {
			assert.False(t, m.Dateline.HasTime, "%q read with a time in %q", s[m.Start:m.End], s)
		}
	}
}

// TestSpacedDayMonthAfterWeekday: a day and month in digits with a point
// and a space after the day and a point after the month, and no year
// ("u nedjelju 20. 09. sa zalaskom sunca", as Croatian and Czech write
// them), are read after a weekday as "Sunday, 8.9" is; before, nothing
// was read. The sentence's year, where it names one ("Jom Kipur u 2026.
// godini počinje u nedjelju 20. 09."), is the date's. Without a weekday,
// or without the month's point, the numbers are a list's or a count's.
func TestSpacedDayMonthAfterWeekday(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.September, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want string }{
		{"Jom Kipur u 2026. godini počinje u nedjelju 20. 09. sa zalaskom sunca.", "2026-09-20"},
		{"V pátek 11. 12. v 18 hodin", "2026-12-11"},
		{"u subotu 3. 10. u sinagogi", "2026-10-03"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.want, ms[0].Dateline.Time.Format(time.DateOnly))
			for _, p := range ms[0].Problems {
				assert.NotEqual(t, dateline.Code("weekday"), p.Code, "%v", ms[0].Problems)
			}
		})
	}
	for _, s := range []string{"Kapitola 20. 09. a dále", "u nedjelju 20. 9 ljudi", "u subotu 5. 13. u sinagogi"} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}

// TestSlipWeekdayBeforeMonth: a misspelt weekday is read before a month
// of either calendar (see dateAhead), which Find now asks the start table
// of first: a word of prose that it does not hold starts no month, and
// the longer search of the Hebrew months' spellings is not made. Slovenian's
// weekdays (petek, torek) gave the words of English prose that may be
// their slips (people, took) that search, Find 1.3% more instructions.
func TestSlipWeekdayBeforeMonth(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want string }{
		{"Wednsday, 24 Kislev 5784", "2023-12-07"},
		{"Wednsday, Sh'vat 5, 5784", "2024-01-15"},
		{"Wednsday Tishrei 5 5784", "2023-09-20"},
		{"saato 24 dicembre 2022", "2022-12-24"},
		{"Wednsday, March 6, 2024", "2024-03-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, 0, ms[0].Start, "the weekday is read")
			assert.Equal(t, tc.want, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, s := range []string{"The people took heart.", "Some people gather there every week."} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}

// TestGreekOrdinalDay: Greek writes a day as the feminine ordinal, its
// ending glued to the number and alike for every day, in the genitive or
// not: "της 4ης Οκτωβρίου 2022" (of the 4th of October), "η 5η Οκτωβρίου"
// (the round's "ηλιοβασίλεμα της 4ης Οκτωβρίου"); before, only the month
// and year were read, as a month's dateline. A layout keeps the ending,
// which every day takes. A word glued to a number that only starts so
// (4ημέρες, four days) is no ordinal.
func TestGreekOrdinalDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	checkFoundDays(t, ref, []struct{ text, want string }{
		{"της 4ης Οκτωβρίου 2022", "2022-10-04"},
		{"η 5η Οκτωβρίου 2022", "2022-10-05"},
		{"Τρίτη 4η Οκτωβρίου 2022", "2022-10-04"},
		{"την 25η Μαρτίου 2021, ημέρα Πέμπτη", "2021-03-25"},
	})
	l, err := dateline.LayoutOf("4ης Οκτωβρίου 2022")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "1ης Μαρτίου 2024", l.Format(d.Time, d.Hebrew))
	for _, m := range dateline.Find("4ημέρες Οκτωβρίου 2022", ref) {
		assert.True(t, m.Dateline.Time.IsZero() || m.Dateline.Time.Day() == 1, "%q read a day", "4ημέρες Οκτωβρίου 2022"[m.Start:m.End])
	}
}

// TestSunsetAfterDate: the words for "at sunset" and "after sunset" of
// the Slavic, Romanian, Greek and Baltic languages after a date name its
// evening, whose Hebrew date is the next day's, as English's "at sundown"
// does: "u nedjelju 20. rujna 2026. sa zalaskom sunca" is 10 Tishrei
// 5787, not the civil day's 9; so after a month in digits and its point
// ("20. 09. sa zalaskom sunca"). Before, the words were left out of the
// match and the civil day's Hebrew date given.
func TestSunsetAfterDate(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.September, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, hebrew string }{
		{"u nedjelju 20. rujna 2026. sa zalaskom sunca", "2026-09-20", "10 Tishrei 5787"},
		{"Jom Kipur u 2026. godini počinje u nedjelju 20. 09. sa zalaskom sunca.", "2026-09-20", "10 Tishrei 5787"},
		{"Letos se je začel 6. decembra 2015 po sončnem zahodu.", "2015-12-06", "25 Kislev 5776"},
		{"12 grudnia 2023 po zachodzie słońca", "2023-12-12", "1 Tevet 5784"},
		{"22 aprilie 2024 la apusul soarelui", "2024-04-22", "15 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String())
		})
	}
	// A sunset word alone after a date, or another phrase: the civil day.
	ms := dateline.Find("12 grudnia 2023 słońce świeciło", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "29 Kislev 5784", ms[0].Dateline.Hebrew.String())
}
