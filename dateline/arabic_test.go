package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// TestArabic: Arabic's month and weekday names, which the reader did not
// know, nor its letters as letters: "يوم الخميس 2 أكتوبر 2025" (Soubha's
// Yom Kippur 2025), "مساء السبت 12 أبريل 2025" (Saturday evening,
// Dinpresse's Passover 5785) and "29 من أيلول 5785 – 2 من تشري 5786"
// (FAU's BaFID calendar), incoming.tsv's Arabic rows, were no date.
// Arabic is a language now (format.Arabic, --lang ar), its names CLDR's
// (go-playground/locales ar): the transliterated months (يناير ...
// ديسمبر) and the weekdays, with the spellings pages print beside them
// (ابريل, اكتوبر, يونيه, الإثنين), the Levantine حزيران, "يوم" (the day
// of) before a weekday or a day, "من" (of) between a day and its month,
// "عام" (the year) before a year, the evening "مساء" before a day, whose
// Hebrew date is the next day's, and the Hebrew months in Arabic.
func TestArabic(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"يوم الخميس 2 أكتوبر 2025", "2025-10-02", "10 Tishrei 5786"},
		{"الخميس 2 أكتوبر 2025", "2025-10-02", "10 Tishrei 5786"},
		{"الخميس، 2 اكتوبر 2025", "2025-10-02", "10 Tishrei 5786"},
		{"الاثنين، 2 يناير 2006", "2006-01-02", "2 Tevet 5766"},
		{"الإثنين 22 أبريل 2024", "2024-04-22", "14 Nisan 5784"},
		{"22 ابريل 2024", "2024-04-22", "14 Nisan 5784"},
		{"السبت 12 أبريل عام 2025", "2025-04-12", "14 Nisan 5785"},
		{"12 يونيه 2025", "2025-06-12", "16 Sivan 5785"},
		{"12 حزيران 2025", "2025-06-12", "16 Sivan 5785"},
		{"6 من أكتوبر 2025", "2025-10-06", "14 Tishrei 5786"},
		// Its evening names the next Hebrew day.
		{"مساء السبت 12 أبريل 2025", "2025-04-12", "15 Nisan 5785"},
		{"مساء يوم 25 سبتمبر 2022", "2022-09-25", "1 Tishrei 5783"},
		{"مساء الأحد 5 أكتوبر 2025", "2025-10-05", "14 Tishrei 5786"},
		// The Hebrew months in Arabic, with a Hebrew year.
		{"29 من أيلول 5785", "2025-09-22", "29 Elul 5785"},
		{"2 من تشري 5786", "2025-09-24", "2 Tishrei 5786"},
		{"14 نيسان 5785", "2025-04-12", "14 Nisan 5785"},
		{"25 كسليف 5786", "2025-12-15", "25 Kislev 5786"},
		{"6 سيفان 5785", "2025-06-02", "6 Sivan 5785"},
		// A range is its first day.
		{"29 من أيلول 5785 – 2 من تشري 5786", "2025-09-22", "29 Elul 5785"},
	})
	// Without a year, the reference's nearest, as in the other languages,
	// the evening's Hebrew date.
	rep := dateline.Check("مساء يوم 25 سبتمبر", heldoutRef)
	assert.Equal(t, "2026-09-25", rep.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "15 Tishrei 5787", rep.Dateline.Hebrew.String())
	// A weekday that is not the date's is said.
	m := oneMatch(t, "يوم الجمعة 2 أكتوبر 2025", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Nisan, Iyar, Tammuz, Av, Elul, Shevat and Adar are the Levantine
	// April, May, July, August, September, February and March too: with a
	// civil year, they are the civil months, as Turkish's Nisan is April
	// beside a Turkish word. It was read as the Hebrew month in the
	// Gregorian year given, with a warning ("12 نيسان 2025", April 12 on
	// a Levantine page, was April 10), and then refused; since the
	// forty-ninth adversarial review it is read (hd: 2025-04-12 is 14
	// Nisan 5785, 2024-08-03 28 Tammuz 5784, 2025-09-01 8 Elul 5785,
	// 1950-04-12 25 Nisan 5710).
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"12 نيسان 2025", "2025-04-12", "14 Nisan 5785"},
		{"3 آب 2024", "2024-08-03", "28 Tammuz 5784"},
		{"1 أيلول 2025", "2025-09-01", "8 Elul 5785"},
		{"12 نيسان 1950", "1950-04-12", "25 Nisan 5710"},
	})
	// Beside a word for Hebrew or Jewish, the name is the Hebrew month's,
	// and a civil year after it is refused, naming the civil month.
	for _, text := range []string{"15 نيسان 2025 العبري", "3 آب 2024 اليهودي"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeYearUnlikely, text)
		assert.Contains(t, m.Err().Error(), "in Levantine Arabic", text)
	}
	// ... and without a year, nothing says which: an error too. "السبت
	// 12 نيسان" (Saturday, April 12) was April 8, 2028, 12 Nisan, with
	// an info.
	for _, text := range []string{"السبت 12 نيسان", "في 13 نيسان الجاري", "الثلاثاء 15 تموز"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeDateAmbiguous, text)
	}
	assert.True(t, oneMatch(t, "25 كسليف", heldoutRef).OK(), "Kislev is no civil month's name")
	// The words alone are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"مساء الخير", ""},
		{"يوم الخميس", ""},
		{"من أكتوبر", ""},
		{"عام 2025 كان صعبا", ""},
		{"حضر 25 شخصا من المدينة", ""},
	})
}

