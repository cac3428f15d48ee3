package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// langCases are datelines in the languages beyond English: CLDR's month
// and weekday names in any letter case, hebcal's month names of every
// locale, and the words around them.
var langCases = []parseCase{
	{"lundi 2 janvier 2006 | 2 Tévet 5766", ws(wd(mon), dy(2), mo(1), yr(2006), hd(2), hm(tevet), hy(5766)), "lundi 2 janvier 2006 | 2 Tévet 5766"},
	{"Lundi 28 septembre 2022 à 10h39", ws(wd(mon), dy(28), mo(9), yr(2022), hr(10), mi(39)), "Lundi 2 janvier 2006 à 15h04"},
	{"28 septembre 2022 à 10:39", ws(dy(28), mo(9), yr(2022), hr(10), mi(39)), "2 janvier 2006 à 15:04"},
	{"2 févr. 2006", ws(dy(2), mo(2), yr(2006)), "2 janv. 2006"},
	{"2 decembre 2006", ws(dy(2), mo(12), yr(2006)), "2 janvier 2006"},
	{"9 Eloul 5784", ws(hd(9), hm(elul), hy(5784)), "2 Tévet 5766"},
	{"Vendredi 22 Adar I 5784", ws(wd(fri), hd(22), hq(adar), hy(5784)), "Lundi 2 Tévet 5766"},
	{"28 сентября 2022, 10:39", ws(dy(28), mo(9), yr(2022), hr(10), mi(39)), "2 января 2006, 15:04"},
	{"понедельник, 2 января 2006 г. | 2 тевета 5766", ws(wd(mon), dy(2), mo(1), yr(2006), hd(2), hm(tevet), hy(5766)), "понедельник, 2 января 2006 г. | 2 тевета 5766"},
	{"22 адара I 5784", ws(hd(22), hq(adar), hy(5784)), "2 тевета 5766"},
	{"22 Адара I 5784", ws(hd(22), hq(adar), hy(5784)), "2 Тевета 5766"},
	{"1 тишрея 5785", ws(hd(1), hm(tishrei), hy(5785)), "2 тевета 5766"},
	{"ТИШРЕЯ 1, 5785", ws(hm(tishrei), hd(1), hy(5785)), "ТЕВЕТА 2, 5766"},
	{"8 Тишрей 5785", ws(hd(8), hm(tishrei), hy(5785)), "2 Тевет 5766"},
	{"понеділок, 2 січня 2006 р. | 2 тевета 5766", ws(wd(mon), dy(2), mo(1), yr(2006), hd(2), hm(tevet), hy(5766)), "понеділок, 2 січня 2006 р. | 2 тевета 5766"},
	{"9 елула 5784", ws(hd(9), hm(elul), hy(5784)), "2 тевета 5766"},
	{"lunes, 2 de enero de 2006", ws(wd(mon), dy(2), mo(1), yr(2006)), "lunes, 2 de enero de 2006"},
	{"22 de Adar I de 5784", ws(hd(22), hq(adar), hy(5784)), "2 de Tevet de 5766"},
	{"segunda-feira, 2 de janeiro de 2006", ws(wd(mon), dy(2), mo(1), yr(2006)), "segunda-feira, 2 de janeiro de 2006"},
	{"28. September 2022, 10:39 Uhr", ws(dy(28), mo(9), yr(2022), hr(10), mi(39)), "2. Januar 2006, 15:04 Uhr"},
	{"Montag, 2. Januar 2006 | 2. Tewet 5766", ws(wd(mon), dy(2), mo(1), yr(2006), hd(2), hm(tevet), hy(5766)), "Montag, 2. Januar 2006 | 2. Tewet 5766"},
	// Sonnabend, German's other Saturday, written back for Saturdays.
	{"Sonnabend, den 2. März 1935", ws(wd(sat), dy(2), mo(3), yr(1935)), "Montag, den 2. Januar 2006"},
	// A weekday and its evening in one word, which keeps no word after it.
	{"Montagabend, 4. März 2024", ws(night(wd(mon)), dy(4), mo(3), yr(2024)), "Montagabend, 2. Januar 2006"},
	{"zondagavond 3 maart 2024", ws(night(wd(sun)), dy(3), mo(3), yr(2024)), "maandag 2 januari 2006"},
	{"poniedziałek, 2 stycznia 2006 | 2 Tevet 5766", ws(wd(mon), dy(2), mo(1), yr(2006), hd(2), hm(tevet), hy(5766)), "poniedziałek, 2 stycznia 2006 | 2 Tevet 5766"},
	{"2006. január 2., hétfő", ws(yr(2006), mo(1), dy(2), wd(mon)), "2006. január 2., hétfő"},
	{"maandag 2 januari 2006 | 2 Tevet 5766", ws(wd(mon), dy(2), mo(1), yr(2006), hd(2), hm(tevet), hy(5766)), "maandag 2 januari 2006 | 2 Tevet 5766"},
	{"luni, 2 ianuarie 2006", ws(wd(mon), dy(2), mo(1), yr(2006)), "luni, 2 ianuarie 2006"},
	{"maanantaina 2. tammikuuta 2006", ws(wd(mon), dy(2), mo(1), yr(2006)), "maanantaina 2. tammikuuta 2006"},
	{"מאָנטיק, 2 יאַנואַר 2006", ws(wd(mon), dy(2), mo(1), yr(2006)), "מאָנטיק, 2 יאַנואַר 2006"},
	{"2 Ádár II 5784", ws(hd(2), hq(adarII), hy(5784)), "2 Tévét 5766"},
	{"Ṭevet 2, 5766", ws(hm(tevet), hd(2), hy(5766)), "Tevet 2, 5766"},
	{"2 Ḥeshvan 5785", ws(hd(2), hm(cheshvan), hy(5785)), "2 Tevet 5766"},
	{"10 Shevaṭ 5785", ws(hd(10), hm(shevat), hy(5785)), "2 Tevet 5766"},
	{"5 ʾIyyar 5784", ws(hd(5), hm(iyyar), hy(5784)), "2 Tevet 5766"},
}

