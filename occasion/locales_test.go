package occasion

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
)

// TestOccasionLocales: occasions are named in every locale, and read back
// to the same occasion.
func TestOccasionLocales(t *testing.T) {
	d := hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}
	occ := On(d, Diaspora)
	require.NotEmpty(t, occ)
	assert.Equal(t, "Roch Hachanah 5785", occ[0].Name(hebrew.French))
	assert.Equal(t, "Рош-А-Шана 5785", occ[0].Name(hebrew.RussianGenitive))
	rc := On(hebrew.Date{Year: 5784, Month: hebrew.Kislev, Day: 1}, Diaspora)
	require.NotEmpty(t, rc)
	assert.Equal(t, "Roch H̲odech Kislav", rc[0].Name(hebrew.French))
	for _, name := range []string{"Roch Hachanah", "Рош-А-Шана 5785", "Pourim", "Пурим"} {
		_, ok := Find(name, 5785, Diaspora)
		assert.True(t, ok, "%q", name)
	}
	assert.Equal(t, Key("Purim"), Key("Pourim"))
	assert.Equal(t, Key("Rosh Hashana"), Key("Рош-А-Шана 5785"))
}

// TestTransliteratedNames: the fast of Av and the minor days as pages
// transliterate them, beside hebcal's Девятое Ава, Лаг Ба Омер, Tich'ah
// beAv and Tischa b'Aw, are found on their day; before they were known,
// "Тиша бе-Ав 5784" was read as the whole month of Av (its last word).
func TestTransliteratedNames(t *testing.T) {
	for _, c := range []struct {
		name  string
		month hebrew.Month
		day   int
	}{
		{"Тиша бе-Ав", hebrew.Av, 9},
		{"Тиша Бе-Ав", hebrew.Av, 9},
		{"Тиша бе Ав", hebrew.Av, 9},
		{"Тиша бэ-Ав", hebrew.Av, 9},
		{"Тіша бе-Ав", hebrew.Av, 9},
		{"Девятое Ава", hebrew.Av, 9},
		{"Ту би-Шват", hebrew.Shevat, 15},
		{"Ту би-Шеват", hebrew.Shevat, 15},
		{"Ту бі-Шват", hebrew.Shevat, 15},
		{"Лаг ба-Омер", hebrew.Iyyar, 18},
		{"Лаг Ба Омер", hebrew.Iyyar, 18},
		{"Ту бе-Ав", hebrew.Av, 15},
		{"Ticha Beav", hebrew.Av, 9},
		{"Tischa be-Aw", hebrew.Av, 9},
		{"Tisza be-Aw", hebrew.Av, 9},
		{"Tisá BeÁv", hebrew.Av, 9},
		{"Tișa BeAv", hebrew.Av, 9},
		{"Tu bi-Szwat", hebrew.Shevat, 15},
		{"Toe Bisjwat", hebrew.Shevat, 15},
		{"Hoshanah Rabbah", hebrew.Tishrei, 21},
	} {
		o, ok := Find(c.name, 5786, Diaspora)
		if assert.True(t, ok, "%q", c.name) {
			assert.Equal(t, hebrew.Date{Year: 5786, Month: c.month, Day: c.day}, o.Date, "%q", c.name)
		}
	}
	// A word of a name alone names nothing.
	for _, name := range []string{"Тиша", "бе-Ав", "Ту би"} {
		_, ok := Find(name, 5786, Diaspora)
		assert.False(t, ok, "%q", name)
	}
}

// TestRoshHashanaPrefixYearOnly: translate's rule for "Rosh Hashana "
// keeps the rest as it is, the festival's year ("Roch Hachanah 5785");
// a name that only starts with the words, "Rosh Hashana LaBehemot" (1
// Elul, the new year for the tithe of animals), is no festival and year,
// and was half translated ("Roch Hachanah LaBehemot", "Рош-А-Шана
// LaBehemot"). It takes its own translation where the locale has one and
// hebcal's name elsewhere.
func TestRoshHashanaPrefixYearOnly(t *testing.T) {
	var got *Occasion
	for _, o := range On(hebrew.Date{Year: 5785, Month: hebrew.Elul, Day: 1}, Diaspora) {
		if o.Name(hebrew.Hebcal) == "Rosh Hashana LaBehemot" {
			got = &o
		}
	}
	require.NotNil(t, got)
	assert.Equal(t, "ראש השנה למעשר בהמה", got.Name(hebrew.Hebrew))
	for _, f := range []hebrew.Family{hebrew.French, hebrew.Russian, hebrew.German, hebrew.Polish, hebrew.Dutch, hebrew.Hungarian, hebrew.AshkenaziKomatz} {
		t.Run(f.String(), func(t *testing.T) {
			assert.Equal(t, "Rosh Hashana LaBehemot", got.Name(f))
		})
	}
	// The festival with its year keeps the rule.
	rh := On(hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}, Diaspora)
	require.NotEmpty(t, rh)
	assert.Equal(t, "Roch Hachanah 5785", rh[0].Name(hebrew.French))
	assert.Equal(t, "Rosch haSchana 5785", rh[0].Name(hebrew.German))
}
