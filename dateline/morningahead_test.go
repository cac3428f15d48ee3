package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestMorningHebrewDateAhead: a weekday said of its morning ("Friday
// morning", "vendredi matin", "в пятницу утром", "ביום שישי בבוקר") is
// before the sunset that begins the next Hebrew day, so a Hebrew date a
// day ahead of the civil day's is an error, as it is beside a clock
// before noon ("Friday, March 1, 2024 9:00 am | 22 Adar I 5784"). It was
// the after-sunset warning, which explains the date by a sunset the
// morning has not reached. The day's own Hebrew date stays right; the
// afternoon, whose end may be after a winter sunset, and the evening
// keep their readings (hd: 2024-03-01 is 21 Adar I 5784, 2024-03-02 22
// Adar I, 2023-12-07 24 Kislev 5784).
func TestMorningHebrewDateAhead(t *testing.T) {
	for _, text := range []string{
		"Friday morning, March 1, 2024 | 22 Adar I 5784",
		"vendredi matin 1 mars 2024 | 22 Adar I 5784",
		"в пятницу утром 1 марта 2024 | 22 Adar I 5784",
		"sabato mattina 2 marzo 2024 | 23 Adar I 5784",
		"ביום שישי בבוקר, 1 במרץ 2024 | כ״ב אדר א׳ תשפ״ד",
		"Thursday morning, December 7, 2023 / 25 Kislev 5784",
		"Friday, March 1, 2024 9:00 am | 22 Adar I 5784",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
			assert.NotContains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset)
		})
	}
	for _, text := range []string{
		"Friday morning, March 1, 2024 | 21 Adar I 5784",
		"sabato mattina 2 marzo 2024 | 22 Adar I 5784",
		"Thursday morning, December 7, 2023 / 24 Kislev 5784",
		"Friday night, March 1, 2024 | 22 Adar I 5784",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, reportCodes(rep, dateline.Warning))
		})
	}
	for _, text := range []string{
		"Friday afternoon, March 1, 2024 | 22 Adar I 5784",
		"Friday, March 1, 2024 | 22 Adar I 5784",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset)
		})
	}
}
