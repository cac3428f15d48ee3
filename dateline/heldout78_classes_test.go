package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSlavicRangeWeekdays: a range joined by the West and South Slavic
// "od" (from) and "do" (until), each end with its weekday in the genitive,
// the start's with the word for the evening after it: "Ove godine se
// obeležava od utorka uveče 4. oktobra do srede 5. oktobra uveče." (BBC
// News na srpskom's Yom Kippur, the seventy-eighth held-out round). It
// was read as Wednesday October 5, 2022, the end alone, with only a year
// info: the end's day for the range's first, with nothing said. "do" was
// no word that says "to" between two whole dates, so the ends, each with a
// weekday, were taken for a pair of days in a row, and the word after the
// start's day for a fraction's "of" (Portuguese "3/4 do povo"); Serbian's
// and Croatian's "uveče", "navečer" were no evening after a weekday; and
// Czech's and Slovak's weekdays had no genitive ("do středy", "do
// stredy"). Each is the range from its first day.
func TestSlavicRangeWeekdays(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Ove godine se obeležava od utorka uveče 4. oktobra do srede 5. oktobra uveče.", "2022-10-04"},
		{"od utorka uveče 4. oktobra do srede 5. oktobra 2022.", "2022-10-04"},
		{"Hanuku slavimo od nedelje 18. decembra do nedelje 25. decembra 2022.", "2022-12-18"},
		{"od 18. decembra do nedelje 25. decembra 2022.", "2022-12-18"},
		{"od nedjelje 18. prosinca do nedjelje 25. prosinca 2022.", "2022-12-18"},
		{"od wtorku wieczorem 4 października do środy 5 października 2022", "2022-10-04"},
		{"od úterý večer 4. října do středy 5. října 2022", "2022-10-04"},
		{"od pátku 6. října do neděle 8. října 2023", "2023-10-06"},
		{"od utorka 4. októbra do stredy 5. októbra 2022", "2022-10-04"},
		{"od piatka večer 29. septembra do nedele 1. októbra 2023", "2023-09-29"},
		// A fraction's "do" is still no date.
		{"Monday, 3/4 do povo votou", ""},
	})
	// The ends' weekdays are checked: Wednesday, October 5, 2022, is no
	// Thursday.
	ms := dateline.Find("od utorka 4. oktobra do četvrtka 5. oktobra 2022.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2022-10-04", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.False(t, ms[0].OK(), "October 5, 2022 is a Wednesday")
	// The evening after a weekday is the weekday's, not a day's word of
	// its own: an hour with it is still the hour's evening.
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"utorak, 4. oktobra 2022. u 19 sati uveče", "2022-10-04 19:00"},
	})
}

// TestSlavicRangeSunsetNight: a range whose start the West and South
// Slavic languages give from the sunset or the evening of its day and
// whose end until the night or the dusk of its, in the genitive after
// "od" and "do": "Prvé dva dni sviatku (tento rok od západu slnka 29.
// septembra do noci 1. októbra 2023) sú Jomtov" (Chabad Slovakia's
// Sukot, the seventy-eighth held-out round), read as October 1, 2023, the
// end alone, with nothing said: a silent wrong day. So were Russian's and
// Ukrainian's "до ночи", "до ночі" after a start with its evening or
// sunset. The sunset is two words, the sun's after its going down; the
// night alone, with no range before it, is prose before a day of its own.
func TestSlavicRangeSunsetNight(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Prvé dva dni sviatku (tento rok od západu slnka 29. septembra do noci 1. októbra 2023) sú Jomtov - biblický sviatok, kedy je zakázaná práca.", "2023-09-29"},
		{"od západu slunce 29. září do soumraku 1. října 2023", "2023-09-29"},
		{"od zachodu słońca 29 września do zmroku 1 października 2023", "2023-09-29"},
		{"od zalaska sunca 29. septembra do noći 1. oktobra 2023.", "2023-09-29"},
		{"od wieczora 29 września do nocy 1 października 2023", "2023-09-29"},
		{"od večera 29. septembra do súmraku 1. októbra 2023", "2023-09-29"},
		{"от захода солнца 29 сентября до ночи 1 октября 2023 года", "2023-09-29"},
		{"від заходу сонця 29 вересня до ночі 1 жовтня 2023 року", "2023-09-29"},
		{"с вечера 29 сентября до ночи 1 октября 2023 года", "2023-09-29"},
		// No range: the night before a day is that day's.
		{"Čakali sme do noci 1. októbra 2023.", "2023-10-01"},
	})
}

// TestHebrewMonthAdjective: a Hebrew date written as "the Nth day of the
// Hebrew month X" in the Slavic languages, with "Hebrew" or "Jewish"
// between the words for the day and the month: "Začína dnes večer, 11.
// júna 2024 – 6. deň hebrejského mesiaca sivan - a trvá dva dni." (ŽNO
// Nitra's Shavuot, the seventy-eighth held-out round). Its Hebrew day was
// not read, and the line was June 11, 2024 with the civil day's 5 Sivan;
// it is the evening's 6 Sivan, which the after-sunset warning says. The
// words are read only before a Hebrew month's name.
func TestHebrewMonthAdjective(t *testing.T) {
	ms := dateline.Find("Začína dnes večer, 11. júna 2024 – 6. deň hebrejského mesiaca sivan - a trvá dva dni.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2024-06-11", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, "6 Sivan 5784", ms[0].Dateline.Hebrew.String())
	require.Len(t, ms[0].Problems, 1)
	assert.Equal(t, dateline.CodeAfterSunset, ms[0].Problems[0].Code)
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Šavuot začína 6. dňa hebrejského mesiaca sivan 5784.", "2024-06-12", "6 Sivan 5784"},
		{"6. deň židovského mesiaca sivan 5784", "2024-06-12", "6 Sivan 5784"},
		{"25. dnem hebrejského měsíce kislev 5784", "2023-12-08", "25 Kislev 5784"},
		{"25 дня еврейского месяца кислев 5784 года", "2023-12-08", "25 Kislev 5784"},
		{"25 числа єврейського місяця кислев 5784 року", "2023-12-08", "25 Kislev 5784"},
	})
	// Before no Hebrew month the words are prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"6. deň hebrejského mesiaca je sviatok.", ""},
		{"Bol to 6. deň hebrejského mesiaca a 11. júna 2024.", "2024-06-11"},
	})
}