// TestArabicFindSpan: Find's match over Arabic text is the dateline's
// bytes in logical order, the words before and after left out, so that a
// right-to-left page's text around it is not taken; the evening before
// the weekday is the match's, as it says which Hebrew day is meant
// (Find started at the weekday, and read Saturday's own 14 Nisan).
func TestArabicFindSpan(t *testing.T) {
	checkFindSpans(t, []spanRow{
		{"قال إن يوم الخميس 2 أكتوبر 2025 سيصادف حلول عيد يوم كيبور", "الخميس 2 أكتوبر 2025", "10 Tishrei 5786"},
		{"يبدأ مساء السبت 12 أبريل 2025 الاحتفال بعيد الفصح اليهودي", "مساء السبت 12 أبريل 2025", "15 Nisan 5785"},
		{"تبدأ مساء يوم 25 سبتمبر 2022 وتنتهي", "مساء يوم 25 سبتمبر 2022", "1 Tishrei 5783"},
	})
}

// A spanRow is a text, the span of its one dateline, and its Hebrew date.
type spanRow struct{ text, span, heb string }

// checkFindSpans fails unless Find finds one dateline in each row's text,
// over the row's span, of the row's Hebrew date.
func checkFindSpans(t *testing.T, rows []spanRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.span, tc.text[m.Start:m.End])
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
}

// TestArabicLayoutRoundTrip: the Arabic layout (--lang ar) writes every
// day of a year in Arabic, and each dateline written reads back as its
// day.
func TestArabicLayoutRoundTrip(t *testing.T) {
	l := checkYearReadsBack(t, format.Arabic)
	assert.Equal(t, "الخميس، 2 أكتوبر 2025 | 10 Tishrei 5786",
		l.Format(time.Date(2025, time.October, 2, 0, 0, 0, 0, time.UTC), hebrew.DateOf(time.Date(2025, time.October, 2, 0, 0, 0, 0, time.UTC))))
}

// checkYearReadsBack fails unless lang's own layout writes every day of
// 2025 as a dateline that reads back as that day; it returns the layout.
func checkYearReadsBack(t *testing.T, lang format.Lang) format.Layout {
	t.Helper()
	l, err := dateline.Compile(lang.Layout())
	require.NoError(t, err)
	day := time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)
	for range 365 {
		s := l.Format(day, hebrew.DateOf(day))
		d, err := dateline.Parse(s)
		if assert.NoError(t, err, s) {
			assert.Equal(t, day.Format("2006-01-02"), d.Time.Format("2006-01-02"), s)
		}
		day = day.AddDate(0, 0, 1)
	}
	return l
}

