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
			"14 Aralık 2025 Pazar başlayarak 22 Aralık 2025 Pazartesi", "2025-12-14", "24 Kislev 5786"},
		{"Roş Aşana 2 Ekim 2024 başlar ve 4 Ekim 2024 biter.",
			"2 Ekim 2024 başlar ve 4 Ekim 2024", "2024-10-02", "29 Elul 5784"},
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
		{"Bayram 14 Aralık 2025 Pazar günü başlayıp bitti.", "14 Aralık 2025 Pazar"},
		{"Toplantı 6 Eylül 2021 Pazartesi başlayıp 8 kişiyle sürdü", "6 Eylül 2021 Pazartesi"},
		{"Ders 6 Eylül 2021 başlar ve herkes gelir", "6 Eylül 2021"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			assert.Equal(t, c.text, c.in[ms[0].Start:ms[0].End], c.in)
		}
	}
}
