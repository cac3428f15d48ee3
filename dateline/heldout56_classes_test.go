package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// ref56 is the corpus's reference day, as the fifty-sixth round's tests
// read their lines.
var ref56 = dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))

// TestHebrewLettersBeforeNumericDate: a numeric date after a Hebrew word
// that ends in a geresh or gershayim (weekday letters, מס׳) is in Hebrew
// text, read day first as Israeli pages write it, and so is a range of
// two whole numeric dates joined by a dash after Hebrew text: "ימים ב'-ד'
// 6/9/2021-8/9/2021" (Monday to Wednesday, September 6-8; the
// fifty-sixth held-out round) was read June 9, with a warning that it
// reads both ways. A range with no text around it, or after English,
// still reads both ways and says so.
func TestHebrewLettersBeforeNumericDate(t *testing.T) {
	checkFoundDays(t, ref56, []struct{ text, want string }{
		{"ימים ב'-ד' 6/9/2021-8/9/2021", "2021-09-06"},
		{"בימים א׳–ה׳ 3/4/2022–7/4/2022 יתקיימו הבחינות", "2022-04-03"},
		{"ימי ב'-ד' 6/9/2021", "2021-09-06"},
		{"בישיבתה מס' 6/18 מיום 11/07/18", "2018-07-11"},
		{"תאריך: 6/9/2021-8/9/2021", "2021-09-06"},
		{"החופשה 6/9/2021 - 8/9/2021 בלבד", "2021-09-06"},
	})
	for _, s := range []string{"6/9/2021-8/9/2021", "On 6/9/2021-8/9/2021 we met", "rock 'n' 6/9/2021-8/9/2021"} {
		ms := dateline.Find(s, ref56)
		require.Len(t, ms, 1, s)
		assert.Equal(t, "2021-06-09", ms[0].Dateline.Time.Format(time.DateOnly), s)
		assert.Contains(t, codesOf(ms[0].Problems), dateline.CodeDateAmbiguous, s)
	}
}
