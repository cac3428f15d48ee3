package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// hebrewAbbrCases are Gregorian months in Hebrew script abbreviated as
// CLDR's Hebrew writes them, the first three letters and a geresh, with
// or without the prefix ב, as site builders' Hebrew interfaces print an
// event's date. The abbreviation is a variant: the layout writes it for
// its own month, and the month's name for another (the reference day's
// ינואר).
var hebrewAbbrCases = []parseCase{
	{"3 בספט׳ 2024", ws(dy(3), mo(9), yr(2024)), "2 בינואר 2006"},
	{"17 נוב׳ 2023", ws(dy(17), mo(11), yr(2023)), "2 ינואר 2006"},
	{"יום ה׳, 11 בינו׳", ws(wd(thu), dy(11), mo(1)), "יום ב׳, 2 בינו׳"},
	{"08 באוק' 2025, 18:00", ws(dy(8), mo(10), yr(2025), hr(18), mi(0)), "02 בינואר 2006, 15:04"},
}

func TestParseHebrewMonthAbbr(t *testing.T) {
	testParseCases(t, hebrewAbbrCases)
}

// TestHebrewMonthAbbrIsCLDRs: the abbreviations read are those of CLDR's
// Hebrew (monthsAbbreviated of github.com/go-playground/locales/he, v0.14.2),
// each read back as its month; the months of four letters or fewer are
// not abbreviated.
func TestHebrewMonthAbbrIsCLDRs(t *testing.T) {
	cldr := [13]string{"", "ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳"}
	for m := 1; m <= 12; m++ {
		in := "5 ב" + cldr[m] + " 2024"
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			got := wantsOf(r.Fields)
			require.Len(t, got, 3)
			assert.Equal(t, mo(m), got[1])
			assert.Equal(t, layout.Month, got[1].kind)
		})
	}
}

// TestHebrewMonthAbbrNeedsItsGeresh: without its geresh an abbreviation is
// a word of prose (אפר is ash), and no month, but between a day and a year
// of four digits, as a site's byline prints it ("7 נוב 2023", domoi.org,
// incoming line 3137): there it names the month, a variant the layout
// writes for its own month, and the month's name for another.
func TestHebrewMonthAbbrNeedsItsGeresh(t *testing.T) {
	for _, in := range []string{"3 באפר 2024", "3 אפר", "3 אפר 24", "אפר 2024", "3 ספט", "3\nספט 2024"} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.Error(t, err)
		})
	}
	testParseCases(t, []parseCase{
		{"7 נוב 2023", ws(dy(7), mo(11), yr(2023)), "2 ינואר 2006"},
		{"3 ספט 2024", ws(dy(3), mo(9), yr(2024)), "2 ינואר 2006"},
	})
}
