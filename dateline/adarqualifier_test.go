package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestAdarQualifierForms: formal Hebrew's ordinals with their article,
// אדר הראשון and אדר השני, and English's capitals for the letters, Adar A
// and Adar B, say which Adar of a leap year: "בכ״ב באדר הראשון תשפ״ד" was
// read as "בכ״ב באדר", 22 Adar II of an inferred year, a month late, with
// a warning that nothing said which, and Check refused it. Words that
// only look like them stay prose.
func TestAdarQualifierForms(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew, text string }{
		{"הכנס נערך בכ״ב באדר הראשון תשפ״ד בירושלים", "2024-03-02", "22 Adar I 5784", "בכ״ב באדר הראשון תשפ״ד"},
		{"ט״ו באדר השני תשפ״ד", "2024-03-25", "15 Adar II 5784", "ט״ו באדר השני תשפ״ד"},
		{"נולד ביום י״ד אדר השני תשפ״ב", "2022-03-17", "14 Adar II 5782", "י״ד אדר השני תשפ״ב"},
		{"Event on 22 Adar A 5784 here", "2024-03-02", "22 Adar I 5784", "22 Adar A 5784"},
		{"Event on 5 Adar A, 5784 here", "2024-02-14", "5 Adar I 5784", "5 Adar A, 5784"},
		{"Held on 14 Adar B 5782", "2022-03-17", "14 Adar II 5782", "14 Adar B 5782"},
		// Near misses: the article, the era, this year.
		{"11. Adar A.M. 5783", "2023-03-04", "11 Adar 5783", "11. Adar A.M. 5783"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, ms[0].Report.Dateline.Hebrew.String())
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
			rep := dateline.Check(tc.in[ms[0].Start:ms[0].End], ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
	// Adar II of a common year is caught, as "Adar II 5785" is.
	for _, in := range []string{"י״ד באדר השני תשפ״ה", "14 Adar B 5785"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeAdarCommonYear, rep.Problems[0].Code)
		})
	}
	for _, in := range []string{"נפגשנו באדר השנה", "we met in Adar a year ago"} {
		t.Run(in, func(t *testing.T) {
			for _, m := range dateline.Find(in, ref) {
				assert.NotEqual(t, "Adar I", m.Report.Dateline.Hebrew.Month.String(), "%q", in[m.Start:m.End])
			}
		})
	}
}
