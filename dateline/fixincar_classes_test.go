package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestFixincarStretchesUntil: the verbs of stretching until a range's
// last day, Spanish "y se extiende hasta el", "y se prolonga hasta el",
// Portuguese "e se prolonga até", Italian "e si estende fino al", "e si
// protrae fino al", join the range's two ends as "y va hasta el" does:
// "En 2025, la celebración comienza al atardecer del miércoles 1 de
// octubre y se extiende hasta el anochecer del jueves 2 de octubre" (El
// Diario NY, incoming.tsv) was two datelines. A verb before no day ("y se
// extiende la lluvia") joins nothing: the dates stay apart.
func TestFixincarStretchesUntil(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"La feria abre el 22 de abril de 2024 y se extiende hasta el 30 de abril de 2024",
			"22 de abril de 2024 y se extiende hasta el 30 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"La feria abre el lunes 22 de abril de 2024 y se prolonga hasta el martes 30 de abril de 2024.",
			"lunes 22 de abril de 2024 y se prolonga hasta el martes 30 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"La muestra abre el 29 de septiembre de 2023 y se extenderá hasta el 6 de octubre de 2023",
			"29 de septiembre de 2023 y se extenderá hasta el 6 de octubre de 2023", "2023-09-29", "14 Tishrei 5784"},
		{"A feira abre a 22 de abril de 2024 e se prolonga até 30 de abril de 2024",
			"22 de abril de 2024 e se prolonga até 30 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"La mostra apre il 29 settembre 2023 e si protrae fino al 6 ottobre 2023",
			"29 settembre 2023 e si protrae fino al 6 ottobre 2023", "2023-09-29", "14 Tishrei 5784"},
		{"La mostra apre il 29 settembre 2023 e si estende fino al 6 ottobre 2023",
			"29 settembre 2023 e si estende fino al 6 ottobre 2023", "2023-09-29", "14 Tishrei 5784"},
	})
	// The row itself: no year, the one its weekdays fit; its start is
	// the evening of 1 October, the range's first day, 9 Tishrei's.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"En 2025, la celebración comienza al atardecer del miércoles 1 de octubre y se extiende hasta el anochecer del jueves 2 de octubre",
			"2025-10-01", "10 Tishrei 5786"},
	})
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"El 22 de abril de 2024 y se extiende la lluvia el 30 de abril de 2024", 2},
		{"Il 29 settembre 2023 e si estende il bosco il 6 ottobre 2023", 2},
		{"El 22 de abril de 2024 se extiende el plazo.", 1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, heldoutRef), tc.n)
		})
	}
}
