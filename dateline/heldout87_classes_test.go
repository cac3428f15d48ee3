package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout87NoonWord: noon and midnight named by their word after a
// date, with the preposition for "at" before it, in the languages beyond
// English, as English's "at noon": "15 kwietnia 2008 w południe pod
// Pomnikiem Bohaterów Getta w Warszawie rozpoczęły się oficjalne
// uroczystości" (Fundacja Shalom, the eighty-seventh held-out round) was
// read as the day alone, its time dropped. Only words that name the hour
// are read: a word that ends elsewhere ("à Midi-Pyrénées", the region;
// "après-midi", the afternoon), Polish "o północy" before a capital
// ("about the north of Poland"), a stretch of the day (Spanish
// "mediodía", German "Mittag") and the word with no date before it are
// no time of the date.
func TestHeldout87NoonWord(t *testing.T) {
	for _, tc := range []struct{ text, match, day, clock string }{
		{"15 kwietnia 2008 w południe pod Pomnikiem Bohaterów Getta w Warszawie rozpoczęły się oficjalne uroczystości związane z obchodami 65. rocznicy Powstania w Getcie Warszawskim.",
			"15 kwietnia 2008 w południe", "2008-04-15", "12:00"},
		{"Uroczystość rozpocznie się 19 kwietnia 2023 o północy.", "19 kwietnia 2023 o północy", "2023-04-19", "00:00"},
		{"Koncert 15. dubna 2008 v poledne.", "15. dubna 2008 v poledne", "2008-04-15", "12:00"},
		{"La cérémonie a lieu le 15 avril 2008 à midi.", "15 avril 2008 à midi", "2008-04-15", "12:00"},
		{"Le jeûne commence le 15 avril 2008 à minuit.", "15 avril 2008 à minuit", "2008-04-15", "00:00"},
		{"Cerimonia il 15 aprile 2008 a mezzogiorno.", "15 aprile 2008 a mezzogiorno", "2008-04-15", "12:00"},
		{"Il digiuno inizia il 15 aprile 2008 a mezzanotte.", "15 aprile 2008 a mezzanotte", "2008-04-15", "00:00"},
		{"El acto es el 15 de abril de 2008 a medianoche.", "15 de abril de 2008 a medianoche", "2008-04-15", "00:00"},
		{"A cerimônia foi em 15 de abril de 2008 ao meio-dia.", "15 de abril de 2008 ao meio-dia", "2008-04-15", "12:00"},
		{"Die Feier beginnt am 15. April 2008 um Mitternacht.", "15. April 2008 um Mitternacht", "2008-04-15", "00:00"},
		{"De viering begint op 15 april 2008 om middernacht.", "15 april 2008 om middernacht", "2008-04-15", "00:00"},
		{"Церемония 15 апреля 2008 года в полдень.", "15 апреля 2008 года в полдень", "2008-04-15", "12:00"},
		{"Az ünnepség 2008. április 15. délben kezdődik.", "2008. április 15. délben", "2008-04-15", "12:00"},
		{"A böjt 2008. április 15. éjfélkor kezdődik.", "2008. április 15. éjfélkor", "2008-04-15", "00:00"},
		{"The ceremony began April 15, 2008 at noon.", "April 15, 2008 at noon", "2008-04-15", "12:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			if assert.True(t, m.Dateline.HasTime, "time of day") {
				assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
			}
		})
	}
	// No hour: the word ends elsewhere, names a place or a stretch of
	// the day, or has no date before it.
	for _, tc := range []struct{ text, match string }{
		{"Le voyage du 15 avril 2008 à Midi-Pyrénées.", "15 avril 2008"},
		{"Rendez-vous mardi 15 avril 2008 après-midi.", "mardi 15 avril 2008"},
		{"Raport z 15 kwietnia 2008 o północy Polski.", "15 kwietnia 2008"},
		{"La comida del 15 de abril de 2008 al mediodía.", "15 de abril de 2008"},
		{"Am 15. April 2008 zu Mittag gab es Suppe.", "15. April 2008"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.False(t, m.Dateline.HasTime, "no time of day")
		})
	}
	for _, text := range []string{"Spotkanie w południe pod pomnikiem.", "On se voit à midi.", "Ci vediamo a mezzanotte."} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	// A time already read keeps its hour: the word is prose after it.
	t.Run("time first", func(t *testing.T) {
		ms := dateline.Find("15 kwietnia 2008 o godz. 18 w południe", heldoutRef)
		require.NotEmpty(t, ms)
		assert.Equal(t, "18:00", ms[0].Dateline.Time.Format("15:04"))
	})
}
