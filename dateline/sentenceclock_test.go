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
