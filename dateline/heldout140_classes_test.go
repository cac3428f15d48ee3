package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// The hundred-and-fortieth held-out round's nine rows (Latvian,
// Lithuanian, Catalan, Romanian) missed only where no grammar is missing:
// two year-less lines read in the year nearest the reference ("Rugpjūčio
// 30 d. 13 val.", "vineri, 25 martie"), two bare days and months that
// Find does not read without a year, weekday or occasion ("la 27
// ianuarie", "del 31 de març a avui mateix"), and a civil date of 1391
// that the page writes in the Julian calendar then in use, which the
// reader takes, as DESIGN.md says, in the proleptic Gregorian one. The
// classes below are of the same languages' older incoming rows, seen
// while testing the round.

// TestHeldout140LatvianCutClockWord: Latvian's o'clock cut to "pl."
// (pulksten, as "plkst."), before a dotted time after a date:
// "Svētdien, 12. martā pl. 15.00 Rēzeknes ebreju kopiena ielūdz uz Purima
// svētkiem" (the Rēzekne Green Synagogue, sinagoga.rezekne.lv, 2017;
// incoming.tsv) was read without its time, and "12. martā pl. 15.00"
// was not found. Like Polish's "g.", the hour alone takes it only with
// its dot.
func TestHeldout140LatvianCutClockWord(t *testing.T) {
	for _, tc := range []struct {
		text, day string
		hour, min int
	}{
		{"Svētdien, 2017. gada 12. martā pl. 15.00", "2017-03-12", 15, 0},
		{"2017. gada 12. martā pl. 15.00 Rēzeknes ebreju kopiena", "2017-03-12", 15, 0},
		{"2020. gada 5. martā pl. 15:30", "2020-03-05", 15, 30},
		{"5. martā 2020 pl. 18", "2020-03-05", 18, 0},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hour, m.Dateline.Time.Hour())
			assert.Equal(t, tc.min, m.Dateline.Time.Minute())
		})
	}
	// Without its dot, "pl" before an hour alone is no o'clock: the
	// date stays without a time.
	m := oneMatch(t, "5. martā 2020 pl 18", heldoutRef)
	assert.Equal(t, "2020-03-05", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, 0, m.Dateline.Time.Hour())
	// A weekday that is not the day's is still an error.
	m = oneMatch(t, "Pirmdien, 2017. gada 12. martā pl. 15.00", heldoutRef)
	assert.False(t, m.OK())
}

// TestHeldout140CatalanOccasionSpellings: the occasions as Catalan
// writes them, with x for the sh of Hebrew: "El Roix ha-Xanà és la
// festivitat que dóna inici a l'any nou jueu" (Diario de Mallorca, 2019;
// incoming.tsv, still not read: its day is a sentence away), Catalan
// Wikipedia's "Xavuot", "Tixa be-Av" and "Tu bi-Xevat". None was read:
// "Roix ha-Xanà 2019" was nothing, "Tixa be-Av 2020" the month Av alone.
func TestHeldout140CatalanOccasionSpellings(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Roix ha-Xanà 2019", "2019-09-30"},
		{"Roix ha-Xanà 5780", "2019-09-30"},
		{"El Roix ha-Xanà, el 30 de setembre de 2019", "2019-09-30"},
		{"Xavuot 2020", "2020-05-29"},
		{"Tixa be-Av 2020", "2020-07-30"},
		{"Tu bi-Xevat 2020", "2020-02-10"},
	})
	// The occasion is checked against its date: Rosh Hashana was not on
	// 10 September 2019.
	m := oneMatch(t, "Roix ha-Xanà, el 10 de setembre de 2019", heldoutRef)
	assert.False(t, m.OK())
	// "Roix" alone is no occasion.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Roix 2019", ""},
	})
}

// TestHeldout140JewishEasterAndBalticNames: Pesach as Romanian, Catalan
// and Latvian name it, "the Jewish Easter" ("Luni începe Paștele
// evreiesc", Informația Zilei; "El Pesaj, o la Pasqua jueva" on the page
// of the round's Ràdio Ciutat de Tarragona row; Latvian Wikipedia's
// "Ebreju Lieldienas"), and the festivals in the nominative that Latvian
// and Lithuanian give them ("Purims – tie ir svētki", revs.lv; "Pesahs",
// Latvian Wikipedia; "Purimas", "Sukotas", Visuotinė lietuvių
// enciklopedija). None started a dateline: "Paștele evreiesc 2020" and
// "Purimas 2024" were nothing.
func TestHeldout140JewishEasterAndBalticNames(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Paștele evreiesc 2020", "2020-04-09"},
		{"Paştele evreiesc 2020", "2020-04-09"},
		{"Paștele iudaic 2019", "2019-04-20"},
		{"Pasqua jueva 2018", "2018-03-31"},
		{"la Pasqua jueva, del 31 de març al 7 d'abril de 2018", "2018-03-31"},
		{"Ebreju Lieldienas 2021", "2021-03-28"},
		{"Purims 2017", "2017-03-12"},
		{"Pesahs 2021", "2021-03-28"},
		{"Purimas 2024", "2024-03-24"},
		{"Pesachas 2023", "2023-04-06"},
		{"Sukotas 2020", "2020-10-03"},
		{"Jom Kipuras 2024", "2024-10-12"},
	})
	// Easter alone names no day.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Paștele 2020", ""},
		{"Pasqua 2020", ""},
		{"Lieldienas 2021", ""},
	})
	// A day that is not the occasion's is said.
	m := oneMatch(t, "Pasqua jueva, 10 de març de 2018", heldoutRef)
	assert.False(t, m.OK())
}

// TestHeldout140BalticYearFirstAfterOccasion: a date that Latvian,
// Estonian or Lithuanian writes year first, after an occasion's name:
// the year with its point and "gada" ("Purim, 2017. gada 10. martā"), or
// with "m." ("Purimas 2024 m. kovo 24 d."), is the date's, as
// Hungarian's "Ros Hásáná 2025. szeptember 22." is. The Latvian line was
// read as Purim 2017 (12 March) with nothing said, the day the text
// states dropped: a wrong day; the Lithuanian as two datelines, the
// occasion's and the date's, neither checked against the other (found
// while testing the round's Latvian and Lithuanian rows).
func TestHeldout140BalticYearFirstAfterOccasion(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Purim, 2017. gada 12. martā", "2017-03-12"},
		{"Hanuka 2022. gada 19. decembrī", "2022-12-19"},
		{"Hanuka 2022.gada 19.decembrī", "2022-12-19"},
		{"Purim 2017. aasta 12. märtsil", "2017-03-12"},
		{"Purimas 2024 m. kovo 24 d.", "2024-03-24"},
		{"Pesach, 2019 m. balandžio 20 d.", "2019-04-20"},
	})
	// The occasion and the year alone are as before.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Purim 2017. gada svētki", "2017-03-12"},
		{"Pesach 2019 m.", "2019-04-20"},
	})
	// A day that is not the occasion's is an error, not the occasion's
	// day.
	for _, text := range []string{"Purim, 2017. gada 10. martā", "Purim, 2024 m. kovo 10 d.", "Hanuka 2022. gada 10. decembrī plkst. 18.00"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.False(t, m.OK())
			assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
		})
	}
}
