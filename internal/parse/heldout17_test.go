package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// heldout17Cases: the seventeenth held-out set's classes at the parser
// (see dateline's TestHeldout17Classes): Portuguese weekdays without
// "-feira" (read as a variant: a layout writes the day's name in full, as
// it does a Czech weekday cut short), Flemish
// hours with u and Dutch "aanvang" before a time, an evening after a
// comma, and Dutch ranges with "van" and "tot en met".
var heldout17Cases = []parseCase{
	{"quarta, 16/03/2022", ws(wd(3), dy(16).fl(parse.DayFirst), mo(3).fl(parse.DayFirst), yr(2022)), "segunda-feira, 02/01/2006"},
	{"Na sexta, dia 18 de março de 2022", ws(wd(5), dy(18), mo(3), yr(2022)), "Na segunda-feira, dia 2 de janeiro de 2006"},
	{"18/09/2020 19u30", ws(dy(18).fl(parse.DayFirst), mo(9).fl(parse.DayFirst), yr(2020), hr(19), mi(30)), "02/01/2006 15u04"},
	{"18/09/2020 aanvang 19 u.", ws(dy(18).fl(parse.DayFirst), mo(9).fl(parse.DayFirst), yr(2020), hr(19)), "02/01/2006 aanvang 15 u."},
	{"2 oktober 2020 om 20u", ws(dy(2), mo(10), yr(2020), hr(20)), "2 januari 2006 om 15u"},
	{"dimanche 27 septembre 2020, au soir", ws(wd(0), dy(27), mo(9), yr(2020)), "lundi 2 janvier 2006, au soir"},
	{"18 tot en met 26 december 2022", ws(dy(18), dy(26).end(8), mo(12), yr(2022).sh(8)), "2 tot en met 10 januari 2006"},
	{"van 16 tot 20 september 2023", ws(dy(16), dy(20).end(4), mo(9), yr(2023).sh(4)), "van 2 tot 6 januari 2006"},
}

func TestHeldout17(t *testing.T) {
	testParseCases(t, heldout17Cases)
	// Still no date: an ordinal before no date, an hour's u after no
	// date, van before no day.
	for _, in := range []string{"segunda edição", "18 u.", "van de week"} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
}
