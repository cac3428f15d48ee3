package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout266ThisYearSentence: a year-less date of one calendar that
// ends a sentence, and the next sentence opening with the words for "this
// year" and, after them or after the words for "it was (the day)", the
// other calendar's day: "obchodzony jest wg żydowskiego kalendarza 27.
// dnia miesiąca nisan. W tym roku był to dzień 5 maja." (Yom HaShoah is
// kept on 27 Nisan; this year it was 5 May; Oblicza Dialogu,
// obliczadialogu.pl, 2016, the 266th held-out round) was two datelines,
// 27 Nisan 5787 and 5 May 2026, as the dot ended the first. They are one
// dateline now, as "14 nisan (w tym roku 10 kwietnia)" was (see
// TestHeldout128ThisYearLink), in the year in which the two days fit each
// other: with the page's year as the reference, 2016.
func TestHeldout266ThisYearSentence(t *testing.T) {
	page := dateline.Reference(time.Date(2016, time.June, 1, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, page, []struct{ text, day, heb string }{
		{"obchodzony jest wg żydowskiego kalendarza 27. dnia miesiąca nisan. W tym roku był to dzień 5 maja.", "2016-05-05", "27 Nisan 5776"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"27 nisan. W tym roku był to dzień 5 maja.", "2024-05-05", "27 Nisan 5784"},
		{"14 nisan. W tym roku 10 kwietnia.", "2017-04-10", "14 Nisan 5777"},
		{"14. nisanu. Letos to bylo 10. dubna.", "2017-04-10", "14 Nisan 5777"},
		{"14. nisana. Tento rok to bolo 10. apríla.", "2017-04-10", "14 Nisan 5777"},
		{"14 Nisan. This year it was April 10.", "2017-04-10", "14 Nisan 5777"},
		// The civil day first.
		{"10 April. This year it was 14 Nisan.", "2017-04-10", "14 Nisan 5777"},
	})
	// A lower-case "this year" is no sentence's opening, a first date
	// with its year needs no other day, and the same calendar's day or
	// none after the words joins nothing: each date is read alone.
	for _, text := range []string{
		"27 nisan. w tym roku był to dzień 5 maja.",
		"27 nisan 5776. W tym roku był to dzień 5 maja.",
		"10 April. This year it was 12 April.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Len(t, dateline.Find(text, heldoutRef), 2)
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"27 nisan. W tym roku nie.", "2027-05-04"},
	})
}
