package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout247YiddishOfMonth: Yiddish's "פֿון" (of), in YIVO's spelling
// or without its point, between an ordinal day and its month, as a page
// may write "the 4th of April": "אין דעם 4טן פון אפריל תרל"ז (1877)"
// (mamalushen.blogspot.com on Mordechai Gebirtig, incoming line 3178, the
// two hundred and forty-seventh held-out round) was found nowhere, and
// Check stopped at "פון" with a syntax error. The word is now read where a
// month's name of either calendar follows it in Hebrew script; before
// anything else it is prose, and the day stays unread.
func TestHeldout247YiddishOfMonth(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"דעם 4טן פון אפריל 1877", "1877-04-04"},
		{"דעם 4טן פֿון אַפּריל 1877", "1877-04-04"},
		{"דעם 20סטן פֿון מײַ 1943", "1943-05-20"},
		{"זונטיק, דעם 6סטן פֿון דעצעמבער 2020", "2020-12-06"},
		{"דעם 15טן פֿון ניסן תשפ\"ד", "2024-04-23"},
		// Without the word, as before.
		{"דעם 4טן אַפּריל 1877", "1877-04-04"},
	})
	checkWholeInferred(t, heldoutRef, "דעם 4טן פֿון אַפּריל", "2027-04-04")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"ער איז געבוירן געוואָרן דעם 4טן פֿון אַפּריל 1877 אין קראָקע", "4טן פֿון אַפּריל 1877", "1877-04-04", "21 Nisan 5637"},
		{"אויפֿגעשטאַנען דעם 19טן פֿון אַפּריל 1943.", "19טן פֿון אַפּריל 1943", "1943-04-19", "14 Nisan 5703"},
	})
	// Not a month after the word: the fourth of them, four of five, and
	// the word at the end.
	checkUnread(t, heldoutRef, "דעם 4טן פֿון זיי", "4 פֿון 5", "דעם 4טן פון")
	assert.Empty(t, dateline.Find("דער 4טער פֿון זיי איז געקומען", heldoutRef))
}

// TestHeldout247YearHyphenClock: a year of four digits joined to its
// time of day by a bare hyphen, as a Blogger template prints a post's
// stamp: "געשיקט דורך Yentash בSunday, October 14, 2007-4:50 PM" (a
// Hasidic Yiddish blog, yentash.blogspot.com, incoming line 3182, the two
// hundred and forty-seventh held-out round) was read as October 14 of a
// year near the reference, with a warning that its sentence names 2007,
// and Check stopped at the colon. The time must have its colon, two
// digits of minutes, an hour from 1 to 12 and its AM or PM; a number
// after the hyphen without them is a range's end, a numeric date's month
// or nothing, and is read as before. So is a time of the 24-hour clock
// after the hyphen, as "2024-10:00" may be a month and more (see
// TestYearRangeAfterDate): the twelve-hour clock's AM or PM says it is a
// time.
func TestHeldout247YearHyphenClock(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"Sunday, October 14, 2007-4:50 PM", "2007-10-14 16:50"},
		{"Thursday, June 19, 2008-1:57 PM", "2008-06-19 13:57"},
		{"14 October 2007-9:05 am", "2007-10-14 09:05"},
		{"October 14, 2007-12:05 a.m.", "2007-10-14 00:05"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"געשיקט דורך Yentash בSunday, October 14, 2007-4:50 PM", "2007-10-14 16:50"},
		{"Posted by Yentash at Thursday, June 19, 2008-1:57 PM", "2008-06-19 13:57"},
	})
	// No clock after the hyphen: an hour past 12, minutes past 59, no
	// minutes, no AM or PM, or a second year.
	checkUnread(t, heldoutRef,
		"October 14, 2007-13:50 PM",
		"October 14, 2007-4:70 PM",
		"October 14, 2007-4:50",
		"October 14, 2007-4",
		"October 14, 2007-2008",
	)
	// A numeric date's hyphens are its own.
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2007-10-14", "2007-10-14"},
	})
}
