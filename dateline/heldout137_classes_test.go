package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout137GermanicEra: the era a civil year is counted in, as
// German, Dutch and the Scandinavian languages abbreviate it after the
// year, a point after each letter group and a space after a point or
// not: "vrijdag 10 september 2021 n.D. Z. 4. Tischri AM 5782" (a Dutch
// copy of German Wikipedia's calendar box, denl.abcdef.wiki, the
// hundred-and-thirty-seventh held-out round) was two datelines, the
// era between the calendars read as no part of either. "n. Chr.",
// "n. d. Z.", "n. u. Z.", "u. Z.", "n.o.j.", "e.Kr." and "e.v.t." now
// end a civil year as "CE" and "AD" do, and the two calendars beside
// them are one dateline, checked against each other.
func TestHeldout137GermanicEra(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"vrijdag 10 september 2021 n.D. Z. 4. Tischri AM 5782", "2021-09-10"},
		{"Freitag, 10. September 2021 n. Chr. 4. Tischri 5782", "2021-09-10"},
		{"vrijdag 10 september 2021 n.Chr. 4 Tisjri 5782", "2021-09-10"},
		{"Freitag, 10. September 2021 n. d. Z. 4. Tischri 5782", "2021-09-10"},
		{"10. September 2021 u. Z. / 4. Tischri 5782", "2021-09-10"},
		{"fredag den 10. september 2021 e.Kr. 4 tishri 5782", "2021-09-10"},
		{"10 september 2021 n.Chr.", "2021-09-10"},
		{"den 6 juni 2019 e.v.t.", "2019-06-06"},
	})
	// Two calendars that disagree across the era are still said.
	m := oneMatch(t, "Freitag, 10. September 2021 n. Chr. 7. Tischri 5782", heldoutRef)
	assert.False(t, m.OK())
	// A word that only begins like an era is no era: the date ends
	// before it, and the Hebrew date after it is read apart.
	assert.Len(t, dateline.Find("vrijdag 10 september 2021 nog 4 Tisjri 5782", heldoutRef), 2)
}

// TestHeldout137GermanicEraBefore: the same languages' eras before the
// common era ("v. Chr.", "v.Chr.", "v. d. Z.", "v. u. Z.", "v.o.j.",
// "f.Kr.", "f.v.t.") after a year. Seen beside the round's rows (a
// Danish museum page's "164 f.v.t."), they were read as no era at all,
// so "10 september 2021 v.Chr." was Friday 10 September of the common
// era's 2021, a day four thousand years off with nothing said; such a
// year is now no year of the common era, as "BCE" is not.
func TestHeldout137GermanicEraBefore(t *testing.T) {
	for _, tc := range []struct{ text, notDay string }{
		{"10 september 2021 v.Chr.", "2021-09-10"},
		{"10. September 2021 v. Chr.", "2021-09-10"},
		{"Freitag, 10. September 2021 v. u. Z.", "2021-09-10"},
		{"den 6 juni 1019 f.Kr.", "1019-06-06"},
		{"den 6. juni 1019 f.v.t.", "1019-06-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				assert.NotEqual(t, tc.notDay, m.Dateline.Time.Format(time.DateOnly))
			}
		})
	}
}
