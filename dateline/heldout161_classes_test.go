package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout161DayWordWeekday: the Romance languages' word for "day"
// between "the evening of" and a weekday's name: "dalla sera del lunedì
// 22 aprile fino alla sera del giorno martedì 30 aprile" (Studenti.it,
// 2024, the 161st held-out round) was read as two datelines, the range's
// end apart from its start: "giorno" was read only before a day's number
// ("la sera del giorno 15"). Spanish's "día" is read so too. Before
// anything but a weekday ("il giorno dopo", the next day) the word is
// prose, and a weekday that is not the date's is still said.
func TestHeldout161DayWordWeekday(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"dalla sera del lunedì 22 aprile fino alla sera del giorno martedì 30 aprile", "2024-04-22", "15 Nisan 5784"},
		{"dalla sera del lunedì 22 aprile fino alla sera del giorno martedì 30 aprile 2024", "2024-04-22", "15 Nisan 5784"},
		{"dalla sera del giorno lunedì 22 aprile fino alla sera del giorno martedì 30 aprile 2024", "2024-04-22", "15 Nisan 5784"},
		{"desde la noche del día lunes 22 de abril hasta la noche del día martes 30 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
		// Without the word, as before.
		{"dalla sera di lunedì 22 aprile fino alla sera di martedì 30 aprile 2024", "2024-04-22", "15 Nisan 5784"},
	})
	m := oneMatch(t, "dalla sera del lunedì 22 aprile fino alla sera del giorno mercoledì 30 aprile 2024", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"fino alla sera del giorno dopo", ""},
		{"hasta la noche del día siguiente", ""},
		{"la sera del giorno martedì", ""},
	})
}

// TestHeldout161GreekStisHomophone: "στης", which sounds as Greek's
// "στις" (at) and is written for it, before an hour: "Πέμπτη, 5
// Σεπτεμβρίου στης 9:00" (Etz Hayyim Synagogue of Chania, 2013, the
// 161st held-out round) was not read at all; it now reads as "στις"
// does, the hour the dateline's. (Its year, which the text does not
// say, is the reference's nearest, 2024, whose 5 September is a Thursday
// too.) After a date "στης" before no hour joins nothing.
func TestHeldout161GreekStisHomophone(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Πέμπτη, 5 Σεπτεμβρίου στης 9:00", "2024-09-05 09:00"},
		{"Πέμπτη, 5 Σεπτεμβρίου 2013 στης 9:00", "2013-09-05 09:00"},
		{"Τετάρτη, 4 Σεπτεμβρίου 2013 στης 19:00", "2013-09-04 19:00"},
		{"Πέμπτη, 5 Σεπτεμβρίου 2013 στις 9:00", "2013-09-05 09:00"},
	})
	m := oneMatch(t, "Τρίτη, 5 Σεπτεμβρίου 2013 στης 9:00", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Πέμπτη, 5 Σεπτεμβρίου 2013 στης Μαρίας", "2013-09-05"},
		{"στης 9:00", ""},
		{"στης Μαρίας", ""},
	})
}

// TestHeldout161TurkishWeekdayDay: Turkish's "günü" (day) after a
// weekday, the weekday's own day, and "gün batımı ile" (with sunset) in
// two words before the verb that joins a range's end: "Hanuka Bayramı 14
// Aralık 2025 Pazar günü gün batımı ile başlayıp 22 Aralık 2025 Pazartesi
// günü" (Türkiye Gazetesi, the 161st held-out round) was read as two
// datelines, the first without its evening: "günü" after the weekday
// ended the date, and only "gün batımıyla" in one word was a sunset
// before "başlayıp". The range is now Hanukkah's, from the evening of
// 14 December; a weekday that is not the day's is said, and "günü"
// alone is no date.
func TestHeldout161TurkishWeekdayDay(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Hanuka Bayramı 14 Aralık 2025 Pazar günü gün batımı ile başlayıp 22 Aralık 2025 Pazartesi günü sona erer.", "2025-12-14", "25 Kislev 5786"},
		{"Hanuka 14 Aralık 2025 Pazar günü gün batımıyla başlayıp 22 Aralık 2025 Pazartesi sona erer", "2025-12-14", "25 Kislev 5786"},
		{"Hanuka 14 Aralık 2025 Pazar akşamı güneşin batışı ile başlayıp 22 Aralık 2025 Pazartesi akşamı sona erer", "2025-12-14", "25 Kislev 5786"},
		{"14 Aralık 2025 Pazar günü", "2025-12-14", "24 Kislev 5786"},
	})
	m := oneMatch(t, "14 Aralık 2025 Pazartesi günü", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	m = oneMatch(t, "Hanuka Bayramı 15 Aralık 2025 Pazar günü gün batımı ile başlayıp 22 Aralık 2025 Pazartesi günü", heldoutRef)
	assert.False(t, m.OK())
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Pazar günü", ""},
		{"gün batımı ile başlayıp", ""},
		{"Pazar günü gün batımı ile başlayıp", ""},
	})
}

// TestHeldout161EndSettlesOrder: a range of two numeric dates, each with
// its year, whose start reads both ways and whose end one way only:
// "01.09.2022-31.08.2023", a year's period as Filox's report of a
// volunteer's year in the Etz Hayim Synagogue of Chania writes it (the
// 161st held-out round, there with the end's year in two digits). The
// end's 31 is no month, so the start is 1 September; but the start's
// numbers held the range to maxRange days, as a range whose both ends
// read both ways is held, and the period was read as two dates. It is
// now one range from its first day. Ends that both read both ways, a
// range that runs back, and ends whose years differ in their digits
// (as the thirty-sixth round's test holds) are two dates as before.
func TestHeldout161EndSettlesOrder(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"01.09.2022-31.08.2023", "2022-09-01"},
		{"01.09.2022 - 31.08.2023", "2022-09-01"},
		{"01/09/2022-31/08/2023", "2022-09-01"},
		{"13.09.2022-31.08.2023", "2022-09-13"},
	})
	for _, c := range []struct {
		in    string
		texts []string
	}{
		{"04/10/2024-05/10/2025", []string{"04/10/2024", "05/10/2025"}},
		{"31.08.2023-01.09.2022", []string{"31.08.2023", "01.09.2022"}},
		{"01.09.2022-31.08.23", []string{"01.09.2022", "31.08.23"}},
	} {
		ms := dateline.Find(c.in, heldoutRef)
		var got []string
		for _, m := range ms {
			got = append(got, c.in[m.Start:m.End])
		}
		assert.Equal(t, c.texts, got, c.in)
	}
}
