package dateline_test

import (
	"testing"
)

// TestGermanicSunsetAfterDate: German's, Dutch's and the Scandinavian languages'
// words for "at sunset" after a date say its evening, whose Hebrew date
// is the next day's, as English's "at sundown" and the other languages'
// dateSunsets do: "er beginnt 2024 am 23. März bei Sonnenuntergang"
// (incoming.tsv) was read as the civil day, 13 Adar II. A bare year
// after a verb of beginning heads the date after it
// (see TestBareYearAfterOccasionVerb), here after a pronoun.
func TestGermanicSunsetAfterDate(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"23. März 2024 bei Sonnenuntergang", "2024-03-23", "14 Adar II 5784"},
		{"Das Fest beginnt am 22. April 2024 mit Sonnenuntergang.", "2024-04-22", "15 Nisan 5784"},
		{"maandag 22 april 2024 bij zonsondergang", "2024-04-22", "15 Nisan 5784"},
		{"mandag 22. april 2024 ved solnedgang", "2024-04-22", "15 Nisan 5784"},
		{"måndag 22 april 2024 vid solnedgången", "2024-04-22", "15 Nisan 5784"},
		{"Es ist Purim, er beginnt 2024 am 23. März bei Sonnenuntergang.", "2024-03-23", "14 Adar II 5784"},
	})
}
