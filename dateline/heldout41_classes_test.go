package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestBareWeekdayBeforeDigits: a weekday cut to two letters without its
// dot (Dutch's za, zo, ma, di, wo, vr) is taken by free text only beside
// a name of its language, a month's or an occasion's, not before a date of
// digits alone (the forty-first held-out round). Slavic prose writes the
// same two letters before a date ("za" for, "od ... do" from ... to): "za
// 6. 12. 2021" was read as Saturday, 12 June 2021, the order of the digits
// the weekday fits, with nothing said. The date is never read in that
// order now; beside a Dutch month name the weekday is still read.
func TestBareWeekdayBeforeDigits(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, text := range []string{
		"Zapraszamy za 6. 12. 2021 na spotkanie",
		"Příspěvek za 6.12.2021 byl odeslán",
		"Plaćeno za 6. 12. 2021.",
		"Hvala za 3.11.2020",
		"Račun ma 6.12.2021 rok",
		"zo 6.12.2021",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				got := m.Dateline.Time
				assert.NotEqual(t, time.June, got.Month(), "%q read month first by a weekday of prose", text[m.Start:m.End])
				assert.NotEqual(t, time.March, got.Month(), "%q read month first by a weekday of prose", text[m.Start:m.End])
				for _, p := range m.Problems {
					assert.NotEqual(t, dateline.Code("weekday"), p.Code, "%q: a weekday of prose", text[m.Start:m.End])
				}
			}
		})
	}
	for _, tc := range []struct{ text, from, want string }{
		{"Concert za 12 oktober 2024 in de synagoge", "za 12", "2024-10-12"},
		{"Lezing op vr 24 jan 2014", "vr 24", "2014-01-24"},
		{"zo 20 oktober 2024, Soekot", "zo 20", "2024-10-20"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.want, ms[0].Dateline.Time.Format(time.DateOnly))
				assert.Equal(t, strings.Index(tc.text, tc.from), ms[0].Start, "the weekday is read")
				assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			}
		})
	}
}

// TestRangeWordNotWeekday: a word of two letters between two numbers is
// the word of a range, Slavic's "do" (to), not German's Do (Thursday):
// "od 28.11.2021 do 6.12.2021" was read with Thursday and a weekday error
// on a right date, "od 28. 11. do 6. 12. 2021" as Thursday, 6 December.
// The dates are read without a weekday; German's Do before a date, with
// nothing before it, is still its weekday.
func TestRangeWordNotWeekday(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, text := range []string{
		"Izložba je otvorena od 28.11.2021 do 6.12.2021.",
		"Letos je praznovanje potekalo od 28. 11. do 6. 12. 2021",
		"Wystawa czynna od 2.12.2021 do 10.12.2021",
		"Výstava potrvá od 1. 3. 2022 do 30. 4. 2022",
		"od 16. do 18. 5. 2021",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				for _, p := range m.Problems {
					assert.NotEqual(t, dateline.Code("weekday"), p.Code, "%q: a range's word read as a weekday", text[m.Start:m.End])
				}
				// A weekday read would be written as the reference day's,
				// German's Mo; the range's "do" is written as itself.
				assert.NotContains(t, m.Layout, "Mo", "%q", text[m.Start:m.End])
			}
		})
	}
	// The last is a range, from 16 May (the fifty-third round: it was
	// read as its end's day, 18 May, with nothing said).
	ms := dateline.Find("od 16. do 18. 5. 2021", ref)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2021-05-16", ms[0].Dateline.Time.Format(time.DateOnly))
		assert.Equal(t, "2. do 4. 1. 2006", ms[0].Layout)
	}
	ms = dateline.Find("Termin: Do 6.12.2018, 19 Uhr", ref)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "Do 6.12.2018, 19 Uhr", "Termin: Do 6.12.2018, 19 Uhr"[ms[0].Start:ms[0].End])
		assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	}
}

// TestTimeAfterFromDotted: Czech and Slovak pages write the time an
// event starts after "od" (from) with a dot between hour and minutes and
// the word for hours (hodin, hod.) after it: "Ve čtvrtek 29. března od
// 18.15 hodin" was read without its time. A dotted time whose minutes no
// month could be needs no word; one that could be a day and month ("od
// 10.12 do 12.12.2024") is not taken for a time, nor an age ("od 18 let").
func TestTimeAfterFromDotted(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want string }{
		{"Ve čtvrtek 29. března 2018 od 18.15 hodin", "2018-03-29T18:15"},
		{"v sobotu 12. října 2024 od 19.30 v synagoze", "2024-10-12T19:30"},
		{"ve středu 11. prosince 2024 od 10.12 hodin", "2024-12-11T10:12"},
		{"Přednáška 5. listopadu 2024 od 17 hodin", "2024-11-05T17:00"},
		{"sobota 5. 10. 2024 od 18.00 hod.", "2024-10-05T18:00"},
		{"V nedeľu 8. decembra 2024 od 16.30 hod. na Rybnom námestí", "2024-12-08T16:30"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				assert.True(t, ms[0].Dateline.HasTime, "a time of day")
				assert.Equal(t, tc.want, ms[0].Dateline.Time.Format("2006-01-02T15:04"))
			}
		})
	}
	for _, text := range []string{
		"sobota 5. října 2024, vstup od 18 let",
		"Výstava od 10.12 do 12.12.2024",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				assert.False(t, m.Dateline.HasTime, "%q: no time of day", text[m.Start:m.End])
			}
		})
	}
}

