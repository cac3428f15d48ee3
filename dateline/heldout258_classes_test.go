package dateline_test

import (
	"testing"
)

// TestHeldout258ALaHora: Spanish's "a la hora" (at the hour) between a
// date and the hour of the 24-hour clock an event begins, as Uruguay's
// and Argentina's papers write it: "este jueves 9 de noviembre, a la hora
// 11.00, en Casa Pueblo" (maldonadonoticias.com, the 258th held-out
// round) was read without its time, and Check stopped at "a", where "a
// las 11.00" was read. The phrase now says the number after it is an
// hour, with its minutes after a point or a colon or alone, and a part
// of the day or AM or PM after it as after "a las". Before anything but
// such a number it is prose and stays unread: a noun ("a la hora de la
// cena"), a number past 23, a year, the word glued to its number or
// another word between.
func TestHeldout258ALaHora(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"jueves 9 de noviembre de 2023, a la hora 11.00", "2023-11-09 11:00"},
		{"jueves 9 de noviembre de 2023 a la hora 20:30", "2023-11-09 20:30"},
		{"9 de noviembre de 2023, a la hora 20", "2023-11-09 20:00"},
		{"9 de noviembre de 2023, A la hora 19", "2023-11-09 19:00"},
		{"sábado 5 de octubre de 2024, a la hora 20.30 hs.", "2024-10-05 20:30"},
		{"9 de noviembre de 2023, a la hora 20 horas", "2023-11-09 20:00"},
		{"9 de noviembre de 2023, a la hora 8 de la noche", "2023-11-09 20:00"},
		{"9 de noviembre de 2023, a la hora 8 p.m.", "2023-11-09 20:00"},
		{"14/09/2023 a la hora 19.30", "2023-09-14 19:30"},
		// As before, "a las".
		{"9 de noviembre de 2023, a las 11.00", "2023-11-09 11:00"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"El encuentro tendrá lugar este jueves 9 de noviembre, a la hora 11.00, en Casa Pueblo.", "2023-11-09 11:00"},
		{"El acto será el domingo 21 de abril de 2024 a la hora 20 en la sinagoga.", "2024-04-21 20:00"},
	})
	checkFoundUntimed(t, heldoutRef,
		"el 9 de noviembre de 2023 a la hora de la cena",
		"el 9 de noviembre de 2023 a la hora 25.00",
		"el 9 de noviembre de 2023, a la hora20",
		"el 9 de noviembre de 2023, a la horas 20",
		"el 9 de noviembre de 2023, a la hora 2023",
		"el 9 de noviembre de 2023, a la misma hora 20",
	)
	checkUnread(t, heldoutRef,
		"9 de noviembre de 2023 a la hora de la cena",
		"9 de noviembre de 2023 a la hora 25.00",
	)
}
