package dateline_test

import "testing"

// TestDeclinedOccasionOfSentence: an occasion's name of one word with a
// case ending, as the Baltic and West Slavic languages decline it, is the
// occasion of its sentence's date: "Svētdien, 12. martā Rēzeknes ebreju
// kopiena ielūdz uz Purima svētkiem" (incoming.tsv, without its time) was
// 12 March 2023, the year nearest the reference whose day is a Sunday,
// with only an info, where the page's Purim is 2017's.
func TestDeclinedOccasionOfSentence(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Svētdien, 12. martā Rēzeknes ebreju kopiena ielūdz uz Purima svētkiem.", "2017-03-12", "14 Adar 5777"},
		{"Svētdien, 12. martā Purimu svinam.", "2017-03-12", "14 Adar 5777"},
		{"sekmadienį, kovo 24 d. Purimo šventė", "2024-03-24", "14 Adar II 5784"},
	})
	// A word that only starts like a name is none.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"On Sunday, March 24 we read Purimx", "2024-03-24", "14 Adar II 5784"},
		{"Svētdien, 12. martā Purimxyz svinam.", "2023-03-12", "19 Adar 5783"},
	})
}

// TestSentenceOccasionPastTheHour: a time of day between a date and the
// occasion its sentence names after it does not part them, nor does the
// point of an abbreviation before the hour: "Svētdien, 12. martā pl.
// 15.00 Rēzeknes ebreju kopiena ielūdz uz Purima svētkiem" (incoming.tsv)
// was 12 March 2023 without its occasion. The hour itself is not yet read
// as the dateline's.
func TestSentenceOccasionPastTheHour(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Svētdien, 12. martā pl. 15.00 Rēzeknes ebreju kopiena ielūdz uz Purima svētkiem Zaļajā sinagogā.", "2017-03-12", "14 Adar 5777"},
		{"Sunday, March 12 at 15.00 we celebrate Purim", "2017-03-12", "14 Adar 5777"},
	})
	// Another date between still parts them.
	checkDaysFound(t, []struct{ text, want string }{
		{"Sunday, March 12, and 15.03.2023 for Purim", "2023-03-12 2023-03-15"},
	})
}
