package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// heldout215Ref is a reference in the middle of 2024, whose year-less
// December days are 2024's.
var heldout215Ref = dateline.Reference(time.Date(2024, time.July, 1, 0, 0, 0, 0, time.UTC))

// TestHeldout215AmongJewsBeforeVerb: the Slavic words for "among the
// Jews" between a civil date and the verb of an occasion's start, "у
// иудеев началась Ханука": "Сегодня, 12 декабря, у иудеев началась
// Ханука." (strana.today, the 215th held-out round) was the date alone,
// its Chanukah and evening unsaid, and with another year's reference
// the sentence's Chanukah only warned. The occasion begins on the date's
// evening, as without the words; a wrong day is the occasion's error;
// the words before another verb, or before no occasion, stay prose.
func TestHeldout215AmongJewsBeforeVerb(t *testing.T) {
	ref2017 := dateline.Reference(time.Date(2017, time.July, 1, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref2017, []struct{ text, match, day, heb string }{
		{"Сегодня, 12 декабря, у иудеев началась Ханука.", "12 декабря, у иудеев началась Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 декабря у евреев начинается Ханука", "12 декабря у евреев начинается Ханука", "2017-12-12", "25 Kislev 5778"},
		{"Сьогодні, 12 грудня, у євреїв почалася Ханука.", "12 грудня, у євреїв почалася Ханука", "2017-12-12", "25 Kislev 5778"},
		{"12 grudnia u Żydów zaczyna się Chanuka", "12 grudnia u Żydów zaczyna się Chanuka", "2017-12-12", "25 Kislev 5778"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"12 декабря 2017 года у иудеев началась Ханука", "2017-12-12", "25 Kislev 5778"},
		{"22 квітня 2024 року в євреїв починається Песах", "2024-04-22", "15 Nisan 5784"},
	})
	// A day not the occasion's eve is its error, not another reading.
	rep := dateline.Check("13 декабря 2017 года у иудеев началась Ханука", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	checkDayOrNone(t, ref2017, []struct{ text, day string }{
		{"12 декабря у иудеев был обычный день", ""},
		{"12 декабря у иудеев началась суббота", ""},
	})
}
