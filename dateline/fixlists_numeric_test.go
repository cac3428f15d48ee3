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
	})
}
