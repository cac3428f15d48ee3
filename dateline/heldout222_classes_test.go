package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout222LithuanianGenitiveDay: Lithuanian's word for the day in
// the genitive, " dienos", after a day of a genitive month, as "nuo"
// (from) and "iki" (until) take it, beside the accusative " dieną" and
// the cut " d." read before: "Nuo rugsėjo antros dienos iki spalio 12
// dienos" (the Klaipėda Jewish culture festival's programme,
// zydukulturosdienos.lt, incoming line 2971, the 222nd held-out round)
// ends in a day so written, and "nuo rugsėjo 2 dienos iki spalio 12
// dienos" was no date. The word needs a month before its day: a count of
// days ("2 dienos", two days) stays unread.
func TestHeldout222LithuanianGenitiveDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2023 m. rugsėjo 2 dienos", "2023-09-02"},
		{"2024 m. gruodžio 25 dienos", "2024-12-25"},
		{"Nuo rugsėjo 2 dienos iki spalio 12 dienos", "2026-09-02"},
		{"nuo gruodžio 14 dienos iki gruodžio 22 dienos", "2026-12-14"},
		// Read before, unchanged.
		{"rugsėjo 19 dieną", "2026-09-19"},
		{"2023 m. rugsėjo 23 d.", "2023-09-23"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Paroda veiks iki 2025 m. spalio 12 dienos.", "2025 m. spalio 12 dienos", "2025-10-12", "20 Tishrei 5786"},
	})
	checkUnread(t, heldoutRef,
		"Renginys truks 2 dienos", // a count of days, no month
		"2 dienos",
		"rugsėjo dienos", // no day
	)
}

// TestHeldout222LithuanianOrdinalDay: a day of a Lithuanian month written
// as an ordinal word, feminine as "diena" (day) is, in the genitive or
// the accusative, short or pronominal ("antros", "antrą", "antrosios",
// "antrąją"), the days from 21 on in two words ("dvidešimt pirmą"):
// "Nuo rugsėjo antros dienos iki spalio 12 dienos" (the Klaipėda Jewish
// culture festival's programme, zydukulturosdienos.lt, incoming line
// 2971, the 222nd held-out round) was no date. The word is a day only
// between a month and the word for the day: "antra diena" (the second
// day) and a month with the word alone stay unread, and a day past the
// month's end is an error, as in digits.
func TestHeldout222LithuanianOrdinalDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Nuo rugsėjo antros dienos iki spalio 12 dienos", "2026-09-02"},
		{"2023 m. rugsėjo antros dienos", "2023-09-02"},
		{"2023 m. rugsėjo antros dienos iki spalio 12 dienos", "2023-09-02"},
		{"2024 m. gruodžio dvidešimt penktą d.", "2024-12-25"},
		{"gruodžio dvidešimt pirmą dieną", "2026-12-21"},
		{"Rugsėjo pirmąją dieną", "2026-09-01"},
		{"sausio trisdešimtą dieną", "2027-01-30"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Nuo 2023 m. rugsėjo antros dienos lauksime Jūsų parodose.", "2023 m. rugsėjo antros dienos", "2023-09-02", "16 Elul 5783"},
	})
	checkUnread(t, heldoutRef,
		"antra diena buvo", // the second day, no month
		"rugsėjo antra",    // no word for the day
		"rugsėjo antros",
		"rugsėjo dvidešimt dienos", // a cardinal's tens alone
	)
	rep := dateline.Check("2027 m. vasario trisdešimtą dieną", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeNoSuchDay, rep.Problems[0].Code)
}
