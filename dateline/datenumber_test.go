package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/stretchr/testify/assert"
)

// TestDateNumberOfMonth: Russian's and Ukrainian's nominative "число" (the
// date, "the 15th") before "месяца" or "місяця" and a Hebrew month, as the
// genitive "числа" already was: "Песах — это 15 число месяца Нисана 5779
// года" (konsulmir.com, round 305) was no date. Before a civil month the
// words are still no day's.
func TestDateNumberOfMonth(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"По еврейскому календарю Песах — это 15 число месяца Нисана 5779 года", "2019-04-20", "15 Nisan 5779"},
		{"14 число месяца нисан 5784", "2024-04-22", "14 Nisan 5784"},
		{"Ханука начинается 25 число еврейского месяца кислев 5786 года", "2025-12-15", "25 Kislev 5786"},
		{"свято припадає на 15 число місяця нісана 5779 року", "2019-04-20", "15 Nisan 5779"},
		{"10 число єврейського місяця тишрей 5785", "2024-10-12", "10 Tishrei 5785"},
	})
	for _, in := range []string{"15 число месяца декабря 2024", "15 число місяця грудня 2024"} {
		_, err := dateline.Parse(in, ref)
		assert.Error(t, err, in)
	}
}
