package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// heldout23Cases: the twenty-third held-out set's classes at the parser
// (see dateline's TestHeldout23Classes): a weekday after מיום; a range
// whose start has its year and whose end a weekday without one; a range
// with a verb on each end; a range of datelines of both calendars joined
// by עד after a comma; "year" before a Hebrew year; a range of two whole
// Hebrew dates.
var heldout23Cases = []parseCase{
	{"מיום שישי, 27 בדצמבר 2024", ws(wd(5), dy(27), mo(12), yr(2024)), "מיום שני, 2 בינואר 2006"},
	{"יום שישי ה-29 בספטמבר 2023 ועד יום ראשון ה-8 באוקטובר", ws(wd(5), dy(29), mo(9), yr(2023), wd(0).end(9), dy(8).end(9), mo(10).end(9)), "יום שני ה-2 בינואר 2006 ועד יום רביעי ה-11 בינואר"},
	{"Friday, December 29, 2023 to Tuesday, January 2", ws(wd(5), mo(12), dy(29), yr(2023), wd(2).end(4), mo(1).end(4), dy(2).end(4)), "Monday, January 2, 2006 to Friday, January 6"},
	{"Sunday, September 25, 2022, and ends at sundown on Tuesday, September 27, 2022", ws(wd(0), mo(9), dy(25), yr(2022), wd(2).end(2), mo(9).end(2), dy(27).end(2), yr(2022).end(2)), "Monday, January 2, 2006, and ends at sundown on Wednesday, January 4, 2006"},
	{"יום ראשון, י״ד בתשרי התשע״ט, 23 בספטמבר 2018, עד יום שלישי, כ״ג בתשרי התשע״ט, 2 באוקטובר 2018",
		ws(wd(0), hd(14), hm(hebrew.Tishrei), hy(5779), dy(23), mo(9), yr(2018),
			wd(2).end(9), hd(23).end(9), hm(hebrew.Tishrei).end(9), hy(5779).end(9), dy(2).end(9), mo(10).end(9), yr(2018).end(9)),
		"יום שני, ב׳ בטבת ה׳תשס״ו, 2 בינואר 2006, עד יום רביעי, י״א בטבת ה׳תשס״ו, 11 בינואר 2006"},
	{"20 Tevet year 5660", ws(hd(20), hm(hebrew.Tevet), hy(5660)), "2 Tevet year 5766"},
	{"18 Cheshvan 5779 – 19 Cheshvan 5779", ws(hd(18), hm(hebrew.Cheshvan), hy(5779), hd(19).end(1), hm(hebrew.Cheshvan).end(1), hy(5779).end(1)), "2 Tevet 5766 – 3 Tevet 5766"},
	{"25 Elul 5784 – 3 Tishrei", ws(hd(25), hm(hebrew.Elul), hy(5784), hd(3).end(7), hm(hebrew.Tishrei).end(7)), "2 Tevet 5766 – 9 Tevet"},
}

func TestHeldout23(t *testing.T) {
	testParseCases(t, heldout23Cases)
	// Still no date: the verb before no date, "year" before a number
	// that is no year, a weekday after מיום alone.
	for _, in := range []string{"Sunday, September 25, 2022, and ends the season", "20 Tevet year 56", "מיום שישי"} {
		r, err := parse.Parse(in)
		if err == nil {
			assert.NotEqual(t, in, in[r.Start:r.End], in)
		}
	}
}
