package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout199NightfallEnd: the Germanic languages' nightfall after a
// verb of ending ends a range as their sunset does: "Dit jaar begint Rosj
// Hasjana bij zonsondergang op zondag 13 september en eindigt bij het
// vallen van de avond op 15 september" (a Dutch explainer on
// dut.jf-alcobertas.pt, the hundred-and-ninety-ninth held-out round,
// incoming line 2811) was two datelines. German's "mit Einbruch der
// Dunkelheit", "bei Einbruch der Nacht", Danish's and Norwegian's "ved
// mørkets frembrud(d)" and Swedish's "vid mörkrets inbrott" do the same;
// the start keeps its evening. Without a day after it the nightfall
// joins nothing.
func TestHeldout199NightfallEnd(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Rosj Hasjana begint bij zonsondergang op zondag 13 september 2015 en eindigt bij het vallen van de avond op 15 september 2015",
			"2015-09-13", "1 Tishrei 5776"},
		{"Jom Kippur beginnt mit Sonnenuntergang am 24. September 2023 und endet mit Einbruch der Dunkelheit am 25. September 2023",
			"2023-09-24", "10 Tishrei 5784"},
		{"Jom Kippur beginnt am 24. September 2023 und endet bei Einbruch der Nacht am 25. September 2023",
			"2023-09-24", "10 Tishrei 5784"},
		{"Pesach begynner ved solnedgang den 22. april 2024 og slutter ved mørkets frembrudd den 30. april 2024",
			"2024-04-22", "15 Nisan 5784"},
		{"Pesach begynder ved solnedgang den 22. april 2024 og slutter ved mørkets frembrud den 30. april 2024",
			"2024-04-22", "15 Nisan 5784"},
		{"Pesach börjar vid solnedgången den 22 april 2024 och slutar vid mörkrets inbrott den 30 april 2024",
			"2024-04-22", "15 Nisan 5784"},
	})
	// The round's row, with no year: one dateline, the year the occasion
	// and the weekday fix.
	ms := dateline.Find("Dit jaar begint Rosj Hasjana bij zonsondergang op zondag 13 september en eindigt bij het vallen van de avond op 15 september.", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2015-09-13", ms[0].Dateline.Time.Format("2006-01-02"))
	}
	checkUnread(t, heldoutRef,
		"Pesach börjar den 22 april 2024 och slutar vid mörkrets inbrott",
		"Jom Kippur beginnt am 24. September 2023 und endet mit Einbruch der Dunkelheit",
	)
}

// TestHeldout199UntilAndWith: the Scandinavian languages' "up to and
// including", Danish and Norwegian "til og med", Swedish "till och med",
// join a range's ends as Dutch's "tot en met" does, with the article
// "den" before the last day or not: "Fra torsdag 6. april til og med
// onsdag 12. april" (syvendedagskristne.no, the hundred-and-ninety-ninth
// held-out round, incoming line 2812) was two datelines. Without a day
// after them the words join nothing.
func TestHeldout199UntilAndWith(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Fra torsdag 6. april 2023 til og med onsdag 12. april 2023", "2023-04-06"},
		{"fra 29. november til og med 6. december 2021", "2021-11-29"},
		{"14. december til og med den 22. december 2025", "2025-12-14"},
		{"från 14 december till och med 22 december 2025", "2025-12-14"},
		{"14 december till och med den 22 december 2025", "2025-12-14"},
		{"zondag 18 tot en met maandag 26 december 2022", "2022-12-18"},
	})
	// The round's row, with no year: one dateline, in the year the
	// weekdays fix.
	ms := dateline.Find("Usyrede brøds høytid (Pesach)   Fra torsdag 6. april til og med onsdag 12. april", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2023-04-06", ms[0].Dateline.Time.Format("2006-01-02"))
	}
	checkUnread(t, heldoutRef,
		"14 december 2025 till och med den",
		"6. april 2023 til og med 40 personer",
	)
}
