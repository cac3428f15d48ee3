package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestTwoLetterWordAfterDate: two letters after a whole date that a
// language's weekday abbreviation spells (German's So, Do, Sa; Dutch's
// zo, do) are a word of the text's own language where a word follows
// them, of whatever case, or where the date's month is named in a
// language that has no such abbreviation: "21. 4. 2020 so Judje
// praznovali Yom Hashoah" (Sinagoga Maribor, the seventieth held-out
// round; Slovenian "so", are) was read with German's Sunday and a weekday
// error on a right date, and a Polish or Portuguese date before Slavic's
// "do" (to) or Portuguese's "do" (of the) was not found at all, its
// month disowning the German Thursday. The date ends before the word,
// and is read without a weekday.
func TestTwoLetterWordAfterDate(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"21. 4. 2020 so Judje praznovali Yom Hashoah, izraelski dan spomina na žrtve holokavsta.", "21. 4. 2020", "2020-04-21"},
		{"21 kwietnia 2020 do Krakowa", "21 kwietnia 2020", "2020-04-21"},
		{"Wyjazd 21 kwietnia 2020 Do Krakowa", "21 kwietnia 2020", "2020-04-21"},
		{"Lisboa, 21 de abril de 2020 do Porto", "21 de abril de 2020", "2020-04-21"},
		{"Nasceu em 21 de abril de 2020 do", "21 de abril de 2020", "2020-04-21"},
		{"21.04.2020 Do Prahy", "21.04.2020", "2020-04-21"},
		{"Beograd, 21.04.2020 Sa Pavlom", "21.04.2020", "2020-04-21"},
		{"21. dubna 2020 so", "21. dubna 2020", "2020-04-21"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, m.Input)
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
		})
	}
	// A German weekday written as German writes it, after a German month
	// or a date of digits with nothing after it, is still the date's,
	// and still checked.
	for _, tc := range []struct {
		text, match string
		ok          bool
	}{
		{"5. Dezember 2024 Do", "5. Dezember 2024 Do", true},
		{"5. Dezember 2024 (Do)", "5. Dezember 2024 (Do)", true},
		{"21. 4. 2020 So", "21. 4. 2020 So", false}, // a Tuesday
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, ms[0].Input)
			assert.Equal(t, tc.ok, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
}

// TestLowerCaseAbbreviation: a weekday abbreviation of two letters that
// its language writes with a capital (German's So., Sa., Mi.) is no
// weekday of that language in lower case without its dot: "so 21. 3.
// 2020", a Czech page's Saturday (so, sobota), was read as German's
// Sunday and the right date reported as a weekday error. Two letters
// that their language writes in lower case (Dutch's zo, za) are read as
// before, and a German one with its capital and its dot too. Before
// Czech's spaced norm with its year, "so" is Czech's Saturday, and read
// (see TestCzechShortWeekdaySpacedDate).
func TestLowerCaseAbbreviation(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"so 21. 3. 2020", "so 21. 3. 2020", "2020-03-21"},
		{"mi 21. 3. 2020", "21. 3. 2020", "2020-03-21"},
		{"21. 4. 2020 so", "21. 4. 2020", "2020-04-21"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, ms[0].Input)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, tc := range []struct {
		text    string
		weekday time.Weekday
	}{
		{"zo 8 december 2024", time.Sunday},
		{"Do, 5. Dezember 2024", time.Thursday},
		{"05.12.2024 Do. 19 Uhr", time.Thursday},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, ms[0].Input, "the weekday is the dateline's")
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.weekday, ms[0].Dateline.Time.Weekday())
		})
	}
}
