package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFestivalLocaleNames: a festival is read by its name in every
// locale of hebcal-go, as hebcal translates the festival itself and not
// only its days (the fifty-fourth held-out round): Portuguese "Chanucá"
// (hebcal's days are "Chanucá: 3 velas"), Dutch "Chanoeka" and "Soekot",
// Hungarian "Peszách" and "Szukkot", Romanian "Sucot", Russian "Пэсах".
// Before, "A celebração do Chanucá 2025 começa neste domingo, 14 de
// dezembro" read as the civil day alone, 24 Kislev, where the festival
// begins that evening; a festival beside a day it is not on is an error.
func TestFestivalLocaleNames(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"Chanucá 5786", "2025-12-15", "25 Kislev 5786"},
		{"Chanoeka 5785", "2024-12-26", "25 Kislev 5785"},
		{"Soekot 5785", "2024-10-17", "15 Tishrei 5785"},
		{"Sucot 5784", "2023-09-30", "15 Tishrei 5784"},
		{"Szukkot, 2024. október 17.", "2024-10-17", "15 Tishrei 5785"},
		{"Peszách 5785", "2025-04-13", "15 Nisan 5785"},
		{"Пэсах 5785 года", "2025-04-13", "15 Nisan 5785"},
		// The verb that says it begins, and the evening's Hebrew date.
		{"A celebração do Chanucá 2025 começa neste domingo, 14 de dezembro", "2025-12-14", "25 Kislev 5786"},
		{"Chanoeka begint op woensdag 25 december 2024", "2024-12-25", "25 Kislev 5785"},
	})
	ms := dateline.Find("Chanoeka, 10 december 2024", ref)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "Chanukah is not on 10 December 2024")
	for _, s := range []string{
		"Tijdens Soekot eten we in de soeka.",
		"Sucot é uma festa de sete dias.",
		"A Peszách ünnepe nyolc napig tart.",
		"O Chanucá é a festa das luzes.",
	} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}
