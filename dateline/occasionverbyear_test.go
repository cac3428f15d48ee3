package dateline_test

import "testing"

// TestOccasionVerbYear: the year after the verb that says when an
// occasion is kept, before its days, as the year before the verb is
// read (TestHeldout87OccasionYearSaid's "Janucá en 2024 se celebra del 25 de
// diciembre"); and Romanian's future passive among those verbs: "Hanuka
// va fi sărbătorită în 2014 între 16 şi 24 decembrie" (incoming.tsv) was
// read from the year on, 16 December's own 24 Kislev, with nothing said
// of the festival that began that evening. With the occasion joined, the
// date is its first day's, from sunset.
func TestOccasionVerbYear(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie", "2014-12-16", "25 Kislev 5775"},
		{"Hanuka este sărbătorită în 2014 între 16 şi 24 decembrie", "2014-12-16", "25 Kislev 5775"},
		{"Pesah va fi celebrat în 2024 între 22 şi 30 aprilie", "2024-04-22", "15 Nisan 5784"},
		{"Pesaj se celebra en 2024 del 22 al 30 de abril", "2024-04-22", "15 Nisan 5784"},
		{"Pessach é celebrado em 2024 de 22 a 30 de abril", "2024-04-22", "15 Nisan 5784"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie.", "2014-12-16", "25 Kislev 5775"},
	})
}
