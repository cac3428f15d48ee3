package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout133DateThenPassive: a passive verb of celebrating ("is
// observed", "is celebrated") between a civil date, or a range, and the
// occasion after it, the order Russian and Ukrainian put them in: "С
// вечера 1 февраля до вечера 2 февраля в этом году отмечается Ту би-Шват"
// (from the evening of 1 February to the evening of 2 February this year
// Tu BiShvat is observed; Vestnik Kavkaza, vestikavkaza.ru, the 133rd
// held-out round) was not found, and with a year the date was read
// without the occasion, so a day not its own went unsaid. The verb now
// joins them, with "this year" before it or not: after a day that is no
// evening the occasion is read beside its date, any of its days or its
// eve; after an evening's words it begins on that evening, and a later
// evening is an error, not its next Hebrew date with nothing said.
func TestHeldout133DateThenPassive(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"С вечера 1 февраля до вечера 2 февраля в этом году отмечается Ту би-Шват", "2026-02-01", "15 Shevat 5786"},
		{"С вечера 1 февраля до вечера 2 февраля отмечается Ту би-Шват", "2026-02-01", "15 Shevat 5786"},
		{"з вечора 1 лютого до вечора 2 лютого цього року відзначається Ту бі-Шват", "2026-02-01", "15 Shevat 5786"},
		{"Вечером 23 марта 2024 года отмечается Пурим", "2024-03-23", "14 Adar II 5784"},
		{"2 февраля 2026 года отмечается Ту би-Шват", "2026-02-02", "15 Shevat 5786"},
		{"18 декабря 2025 года празднуется Ханука", "2025-12-18", "28 Kislev 5786"},
		{"el 1 de febrero de 2026 se celebra Tu Bishvat", "2026-02-01", "15 Shevat 5786"},
	})
	// "This year" before a verb of beginning, too.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Вечером 6 марта 2023 года в этом году наступает Пурим", "2023-03-06", "14 Adar 5783"},
	})
	// A day the occasion is not, or an evening after it began: errors.
	for _, text := range []string{
		"5 февраля 2026 года отмечается Ту би-Шват",
		"С вечера 2 февраля 2026 года отмечается Ту би-Шват",
		"Вечером 2 февраля 2026 года отмечается Ту би-Шват",
		"2 лютого 2026 року ввечері відзначається Ту бі-Шват",
		"С вечера 15 декабря 2025 года отмечается Ханука",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
		})
	}
	// Without an occasion after it the verb is prose, and "this year"
	// after a date joins nothing: the date is of the reference's year
	// (see TestRelativeYearFindsDate).
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"1 февраля отмечается день рождения", ""},
		{"1 февраля в этом году", "2026-02-01"},
		{"1 февраля 2026 года отмечается день рождения", "2026-02-01"},
	})
}

// TestHeldout133FallsOutOn: Russian's "выпадает на" and Ukrainian's
// "випадає на" (falls out on) between a Hebrew date and its civil day, as
// "приходится на" and "припадає на" stand: "(в 5783 (2022-2023) году
// выпадает на 3 января)", of 10 Tevet (newrezume.org, the 133rd held-out
// round), whose form "10 Тевета в 5783 году выпадает на 3 января" was the
// Hebrew date alone, its civil day left out. The two days must agree.
func TestHeldout133FallsOutOn(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"10 Тевета в 5783 году выпадает на 3 января", "2023-01-03", "10 Tevet 5783"},
		{"15 швата 5786 року випадає на 2 лютого", "2026-02-02", "15 Shevat 5786"},
	})
	m := oneMatch(t, "10 Тевета в 5783 году выпадает на 4 января", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// Without a civil date after it the word is prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"в 5783 году выпадает снег", ""},
	})
}
