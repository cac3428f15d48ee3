package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// rangeCase is a line whose one match must run from its first day to the
// range's end.
type rangeCase struct{ text, day, end string }

func checkRangeCases(t *testing.T, cases []rangeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1, "one match, from the range's first day")
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly), "%q", m.Input)
			assert.True(t, strings.HasSuffix(m.Input, tc.end), "the match %q runs to the range's end", m.Input)
		})
	}
}

// TestAfternoonRangeEnd: a range whose end the Romance languages give as
// the afternoon of its last day, "a tarde de" (Portuguese), "la tarde
// del" (Spanish), "la tarda del" (Catalan), "il pomeriggio del"
// (Italian), as an occasion's hours are given from one afternoon to the
// next: "O Dia de Yom Kipur assinala-se na tarde de 15 de setembro até a
// tarde de 16 de setembro de 2021" (Eu quero saber tudo, the
// seventy-fifth held-out round). The end was read alone, September 16,
// the range's last day for its first, with nothing said. Portuguese's
// article joined to its preposition, "à" and "ao", before the evening had
// the same fault ("até à noite de 16", "até ao anoitecer de 16", read as
// the 16th's evening). The afternoon is before sunset: it says nothing of
// the Hebrew day. Without a day after it, or after no word for "until",
// the afternoon is prose.
func TestAfternoonRangeEnd(t *testing.T) {
	checkRangeCases(t, []rangeCase{
		{"O Dia de Yom Kipur assinala-se na tarde de 15 de setembro até a tarde de 16 de setembro de 2021.", "2021-09-15", "16 de setembro de 2021"},
		{"15 de setembro até a tarde de 16 de setembro de 2021", "2021-09-15", "16 de setembro de 2021"},
		{"desde la tarde del 15 de septiembre hasta la tarde del 16 de septiembre de 2021", "2021-09-15", "16 de septiembre de 2021"},
		{"de la tarda del 15 de setembre fins a la tarda del 16 de setembre de 2021", "2021-09-15", "16 de setembre de 2021"},
		{"dal pomeriggio del 15 settembre al pomeriggio del 16 settembre 2021", "2021-09-15", "16 settembre 2021"},
		{"15 de setembro até à noite de 16 de setembro de 2021", "2021-09-15", "16 de setembro de 2021"},
		{"ao pôr do sol de 15 de setembro até ao anoitecer de 16 de setembro de 2021", "2021-09-15", "16 de setembro de 2021"},
	})
	for _, text := range []string{
		"15 de setembro de 2021 até a tarde",        // no day after it
		"15 de setembre de 2021 fins a la tarda",    // no day after it
		"Na tarde de 16 de setembro de 2021 choveu", // no range: the day alone
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.NotContains(t, ms[0].Input, "tard", "no range's end of the afternoon")
			want := "2021-09-15"
			if strings.HasPrefix(text, "Na tarde") {
				want = "2021-09-16"
			}
			assert.Equal(t, want, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.False(t, ms[0].Dateline.Time.Hour() != 0)
		})
	}
	// The afternoon at a range's end leaves the first day's Hebrew date
	// the civil day's own; the evening at its start still advances it.
	ms := dateline.Find("15 de setembro até a tarde de 16 de setembro de 2021", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "9 Tishrei 5782", ms[0].Dateline.Hebrew.String())
}

// TestCatalanFinsRange: Catalan's "fins" (until) with its article, "fins
// al", "fins a", joining a range's end to its start: "del 3 fins al 26 de
// setembre de 2023", as Catalan programmes of the days of Jewish culture
// write them, seen in the seventy-fifth round's searches. The end was read
// alone, its day for the range's first, with nothing said. The word joins
// only a day: before an hour or a count, the date keeps its own day.
func TestCatalanFinsRange(t *testing.T) {
	checkRangeCases(t, []rangeCase{
		{"del 3 fins al 26 de setembre de 2023", "2023-09-03", "26 de setembre de 2023"},
		{"Activitat del 3 fins al 26 de setembre de 2023 a Palma", "2023-09-03", "26 de setembre de 2023"},
		{"15 de setembre fins al 16 de setembre de 2021", "2021-09-15", "16 de setembre de 2021"},
		{"del 15 fins al 16 de setembre de 2021", "2021-09-15", "16 de setembre de 2021"},
	})
	for _, tc := range []struct{ text, day string }{
		{"15 de setembre de 2021 fins a 20 persones", "2021-09-15"},
		{"El concert és a les 19 h fins a les 21 h, el 15 de setembre de 2021", "2021-09-15"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.NotContains(t, ms[0].Input, "fins")
		})
	}
}

