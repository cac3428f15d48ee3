package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSentenceClock: an event notice's hour later in the date's
// sentence, after a verb and its subject, led by a word for "at" (or
// "about", "from", "o'clock" before it): "Am Sonntag, dem 25. Dezember
// laden wir um 15:30 Uhr zu unserer Chanukka-Feier ein" and "Am
// Dienstag, dem 20. März 2018, ist Rabbiner Benjamin Kochan um 16:30 Uhr
// zu Besuch" (incoming.tsv) were read without their hours. An hour
// without such a word, after another clause's comma, after a weekday or
// month of another day, or that ends a span ("until") or is a price, is
// not the day's.
func TestSentenceClock(t *testing.T) {
	for _, tc := range []struct{ text, at string }{
		{"Am Dienstag, dem 20. März 2018, ist Rabbiner Benjamin Kochan um 16:30 Uhr zu Besuch in der Kleinen Synagoge", "2018-03-20 16:30"},
		{"Op 12 december 2024 worden om 20.30 uur de lichten aangestoken", "2024-12-12 20:30"},
		{"no dia 21 de dezembro de 2025, às 17h, será realizada uma cerimônia", "2025-12-21 17:00"},
		{"Le 14 décembre 2025, la communauté allume la hanoukia à 18h30 place de la mairie", "2025-12-14 18:30"},
		{"On Sunday, December 14, 2025 the community lights the menorah at 5 pm", "2025-12-14 17:00"},
		{"U nedjelju, 14. decembra 2025. zajednica pali prvu svijeću u 17 sati", "2025-12-14 17:00"},
		// Not the day's hour: a date alone.
		{"Friday, September 15, 2023, Service, then lunch at 1:00 pm", "2023-09-15 00:00"},
		{"Monday, April 22, 2024 and lasts until 8:19 p.m.", "2024-04-22 00:00"},
		{"Am 9. November 2024 bis 10 Uhr geöffnet", "2024-11-09 00:00"},
		{"zondag 5 mei 2024 gaan we vanaf 12.50 euro", "2024-05-05 00:00"},
		{"Friday, December 13, 2024 and Saturday at 10 am", "2024-12-13 00:00"},
		{"March 5, 2024 er 6 pm", "2024-03-05 00:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.at, ms[0].Dateline.Time.Format(time.DateOnly+" 15:04"))
			assert.Empty(t, severityCodes(ms[0], dateline.Error))
		})
	}
}

// TestSentenceClockCutHourWord: the hour a date's sentence gives after a
// word for hour cut short with its point, Polish's godz. and g., the
// Scandinavian kl., Latvian's plkst.: "07 luty 2015r. spotykamy się  o
// godz. 10.30 przy wrzeszczańskim Manhattanie" (incoming.tsv) was the day
// without its hour, the point of godz. read as the end of the sentence.
// A point that ends another word, or that no hour follows, still ends
// the sentence.
func TestSentenceClockCutHourWord(t *testing.T) {
	for _, tc := range []struct{ text, at string }{
		{"07 luty 2015r. spotykamy się  o godz. 10.30 przy wrzeszczańskim Manhattanie", "2015-02-07 10:30"},
		{"12 grudnia 2017 r. zapraszamy o g. 17.45 do synagogi", "2017-12-12 17:45"},
		{"14 maja 2019 r. spotkanie rozpocznie się godz. 18 w sali", "2019-05-14 18:00"},
		{"fredag den 11. oktober 2024 mødes vi kl. 18.00 i synagogen", "2024-10-11 18:00"},
		{"Den 16. september 2012 er der møde kl. 19 i synagogen.", "2012-09-16 19:00"},
		{"Svētdien, 12. martā 2017 kopiena ielūdz plkst. 15.00 uz Purima svētkiem", "2017-03-12 15:00"},
		// Not the day's hour: the point ends the sentence.
		{"07 lutego 2015 r. spotkanie w synagodze. 10 osób przyszło", "2015-02-07 00:00"},
		{"07 lutego 2015 r. przyjdź o godz. jutro 10.30", "2015-02-07 00:00"},
		{"7 februari 2024 ses vi i synagogan. Kl. 18 börjar gudstjänsten", "2024-02-07 00:00"},
		{"14 maja 2019 r. cena 25 zł. 18 osób", "2019-05-14 00:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.at, ms[0].Dateline.Time.Format(time.DateOnly+" 15:04"))
			assert.Empty(t, severityCodes(ms[0], dateline.Error))
		})
	}
}

// TestClockAtLineEnd: an event line's hour at its end, after a comma and
// the place between it and the day, marked as an hour by a word for it
// or by a.m. or p.m.: "Dienstag, 28. Mai 2024, in Zürich- Wiedikon*,
// 18.15 Uhr", "2016 M. GRUODŽIO 24 D. ... (PYLIMO G. 4), 17.30 VAL." and
// "Monday, July 31 at Workmen’s Circle, 8:00pm" (incoming.tsv) were read
// without their hours. A bare number there, words after the hour, a
// sentence's end or another day's name between, leave the day alone.
func TestClockAtLineEnd(t *testing.T) {
	for _, tc := range []struct{ text, at, heb string }{
		// hd: Tuesday 28 May 2024 = 20 Iyyar 5784.
		{"Dienstag, 28. Mai 2024, in Zürich- Wiedikon*, 18.15 Uhr", "2024-05-28 18:15", "20 Iyyar 5784"},
		// hd: Saturday 24 Dec 2016 = 24 Kislev 5777.
		{"2016 M. GRUODŽIO 24 D. LIETUVOS ŽYDŲ (LITVAKŲ) BENDRUOMENĖS BUVEINĖS BALKONE (PYLIMO G. 4), 17.30 VAL.", "2016-12-24 17:30", "24 Kislev 5777"},
		// hd: Monday 31 Jul 2017 = 8 Av 5777.
		{"Monday, July 31, 2017 at Workmen’s Circle, 8:00pm", "2017-07-31 20:00", "8 Av 5777"},
		{"Monday, July 31, 2017 at the JCC (Room 4), 8:00 p.m.", "2017-07-31 20:00", "8 Av 5777"},
		// hd: Tuesday 4 Jun 2024 = 27 Iyyar 5784.
		{"Mardi 4 juin 2024, à la synagogue de la rue Copernic, 20h", "2024-06-04 20:00", "27 Iyyar 5784"},
		{"martes 4 de junio de 2024, en la sinagoga, 20:00 hs.", "2024-06-04 20:00", "27 Iyyar 5784"},
		// Not the day's hour: a date alone.
		{"Dienstag, 28. Mai 2024, Saal 3, 18.15", "2024-05-28 00:00", "20 Iyyar 5784"},
		{"Dienstag, 28. Mai 2024, in Zürich, Freitag, 18.15 Uhr", "2024-05-28 00:00", "20 Iyyar 5784"},
		{"Monday, July 31, 2017 at Workmen’s Circle. Doors open, 8:00pm", "2017-07-31 00:00", "8 Av 5777"},
		{"Monday, July 31, 2017 at Workmen’s Circle, 8:00pm, then dinner", "2017-07-31 00:00", "8 Av 5777"},
		{"Monday, July 31, 2017 at Workmen’s Circle, tickets 8.00", "2017-07-31 00:00", "8 Av 5777"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.at, ms[0].Dateline.Time.Format(time.DateOnly+" 15:04"))
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(ms[0], dateline.Error))
		})
	}
}
