package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHungarianEveningGoesOn: Hungarian's "este" (in the evening) after a
// day's case ending or its point says the day's evening, with its
// sentence going on after it: "Idén szeptember 9-én este ünneplik a
// zsidók az újévet" (incoming.tsv; this year on the evening of 9
// September the Jews celebrate the New Year) was the civil day with its
// own Hebrew date, the evening left out, as only the end of the text or
// a verb of beginning after "este" let it be read. After a date of
// another language "este" is Spanish's and Portuguese's "this", and
// stays out of the match.
func TestHungarianEveningGoesOn(t *testing.T) {
	checkDayHebs(t, dateline.Reference(time.Date(2023, time.July, 1, 0, 0, 0, 0, time.UTC)), []struct{ text, day, heb string }{
		{"Idén szeptember 9-én este ünneplik a zsidók az újévet", "2023-09-09", "24 Elul 5783"},
		{"2023. szeptember 15-én este köszönt ránk a zsidó újév", "2023-09-15", "1 Tishrei 5784"},
		{"2023. május 25. este ünneplik", "2023-05-25", "6 Sivan 5783"},
	})
	for _, text := range []string{"El 15 de septiembre de 2023 este año", "Em 15 de setembro de 2023 este grupo"} {
		m := oneMatch(t, text, heldoutRef)
		assert.NotContains(t, m.Input, "este", text)
		assert.Equal(t, "29 Elul 5783", m.Dateline.Hebrew.String(), text)
	}
}
