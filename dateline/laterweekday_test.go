package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/stretchr/testify/assert"
)

// TestLaterWeekdayDay: a Hebrew day and month, and later in its sentence
// a civil day and month with their weekday, in a sentence that names no
// year, are one dateline, in the year the two dates and the weekday fit
// each other: "o dia 3 de Tamuz – data de Yurtsait do Rebe – coincidirá
// com a próxima quinta-feira (22/06)" (knesset.org.br, round 305) was two
// matches, the Hebrew date read in another year. Where the Hebrew date
// does not fit the civil one in the year that the civil date reads alone,
// the two stand.
func TestLaterWeekdayDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Neste ano, o dia 3 de Tamuz – data de Yurtsait do Rebe – coincidirá com a próxima quinta-feira (22/06).",
			"3 de Tamuz – data de Yurtsait do Rebe – coincidirá com a próxima quinta-feira (22/06)", "2023-06-22", "3 Tammuz 5783"},
		{"El 3 de Tamuz cae este jueves 22 de junio.", "3 de Tamuz cae este jueves 22 de junio", "2023-06-22", "3 Tammuz 5783"},
		{"Il 3 di Tammuz cadrà giovedì 22 giugno.", "3 di Tammuz cadrà giovedì 22 giugno", "2023-06-22", "3 Tammuz 5783"},
		{"14 Nisan falls on Monday, April 22.", "14 Nisan falls on Monday, April 22", "2024-04-22", "14 Nisan 5784"},
		{"Der 25. Kislew fällt auf Freitag, den 8. Dezember.", "25. Kislew fällt auf Freitag, den 8. Dezember", "2023-12-08", "25 Kislev 5784"},
		// The civil date first (see withEarlierWeekdayDay).
		{"Na quinta-feira, 22 de junho, será o dia 3 de Tamuz.", "quinta-feira, 22 de junho, será o dia 3 de Tamuz", "2023-06-22", "3 Tammuz 5783"},
		{"Giovedì 22 giugno cade il 3 di Tammuz.", "Giovedì 22 giugno cade il 3 di Tammuz", "2023-06-22", "3 Tammuz 5783"},
		{"On Monday, April 22, the eve of Pesach, 14 Nisan.", "Monday, April 22, the eve of Pesach, 14 Nisan", "2024-04-22", "14 Nisan 5784"},
	})
	for _, text := range []string{
		// A Thursday 29 June that 3 Tammuz is only in 2006.
		"o dia 3 de Tamuz – data de Yurtsait do Rebe – coincidirá com a próxima quinta-feira (29/06)",
		"On 3 Tammuz we study, and on Thursday, June 29 we rest.",
		"On Thursday, June 29, the Rebbe's yahrzeit, 3 Tammuz, will be observed.",
		// No weekday: the two dates fit each other in many years.
		"3 de Tamuz coincide com 22 de junho",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, ref)
			assert.NotEmpty(t, ms)
			for _, m := range ms {
				got := text[m.Start:m.End]
				joined := strings.Contains(got, "Tam") && (strings.Contains(got, "29") || strings.Contains(got, "22"))
				assert.False(t, joined, got)
			}
		})
	}
}
