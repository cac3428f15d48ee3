package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionEvening: a weekday's evening before an occasion names the
// evening on which the occasion begins when the weekday is the one before
// its first day, as a Craiova community's news writes Rosh Hashana's
// ("duminică seara, Roş Haşana 5779": Sunday 9 September 2018, from
// sunset 1 Tishrei 5779). It was a syntax error at "seara", and in
// English ("Sunday evening, Rosh Hashana 5779") a weekday error against
// the occasion's own day, Monday. Now the civil day is the weekday's, the
// Hebrew date the occasion's, the evening's own from sunset, with no
// warning, as for a Hebrew day after a weekday's night; the occasion's
// own weekday reads as
// before, and a weekday that fits neither day keeps the occasion's day
// with the weekday's error.
func TestOccasionEvening(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"duminică seara, Roş Haşana 5779", "2018-09-09", nil},
		{"Sunday evening, Rosh Hashana 5779", "2018-09-09", nil},
		{"vasárnap este, Ros Hásáná 5779", "2018-09-09", nil},
		{"Friday evening, Yom Kippur 5785", "2024-10-11", nil},
		{"vendredi soir, Yom Kippour 5785", "2024-10-11", nil},
		{"Monday evening, Rosh Hashana 5779", "2018-09-10", nil},
		{"Saturday evening, Yom Kippur 5785", "2024-10-12", nil},
		{"Tuesday evening, Yom Kippur 5785", "2024-10-12", []dateline.Code{dateline.CodeWeekday}},
		{"Sunday, Rosh Hashana 5779", "2018-09-10", []dateline.Code{dateline.CodeWeekday}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, false) })
	}
}
