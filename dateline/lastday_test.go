package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestLastDayOfOccasion: "the last day of" and "Final Day of" before an
// occasion's name name its last day, schedule by schedule (Passover's is
// 21 Nisan in Israel and 22 Nisan in the Diaspora, with an info naming
// the schedule), not any of its days: "Shabbat, April 23 Final Day of
// Passover" (palmbeachjewish.com, seen beside the 146th held-out round)
// was read as April 23, 2016, Passover's first day, with nothing said,
// where the page's is 2022's 22 Nisan. Another day of the occasion is an
// occasion error that names its last day, and no eve is read before it.
// The words before another noun are prose, and "the last day of" a
// month is that month's last day still.
func TestLastDayOfOccasion(t *testing.T) {
	for _, tc := range []struct {
		text, day, heb string
		errs           []dateline.Code
	}{
		{"Shabbat, April 23 Final Day of Passover", "2022-04-23", "22 Nisan 5782", nil},
		{"Friday, April 22, 2022, the last day of Passover", "2022-04-22", "21 Nisan 5782", nil},
		{"Last day of Passover: Tuesday, April 30, 2024", "2024-04-30", "22 Nisan 5784", nil},
		{"the last day of Hanukkah, Monday, December 22, 2025", "2025-12-22", "2 Tevet 5786", nil},
		{"Thursday, April 21, 2022, the last day of Passover", "2022-04-21", "20 Nisan 5782", []dateline.Code{dateline.CodeOccasion}},
		{"the last day of Hanukkah, Sunday, December 21, 2025", "2025-12-21", "1 Tevet 5786", []dateline.Code{dateline.CodeOccasion}},
		{"the last day of the month of Elul 5784", "2024-10-02", "29 Elul 5784", nil},
		{"the final day of Cheshvan 5784", "2023-11-13", "29 Cheshvan 5784", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Equal(t, tc.errs, severityCodes(m, dateline.Error))
			assert.Empty(t, severityCodes(m, dateline.Warning))
		})
	}
	m := oneMatch(t, "Thursday, April 21, 2022, the last day of Passover", heldoutRef)
	assert.Contains(t, m.Problems[0].Message, "21 Nisan 5782 (April 22, 2022) in Israel and 22 Nisan 5782 (April 23, 2022) in the Diaspora")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"the final day of the conference, March 3, 2025", "2025-03-03"},
		{"the final day of the conference", ""},
	})
}

// TestLastDayOfOccasionYear: "the last day of" an occasion with its year
// and no civil date is that year's last day, in the schedule the options
// read first (the Diaspora's unless Israel's alone): "last day of
// Passover 2024" was the first day, and an error that named the last one,
// and "the last day of Pesach 5784" an error that Pesach has no day 1
// (found trying the command as an adversary).
func TestLastDayOfOccasionYear(t *testing.T) {
	for _, tc := range []struct {
		text, day, heb string
		opts           []dateline.Option
	}{
		{"last day of Passover 2024", "2024-04-30", "22 Nisan 5784", nil},
		{"the last day of Pesach 5784", "2024-04-30", "22 Nisan 5784", nil},
		{"the last day of Pesach 5784", "2024-04-29", "21 Nisan 5784", []dateline.Option{dateline.Israel()}},
		{"last day of Chanukah 5785", "2025-01-02", "2 Tevet 5785", nil},
		{"the last day of Sukkot 5785", "2024-10-23", "21 Tishrei 5785", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, tc.opts...)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.True(t, rep.OK(), "%v", rep.Problems)
		})
	}
}
