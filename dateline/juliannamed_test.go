package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestJulianNamedBefore: a sentence that names the Julian calendar before
// a date of the years when countries kept it, in words the date did not
// take as its marker, gets a warning with the Julian reading; the date
// keeps its Gregorian one, as the sentence may name the calendar of
// another date. "According to the Julian Calendar, the Battle of the
// Boyne occurred on July 1, 1690" (incoming.tsv) was July 1 with nothing
// said.
func TestJulianNamedBefore(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, julian string }{
		{"according to the Julian Calendar, the Battle of the Boyne occurred on July 1, 1690", "1690-07-01", "July 11, 1690, 5 Av 5450"},
		{"In the Julian calendar the battle was fought on July 1, 1690, a Tuesday.", "1690-07-01", "July 11, 1690"},
		{"Nach dem julianischen Kalender fiel der Tag auf den 3. Mai 1700.", "1700-05-03", "May 14, 1700"},
		{"По старому стилю он родился 12 апреля 1890 года.", "1890-04-12", "April 24, 1890"},
		{"Orthodox Christmas according to the Julian calendar was celebrated on January 7, 1900", "1900-01-07", "January 19, 1900"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, ref)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, severityCodes(m, dateline.Warning))
			if assert.NotEmpty(t, m.Problems) {
				assert.True(t, strings.Contains(m.Problems[0].Message, tc.julian), m.Problems[0].Message)
			}
		})
	}
	// No warning: the date's own marker, a Hebrew date beside it, a
	// sentence before, a date after 1923 or before the reform (which has
	// its own), an operating system's OS.
	for _, text := range []string{
		"the Battle of the Boyne occurred on July 1, 1690 according to the Julian calendar",
		"In the Julian calendar it was different. The battle was fought on July 1, 1690.",
		"according to the Julian calendar, Christmas falls on January 7, 2025",
		"OS X came out on March 24, 1901",
		"According to the Julian calendar, 5 Av 5450, July 11, 1690, was a Tuesday",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				assert.NotContains(t, severityCodes(m, dateline.Warning), dateline.CodeDateAmbiguous)
			}
		})
	}
}

// TestJulianMarkerOpensSentence: a calendar marker in words after a point
// that ends a date's sentence, with a capital, opens the next sentence and
// is said of its date, not the one before: "Он умер 12 апреля 1890 года.
// По старому стилю это было 31 марта" was April 12 read as Julian, April
// 24, with only an info. In lower case, or as O.S. after a point, it is
// still the date's own.
func TestJulianMarkerOpensSentence(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	checkDayOrNone(t, ref, []struct{ text, day string }{
		{"Он умер 12 апреля 1890 года. По старому стилю это было давно.", "1890-04-12"},
		{"Er starb am 3. Mai 1700. Nach dem julianischen Kalender war es anders.", "1700-05-03"},
		{"He died on 1 July 1690.\nAccording to the Julian calendar it was different.", "1690-07-01"},
		{"Он умер 12 апреля 1890 г. по старому стилю.", "1890-04-24"},
		{"Born April 2. 1743. O.S.", "1743-04-13"},
	})
}
