package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout310ArabicHalfOfDay: Arabic's letters for the halves of the
// day, ص (صباحًا, before noon) and م (مساءً, after noon), after a time of
// 12 hours, as Arabic pages print them where English ones print AM and
// PM: "6 أبريل 2024 8:40 م" (Kitabat, the 310th held-out round),
// "الإثنين 23 مارس 2026 12:02 صـ" (Bawabat al-Dawla, the letter drawn out
// with a tatweel). The letter was left unread, so 8:40 pm was read at
// 8:40 in the morning and 12:02 am at noon, with nothing said. It is now
// the time's half of the day; a 24-hour time with the half it is in
// reads as written, and with the other one the date is read without the
// time. Before a time the letter is not read: م after a year is ميلادي
// (of the Christian era).
func TestHeldout310ArabicHalfOfDay(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkTimes(t, ref, []struct{ text, want string }{
		{"6 أبريل 2024 8:40 م", "2024-04-06 20:40"},
		{"الإثنين 23 مارس 2026 12:02 صـ 3 شوال 1447 هـ", "2026-03-23 00:02"},
		{"نشر في الأربعاء 28 سبتمبر 2022 - 10:39 م", "2022-09-28 22:39"},
		{"28/09/2022 10:39 ص", "2022-09-28 10:39"},
		{"السبت 13 سبتمبر 2008 12:15 م", "2008-09-13 12:15"},
		{"السبت 13 سبتمبر 2008 12:15 ص", "2008-09-13 00:15"},
		{"الخميس 23 أبريل 2020 - 07:17 مـ", "2020-04-23 19:17"},
		{"الخميس 23 أبريل 2020 - 19:17 م", "2020-04-23 19:17"}, // a 24-hour time, its half said too
	})
	for _, in := range []string{
		"الخميس 23 أبريل 2020 - 19:17 ص", // the morning holds no 19:17
		"الأحد 26 مارس 2023 م 10:30",     // م after the year is of the era, no half of the day
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			require.Len(t, ms, 1)
			assert.False(t, ms[0].Dateline.HasTime, "%v", ms[0].Dateline.Time)
		})
	}
	// A layout would write the letter beside every hour: none is made.
	_, err := dateline.LayoutOf("6 أبريل 2024 8:40 م")
	assert.Error(t, err)
}

// TestHeldout310LevantineMonths: the Levantine names of the months that
// are two words, كانون الثاني (January), تشرين الأول (October), تشرين
// الثاني (November) and كانون الأول (December), with the article or
// without it, as pages of Lebanon, Syria, Jordan and Iraq name the
// months: "ليوم غد الأثنين في 11 كانون الأول 2023" (Elsiyasa, the 310th
// held-out round) was no date at all, the tables holding names of one
// word. The first word alone, or with another word after it, is still
// no month.
func TestHeldout310LevantineMonths(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"ليوم غد الأثنين في 11 كانون الأول 2023", "11 كانون الأول 2023", "2023-12-11", ""},
		{"الثلاثاء 3 تشرين الثاني 2020", "الثلاثاء 3 تشرين الثاني 2020", "2020-11-03", ""},
		{"صدر في 1 كانون الثاني 2024 عن الوزارة", "1 كانون الثاني 2024", "2024-01-01", ""},
		{"السبت، 7 تشرين الأول 2023 - 10:30", "السبت، 7 تشرين الأول 2023 - 10:30", "2023-10-07", ""},
		{"بتاريخ 15 تشرين أول 2019", "15 تشرين أول 2019", "2019-10-15", ""},
		{"الأحد 5 كانون ثاني 2020", "الأحد 5 كانون ثاني 2020", "2020-01-05", ""},
		{"الخميس 25 كانون الاول 2014", "الخميس 25 كانون الاول 2014", "2014-12-25", ""},
		// A weekday the day is not is said.
		{"الجمعة 3 تشرين الثاني 2020", "الجمعة 3 تشرين الثاني 2020", "2020-11-03", dateline.CodeWeekday},
	})
	for _, in := range []string{"5 كانون 2024", "5 تشرين الرابع 2024"} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, ref))
		})
	}
}

