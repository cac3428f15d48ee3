package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestFindBeginsInTheEvening: the words for "in the evening" or "tonight"
// after an occasion's verb of beginning, with no word for "of" after
// them, say the day after them, in brackets or not, is the evening the
// occasion begins: its Hebrew date is the evening's, reported. "Pessach
// beginnt am Abend (Montag, 22. April 2024) und endet am …" was two
// datelines, the first the civil day's 14 Nisan with nothing said.
func TestFindBeginsInTheEvening(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"Pessach beginnt am Abend (Montag, 22. April 2024) und endet am Abend des 30. April 2024.", "2024-04-22", "15 Nisan 5784"},
		{"Passover begins in the evening (Monday, April 22, 2024) and ends on April 30, 2024.", "2024-04-22", "15 Nisan 5784"},
		{"Pesaj comienza al atardecer (lunes 22 de abril de 2024) y termina el 30 de abril de 2024.", "2024-04-22", "15 Nisan 5784"},
		{"Pessah commence le soir du lundi 22 avril 2024.", "2024-04-22", "15 Nisan 5784"},
		{"Pesach begint vanavond, maandag 22 april 2024.", "2024-04-22", "15 Nisan 5784"},
		{"Pesach inizia stasera, lunedì 22 aprile 2024.", "2024-04-22", "15 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.True(t, hasProblem(m.Report, dateline.CodeAfterSunset, dateline.Info), "%v", m.Problems)
		})
	}
	// "in the evening on" and "am Abend des" stay the phrases that
	// already read them; an evening word with no verb of beginning
	// before it says nothing of an occasion.
	m := oneMatch(t, "Lag B'Omer begins at sundown on Saturday, May 25, 2024 and ends in the evening on Sunday, May 26, 2024", heldoutRef)
	assert.Equal(t, "2024-05-25", m.Dateline.Time.Format(time.DateOnly))
	m = oneMatch(t, "Pessach beginnt am Abend des 22. April 2024.", heldoutRef)
	assert.Equal(t, "15 Nisan 5784", m.Dateline.Hebrew.String())
	m = oneMatch(t, "We met in the evening (Monday, April 22, 2024).", heldoutRef)
	assert.Equal(t, "14 Nisan 5784", m.Dateline.Hebrew.String())
}
