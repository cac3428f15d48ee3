package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout164InvertedFallsOn: German puts the verb second after an
// adverb, so "fällt" (falls) comes before the subject and the occasion's
// name stands right before "auf den": "Heuer fällt der Beginn des
// jüdischen Lichterfests Chanukka auf den Abend des 24. Dezember" (ORF,
// orf.at, 2016, the hundred-and-sixty-fourth held-out round) was no date,
// as the occasion was parted from its year-less day. With "fällt" or
// "fiel" earlier in the sentence, "auf" after the occasion is now read as
// after "fällt auf"; without it, or with no date after "auf", nothing is
// read, and a day that is not the occasion's is still said.
func TestHeldout164InvertedFallsOn(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Heuer fällt der Beginn des jüdischen Lichterfests Chanukka auf den Abend des 24. Dezember 2016", "Chanukka auf den Abend des 24. Dezember 2016", "2016-12-24", "25 Kislev 5777"},
		{"In diesem Jahr fällt Jom Kippur auf den 12. Oktober 2024", "Jom Kippur auf den 12. Oktober 2024", "2024-10-12", "10 Tishrei 5785"},
		{"2024 fiel das jüdische Neujahrsfest Rosch Haschana auf den 3. Oktober 2024", "Rosch Haschana auf den 3. Oktober 2024", "2024-10-03", "1 Tishrei 5785"},
	})
	// Year-less, the day is the occasion's, in the nearest year whose
	// occasion falls on it.
	m := oneMatch(t, "Heuer fällt der Beginn des jüdischen Lichterfests Chanukka auf den Abend des 24. Dezember", heldoutRef)
	assert.Equal(t, "2016-12-24", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "25 Kislev 5777", m.Dateline.Hebrew.String())
	// A day that is not the occasion's is said.
	m = oneMatch(t, "In diesem Jahr fällt Jom Kippur auf den 14. Oktober 2024.", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
	// A weekday alone after "auf den" reads as after "fällt auf den".
	inverted := oneMatch(t, "Heuer fällt der Beginn von Chanukka auf den Sonntag.", heldoutRef)
	plain := oneMatch(t, "Chanukka fällt auf den Sonntag.", heldoutRef)
	assert.Equal(t, plain.Dateline.Time, inverted.Dateline.Time)
	// No verb before, or no date after: nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Wir warten zu Chanukka auf den Abend.", ""},
		{"Zu Chanukka auf den Markt", ""},
	})
}

// TestHeldout164SunsetLabel: Wikipedia's infobox labels a festival's
// first and last days by their sunset and nightfall, each set off by a
// comma: "Sonnenuntergang, 18. September – Einbruch der Dunkelheit, 20.
// September" (de.wikibrief.org's Rosh Hashanah row for 2020, the
// hundred-and-sixty-fourth held-out round) was two datelines, the first
// with the second's year. The label after the dash is now read as the
// range's end's, in German and English alike, where a date follows it.
func TestHeldout164SunsetLabel(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Sonnenuntergang, 18. September – Einbruch der Dunkelheit, 20. September 2020", "2020-09-18"},
		{"Sunset, 18 September – nightfall, 20 September 2020", "2020-09-18"},
		{"18. September 2020 – Sonnenuntergang, 20. September 2020", "2020-09-18"},
	})
	// A wrong weekday at the end is still said.
	m := oneMatch(t, "Sonnenuntergang, 18. September – Einbruch der Dunkelheit, Montag, 20. September 2020", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// The label with no date after it ends nothing.
	ms := dateline.Find("18. September 2020 – Sonnenuntergang, dann Essen", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "18. September 2020", "18. September 2020 – Sonnenuntergang, dann Essen"[ms[0].Start:ms[0].End])
	}
}