// TestLithuanianCapitalsAndGenitiveOrdinal: Lithuanian's words after a
// year and a day in a heading's capitals ("2016 M. GRUODŽIO 24 D.",
// which read as nothing) and the day's ordinal ending in the genitive
// ("Gruodžio 24-osios vakare", "rugsėjo 3-iosios"), read as the lower
// case and the other cases are. A capital D. after a name is no day's.
func TestLithuanianCapitalsAndGenitiveOrdinal(t *testing.T) {
	ref := dateline.Reference(time.Date(2016, time.September, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match, want string }{
		{"2016 M. GRUODŽIO 24 D. LIETUVOS ŽYDŲ BENDRUOMENĖS BUVEINĖJE", "2016 M. GRUODŽIO 24 D.", "2016-12-24"},
		{"2024 M. RUGSĖJO 12 D., 19 VAL. SINAGOGOJE", "2024 M. RUGSĖJO 12 D., 19 VAL.", "2024-09-12"},
		// The evening after the day is the date's, with the sentence
		// going on after it, since the ninety-fourth round (see
		// TestHeldout94LithuanianYearAndEvening), and the occasion that
		// "pradeda švęsti" (begin to celebrate) says begins at its
		// sunset the match's too (see TestOccasionBegunYearless).
		{"Gruodžio 24-osios vakare žydai pradeda švęsti Chanuką.", "Gruodžio 24-osios vakare žydai pradeda švęsti Chanuką", "2016-12-24"},
		{"2016 m. rugsėjo 3-iosios rytą", "2016 m. rugsėjo 3-iosios", "2016-09-03"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
				assert.Equal(t, tc.want, ms[0].Dateline.Time.Format(time.DateOnly))
			}
		})
	}
	assert.Empty(t, dateline.Find("Mano vardas D. Jonaitis, o ne M. Jonaitis.", ref))
}

// TestGreekCapitalsWithoutTonos: Greek writes capitals without the tonos
// ("ΠΕΜΠΤΗ 29 ΙΑΝΟΥΑΡΙΟΥ 2026"), and pages sometimes drop it in lower
// case too; the names read as the accented ones (before, only a capital
// with its tonos, ΙΑΝΟΥΑΡΊΟΥ, read). A layout of such a line writes
// another day that reads back as that day.
func TestGreekCapitalsWithoutTonos(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want string }{
		{"ΠΕΜΠΤΗ 29 ΙΑΝΟΥΑΡΙΟΥ 2026", "2026-01-29"},
		{"ΚΥΡΙΑΚΗ 18 ΔΕΚΕΜΒΡΙΟΥ 2022", "2022-12-18"},
		{"Κυριακη 18 Δεκεμβριου 2022", "2022-12-18"},
		{"ΤΡΙΤΗ 11 ΑΠΡΙΛΙΟΥ 2017", "2017-04-11"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, err := dateline.Parse(tc.text, ref)
			if assert.NoError(t, err) {
				assert.Equal(t, tc.want, d.Time.Format(time.DateOnly))
			}
			l, err := dateline.LayoutOf(tc.text)
			if !assert.NoError(t, err) {
				return
			}
			other := dateline.New(time.Date(2025, time.March, 4, 0, 0, 0, 0, time.UTC))
			back, err := dateline.Parse(other.Format(l.String()), ref)
			if assert.NoError(t, err, "%q", other.Format(l.String())) {
				assert.Equal(t, "2025-03-04", back.Time.Format(time.DateOnly))
			}
		})
	}
}

// TestLatvianWeekdayAdverb: Latvian starts an event's line with the
// weekday's adverb, "on Sunday", CLDR's name without its -a ("Svētdien,
// 12. martā", "piektdien, 2024. gada 5. aprīlī"), which read as nothing;
// it reads as the weekday, is checked against the date, and a layout
// writes every weekday that way.
func TestLatvianWeekdayAdverb(t *testing.T) {
	ref := dateline.Reference(time.Date(2017, time.January, 1, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		text, want string
		ok         bool
	}{
		{"Svētdien, 12. martā 2017 Rēzeknes ebreju kopiena ielūdz", "2017-03-12", true},
		{"piektdien, 2024. gada 5. aprīlī plkst. 18.00", "2024-04-05", true},
		{"Sestdien, 2024. gada 5. aprīlī", "2024-04-05", false}, // a Friday
		{"Svētdien, 12. martā", "2017-03-12", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if !assert.Len(t, ms, 1) {
				return
			}
			assert.Equal(t, tc.want, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.ok, ms[0].OK(), "%v", ms[0].Problems)
			if !tc.ok {
				return
			}
			l, err := dateline.LayoutOf(tc.text[ms[0].Start:ms[0].End])
			if !assert.NoError(t, err) {
				return
			}
			out := dateline.New(time.Date(2025, time.March, 4, 0, 0, 0, 0, time.UTC)).Format(l.String())
			assert.Contains(t, strings.ToLower(out), "otrdien,", "Tuesday's adverb")
			back, err := dateline.Parse(out, dateline.Reference(time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)))
			if assert.NoError(t, err, "%q", out) {
				assert.Equal(t, "2025-03-04", back.Time.Format(time.DateOnly), "%q", out)
			}
		})
	}
	assert.Empty(t, dateline.Find("Svētdien mēs tiekamies sinagogā.", ref))
}
