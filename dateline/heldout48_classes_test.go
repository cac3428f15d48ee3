package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewPrefixGluedToDigits: a Hebrew prefix letter glued to a
// date's digits with no hyphen or maqaf (the forty-eighth held-out
// round): "חוגגים את ליל הסדר ב5.4.23" (the Seder is on 5.4.23), "כ"א
// בניסן ב13.4.2023". They read as after "ב-": the date is the dateline's,
// and the prefix is its text. Before, the civil date was not found, and a
// Hebrew date beside it was read alone, in the year nearest the reference
// (21 Nisan 2027), with nothing said of the civil date that contradicts
// it.
func TestHebrewPrefixGluedToDigits(t *testing.T) {
	checkProse(t, []proseCase{
		{"בשנת 2023 חוגגים את ליל הסדר ב5.4.23.", "2023-04-05", "ב5.4.23"},
		{"הכנס נפתח ב12/03/2024 בערב", "2024-03-12", "ב12/03/2024"},
		{"המשרדים סגורים מ1.10.2025 בשל החג", "2025-10-01", "מ1.10.2025"},
		{"נפגשנו ב30 במרץ 2024 בירושלים", "2024-03-30", "ב30 במרץ 2024"},
		{"ההרשמה נסגרת ה15.8.2022, יום שני", "2022-08-15", "ה15.8.2022"},
	})
	// Beside a Hebrew date, the glued civil date is the dateline's other
	// calendar: a day off is an error, not a Hebrew date alone.
	text := "מסיימים לחגוג את חג הפסח בתאריך כ\"א בניסן  ב13.4.2023."
	ms := dateline.Find(text, dateline.Reference(corpusReference))
	require.Len(t, ms, 1, text)
	assert.Equal(t, "2023-04-13", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.False(t, ms[0].OK(), "21 Nisan 5783 is April 12, 2023: %v", ms[0].Problems)
	text = "יום רביעי כ\"א בניסן תשפ\"ג ב12.4.2023"
	ms = dateline.Find(text, dateline.Reference(corpusReference))
	require.Len(t, ms, 1, text)
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	assert.Equal(t, "21 Nisan 5783", ms[0].Dateline.Hebrew.String())
}

// TestHebrewPrefixGluedProse: numbers with a prefix glued to them that are
// no date stay prose, as after "ב-": amounts, versions, percentages, a
// year alone, a time alone, counts.
func TestHebrewPrefixGluedProse(t *testing.T) {
	for _, text := range []string{
		"המחיר עלה ב1.5 מיליון שקל",
		"גרסה ב2.5.1 יצאה היום",
		"ב2023 היה חורף קשה",
		"נפגשים ב10:30 בבוקר",
		"הריבית עלתה ב3.5 אחוזים",
		"ו3 ילדים חזרו ב12 בלילה",
		"כ5.4 מיליון צופים",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, dateline.Reference(corpusReference)))
		})
	}
}
