package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionCommonNames: the fasts by their English names, as American
// synagogue and school calendars write them, and the festivals by their
// French names, with or without the line under the H that hebcal's French
// writes (Pessah̲), and the French fasts (Jeûne d'Esther), are the occasions; a weekday beside one is checked, and
// the words alone in prose are no date.
func TestOccasionCommonNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Fast of Esther 2025", "2025-03-13"},
		{"Fast of Esther, Thursday, March 13, 2025", "2025-03-13"},
		{"Fast of Gedaliah 2024", "2024-10-06"}, // 3 Tishrei is Shabbat: the fast is on the 4th
		{"Fast of Gedalia 5785", "2024-10-06"},
		{"Fast of Tammuz 2025", "2025-07-13"},
		{"Fast of Tevet 5785", "2025-01-10"},
		{"Fast of the Firstborn 2025", "2025-04-10"}, // 14 Nisan is Shabbat: on Thursday
		{"Pessah 5785", "2025-04-13"},
		{"Pessah̲ 5785", "2025-04-13"},
		{"Pessa'h 2025", "2025-04-13"},
		{"Hanoucca 2025", "2025-12-15"},
		{"Hanoukka 5786", "2025-12-15"},
		{"Souccot 2025", "2025-10-07"},
		{"Roch Hachana 5786", "2025-09-23"},
		{"Jeudi 17 mars 2011 - Jeûne d'Esther", "2011-03-17"}, // 13 Adar II is Shabbat: on the 11th
		{"Jeûne d’Esther 5785", "2025-03-13"},
		{"Jeûne de Guedalia 2024", "2024-10-06"},
	} {
		d, err := dateline.Parse(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, d.Time.Format("2006-01-02"), c.in)
	}
	rep := dateline.Check("Fast of Esther, Friday, March 13, 2025")
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	for _, prose := range []string{
		"Fast food and a fast of the mind are no fasts.",
		"The fast of the week ends tonight.",
	} {
		assert.Empty(t, dateline.Find(prose), prose)
	}
}

// TestFastFromDawnHasNoEve: a fast that begins at dawn (the minor fasts)
// has no eve: a dateline of the day before that names it is an occasion
// error, where it was excused as the evening's, "which begins at sunset";
// a fast or holiday that begins at sunset (Tisha B'Av, Yom Kippur) keeps
// its after-sunset warning.
func TestFastFromDawnHasNoEve(t *testing.T) {
	for _, c := range []struct {
		in   string
		want dateline.Code
	}{
		{"Wednesday, March 12, 2025 | Fast of Esther", dateline.CodeOccasion},
		{"Wednesday, March 12, 2025 | Ta'anit Esther", dateline.CodeOccasion},
		// Not "Saturday, October 5, 2024": 3 Tishrei, Tzom Gedaliah's
		// own date, a Shabbat that moves the fast to the 4th, is read as
		// that date with an info (see TestHeldout90MovedFastOwnDate).
		{"Sunday, September 17, 2023 | Tzom Gedaliah", dateline.CodeOccasion},
		{"Thursday, January 9, 2025 | Asara B'Tevet", dateline.CodeOccasion},
		{"Saturday, August 2, 2025 | Tisha B'Av", dateline.CodeAfterSunset},
		{"Friday, October 11, 2024 | Yom Kippur", dateline.CodeAfterSunset},
	} {
		rep := dateline.Check(c.in)
		require.NotEmpty(t, rep.Problems, c.in)
		assert.Equal(t, c.want, rep.Problems[0].Code, "%s: %+v", c.in, rep.Problems)
	}
	assert.Empty(t, dateline.Check("Thursday, March 13, 2025 | Fast of Esther").Problems)
}
