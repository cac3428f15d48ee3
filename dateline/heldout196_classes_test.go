package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout196Taraskievica: Belarusian's classical spelling
// (taraškievica), which marks a soft с before a soft н and ц before в with
// ь ("сьнежня", "верасьня", "сьнежань", "чацьвер"), and May's Belarusian
// name "траўня" beside CLDR's "мая": "14 сьнежня завяршаецца габрэйскае
// сьвята Ханука." (Radio Svaboda, svaboda.org, the
// hundred-and-ninety-sixth held-out round, incoming line 2782) was no
// date, its month unknown. The names are read as the official ones are,
// a weekday checked against its day; a spelling that is neither stays
// unread.
func TestHeldout196Taraskievica(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"14 сьнежня 2004", "2004-12-14"},
		{"14 сьнежня 2004 г.", "2004-12-14"},
		{"16 верасьня 2004", "2004-09-16"},
		{"у чацьвер, 16 верасьня 2004", "2004-09-16"},
		{"чацьвер, 9 сьнежня 2021", "2021-12-09"},
		{"14 траўня 2004", "2004-05-14"},
		{"пятніца, 14 траўня 2004", "2004-05-14"},
	})
	// A weekday that is not the day's: an error, not a silent day.
	rep := dateline.Check("у чацьвер, 14 сьнежня 2004", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// Soft signs where neither spelling writes them.
	checkUnread(t, heldoutRef, "14 сьнежьня 2004", "14 сьнежаня 2004", "14 траўньня 2004")
}
