package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestGluedDayFound: a day's number glued to the lower-case Cyrillic or
// Greek letter before it, as pages copied from a site's markup lose the
// space after a caption or a weekday, is a day, read as any other:
// "NEWSru.co.il :: Фото26 Мая 2016 г., 07:36" and "το απόγευμα της
// Πέμπτης29 Ιανουαρίου 2026" (incoming.tsv) were the month alone, with
// the info that it is no day. A number glued to Latin letters (a name's,
// A320) stays part of its word, and a number that is no day is no date.
func TestGluedDayFound(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"NEWSru.co.il :: Фото26 Мая 2016 г., 07:36", "2016-05-26"},
		{"Κορυφώθηκαν το απόγευμα της Πέμπτης29 Ιανουαρίου 2026 οι εκδηλώσεις μνήμης", "2026-01-29"},
		{"Опубликовано12 апреля 2025", "2025-04-12"},
	} {
		m := findOneOK(t, tc.text, heldoutRef)
		assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02"), tc.text)
	}
	assert.Empty(t, dateline.Find("Самолёт Ту154 мая не летал", heldoutRef))
	for _, m := range dateline.Find("Photo26 May 2016 and Windows10 May 2019", heldoutRef) {
		assert.True(t, m.Dateline.Time.IsZero(), "%+v: a month, not a day", m)
	}
}
