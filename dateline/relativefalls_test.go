package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestRelativeFallsOn: a relative clause after a Hebrew date, in a
// language beyond English, that gives its civil day ("which this year
// falls on", "corresponds to") makes the two one dateline, read in the
// year in which they fit, as English's "15 Nisan, which this year falls
// on April 10" is. "15 Nisan după calendarul iudaic, care în acest an
// corespunde datei de 10 aprilie" (Romanian; incoming.tsv, line 688) was
// 15 Nisan alone, in 5787, April 22, 2027, the civil day the page gives
// left out.
func TestRelativeFallsOn(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "15 Nisan după calendarul iudaic, care în acest an corespunde datei de 10 aprilie", day: "2017-04-10"}, // from sunset: a warning
		{text: "15 Nisan, care anul acesta cade pe 10 aprilie", day: "2017-04-10"},
		{text: "le 15 Nissan, qui tombe cette année le 11 avril", match: "15 Nissan, qui tombe cette année le 11 avril", day: "2017-04-11"},
		{text: "el 15 de Nisán, que este año cae el 11 de abril", match: "15 de Nisán, que este año cae el 11 de abril", day: "2017-04-11"},
		{text: "o 15 de Nissan, que este ano cai em 11 de abril", match: "15 de Nissan, que este ano cai em 11 de abril", day: "2017-04-11"},
		{text: "il 15 Nisan, che quest'anno cade il 11 aprile", match: "15 Nisan, che quest'anno cade il 11 aprile", day: "2017-04-11"},
		{text: "15 нисана, который в этом году приходится на 11 апреля", day: "2017-04-11"},
		{text: "15 Nisan, który w tym roku przypada na 11 kwietnia", day: "2017-04-11"},
		{text: "le 15 Nissan, qui correspond cette année au 11 avril", match: "15 Nissan, qui correspond cette année au 11 avril", day: "2017-04-11"},
		// With both years, a civil day that is not the Hebrew date's is
		// the calendars' error.
		{text: "15 Nisan 5777, que cae el 14 de abril de 2017", day: "2017-04-14", codes: []dateline.Code{dateline.CodeCalendar}},
		// A clause that gives no civil date is prose: the Hebrew date
		// stands alone.
		{text: "15 Nisan 5777, que cae en lunes", match: "15 Nisan 5777", day: "2017-04-11"},
		{text: "15 Nisan 5777, care corespunde sărbătorii", match: "15 Nisan 5777", day: "2017-04-11"},
	})
}