// TestArabicIndicDigits: Arabic and Persian pages write dates in their own
// digits, Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹): "٢ مارس
// ٢٠٢٤", "١٤/٣/٢٠٢٤" were "expected a date". Such a number reads as its
// ASCII digits would, in Check and Find, with the spans and the inputs in
// the text as it was; a number that mixes scripts ("٢٠24", "٢۲", "2٠24")
// is no number, and the text around such a number is no date.
func TestArabicIndicDigits(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, heb string }{
		{"٢ مارس ٢٠٢٤", "2024-03-02", "22 Adar I 5784"},
		{"۲ مارس ۲۰۲۴", "2024-03-02", "22 Adar I 5784"},
		{"السبت ٢ مارس ٢٠٢٤", "2024-03-02", "22 Adar I 5784"},
		{"الخميس، ٢ أكتوبر ٢٠٢٥", "2025-10-02", "10 Tishrei 5786"},
		{"٢٢ ابريل ٢٠٢٤", "2024-04-22", "14 Nisan 5784"},
		{"١٤/٣/٢٠٢٤", "2024-03-14", "4 Adar II 5784"},
		{"۱۴/۳/۲۰۲۴", "2024-03-14", "4 Adar II 5784"},
		{"٢٠٢٤-٠٣-١٤", "2024-03-14", "4 Adar II 5784"},
		{"١٤/٣/٢٠٢٤ ١٠:٣٠", "2024-03-14", "4 Adar II 5784"},
		{"2 mars ٢٠٢٤", "2024-03-02", "22 Adar I 5784"}, // each number of one script
		// A Hebrew date in them, and beside one in Hebrew letters.
		{"٢٢ אדר א׳ ٥٧٨٤", "2024-03-02", "22 Adar I 5784"},
		{"٢٢ Adar I ٥٧٨٤", "2024-03-02", "22 Adar I 5784"},
		{"כ״ב באדר א׳ תשפ״ד, ٢/٣/٢٠٢٤", "2024-03-02", "22 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.text, rep.Input)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			// In a sentence, the match's span is the date's bytes in
			// the text as it was.
			text := "نشر في " + tc.text + " في القدس"
			ms := dateline.Find(text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.text, ms[0].Input)
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
		})
	}
	// A number that mixes scripts is no number.
	for _, text := range []string{"٢ مارس ٢٠24", "2٠24-03-02", "٢ مارس ٢۰٢٤", "March 2, ٢0٢٤", "١4/٣/٢٠٢٤"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.False(t, rep.OK(), "%v", rep.Dateline)
			assert.Equal(t, text, rep.Input)
			assert.Empty(t, dateline.Find("نشر في "+text+" في القدس", ref))
		})
	}
	// A problem's span and a syntax error's offset are the text's bytes.
	text := "الجمعة ٢ مارس ٢٠٢٤"
	rep := dateline.Check(text, ref)
	require.False(t, rep.OK())
	p := rep.Problems[0]
	assert.Equal(t, dateline.CodeWeekday, p.Code)
	assert.Equal(t, "الجمعة", text[p.Start:p.End])
	text = "٢ مارس ٢٠٢٤ ٢٠٢٤"
	_, err := dateline.Parse(text, ref)
	var se *hebrew.SyntaxError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, text, se.Input)
	assert.Equal(t, len("٢ مارس ٢٠٢٤ "), se.Offset)
	assert.Equal(t, "٢٠٢٤", se.Found)
	// FindFrom resumes at an offset of the text as it was.
	text = "١٤/٣/٢٠٢٤ و ١٥/٣/٢٠٢٤"
	ms := dateline.Find(text, ref)
	require.Len(t, ms, 2)
	rest := dateline.FindFrom(text, ms[0].End, ref)
	require.Len(t, rest, 1)
	assert.Equal(t, ms[1].Start, rest[0].Start)
	assert.Equal(t, "١٥/٣/٢٠٢٤", text[rest[0].Start:rest[0].End])
}
