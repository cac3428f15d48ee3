package dateline_test

import "testing"

// TestGreekYearLead: Greek's "Το 2021" and "Στο 2021" (in 2021) and "Για
// το 2021" (for 2021) open a sentence by naming its year, as "In 2021"
// does: "για το 2021 αρχίζει το Σάββατο 27 Μαρτίου" (incoming.tsv) was
// Saturday, March 27, 2027, the year nearest the reference whose day fits
// the weekday, with a warning that named 2021. The article alone before
// another word names no year. Πέσαχ is Pesach (see
// TestGreekOccasionNames): "begins on" 22 April gives its day, 15 Nisan,
// and warns that the date may be its eve, as "το Pesach αρχίζει" does.
func TestGreekYearLead(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"για το 2021 αρχίζει το Σάββατο 27 Μαρτίου", "2021-03-27", "14 Nisan 5781"},
		{"Το 2021 αρχίζει το Σάββατο 27 Μαρτίου", "2021-03-27", "14 Nisan 5781"},
		{"Στο 2024, το Πέσαχ αρχίζει στις 22 Απριλίου", "2024-04-22", "15 Nisan 5784"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Το εισιτήριο του 2024 κοστίζει 10 ευρώ", ""},
	})
}
