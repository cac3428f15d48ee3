package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	ilayout "github.com/dualdate/dualdate/internal/layout"
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
			d := day
			if !ilayout.Unwrap(l).Has(ilayout.Minute) {
				d = dateline.New(d.Time.Truncate(time.Hour)) // the hour alone writes a time on the hour
			}
			assert.Equal(t, tc.want, l.Format(d.Time, d.Hebrew))
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

// TestCompileAroundText: a layout whose dateline of another day stands in
// text is learned as LayoutOf learns the dateline, with its refusals,
// the text kept: compiled as a layout string, "Published: 12 oktober 2024"
// wrote German's "märz" and "den 20 september 2024" English's "march". A
// day's ordinal ending is written as each day takes it (Swedish's 1:a and
// 20:e, Yiddish's 2טן and 26סטן), and Yiddish's declined one (26סטער),
// which no layout writes, is refused.
func TestCompileAroundText(t *testing.T) {
	day := dateline.New(time.Date(2024, time.March, 5, 15, 4, 0, 0, time.UTC))
	for _, tc := range []struct{ layout, want string }{
		{"Published: 12 oktober 2024 (jom kipoer)", "Published: 5 maart 2024"},
		{"le 2 novembre 2024 à 10h", "le 5 mars 2024 à 15h"},
		{"Posted on March 3, 2024 at 10:39 am", "Posted on March 5, 2024 at 3:04 pm"},
		{"Published: January 2, 2006", "Published: March 5, 2024"},
		// A day's ordinal ending, as the day takes it.
		{"den 20:e september 2024", "den 5:e mars 2024"},
		{"פֿונעם 26סטן אָקטאָבער 2022", "פֿונעם 5טן מערץ 2024"},
		{"26-ти декември 2024", "5-ти март 2024"},
	} {
		l, err := dateline.Compile(tc.layout)
		require.NoError(t, err, tc.layout)
		d := day
		if !ilayout.Unwrap(l).Has(ilayout.Minute) {
			d = dateline.New(d.Time.Truncate(time.Hour)) // the hour alone writes a time on the hour
		}
		assert.Equal(t, tc.want, l.Format(d.Time, d.Hebrew), tc.layout)
	}
	for _, tc := range []struct {
		layout string
		err    error
	}{
		{"Published: 12 oktober 2024", dateline.ErrAmbiguous},
		{"Posted on 2 novembre 2024", dateline.ErrAmbiguous},
		{"דעם 26סטער אָקטאָבער 2022", dateline.ErrLayout},
	} {
		_, err := dateline.Compile(tc.layout)
		assert.ErrorIs(t, err, tc.err, tc.layout)
		_, err = dateline.LayoutOf(tc.layout)
		assert.Error(t, err, tc.layout)
	}
}

// TestDayOrdinalEndings: Yiddish's and Swedish's ordinal endings are the
// day's, as Bulgarian's are: a layout of "26סטן" wrote "2סטן" for the
// 2nd, and one of "20:e" "1:e" for the 1st, where the languages write
// 2טן and 1:a. A page that writes 26טן writes טן after every day.
func TestDayOrdinalEndings(t *testing.T) {
	for _, tc := range []struct {
		example string
		days    map[int]string
	}{
		{"26סטן מײַ 2024", map[int]string{2: "2טן מײַ 2024", 19: "19טן מײַ 2024", 20: "20סטן מײַ 2024", 31: "31סטן מײַ 2024"}},
		{"20:e maj 2024", map[int]string{1: "1:a maj 2024", 2: "2:a maj 2024", 3: "3:e maj 2024", 11: "11:e maj 2024",
			12: "12:e maj 2024", 21: "21:a maj 2024", 22: "22:a maj 2024", 31: "31:a maj 2024"}},
		// 26טן: the page writes טן after every day.
		{"26טן מײַ 2024", map[int]string{2: "2טן מײַ 2024", 20: "20טן מײַ 2024"}},
		{"26-ти май 2024", map[int]string{1: "1-ви май 2024", 2: "2-ри май 2024", 7: "7-ми май 2024", 11: "11-ти май 2024", 21: "21-ви май 2024"}},
	} {
		l, err := dateline.Compile(tc.example)
		require.NoError(t, err, tc.example)
		for day, want := range tc.days {
			d := dateline.New(time.Date(2024, time.May, day, 0, 0, 0, 0, time.UTC))
			got := l.Format(d.Time, d.Hebrew)
			assert.Equal(t, want, got, tc.example)
			back, err := dateline.Parse(got)
			if assert.NoError(t, err, got) {
				assert.Equal(t, d.Time.Format(time.DateOnly), back.Time.Format(time.DateOnly), got)
			}
		}
	}
}
