package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLayoutSharedNames: an example whose month name languages share
// that write other months differently is written in the one language its
// weekday, custom or other words say, and refused (ErrAmbiguous) where
// nothing says which. Before, the layout took the language the reader
// took, a guess, and wrote the other languages' pages' months wrong with
// nothing said: "2 novembre 2024" (French's or Italian's) wrote March as
// "mars", "2 de novembre de 2024" (Catalan's "de") as French's "de mars",
// "03 de abril de 2015 ou 14 de Nisan de 5775" (Portuguese's "ou") as
// Spanish's "marzo", and "7. december 2021 kl. 10:39" (Danish's) as
// "mars", which is neither Danish's nor Slovenian's; and "2 november
// 2024", which English capitalizes, as English's "5 march 2024".
func TestLayoutSharedNames(t *testing.T) {
	day := dateline.New(time.Date(2024, time.March, 5, 15, 4, 0, 0, time.UTC))
	for _, tc := range []struct{ example, want string }{
		// A weekday's name says which.
		{"samedi 2 novembre 2024", "mardi 5 mars 2024"},
		{"sabato 2 novembre 2024", "martedì 5 marzo 2024"},
		// The custom: Catalan's "de" (elided before a vowel), Norwegian's
		// point after the day.
		{"2 de novembre de 2024", "5 de març de 2024"},
		{"22 d'abril de 2024", "5 de març de 2024"},
		{"2. mars 2024", "5. mars 2024"},
		// The words between: French's à, Italian's alle, the Nordic
		// kl., Dutch's en (and), Portuguese's ou (or).
		{"2 novembre 2024 à 10h", "5 mars 2024 à 15h"},
		{"2 novembre 2024 alle 10", "5 marzo 2024 alle 15"},
		{"7. december 2021 kl. 10:39", "5. marts 2024 kl. 15:04"},
		{"10 en 11 januari 2024", "5 en 6 maart 2024"},
		{"03 de abril de 2015 ou 14 de Nisan de 5775", "05 de março de 2024 ou 25 de Adar I de 5784"},
		// A Hebrew month spelt as one language's pages spell it.
		{"2 Novembre 2019 - 4 Héshvan 5780", "5 Mars 2024 - 25 Adar I 5784"},
		{"Sjevat 15  5782 = 17 januari 2022", "Adar I 25  5784 = 5 maart 2024"},
		// English's names in lower case, in English's order or beside an
		// English weekday, stay English's.
		{"april 2, 2024", "march 5, 2024"},
		{"tuesday 2 april 2024", "tuesday 5 march 2024"},
		{"2 April 2024", "5 March 2024"},
	} {
		t.Run(tc.example, func(t *testing.T) {
			l, err := dateline.LayoutOf(tc.example)
			require.NoError(t, err)
			assert.Equal(t, tc.want, l.Format(day.Time, day.Hebrew))
		})
	}
	// Nothing says which: refused, naming the languages.
	for _, tc := range []struct{ example, langs string }{
		{"2 novembre 2024", "fr, it"},
		{"2 januari 2006", "nl, sv"},
		{"2 mars 2024", "fr, sv"},
		{"28 abril 2024", "es, pt, ca"},
		{"6/11/2011, 6 novembre 2011", "fr, it"},
		// Day first in lower case, as other languages write the names
		// English capitalizes: "2 november 2024" wrote "5 march 2024"
		// on a Dutch page, and "2 august 2024" "5 march" on a Romanian
		// one.
		{"2 november 2024", "en, nl, sv"},
		{"2 august 2024", "en, ro"},
		{"2 mar 2024", "en, pl, it"},
	} {
		t.Run(tc.example, func(t *testing.T) {
			_, err := dateline.LayoutOf(tc.example)
			require.ErrorIs(t, err, dateline.ErrAmbiguous)
			assert.Contains(t, err.Error(), tc.langs)
			_, err = dateline.Compile(tc.example)
			assert.ErrorIs(t, err, dateline.ErrAmbiguous)
			// Reading it needs no choice: it is read, as before.
			rep := dateline.Check(tc.example)
			assert.True(t, rep.OK(), "%v", rep.Problems)
		})
	}
}
