package dateline_test

import "testing"

// TestHeldout175HebrewNightBetween: a night named by the two days it lies
// between, Hebrew's "בלילה שבין X ל-Y" (in the night that is between X and
// Y) and "הלילה שבין", "בליל שבין", "בלילה בין": "בלילה שבין יום ראשון,
// 7.1.24 ליום שני, 8.1.24" (the Ma'ale Adumim municipality, incoming line
// 2589, the hundred-and-seventy-fifth held-out round) was two datelines,
// each day with its own Hebrew date. It is the first day's evening, as
// "in der Nacht vom 7. auf den 8." is (TestNightOverTwoDays), whose
// Hebrew date is the next day's. "שבין" (that is between) joins a range
// as "בין" does. "Between" without a night word is a range of whole
// days, and a night word without "between" before a bare date is no
// evening of it.
func TestHeldout175HebrewNightBetween(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", "בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", "2024-01-07", "27 Tevet 5784"},
		{"ייסגר בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24.", "בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", "2024-01-07", "27 Tevet 5784"},
		{"בלילה שבין 7.1.24 ל-8.1.24", "בלילה שבין 7.1.24 ל-8.1.24", "2024-01-07", "27 Tevet 5784"},
		{"בלילה שבין ה-7 ל-8 בינואר 2024", "בלילה שבין ה-7 ל-8 בינואר 2024", "2024-01-07", "27 Tevet 5784"},
		{"הלילה שבין 14 ל-15 באפריל 2025", "הלילה שבין 14 ל-15 באפריל 2025", "2025-04-14", "17 Nisan 5785"},
		{"בליל שבין 14 ל-15 באפריל 2025", "בליל שבין 14 ל-15 באפריל 2025", "2025-04-14", "17 Nisan 5785"},
		{"בלילה בין יום שני 14.4.25 ליום שלישי 15.4.25", "בלילה בין יום שני 14.4.25 ליום שלישי 15.4.25", "2025-04-14", "17 Nisan 5785"},
		// Without the night: whole days, each its own Hebrew date.
		{"בין 7.1.24 ל-8.1.24", "7.1.24 ל-8.1.24", "2024-01-07", "26 Tevet 5784"},
		{"הימים שבין 7.1.24 ל-9.1.24", "7.1.24 ל-9.1.24", "2024-01-07", "26 Tevet 5784"},
		{"בלילה 7.1.24", "7.1.24", "2024-01-07", "26 Tevet 5784"},
	})
}

