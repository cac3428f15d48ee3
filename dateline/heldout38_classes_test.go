package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout38ChanukahRangeFromEve: made-up ranges of the class the
// thirty-eighth held-out set found read a day early: a range of civil
// days that names Chanukah, whose first day is the day at whose sunset
// its first candle is lit (24 Kislev, which hebcal names "Chanukah: 1
// Candle") and whose last is Chanukah's, runs from the eve, as a range of
// Rosh Hashana or Pesach from its eve does: its Hebrew date is 25 Kislev,
// from sunset, warned. It was 24 Kislev with nothing said ("От 8 до 16
// декември ... отбелязва Ханука", "Janucá se celebra desde el 7 al 15 de
// diciembre"), where "Chanukah begins December 7, 2023" was already the
// evening's. A range from Chanukah's first day, and a single day with
// the festival's name, are read as before.
func TestHeldout38ChanukahRangeFromEve(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Chanukah from December 7 to 15, 2023", "Chanukah from December 7 to 15, 2023", "2023-12-07", "25 Kislev 5784"},
		{"Ханука с 7 по 15 декабря 2023 года", "Ханука с 7 по 15 декабря 2023 года", "2023-12-07", "25 Kislev 5784"},
		{"Hanouka du 25 décembre 2024 au 2 janvier 2025", "Hanouka du 25 décembre 2024 au 2 janvier 2025", "2024-12-25", "25 Kislev 5785"},
		{"Este año Janucá se celebra desde el 14 al 22 de diciembre.", "Janucá se celebra desde el 14 al 22 de diciembre", "2025-12-14", "25 Kislev 5786"},
		{"От 18 до 26 декември 2022 г. общността празнува Ханука.", "18 до 26 декември 2022 г. общността празнува Ханука", "2022-12-18", "25 Kislev 5783"},
		// Year-less: the nearest year whose days fit, from the eve
		// (2021), not 2013's, whose 28 November was the first day.
		{"Hanouka est célébré du 28 novembre au 5 décembre", "Hanouka est célébré du 28 novembre au 5 décembre", "2021-11-28", "25 Kislev 5782"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeAfterSunset, dateline.Warning), c.in)
		}
	}
	// From the first day, a single day, and a range without the
	// festival's name: the civil day's Hebrew date, nothing said.
	for _, c := range []struct{ in, day, heb string }{
		{"Chanukah from December 8 to 15, 2023", "2023-12-08", "25 Kislev 5784"},
		{"Chanukah, December 7, 2023", "2023-12-07", "24 Kislev 5784"},
		{"Chanukah: 1 Candle, December 7, 2023", "2023-12-07", "24 Kislev 5784"},
		{"The fair runs from December 7 to 15, 2023", "2023-12-07", "24 Kislev 5784"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			assert.Equal(t, c.day, ms[0].Dateline.Time.Format("2006-01-02"), c.in)
			assert.Equal(t, c.heb, ms[0].Dateline.Hebrew.String(), c.in)
			assert.False(t, hasProblem(ms[0].Report, dateline.CodeAfterSunset, dateline.Warning), c.in)
		}
	}
}

// hasProblem reports whether rep has a problem of code and severity.
func hasProblem(rep dateline.Report, code dateline.Code, sev dateline.Severity) bool {
	for _, p := range rep.Problems {
		if p.Code == code && p.Severity == sev {
			return true
		}
	}
	return false
}
