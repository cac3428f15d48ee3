package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// TestPersian: Persian's Gregorian month and weekday names, which the
// reader did not know: "روزهای 4 و 5 سپتامبر" (tadbirvaomid.ir, the
// 306th held-out round) and "4 سپتامبر 2013" were no date, though
// Persian's letters are Arabic's and its digits were read. Persian is a
// language now (format.Persian, --lang fa), its names CLDR's
// (go-playground/locales fa): the months borrowed from French (ژانویه
// ... دسامبر), written with the ezafe's hamza in a date (ژانویهٔ) or
// without it, and the weekdays, with the zero-width non-joiner that
// Persian writes inside سه\u200cشنبه (Tuesday) read as part of the word, and
// the spellings pages print beside CLDR's (پنج\u200cشنبه with the
// non-joiner, سهشنبه without it, آگوست for August); "و" (and) between
// two days, "تا" (to) between a range's ends, and "ساعت" (the hour)
// before a time.
func TestPersian(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"4 سپتامبر 2013", "2013-09-04", "29 Elul 5773"},
		{"چهارشنبه 4 سپتامبر 2013", "2013-09-04", "29 Elul 5773"},
		{"دوشنبه 2 ژانویهٔ 2006", "2006-01-02", "2 Tevet 5766"},
		{"2 ژانویه 2006", "2006-01-02", "2 Tevet 5766"},
		{"یکشنبه، ۱۷ سپتامبر ۲۰۲۳", "2023-09-17", "2 Tishrei 5784"},
		{"5 مه 2020", "2020-05-05", "11 Iyyar 5780"},
		{"13 آگوست 2024", "2024-08-13", "9 Av 5784"},
		// Tuesday with its non-joiner, and without; Thursday as CLDR
		// writes it, and with one.
		{"سه\u200cشنبه 3 ژانویه 2006", "2006-01-03", "3 Tevet 5766"},
		{"سهشنبه 3 ژانویه 2006", "2006-01-03", "3 Tevet 5766"},
		{"پنجشنبه 5 سپتامبر 2013", "2013-09-05", "1 Tishrei 5774"},
		{"پنج\u200cشنبه 5 سپتامبر 2013", "2013-09-05", "1 Tishrei 5774"},
		// A list of two days and a range are their first day.
		{"4 و 5 سپتامبر 2013", "2013-09-04", "29 Elul 5773"},
		{"4 تا 8 سپتامبر 2013", "2013-09-04", "29 Elul 5773"},
		{"از دوشنبه 2 سپتامبر تا چهارشنبه 4 سپتامبر 2024", "2024-09-02", "29 Av 5784"},
	})
	// The hour after ساعت is the dateline's time.
	for _, text := range []string{"جمعه 15 مارس 2024 ساعت 18:30", "یکشنبه ۱۷ سپتامبر ۲۰۲۳ ساعت ۱۸:۳۰"} {
		m := oneMatch(t, text, heldoutRef)
		assert.True(t, m.Dateline.HasTime, text)
		assert.Equal(t, "18:30", m.Dateline.Time.Format("15:04"), text)
	}
	// The second day of a list is its end, not the dateline's day: "4 و
	// 5 سبتمبر 2013" in Arabic was the 5th alone.
	m := oneMatch(t, "4 و 5 سبتمبر 2013", heldoutRef)
	assert.Equal(t, "2013-09-04", m.Dateline.Time.Format("2006-01-02"))
	// A weekday that is not the date's is said.
	m = oneMatch(t, "جمعه 4 سپتامبر 2013", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// The words alone are no date, nor a word whose non-joiner glues it
	// to a weekday's last letters.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"سه\u200cشنبه", ""},
		{"ساعت 18:30", ""},
		{"4 و 5", ""},
		{"سپتامبر", ""},
		{"می\u200cشود", ""},
	})
}

// TestPersianFindSpan: Find's match over Persian text is the dateline's
// bytes, the words around it left out; a weekday written with its
// non-joiner is the match's start, where the match started at its day.
func TestPersianFindSpan(t *testing.T) {
	checkFindSpans(t, []spanRow{
		{"مراسم روز سه\u200cشنبه 3 ژانویه 2006 برگزار شد", "سه\u200cشنبه 3 ژانویه 2006", "3 Tevet 5766"},
		{"روزهای 4 و 5 سپتامبر 2013 نخست روزهای سال نو عبری هستند", "4 و 5 سپتامبر 2013", "29 Elul 5773"},
	})
}

// TestPersianLayoutRoundTrip: the Persian layout (--lang fa) writes every
// day of a year in Persian, and each dateline written reads back as its
// day.
func TestPersianLayoutRoundTrip(t *testing.T) {
	l := checkYearReadsBack(t, format.Persian)
	sep := time.Date(2013, time.September, 4, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "چهارشنبه 4 سپتامبر 2013 | 29 Elul 5773", l.Format(sep, hebrew.DateOf(sep)))
}
