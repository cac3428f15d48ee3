package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestHeldout264ScholarlyHeshvan: Cheshvan and Shevat in the scholarly
// transliteration that writes the vav as w and the shin as š, with a dot
// under the Ḥ and the Ṭ: "Mošeh da Fano m. 11 Ḥešwan 5356, 14 ottobre
// 1595" heads an epitaph in a book on Ferrara's Jewish cemeteries
// (museoferrara.it, seen by the two hundred and sixty-fourth held-out
// round). Find read only the Italian date after the comma, so a Hebrew
// day that disagreed with it went unsaid. Ḥešwan, Marḥešwan, Šewaṭ and
// Šebaṭ now name their months, the Hebrew date then the civil one is one
// dateline, and a civil day one off is an error; a word that only
// starts like Ḥešwan is no month.
func TestHeldout264ScholarlyHeshvan(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"11 Ḥešwan 5356", "1595-10-14"},
		{"11 Ḥešwan 5356, 14 ottobre 1595", "1595-10-14"},
		{"3 Marḥešwan 5785", "2024-11-04"},
		{"23 Ḥešwan 5785", "2024-11-24"},
		{"15 Šebaṭ 5784", "2024-01-25"},
		{"15 Šewaṭ 5784", "2024-01-25"},
		// The same names with the diacritics left out, as the lookup
		// folds them.
		{"23 Heswan 5785", "2024-11-24"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Mošeh da Fano m. 11 Ḥešwan 5356, 14 ottobre 1595", "11 Ḥešwan 5356, 14 ottobre 1595", "1595-10-14", "11 Cheshvan 5356"},
		{"Neḥamah da Urbino m. 15 Siwan 5626, 29 maggio 1866", "15 Siwan 5626, 29 maggio 1866", "1866-05-29", "15 Sivan 5626"},
	})
	// A civil day one off the Hebrew one is now seen and said.
	ms := dateline.Find("Mošeh da Fano m. 11 Ḥešwan 5356, 15 ottobre 1595", heldoutRef)
	require.Len(t, ms, 1)
	assert.Contains(t, severityCodes(ms[0], dateline.Error), dateline.CodeCalendar)
	// The month lookup names the spellings' month.
	for word, want := range map[string]hebrew.Month{"Ḥešwan": hebrew.Cheshvan, "Marḥešwan": hebrew.Cheshvan, "Šebaṭ": hebrew.Shevat, "Šewaṭ": hebrew.Shevat} {
		name, err := hebrew.LookupMonth(word)
		if assert.NoError(t, err, word) {
			assert.Equal(t, want, name.Month, word)
		}
	}
	// A word that only starts like the month is none.
	checkUnread(t, heldoutRef, "11 Ḥešwanim 5356", "15 Šebaṭo 5784")
}
