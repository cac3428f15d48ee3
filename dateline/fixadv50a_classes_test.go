package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// adv50Ref is the reference of the review these tests come from:
// March 10, 2024 (30 Adar I 5784).
var adv50Ref = dateline.Reference(time.Date(2024, time.March, 10, 12, 0, 0, 0, time.UTC))

// TestWeekdayAbbreviationBeforeDeMonth: a weekday's abbreviation before
// a day whose month is named after "de" (Spanish, Portuguese, Catalan) is
// read in the month's language: "mar. 12 de noviembre de 2024" was read
// as March 12 (English's Mar), with November reported as "a month, not a
// day" and nothing worse said, or refused (an adversarial review's first
// finding). Each day is hd's (2024-11-12 is a Tuesday, 11 Cheshvan 5785;
// 2024-12-03 a Tuesday, 2 Kislev 5785; 2024-03-05 a Tuesday, 25 Adar I
// 5784; 2024-03-12 a Tuesday, 2 Adar II 5784).
func TestWeekdayAbbreviationBeforeDeMonth(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"mar. 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar., 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"MAR. 12 DE NOVIEMBRE DE 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar., 12 de nov. de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar., 5 de marzo de 2024", "2024-03-05", "25 Adar I 5784"},
		{"mar. 5 de marzo de 2024", "2024-03-05", "25 Adar I 5784"},
		{"ter., 5 de março de 2024", "2024-03-05", "25 Adar I 5784"},
		// Near misses, read as before: the abbreviation before a month
		// of its language without "de", and Mar that is the month.
		{"mar. 12 noiembrie 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar. 12 novembre 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar, 12 nov 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"Mar. 5, 2024", "2024-03-05", "25 Adar I 5784"},
		{"Mar 12 de 2024", "2024-03-12", "2 Adar II 5784"},
		{"mar. 12 de marzo de 2024", "2024-03-12", "2 Adar II 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, adv50Ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, severityCodesOf(rep.Problems, dateline.Warning))
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
	// The wrong weekday in the month's language is an error, not a pass.
	t.Run("mar. 13 de noviembre de 2024", func(t *testing.T) {
		rep := dateline.Check("mar. 13 de noviembre de 2024", adv50Ref)
		assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodesOf(rep.Problems, dateline.Error))
	})
	// Found in text, the weekday is the date's and the month its own.
	checkMatches(t, dateline.Reference(time.Date(2024, time.December, 1, 0, 0, 0, 0, time.UTC)), []struct{ text, match, day, heb string }{
		{"Publicado: mar. 12 de noviembre de 2024", "mar. 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
		{"mar. 3 de diciembre de 2024", "mar. 3 de diciembre de 2024", "2024-12-03", "2 Kislev 5785"},
		{"El evento: mar 12 de noviembre de 2024", "mar 12 de noviembre de 2024", "2024-11-12", "11 Cheshvan 5785"},
	})
}
