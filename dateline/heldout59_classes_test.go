package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestDashedHoursWithWord: a range of hours joined by a dash, with the
// word for o'clock after its end only, after a date (the fifty-ninth
// held-out round's Lithuanian "Gegužės 19 d., sekmadienį, 12-15 val."):
// Lithuanian val., German Uhr, Dutch uur, Hungarian óra, Czech hod.,
// Serbian sati. The range's first hour is the dateline's time, as a range
// of days gives its first day. Before, the two numbers were read as a
// range of days that wanted a month after them, and the date was cut
// before its time. Numbers after a date that are no hours (no word for
// o'clock after them, or an end past 24) stay out of it.
func TestDashedHoursWithWord(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"Gegužės 19 d., sekmadienį, 12-15 val., muziejininkės kviečia", "2024-05-19 12:00"},
		{"2024 m. gegužės 19 d. 12–15 val.", "2024-05-19 12:00"},
		{"Sonntag, 19. Mai 2024, 18-20 Uhr im Gemeindesaal", "2024-05-19 18:00"},
		{"zondag 19 mei 2024, 18 - 20 uur", "2024-05-19 18:00"},
		{"2024. május 19., vasárnap 18–20 óra", "2024-05-19 18:00"},
		{"neděle 19. května 2024, 9-11 hod.", "2024-05-19 09:00"},
		{"nedelja, 19. maj 2024, 10-15 sati", "2024-05-19 10:00"},
	})
	for _, tc := range []struct{ text, match string }{
		{"Sonntag, 19. Mai 2024, 18-20 Teilnehmer", "Sonntag, 19. Mai 2024"},
		{"Sonntag, 19. Mai 2024, 20-30 Uhr", "Sonntag, 19. Mai 2024"},
		{"Gegužės 19 d., sekmadienį, 12-15 vaikų", "Gegužės 19 d., sekmadienį"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End], "no hours")
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
	// A range of days is still one: the dash between two days before a
	// month.
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"am 18-20. Mai 2024 im Gemeindesaal", "18-20. Mai 2024", "2024-05-18", "10 Iyyar 5784"},
	})
}

// TestBalticNordicSunsets: the words for "at sunset" and "after sunset"
// of the Baltic and Nordic languages on either end of a range that begins
// and ends with a verb (the fifty-ninth held-out round's Latvian "Roš
// Hašana sākas saulrietā piektdien, 2023.gada 15. septembrī, un beidzas
// saulrietā svētdien, 17. septembrī"), and Estonian's verb for "begins",
// algab. The range is one dateline, its first day's evening the Hebrew
// date's. Before, the sunset's word was not read, and the two ends were
// two datelines; Estonian's occasion was left out of its dateline. The
// words alone, without a date after them, are prose.
func TestBalticNordicSunsets(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Ebreju Jaunais gads Roš Hašana sākas saulrietā piektdien, 2023.gada 15. septembrī, un beidzas saulrietā svētdien, 17. septembrī.",
			"Roš Hašana sākas saulrietā piektdien, 2023.gada 15. septembrī, un beidzas saulrietā svētdien, 17. septembrī", "2023-09-15", "1 Tishrei 5784"},
		{"Jom Kipur sākas pēc saulrieta piektdien, 2024. gada 11. oktobrī.", "Jom Kipur sākas pēc saulrieta piektdien, 2024. gada 11. oktobrī", "2024-10-11", "10 Tishrei 5785"},
		{"Roš Hašana algab päikeseloojangul reedel, 15. septembril 2023 ja lõpeb päikeseloojangul pühapäeval, 17. septembril.",
			"Roš Hašana algab päikeseloojangul reedel, 15. septembril 2023 ja lõpeb päikeseloojangul pühapäeval, 17. septembril", "2023-09-15", "1 Tishrei 5784"},
		{"Pesah alkaa auringon laskiessa lauantaina 12. huhtikuuta 2025 ja päättyy auringonlaskun jälkeen sunnuntaina 20. huhtikuuta.",
			"Pesah alkaa auringon laskiessa lauantaina 12. huhtikuuta 2025 ja päättyy auringonlaskun jälkeen sunnuntaina 20. huhtikuuta", "2025-04-12", "15 Nisan 5785"},
		{"Pesach börjar efter solnedgången lördag den 12 april 2025.", "Pesach börjar efter solnedgången lördag den 12 april 2025", "2025-04-12", "15 Nisan 5785"},
		{"Pesach begynder efter solnedgang lørdag den 12. april 2025, siger rabbineren.", "Pesach begynder efter solnedgang lørdag den 12. april 2025", "2025-04-12", "15 Nisan 5785"},
		{"Pesach begynner etter solnedgang lørdag 12. april 2025, sier rabbineren.", "Pesach begynner etter solnedgang lørdag 12. april 2025", "2025-04-12", "15 Nisan 5785"},
	})
	for _, text := range []string{
		"Saulrietā mēs devāmies mājās pa jūras krastu.",
		"Päikeseloojangul oli rand tühi ja vaikne.",
		"Efter solnedgången gick vi hem.",
		"Algab uus õppeaasta ja kõik on rõõmsad.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref), "prose")
		})
	}
}

