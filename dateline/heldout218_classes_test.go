package dateline_test

import (
	"testing"
)

// TestHeldout218RepeatedStamp: a blog platform's stamp that writes the
// post's date in words and then again in numbers before its time: the
// weekday's number (1 for Monday to 7 for Sunday), the day, and after a
// space and a slash each the month's number, the month's name cut short
// and the year. "Lundi 15 décembre 2014 1 15 /12 /Déc /2014 00:26" (La
// lettre volée, an over-blog blog, the 218th held-out round) was read
// without its time, the dateline ending at the year. Only a stamp that
// names the date's own weekday, day, month and year is read: one that
// names another stays unread, and Find reads the date in words alone,
// as before.
func TestHeldout218RepeatedStamp(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"Lundi 15 décembre 2014 1 15 /12 /Déc /2014 00:26", "2014-12-15 00:26"},
		{"Mardi 6 décembre 2011 2 06 /12 /Déc /2011 12:44", "2011-12-06 12:44"},
		{"Jeudi 3 mars 2011 4 03 /03 /Mars /2011 10:00", "2011-03-03 10:00"},
		{"Dimanche 1 juillet 2012 7 01 /07 /Juil /2012 18:05", "2012-07-01 18:05"},
		{"Monday 15 December 2014 1 15 /12 /Dec /2014 00:26", "2014-12-15 00:26"},
		{"Martes 6 diciembre 2011 2 06 /12 /Dic /2011 12:44", "2011-12-06 12:44"},
		{"Dienstag 6 Dezember 2011 2 06 /12 /Dez /2011 12:44", "2011-12-06 12:44"},
		{"Martedì 6 dicembre 2011 2 06 /12 /Dic /2011 12:44", "2011-12-06 12:44"},
		{"15 décembre 2014 1 15 /12 /Déc /2014 00:26", "2014-12-15 00:26"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Samedi 2 mars 2024 6 02 /03 /Mars /2024", "2024-03-02"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Brèves\nLundi 15 décembre 2014 1 15 /12 /Déc /2014 00:26\n\nEn ces temps d'interrogation sur Vichy", "2014-12-15 00:26"},
	})
	// Another weekday, day, month or year, a short name of another
	// month, or a date in digits before it: no stamp of the date's.
	checkUnread(t, heldoutRef,
		"Lundi 15 décembre 2014 2 15 /12 /Déc /2014 00:26",
		"Lundi 15 décembre 2014 1 16 /12 /Déc /2014 00:26",
		"Lundi 15 décembre 2014 1 15 /11 /Déc /2014 00:26",
		"Lundi 15 décembre 2014 1 15 /12 /Nov /2014 00:26",
		"Lundi 15 décembre 2014 1 15 /12 /Déc /2015 00:26",
		"Lundi 15 décembre 2014 1 15 /12 /D /2014 00:26",
		"15/12/2014 1 15 /12 /Déc /2014 00:26",
	)
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Lundi 15 décembre 2014 2 15 /12 /Déc /2014 00:26", "Lundi 15 décembre 2014", "2014-12-15", "23 Kislev 5775"},
	})
}

// TestHeldout218LabelledShortMonth: a month cut short without its dot,
// in a date that is all of a label's value, a word and a colon before it
// and the end of its line after it, as a forum prints a member's dates:
// "Dołączyła: 13 Sty 2006" (Chorzów's community forum, the page of the
// 218th held-out round's "Wysłany: 2006-01-24, 22:29") was no date, such
// a month being taken in free text only beside a weekday, a time or a
// Hebrew date. Without its year, with words after it on its line, or
// without the label's colon, the text stays unread.
func TestHeldout218LabelledShortMonth(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Dołączyła: 13 Sty 2006", "2006-01-13"},
		{"Autor Wiadomość\nEwa\nDołączyła: 13 Sty 2006\nPosty: 10996", "2006-01-13"},
		{"Registriert: 19 Dez 2005", "2005-12-19"},
		{"Inscrit le : 15 Déc 2014", "2014-12-15"},
		{"Registrado: 5 Dic 2018", "2018-12-05"},
		{"Joined: 13 Sty 2006", "2006-01-13"},
		{"Dołączyła: 13 Sty", ""},
		{"Dołączyła: 13 Sty 2006 r. w Chorzowie", ""},
		{"Dołączyła 13 Sty 2006", ""},
		{"10: 13 sty 2006", ""},
		{"Wynik 13 sty 2006", ""},
	})
}
