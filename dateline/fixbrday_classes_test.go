package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// brRef is a page's date, as a scraper gives it (dateline.Reference).
func brRef(day string) dateline.Option {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		panic(err)
	}
	return dateline.Reference(t)
}

// TestFixBrdayWeekdayAndBracketedDay: a weekday and its day of the month
// alone in brackets, with no month or year, the page's date saying which
// week, as Brazilian news name the day they speak of: "nesta terça-feira
// (2)" (R7, April 2024), "Neste domingo (18)", "na noite desta
// sexta-feira (27)", "ao pôr do sol desta quarta-feira (1º)", "neste
// domingo (22), às 18h" (testdata/corpus/incoming.tsv). The reader found
// nothing in them. The day is the one of the reference's month, the month
// before or the month after, whose weekday is the one named, the nearest
// to the reference, with an info that the text names no month or year;
// each answer checked with hd.
func TestFixBrdayWeekdayAndBracketedDay(t *testing.T) {
	cases := []struct{ text, ref, want, heb string }{
		// The corpus rows' shapes, with made-up days and references.
		{"nesta quinta-feira (7)", "2024-03-08", "2024-03-07", "27 Adar I 5784"},
		{"Neste sábado (30)", "2024-03-29", "2024-03-30", "20 Adar II 5784"},
		{"segunda-feira (1º)", "2024-07-02", "2024-07-01", "25 Sivan 5784"},
		{"nesta terça (5)", "2024-11-04", "2024-11-05", "4 Cheshvan 5785"},
		{"3ª feira (5)", "2024-11-04", "2024-11-05", "4 Cheshvan 5785"},
		{"terça-feira (05)", "2024-11-04", "2024-11-05", "4 Cheshvan 5785"},
		{"terça-feira (5ª)", "2024-11-04", "2024-11-05", "4 Cheshvan 5785"},
		// Spanish and Italian weekdays.
		{"este martes (5)", "2024-11-04", "2024-11-05", "4 Cheshvan 5785"},
		{"martedì (5)", "2024-11-04", "2024-11-05", "4 Cheshvan 5785"},
		// Across a month's end and a year's.
		{"nesta quarta-feira (31)", "2024-08-01", "2024-07-31", "25 Tammuz 5784"},
		{"nesta sexta-feira (1º)", "2024-10-30", "2024-11-01", "30 Tishrei 5785"},
		{"neste domingo (31)", "2024-01-02", "2023-12-31", "19 Tevet 5784"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, brRef(tc.ref))
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, reportCodes(rep, dateline.Info))
			assert.Empty(t, reportCodes(rep, dateline.Warning))
		})
	}
	// A time after it is read as for other datelines.
	rep := dateline.Check("neste sábado (16), às 20h", brRef("2024-03-15"))
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-03-16 20:00", rep.Dateline.Time.Format("2006-01-02 15:04"))
	assert.Equal(t, "6 Adar II 5784", rep.Dateline.Hebrew.String())
}

