package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLabelBetweenParts: a label of a few words, set off by punctuation on
// both sides, between a dateline's date and its time or occasion, as
// schedules print them (the
// twenty-seventh coverage round): a service, a place, a heading. Before,
// the label ended the dateline, and its time or occasion was lost or read
// as a dateline of its own, in the nearest fitting year.
func TestLabelBetweenParts(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Real (testdata/corpus/incoming.tsv).
		{"Friday, September 15, Evening Service @ 7 pm", "2023-09-15", "19:00", "29 Elul 5783", false, false},
		{"Sreda, 24.septembar u 19 časova, SINAGOGA - Erev Roš hašana 5775", "2014-09-24", "19:00", "29 Elul 5774", false, false},
		{"Petak, 3. oktobar 2014. - Sinagoga, 18:00 EREV JOM KIPUR", "2014-10-03", "18:00", "9 Tishrei 5775", false, false},
		// Made up: several languages and scripts, a time or an occasion
		// after the label.
		{"Sunday, March 3, 2024, Mincha: 5:30 pm", "2024-03-03", "17:30", "23 Adar I 5784", false, true},
		{"Friday, September 15, Morning Prayers @ 9 am", "2023-09-15", "09:00", "29 Elul 5783", false, false},
		{"Dimanche 3 mars 2024 – Synagogue : 18h30", "2024-03-03", "18:30", "23 Adar I 5784", false, true},
		{"Sonntag, 3. März 2024 | Gottesdienst: 18:30 Uhr", "2024-03-03", "18:30", "23 Adar I 5784", false, true},
		{"Domingo 3 de marzo de 2024 - Templo Central, 18:30", "2024-03-03", "18:30", "23 Adar I 5784", false, true},
		{"3 марта 2024 г. | Синагога: 18:30", "2024-03-03", "18:30", "23 Adar I 5784", false, true},
		{"יום ראשון, 3 במרץ 2024 | ערבית: 18:30", "2024-03-03", "18:30", "23 Adar I 5784", false, true},
		{"Wednesday, October 2, 2024 - Great Shul - Erev Rosh Hashana", "2024-10-02", "", "29 Elul 5784", false, false},
	})
	// A label before a date (of either calendar: another event's), words
	// of the tables, prose without punctuation before the time, and more
	// words than a label has end the dateline, as before.
	for _, in := range []string{
		"Friday, September 15, we meet at 7 pm",
		"Friday, September 15, Mincha 7 pm",
		"Friday, September 15, Evening Service at the Great Synagogue downtown: 7 pm",
		"Friday, September 15, 2023 | News | September 16, 2023",
		"Friday, September 30, 2022 | Yom Chamishi, 5 Tishrei 5783",
		"Friday, September 15, 2023 | Evening Service | 18:00 | Mincha: 19:00",
		"March 5, 2024 3:12 pm; next meeting: Thursday, 4 Nisan 5784",
		"Monday, January 2, 2006 | Newsletter | 2 Tevet 5766",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.Reference(corpusReference))
			assert.False(t, rep.OK(), "%+v", rep.Dateline)
		})
	}
	// In free text, a label ends the dateline: the time after it may be
	// another event's.
	ms := dateline.Find("On Friday, September 15, the choir sings: 7 pm.", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.False(t, ms[0].Dateline.HasTime)
}

// TestDateWrittenTwice: one day written in digits and again in words (or
// in words, then in digits) after a comma, as an archive heads an article
// with its paper's date and spells it out, is one dateline; the date in
// words settles the order of the one in digits, which is then no longer
// ambiguous. Before, each was a dateline of its own, and the numeric one
// of "6/11/2011, 6 novembre 2011" was read month first with a warning.
func TestDateWrittenTwice(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Made up (the real row, "l’Unità 20/9/2001, 20 settembre 2001",
		// has a paper's name before it: see below).
		{"20/9/2001, 20 settembre 2001", "2001-09-20", "", "3 Tishrei 5762", false, true},
		{"6/11/2011, 6 novembre 2011", "2011-11-06", "", "9 Cheshvan 5772", false, true}, // French's or Italian's: no layout

		{"11/6/2011, November 6, 2011", "2011-11-06", "", "9 Cheshvan 5772", false, true},
		{"6 novembre 2011, 6/11/2011", "2011-11-06", "", "9 Cheshvan 5772", false, true}, // French's or Italian's: no layout

		{"06.11.2011, 6. November 2011", "2011-11-06", "", "9 Cheshvan 5772", false, true},
		{"6-11-2011, 6 de noviembre de 2011", "2011-11-06", "", "9 Cheshvan 5772", false, true},
		{"06/11/2011, 6 ноября 2011", "2011-11-06", "", "9 Cheshvan 5772", false, true},
	})
	ref := dateline.Reference(corpusReference)
	ms := dateline.Find("l’Unità 20/9/2001, 20 settembre 2001", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "2001-09-20", ms[0].Dateline.Time.Format("2006-01-02"))
	// Two dates that name different days, or years, or are written the
	// same way, are two datelines: the second is no repeat.
	for _, in := range []string{
		"6/11/2011, 7 novembre 2011",
		"5/4/2012, 3 avril 2012",
		"6/11/2011, 6 novembre 2012",
		"6/11/2011, 6/11/2011",
		"6 novembre 2011, 6 novembre 2011",
		"6/11/2011, dimanche 6 novembre 2011",
		"20/9/2001, 19-20 settembre 2001",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			assert.False(t, rep.OK(), "%+v", rep.Dateline)
			assert.Len(t, dateline.Find(in, ref), 2)
		})
	}
}

