package dateline_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFinalBegins: a verb of beginning that closes the clause after the
// date, as Turkish, Hungarian and German's subordinate clauses put it,
// says the date is the occasion's first day or its eve, not any of its
// days. "Sukot Bayramı, 6 Ekim'de başlıyor" (Sukkot begins on 6 October)
// was read in 2023, whose 6 October was Hoshana Rabba, with nothing said:
// the year is 2025, whose Sukkot began on that evening.
func TestFinalBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Sukot Bayramı, 6 Ekim'de başlıyor.", "2025-10-06", "15 Tishrei 5786"},
		{"Hanuka Bayramı 14 Aralık'ta başlıyor", "2025-12-14", "25 Kislev 5786"},
		{"A Pészah 2024. április 22-én kezdődik.", "2024-04-22", "15 Nisan 5784"},
		{"wenn Pessach am 22. April 2024 beginnt, ist", "2024-04-22", "15 Nisan 5784"},
	})
	// Not the first day nor its eve: the verb's error, not a day of
	// the festival's.
	for _, text := range []string{
		"Sukot Bayramı, 9 Ekim 2025'te başlıyor.",
		"wenn Pessach am 25. April 2024 beginnt.",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
		})
	}
	// A verb that does not close the clause has another subject: the
	// date is read as before, any of the festival's days.
	m := oneMatch(t, "Pesach, 25. April 2024 beginnt der Unterricht", heldoutRef)
	assert.Empty(t, severityCodes(m, dateline.Error))
}

// TestRangeEndOfOccasion: a range of days with its year that names an
// occasion ends on one of its days. "Hanukkah from Dec 7 through Dec 16,
// 2023" runs a day past Chanukah's last, 3 Tevet, and was read as its
// first day with nothing said. Sukkot's range may run to Shmini Atzeret
// and Simchat Torah, as pages count them in it, and a range of Simchat
// Torah to the Diaspora's day under the Israel option; a wrong first day
// is said once.
func TestRangeEndOfOccasion(t *testing.T) {
	for _, tc := range []struct {
		text  string
		opts  []dateline.Option
		codes []dateline.Code
	}{
		{"Hanukkah from Dec 7 through Dec 16, 2023", nil, []dateline.Code{dateline.CodeOccasion}},
		{"Hanukkah from Dec 7 through Dec 15, 2023", nil, nil},
		{"Sukkot: October 16-26, 2024", nil, []dateline.Code{dateline.CodeOccasion}},
		{"Sukkot: October 16-25, 2024", nil, nil},
		{"Souccot se tiendra du 17 au 24 octobre 2024", nil, nil},
		{"Pesach: April 22-30, 2024", nil, nil},
		{"Pesach: April 22-May 1, 2024", nil, []dateline.Code{dateline.CodeOccasion}},
		{"Pesach: April 20-30, 2024", nil, []dateline.Code{dateline.CodeOccasion}},
		{"Simchat Torah: October 24-25, 2024", []dateline.Option{dateline.Israel()}, nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, append([]dateline.Option{heldoutRef}, tc.opts...)...)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.codes, severityCodes(ms[0], dateline.Error))
		})
	}
}

// TestEndsVerbsMore: more verbs of a range's end after its first day,
// in the present and the future: Swedish "och pågår fram till den",
// Polish "i potrwa do", Portuguese "e deverá durar até", French "et
// s'achève le". "Święto rozpoczęło się w niedzielę, 22 grudnia i potrwa
// do poniedziałku, 30 grudnia" and "I år börjar ljusfesten idag den 18
// december och pågår fram till den 26 december" (incoming.tsv) were read
// as two datelines each.
func TestEndsVerbsMore(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Chanukka börjar den 14 december 2025 och pågår fram till den 22 december", "2025-12-14", "25 Kislev 5786"},
		{"Chanuka rozpocznie się w niedzielę, 14 grudnia 2025 i potrwa do poniedziałku, 22 grudnia", "2025-12-14", "25 Kislev 5786"},
		{"Hanoukka commence le 14 décembre 2025 et s'achève le 22 décembre", "2025-12-14", "25 Kislev 5786"},
		{"O Hanukkah começa em 14 de dezembro de 2025 e deverá durar até 22 de dezembro", "2025-12-14", "25 Kislev 5786"},
	})
}

// TestGodWillingAfterFalls: "with God's help" and "God willing" in their
// abbreviations (בעז"ה, אי"ה) after Hebrew's verb "will fall" join the
// occasion to its date, as "this year" (השנה) does there; a wrong
// weekday is still said.
func TestGodWillingAfterFalls(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{`פורים יחול בעז"ה ביום שישי, 14 במרץ 2025`, "2025-03-14", "14 Adar 5785"},
		{"פורים יחול אי״ה השנה ביום שישי, 14 במרץ 2025", "2025-03-14", "14 Adar 5785"},
	})
	m := oneMatch(t, `פורים יחול בעז"ה ביום שבת, 14 במרץ 2025`, heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
}

