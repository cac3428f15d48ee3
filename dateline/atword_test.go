package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSharedMonthAtWordLayout: "a" before a time is the "à" of a
// language other than English only when a name says so; a month's name
// that English shares with another language ("December", Dutch's and
// Hungarian's too) writes its layout in that language, whose names read
// the "a" again for every month: "December 1 A 0.00" wrote "January 2 A
// 15.04", whose "January 5 A 10.30" read as no date (FuzzParse). A name
// only English has keeps the line English, and its "a" no time's.
func TestSharedMonthAtWordLayout(t *testing.T) {
	rep := dateline.Check("December 1, 2024 a 9:30", heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	require.NotEmpty(t, rep.Layout)
	l, err := dateline.Compile(rep.Layout)
	require.NoError(t, err)
	for _, s := range []string{"2024-01-05", "2024-03-10", "2024-07-04", "2024-12-01"} {
		t.Run(s, func(t *testing.T) {
			d := day(s)
			text := l.Format(d.Time.Add(9*time.Hour+30*time.Minute), d.Hebrew)
			back := dateline.Check(text, heldoutRef)
			require.True(t, back.OK(), "%q: %v", text, back.Problems)
			assert.Equal(t, s+" 09:30", back.Dateline.Time.Format("2006-01-02 15:04"), text)
		})
	}
	for _, text := range []string{"Tuesday, December 1, 2026 a 9:30", "March 5, 2024 a 10:30"} {
		rep := dateline.Check(text, heldoutRef)
		assert.False(t, rep.OK() && rep.Dateline.HasTime, "%q read the time: %v", text, rep.Dateline)
	}
}

// TestForeignAtWordNoTemplate: whether "a" before a time is "à" depends
// on the language of the names before it, which a template made of one
// line does not check in the next: "March 5, 2024 a 10:30" was a syntax
// error alone and a dateline after "December 1, 2024 a 9:30" had made
// the template. The same line reads the same whatever came before it.
func TestForeignAtWordNoTemplate(t *testing.T) {
	r := dateline.NewReader(heldoutRef)
	lines := []string{"March 5, 2024 a 10:30", "December 1, 2024 a 9:30", "December 2, 2024 a 9:45", "March 5, 2024 a 10:30"}
	var oks []bool
	for _, s := range lines {
		oks = append(oks, r.Check(s).OK())
		oks = append(oks, dateline.Check(s, heldoutRef).OK())
	}
	assert.Equal(t, []bool{false, false, true, true, true, true, false, false}, oks)
}
