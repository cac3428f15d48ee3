package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestSentenceMonthPicksHebrewDay: a Hebrew day and month without a year,
// before a civil date of its sentence that names the year, falls twice in
// that civil year when its month is Tevet (24 Tevet 5740 is January 12,
// 1980; 24 Tevet 5741, December 31): the later date's month picks the
// one. "The 24 Teves farbrengen held on Dec. 31, 1980" (incoming.tsv) was
// read in the year nearest the reference, 5787, with only an info; the
// point after "Dec" ended no sentence there, nor does it now where a
// day's digits follow a month's name cut short. A year its sentence names
// is not warned of as far from the reference.
func TestSentenceMonthPicksHebrewDay(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The 24 Teves farbrengen held on Dec. 31, 1980 marked the occasion.", "1980-12-31 1980-12-31"},
		{"The 24 Teves farbrengen, held on December 31, 1980, marked it.", "1980-12-31 1980-12-31"},
		{"The 24 Teves farbrengen held on Jan. 3, 1997 marked it.", "1997-01-03 1997-01-03"},
		// Once in 1999 (24 Tevet 5760 is January 2, 2000).
		{"The 24 Teves farbrengen held on Jan. 12, 1999 marked it.", "1999-01-12 1999-01-12"},
		{"Hanukkah began at sundown on Tuesday, December 11, 1990 and ended on December 19.", "1990-12-11 1990-12-19"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var days []string
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				assert.True(t, m.OK(), "%v", m.Problems)
				for _, p := range m.Problems {
					assert.NotEqual(t, dateline.CodeYearUnlikely, p.Code, p.Message)
				}
				days = append(days, m.Dateline.Time.Format(time.DateOnly))
			}
			assert.Equal(t, tc.want, strings.Join(days, " "))
		})
	}
}
