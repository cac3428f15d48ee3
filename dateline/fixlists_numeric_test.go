package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// numListRef is March 2, 2024, the reference of the report's commands.
var numListRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// TestFixlistsNumericDateList: a list of days before a numeric date that
// gives their month and year, "Kurse am 4, 11, 18.3.2024 in Berlin", "4,
// 11 und 18.3.2024", "ב-4, 11 ו-18.3.2024" (three Mondays, 24 Adar I, 1
// Adar II and 8 Adar II 5784), was read as its last day alone, the days
// before it lost with nothing said; "4., 11. und 18.3.2024" as the 11th
// and 18th, the 4th lost. It is now read whole, as "4, 11, 18 März 2024"
// is: the first day the dateline's, the others in Report.Also. The near
// misses stay as they were: two numbers parted by a comma alone, a number
// in prose before a word, a decimal comma.
func TestFixlistsNumericDateList(t *testing.T) {
	march := []string{"2024-03-04", "2024-03-11", "2024-03-18"}
	checkListMatches(t, numListRef, []struct {
		text, match string
		days        []string
	}{
		{"Kurse am 4, 11, 18.3.2024 in Berlin", "4, 11, 18.3.2024", march},
		{"4, 11 und 18.3.2024", "4, 11 und 18.3.2024", march},
		{"4 und 18.3.2024", "4 und 18.3.2024", []string{"2024-03-04", "2024-03-18"}},
		{"4., 11. und 18.3.2024", "4., 11. und 18.3.2024", march},
		{"4., 11., 18.3.2024", "4., 11., 18.3.2024", march},
		{"4, 11, and 18.3.2024", "4, 11, and 18.3.2024", march},
		{"Les cours: 7, 14 et 21.11.2023", "7, 14 et 21.11.2023", []string{"2023-11-07", "2023-11-14", "2023-11-21"}},
		{"Clases 4, 11 y 18/3/2024", "4, 11 y 18/3/2024", march},
		{"Aulas 2 e 9/6/2024", "2 e 9/6/2024", []string{"2024-06-02", "2024-06-09"}},
		{"הסדנאות יתקיימו ב-4, 11 ו-18.3.2024", "ב-4, 11 ו-18.3.2024", march},
		{"ב-4 ו-18.3.2024", "ב-4 ו-18.3.2024", []string{"2024-03-04", "2024-03-18"}},
		// Near misses, read as before: the date alone.
		{"Zimmer 4, 18.3.2024", "18.3.2024", []string{"2024-03-18"}},
		{"4 people and 18.3.2024", "18.3.2024", []string{"2024-03-18"}},
		{"1,5 und 18.3.2024", "18.3.2024", []string{"2024-03-18"}},
		// A word for "from" opens a range, not a list: "vom 4 und
		// 18.3.2024" is not read as the 4th and the 18th (Check refuses
		// "from 13 and 20.04.2025", see TestHeldout18NumericRange).
		{"vom 4 bis 18.3.2024", "4 bis 18.3.2024", []string{"2024-03-04", "2024-03-18"}},
	})
}

// TestFixlistsDayWordRange: Spanish and Portuguese write their word for
// "day" before a range's ends, "del día 2 al 20/6/2011", "do dia 2 ao dia
// 20/6/2011", and "de" for "from", "de 2 a 20/6/2011". Each was read as
// June 20 alone, the start lost with nothing said, where "del 2 al
// 20/6/2011" was read whole; now they are too. The near misses stay as
// they were: a programme's day before a spaced dash, a count, "do" alone.
func TestFixlistsDayWordRange(t *testing.T) {
	june := []string{"2011-06-02", "2011-06-20"}
	checkListMatches(t, numListRef, []struct {
		text, match string
		days        []string
	}{
		{"del día 2 al 20/6/2011", "2 al 20/6/2011", june},
		{"Del día 2 al día 20/6/2011", "2 al día 20/6/2011", june},
		{"do dia 2 ao dia 20/6/2011", "2 ao dia 20/6/2011", june},
		{"de 2 a 20/6/2011", "2 a 20/6/2011", june},
		{"del 2 al 20/6/2011", "2 al 20/6/2011", june},
		{"Curso del día 3 al 5/4/2024", "3 al 5/4/2024", []string{"2024-04-03", "2024-04-05"}},
		{"Dia 2 – 20/6/11 Madrid", "20/6/11", []string{"2011-06-20"}},
		{"de 2 a 3 personas el 20/6/2011", "20/6/2011", []string{"2011-06-20"}},
		// A weekday's word before "dia" is no word for "from".
		{"No domingo, dia 10 de dezembro de 2023", "domingo, dia 10 de dezembro de 2023", []string{"2023-12-10"}},
	})
}
