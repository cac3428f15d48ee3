package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout30TurkishVerbRange: made-up sentences of the class the
// thirtieth held-out set found unread: a Turkish range whose ends a
// converb joins, as a verb-final language says "begins ... and ends"
// ("6 Eylül Pazartesi akşamı başlayıp 8 Eylül Çarşamba akşamı sona
// ereceği"): one word after the first day (başlayıp, başlayarak, or
// başlar ve, başlıyor ve, başlayacak ve), the last day's verb at the
// end, and each end's weekday after its day. It was read as two
// datelines; it is one range, its start the dateline's day, its weekdays
// the year's (the one nearest the reference they fit), its evening the
// next day's Hebrew date.
func TestHeldout30TurkishVerbRange(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Roş Aşana bu sene 6 Eylül Pazartesi akşamı başlayıp 8 Eylül Çarşamba akşamı sona erecek.",
			"6 Eylül Pazartesi akşamı başlayıp 8 Eylül Çarşamba", "2021-09-06", "1 Tishrei 5782"},
		{"Pesah 27 Mart Cumartesi akşamı başlayıp, 4 Nisan Pazar akşamı yıldızlar çıktıktan sonra sona eriyor.",
			"27 Mart Cumartesi akşamı başlayıp, 4 Nisan Pazar", "2021-03-27", "15 Nisan 5781"},
		{"Hanuka 14 Aralık 2025 Pazar başlayarak 22 Aralık 2025 Pazartesi sona erdi",
			"14 Aralık 2025 Pazar başlayarak 22 Aralık 2025 Pazartesi", "2025-12-14", "25 Kislev 5786"}, // from the eve (see TestHeldout38ChanukahRangeFromEve)
		// The occasion's own day, 1 Tishrei from the eve, since the
		// ninety-first round reads Roş Aşana (Serbian's and Turkish's
		// Rosh Hashana; see TestHeldout91RosAsanaSpelling).
		{"Roş Aşana 2 Ekim 2024 başlar ve 4 Ekim 2024 biter.",
			"2 Ekim 2024 başlar ve 4 Ekim 2024", "2024-10-02", "1 Tishrei 5785"},
		{"Tatil 16 Ekim 2024 Çarşamba başlıyor ve 23 Ekim 2024 Çarşamba bitiyor",
			"16 Ekim 2024 Çarşamba başlıyor ve 23 Ekim 2024 Çarşamba", "2024-10-16", "14 Tishrei 5785"},
	} {
		text, day, heb, _ := findOne(t, c.in)
		assert.Contains(t, text, c.text, c.in)
		assert.Equal(t, c.day, day, c.in)
		assert.Equal(t, c.heb, heb, c.in)
	}
	// Prose: the converb before no date, or a date without a weekday at
	// the end of a start that has one, is not a range; the first day
	// alone is read.
	for _, c := range []struct{ in, text string }{
		// "günü" (day) after the weekday is the weekday's own day, text
		// of the dateline since the 161st round.
		{"Bayram 14 Aralık 2025 Pazar günü başlayıp bitti.", "14 Aralık 2025 Pazar günü"},
		{"Toplantı 6 Eylül 2021 Pazartesi başlayıp 8 kişiyle sürdü", "6 Eylül 2021 Pazartesi"},
		{"Ders 6 Eylül 2021 başlar ve herkes gelir", "6 Eylül 2021"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			assert.Equal(t, c.text, c.in[ms[0].Start:ms[0].End], c.in)
		}
	}
}

// TestHeldout30BetweenHours: made-up event lines of the class the
// thirtieth held-out set found unread: a date, then the span of hours
// its event lasts after a word for "between" or "in the interval"
// (Romanian "în intervalul 20:00-00:00", "între orele 18:00-20:00",
// English "between", German "zwischen", Dutch "tussen", Swedish
// "mellan", Polish "między", Spanish "entre las"). The time was left
// out; the span's start is the dateline's time. Prose after such a word
// (no time follows) is not read as one.
func TestHeldout30BetweenHours(t *testing.T) {
	for _, c := range []struct{ in, day, clock string }{
		{"Noaptea Sinagogilor: sâmbătă, 18 octombrie, în intervalul 20:00-00:00, Templul Coral", "2025-10-18", "20:00"},
		{"duminică, 19 octombrie 2025, între orele 18:00-20:00", "2025-10-19", "18:00"},
		{"Saturday, October 18, 2025, between 20:00 and 22:00", "2025-10-18", "20:00"},
		{"Samstag, 18. Oktober 2025 zwischen 19:00 und 21:00 Uhr", "2025-10-18", "19:00"},
		{"zaterdag 18 oktober 2025 tussen 14:00 en 16:00", "2025-10-18", "14:00"},
		{"lördag 18 oktober 2025 mellan 10:00 och 12:00", "2025-10-18", "10:00"},
		{"18 października 2025 między 18:00 a 20:00", "2025-10-18", "18:00"},
		{"sábado 18 de octubre de 2025 entre las 20:00 y las 22:00", "2025-10-18", "20:00"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			d := ms[0].Dateline
			assert.Equal(t, c.day, d.Time.Format("2006-01-02"), c.in)
			assert.True(t, d.HasTime, c.in)
			assert.Equal(t, c.clock, d.Time.Format("15:04"), c.in)
		}
	}
	for _, in := range []string{
		"18 octombrie 2025 între cele două războaie",
		"18 octombrie 2025 în intervalul de timp stabilit",
		"October 18, 2025 between the two services",
		"18 oktober 2025 tussen de middag",
	} {
		ms := dateline.Find(in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, in) {
			assert.False(t, ms[0].Dateline.HasTime, in)
		}
	}
}