// TestAndUntilRange: "and" before the word for "until" ("y hasta el", "e
// até", "i fins al", "und bis"), and the word for "day" between "until"
// and the end's number ("até o dia 7", "hasta el día 7", "fins al dia 7",
// "al giorno 7"), as Spanish, Portuguese, Catalan, German and Italian
// pages give an event's or a holiday season's last day: "a partir del 22
// de desembre i fins al dia 7 de gener", seen in the seventy-fifth round's
// searches (Diari de Girona). The end was read alone, its day for the
// range's first, with nothing said. "Até o dia seguinte" (until the next
// day) is prose, and "y el" before a weekday is still a pair.
func TestAndUntilRange(t *testing.T) {
	checkRangeCases(t, []rangeCase{
		{"del 22 de diciembre y hasta el 7 de enero de 2021", "2020-12-22", "7 de enero de 2021"},
		{"de 22 de dezembro e até 7 de janeiro de 2021", "2020-12-22", "7 de janeiro de 2021"},
		{"vom 22. Dezember und bis 7. Januar 2021", "2020-12-22", "7. Januar 2021"},
		{"a partir del 22 de desembre i fins al dia 7 de gener de 2021", "2020-12-22", "7 de gener de 2021"},
		{"de 22 de dezembro até o dia 7 de janeiro de 2021", "2020-12-22", "7 de janeiro de 2021"},
		{"del 22 de diciembre hasta el día 7 de enero de 2021", "2020-12-22", "7 de enero de 2021"},
		{"dal 22 dicembre al giorno 7 gennaio 2021", "2020-12-22", "7 gennaio 2021"},
	})
	ms := dateline.Find("15 de setembro de 2021 e até o dia seguinte", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "15 de setembro de 2021", ms[0].Input)
	ms = dateline.Find("domingo 15 y el lunes 16 de septiembre de 2024", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2024-09-15", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
}

// TestMinuteSuffix: Portuguese's hour with "h" and "min", "18h49min", as
// Brazilian pages and Portuguese Wikipedia's revision stamps write it:
// "Revisão das 18h49min de 23 de maio de 2024" (a diff of Portuguese
// Wikipedia's "Adar", the seventy-fifth held-out round), read as the date
// without its time. "min" glued to the minutes is text of the time, as
// "m" is (19h59m); a longer word ("minutos") is not, and the time is left
// out rather than guessed.
func TestMinuteSuffix(t *testing.T) {
	for _, tc := range []struct{ text, clock string }{
		{"Revisão das 18h49min de 23 de maio de 2024", "18:49"},
		{"Esta página foi editada pela última vez às 18h49min de 23 de maio de 2024.", "18:49"},
		{"23 de maio de 2024, 18h49min", "18:49"},
		{"23 de maio de 2024 às 9h30min", "09:30"},
		{"23 de maio de 2024 às 19h59m", "19:59"},
		{"18h49minutos de 23 de maio de 2024", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, "2024-05-23", m.Dateline.Time.Format(time.DateOnly))
			if tc.clock == "" {
				assert.False(t, m.Dateline.HasTime, "%q", m.Input)
				return
			}
			require.True(t, m.Dateline.HasTime, "%q", m.Input)
			assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
		})
	}
}

// TestItalianFinoRange: Italian's "fino al" (until the), as Catalan's
// "fins al": "dal 22 dicembre fino al 7 gennaio 2021" (round 75's
// report) was its end alone, January 7, with nothing said; it is one
// range from its first day, in the year before its end's where the
// months run over the year's end, "e fino al" too.
func TestItalianFinoRange(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"dal 22 dicembre fino al 7 gennaio 2021", "2020-12-22"},
		{"dal 3 fino al 26 settembre 2024", "2024-09-03"},
		{"dal 22 dicembre 2020 fino al 7 gennaio 2021", "2020-12-22"},
		{"dal 22 aprile e fino al 30 aprile 2024", "2024-04-22"},
	} {
		m := findOneOK(t, tc.text, heldoutRef)
		assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly), tc.text)
		assert.True(t, strings.HasSuffix(tc.text, tc.text[m.Start:m.End]), "%q: the match runs to the range's end", tc.text)
	}
	// Without its start, "fino al" is the words before a date.
	m := findOneOK(t, "fino al 7 gennaio 2021", heldoutRef)
	assert.Equal(t, "2021-01-07", m.Dateline.Time.Format(time.DateOnly))
}

// TestFromTheEveningOf: Portuguese "da noite de" (from the evening of),
// the article joined to "de", before a range's first day after an
// occasion: "O Yom Kipur começa da noite de 15 de setembro até a tarde de
// 16 de setembro de 2021" was read from the 15th with its own Hebrew
// date, 9 Tishrei, and nothing said (found beside round 75's afternoon
// class); "na noite de" was read already.
func TestFromTheEveningOf(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"O Yom Kipur começa da noite de 15 de setembro até a tarde de 16 de setembro de 2021.", "2021-09-15", "10 Tishrei 5782"},
		{"O Yom Kipur começa na noite de 15 de setembro de 2021.", "2021-09-15", "10 Tishrei 5782"},
	})
}
