package dateline_test

import "testing"

// TestHebrewDayThenCivilDay: a Hebrew day and month without a year (with
// or without its occasion), and before or after it in its sentence a
// civil date with its year that is the same day, are one dateline naming
// both, as "my father's yahrzeit, Adar 21, will
// celebrated on February 22, 2022" (incoming.tsv) is 21 Adar I 5782: read
// apart, the Hebrew date took Adar II in the leap year, a month later,
// and the one day was two matches.
func TestHebrewDayThenCivilDay(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"my father’s yahrzeit, Adar 21, will celebrated on February 22, 2022", "2022-02-22", "21 Adar I 5782"},
		{"The 24 Teves farbrengen held on Dec. 31, 1980 marked the occasion of the Alter Rebbe's yom hilulah.", "1980-12-31", "24 Tevet 5741"},
		{"el 9 de Tishrei, que este año cae el 24 de septiembre de 2023", "2023-09-24", "9 Tishrei 5784"},
		{"le 15 Nissan, soit le 13 avril 2025", "2025-04-13", "15 Nisan 5785"},
		{"am 25. Kislew, in diesem Jahr am 15. Dezember 2025", "2025-12-15", "25 Kislev 5786"},
		{"י״ד בניסן, שיחול ב-12 באפריל 2025", "2025-04-12", "14 Nisan 5785"},
		{"začína 25. kisleva (v roku 2019 to pripadá na 23. decembra)", "2019-12-23", "25 Kislev 5780"},
		// A month twice in the civil year: the civil date's is the one
		// (24 Tevet 5740 is January 12, 1980; 24 Tevet 5741, December 31).
		{"The 24 Teves farbrengen, held on December 31, 1980, marked it.", "1980-12-31", "24 Tevet 5741"},
		{"The 24 Teves farbrengen held on Jan. 3, 1997 marked it.", "1997-01-03", "24 Tevet 5757"},
	})
	// The civil date first: "The farbrengen on Dec. 31, 1980 marked 24
	// Teves" was two matches; with the occasion, the Hebrew date was read
	// in the year nearest the reference, with only an info.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"The farbrengen on Dec. 31, 1980 marked 24 Teves, the yom hilulah.", "1980-12-31", "24 Tevet 5741"},
		{"On March 3, 2020 we mourned; it was 7 Adar.", "2020-03-03", "7 Adar 5780"},
		{"Tuesday December 22, 2015 is a fast called Asara Bitevet, the tenth day of the month of Tevet.", "2015-12-22", "10 Tevet 5776"},
		{"Asara Bitevet, 10 Tevet, falls on December 22, 2015.", "2015-12-22", "10 Tevet 5776"},
	})
	// Two days are two matches, each read as before: the Hebrew date in
	// the civil date's year.
	checkDaysFound(t, []struct{ text, want string }{
		{"Shavuot begins at sundown following the 5th of Sivan; the exhibition opens on June 14, 2024.", "2024-06-11 2024-06-14"},
		{"Adar 21 is a yahrzeit; the dinner is on February 24, 2022.", "2022-03-24 2022-02-24"},
		{"The dinner was on December 28, 1980, and the yom hilulah is 24 Teves.", "1980-12-28 1980-12-31"},
		// A day apart is two days too, not a Hebrew date printed from
		// sunset, as beside its civil date.
		{"The farbrengen on Dec. 30, 1980 recalled 24 Teves, the yom hilulah.", "1980-12-30 1980-12-31"},
		{"Tuesday December 22, 2015 is not Asara Bitevet, the tenth day of the month of Tevet 5777.", "2015-12-22 2017-01-08"},
	})
}
