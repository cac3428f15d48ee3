package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestMonthNameOfTwoLanguages: a month's name that two languages give two
// months (listopada: November in Polish, October in Croatian; listopad
// in Czech too) is read in the language the dateline's other words say
// (a weekday, "godine", a Hebrew date that one month fits), else as the
// custom of its day says (a dot after the day is Croatian's norm, none
// Polish's), else as the first language's, with a warning that names both.
// It was read as November whatever the text said. Where a Hebrew date or
// a weekday of another language settles it against the custom of its
// day, an info says which meaning was read: it would otherwise hide a
// Hebrew date that does not fit the other.
func TestMonthNameOfTwoLanguages(t *testing.T) {
	tests := []struct {
		in, day string
		settled bool // by the Hebrew date or weekday, against the day's custom: an info
	}{
		{"srijeda, 18. listopada 2023.", "2023-10-18", false},       // Croatian's weekday
		{"Srijeda, 18 listopada 2023", "2023-10-18", false},         // even without the dot
		{"środa, 15 listopada 2023", "2023-11-15", false},           // Polish's weekday
		{"Środa, 15. listopada 2023", "2023-11-15", false},          // even with the dot
		{"15. listopada 2023. godine", "2023-10-15", false},         // Croatian's (and Serbian's) word
		{"15 listopada 2023 r.", "2023-11-15", false},               // Polish's
		{"15 listopada 2023 (30 Tishri 5784)", "2023-10-15", true},  // the Hebrew date fits October only
		{"15. listopada 2023. (2 Kislev 5784)", "2023-11-15", true}, // and November only
		{"Sunday, 15 listopada 2023", "2023-10-15", true},           // the weekday fits October only
		{"15. listopada 2023.", "2023-10-15", false},                // the day's dot: Croatian's norm
		{"15 listopada 2023", "2023-11-15", false},                  // no dot: Polish's
		{"1. listopada 2024., 12:00", "2024-10-01", false},          // Croatian's published layout
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			if tc.settled {
				assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, reportCodes(rep, dateline.Info))
				assert.Len(t, rep.Problems, 1)
			} else {
				assert.Empty(t, rep.Problems)
			}
			l, err := dateline.LayoutOf(tc.in)
			require.NoError(t, err)
			d, err := dateline.Parse(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.in, l.Format(d.Time, d.Hebrew), "written back as it was")
		})
	}
	// A month named alone, with nothing to say its language: read as the
	// first language's, with a warning that names both.
	checkNameWarned(t, dateline.Check("listopad 2023"), "listopad 2023", `"listopad" is November in pl and cs and October in hr`, "listopad")
	// Prose that looks like the words is no date.
	for _, s := range []string{"Listopad je mjesec.", "o listopadzie"} {
		assert.Empty(t, dateline.Find(s), s)
	}
}

// TestWeekdayNameOfTwoLanguages: a weekday's abbreviation that two
// languages give two days (tor.: Thursday in Danish and Norwegian,
// Tuesday in Slovenian) before a month both write alike (dec., jan.,
// december) is the day its date falls on; a month of one language
// (decembra, des.) says which without it. "tor., 5. dec. 2023", as a
// Slovenian layout writes a Tuesday, was read as Danish's Thursday and
// given a weekday error, and a layout learnt from it wrote Danish.
func TestWeekdayNameOfTwoLanguages(t *testing.T) {
	tests := []struct {
		in, day, weekday string
	}{
		{"tor., 5. dec. 2023", "2023-12-05", "Tuesday"}, // Slovenian's
		{"tor. 5. december 2023", "2023-12-05", "Tuesday"},
		{"tor 5. dec. 2023", "2023-12-05", "Tuesday"},    // without its dot, as Danish calendars write it
		{"tor., 7. dec. 2023", "2023-12-07", "Thursday"}, // Danish's
		{"Tor. 7. dec. 2023", "2023-12-07", "Thursday"},
		{"tor. 5. decembra 2023", "2023-12-05", "Tuesday"}, // a Slovenian month alone
		{"tor. 7. des. 2023", "2023-12-07", "Thursday"},    // a Norwegian one
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			// At most an info that the date chose the language (see
			// TestSharedWeekdayAbbreviation).
			for _, p := range rep.Problems {
				assert.Equal(t, dateline.Info, p.Severity, p.Message)
				assert.Equal(t, dateline.CodeDateAmbiguous, p.Code, p.Message)
			}
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.weekday, rep.Dateline.Time.Weekday().String())
			l, err := dateline.Compile(tc.in) // as --layout takes it: LayoutOf refuses Danish's without "den"
			require.NoError(t, err)
			d, err := dateline.Parse(tc.in)
			require.NoError(t, err)
			back := l.Format(d.Time, d.Hebrew)
			again := dateline.Check(back)
			assert.True(t, again.OK() && len(reportCodes(again, dateline.Warning)) == 0, "%q wrote %q: %v", tc.in, back, again.Problems)
		})
	}
	// Neither day: the weekday error stands.
	rep := dateline.Check("tor., 6. dec. 2023")
	assert.False(t, rep.OK())
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// No year, and each day fits some year's date: read as the first
	// language's, with a warning that names both.
	checkNameWarned(t, dateline.Check("tor., 5. dec.", dateline.Reference(corpusReference)), "tor., 5. dec.",
		`"tor." is Thursday in da and Tuesday in sl`, "tor.")
	// A Slovenian layout of the reference week writes a Tuesday that
	// reads back as written.
	l, err := dateline.Compile("tor., 3. jan. 2006")
	require.NoError(t, err)
	d, err := dateline.Parse("2023-12-05")
	require.NoError(t, err)
	assert.Equal(t, "tor., 5. dec. 2023", l.Format(d.Time, d.Hebrew))
}

// checkNameWarned checks that rep, of text, is read, with a warning that
// the name at its span says is of two meanings (msg).
func checkNameWarned(t *testing.T, rep dateline.Report, text, msg, name string) {
	t.Helper()
	require.True(t, rep.OK(), "%v", rep.Problems)
	var warned bool
	for _, p := range rep.Problems {
		if p.Code == dateline.CodeDateAmbiguous {
			warned = true
			assert.Equal(t, dateline.Warning, p.Severity)
			assert.Contains(t, p.Message, msg)
			assert.Equal(t, name, text[p.Start:p.End])
		}
	}
	assert.True(t, warned, "%v", rep.Problems)
}
