package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestTishaBavNidcheh: Tish'a B'Av put off from Shabbat to Sunday, 10
// Av, by its Hebrew word nidcheh, is the fast's day ("Tisha B'Av
// Nidcheh 5779" was refused, adversarial review 48, finding 10). In a
// year the fast is not put off there is none. Its Hebrew name, תשעה באב
// נדחה, ט׳ באב נדחה, with נדחה in brackets or not, is read as the English
// is: it was refused, and "תשעה באב (נדחה) תשפ״ב" read as 9 Av 5782, the
// Shabbat, with the word left as text.
func TestTishaBavNidcheh(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day string }{
		{"Tisha B'Av Nidcheh 5779", "2019-08-11"},
		{"Tisha B'Av Nidche 5782", "2022-08-07"},
		{"Tishah B'Av Nidcheh, Sunday, August 11, 2019", "2019-08-11"},
		{"Tisha BeAv Nidcheh 5789", "2029-07-22"},
		{"תשעה באב נדחה תשפ״ב", "2022-08-07"},
		{"תשעה באב (נדחה) תשפ״ב", "2022-08-07"},
		{"ט׳ באב נדחה תשע״ט", "2019-08-11"},
		{"ט' באב נדחה 5789", "2029-07-22"},
		{"ט׳ באב (נדחה) 2022", "2022-08-07"},
		{"תשעה באב נדחה 2019", "2019-08-11"},
		{"יום ראשון, 7 באוגוסט 2022, תשעה באב נדחה", "2022-08-07"},
		{"7.8.2022 תשעה באב נדחה", "2022-08-07"},
		{"תשעה באב נדחה, יום ראשון י׳ באב תשפ״ב", "2022-08-07"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, text := range []string{"Tisha B'Av Nidcheh 5784", "Tisha B'Av Nidcheh, Monday, August 12, 2019",
		"תשעה באב נדחה תשפ״ד", "תשעה באב (נדחה) תשפ״ד", "ט׳ באב נדחה 2024", "8.8.2022 תשעה באב נדחה"} {
		t.Run("near miss "+text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.False(t, rep.OK(), "%v", rep.Problems)
		})
	}
	// A year whose 9 Av is no Shabbat: the error names the year, and the
	// name without a year is read as the English one is.
	rep := dateline.Check("תשעה באב נדחה תשפ״ד", ref)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
	assert.Contains(t, rep.Problems[0].Message, "5784")
	he, en := dateline.Check("תשעה באב נדחה", ref), dateline.Check("Tisha B'Av Nidcheh", ref)
	assert.Equal(t, en.OK(), he.OK())
	assert.Equal(t, en.Dateline.Hebrew, he.Dateline.Hebrew)
	require.Equal(t, len(en.Problems), len(he.Problems))
	for i := range en.Problems {
		assert.Equal(t, en.Problems[i].Code, he.Problems[i].Code)
	}
	// The date 9 Av with no such word after it stays the date.
	for text, want := range map[string]string{"תשעה באב תשפ״ב": "2022-08-06", "ט׳ באב תשפ״ד": "2024-08-13", "תשעה באב נחמה תשפ״ד": ""} {
		t.Run("date "+text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			if want == "" {
				assert.False(t, rep.OK())
				return
			}
			assert.Equal(t, want, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
}
