package dateline_test

import "testing"

// TestPointYearNextSentence: a point after a date's day or month that
// ends its sentence, the next one opening with a number of four digits
// and a word of prose, leaves the number to that sentence: "We met on 6
// October. 2019 was a good year." was October 6, 2019, a year taken from
// the next sentence with nothing said, and the line after a date ending a
// sentence ("... on October 6.\n2000 people came") gave its count of
// people as the date's year. A year after the point that the date's own
// words follow (a time, the word for year, the other calendar's date) is
// the date's, as before.
func TestPointYearNextSentence(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"We met on 6 October. 2019 was a good year.", "6 October", "2026-10-06", "25 Tishrei 5787"},
		{"We met on October 6.\n2000 people came the next day.", "October 6", "2026-10-06", "25 Tishrei 5787"},
		{"Posted October 6. 2019, 10:30", "October 6. 2019, 10:30", "2019-10-06", "7 Tishrei 5780"},
		{"Oct. 6. 2019 at 3 pm", "Oct. 6. 2019 at 3 pm", "2019-10-06", "7 Tishrei 5780"},
		{"6 октября. 2019 г.", "6 октября. 2019 г.", "2019-10-06", "7 Tishrei 5780"},
		{"October 6. 2019 was 7 Tishrei 5780", "October 6. 2019 was 7 Tishrei 5780", "2019-10-06", "7 Tishrei 5780"},
	})
}
