package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// onDay returns midnight UTC of a civil day.
func onDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// checkDays checks each dateline whole, with no problem, as the day given.
func checkDays(t *testing.T, tests []struct{ in, day string }) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
		})
	}
}

// TestDanish: Danish's names, from CLDR, as its pages write them: "den"
// before the day, the day's dot, "kl." and a dotted clock, and the
// abbreviations with their dots (ons.), which Swedish writes without.
func TestDanish(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"tirsdag den 7. december 2021", "2021-12-07"},
		{"Lørdag den 2. marts 2024", "2024-03-02"},
		{"ons. 3. januar 2024", "2024-01-03"},
		{"søndag den 5. maj 2024 kl. 14.00", "2024-05-05"},
	})
	d, err := dateline.Parse("tirsdag den 7. december 2021 kl. 12.00")
	require.NoError(t, err)
	assert.Equal(t, "2021-12-07 12:00", d.Time.Format("2006-01-02 15:04"))
	l, err := dateline.LayoutOf("lørdag den 2. marts 2024")
	require.NoError(t, err)
	assert.Equal(t, "fredag den 1. november 2024", dateline.New(onDay(2024, 11, 1)).Format(l.String()), "Danish's november, not Norwegian's")
	assert.Equal(t, "mandag den 2. januar 2006 | 2 Tevet 5766", format.Danish.Layout())
	assert.Equal(t, "mandag 2. januar 2006 | 2 Tevet 5766", format.Norwegian.Layout())
	for _, s := range []string{"Det var en mandag i marts.", "Maj måned er lang."} {
		assert.Empty(t, dateline.Find(s), s)
	}
}

// TestNorwegian: Norwegian's (Bokmål's) names, from CLDR: its weekdays,
// which are Danish's, and the months it writes otherwise (mars, mai,
// desember), the day's dot glued to the month, and "kl." before an hour.
func TestNorwegian(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"onsdag 27. januar 2021", "2021-01-27"},
		{"21. mai 1920", "1920-05-21"},
		{"lørdag 2. mars 2024", "2024-03-02"},
		{"søndag 1. desember 2024", "2024-12-01"},
	})
	ms := dateline.Find("5.juni 1892 ble Det Mosaiske Trossamfund stiftet.")
	require.Len(t, ms, 1)
	assert.Equal(t, "1892-06-05", ms[0].Dateline.Time.Format("2006-01-02"))
	l, err := dateline.LayoutOf("lørdag 2. mars 2024")
	require.NoError(t, err)
	assert.Equal(t, "søndag 1. desember 2024", dateline.New(onDay(2024, 12, 1)).Format(l.String()), "Norwegian's desember, not Danish's")
	for _, s := range []string{"Mandag er en fin dag.", "Vi sees i desember."} {
		assert.Empty(t, dateline.Find(s), s)
	}
}

// TestLithuanian: Lithuanian's names, from CLDR: its genitive months
// before the day, the year with "m." (metų) and the day with "d."
// (diena) or "dieną", an ordinal's ending after a hyphen (12-ąja), the
// weekday after a comma or in the accusative of "on" (penktadienį), and
// "val." after an hour.
func TestLithuanian(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"1943 m. rugsėjo 23 d.", "1943-09-23"},
		{"2023 m. rugsėjo 15 d., penktadienis", "2023-09-15"},
		{"2024 m. gruodžio 25 d.", "2024-12-25"},
	})
	for _, tc := range []struct{ text, found, day, clock string }{
		{"Vilniaus getas buvo likviduotas 1943 m. rugsėjo 23 d.", "1943 m. rugsėjo 23 d.", "1943-09-23", ""},
		{"renginys vyks rugsėjo 19 dieną (penktadienį).", "rugsėjo 19 dieną (penktadienį)", "2025-09-19", ""},
		{"Šventė įvyks 2007 m. rugsėjo 12 d., 19 val. sinagogoje", "2007 m. rugsėjo 12 d., 19 val.", "2007-09-12", "19:00"},
		{"Nuo gruodžio 14-ąją sinagogoje", "gruodžio 14-ąją", "2025-12-14", ""},
	} {
		ms := dateline.Find(tc.text, dateline.Reference(onDay(2026, 1, 10)))
		require.Len(t, ms, 1, tc.text)
		assert.Equal(t, tc.found, tc.text[ms[0].Start:ms[0].End], tc.text)
		assert.Equal(t, tc.day, ms[0].Dateline.Time.Format("2006-01-02"), tc.text)
		if tc.clock != "" {
			assert.Equal(t, tc.clock, ms[0].Dateline.Time.Format("15:04"), tc.text)
		}
	}
	l, err := dateline.LayoutOf("2023 m. rugsėjo 15 d., penktadienis")
	require.NoError(t, err)
	assert.Equal(t, "2024 m. kovo 2 d., šeštadienis", dateline.New(onDay(2024, 3, 2)).Format(l.String()))
	// Prose with words like the names, and a number and "d." that no
	// month precedes, is no date.
	for _, s := range []string{"Kovo mėnuo buvo šaltas.", "Jis gyveno 12 d. kaime.", "2000 m. aukščio kalnas"} {
		assert.Empty(t, dateline.Find(s), s)
	}
}

