package dateline_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

// TestLayoutKeepsLanguage: a layout written by example keeps the example's
// language (the twenty-fourth held-out round). A dateline of every language
// the reader knows, with and without its time and with an occasion, gives
// a layout that writes another day in that language's month and weekday
// names, and its occasions in that language's names of them, and reads
// back as that day. Before, an occasion whose name a language shares with
// English ("sábado 12 de octubre de 2024, Yom Kippur": hebcal's Spanish
// and English name alike) or that is written as one language's pages
// write it ("Janucá 5785", "Pesaj", "Рош ха-Шана") kept English's names,
// so that the layout wrote "Chanukah: 3 Candles" in a Spanish dateline;
// and "12 oktober 2024", Dutch's or Swedish's, read as German's Oktober,
// wrote "27 dezember 2024". A language that cannot write its names back
// is an error: the occasions of a language with none of its own (Italian,
// Turkish, ...: hebcal's English ones), and a name two languages write
// alike that write other names differently.
func TestLayoutKeepsLanguage(t *testing.T) {
	example := time.Date(2024, time.October, 12, 0, 0, 0, 0, time.UTC) // Yom Kippur 5785, a Saturday
	other := time.Date(2024, time.December, 27, 19, 5, 0, 0, time.UTC) // 26 Kislev 5785, Chanukah, a Friday
	dx, dy := dateline.New(example), dateline.New(other)
	ref := dateline.Reference(other)
	for _, lang := range format.Langs() {
		holiday := parse.Layout(lang.Layout() + " | Chanukah: 8th Day").In(lang)
		for _, layout := range []format.Layout{parse.Layout(lang.Layout()), parse.Layout(lang.LayoutTime()), holiday} {
			ex := layout.Format(dx.Time, dx.Hebrew)
			t.Run(lang.String()+"/"+ex, func(t *testing.T) {
				l, err := dateline.LayoutOf(ex)
				if layout.String() == holiday.String() && !writesOccasions(lang, holiday) {
					require.Error(t, err, "%s cannot write its occasions back", lang)
					assert.ErrorIs(t, err, dateline.ErrSyntax)
					return
				}
				require.NoError(t, err)
				out := l.Format(dy.Time, dy.Hebrew)
				back, err := dateline.Parse(out, ref)
				require.NoError(t, err, "%q", out)
				assert.Equal(t, "2024-12-27", back.Time.Format(time.DateOnly), "%q", out)
				assert.Equal(t, dy.Hebrew, back.Hebrew, "%q", out)
				assert.Contains(t, out, lang.MonthName(12, format.Long), "its months")
				assert.Contains(t, out, lang.WeekdayName(int(time.Friday), format.Long), "its weekdays")
				if layout.String() == holiday.String() {
					fam := lang.Family()
					if fam.IsHebrew() {
						fam = hebrew.Hebrew // Yiddish's are Hebrew's, as the example's
					}
					name := occasion.On(dy.Hebrew, occasion.Diaspora)[0].Name(fam)
					assert.Contains(t, out, name, "its occasions")
				}
			})
		}
	}
}

// writesOccasions reports whether lang has names of occasions of its own
// that a layout writes back: not English's, as Italian's are, and read
// back as the same layout (Romanian's "Ĥanucá: a 8-a zi" is not). A
// language in Hebrew script writes Hebrew's, as Yiddish's pages do.
func writesOccasions(lang format.Lang, l format.Layout) bool {
	switch {
	case lang.Family().IsHebrew():
		return true
	case lang != format.English && lang.Family() == hebrew.Hebcal:
		return false
	}
	return parse.Layout(l.String()).String() == l.String()
}

// TestHeldout24LayoutLanguage: made-up datelines in the style of the
// pages of the twenty-fourth held-out set, with the layout each gives,
// written for another day.
func TestHeldout24LayoutLanguage(t *testing.T) {
	other := dateline.New(time.Date(2024, time.December, 27, 0, 0, 0, 0, time.UTC))
	tests := []struct{ in, want string }{
		// An occasion in a Spanish dateline, by its name English shares.
		{"sábado 12 de octubre de 2024, Yom Kippur", "viernes 27 de diciembre de 2024, Janucá: 3 velas"},
		{"26 de diciembre de 2024, Janucá", "27 de diciembre de 2024, Janucá: 3 velas"},
		// A spelling one language's pages write: its language's names.
		{"Janucá 5785", "Janucá: 3 velas 5785"},
		{"Pesaj 5784", "Janucá: 3 velas 5785"},
		{"Iom Kipur 5785", "Janucá: 3 velas 5785"},
		{"Рош ха-Шана 5785", "Ханука: 3 Свечи 5785"},
		{"Pessach 5784", "Channukah: 3 Kerzen 5785"},
		// English's common spellings stay English's.
		{"Hanukkah 5785", "Chanukah: 3 Candles 5785"},
		// A French dateline writes French's names, though its own is
		// English's (hebcal's Rosh Hashana).
		{"12 octobre 2024, Yom Kippur", "27 décembre 2024, H̲anoukah: 3 Bougies"},
		{"Samstag, 12. Oktober 2024 | Jom Kippur", "Freitag, 27. Dezember 2024 | Channukah: 3 Kerzen"},
		// A Polish dateline with the name German and Polish share.
		{"sobota, 12 października 2024 | Jom Kippur", "piątek, 27 grudnia 2024 | Chanuka: Trzecia świeca"},
		// A month written as a language writes it, not another's that the
		// reader took it for.
		{"12 oktober 2024 (jom kipoer)", ""},
		{"12. Oktober 2024", "27. Dezember 2024"},
		{"zaterdag 12 oktober 2024", "vrijdag 27 december 2024"},
		{"lördag 12 oktober 2024", "fredag 27 december 2024"},
		{"12 OKTOBER 2024", "27 DEZEMBER 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			l, err := dateline.LayoutOf(tc.in)
			if tc.want == "" {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, l.Format(other.Time, other.Hebrew))
		})
	}
	// Languages with no names of occasions of their own, and names two
	// languages write alike: an error, where their layouts wrote English's
	// occasions and German's months.
	for _, in := range []string{
		"sabato 12 ottobre 2024, Yom Kippur",
		"12 Ekim 2024 Cumartesi | Yom Kippur",
		"lördag 12 oktober 2024 | Yom Kippur",
		"12 oktober 2024",
		"12 juni 2024",
		"okt. 12",
	} {
		_, err := dateline.LayoutOf(in)
		var pe *dateline.ProblemError
		if assert.True(t, errors.As(err, &pe), "%q: %v", in, err) {
			assert.Equal(t, dateline.CodeSyntax, pe.Problem.Code, in)
			assert.Less(t, pe.Problem.Start, pe.Problem.End, in)
		}
	}
	// The parser reads them as it did: only their layouts are refused.
	for in, want := range map[string]string{
		"sabato 12 ottobre 2024, Yom Kippur": "2024-10-12",
		"12 oktober 2024":                    "2024-10-12",
		"Janucá 5785":                        "2024-12-26",
	} {
		d, err := dateline.Parse(in, dateline.Reference(corpusReference))
		if assert.NoError(t, err, in) {
			assert.Equal(t, want, d.Time.Format(time.DateOnly), in)
		}
	}
}
