package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestWideHyphenDate: a numeric or ISO date, or a day, month name and year,
// written with the hyphens that are no ASCII hyphen-minus (U+2011, the
// non-breaking hyphen CMSs write, &#8209;; U+2010; U+2012) is read as the
// same date with ASCII hyphens, and its layout keeps the character: "Posted
// 2024‑03‑05" was dropped by Find and a syntax error to Check (adv42
// finding 3). An en dash, mixed hyphens and a hyphen before no digit stay
// as they were.
func TestWideHyphenDate(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	tests := []struct {
		in, day, layout string
	}{
		{"2024\u201103\u201105", "2024-03-05", "2006\u201101\u201102"},
		{"2024\u201003\u201005", "2024-03-05", "2006\u201001\u201002"},
		{"2024\u201203\u201205", "2024-03-05", "2006\u201201\u201202"},
		{"2024\u20113\u20115", "2024-03-05", "2006\u20111\u20112"},
		{"Tuesday 2024\u201103\u201105 | 25 Adar I 5784", "2024-03-05", "Monday 2006\u201101\u201102 | 2 Tevet 5766"},
		{"15\u201103\u20112024", "2024-03-15", "02\u201101\u20112006"},
		{"5\u2011Mar\u20112024", "2024-03-05", "2\u2011Jan\u20112006"},
		{"28\u2011Feb\u201102", "2002-02-28", "2\u2011Jan\u201106"},
		{"2024\u201103\u201105T10:00:00Z", "2024-03-05", ""},
		// ASCII hyphens, as before.
		{"2024-03-05", "2024-03-05", "2006-01-02"},
		{"5-Mar-2024", "2024-03-05", "2-Jan-2006"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			if tc.layout != "" {
				assert.Equal(t, tc.layout, rep.Layout)
			}
			ms := dateline.Find("Posted "+tc.in+" by admin", ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.in, ms[0].Input)
		})
	}
	t.Run("html", func(t *testing.T) {
		ms := dateline.FindHTML("<p>Posted 2024&#8209;03&#8209;05 by admin</p>", ref)
		require.Len(t, ms, 1)
		assert.Equal(t, "2024-03-05", ms[0].Dateline.Time.Format("2006-01-02"))
	})
	// Near misses: an en dash, mixed hyphens, a wide hyphen before no
	// digit.
	for _, in := range []string{"2024\u201303\u201305", "2024\u201103-05", "2024-03\u201105", "2024\u2011 03\u201105", "5\u2013Mar\u20132024"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, ref).OK())
			for _, m := range dateline.Find("Posted "+in+" by admin", ref) {
				assert.NotEqual(t, "2024-03-05", m.Dateline.Time.Format("2006-01-02"), m.Input)
			}
		})
	}
}
