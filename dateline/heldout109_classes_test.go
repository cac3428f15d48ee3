package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout109HyphenYear: an occasion's civil year joined to its name
// by a hyphen, as Russian titles write it: "Пурим-2020: как это было в
// Минске" (Belisrael, Minsk, the hundred-and-ninth held-out round) was
// not read, where "Пурим 2020" was. A hyphen before no year of four
// digits joins nothing.
func TestHeldout109HyphenYear(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Пурим-2020", "2020-03-10", "14 Adar 5780"},
		{"Пурим-2020: как это было в Минске", "2020-03-10", "14 Adar 5780"},
		{"Ханука-2023", "2023-12-08", "25 Kislev 5784"},
		{"Purim-2020", "2020-03-10", "14 Adar 5780"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Пурим-20", ""},
		{"Пурим-2020-2021", ""},
		{"Пурим-вечеринка", ""},
	})
}

// TestHeldout109CommaEnd: a range's end after a comma and a Russian or
// Ukrainian verb of ending without "и" (and), with a dash before the
// last day or not: "В 2016 г. праздник начинается 2 октября,
// заканчивается - 4 октября" (SQ, sq.com.ua, Kharkiv, the
// hundred-and-ninth held-out round) was two datelines. The range gives
// its first day; the start's weekday and occasion are still checked.
func TestHeldout109CommaEnd(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"В 2016 г. праздник начинается 2 октября, заканчивается - 4 октября", "2016-10-02"},
		{"Песах начинается 12 апреля 2025 года, заканчивается 20 апреля", "2025-04-12"},
		{"Рош ха-Шана начинается 2 октября 2016 года, заканчивается – 4 октября", "2016-10-02"},
		{"В 2016 году Рош ха-Шана начинается вечером 2 октября, завершится вечером 4 октября", "2016-10-02"},
		{"Свято починається 14 грудня 2025 року, триватиме до 22 грудня", "2025-12-14"},
	})
	m := oneMatch(t, "Песах начинается в среду, 12 апреля 2025 года, заканчивается 20 апреля", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Рош ха-Шана начинается 5 октября 2016 года, заканчивается - 7 октября", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// A verb of ending before no day joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Приём начинается 2 октября 2016 года, заканчивается - приём заявок", "2016-10-02"},
	})
}
