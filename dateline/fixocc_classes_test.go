package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// An occasion its sentence says begins, or is kept, at a civil date that
// states no year and no weekday, where the year the reference or the
// sentence ("this year", "idén", "bu yıl") gives makes the date the
// occasion's eve: the date's Hebrew date is the evening's, with the info
// that says so, in every language that has the verbs. Before, such a
// date was the daytime's alone ("Gruodžio 14 d., kartu su saulės laida,
// pasaulio žydų bendruomenė pradeda švęsti Chanuką", "Idén december
// 10-én kezdődött ... a hanuka", "Sukot Bayramı, bu yıl 6 Ekim'de
// başlıyor", incoming.tsv). Each day checked with hd: 14 Dec 2025 = 24
// Kislev 5786, 10 Dec 2020 = 24 Kislev 5781, 6 Oct 2025 = 14 Tishrei
// 5786, 16 Dec 2025 = 26 Kislev 5786, 14 Dec 2026 = 4 Tevet 5787.
func TestOccasionBegunYearless(t *testing.T) {
	cases := []struct {
		text, ref, match, day, heb string
		sunset                     bool // the info that the Hebrew date is the evening's
	}{
		// The occasion after the date, with a verb of beginning or keeping.
		{"Gruodžio 14 d., kartu su saulės laida, pasaulio žydų bendruomenė pradeda švęsti Chanuką", "2025-07-01",
			"Gruodžio 14 d., kartu su saulės laida, pasaulio žydų bendruomenė pradeda švęsti Chanuką", "2025-12-14", "25 Kislev 5786", true},
		{"Gruodžio 14 d. žydai pradeda švęsti Chanuką.", "2025-07-01", "Gruodžio 14 d. žydai pradeda švęsti Chanuką", "2025-12-14", "25 Kislev 5786", true},
		{"On December 14 Jews around the world celebrate Hanukkah.", "2025-07-01", "December 14 Jews around the world celebrate Hanukkah", "2025-12-14", "25 Kislev 5786", true},
		{"This year, on December 14, Jews begin to celebrate Hanukkah.", "2025-07-01", "December 14, Jews begin to celebrate Hanukkah", "2025-12-14", "25 Kislev 5786", true},
		{"Idén december 10-én kezdődött a zsidó vallás egyik legvidámabb ünnepe, a hanuka.", "2020-07-01",
			"december 10-én kezdődött a zsidó vallás egyik legvidámabb ünnepe, a hanuka", "2020-12-10", "25 Kislev 5781", true},
		{"Idén december 14-én kezdődik a hanuka.", "2025-07-01", "december 14-én kezdődik a hanuka", "2025-12-14", "25 Kislev 5786", true},
		// The Slavic singular "began to celebrate" (1 Dec 2010 = 24
		// Kislev 5771).
		{"Сегодня, первого декабря, после восхода первой звезды еврейский народ начал праздновать Хануку", "2010-07-01",
			"первого декабря, после восхода первой звезды еврейский народ начал праздновать Хануку", "2010-12-01", "25 Kislev 5771", true},
		{"Сьогодні, 1 грудня, після заходу сонця громада почала святкувати Хануку", "2010-07-01",
			"1 грудня, після заходу сонця громада почала святкувати Хануку", "2010-12-01", "25 Kislev 5771", true},
		// The occasion before the date, and the verb last, after it.
		{"Sukot Bayramı, bu yıl 6 Ekim'de başlıyor", "2025-07-01", "Sukot Bayramı, bu yıl 6 Ekim'de", "2025-10-06", "15 Tishrei 5786", true},
		{"Hanuka bu yıl 14 Aralık'ta başlıyor.", "2025-07-01", "Hanuka bu yıl 14 Aralık'ta", "2025-12-14", "25 Kislev 5786", true},
		{"A hanuka idén december 14-én kezdődik.", "2025-07-01", "hanuka idén december 14-én", "2025-12-14", "25 Kislev 5786", true},
		// A day of the occasion is its daytime's already.
		{"On December 16 Jews celebrate Hanukkah.", "2025-07-01", "December 16", "2025-12-16", "26 Kislev 5786", false},
		// The occasion only a purpose: the date alone.
		{"On December 14 we bought candles for Hanukkah.", "2025-07-01", "December 14", "2025-12-14", "24 Kislev 5786", false},
		// The verb after the date, but the occasion does not begin then.
		{"Hanuka bu yıl 16 Aralık'ta başlıyor.", "2025-07-01", "16 Aralık'ta", "2025-12-16", "26 Kislev 5786", false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tc.ref)
			require.NoError(t, err)
			ms := dateline.Find(tc.text, dateline.Reference(ref))
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			sunset := false
			for _, p := range m.Problems {
				if p.Code == dateline.CodeAfterSunset {
					sunset = true
					assert.Equal(t, dateline.Info, p.Severity, p.Message)
				}
			}
			assert.Equal(t, tc.sunset, sunset)
		})
	}
}

// The reference's year, in which the occasion does not begin at the
// date's sunset, keeps the date the daytime's, with the warning that its
// sentence names an occasion that is not near it: the occasion does not
// choose a year for a date without a weekday (14 Dec 2026 = 4 Tevet 5787,
// Hanukkah 5787 began on 4 December).
func TestOccasionBegunYearlessOtherYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.July, 1, 12, 0, 0, 0, time.UTC))
	for _, text := range []string{
		"Gruodžio 14 d., kartu su saulės laida, pasaulio žydų bendruomenė pradeda švęsti Chanuką",
		"On December 14 Jews around the world celebrate Hanukkah.",
		"Hanuka bu yıl 14 Aralık'ta başlıyor.",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, "2026-12-14", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "4 Tevet 5787", ms[0].Dateline.Hebrew.String())
			warned := false
			for _, p := range ms[0].Problems {
				warned = warned || p.Code == dateline.CodeYearInferred && p.Severity == dateline.Warning
			}
			assert.True(t, warned, "%v", ms[0].Problems)
		})
	}
}
