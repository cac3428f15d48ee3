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

// TestAdarQualifierUnread: a word after a bare Adar that is a qualifier
// misspelt ("Adar Risho", "Adar Sheny") or a Hebrew form not read ("אדר
// ראשונה") says which Adar in words this reader cannot tell. "Event on
// 22 Adar Risho 5784" was read as "22 Adar" alone, 22 Adar II of an
// inferred year, with a warning that nothing said which: now the word and
// the year are the dateline's, and a leap year's Adar is refused unless
// the civil date shows which. A common year has one Adar, and a word that
// is no qualifier's slip is prose after the date.
//
// The day refused is not given: scan wrote "22 Adar Sheny 5784 =>
// Monday, April 1, 2024 | 22 Adar II 5784" beside its error.
func TestAdarQualifierUnread(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, text string }{
		{"Event on 22 Adar Risho 5784 here", "22 Adar Risho 5784"},
		{"Event on 22 Adar Sheny 5784 here", "22 Adar Sheny 5784"},
		{"Held on 14 Adar Sheeni 5784", "14 Adar Sheeni 5784"},
		{"on 3 Adar Alph 5784", "3 Adar Alph 5784"},
		{"הכנס נערך בכ״ב באדר ראשונה תשפ״ד", "בכ״ב באדר ראשונה תשפ״ד"},
		{"י״ד באדר השנייה תשפ״ד", "י״ד באדר השנייה תשפ״ד"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
			assert.False(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeAdarAmbiguous, dateline.Error), "%v", ms[0].Report.Problems)
			assert.True(t, ms[0].Report.Dateline.IsZero(), "%v", ms[0].Report.Dateline)
			rep := dateline.Check(tc.text, ref)
			assert.False(t, rep.OK())
			assert.True(t, rep.Dateline.IsZero(), "%v", rep.Dateline)
		})
	}
	for _, tc := range []struct{ in, hebrew string }{
		// The civil date shows which: said as info, as for a bare Adar.
		{"22 Adar Risho 5784, March 2, 2024", "22 Adar I 5784"},
		// Read as they are: qualifiers, not slips.
		{"22 Adar Rishon 5784", "22 Adar I 5784"},
		{"22 Adar Sheini 5784", "22 Adar II 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
	// Prose after a bare Adar is no slip: the date ends before it.
	for _, tc := range []struct{ in, text string }{
		{"we met on 22 Adar Street", "22 Adar"},
		{"on 22 Adar Shabbat 5784", "22 Adar Shabbat"},
		{"on 22 Adar, Bella said", "22 Adar"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
			assert.False(t, hasProblem(ms[0].Report, dateline.CodeAdarAmbiguous, dateline.Error), "%v", ms[0].Report.Problems)
		})
	}
}

// TestAdarQualifierUnreadCommonYear: a misspelt qualifier after Adar in
// a common year says Adar I or Adar II as the qualifier spelt right does,
// and a common year has neither. "22 Adar Sheny 5783" was read as the one
// Adar with nothing said, where "22 Adar Sheni 5783" was an error: now
// both are the error, read as Adar. A bare Adar and prose after it stay
// as they were.
func TestAdarQualifierUnreadCommonYear(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day string }{
		{"22 Adar Sheny 5783", "2023-03-15"},
		{"22 Adar Risho 5783", "2023-03-15"},
		{"22 Adar Risho 5783, March 15, 2023", "2023-03-15"},
		{"Adar Sheeni 14, 5785", "2025-03-14"},
		{"י״ד באדר ראשונה תשפ״ה", "2025-03-14"},
		{"כ״ב אדר השנייה תשפ״ג", "2023-03-15"},
		// As the qualifier spelt right is.
		{"22 Adar Sheni 5783", "2023-03-15"},
		{"22 Adar Rishon 5783", "2023-03-15"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.False(t, rep.OK())
			assert.True(t, hasProblem(rep, dateline.CodeAdarCommonYear, dateline.Error), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
		})
	}
	for _, tc := range []struct{ in, text, day string }{
		{"22 Adar 5783", "22 Adar 5783", "2023-03-15"},
		{"on 22 Adar Street 5783", "22 Adar", ""},
		{"י״ד באדר תשפ״ה", "י״ד באדר תשפ״ה", "2025-03-14"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, tc.in[ms[0].Start:ms[0].End])
			assert.False(t, hasProblem(ms[0].Report, dateline.CodeAdarCommonYear, dateline.Error), "%v", ms[0].Report.Problems)
			if tc.day != "" {
				assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
				assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			}
		})
	}
}