// TestRelativeAndCyrillicBegins: French's "qui" before a verb of
// beginning or falling, which Portuguese's weekday abbreviation (qui.,
// Thursday) took ("Pessah, qui commence le 22 avril 2024" read the date
// alone); Bulgarian's "на" (on) after its verb ("Ханука започва на 14
// декември 2025"); and Serbian's Cyrillic names ("Јом Кипур, који
// почиње 1. октобра 2025"), which were not read. A wrong day is still
// said, and "qui" with a dot is still Thursday.
func TestRelativeAndCyrillicBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Pessah, qui commence le 22 avril 2024", "2024-04-22", "15 Nisan 5784"},
		{"Pessah, qui tombe le 23 avril 2024", "2024-04-23", "15 Nisan 5784"},
		{"Ханука започва на 14 декември 2025", "2025-12-14", "25 Kislev 5786"},
		{"Јом Кипур, који почиње 1. октобра 2025", "2025-10-01", "10 Tishrei 5786"},
		{"Сукот 5786", "2025-10-07", "15 Tishrei 5786"},
	})
	for _, text := range []string{"Ханука започва на 20 декември 2025", "Pessah, qui commence le 25 avril 2024"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	m := oneMatch(t, "qui. 22 abr 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
}

// TestCountedRoshChodeshBareAdar: a counted Rosh Chodesh of a bare Adar
// in a leap year, with no civil date or weekday to say which Adar, has
// the warning a bare Adar has: "2nd day of Rosh Chodesh Adar 5784" was
// read as Adar II's with nothing said. Adar II named, a common year, or a
// civil date that shows it, need none.
func TestCountedRoshChodeshBareAdar(t *testing.T) {
	for _, tc := range []struct {
		text string
		warn bool
	}{
		{"2nd day of Rosh Chodesh Adar 5784", true},
		{"Second Day of Rosh Chodesh Adar 5784", true},
		{"2nd day of Rosh Chodesh Adar II 5784", false},
		{"2nd day of Rosh Chodesh Adar 5785", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.warn, slices.Contains(severityCodes(m, dateline.Warning), dateline.CodeAdarAmbiguous))
		})
	}
}

// TestEveBesideEveningDate: an eve named beside a weekday's evening and
// the Hebrew date that evening begins is the civil day's: "op
// woensdagavond 18 september, de 15e van de maand Tisjri (erev Soekot)"
// (incoming.tsv, 2013) was an error that Erev Sukkot is 14 Tishrei, not
// 15. Another day's evening is still an error.
func TestEveBesideEveningDate(t *testing.T) {
	for _, tc := range []struct {
		text  string
		codes []dateline.Code
	}{
		{"woensdagavond 18 september 2013, de 15e van de maand Tisjri (erev Soekot)", nil},
		{"Wednesday evening, September 18, 2013, 15 Tishrei 5774 (Erev Sukkot)", nil},
		{"Wednesday, September 18, 2013, 14 Tishrei 5774 (Erev Sukkot)", nil},
		{"Thursday evening, September 19, 2013, 16 Tishrei 5774 (Erev Sukkot)", []dateline.Code{dateline.CodeOccasion}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.codes, severityCodes(m, dateline.Error))
		})
	}
}

// TestHebrewYearGivesEve: an occasion with its Hebrew year and a civil
// day without one is read as its eve where the day is, as with a civil
// year: "Pessach 5784 (22. April)" (a made-up variant of the 121st
// held-out round's "Rosch Haschana 5774. (5. und 6. September)") was
// 22 April 2023, 1 Iyar 5783, with an occasion error, where 5784's 22
// April is Pesach's eve.
func TestHebrewYearGivesEve(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Pessach 5784 (22. April)", "2024-04-22", "15 Nisan 5784"},
		{"Pesach 5784, April 22", "2024-04-22", "15 Nisan 5784"},
		{"Pesach 5784, April 23", "2024-04-23", "15 Nisan 5784"},
	})
	m := oneMatch(t, "Pesach 5784, April 20", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
}

// TestYearGapOccasion: an occasion among the words between a year said
// as such and the date it heads, as the sentence's subject or after a
// verb of celebrating, right before the date or its range or before a
// verb of lasting or keeping, is the date's: "В 2022 году иудеи отмечают
// Хануку с 18 декабря по 28 декабря" (incoming.tsv, Gorod.lv) was the
// range alone, its end two days past Chanukah's with nothing said. After
// another word ("после Песаха", after Pesach) it stays text.
func TestYearGapOccasion(t *testing.T) {
	for _, tc := range []struct {
		text, heb string
		codes     []dateline.Code
	}{
		{"В 2022 году иудеи отмечают Хануку с 18 декабря по 28 декабря", "24 Kislev 5783", []dateline.Code{dateline.CodeOccasion}},
		{"В 2022 году иудеи отмечают Хануку с 18 декабря по 26 декабря", "25 Kislev 5783", nil},
		{"в 2025 году Ханука продлится с 1 по 8 декабря", "11 Kislev 5786", []dateline.Code{dateline.CodeOccasion}},
		{"В 2024 году Песах 25 мая", "17 Iyyar 5784", []dateline.Code{dateline.CodeOccasion}},
		{"В 2024 году после Песаха 25 мая мы", "17 Iyyar 5784", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Equal(t, tc.codes, severityCodes(m, dateline.Error))
		})
	}
}
