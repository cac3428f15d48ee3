package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestTimeWords: the words news pages write after or before a time of
// day: Spanish's "h" after it (10:39 h) and "a las" before it after a
// numeric date, whose article says the "a" is Spanish's; Bulgarian's
// "ч." and "часа" after it.
func TestTimeWords(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{
		"28/09/2022 10:39 h",
		"28/09/2022 10:39 h.",
		"28/09/2022 a las 10:39",
		"28/09/2022, a las 10:39 h",
		"28-09-2022 a las 10:39 hs",
		"28.09.2022 г. 10:39 ч.",
		"28 септември 2022 г. в 10:39 часа",
	} {
		rep := dateline.Check(in, ref)
		if assert.True(t, rep.OK(), "%s: %v", in, rep.Problems) && assert.True(t, rep.Dateline.HasTime, in) {
			assert.Equal(t, "2022-09-28 10:39", rep.Dateline.Time.Format("2006-01-02 15:04"), in)
		}
	}
	// An "a" without the article after an English date is a word of
	// prose, and "h" no time before a date.
	for _, in := range []string{"09/28/2022 a 10:39", "h 28/09/2022"} {
		assert.False(t, dateline.Check(in, ref).OK(), in)
	}
}
