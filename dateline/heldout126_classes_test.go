package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout126LithuanianYearPhrase: Lithuanian's year with "m." (metais,
// in the year), as it writes every year, heading words and then the date
// that is the year's: "(2003 m. nauji metai rugsėjo 26 d.)" (in 2003 the
// new year is on 26 September; a Kuršėnai school's page on the Jewish
// holidays, ivinskis.kursenai.lm.lt, the hundred-and-twenty-sixth
// held-out round) was 26 September of the reference's year, with a
// warning that the sentence names 2003; and "2025 m. Chanuka prasideda
// gruodžio 14 d." was read from the occasion in the year nearest the
// reference, 2025 by chance, with the same warning. The year is now the
// date's, as "В 2025 году", "2025. gadā" and "2025. aastal" are, and
// before an occasion the occasion's, whose day a date that is not its
// own is said to be not.
func TestHeldout126LithuanianYearPhrase(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"(2003 m. nauji metai rugsėjo 26 d.)", "2003-09-26"},
		{"2003 m. nauji metai rugsėjo 26 d.", "2003-09-26"},
		{"2003 m. Naujieji metai rugsėjo 26 d., penktadienį", "2003-09-26"},
		// A date written year first, as before (yearFirst's).
		{"2003 m. rugsėjo 26 d.", "2003-09-26"},
		{"Vilniaus getas buvo likviduotas 1943 m. rugsėjo 23 d.", "1943-09-23"},
		{"5784 m. 2023 m. rugsėjo 15 d.", "2023-09-15"},
		// A date with its own year keeps it.
		{"2003 m. kažkas 2004 m. rugsėjo 26 d.", "2004-09-26"},
	})
	for _, tc := range []struct{ text, day, heb string }{
		{"2025 m. Chanuka prasideda gruodžio 14 d.", "2025-12-14", "25 Kislev 5786"},
		{"2003 m. Roš hašana rugsėjo 26 d.", "2003-09-26", "1 Tishrei 5764"},
	} {
		m := oneMatch(t, tc.text, heldoutRef)
		assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly), tc.text)
		assert.Equal(t, tc.heb, m.Dateline.Hebrew.String(), tc.text)
		assert.Empty(t, severityCodes(m, dateline.Error), tc.text)
	}
	// A weekday that is not the date's, and a day that is not the
	// occasion's in the year the sentence names, are said.
	m := oneMatch(t, "2003 m. nauji metai rugsėjo 26 d., šeštadienį", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "2024 m. Chanuka prasideda gruodžio 14 d.", heldoutRef)
	assert.Equal(t, "2024-12-14", m.Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// A comma, or more words than a clause's subject and verb, part the
	// year from the date, which takes the reference's nearest year and
	// the warning that its sentence names another, as before.
	for _, text := range []string{"2003 m., rugsėjo 26 d.", "2003 m. a b c d e f rugsėjo 26 d."} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, "2026-09-26", m.Dateline.Time.Format(time.DateOnly), text)
		assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Warning), text)
	}
}

// TestHeldout126AllativeWeekday: the weekday a date falls on, in the
// allative ("onto"), as Estonian and Finnish say it after the verb for
// "fall": "Kuna tänavu langes 27. jaanuar laupäevale, kogunesid
// idavirukad holokausti ohvreid mälestama esmaspäeval" (as this year 27
// January fell on a Saturday, they gathered on Monday; Põhjarannik,
// pohjarannik.postimees.ee, the hundred-and-twenty-sixth held-out round)
// was not found: "laupäevale" was no weekday, and without a year only the
// weekday fixes one. Estonian's -päev names take -ale and reede -le
// (laupäevale, reedele), Finnish's nominative -lle (lauantaille,
// keskiviikolle); a layout read from such a dateline writes every
// weekday so. A weekday alone is no date.
func TestHeldout126AllativeWeekday(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Kuna tänavu langes 27. jaanuar laupäevale, kogunesid", "2024-01-27"},
		{"27. jaanuar laupäevale", "2024-01-27"},
		{"sel aastal langeb 14. detsember pühapäevale", "2025-12-14"},
		{"14. detsember 2018 reedele", "2018-12-14"},
		{"27. jaanuar 2024 laupäevale", "2024-01-27"},
		{"Jouluaatto osuu lauantaille 24. joulukuuta 2022", "2022-12-24"},
		{"keskiviikolle 24. joulukuuta 2025", "2025-12-24"},
		// The adessive and the essive, as before.
		{"27. jaanuar 2024 laupäeval", "2024-01-27"},
		{"lauantaina 24. joulukuuta 2022", "2022-12-24"},
	})
	for _, text := range []string{"27. jaanuar 2024 pühapäevale", "24. joulukuuta 2022 sunnuntaille"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error), text)
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"laupäevale", ""},
		{"laupäevale tuleb", ""},
		{"lauantaille", ""},
	})
	d := dateline.New(time.Date(2024, time.December, 25, 12, 0, 0, 0, time.UTC))
	assert.Equal(t, "25. detsember 2024 kolmapäevale", d.Format("27. jaanuar 2024 laupäevale"))
	assert.Equal(t, "25. joulukuuta 2024 keskiviikolle", d.Format("24. joulukuuta 2022 lauantaille"))
}
