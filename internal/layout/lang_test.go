package layout

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
)

func TestLang(t *testing.T) {
	for _, l := range Langs() {
		got, ok := LookupLang(l.String())
		require.True(t, ok, "%v", l)
		assert.Equal(t, l, got)
		for m := 1; m <= 12; m++ {
			assert.NotEmpty(t, l.MonthName(m, Long), "%v %d", l, m)
			assert.NotEmpty(t, l.MonthName(m, Short), "%v %d", l, m)
		}
		for w := range 7 {
			assert.NotEmpty(t, l.WeekdayName(w, Long), "%v %d", l, w)
		}
		back, ok := LangOf(l.Family())
		assert.True(t, ok, "%v", l)
		if l >= Italian {
			// No hebcal locale: Italian, Turkish, Greek, Serbian, Czech
			// and Swedish pages print hebcal's English spellings (1
			// Tevet, venerdì 30 dicembre; 24 Eylül (29 Elul)).
			assert.Equal(t, English, back, "%v", l)
			continue
		}
		assert.Equal(t, l, back, "%v", l)
	}
	for _, code := range []string{"FR", "pt-BR", "de_AT", "ru"} {
		_, ok := LookupLang(code)
		assert.True(t, ok, code)
	}
	_, ok := LookupLang("xx")
	assert.False(t, ok)
	assert.Equal(t, "%!Lang(99)", Lang(99).String())
	assert.Equal(t, "сентября", Russian.MonthName(9, Long))
	assert.Equal(t, "вересня", Ukrainian.MonthName(9, Long))
	assert.Equal(t, "września", Polish.MonthName(9, Long))
	assert.Equal(t, "janv.", French.MonthName(1, Short))
	assert.Equal(t, "ноябрь", Russian.MonthName(11, StandAlone))
	assert.Equal(t, "листопад", Ukrainian.MonthName(11, StandAlone))
	assert.Equal(t, "listopad", Polish.MonthName(11, StandAlone))
	assert.Equal(t, "novembre", French.MonthName(11, StandAlone), "a language whose two names agree")
	assert.Equal(t, "November", English.MonthName(11, StandAlone))
	assert.Equal(t, "January", English.MonthName(1, Long))
	assert.Equal(t, "lundi 2 janvier 2006 | 2 Tévet 5766", French.Layout())
	assert.Equal(t, "понедельник, 2 января 2006 г. | 2 тевета 5766", Russian.Layout())
	assert.Equal(t, Full, English.Layout())
	assert.Equal(t, "lunedì 2 gennaio 2006 | 2 Tevet 5766", Italian.Layout())
	assert.True(t, Croatian.DotsDay(), "2. siječnja")
	assert.True(t, German.DotsDay(), "2. Januar")
	assert.False(t, Polish.DotsDay(), "2 stycznia")
	assert.False(t, English.DotsDay())
	assert.True(t, Serbian.DotsYear(), "02. januar 2006.")
	assert.False(t, Norwegian.DotsYear(), "2. januar 2006")
	assert.Equal(t, "den", Danish.DayArticle(), "mandag den 2. januar 2006")
	assert.Empty(t, Norwegian.DayArticle(), "mandag 2. januar 2006")
	assert.Empty(t, Spanish.DayArticle(), "lunes, 2 de enero de 2006")
	assert.Empty(t, Lithuanian.DayArticle(), "2006 m. sausio 2 d., pirmadienis")
	for _, code := range []string{"sr-Cyrl", "sr_Cyrl", "SR-CYRL"} {
		l, ok := LookupLang(code)
		assert.True(t, ok, code)
		assert.Equal(t, SerbianCyrillic, l, code)
	}
	for _, code := range []string{"sr", "sr-Latn", "sr_RS"} {
		l, _ := LookupLang(code)
		assert.Equal(t, Serbian, l, code)
	}
	for _, code := range []string{"no", "nb", "NO", "nb-NO"} {
		l, ok := LookupLang(code)
		assert.True(t, ok, code)
		assert.Equal(t, Norwegian, l, code)
	}
}

