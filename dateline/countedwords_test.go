package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestCountedDayInWords: an occasion's day counted by an ordinal word
// before its name, in a language beyond English, is that day, as
// "Third Day of Chanukah" is. "Trećeg dana Hanuke, u utorak, 4. decembra"
// (RTS, Serbian: the third day of Chanukah, Tuesday, December 4; the
// incoming corpus's line 919) was read as Chanukah's eve, Tuesday,
// December 4, 2007, where the page's is 2018's: the third day's eve.
func TestCountedDayInWords(t *testing.T) {
	checkMatchCases(t, []matchCase{
		// The words count the day; with a date that is that day, the
		// whole reads as one.
		{text: "Во второй день Хануки, в субботу 9 декабря", match: "второй день Хануки, в субботу 9 декабря", day: "2023-12-09"},
		{text: "deuxième jour de Roch Hachana, le 17 septembre 2023", day: "2023-09-17"},
		{text: "zweiter Tag Rosch Haschana, 17. September 2023", day: "2023-09-17"},
		{text: "segundo día de Rosh Hashaná, domingo 17 de septiembre de 2023", day: "2023-09-17"},
		// Another day than the one counted is an error, as the English
		// words' is: the second day of Rosh Hashana 5784 is September 17.
		{text: "zweiter Tag Rosch Haschana, 16. September 2023", day: "2023-09-16", codes: []dateline.Code{dateline.CodeOccasion}},
		{text: "второй день Рош ха-Шана, 16 сентября 2023 года", match: "второй день Рош ха-Шана, 16 сентября 2023 года", day: "2023-09-16", codes: []dateline.Code{dateline.CodeOccasion}},
	})
	checkMatchCases(t, []matchCase{
		// Serbian's second day, of the weekday's sentence.
		{text: "Drugog dana Hanuke, u subotu, 9. decembra", day: "2023-12-09"},
	})
	// Serbian's occasion before the weekday's match, of its sentence: not
	// Chanukah's eve of 2007. The counted day is December 5, 2018, whose
	// eve the page's Tuesday is; the date is read alone, in the year its
	// weekday gives.
	m := oneMatch(t, "Trećeg dana Hanuke, u utorak, 4. decembra, Jevrejski centar \"Habad Srbija\" organizuje centralnu proslavu", heldoutRef)
	assert.Equal(t, "2018-12-04", m.Dateline.Time.Format("2006-01-02"))
	assert.Empty(t, severityCodes(m, dateline.Error))
}

// TestCountedDayInWordsNot: a number word that counts no day of the
// occasion (a cardinal, "eight days of") or an ordinal without a word
// for "day" leaves the name its first day.
func TestCountedDayInWordsNot(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "osam dana Hanuke, u četvrtak, 7. decembra", match: "Hanuke, u četvrtak, 7. decembra", day: "2023-12-07"},
		{text: "восемь дней Хануки, 7 декабря 2023 года", match: "Хануки, 7 декабря 2023 года", day: "2023-12-07"},
	})
}
