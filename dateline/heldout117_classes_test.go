package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout117YiddishHyphenOrdinal: Yiddish's ordinal ending written
// after a hyphen, as Russian writes its -го: "13-טן פֿעברואַר 1915" (the
// 13th of February 1915; Mameloshn, mameloshn.org, the 117th held-out
// round) was no date, the hyphen read where a month's name was expected.
// The endings טן and סטן (13-טן, 26-סטן), and the declined טער and סטער,
// now end a day after a hyphen as they do glued to it; a weekday that is
// not the day's is still said, and the ending before no month is no date.
// A layout of such a day writes טן after every day, as one of 26טן does,
// and one of סטן, which differs by the day, is refused: it wrote "2-סטן"
// for the 2nd.
func TestHeldout117YiddishHyphenOrdinal(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"13-טן פֿעברואַר 1915", "1915-02-13"},
		{"אין „פֿאָרווערטס‟ פֿון 13-טן פֿעברואַר 2015", "2015-02-13"},
		{"דעם 1-טן מײַ 2024", "2024-05-01"},
		{"26-סטן מײַ 2024", "2024-05-26"},
		{"פֿון 13-טער פֿעברואַר 1915", "1915-02-13"},
		{"זונטיק, דעם 6-טן דעצעמבער 2015", "2015-12-06"},
		{"14-טן ביז 21-סטן מײַ 2024", "2024-05-14"},
	})
	m := oneMatch(t, "מאָנטיק, דעם 6-טן דעצעמבער 2015", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"13-טן", ""},
		{"דעם 13-טן", ""},
		{"13-טן יאָר", ""},
		{"די 13-טע", ""},
	})
	l, err := dateline.Compile("13-טן פֿעברואַר 1915")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.February, 2, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "2-טן פֿעברואַר 2024", l.Format(d.Time, d.Hebrew))
	_, err = dateline.Compile("26-סטן מײַ 2024")
	assert.ErrorIs(t, err, dateline.ErrLayout)
}
