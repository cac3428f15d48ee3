package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHourInWords: an hour said in words after a date, with the part of
// the day or the AM or PM that puts it in its half, as invitations write
// an evening's hour: "el proper 29 de desembre a les vuit del vespre" (a
// Hanukkah lighting in Girona) and "aquest dissabte 6 de setembre, a dos
// quarts de sis de la tarda" (Catalan's quarters before the hour: half
// past five), both in incoming.tsv, were read as their days alone. The
// same grammar in the other languages that say an hour so.
func TestHourInWords(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"dijous 7 de desembre de 2023 a les vuit del vespre", "2023-12-07 20:00"},
		{"dissabte 6 de setembre de 2025, a dos quarts de sis de la tarda", "2025-09-06 17:30"},
		{"5 de desembre de 2023 a tres quarts d'onze de la nit", "2023-12-05 22:45"},
		{"5 de desembre de 2023 a un quart de nou del vespre", "2023-12-05 20:15"},
		{"5 de desembre de 2023 a la una de la matinada", "2023-12-05 01:00"},
		{"5 de diciembre de 2023 a las ocho y media de la noche", "2023-12-05 20:30"},
		{"5 de diciembre de 2023 a la una de la tarde", "2023-12-05 13:00"},
		{"5 de dezembro de 2023 às oito da noite", "2023-12-05 20:00"},
		{"5 de dezembro de 2023 às sete e meia da manhã", "2023-12-05 07:30"},
		{"5 dicembre 2023 alle otto di sera", "2023-12-05 20:00"},
		{"5 dicembre 2023 alle nove e mezza di sera", "2023-12-05 21:30"},
		{"le 5 décembre 2023 à huit heures du soir", "2023-12-05 20:00"},
		{"le 5 décembre 2023 à huit heures et demie du soir", "2023-12-05 20:30"},
		{"5. Dezember 2023 um acht Uhr abends", "2023-12-05 20:00"},
		{"December 5, 2023 at eight o’clock in the evening", "2023-12-05 20:00"},
		{"December 5, 2023 at eight in the evening", "2023-12-05 20:00"},
		{"December 5, 2023 at eight pm", "2023-12-05 20:00"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"celebrarà l´encesa pública de les llums el proper dimarts 29 de desembre de 2026 a les vuit del vespre a la plaça del Vi", "2026-12-29 20:00"},
		{"Us esperem el dissabte 6 de setembre de 2025, a dos quarts de sis de la tarda, al Call.", "2025-09-06 17:30"},
	})
	// Without the part of the day the half is not said ("a les vuit" is
	// eight in the morning or the evening), and a part that cannot hold
	// the hour says none: the day is read without a time.
	checkFoundUntimed(t, heldoutRef,
		"December 5, 2023 at eight",
		"dijous 7 de desembre de 2023 a les vuit",
		"le 5 décembre 2023 à huit heures de l'après-midi",
		"5 de diciembre de 2023 a las diez de la tarde",
		"December 5, 2023 at one of the services",
	)
	// An hour in words names one hour, which a layout, writing every
	// time of day, would write beside every other.
	_, err := dateline.LayoutOf("5 de diciembre de 2023 a las ocho de la noche")
	assert.Error(t, err)
}
