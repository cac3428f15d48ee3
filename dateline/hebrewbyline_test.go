package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewBylineDayFirst: a numeric date after a Hebrew byline and a
// bullet is read day first in free text, with no ambiguity warning (see
// parse's TestHebrewAroundPastMarks).
func TestHebrewBylineDayFirst(t *testing.T) {
	ms := dateline.Find("זמני תפילות\nגרנדיקי/הררי חן • 5/4/2018 כניסות", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.Equal(t, "2018-04-05", ms[0].Dateline.Time.Format("2006-01-02"))
	assert.Empty(t, ms[0].Problems)
}