// TestLangPresets: each language's header and published layouts are its
// full date (CLDR's) without the Gregorian year and the words that go
// with it, and without the weekday with the time after it, in the
// language's own order; English's are the presets.
func TestLangPresets(t *testing.T) {
	tests := []struct {
		lang              Lang
		header, published string
	}{
		{English, Header, Published},
		{French, "lundi 2 janvier | 2 Tévet 5766", "2 janvier 2006, 15:04"},
		{Russian, "понедельник, 2 января | 2 тевета 5766", "2 января 2006 г., 15:04"},
		{Spanish, "lunes, 2 de enero | 2 Tevet 5766", "2 de enero de 2006, 15:04"},
		{German, "Montag, 2. Januar | 2 Tewet 5766", "2. Januar 2006, 15:04"},
		{Portuguese, "segunda-feira, 2 de janeiro | 2 Tevet 5766", "2 de janeiro de 2006, 15:04"},
		{Polish, "poniedziałek, 2 stycznia | 2 Tevet 5766", "2 stycznia 2006, 15:04"},
		{Hungarian, "január 2., hétfő | 2 Tévét 5766", "2006. január 2., 15:04"},
		{Dutch, "maandag 2 januari | 2 Tevet 5766", "2 januari 2006, 15:04"},
		{Romanian, "luni, 2 ianuarie | 2 Tevet 5766", "2 ianuarie 2006, 15:04"},
		{Finnish, "maanantaina 2. tammikuuta | 2 Tevet 5766", "2. tammikuuta 2006, 15:04"},
		{Ukrainian, "понеділок, 2 січня | 2 тевета 5766", "2 січня 2006 р., 15:04"},
		{Yiddish, "מאָנטיק, 2 יאַנואַר | ב׳ טבת תשס״ו", "2 יאַנואַר 2006, 15:04"},
		{Italian, "lunedì 2 gennaio | 2 Tevet 5766", "2 gennaio 2006, 15:04"},
		{Turkish, "2 Ocak Pazartesi | 2 Tevet 5766", "2 Ocak 2006, 15:04"},
		{Greek, "Δευτέρα, 2 Ιανουαρίου | 2 Tevet 5766", "2 Ιανουαρίου 2006, 3:04 μ.μ."},
		{Serbian, "ponedeljak, 02. januar | 2 Tevet 5766", "02. januar 2006., 15:04"},
		{Czech, "pondělí 2. ledna | 2 Tevet 5766", "2. ledna 2006, 15:04"},
		{Swedish, "måndag 2 januari | 2 Tevet 5766", "2 januari 2006, 15:04"},
		{Bulgarian, "понеделник, 2 януари | 2 Tevet 5766", "2 януари 2006 г., 15:04"},
		{Slovak, "pondelok 2. januára | 2 Tevet 5766", "2. januára 2006, 15:04"},
		{Croatian, "ponedjeljak, 2. siječnja | 2 Tevet 5766", "2. siječnja 2006., 15:04"},
		{Danish, "mandag den 2. januar | 2 Tevet 5766", "2. januar 2006, 15:04"},
		{Norwegian, "mandag 2. januar | 2 Tevet 5766", "2. januar 2006, 15:04"},
		{Lithuanian, "sausio 2 d., pirmadienis | 2 Tevet 5766", "2006 m. sausio 2 d., 15:04"},
		{SerbianCyrillic, "понедељак, 02. јануар | 2 Tevet 5766", "02. јануар 2006., 15:04"},
		{Latvian, "pirmdiena, 2. janvāris | 2 Tevet 5766", "2006. gada 2. janvāris, 15:04"},
		{Estonian, "esmaspäev, 2. jaanuar | 2 Tevet 5766", "2. jaanuar 2006, 15:04"},
		{Slovenian, "ponedeljek, 02. januar | 2 Tevet 5766", "02. januar 2006, 15:04"},
		{Catalan, "dilluns, 2 de gener | 2 Tevet 5766", "2 de gener de 2006, 15:04"},
		{Belarusian, "панядзелак, 2 студзеня | 2 Tevet 5766", "2 студзеня 2006 г., 15:04"},
		{Arabic, "الاثنين، 2 يناير | 2 Tevet 5766", "2 يناير 2006, 15:04"},
		{Persian, "دوشنبه 2 ژانویهٔ | 2 Tevet 5766", "2 ژانویهٔ 2006, 15:04"},
	}
	require.Len(t, tests, len(Langs()), "every language")
	for _, tc := range tests {
		t.Run(tc.lang.String(), func(t *testing.T) {
			assert.Equal(t, tc.header, tc.lang.LayoutHeader())
			assert.Equal(t, tc.published, tc.lang.LayoutPublished())
		})
	}
}

// TestFormatLang: names are written in the element's language, in its
// letter case, beyond ASCII too.
func TestFormatLang(t *testing.T) {
	day := time.Date(2022, time.September, 28, 10, 39, 0, 0, time.UTC)
	h := hebrew.Date{Year: 5783, Month: hebrew.Tishrei, Day: 3}
	tests := []struct {
		elems []Element
		want  string
	}{
		{[]Element{{Kind: Weekday, Form: Long, Lang: French}, Lit(" "), {Kind: Day}, Lit(" "), {Kind: Month, Form: Long, Lang: French}}, "mercredi 28 septembre"},
		{[]Element{{Kind: Weekday, Form: Long, Lang: French, Case: Title}, Lit(" "), {Kind: Month, Form: Long, Lang: French, Case: Upper}}, "Mercredi SEPTEMBRE"},
		{[]Element{{Kind: Day}, Lit(" "), {Kind: Month, Form: Long, Lang: Russian, Case: Title}}, "28 Сентября"},
		{[]Element{{Kind: Month, Form: Long, Lang: Russian, Case: Upper}}, "СЕНТЯБРЯ"},
		{[]Element{{Kind: Month, Form: Short, Lang: French}}, "sept."},
		{[]Element{{Kind: HebrewDay}, Lit(" "), {Kind: HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.RussianGenitive}, Case: Title}}, "3 Тишрея"},
		{[]Element{{Kind: Holiday, Spelling: hebrew.Spelling{Family: hebrew.French}}}, "Tzom Guedalyah"}, // hebcal's French
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, New(tc.elems...).Format(day, h))
	}
	// Writing allocates nothing beyond the buffer, in any language.
	l := New(tests[2].elems...)
	buf := make([]byte, 0, 64)
	assert.Zero(t, testing.AllocsPerRun(100, func() { buf = l.AppendFormat(buf[:0], day, h) }))
}

// TestMonthPreposition: the word between day and month is CLDR's full
// date's: "de" where it writes one, none where the number is glued to the
// month or the month comes first.
func TestMonthPreposition(t *testing.T) {
	for l, want := range map[Lang]string{Catalan: "de", Spanish: "de", Portuguese: "de", French: "", Italian: "", German: "", Hungarian: "", Lithuanian: "", Latvian: "", English: ""} {
		assert.Equal(t, want, l.MonthPreposition(), l.String())
	}
}
