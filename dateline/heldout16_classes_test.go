package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout16Portion: a weekly portion named with its Hebrew year and
// no date names the Shabbat it is read on that year, as Hebrew
// newsletters head an article ('שנת תשע"ו | שבת פרשת ויגש', the sixteenth
// held-out set, read as a syntax error at the year): with the year after
// the portion or heading the dateline before a separator, in Hebrew
// script or English. A portion no Shabbat of the year reads is an error,
// a weekday other than Shabbat one too, and where the Diaspora's and
// Israel's schedules read it on different Shabbatot (after a festival's
// last day on Shabbat outside Israel) the Diaspora's is read, with an
// info naming the schedule.
func TestHeldout16Portion(t *testing.T) {
	tests := []struct {
		in, day string
		codes   []dateline.Code
	}{
		{`תשע"ו | שבת פרשת ויגש`, "2015-12-19", nil},
		{`שבת פרשת ויגש תשע"ו`, "2015-12-19", nil},
		{"פרשת נח ה׳תשפ״ד", "2023-10-21", nil},
		{"ה׳תשפ״ד, פרשת נח", "2023-10-21", nil},
		{"Parashat Vayigash 5776", "2015-12-19", nil},
		{"Shabbos Parshas Noach 5784", "2023-10-21", nil},
		{"Parashat Vayakhel-Pekudei 5783", "2023-03-18", nil},
		{"Parashat Acharei Mot 5782", "2022-04-30", nil}, // Israel's: April 23
		{"Sunday, Parashat Noach 5784", "2023-10-21", []dateline.Code{dateline.CodeWeekday}},
		{"Parashat Vayakhel-Pekudei 5785", "0001-01-01", []dateline.Code{dateline.CodeOccasion}}, // read apart in 5785
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.day, "2006-01-02", tc.codes, false) })
	}
	rep := dateline.Check("Parashat Acharei Mot 5782", dateline.Reference(corpusReference))
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
	assert.Equal(t, dateline.Info, rep.Problems[0].Severity)
	// With the Israel option, Israel's Shabbat.
	rep = dateline.Check("Parashat Acharei Mot 5782", dateline.Reference(corpusReference), dateline.Israel())
	assert.Equal(t, "2022-04-23", rep.Dateline.Time.Format("2006-01-02"))
	// In prose, found as one dateline.
	ms := dateline.Find(`בגיליון שנת תשע"ו | שבת פרשת ויגש נכתב`, dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.Equal(t, "2015-12-19", ms[0].Report.Dateline.Time.Format("2006-01-02"))
	// Not a day: a portion with a civil year that has it twice (see
	// TestPortionCivilYear), or with a numeral that is a Hebrew date's
	// day; a Hebrew year heading only what is no date. A portion alone is
	// its nearest Shabbat, its year inferred (see
	// TestPortionAloneYearInferred).
	for _, in := range []string{"Parashat Vayigash 2025", `תשע"ו | גיליון 12`} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		assert.True(t, rep.Dateline.Time.IsZero(), in)
	}
	rep = dateline.Check("שבת נח, ו׳ חשון תשפ״ד", dateline.Reference(corpusReference))
	assert.Equal(t, "2023-10-21", rep.Dateline.Time.Format("2006-01-02"))
	assert.Empty(t, rep.Problems)
}
