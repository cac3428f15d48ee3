package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOldStyleMarkersRomanceNordic: the old and new style words of
// Italian, Spanish, Portuguese, Romanian, Finnish, Swedish, Hungarian,
// Czech and Slovak are read as German's "alten Stils" and Polish's "st.
// st." are: "Nato l'11 febbraio 1731 (vecchio stile)", "11 de febrero de
// 1731 (estilo antiguo)", "11. února 1731 (starého stylu)", "11
// februarie 1731 (stil vechi)", "11. helmikuuta 1731 (vanhaa lukua)"
// were read as the Gregorian February 11, 1731, 5 Adar I 5491, eleven
// days off, with nothing said (adversarial review 52); Check refused
// them. The New Style words keep the day.
func TestOldStyleMarkersRomanceNordic(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Nato l'11 febbraio 1731 (vecchio stile) a Mosca.", "11 febbraio 1731 (vecchio stile)", "1731-02-22", "16 Adar I 5491"},
		{"nato il 4 marzo 1700 stile vecchio", "4 marzo 1700 stile vecchio", "1700-03-15", "24 Adar 5460"},
		{"nato il 26 maggio 1799 secondo il calendario giuliano", "26 maggio 1799 secondo il calendario giuliano", "1799-06-06", "3 Sivan 5559"},
		{"Nació el 11 de febrero de 1731 (estilo antiguo).", "11 de febrero de 1731 (estilo antiguo)", "1731-02-22", "16 Adar I 5491"},
		{"nació el 4 de marzo de 1700 según el calendario juliano", "4 de marzo de 1700 según el calendario juliano", "1700-03-15", "24 Adar 5460"},
		{"nasceu em 26 de maio de 1799 (estilo antigo)", "26 de maio de 1799 (estilo antigo)", "1799-06-06", "3 Sivan 5559"},
		{"Narozen 11. února 1731 (starého stylu).", "11. února 1731 (starého stylu)", "1731-02-22", "16 Adar I 5491"},
		{"narozen 4. března 1700 podle juliánského kalendáře", "4. března 1700 podle juliánského kalendáře", "1700-03-15", "24 Adar 5460"},
		{"Născut la 11 februarie 1731 (stil vechi).", "11 februarie 1731 (stil vechi)", "1731-02-22", "16 Adar I 5491"},
		{"născut la 26 mai 1799 după calendarul iulian", "26 mai 1799 după calendarul iulian", "1799-06-06", "3 Sivan 5559"},
		{"Syntynyt 11. helmikuuta 1731 (vanhaa lukua).", "11. helmikuuta 1731 (vanhaa lukua)", "1731-02-22", "16 Adar I 5491"},
		{"född den 4 mars 1700 enligt gamla stilen", "4 mars 1700 enligt gamla stilen", "1700-03-15", "24 Adar 5460"},
		{"Született 1731. február 11-én (ó. s.).", "1731. február 11-én (ó. s.)", "1731-02-22", "16 Adar I 5491"},
		// New Style: the day as written.
		{"nato il 18 luglio 1837 (nuovo stile)", "18 luglio 1837 (nuovo stile)", "1837-07-18", "15 Tammuz 5597"},
		{"el 18 de julio de 1837 (estilo nuevo)", "18 de julio de 1837 (estilo nuevo)", "1837-07-18", "15 Tammuz 5597"},
		{"18 iulie 1837 (stil nou)", "18 iulie 1837 (stil nou)", "1837-07-18", "15 Tammuz 5597"},
	})
	// The whole dateline reads so too, where each was refused.
	for _, tc := range []struct{ text, day string }{
		{"11 febbraio 1731 (vecchio stile)", "1731-02-22"},
		{"11 de febrero de 1731 (estilo antiguo)", "1731-02-22"},
		{"11. února 1731 (starého stylu)", "1731-02-22"},
		{"11 februarie 1731 (stil vechi)", "1731-02-22"},
		{"11. helmikuuta 1731 (vanhaa lukua)", "1731-02-22"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeJulian)
		})
	}
	// Not markers: a style before a word in lower case (furniture, a
	// painting's), an abbreviation before a number; the days are Gregorian.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"asta del 12 maggio 2020 stile vecchio rustico", "2020-05-12"},
		{"subasta del 12 de mayo de 2020 estilo antiguo colonial", "2020-05-12"},
		{"licitație din 12 mai 2020 stil vechi românesc", "2020-05-12"},
		{"rozsudek z 12. května 2020 st. st. 15-17", "2020-05-12"},
	})
}

