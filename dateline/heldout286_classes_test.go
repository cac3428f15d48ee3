package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout286PortugueseWeekdayHebrewDay: Portuguese's weekday without
// "-feira" (quarta, quinta, sexta) before a Hebrew day joined to its month
// by "de": "a partir de quarta à noite, 27 de Nissan do calendário
// hebraico" (institutobrasilisrael.org, the two-hundred-and-eighty-sixth
// held-out round). The short names are ordinals too (quarta, fourth), so
// free text took one only beside a day of a civil month of the language
// ("na quarta, 27 de abril"); before a Hebrew day Find left it out and
// read the date alone, on the Thursday of 27 Nisan, with the evening
// before it that the text names unsaid, and a weekday that does not fit
// unflagged. The "de" between the Hebrew day and its month is the
// language's, as in its own dates, and now lets the weekday lead.
func TestHeldout286PortugueseWeekdayHebrewDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// The evening of the Wednesday is 27 Nisan's.
		{"a partir de quarta à noite, 27 de Nissan de 5778", "quarta à noite, 27 de Nissan de 5778", "2018-04-11", "27 Nisan 5778"},
		{"na sexta, 25 de Kislev de 5784, acendemos a primeira vela", "sexta, 25 de Kislev de 5784", "2023-12-08", "25 Kislev 5784"},
		{"o jejum é na quinta, 2 de Tevet de 5785", "quinta, 2 de Tevet de 5785", "2025-01-02", "2 Tevet 5785"},
		// Without a year, the most recent whose date fits the weekday.
		{"a partir de quarta à noite, 27 de Nissan do calendário hebraico", "quarta à noite, 27 de Nissan", "2022-04-27", "27 Nisan 5782"},
	})
	t.Run("inferred", func(t *testing.T) {
		ms := dateline.Find("quarta à noite, 27 de Nissan", heldoutRef)
		if assert.Len(t, ms, 1) {
			assert.Contains(t, reportCodes(ms[0].Report, dateline.Info), dateline.CodeYearInferred)
		}
	})
	// A weekday that does not fit the day is said, where it was left out.
	t.Run("weekday error", func(t *testing.T) {
		text := "quarta, 27 de Nissan de 5778"
		ms := dateline.Find(text, heldoutRef)
		if assert.Len(t, ms, 1) {
			assert.Equal(t, text, text[ms[0].Start:ms[0].End])
			assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, reportCodes(ms[0].Report, dateline.Error))
		}
	})
	// An ordinal before other words, a short name without "de" before the
	// Hebrew month, and another language's weak weekday stay out: the
	// date is read alone, as before.
	for _, tc := range []struct{ text, match string }{
		{"acendemos a quarta vela, 27 de Kislev de 5779", "27 de Kislev de 5779"},
		{"quarta 27 Nisan 5778", "27 Nisan 5778"},
		{"do 27 Nisan 5778", "27 Nisan 5778"},
		{"di 27 Nisan 5778", "27 Nisan 5778"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			}
		})
	}
}

// TestHeldout286UpdatedAfterPoint: a masthead's or a stamp's date, a point
// that ends its sentence, and the hour the page was updated after a label
// and a word for "at": "Porto Alegre, terça-feira, 27 de setembro de 2016.
// Atualizado às 22h58." (Jornal do Comércio, the two-hundred-and-eighty-
// sixth held-out round). The point ended the date's sentence, and the day
// was read without its hour, where " - Atualizado às 22h58" and ",
// Atualizado às 22h58" were read with it. The label says the hour is the update's,
// on the day the line gives.
func TestHeldout286UpdatedAfterPoint(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Porto Alegre, terça-feira, 27 de setembro de 2016. Atualizado às 22h58.", "2016-09-27 22:58"},
		{"27/09/2016. Atualizado às 9h05", "2016-09-27 09:05"},
		{"Tuesday, September 27, 2016. Updated at 10:58 pm", "2016-09-27 22:58"},
		{"Dienstag, 27. September 2016. Aktualisiert um 22:58 Uhr", "2016-09-27 22:58"},
	})
	// Another sentence's hour, an update on a day of its own and an
	// update said by how long ago leave the date without a time.
	for _, text := range []string{
		"27 de setembro de 2016. Reunião às 20h",
		"27 de setembro de 2016. Atualizado há 3 horas",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.False(t, m.Dateline.HasTime)
			assert.Equal(t, "2016-09-27", m.Dateline.Time.Format(time.DateOnly))
		})
	}
	t.Run("another day's update", func(t *testing.T) {
		ms := dateline.Find("27 de setembro de 2016. Atualizado em 28 de setembro às 9h", heldoutRef)
		if assert.NotEmpty(t, ms) {
			assert.False(t, ms[0].Dateline.HasTime)
		}
	})
}
