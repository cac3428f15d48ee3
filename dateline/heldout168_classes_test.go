package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// checkUnread checks that Check reads none of texts whole: each is a
// syntax error.
func checkUnread(t *testing.T, ref dateline.Option, texts ...string) {
	t.Helper()
	for _, text := range texts {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code)
		})
	}
}

// TestHeldout168HungarianSunsetAfterDate: Hungarian's one-word sunsets
// after a civil date, with their case endings, at sunset and from sunset
// ("napnyugtakor", "napnyugtától", "naplementekor", "naplementétől",
// "napszálltakor"), after the day's case ending or the point of a day
// that ends the date: "május 25. napnyugtától" (Neokohn, neokohn.hu, the
// hundred-and-sixty-eighth held-out round: from sunset on 25 May) was no
// date; after a weekday ("Vasárnap, szeptember 30-án napnyugtakor",
// mizbtszentendre.hu) the evening was read already. The day is the civil
// day; a wrong weekday is still an error, and a word after the sunset
// that is no verb leaves the text unread as before.
func TestHeldout168HungarianSunsetAfterDate(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2023. május 25. napnyugtától", "2023-05-25"},
		{"2023. május 25-én napnyugtakor", "2023-05-25"},
		{"2024. október 11-én naplementekor", "2024-10-11"},
		{"2024. április 22. naplementétől", "2024-04-22"},
		{"2012. szeptember 30-án napszálltakor", "2012-09-30"},
		{"Vasárnap, 2012. szeptember 30-án napnyugtakor", "2012-09-30"},
		{"2023. május 25. este", "2023-05-25"},
	})
	// No date before the word, or prose after it.
	checkUnread(t, heldoutRef, "napnyugtától", "2023. május 25. napnyugtától ünnepeljük")
	// After sunset the Hebrew date is the next day's, as after "este".
	rep := dateline.Check("2023. május 25. napnyugtától", heldoutRef)
	assert.Equal(t, "6 Sivan 5783", rep.Dateline.Hebrew.String())
	// A weekday that is not the date's is said.
	rep = dateline.Check("Szombat, 2012. szeptember 30-án napnyugtakor", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
}

// TestHeldout168BareBeginsVerb: a verb for "begins" (or its past) that
// ends the clause after a civil date, with no occasion named: "október
// 11-én kezdődik" (HírTV, hirtv.hu, the hundred-and-sixty-eighth
// held-out round: on October 11 begins, the holiday named after it in
// words that are no occasion's name) was no date; with an occasion after
// it ("kezdődik a Jom Kipur") it was read already. The verb is text of
// the dateline and says nothing of the day; a wrong weekday is still an
// error, and words after the verb leave the text unread.
func TestHeldout168BareBeginsVerb(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2024. október 11-én kezdődik", "2024-10-11"},
		{"2024. október 11-én kezdődik.", "2024-10-11"},
		{"2024. október 11. kezdődött", "2024-10-11"},
		{"Péntek, 2024. október 11-én kezdődik", "2024-10-11"},
		{"12 octombrie 2024 începe", "2024-10-12"},
		{"Friday, October 11, 2024 begins", "2024-10-11"},
	})
	// No date before the verb, or prose after it.
	checkUnread(t, heldoutRef, "kezdődik", "11 kezdődik", "2024. október 11-én kezdődik a legnagyobb zsidó ünnep")
	// With an occasion after it, the occasion's evening, as before.
	rep := dateline.Check("2024. október 11-én kezdődik a Jom Kipur", heldoutRef)
	assert.Equal(t, "10 Tishrei 5785", rep.Dateline.Hebrew.String())
	// A weekday that is not the date's is said.
	rep = dateline.Check("Szombat, 2024. október 11-én kezdődik", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
}