// TestEndOfDayClockNoDateline: a dateline whose time is 24:00, or an
// hour past the day, is an error and gives no dateline, as "12:75" does:
// "March 29, 2024 at 24:00" gave the error beside a dateline at 00:00 of
// March 29, the start of the day whose end the text names, 24 hours early,
// which scan wrote after "=>" and the JSON as its time (adversarial
// review 52). A range that ends at 24:00 reads its start still, and
// 23:59 and 12:00 am their own times.
func TestEndOfDayClockNoDateline(t *testing.T) {
	for _, in := range []string{
		"March 29, 2024 at 24:00", "2024-03-29 24:00", "2024-03-29T24:00:00+02:00", "Friday, March 29, 2024 24:00 | 19 Adar II 5784",
		"29 mars 2024 24:00", "29. März 2024, 24:00 Uhr", "March 29, 2024 24:30",
	} {
		t.Run(in, func(t *testing.T) {
			r := dateline.Check(in)
			require.False(t, r.OK())
			assert.True(t, r.Dateline.IsZero(), "%v", r.Dateline)
			assert.Contains(t, reportCodes(r, dateline.Error), dateline.CodeOutOfRange)
		})
	}
	m := dateline.Find("The meeting ends March 29, 2024 at 24:00.")
	require.NotEmpty(t, m)
	assert.True(t, m[0].Dateline.IsZero(), "%v", m[0].Dateline)
	// 2024-03-29 is Friday, 19 Adar II 5784.
	for _, tc := range []struct{ in, want string }{
		{"March 29, 2024 18:00-24:00", "2024-03-29T18:00:00Z"},
		{"March 29, 2024 23:59", "2024-03-29T23:59:00Z"},
		{"March 29, 2024 12:00 am", "2024-03-29T00:00:00Z"},
		{"2024-03-29 00:00", "2024-03-29T00:00:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Equal(t, tc.want, r.Dateline.Time.Format(time.RFC3339))
			assert.Equal(t, "19 Adar II 5784", r.Dateline.Hebrew.String())
		})
	}
}

// TestFindHTMLTimeDatetime: a <time datetime> element's attribute is the
// page's machine reading of its text: it gives the year of a text that
// names none ("<time datetime="2023-03-02">March 2</time>" was 2024's by
// the reference), a text whose day is not the attribute's is an error
// (it was read with nothing said), and a <time> whose text is no date
// gives the attribute as the item (it gave nothing). A datetime with its
// time may be a day off (UTC), and a <time> without one is read as text.
// hd: 2023-03-02 is Thursday, 9 Adar 5783; 2024-03-02 Saturday, 22
// Adar I 5784; 2024-03-05 Tuesday, 25 Adar I 5784; 2022-12-25 Sunday,
// 1 Tevet 5783.
func TestFindHTMLTimeDatetime(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		page, day, heb string
		err            bool
	}{
		{`<p><time datetime="2023-03-02">March 2</time></p>`, "2023-03-02", "9 Adar 5783", false},
		{`<p><time datetime="2023-03-02">2 mars</time></p>`, "2023-03-02", "9 Adar 5783", false},
		{`<p><time datetime="2022-12-25T09:00:00+02:00">Sunday, December 25</time></p>`, "2022-12-25", "1 Tevet 5783", false},
		{`<p>Published <time datetime="2024-03-03">Saturday, March 2, 2024</time></p>`, "2024-03-02", "22 Adar I 5784", true},
		{`<p><time datetime="2023-03-02">March 2, 2024</time></p>`, "2024-03-02", "22 Adar I 5784", true},
		{`<p>Updated <time datetime="2024-03-05T10:00Z">yesterday</time></p>`, "2024-03-05", "25 Adar I 5784", false},
		{`<p><time datetime="2024-03-05">il y a 2 jours</time></p>`, "2024-03-05", "25 Adar I 5784", false},
		// near misses: agreeing, a day off in UTC, no datetime
		{`<p><time datetime="2024-03-02">March 2, 2024</time></p>`, "2024-03-02", "22 Adar I 5784", false},
		{`<p><time datetime="2024-03-03T04:30Z">March 2, 2024</time></p>`, "2024-03-02", "22 Adar I 5784", false},
		{`<p><time>March 2</time></p>`, "2024-03-02", "22 Adar I 5784", false},
	} {
		t.Run(tc.page, func(t *testing.T) {
			ms := dateline.FindHTML(tc.page, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Equal(t, tc.err, !m.OK(), "%v", m.Problems)
			if tc.err {
				assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeCalendar)
			}
		})
	}
	// A <time> whose datetime is no date, and whose text is none, gives
	// nothing.
	for _, page := range []string{`<p><time datetime="10:00">at ten</time></p>`, `<p><time datetime="P2D">two days</time></p>`} {
		t.Run(page, func(t *testing.T) {
			assert.Empty(t, dateline.FindHTML(page, ref))
		})
	}
}
