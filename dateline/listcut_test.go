package dateline_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLongDayListNoPart: a list of more days of one month than a
// dateline keeps, in the languages that write the day first ("les 1, 2,
// ... 21 et 22 mars 2024", "1., 2., ... 21. und 22. März 2024"), is an
// error in Check that says the list is too long, where it said "expected
// a month name, found ","", and Find reads no part of it: it read "mars
// 2024" after its last day as a month, with an info. A list the reader
// keeps is read whole, as before, and a date after the long one is read.
func TestLongDayListNoPart(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	days := func(n int, dot, sep string) string {
		var b strings.Builder
		for d := 1; d <= n; d++ {
			if d > 1 {
				b.WriteString(sep)
			}
			b.WriteString(strconv.Itoa(d) + dot)
		}
		return b.String()
	}
	for _, list := range []string{
		days(21, "", ", ") + " et 22 mars 2024",
		days(21, ".", ", ") + " und 22. März 2024",
		days(21, "", ", ") + " y 22 de marzo de 2024",
		days(21, "", ", ") + " and 22 March 2024",
	} {
		t.Run(list, func(t *testing.T) {
			_, err := dateline.Parse(list, ref)
			assert.ErrorIs(t, err, dateline.ErrSyntax)
			assert.Contains(t, err.Error(), "list of at most")
			text := "Ouvert les " + list + ", puis le 5 avril 2024."
			ms := dateline.Find(text, ref)
			require.Len(t, ms, 1, "%v", ms)
			assert.Equal(t, "5 avril 2024", text[ms[0].Start:ms[0].End])
		})
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"les 1, 2, 3 et 4 mars 2024", "1, 2, 3 et 4 mars 2024", "2024-03-01", "21 Adar I 5784"},
	})
}
