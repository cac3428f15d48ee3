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

// TestNumericRangeStartWithoutDot: a range of two numeric dates, day
// first, whose start gives its day and month with no year and no dot after
// the month, joined by a word for "to" of a language that writes the day
// first: "המשרדים סגורים מ-5.4 עד 7.4.2024" (closed from 5.4 to
// 7.4.2024), "du 5.4 au 7.4.2024". Found while checking the forty-eighth
// held-out round's Hebrew ranges: the range was read as its end's day, the
// start left out, with nothing said. English's "to" stays out, since
// "5.4 to 7.4.2024" may be May 4 to July 4 (its end keeps the warning); a
// start after its end is no range.
func TestNumericRangeStartWithoutDot(t *testing.T) {
	checkProse(t, []proseCase{
		{"המשרדים סגורים מ-5.4 עד 7.4.2024 בשל החג", "2024-04-05", "5.4 עד 7.4.2024"},
		{"הגנים סגורים מ5.4 ועד 7.4.2024", "2024-04-05", "מ5.4 ועד 7.4.2024"},
		{"Fermé du 5.4 au 7.4.2024 inclus", "2024-04-05", "5.4 au 7.4.2024"},
		{"geschlossen vom 28.12 bis 2.1.2025", "2024-12-28", "28.12 bis 2.1.2025"},
		{"cerrado del 5.4 al 7.4.2024", "2024-04-05", "5.4 al 7.4.2024"},
	})
	for _, tc := range []struct{ text, day string }{
		{"from 5.4 to 7.4.2024", "2024-04-07"},        // May 4 to July 4, or April: the end, with a warning
		{"עלה מ-3.5 עד 4.2.2024", "2024-02-04"},       // 3.5 after 4.2: no range
		{"המחיר עלה מ-1.5 עד 2.3.2024", "2024-03-02"}, // 1.5 (May 1) after 2.3: no range
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, dateline.Reference(corpusReference))
			require.Len(t, ms, 1, tc.text)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}
