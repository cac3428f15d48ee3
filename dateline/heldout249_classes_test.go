package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout249HungarianBracketWeekdayEvening: Hungarian's "este" (in the
// evening) after a date whose weekday it puts in brackets, as it says it
// after one it does not: "A polgári időszámítás szerint idén április
// 22-én (hétfőn) este köszönt ránk Pészah ünnepe, amely április 30-án
// (kedden) este ér véget" (mazsihisz.hu's PészahFeszt 5784, seen probing
// the two hundred and forty-ninth held-out round's focus) was a syntax
// error at "este" to Check, and Find read the second date without its
// evening, the afternoon's 22 Nisan. The evening now names the day's
// evening, whose Hebrew date is the next day's, as "április 22-én,
// hétfőn este" does; a weekday in brackets with no evening after it
// keeps the day's own Hebrew date, and the weekday must still fit.
func TestHeldout249HungarianBracketWeekdayEvening(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"2024. április 22-én (hétfőn) este", "2024-04-22", "15 Nisan 5784"},
		{"2024. április 30-án (kedden) este", "2024-04-30", "23 Nisan 5784"},
		{"2024. április 22-én (hétfő) este", "2024-04-22", "15 Nisan 5784"},
		{"2023. szeptember 15-én (pénteken) este", "2023-09-15", "1 Tishrei 5784"},
		{"2025. december 14. (vasárnap) este", "2025-12-14", "25 Kislev 5786"},
		// The same evening without the brackets, as before.
		{"2024. április 22-én, hétfőn este", "2024-04-22", "15 Nisan 5784"},
		// No evening: the day's own Hebrew date.
		{"2024. április 22-én (hétfőn)", "2024-04-22", "14 Nisan 5784"},
	})
	checkMatches(t, dateline.Reference(time.Date(2024, time.March, 29, 0, 0, 0, 0, time.UTC)), []struct{ text, match, day, heb string }{
		{"Pészah amely április 30-án (kedden) este ér véget.", "április 30-án (kedden) este", "2024-04-30", "23 Nisan 5784"},
		{"A szédert 2024. április 23-án (kedden) este üljük.", "2024. április 23-án (kedden) este", "2024-04-23", "16 Nisan 5784"},
	})
	// A weekday that is not the date's day is still an error.
	rep := dateline.Check("2024. április 22-én (kedden) este", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// Only Hungarian's word, after the bracket and a space: Spanish's
	// "este" after a bracketed weekday, a word glued to the bracket, and
	// another of Hungarian's evening words stay unread.
	checkUnread(t, heldoutRef,
		"22 de abril de 2024 (lunes) este",
		"2024. április 22-én (hétfőn)este",
		"2024. április 22-én (hétfőn) estéje",
	)
}
