package hebrew

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMatchMonthLocales: the locales' names in any letter case, Adar's
// qualifiers after them, and transliterations with diacritics read as the
// plain spelling they fold to.
func TestMatchMonthLocales(t *testing.T) {
	tests := []struct {
		text      string
		month     Month
		family    Family
		adar      AdarStyle
		qualified bool
		len       int // 0: all of text
	}{
		{"Eloul", Elul, French, 0, false, 0},
		{"ELOUL", Elul, French, 0, false, 0},
		{"Tévet", Tevet, French, 0, false, 0},
		{"TÉVET", Tevet, French, 0, false, 0},
		{"Tevet", Tevet, Hebcal, 0, false, 0},
		{"H̲echvan", Cheshvan, French, 0, false, 0},
		{"Hechvan", Cheshvan, French, 0, false, 0}, // without the low line
		{"Тишрей", Tishrei, Russian, 0, false, 0},
		{"тишрея", Tishrei, RussianGenitive, 0, false, 0},
		{"ТИШРЕЯ", Tishrei, RussianGenitive, 0, false, 0},
		{"адара I", Adar, RussianGenitive, AdarRoman, true, 0},
		{"адара II", AdarII, RussianGenitive, AdarRoman, true, 0},
		{"Адар І", Adar, Russian, AdarRoman, true, 0}, // a Cyrillic І
		{"тішрея", Tishrei, UkrainianGenitive, 0, false, 0},
		{"елула", Elul, UkrainianGenitive, 0, false, 0},
		{"элуля", Elul, RussianGenitive, 0, false, 0},
		{"Ádár II", AdarII, Hungarian, AdarRoman, true, 0},
		{"Odor Beis", AdarII, Litvish, AdarBeis, true, 0},
		{"Odor Aleph", Adar, Litvish, AdarBeis, true, 0},
		{"Odor Alef", Adar, AshkenaziRomanian, AdarAlefBeis, true, 0},
		{"Tişrei", Tishrei, Romanian, 0, false, 0},
		{"Tișrei", Tishrei, Romanian, 0, false, 0}, // comma below, not cedilla
		{"Tischrei", Tishrei, German, 0, false, 0},
		{"Jeshvan", Cheshvan, Spanish, 0, false, 0},
		// Transliterations with diacritics: their plain spelling's family.
		{"Ṭevet", Tevet, Hebcal, 0, false, 0},
		{"Ḥeshvan", Cheshvan, Academic, 0, false, 0},
		{"Shevaṭ", Shevat, Sephardi, 0, false, 0},
		{"ʾIyyar", Iyyar, Hebcal, 0, false, 0},
		{"Ṭevet 5784", Tevet, Hebcal, 0, false, len("Ṭevet")},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			name, ok := MatchMonth(tc.text)
			require.True(t, ok)
			assert.Equal(t, tc.month, name.Month)
			assert.Equal(t, tc.family, name.Spelling.Family)
			assert.Equal(t, tc.qualified, name.Qualified)
			if tc.qualified {
				assert.Equal(t, tc.adar, name.Spelling.Adar)
			}
			want := tc.len
			if want == 0 {
				want = len(tc.text)
			}
			assert.Equal(t, want, name.Len)
		})
	}
	for _, text := range []string{"Tévetx", "Адарка", "ʾ", "Élan", "Ав2"} {
		_, ok := MatchMonth(text)
		assert.False(t, ok, "%q", text)
	}
}

// TestAppendMonthLocales: each family writes its locale's names and Adars.
func TestAppendMonthLocales(t *testing.T) {
	tests := []struct {
		f           Family
		m           Month
		leap        bool
		want        string
		wantOccasin string
	}{
		{French, Elul, false, "Eloul", ""},
		{RussianGenitive, Adar, true, "адара I", ""},
		{UkrainianGenitive, AdarII, true, "адара II", ""},
		{Russian, Tishrei, false, "Тишрей", ""},
		{Hungarian, AdarII, true, "Ádár II", ""},
		{Litvish, AdarII, true, "Odor Beis", ""},
		{AshkenaziRomanian, Adar, true, "Odor Alef", ""},
		{AshkenaziRomanian, AdarII, true, "Odor Beis", ""},
		{Yiddish, AdarII, true, "אדר ב׳", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Spelling{Family: tc.f}.Name(tc.m, tc.leap), "%v %v", tc.f, tc.m)
	}
	// Read back in the style read: Odor Alef is the Romanian family's.
	name, ok := MatchMonth("Odor Alef")
	require.True(t, ok)
	assert.Equal(t, "Odor Beis", name.Spelling.Name(AdarII, true))
}

func TestGenitive(t *testing.T) {
	for nom, gen := range map[string]string{"Тишрей": "тишрея", "Элуль": "элуля", "Адар": "адара", "Ав": "ава", "Тішрей": "тішрея"} {
		assert.Equal(t, gen, genitive(nom))
	}
}

func TestMatchSlip(t *testing.T) {
	tests := []struct {
		word  string
		month Month
		fixed string
		ok    bool
	}{
		{"Kislv", Kislev, "Kislev", true},
		{"Tishrie", Tishrei, "Tishrei", true},
		{"Chesvhan", Cheshvan, "Cheshvan", true},
		{"Tevte", Tevet, "Tevet", true},
		{"Shevati", 0, "", false}, // a letter after the name: another word
		{"Shevta", Shevat, "Shevat", true},
		{"Tevt", 0, "", false},   // a letter dropped from five: not guessed
		{"Adra", 0, "", false},   // four letters
		{"Kislev", 0, "", false}, // no slip
		{"Chicken", 0, "", false},
		{"Sh'vat", 0, "", false},
	}
	for _, tc := range tests {
		name, fixed, ok := MatchSlip(tc.word)
		assert.Equal(t, tc.ok, ok, tc.word)
		if ok {
			assert.Equal(t, tc.month, name.Month, tc.word)
			assert.Equal(t, tc.fixed, fixed, tc.word)
			assert.Equal(t, len(tc.word), name.Len, tc.word)
		}
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { MatchSlip("Kislv") }))
}

func TestMatchScriptSlip(t *testing.T) {
	tests := []struct {
		word   string
		month  Month
		len    int
		prefix bool
		ok     bool
	}{
		{"בטבט תשפ״א", Tevet, len("בטבט"), true, true},
		{"טבט", Tevet, len("טבט"), false, true},
		{"טמוז", Tammuz, len("טמוז"), false, true},
		{"טשרי,", Tishrei, len("טשרי"), false, true},
		{"בקסלו", Kislev, len("בקסלו"), true, true},
		{"בשבת", 0, 0, false, false}, // Shabbat: ת for ט is not read
		{"תבת", 0, 0, false, false},  // an ark
		{"עדר", 0, 0, false, false},  // a herd
		{"טבת", 0, 0, false, false},  // no slip
		{"בטבטים", 0, 0, false, false},
		{"אב", 0, 0, false, false},
		{"Tevet", 0, 0, false, false},
	}
	for _, tc := range tests {
		name, ok := MatchScriptSlip(tc.word)
		assert.Equal(t, tc.ok, ok, tc.word)
		if ok {
			assert.Equal(t, tc.month, name.Month, tc.word)
			assert.Equal(t, tc.len, name.Len, tc.word)
			assert.Equal(t, tc.prefix, name.Spelling.Prefix, tc.word)
		}
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { MatchScriptSlip("בטבט תשפ״א") }))
}