// TestSerbianCyrillic: Serbian's names in Cyrillic letters, from CLDR
// (sr_Cyrl), as its pages write them: the nominative after a dotted day
// and the genitive ("27. јануар", "26. децембра"), the year's point and
// "године", a capitalised weekday, and the accusative after "у".
func TestSerbianCyrillic(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"Недеља, 27. јануар 2019. године", "2019-01-27"},
		{"26. децембра 2022.", "2022-12-26"},
		{"петак, 15. март 2024.", "2024-03-15"},
		{"у суботу, 2. марта 2024. године", "2024-03-02"},
	})
	ms := dateline.Find("Нови Сад, 25. јануар 2019. године")
	require.Len(t, ms, 1)
	assert.Equal(t, "2019-01-25", ms[0].Dateline.Time.Format("2006-01-02"))
	l, err := dateline.LayoutOf("Недеља, 27. јануар 2019. године")
	require.NoError(t, err)
	assert.Equal(t, "Субота, 2. март 2024. године", dateline.New(onDay(2024, 3, 2)).Format(l.String()))
	for _, s := range []string{"Недеља је дан одмора.", "Март је пролећни месец."} {
		assert.Empty(t, dateline.Find(s), s)
	}
}

// TestLatvian: Latvian's names, from CLDR: the year first with its point
// and "gada" (of the year), the day with its point, and the month in the
// nominative, as CLDR writes it, or in the locative, as a sentence does
// ("2003. gada 16. martā", "27. oktobrī": in March, in October), and
// "plkst." (o'clock) before a time.
func TestLatvian(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"pirmdiena, 2006. gada 2. janvāris", "2006-01-02"},
		{"2003. gada 16. martā", "2003-03-16"},
		{"2024. gada 2. martā, sestdiena", "2024-03-02"},
		{"27. oktobrī 2019", "2019-10-27"},
		{"sestdiena, 2024. gada 7. decembrī plkst. 17:00", "2024-12-07"},
	})
	ms := dateline.Find("Pirms 15 gadiem, 2003. gada 16. martā ebreju organizācijas apvienojās")
	require.Len(t, ms, 1)
	assert.Equal(t, "2003-03-16", ms[0].Dateline.Time.Format("2006-01-02"))
	// A year and "gada" with no day and month after them, and the
	// months' words in prose, are no date.
	for _, s := range []string{"2003. gada pavasarī kopiena pulcējās.", "Marts bija auksts mēnesis.", "2003. gada 16. kopsapulce"} {
		assert.Empty(t, dateline.Find(s), s)
	}
}

// TestEstonian: Estonian's names, from CLDR, and the cases its sentences
// put a month in after the day: the genitive (24. detsembri), the
// adessive (22. jaanuaril: on 22 January) and the terminative after
// "kuni" (until: "2. kuni 9. detsembrini"); "kell" (o'clock) before a
// time.
func TestEstonian(t *testing.T) {
	checkDays(t, []struct{ in, day string }{
		{"esmaspäev, 2. jaanuar 2006", "2006-01-02"},
		{"22. jaanuaril 2013", "2013-01-22"},
		{"24. detsembri 2016", "2016-12-24"},
		{"reede, 15. märts 2024 kell 18.00", "2024-03-15"},
		{"2. kuni 9. detsembrini 2018", "2018-12-02"},
		{"laupäev, 5. oktoobril 2024", "2024-10-05"},
	})
	for _, s := range []string{"Märts oli külm kuu.", "Ta ootab kuni 9 aastat.", "Reede on hea päev."} {
		assert.Empty(t, dateline.Find(s), s)
	}
}
