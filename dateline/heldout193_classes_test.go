package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout193GlossColonRange: an occasion, its gloss (an article and a
// few words) ended by a title's colon, with or without the comma after the
// name, and its date, which may be a range opened by "dal", "du" or
// "from": "Hanukkah la festa delle luci: dal 7 al 15 dicembre"
// (piuculture.it, the hundred-and-ninety-third held-out round, incoming
// line 2761) was not found, as Find reads no year-less date of a month
// English has not apart from its occasion; the date is now the occasion's,
// in the year whose day or eve it is. A date that is neither stays an
// occasion error, and a gloss that is not an article's, or no date after
// the colon, reads nothing.
func TestHeldout193GlossColonRange(t *testing.T) {
	for _, tc := range []struct {
		text, day, heb string
		eve            bool // the date is the occasion's eve: an after-sunset warning
	}{
		{"Hanukkah la festa delle luci: dal 7 al 15 dicembre", "2023-12-07", "25 Kislev 5784", true},
		{"Hanukkah, la festa delle luci, dal 7 al 15 dicembre", "2023-12-07", "25 Kislev 5784", true},
		{"Hanouka, la fête des lumières : du 7 au 15 décembre", "2023-12-07", "25 Kislev 5784", true},
		{"Hanouka la fête des lumières: du 7 au 15 décembre", "2023-12-07", "25 Kislev 5784", true},
		{"Chanukah, the Festival of Lights, from December 7 to 15", "2023-12-07", "25 Kislev 5784", true},
		{"Chanukah the Festival of Lights: December 7-15", "2023-12-07", "25 Kislev 5784", true},
		{"Pesach la Pasqua ebraica: dal 13 al 20 aprile", "2025-04-13", "15 Nisan 5785", false},
		{"Pessah, la Pâque juive : du 13 au 20 avril", "2025-04-13", "15 Nisan 5785", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.text, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, reportCodes(m.Report, dateline.Error))
			if tc.eve {
				assert.Equal(t, []dateline.Code{dateline.CodeAfterSunset}, reportCodes(m.Report, dateline.Warning))
			} else {
				assert.Empty(t, reportCodes(m.Report, dateline.Warning))
			}
		})
	}
	// Neither the occasion's day nor its eve: an error, not a silent day.
	for _, text := range []string{"Hanukkah la festa delle luci: dal 7 al 15 marzo", "Purim la festa delle sorti: 3 aprile"} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Contains(t, reportCodes(ms[0].Report, dateline.Error), dateline.CodeOccasion)
		})
	}
	// No article, or no date right after the colon: the date alone, in
	// the nearest year, as any year-less date after a word of its
	// language that puts a day there (see TestYearlessDateAfterLead).
	for _, tc := range []struct{ text, match string }{
		{"Hanukkah festa delle luci: dal 7 al 15 dicembre", "7 al 15 dicembre"},
		{"Hanukkah la festa delle luci: il programma del 7 dicembre", "7 dicembre"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, "2026-12-07", ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestHeldout193FrenchUntilLead: French's elided "until", "jusqu'au" or
// "jusqu'à" with either apostrophe, opens a text naming a range's last day
// alone, as Italian's "fino al" and English's "until" do: "jusqu’au 26
// décembre" (from Kapitalis, kapitalis.com, the hundred-and-ninety-third
// held-out round, incoming line 2765) was no date whole. The nightfall may
// come before the day. "Jusqu'au" before no day reads nothing; in free
// text the round's row is read, in the nearest year (see
// TestYearlessDateAfterLead).
func TestHeldout193FrenchUntilLead(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"jusqu’au 26 décembre 2022", "2022-12-26"},
		{"jusqu'au 26 décembre 2022", "2022-12-26"},
		{"jusqu’au samedi 26 décembre 2020", "2020-12-26"},
		{"Jusqu'au 2 janvier 2025", "2025-01-02"},
		{"jusqu'à la tombée de la nuit du 3 juin 2025", "2025-06-03"},
		{"jusqu'au coucher du soleil le 3 juin 2025", "2025-06-03"},
	})
	checkWholeInferred(t, heldoutRef, "jusqu’au 26 décembre", "2026-12-26")
	checkUnread(t, heldoutRef, "jusqu'au bout", "jusqu'au 26", "jusqu'au 26/12")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Les célébrations ont commencé hier soir et se poursuivent jusqu’au 26 décembre, où les Juifs allumeront chaque soir une nouvelle bougie.", "2026-12-26"},
	})
}