// TestHeldout310ArabicCommaBeforeYear: Arabic's comma (U+060C) between
// the month's name and the year, as Arabic WordPress sites write a date
// ("j F، Y"): "6 أبريل، 2024 8:40 م" (Kitabat, the 310th held-out round)
// was no date, and with a weekday before it the day was read without its
// year, in the year nearest the reference. An ASCII comma was read there
// already.
func TestHeldout310ArabicCommaBeforeYear(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"6 أبريل، 2024 8:40 م", "6 أبريل، 2024 8:40 م", "2024-04-06", ""},
		{"السبت 6 أبريل، 2024", "السبت 6 أبريل، 2024", "2024-04-06", ""},
		{"نشرت في 12 مارس، 2019 في الأخبار", "12 مارس، 2019", "2019-03-12", ""},
		{"الجمعة، 5 يناير، 2024", "الجمعة، 5 يناير، 2024", "2024-01-05", ""},
		{"11 كانون الأول، 2023", "11 كانون الأول، 2023", "2023-12-11", ""},
		{"6 أبريل ، 2024", "6 أبريل ، 2024", "2024-04-06", ""},
		{"السبت 7 أبريل، 2024", "السبت 7 أبريل، 2024", "2024-04-07", dateline.CodeWeekday},
	})
	checkTimes(t, ref, []struct{ text, want string }{
		{"6 أبريل، 2024 8:40 م", "2024-04-06 20:40"},
		{"الجمعة 5 يناير، 2024 10:15 ص", "2024-01-05 10:15"},
	})
}

// TestHeldout310ArabicWeekdaySpellings: Arabic's weekdays as pages spell
// them beside CLDR: Monday with the hamza above the alif (الأثنين), Sunday
// and Wednesday without it (الاحد, الاربعاء). They were no weekdays, so
// the date after them was read alone, and a wrong one said nothing of.
func TestHeldout310ArabicWeekdaySpellings(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"الأثنين 11 ديسمبر 2023", "الأثنين 11 ديسمبر 2023", "2023-12-11", ""},
		{"الاحد 26 مارس 2023", "الاحد 26 مارس 2023", "2023-03-26", ""},
		{"الاربعاء 28 سبتمبر 2022 - 10:39", "الاربعاء 28 سبتمبر 2022 - 10:39", "2022-09-28", ""},
		{"الاحد 27 مارس 2023", "الاحد 27 مارس 2023", "2023-03-27", dateline.CodeWeekday},
		{"الأثنين 12 ديسمبر 2023", "الأثنين 12 ديسمبر 2023", "2023-12-12", dateline.CodeWeekday},
	})
}

// TestHeldout310OrdinalCommaMonth: a day with English's ordinal suffix,
// a comma, the month's name and the year, as PHP's "jS, F Y" writes a
// date: "تاريخ النشر: 27th, October 2023 GMT" (Arab Khabar, the 310th
// held-out round) was read as the month October 2023 alone. The comma
// is read there only after the suffix and before a year: "3, March
// 2024" and "the 3rd, March being ..." are no day's.
func TestHeldout310OrdinalCommaMonth(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"تاريخ النشر: 27th, October 2023 GMT", "27th, October 2023", "2023-10-27", ""},
		{"Posted on 1st, March 2024 by admin", "1st, March 2024", "2024-03-01", ""},
		{"Friday 27th, October 2023", "Friday 27th, October 2023", "2023-10-27", ""},
		{"22nd, Dec, 2019", "22nd, Dec, 2019", "2019-12-22", ""},
		{"Saturday 27th, October 2023", "Saturday 27th, October 2023", "2023-10-27", dateline.CodeWeekday},
	})
	checkTimes(t, ref, []struct{ text, want string }{
		{"21st, Oct 2023 10:30", "2023-10-21 10:30"},
	})
	for _, in := range []string{"3, March 2024", "It rained on the 3rd, March being wet as ever."} {
		t.Run(in, func(t *testing.T) {
			for _, m := range dateline.Find(in, ref) {
				assert.NotEqual(t, 3, m.Dateline.Time.Day(), "%q", in[m.Start:m.End])
			}
		})
	}
	// Its layout writes the date back as it was printed.
	rep := dateline.Check("Friday 27th, October 2023")
	require.NotEmpty(t, rep.Layout)
	assert.Equal(t, "Friday 27th, October 2023", rep.Dateline.Format(rep.Layout))
}
