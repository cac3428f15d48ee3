package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestEveningOfOccasionLanguages: "the evening of" an occasion, in the
// languages beyond English, is the evening that begins its first day, as
// English's "the evening of Passover" is read: its civil day the one
// before the occasion's, its Hebrew date the occasion's. "le soir de
// Pessah 2024" was read as Pesach's day, April 23, a civil day late, and
// Find matched "la noche de Pésaj 2024" and "am Abend von Pessach 2024"
// from the name on, with nothing said.
func TestEveningOfOccasionLanguages(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"le soir de Pessah 2024", "le soir de Pessah 2024", "2024-04-22", "15 Nisan 5784"},
		{"Nous nous retrouvons le soir de Pessah 2024 chez nous.", "le soir de Pessah 2024", "2024-04-22", "15 Nisan 5784"},
		{"la nuit de Pessah 2024", "la nuit de Pessah 2024", "2024-04-22", "15 Nisan 5784"},
		{"le soir de Pourim 2024", "le soir de Pourim 2024", "2024-03-23", "14 Adar II 5784"},
		{"la noche de Janucá 2024", "la noche de Janucá 2024", "2024-12-25", "25 Kislev 5785"},
		{"la sera di Shavuot 2024", "la sera di Shavuot 2024", "2024-06-11", "6 Sivan 5784"},
		{"am Abend von Jom Kippur 2024", "am Abend von Jom Kippur 2024", "2024-10-11", "10 Tishrei 5785"},
		{"na noite de Rosh Hashaná 2024", "na noite de Rosh Hashaná 2024", "2024-10-02", "1 Tishrei 5785"},
		{"вечером Песаха 2024 мы", "вечером Песаха 2024", "2024-04-22", "15 Nisan 5784"},
		// Near misses: the first evening said so, a date's evening (its
		// Hebrew date the next day's), the occasion alone.
		{"la primera noche de Pésaj 2024", "la primera noche de Pésaj 2024", "2024-04-22", "15 Nisan 5784"},
		{"le premier soir de Pessah 2024", "le premier soir de Pessah 2024", "2024-04-22", "15 Nisan 5784"},
		{"le soir du 5 mars 2024", "le soir du 5 mars 2024", "2024-03-05", "26 Adar I 5784"},
		{"Pessah 2024", "Pessah 2024", "2024-04-23", "15 Nisan 5784"},
		{"the evening of Passover 2024", "evening of Passover 2024", "2024-04-22", "15 Nisan 5784"},
	})
}

// TestEveningOfOccasionWhich: a word before the word for the evening that
// says which of the occasion's evenings it is ("le dernier soir de",
// "la segunda noche de", "the last evening of") names one the date does
// not tell, and is an error: they were read as its first day or its first
// evening, with nothing said.
func TestEveningOfOccasionWhich(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, text := range []string{
		"le dernier soir de Pessah 2024",
		"la segunda noche de Pésaj 2024",
		"la última noche de Janucá 2024",
		"am letzten Abend von Chanukka 2024",
		"the second evening of Passover 2024",
		"the last evening of Passover 2024",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, ref)
			for _, m := range ms {
				assert.False(t, m.OK(), "%s: %v", text[m.Start:m.End], m.Problems)
			}
			rep := dateline.Check(text, ref)
			assert.False(t, rep.OK())
		})
	}
}
