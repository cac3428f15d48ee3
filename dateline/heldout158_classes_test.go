package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// pageRef is a reference in the middle of a page's year, as a scraper
// passes the page's date.
func pageRef(year int) dateline.Option {
	return dateline.Reference(time.Date(year, time.July, 1, 12, 0, 0, 0, time.UTC))
}

// TestHeldout158SlavicNaBeforeDate: the East and South Slavic "на" (on)
// before a date: "На 12. декември в Синагогата „Цион“ в гр. Пловдив беше
// поставено началото на осемдневния Празник на Светлината – Ханука"
// (Radio Vox, radiovox.bg, Plovdiv, 2017, the hundred-and-fifty-eighth
// held-out round). "На" was no word of a date, so Check found none at the
// start, and Find reads no bare year-less date: nothing was read. It now
// joins a date as Russian's "в" and Romanian's "pe" do, in Bulgarian,
// Russian and Serbian alike; a year-less date takes the reference's year,
// the page's where a scraper passes its date.
func TestHeldout158SlavicNaBeforeDate(t *testing.T) {
	checkCheckedHebs(t, pageRef(2017), []struct{ text, day, heb string }{
		{"На 12. декември", "2017-12-12", "24 Kislev 5778"},
		{"на 12 декември", "2017-12-12", "24 Kislev 5778"},
		{"На 12 декември 2017 г.", "2017-12-12", "24 Kislev 5778"},
		{"на 12 декабря 2017 года", "2017-12-12", "24 Kislev 5778"},
		{"На 12. децембар 2017.", "2017-12-12", "24 Kislev 5778"},
	})
	rep := dateline.Check("На 12. декември", heldoutRef)
	assert.Equal(t, "2026-12-12", rep.Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, reportCodes(rep, dateline.Info))
	// A wrong weekday after it is said.
	rep = dateline.Check("На 12 декември 2017 г., сряда", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, reportCodes(rep, dateline.Error))
	// "на" before a number that is no day, or alone, is no date.
	checkNotChecked(t, "На 12 души", "на", "На 12 декември ще")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"На 12 души", ""},
		{"На 9 септември 1909 г. в Карлово", "1909-09-09"},
	})
}