// TestBylineAfterNumericDate: in free text, a byline's "by" in a language
// that writes a numeric date day first, right after an ambiguous numeric
// date ("06/11/2011 | par Lori Palatnik"), settles it day first, as a word
// of such a language before it does ("le 06/11/2011"). English's "by", a
// word that starts a name, or one farther on, settles nothing: the date
// stays warned.
func TestBylineAfterNumericDate(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{
		"06/11/2011 | par Lori Palatnik", // real (incoming.tsv)
		"06/11/2011 par Lori Palatnik",
		"06/11/2011 - por Ana García",
		"06/11/2011 · di Mario Rossi",
		"06/11/2011 | von Anna Schmidt",
		"06/11/2011 | door Jan de Vries",
		"06/11/2011, przez Jan Kowalski",
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, "2011-11-06", ms[0].Dateline.Time.Format("2006-01-02"))
			assert.True(t, ms[0].OK())
			for _, p := range ms[0].Problems {
				assert.NotEqual(t, dateline.CodeDateAmbiguous, p.Code)
			}
		})
	}
	for _, in := range []string{
		"06/11/2011 | by Lori Palatnik",
		"06/11/2011 | Paris",
		"06/11/2011 | parade downtown",
		"06/11/2011 par",
		"06/11/2011 | news par Lori",
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			require.Len(t, ms, 1)
			ambiguous := false
			for _, p := range ms[0].Problems {
				ambiguous = ambiguous || p.Code == dateline.CodeDateAmbiguous
			}
			assert.True(t, ambiguous, "%+v", ms[0].Problems)
		})
	}
}

// TestGlossedMonth: a Hebrew month named by a name the tables do not have,
// a capitalised word glossed right after it by the usual name in brackets,
// as sacred-name sites print the biblical names ("25 Eythaniym (Tishrei)",
// Abiyb, Ziv, Bul), is the glossed month, in a whole dateline. Before, the
// Hebrew date was not read, and its calendar went unchecked. A layout
// cannot write such a name for other months: LayoutOf refuses it.
func TestGlossedMonth(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		{"23 Eythaniym (Tishrei) 5784", "2023-10-08", "", "23 Tishrei 5784", false, false},
		{"Tuesday, 15 Abiyb (Nisan), 5784", "2024-04-23", "", "15 Nisan 5784", false, false},
		{"Monday, 22 April 2024 | 14 Abiyb (Nisan) 5784", "2024-04-22", "", "14 Nisan 5784", false, false},
		{"1 Ziv (Iyyar) 5784", "2024-05-09", "", "1 Iyyar 5784", false, false},
		{"Sábado 9 Noviembre, 2024 | 8 Bul (Jeshvan)", "2024-11-09", "", "8 Cheshvan 5785", false, false},
		{"23 Eythaniym (תשרי) 5784", "2023-10-08", "", "23 Tishrei 5784", false, false},
	})
	ref := dateline.Reference(corpusReference)
	// Real (incoming.tsv): the page's Tishrei is a month early.
	rep := dateline.Check("28 Septiembre, 2024 | 25 Eythaniym (Tishrei)", ref)
	require.False(t, rep.OK())
	assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
	for _, in := range []string{
		"23 killed (Tishrei)",
		"23 eythaniym (Tishrei) 5784",
		"23 Eythaniym Tishrei 5784",
		"23 Eythaniym (Tishrei 5784)",
		"23 Eythaniym (October) 2023",
	} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, ref).OK())
		})
	}
	// Free text: the gloss is prose's.
	for _, m := range dateline.Find("Officials said 23 Dead (Tishrei) in the report.", ref) {
		assert.True(t, m.Dateline.Hebrew.IsZero() || !m.OK(), "%+v", m)
	}
	_, err := dateline.LayoutOf("23 Eythaniym (Tishrei) 5784")
	require.Error(t, err)
	assert.ErrorIs(t, err, dateline.ErrSyntax)
}

// TestCompoundWeekday: a day of the year named by a compound whose last
// part is its weekday, as German, Dutch, Swedish and Finnish join them
// ("Fastlagssöndagen den 19 februari", Shrove Sunday), is that weekday,
// checked against the date like any, in a whole dateline. Before, the
// word was no date and the line was not read. A language that writes
// such names apart takes no part, and a layout, which writes every day,
// cannot write it: LayoutOf refuses it.
func TestCompoundWeekday(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Real (incoming.tsv): a Sunday in 2023, the nearest fitting year.
		{"Fastlagssöndagen den 19 februari", "2023-02-19", "", "28 Shevat 5783", false, false},
		// Made up.
		{"Rosenmontag, 12. Februar 2024", "2024-02-12", "", "3 Adar I 5784", false, false},
		{"Ostersonntag, 31. März 2024", "2024-03-31", "", "21 Adar II 5784", false, false},
		{"Paaszondag 31 maart 2024", "2024-03-31", "", "21 Adar II 5784", false, false},
		{"pääsiäissunnuntai 31. maaliskuuta 2024", "2024-03-31", "", "21 Adar II 5784", false, false},
	})
	ref := dateline.Reference(corpusReference)
	// The weekday is checked.
	rep := dateline.Check("Rosenmontag, 13. Februar 2024", ref)
	require.False(t, rep.OK())
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	for _, in := range []string{
		"Weekendsamedi 3 mars 2024", // French writes its names apart
		"Blacksunday, March 3, 2024",
		"Rosenmo, 12. Februar 2024", // an abbreviation
		"Somontag, 12. Februar 2024",
	} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, ref).OK())
		})
	}
	_, err := dateline.LayoutOf("Rosenmontag, 12. Februar 2024")
	require.Error(t, err)
	assert.ErrorIs(t, err, dateline.ErrSyntax)
	// A layout of the weekday alone is one.
	_, err = dateline.LayoutOf("Montag, 12. Februar 2024")
	assert.NoError(t, err)
}
