package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout167SlashedDayMonthRange: a range whose start is a day and a
// month with a slash, joined by a dash to the end's whole date, day first:
// "(28/02-1/03/2018)", Purim's two days on Don Orione Venezia's page
// (donorione-venezia.it, the hundred-and-sixty-seventh held-out round).
// Before, the start went unread and the end alone was read month first,
// as January 3, 2018, a wrong day with only a warning. The range is read
// day first only where it cannot be read month first (a first number
// above 12); a range that runs back is none. The US "02/28-03/01/2018"
// stayed its end's, the start dropped with nothing said; it reads month
// first only, and is read so, whole (TestNumericRangeMonthFirstOnly). "01/03-02/03/2018", which reads both
// ways, was its end's alone too, the start lost: it is read whole, month
// first, with a warning that names both (TestNumericSlashedRangeBothOrders).
func TestHeldout167SlashedDayMonthRange(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"28/02-1/03/2018", "2018-02-28"},
		{"non quest’anno (28/02-1/03/2018) prima della Quaresima", "2018-02-28"},
		{"28/02 - 1/03/2018", "2018-02-28"},
		{"30/04-2/05/2018", "2018-04-30"},
		{"15/04-17/04/2018", "2018-04-15"},
		{"31/12-2/01/2019", "2018-12-31"},
		{"mercoledì 28/02-1/03/2018", "2018-02-28"},
		{"02/28-03/01/2018", "2018-02-28"},
	})
	// A wrong weekday before the range is said.
	m := oneMatch(t, "giovedì 28/02-1/03/2018", heldoutRef)
	assert.Equal(t, "2018-02-28", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Running back: the error that the range runs backwards, over the
	// whole (see TestBackwardNumericRangeIntoEarlierMonth); it was the
	// end alone, the start dropped with nothing said.
	for _, text := range []string{"28/03-1/02/2018"} {
		t.Run(text, func(t *testing.T) { foundBackward(t, text, text, heldoutRef) })
	}
	// A day and a month alone, with no year, are no range.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"28/02-1/03", ""},
	})
}

// TestHeldout167ItalianThatIs: Italian's "cioè" and "ossia" (that is) and
// "ovvero" (or) between the two calendars' dates of one dateline, as
// French's "soit" and Portuguese's "ou": "dal 15 del mese ebraico di
// Nissan, cioè dal tramonto del 5 al tramonto del 13 aprile" (ANSA,
// ansa.it, 2023, the hundred-and-sixty-seventh held-out round). Before,
// the Hebrew date was read alone and the civil one after the word was
// another dateline or none, so two calendars that disagree went unsaid.
// That row itself is still missed: its civil range names no year, and a
// year-less range after the word is not joined.
func TestHeldout167ItalianThatIs(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"15 Nissan, cioè 6 aprile", "2023-04-06", "15 Nisan 5783"},
		{"15 Nissan, cioè dal tramonto del 5 aprile", "2023-04-05", "15 Nisan 5783"},
		{"15 Nissan 5783, Cioè 6 aprile 2023", "2023-04-06", "15 Nisan 5783"},
		{"15 Nissan 5783, ossia 6 aprile 2023", "2023-04-06", "15 Nisan 5783"},
		{"6 aprile 2023, cioè 15 Nissan 5783", "2023-04-06", "15 Nisan 5783"},
	})
	// Two calendars that disagree across the word are one dateline, and
	// the disagreement is said.
	m := oneMatch(t, "15 Nissan 5783, cioè 7 aprile 2023", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// The word before prose, or a longer word, joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"6 aprile 2023, cioè il giorno dopo", "2023-04-06"},
		{"cioèx 6 aprile 2023", "2023-04-06"},
		{"cioè", ""},
	})
}
