package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEvening: a dateline that names a day's evening (Motzei Shabbat,
// Saturday night, ליל ראשון, samedi soir, the evening of, la noche del,
// or after the date abends, at sundown) is that civil day's evening,
// whose Hebrew date, from sunset, is the next day's: it is the dateline's
// own, with no warning, and the civil day's Hebrew date beside the evening
// is the after-sunset warning. "Motzei Shabbat, March 23, 2024" was 13
// Adar II 5784, the Shabbat's, where its evening is Purim night, and
// Check warned of the right Hebrew date and passed the wrong one.
func TestEvening(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	newYork, err := dateline.City("New York")
	require.NoError(t, err)
	after := []dateline.Code{dateline.CodeAfterSunset}
	tests := []struct {
		in     string
		opts   []dateline.Option
		hebrew string
		codes  []dateline.Code // of Info or worse, beyond year-inferred
	}{
		// The civil date alone: the evening's Hebrew date.
		{"Motzei Shabbat, March 23, 2024", nil, "14 Adar II 5784", nil},
		{"Motzoei Shabbos, March 23, 2024", nil, "14 Adar II 5784", nil},
		{"Saturday night, March 23, 2024", nil, "14 Adar II 5784", nil},
		{"Sat. night, March 23", nil, "14 Adar II 5784", nil},
		{"Saturday evening, March 23, 2024 8:00 pm", nil, "14 Adar II 5784", nil},
		{"מוצאי שבת, 23.03.2024", nil, "14 Adar II 5784", nil},
		{"מוצ״ש, 23.03.2024", nil, "14 Adar II 5784", nil},
		{"ליל ראשון, 23.03.2024", nil, "14 Adar II 5784", nil},
		{"samedi soir 23 mars 2024", nil, "14 Adar II 5784", nil},
		{"Samstagabend, 23. März 2024", nil, "14 Adar II 5784", nil},
		{"23. März 2024 abends", nil, "14 Adar II 5784", nil},
		{"the evening of March 23, 2024", nil, "14 Adar II 5784", nil},
		{"la noche del 23 de marzo de 2024", nil, "14 Adar II 5784", nil},
		{"le soir du samedi 23 mars 2024", nil, "14 Adar II 5784", nil},
		{"с вечера 23 марта 2024 года", nil, "14 Adar II 5784", nil},
		{"sundown March 23, 2024", nil, "14 Adar II 5784", nil},
		{"March 23, 2024 at sundown", nil, "14 Adar II 5784", nil},
		{"March 23, 2024 at sundown (14 Adar II 5784)", nil, "14 Adar II 5784", nil},
		{"March 23, 2024 at sundown (13 Adar II 5784)", nil, "13 Adar II 5784", after},
		// Both calendars: the evening's Hebrew date is right.
		{"Motzei Shabbat, March 23, 2024 | 14 Adar II 5784", nil, "14 Adar II 5784", nil},
		{"Saturday night, March 23, 2024 | 14 Adar II 5784", nil, "14 Adar II 5784", nil},
		{"מוצאי שבת, י״ד אדר ב׳ תשפ״ד (23.03.2024)", nil, "14 Adar II 5784", nil},
		{"Motzei Shabbat, March 23, 2024 | 13 Adar II 5784", nil, "13 Adar II 5784", after},
		{"Saturday night, March 23, 2024 | 13 Adar II 5784", nil, "13 Adar II 5784", after},
		{"מוצאי שבת, י״ג אדר ב׳ תשפ״ד (23.03.2024)", nil, "13 Adar II 5784", after},
		{"Motzei Shabbat, March 23, 2024 | 15 Adar II 5784", nil, "15 Adar II 5784", []dateline.Code{dateline.CodeCalendar}},
		// The Hebrew date alone: its evening is the civil day before.
		{"Motzei Shabbat, 14 Adar II 5784", nil, "14 Adar II 5784", nil},
		{"ליל ראשון, י״ד אדר ב׳ תשפ״ד", nil, "14 Adar II 5784", nil},
		{"Motzei Shabbat, 13 Adar II 5784", nil, "13 Adar II 5784", after},
		// Unchanged: a day without an evening, a site's Hebrew date
		// advanced after sunset, and a time read by a sunset rule.
		{"Saturday, March 23, 2024", nil, "13 Adar II 5784", nil},
		{"Saturday, March 23, 2024 | 14 Adar II 5784", nil, "14 Adar II 5784", after},
		{"Saturday night, March 23, 2024 8:00 pm", []dateline.Option{dateline.Sunset(newYork)}, "14 Adar II 5784", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, append([]dateline.Option{ref}, tc.opts...)...)
			assert.Equal(t, "2024-03-23", rep.Dateline.Time.Format("2006-01-02"), "civil day: %+v", rep.Problems)
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String(), "%+v", rep.Problems)
			var codes []dateline.Code
			for _, p := range rep.Problems {
				if p.Code != dateline.CodeYearInferred {
					codes = append(codes, p.Code)
				}
			}
			assert.Equal(t, tc.codes, codes, "%+v", rep.Problems)
		})
	}
}