func TestParseLang(t *testing.T) {
	testParseCases(t, langCases)
}

// TestParseLangSettles: a name two languages share takes the dateline's
// language, and so does a Hebrew month two families spell alike.
func TestParseLangSettles(t *testing.T) {
	tests := []struct {
		in     string
		kind   layout.Kind
		lang   layout.Lang
		family hebrew.Family
	}{
		{"Montag, 3. April 2006", layout.Month, layout.German, 0},
		{"3 April 2006", layout.Month, layout.English, 0},
		{"28. September 2022, 10:39 Uhr", layout.Month, layout.German, 0},
		{"понеділок, 2 січня 2006 р. | 2 тевета 5766", layout.HebrewMonth, 0, hebrew.UkrainianGenitive},
		{"понедельник, 2 января 2006 г. | 2 тевета 5766", layout.HebrewMonth, 0, hebrew.RussianGenitive},
		{"poniedziałek, 2 stycznia 2006 | 2 Tevet 5766", layout.HebrewMonth, 0, hebrew.Polish},
		{"Monday, January 2, 2006 | 2 Tevet 5766", layout.HebrewMonth, 0, hebrew.Hebcal},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			f, ok := r.Get(tc.kind)
			require.True(t, ok)
			if tc.kind == layout.HebrewMonth {
				assert.Equal(t, tc.family, f.Spelling.Family)
			} else {
				assert.Equal(t, tc.lang, f.Lang)
			}
		})
	}
}

// TestFindLangProse: words of prose that other languages' names spell are
// no dates in free text, nor is an abbreviation without its dot or a
// name of another language without a year.
func TestFindLangProse(t *testing.T) {
	for _, text := range []string{
		"He went out. 2022 was hard.", "We set 2 of them aside.", "Mars 2 rover landed.",
		"ago 2006", "Sie 2 Tage", "out 2, 2022", "Le Mans 24",
	} {
		for r := range parse.All(text) {
			t.Errorf("%q: found %q", text, r.Input[r.Start:r.End])
		}
	}
	var found []string
	for r := range parse.All("La réunion du 2 mars 2022 à 10h39 sera suivie. Встреча 28 сентября 2022 г. прошла.") {
		found = append(found, r.Input[r.Start:r.End])
	}
	assert.Equal(t, []string{"2 mars 2022 à 10h39", "28 сентября 2022 г."}, found)
}

// TestParseSlip: a month name with one letter added, dropped or swapped
// with the next is read as the one month it fits, marked Corrected, and
// its layout writes the name right; a word two months fit, a short name,
// or a letter changed, is no month.
func TestParseSlip(t *testing.T) {
	tests := []struct {
		in     string
		kind   layout.Kind
		value  int
		layout string
	}{
		{"Septmber 28, 2022", layout.Month, 9, "January 2, 2006"},
		{"28 Septmber 2022", layout.Month, 9, "2 January 2006"},
		{"Janaury 2, 2006", layout.Month, 1, "January 2, 2006"},
		{"Wednesday, Novmeber 3, 2021", layout.Month, 11, "Monday, January 2, 2006"},
		{"5 Kislv 5784", layout.HebrewMonth, int(kislev), "2 Tevet 5766"},
		{"Tishrie 1, 5785", layout.HebrewMonth, int(tishrei), "Tevet 2, 5766"},
		{"Shevta 10, 5785", layout.HebrewMonth, int(shevat), "Tevet 2, 5766"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			f, ok := r.Get(tc.kind)
			require.True(t, ok)
			assert.Equal(t, tc.value, f.Value)
			assert.NotZero(t, f.Flags&parse.Corrected)
			assert.Equal(t, tc.layout, r.Layout().String())
		})
	}
	for _, in := range []string{"Match 2, 2024", "Marc 2, 2024", "Jnue 2, 2024", "Elu 5, 5784", "Tevt 5, 5784", "Janvary 2, 2006"} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
	// Free text reads one only with more beside it.
	for r := range parse.All("the Septmber 28 meeting") {
		t.Errorf("found %q", r.Input[r.Start:r.End])
	}
}