// TestFixBrdayInText: Find reads the shape in the corpus rows' sentences
// and in made-up ones, the weekday and the bracket, as it reads "na noite
// desta terça-feira (16/12)": the words before the weekday ("desta", "na
// noite desta", "no fim da tarde deste") are prose to it, as they are
// before a day and month in brackets, and the day is the civil day.
func TestFixBrdayInText(t *testing.T) {
	cases := []struct{ text, ref, match, day, heb string }{
		{"Milhares de israelenses foram às ruas da capital Jerusalém, nesta terça-feira (2), para protestar",
			"2024-04-03", "terça-feira (2)", "2024-04-02", "23 Adar II 5784"},
		{"Neste domingo (18), o corpo do renomado apresentador Silvio Santos foi sepultado",
			"2024-08-18", "domingo (18)", "2024-08-18", "14 Av 5784"},
		{"Um ataque a tiros em uma sinagoga matou ao menos sete pessoas na noite desta sexta-feira (27).",
			"2023-01-28", "sexta-feira (27)", "2023-01-27", "5 Shevat 5783"},
		{"Começa ao pôr do sol desta quarta-feira (1º) a celebração do Yom Kippur",
			"2025-10-01", "quarta-feira (1º)", "2025-10-01", "9 Tishrei 5786"},
		// The year that begins on the day is read as beginning at its
		// sunset (see TestFixincromMonthlessYearBegins).
		{"O ano que começa nesta sexta-feira (15) é o 5.784.",
			"2023-09-14", "sexta-feira (15)", "2023-09-15", "1 Tishrei 5784"},
		{"O encontro foi na noite desta segunda-feira (1º), em São Paulo.",
			"2024-07-02", "segunda-feira (1º)", "2024-07-01", "25 Sivan 5784"},
		{"A festa, que começa no fim da tarde desta sexta-feira (8)?",
			"2024-03-08", "sexta-feira (8)", "2024-03-08", "28 Adar I 5784"},
		{"O ato desta terça (5) reuniu mil pessoas.",
			"2024-11-04", "terça (5)", "2024-11-05", "4 Cheshvan 5785"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, brRef(tc.ref))
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	// A time after it.
	ms := dateline.Find("a comunidade estará reunida neste domingo (22), às 18h, na Sinagoga", brRef("2019-12-20"))
	require.Len(t, ms, 1)
	assert.Equal(t, "2019-12-22 18:00", ms[0].Dateline.Time.Format("2006-01-02 15:04"))
	assert.Equal(t, "24 Kislev 5780", ms[0].Dateline.Hebrew.String())
}

// TestFixBrdayNearest: of the three months around the reference, the day
// nearest it; a day more than a week away ("nesta" says this week) is
// warned of. February 2 and March 2, 2025 are both Sundays.
func TestFixBrdayNearest(t *testing.T) {
	cases := []struct {
		text, ref, want string
		warned          bool
	}{
		{"neste domingo (2)", "2025-02-20", "2025-03-02", true},
		{"neste domingo (2)", "2025-02-10", "2025-02-02", true},
		{"neste domingo (2)", "2025-02-05", "2025-02-02", false},
		{"neste domingo (2)", "2025-02-27", "2025-03-02", false},
		{"nesta terça-feira (2)", "2024-04-20", "2024-04-02", true},
		{"nesta terça-feira (2)", "2024-04-09", "2024-04-02", false},
	}
	for _, tc := range cases {
		t.Run(tc.text+" "+tc.ref, func(t *testing.T) {
			rep := dateline.Check(tc.text, brRef(tc.ref))
			assert.Empty(t, reportCodes(rep, dateline.Error), "%v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format(time.DateOnly))
			if tc.warned {
				assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, reportCodes(rep, dateline.Warning))
			} else {
				assert.Empty(t, reportCodes(rep, dateline.Warning))
			}
		})
	}
}

// TestFixBrdayNoFit: where no month around the reference has the day on
// the weekday named, the dateline is an error, never a day further away:
// a wrong weekday (April 2, 2024 is a Tuesday), or a reference that is
// not the page's date (the Tuesday the 2nd before September 10, 2024 is
// July's, two months back).
func TestFixBrdayNoFit(t *testing.T) {
	for _, tc := range []struct{ text, ref string }{
		{"nesta segunda-feira (2)", "2024-04-03"},
		{"nesta terça-feira (2)", "2024-09-10"},
		{"neste domingo (31)", "2024-06-15"},
		{"neste sábado (30)", "2025-02-15"}, // no February 30, and neither January's nor March's is a Saturday
	} {
		t.Run(tc.text+" "+tc.ref, func(t *testing.T) {
			rep := dateline.Check(tc.text, brRef(tc.ref))
			assert.False(t, rep.OK())
			assert.True(t, rep.Dateline.Time.IsZero())
			assert.ErrorIs(t, rep.Err(), dateline.ErrWeekday)
			ms := dateline.Find("Foi "+tc.text+".", brRef(tc.ref))
			if assert.Len(t, ms, 1) {
				assert.ErrorIs(t, ms[0].Err(), dateline.ErrWeekday)
			}
		})
	}
}

// TestFixBrdayNearMisses: a number in brackets that is no day of this
// shape stays as it was. English writes no day so: after its weekday, a
// number in brackets is a footnote's or a count's; nor is a weekday's
// abbreviation read before one. A count or a score in
// the bracket, a month after it, or a word other than a weekday before it
// is no date; a bracket with its month reads as before.
func TestFixBrdayNearMisses(t *testing.T) {
	ref := brRef("2024-04-03")
	checkUnread(t, ref,
		"capítulo (2)",
		"Tuesday (2)",
		"Tuesday (2 people)",
		"terça-feira (2 a 0)",
		"terça-feira (2 mortos)",
		"terça-feira (2) de abril",
		"terça-feira (32)",
		"terça-feira (0)",
		// A weekday's abbreviation, a word of prose as often.
		"Mi (2)",
		"dom (2)",
		"ter (5)",
	)
	for _, text := range []string{"O Flamengo venceu na terça-feira (2 a 0).", "See Tuesday (2) below.", "Leia o capítulo (2) amanhã."} {
		assert.Empty(t, dateline.Find(text, ref), text)
	}
	checkWholeDays(t, ref, []struct{ text, want string }{
		{"terça-feira (2/4)", "2024-04-02"},
		{"terça-feira (2 de abril)", "2024-04-02"},
		{"domingo (14/4)", "2024-04-14"},
	})
}

// TestFixBrdayLayout: the layout learnt from the shape writes the weekday
// and the day in brackets, "terça-feira (2)" for another day, and a
// Reader that has read it once reads it again, and the bracket with its
// month, alike.
func TestFixBrdayLayout(t *testing.T) {
	rep := dateline.Check("nesta terça-feira (2)", brRef("2024-04-03"))
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "nesta segunda-feira (2)", rep.Layout)
	d, err := dateline.Parse("2024-11-05")
	require.NoError(t, err)
	assert.Equal(t, "nesta terça-feira (5)", d.Format(rep.Layout))

	rep = dateline.Check("neste domingo (22), às 18h", brRef("2019-12-20"))
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "neste segunda-feira (2), às 15h", rep.Layout)

	rd := dateline.NewReader(brRef("2024-04-03"))
	for range 2 {
		rep := rd.Check("nesta terça-feira (2)")
		assert.True(t, rep.OK(), "%v", rep.Problems)
		assert.Equal(t, "2024-04-02", rep.Dateline.Time.Format(time.DateOnly))
	}
	rep = rd.Check("nesta quinta-feira (4)")
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-04-04", rep.Dateline.Time.Format(time.DateOnly))
	rep = rd.Check("nesta segunda-feira (2)")
	assert.ErrorIs(t, rep.Err(), dateline.ErrWeekday)
	rep = rd.Check("nesta terça-feira (2/4)")
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-04-02", rep.Dateline.Time.Format(time.DateOnly))
	rep = rd.Check("nesta terça-feira (9)")
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-04-09", rep.Dateline.Time.Format(time.DateOnly))
}