// TestFindEvening: free text's evening is read as a whole dateline's is
// (the README's scan example).
func TestFindEvening(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	ms := dateline.Find("The megillah reading is on Saturday night, March 23rd, and the", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "Saturday night, March 23rd", ms[0].Input)
	assert.Equal(t, "14 Adar II 5784", ms[0].Dateline.Hebrew.String())
	assert.Equal(t, "2024-03-23", ms[0].Dateline.Time.Format("2006-01-02"))
}

// TestLayoutOfMotzei: Motzei Shabbat names Saturday's evening alone, so
// no layout writes it: the layout of "Motzei Shabbat, March 23, 2024"
// wrote "Motzei Yom Rishon" on a Sunday, words no one writes. A weekday's
// evening every day has (Saturday night, ליל ראשון) stays a layout.
func TestLayoutOfMotzei(t *testing.T) {
	for _, ex := range []string{
		"Motzei Shabbat, March 23, 2024",
		"Motzoei Shabbos, 14 Adar II 5784",
		"מוצאי שבת, 23.03.2024",
		"מוצ״ש י״ד אדר ב׳ תשפ״ד",
	} {
		t.Run(ex, func(t *testing.T) {
			_, err := dateline.LayoutOf(ex)
			var pe *dateline.ProblemError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, dateline.CodeSyntax, pe.Problem.Code)
		})
	}
	for _, ex := range []string{"Motzei Yom Sheni, January 2, 2006", "Motzei Shabbat, January 2, 2006"} {
		_, err := dateline.Compile(ex)
		assert.Error(t, err, ex)
	}
	sunday := time.Date(2024, time.March, 24, 0, 0, 0, 0, time.UTC)
	for ex, want := range map[string]string{
		"Saturday night, March 23, 2024": "Sunday night, March 24, 2024",
		"ליל ראשון, 23.03.2024":          "ליל שני, 24.03.2024",
	} {
		l, err := dateline.LayoutOf(ex)
		require.NoError(t, err, ex)
		assert.Equal(t, want, l.Format(sunday, dateline.New(sunday).Hebrew), ex)
	}
}

// TestEveningLayout: a layout written by example from an evening writes
// the evening's Hebrew date, the next day's, for a dateline made by New
// on that civil day (whose Hebrew date is the day's) as for one read from
// an evening's text (whose Hebrew date is already the evening's): never
// the day's Hebrew date beside the evening's words, which reads back as
// an after-sunset warning.
func TestEveningLayout(t *testing.T) {
	sunday := dateline.New(time.Date(2024, time.March, 24, 12, 0, 0, 0, time.UTC)) // 14 Adar II 5784
	for _, c := range []struct{ example, want string }{
		{"Saturday night, March 23, 2024 | 14 Adar II 5784", "Sunday night, March 24, 2024 | 15 Adar II 5784"},
		{"December 10, 2020 evening | 25 Kislev 5781", "March 24, 2024 evening | 15 Adar II 5784"},
		{"ליל שלישי, ט׳ כסלו", "ליל שני, ט״ו אדר ב׳"},
	} {
		l, err := dateline.LayoutOf(c.example)
		require.NoError(t, err, c.example)
		got := sunday.Format(l.String())
		assert.Equal(t, c.want, got, c.example)
		rep := dateline.Check(got, dateline.Reference(sunday.Time))
		for _, p := range rep.Problems {
			assert.Equal(t, dateline.Info, p.Severity, "%s: %+v", got, p) // a year inferred, no more
		}
		// Read back, it is written the same.
		assert.Equal(t, got, rep.Dateline.Format(l.String()), c.example)
	}
	// A layout without an evening writes the day's Hebrew date.
	assert.Equal(t, "Sunday, March 24, 2024 | 14 Adar II 5784", sunday.Format("Monday, January 2, 2006 | 2 Tevet 5766"))
}
