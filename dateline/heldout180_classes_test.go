package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout180AndUntilSlavic: a range's end joined by the East Slavic
// "and" with "to" or "until" after it, Russian "и по", "и до", Ukrainian
// "і по", "і до", Belarusian "і па", "і да", as Spanish joins one with
// "y hasta": "с вечера 22 и по 30 апреля" (BelTA, belta.by, the
// hundred-and-eightieth held-out round: Pesach 2016) was a syntax error.
// The range is read from its first day (from its evening after "с
// вечера"); an end before its start, or no month after the end, is still
// no date.
func TestHeldout180AndUntilSlavic(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"с 22 и по 30 апреля 2016", "2016-04-22"},
		{"с 22 и по 30 апреля 2016 года", "2016-04-22"},
		{"с 22 и до 30 апреля 2016", "2016-04-22"},
		{"з 22 і по 30 квітня 2016", "2016-04-22"},
		{"з 22 і до 30 квітня 2016 року", "2016-04-22"},
		{"з 22 і па 30 красавіка 2016", "2016-04-22"},
		{"з 22 і да 30 красавіка 2016", "2016-04-22"},
		{"с 14 и по 22 декабря 2025", "2025-12-14"},
	})
	// The real row: the evening of its first day, whose Hebrew date is
	// the next day's, in the page's year.
	page := dateline.Reference(time.Date(2016, time.April, 18, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, page, []struct{ text, day, heb string }{
		{"Скоро евреи будут праздновать Песах - с вечера 22 и по 30 апреля.", "2016-04-22", "15 Nisan 5776"},
		{"с вечера 22 и по 30 апреля 2016", "2016-04-22", "15 Nisan 5776"},
	})
	checkRangeCases(t, []rangeCase{
		{"Песах отмечают с 22 и по 30 апреля 2016 года в Минске", "2016-04-22", "30 апреля 2016 года"},
		{"Ханука триває з 14 і до 22 грудня 2025 року в Києві", "2025-12-14", "22 грудня 2025 року"},
	})
	checkUnread(t, heldoutRef,
		"с 22 и по 30",
		"22 и по 20 апреля 2016",
		"22 и по радио 30 апреля 2016",
	)
	require.Empty(t, dateline.Find("Мы были там 22 и по 30 человек пришли", heldoutRef))
}
