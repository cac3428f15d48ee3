package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout242SpacedDateDashTime: a date in the Czech and Slovak norm
// ("6. 4. 2023", a point and a space after the day and the month) whose
// day could be a month is read in free text only where something says it
// is a date and no numbered list: a time after it, alone or after a short
// word ("6. 4. 2023 v 17:00"), and now after a spaced dash too, as an
// event's line sets them apart: "Date: 6. 4. 2023 - 17:00" (Beseder
// Gallery, besedergallery.art, incoming line 3149, the 242nd held-out
// round) was read as a whole string but found nowhere in its page. The
// dash must have spaces on both sides and the time its colon and two
// digits of minutes; a dash before a date is a range's.
func TestHeldout242SpacedDateDashTime(t *testing.T) {
	cases := []struct{ text, match, day, clock string }{
		{"Date: 6. 4. 2023 - 17:00", "6. 4. 2023 - 17:00", "2023-04-06", "17:00"},
		{"Termín: 6. 4. 2023 – 17:00, Maiselova synagoga", "6. 4. 2023 – 17:00", "2023-04-06", "17:00"},
		{"Termín: 3. 5. 2021 — 9:30", "3. 5. 2021 — 9:30", "2021-05-03", "09:30"},
		{"Kedy: 9. 9. 2022 - 10:00, Senec", "9. 9. 2022 - 10:00", "2022-09-09", "10:00"},
		{"Wann: 11. 12. 2014 - 18:30", "11. 12. 2014 - 18:30", "2014-12-11", "18:30"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
			assert.Empty(t, severityCodes(m, dateline.Error))
		})
	}
	// No time after the dash, or a dash not spaced, or two of them: the
	// numbers may be a list's or a section's, and stay unread.
	for _, text := range []string{
		"viz body 6. 4. 2023 - 17 a dále",
		"viz body 6. 4. 2023 -17:00",
		"viz body 6. 4. 2023-17:00",
		"viz body 6. 4. 2023 -- 17:00",
		"viz body 6. 4. 2023 - bod 17:00",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	// A dash before another date is still a range's, read at its start.
	m := oneMatch(t, "od 1. 2. 2023 - 5. 2. 2023", heldoutRef)
	assert.Equal(t, "2023-02-01", m.Dateline.Time.Format("2006-01-02"))
}
