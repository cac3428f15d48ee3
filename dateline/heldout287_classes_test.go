package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout287EndsAfterEveningAndPronoun: a Russian or Ukrainian range
// whose start is followed by its evening or sunset, then a comma or "and",
// the occasion's pronoun and a verb of ending before the last day:
// "Начавшийся в воскресенье 22 декабря с заходом солнца, он продлится до
// 30 декабря." (having begun on Sunday 22 December at sunset, it will last
// until 30 December; odesitua.com, the two hundred and eighty-seventh
// held-out round) was two datelines. The pronoun (он, она, оно, они;
// Ukrainian він, вона, воно, вони) is now read before a verb of ending, as
// English's "and it ends" was; the evening after a start without its year
// is read before the verb as it was after a start with one; and a comma
// after a start's evening word stays the verb's. The evening is the
// start's: its Hebrew date is the next day's.
func TestHeldout287EndsAfterEveningAndPronoun(t *testing.T) {
	checkRangeCases(t, []rangeCase{
		{"Начавшийся в воскресенье 22 декабря с заходом солнца, он продлится до 30 декабря.", "2024-12-22", "до 30 декабря"},
		{"Ханука начинается 22 декабря 2019 года, он продлится до 30 декабря.", "2019-12-22", "до 30 декабря"},
		{"Ханука начинается 22 декабря 2019 года и он продлится до 30 декабря.", "2019-12-22", "до 30 декабря"},
		{"Ханука начинается 22 декабря с заходом солнца и продлится до 30 декабря 2019 года.", "2019-12-22", "30 декабря 2019 года."},
		{"Ханука начинается 22 декабря вечером, продлится до 30 декабря 2019 года.", "2019-12-22", "30 декабря 2019 года."},
		{"Пурим начнется 13 марта 2025 года вечером, она завершится вечером 14 марта.", "2025-03-13", "вечером 14 марта"},
		{"Ханука починається 22 грудня 2019 року ввечері, вона триватиме до 30 грудня.", "2019-12-22", "до 30 грудня"},
		{"Ханука починається 22 грудня ввечері, вона триватиме до 30 грудня 2019 року.", "2019-12-22", "30 грудня 2019 року."},
		{"Свято почалося 22 грудня 2019 року, воно триватиме до 30 грудня.", "2019-12-22", "до 30 грудня"},
		{"Ханука починається 22 грудня 2019 року із заходом сонця і вона триватиме до 30 грудня.", "2019-12-22", "до 30 грудня"},
	})
	// The evening is the start's, as after a date alone.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Ханука начинается 22 декабря 2019 года с заходом солнца, он продлится до 30 декабря.",
			"Ханука начинается 22 декабря 2019 года с заходом солнца, он продлится до 30 декабря", "2019-12-22", "25 Kislev 5780"},
	})
	// A pronoun with a verb that does not end a range, a verb of ending
	// with no day after it, and an evening before a dash, are read as
	// before.
	for _, tc := range []struct {
		text, first, day string
		n                int
	}{
		{"22 декабря 2019 года, он приехал 30 декабря 2019 года.", "22 декабря 2019 года", "2019-12-22", 2},
		{"22 декабря 2019 года вечером, они закончили работу.", "22 декабря 2019 года вечером", "2019-12-22", 1},
		{"22 грудня 2019 року, вона триватиме вісім днів.", "22 грудня 2019 року", "2019-12-22", 1},
		{"Ханука начинается 22 декабря вечером - 23 декабря.", "Ханука начинается 22 декабря вечером", "2019-12-22", 1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			if assert.Len(t, ms, tc.n) {
				assert.Equal(t, tc.first, ms[0].Input)
				assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			}
		})
	}
}
