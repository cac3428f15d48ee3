package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOldStyleMarkersOtherLanguages: the words German, French and Polish
// print beside a Julian date, as English's "O.S." and "according to the
// Julian calendar" are read: "4. März 1700 a. St.", "4 mars 1700 v. st.",
// "4 marca 1700 st. st." were refused, and Find read the date as
// Gregorian, eleven days off, with nothing said. Russian's "по ст. ст."
// and "по старому стилю" were read already and stay so. A marker whose
// first word is a word of the tables ("v", Czech's "in"; "Des", December)
// is read after a date too. The New Style words keep the day.
func TestOldStyleMarkersOtherLanguages(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// German
		{"geboren am 4. März 1700 a. St. in Leipzig", "4. März 1700 a. St.", "1700-03-15", "24 Adar 5460"},
		{"geboren am 4. März 1700 (a.St.)", "4. März 1700 (a.St.)", "1700-03-15", "24 Adar 5460"},
		{"am 17. Januar 1679 alten Stils", "17. Januar 1679 alten Stils", "1679-01-27", "14 Shevat 5439"},
		{"am 17. Januar 1679 des julianischen Kalenders", "17. Januar 1679 des julianischen Kalenders", "1679-01-27", "14 Shevat 5439"},
		{"am 11. Februar 1742 (julianischen Kalenders)", "11. Februar 1742 (julianischen Kalenders)", "1742-02-22", "18 Adar I 5502"},
		{"am 11. Februar 1742 gemäß dem julianischen Kalender", "11. Februar 1742 gemäß dem julianischen Kalender", "1742-02-22", "18 Adar I 5502"},
		// French
		{"né le 4 mars 1700 vieux style", "4 mars 1700 vieux style", "1700-03-15", "24 Adar 5460"},
		{"né le 4 mars 1700 v. st. à Moscou", "4 mars 1700 v. st.", "1700-03-15", "24 Adar 5460"},
		{"né le 17 janvier 1679 (calendrier julien)", "17 janvier 1679 (calendrier julien)", "1679-01-27", "14 Shevat 5439"},
		{"né le 11 février 1742 selon le calendrier julien", "11 février 1742 selon le calendrier julien", "1742-02-22", "18 Adar I 5502"},
		{"né le 6 juillet 1837 ancien style", "6 juillet 1837 ancien style", "1837-07-18", "15 Tammuz 5597"},
		// Polish
		{"urodził się 4 marca 1700 st. st.", "4 marca 1700 st. st.", "1700-03-15", "24 Adar 5460"},
		{"urodził się 26 maja 1799 starego stylu", "26 maja 1799 starego stylu", "1799-06-06", "3 Sivan 5559"},
		{"urodził się 26 maja 1799 według kalendarza juliańskiego", "26 maja 1799 według kalendarza juliańskiego", "1799-06-06", "3 Sivan 5559"},
		{"urodził się 6 lipca 1837 r. (wg starego stylu)", "6 lipca 1837 r. (wg starego stylu)", "1837-07-18", "15 Tammuz 5597"},
		// Russian, as before
		{"родился 26 мая 1799 года по ст. ст.", "26 мая 1799 года по ст. ст.", "1799-06-06", "3 Sivan 5559"},
		{"родился 26 мая 1799 года по старому стилю", "26 мая 1799 года по старому стилю", "1799-06-06", "3 Sivan 5559"},
		// New Style: the day as written.
		{"am 18. Juli 1837 n. St.", "18. Juli 1837 n. St.", "1837-07-18", "15 Tammuz 5597"},
		{"le 18 juillet 1837 nouveau style", "18 juillet 1837 nouveau style", "1837-07-18", "15 Tammuz 5597"},
		{"18 lipca 1837 nowego stylu", "18 lipca 1837 nowego stylu", "1837-07-18", "15 Tammuz 5597"},
	})
	// The whole dateline reads so too, where each was refused.
	for _, tc := range []struct{ text, day string }{
		{"4. März 1700 a. St.", "1700-03-15"},
		{"4 mars 1700 v. st.", "1700-03-15"},
		{"4 mars 1700 (calendrier julien)", "1700-03-15"},
		{"4 marca 1700 st. st.", "1700-03-15"},
		{"4 marca 1700 według kalendarza juliańskiego", "1700-03-15"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeJulian)
		})
	}
	// Not markers: an abbreviation before a number (pages, articles), a
	// style before a word in lower case; the days are Gregorian.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Beschluss vom 12. Mai 2020 a. St. 5", "2020-05-12"},
		{"wyrok z 12 maja 2020 st. st. 15-17", "2020-05-12"},
		{"12 maja 2020 starego stylu meble", "2020-05-12"},
		{"vente du 12 mai 2020 vieux style parisien", "2020-05-12"},
		{"le 12 mai 2020 ancien style rustique", "2020-05-12"},
	})
}