// TestTimeRangeNotOffset: a range of times glued by a hyphen, "kl.
// 11:00-12:30" (the fifty-ninth held-out round's Danish "Fredag d. 27.
// januar 2023 kl. 11:00 til 12:30" printed so elsewhere on event pages),
// is the first time of day, not a time at UTC-12:30. Before, the end was
// read as an offset wherever one could be (up to 14 hours), and the
// instant was hours off with nothing said. An offset stays one after
// seconds, after an ISO date's T, and where it is earlier than the time.
func TestTimeRangeNotOffset(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"fredag den 27. januar 2023 kl. 11:00-12:30", "2023-01-27T11:00:00Z"},
		{"Friday, January 27, 2023 10:00-13:00", "2023-01-27T10:00:00Z"},
		{"Sonntag, 19. Mai 2024, 9:00-11:00 Uhr", "2024-05-19T09:00:00Z"},
		{"lauantaina 12. huhtikuuta 2025 klo 18:00-20:30", "2025-04-12T18:00:00Z"},
		{"Friday, January 27, 2023 10:00am-11:30", "2023-01-27T10:00:00Z"},
		{"Friday, January 27, 2023 9:00pm-10:30", "2023-01-27T21:00:00Z"},
		// Offsets.
		{"2023-01-27T11:00-05:00", "2023-01-27T11:00:00-05:00"},
		{"2023-01-27T10:00-11:00", "2023-01-27T10:00:00-11:00"},
		{"Friday, January 27, 2023 11:00:00-12:30", "2023-01-27T11:00:00-12:30"},
		{"Friday, January 27, 2023 11:00-05:00", "2023-01-27T11:00:00-05:00"},
		{"Friday, January 27, 2023 11:00 +12:30", "2023-01-27T11:00:00+12:30"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, err := dateline.Parse(tc.text)
			require.NoError(t, err)
			require.True(t, d.HasTime)
			assert.Equal(t, tc.want, d.Time.Format(time.RFC3339))
		})
	}
}

// TestNordicDayAbbreviation: Danish's and Norwegian's "d." (den, the)
// between a weekday and its day (the fifty-ninth held-out round's
// "Fredag d. 27. januar 2023 kl. 11:00 til 12:30", a Danish museum's
// sign-up page), read as "den" is. Before, the dateline stopped at the
// weekday and Check gave a syntax error; Find found the day without it.
// A layout written so keeps "d." and reads back; "d." with no weekday
// before it, or no day after it, is no part of a date.
func TestNordicDayAbbreviation(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Tilmelding: Fredag d. 27. januar 2023 kl. 11:00 til 12:30 i Dronningesalen", "Fredag d. 27. januar 2023 kl. 11:00 til 12:30", "2023-01-27", "5 Shevat 5783"},
		{"Seder holdes lørdag d. 12. april 2025 i synagogen.", "lørdag d. 12. april 2025", "2025-04-12", "14 Nisan 5785"},
		{"Vi møtes søndag d. 1. desember 2024 kl. 17.00.", "søndag d. 1. desember 2024 kl. 17.00", "2024-12-01", "30 Cheshvan 5785"},
	})
	for _, text := range []string{"fredag d. 27. januar 2023", "Mandag d. 2. januar 2006 kl. 15:04"} {
		t.Run(text, func(t *testing.T) {
			l, err := dateline.LayoutOf(text)
			require.NoError(t, err)
			d := dateline.New(time.Date(2024, time.May, 19, 10, 30, 0, 0, time.UTC))
			out := l.Format(d.Time, d.Hebrew)
			assert.Contains(t, out, " d. 19. ma") // maj or mai: "januar" and "fredag" are Danish and Norwegian
			back, err := dateline.Parse(out)
			require.NoError(t, err)
			assert.Equal(t, "2024-05-19", back.Time.Format(time.DateOnly))
		})
	}
	for _, text := range []string{"Han kom d. 27. januar 2023", "fredag d. 27 gæster"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				assert.NotContains(t, text[m.Start:m.End], "d.", "no weekday before d., or no day after it")
			}
		})
	}
}

// TestDottedTimeRange: a range of times written with a point between hour
// and minutes, as the Nordic and Baltic languages write times ("kl.
// 18.00–20.00", "klo 18.00-20.00", "plkst. 18.00–20.00", and the
// fifty-ninth held-out round's Lithuanian times with "val." after them):
// the first time is the dateline's. Before, the end was read as the start
// of a numeric date, and Check of the whole line gave a syntax error. An
// end that is a date's day and month (18.00–12.05.2025) is no time.
func TestDottedTimeRange(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"2024 m. gegužės 19 d. 12.00–15.00 val.", "2024-05-19 12:00"},
		{"lördag 12 april 2025 kl. 18.00–20.00", "2025-04-12 18:00"},
		{"lauantaina 12. huhtikuuta 2025 klo 18.00-20.00", "2025-04-12 18:00"},
		{"2025. gada 12. aprīlī plkst. 18.00–20.00", "2025-04-12 18:00"},
		{"lørdag den 12. april 2025 kl. 18.00 - 20.30", "2025-04-12 18:00"},
		{"laupäeval, 12. aprillil 2025 kell 18.00–20.00", "2025-04-12 18:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, err := dateline.Parse(tc.text)
			require.NoError(t, err)
			require.True(t, d.HasTime)
			assert.Equal(t, tc.want, d.Time.Format("2006-01-02 15:04"))
		})
	}
	d, err := dateline.Parse("lørdag den 12. april 2025 kl. 18.00–12.05.2025")
	require.NoError(t, err, "a time, then the date a range ends on")
	assert.Equal(t, "2025-04-12 18:00", d.Time.Format("2006-01-02 15:04"))
}
