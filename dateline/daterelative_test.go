package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestDateRelativeAfter: the word after a date without its year that says
// which way it lies from the page's day, French "le 12 mai prochain",
// Italian "il 27 gennaio scorso", Spanish "el 15 de septiembre próximo",
// Catalan "el 27 de gener passat", and Dutch's abbreviations, "12 mei
// a.s." (aanstaande) and "5 november jl." (jongstleden), as notices write
// them. Check stopped at the word, a syntax error, and Find took the most
// recent year for a day the text says is to come: on a page of October
// 2023, "Op 12 mei a.s." was May 12, 2023, past, with only an info. The
// year is now the first on or after the page's day, or the last on or
// before it, as after the same words before the day ("el próximo 15 de
// septiembre").
func TestDateRelativeAfter(t *testing.T) {
	ref := dateline.Reference(time.Date(2023, time.October, 20, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want string }{
		{"12 mei a.s.", "2024-05-12"},
		{"12 mei a.s", "2024-05-12"},
		{"12 mei aanstaande", "2024-05-12"},
		{"5 november jl.", "2022-11-05"},
		{"5 november j.l.", "2022-11-05"},
		{"3 mei ll.", "2023-05-03"},
		{"le 12 mai prochain", "2024-05-12"},
		{"le 3 novembre dernier", "2022-11-03"},
		{"il 15 settembre prossimo", "2024-09-15"},
		{"il 27 gennaio scorso", "2023-01-27"},
		{"el 15 de septiembre próximo", "2024-09-15"},
		{"el 27 de enero pasado", "2023-01-27"},
		{"el 27 de gener passat", "2023-01-27"},
		{"el 15 de setembre vinent", "2024-09-15"},
		// A weekday picks the year, as before the day.
		{"vrijdag 3 november a.s.", "2023-11-03"},
	} {
		checkWholeInferred(t, ref, tc.text, tc.want)
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Op 12 mei a.s. is er een lezing", "12 mei a.s.", "2024-05-12", "4 Iyyar 5784"},
		{"Op 5 november jl. vond de herdenking plaats", "5 november jl.", "2022-11-05", "11 Cheshvan 5783"},
		{"Rendez-vous le 12 mai prochain à la synagogue", "12 mai prochain", "2024-05-12", "4 Iyyar 5784"},
	})
	// A word that goes on is not the abbreviation: a.s.b.l., a Belgian
	// association; "dernier délai" is a deadline, not a past day.
	rep := dateline.Check("12 mei a.s.b.l.", ref)
	assert.False(t, rep.OK())
	for _, text := range []string{"Op 12 mei a.s.b.l. Joods Museum", "au plus tard le 12 mai, dernier délai", "au plus tard le 12 mai dernier délai"} {
		ms := dateline.Find(text, ref)
		if assert.Len(t, ms, 1, text) {
			assert.Equal(t, "2023-05-12", ms[0].Dateline.Time.Format(time.DateOnly), text)
		}
	}
	// A year the date names is not overruled.
	checkWholeDays(t, ref, []struct{ text, want string }{{"12 mai 2023", "2023-05-12"}})
}
