package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLadinoNames: the month and weekday names of Judeo-Spanish (Ladino)
// that no other language read writes, as the Ladino press of Istanbul and
// Jerusalem prints its datelines: "el 2 Marso 2005" (an issue of El
// Amaneser, incoming.tsv) was a syntax error at its month. They read as
// Spanish's, a wrong weekday is still an error, and a layout writes back
// the name read.
func TestLadinoNames(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"el 2 Marso 2005", "2005-03-02"},
		{"1 Marso 2006 | 1 Adar 5766", "2006-03-01"},
		{"Mierkoles 1 Marso 2006", "2006-03-01"},
		{"Miérkoles, 1 de Marso de 2006", "2006-03-01"},
		{"Djugeves 5 Djunio 2014", "2014-06-05"},
		{"Djueves, 3 de Djulio de 2014", "2014-07-03"},
		{"Alhad 9 Oktubre 2011", "2011-10-09"},
		// With Ladino's names that are other languages': Avril
		// (French), Desembre (Catalan).
		{"Alhad 3 Avril 2011", "2011-04-03"},
		{"Mierkoles 1 Desembre 2010", "2010-12-01"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"El Amaneser, Mierkoles 1 Marso 2006 / 1 Adar 5766, Estambol", "Mierkoles 1 Marso 2006 / 1 Adar 5766", "2006-03-01", "1 Adar 5766"},
	})
	rep := dateline.Check("Alhad 5 Oktubre 2011", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday) // a Wednesday
	l, err := dateline.LayoutOf("Mierkoles 1 Marso 2006")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.March, 6, 12, 0, 0, 0, time.UTC))
	assert.Equal(t, "Mierkoles 6 Marso 2024", l.Format(d.Time, d.Hebrew))
	// A word that only starts with a name is none.
	checkUnread(t, heldoutRef, "el 2 Marsot 2005")
}
