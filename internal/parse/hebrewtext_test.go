package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// hebDMY marks a field of an ambiguous numeric date that Hebrew text reads
// day first.
func hebDMY(w want) want { return w.fl(parse.Ambiguous | parse.DayFirst | parse.Customary) }

// hebrewTextCases are numeric dates in Hebrew text (issue 13, item 3).
var hebrewTextCases = []parseCase{
	{"(7.11.1912 למניינם)", ws(hebDMY(dy(7)), hebDMY(mo(11)), yr(1912)), "(2.1.2006 למניינם)"},
	{"03/02/2024 בשעה 10:00", ws(hebDMY(dy(3)), hebDMY(mo(2)), yr(2024), hr(10), mi(0)), "02/01/2006 בשעה 15:04"},
	{"01/02/2024 לסה״נ", ws(hebDMY(dy(1)), hebDMY(mo(2)), yr(2024)), "02/01/2006 לסה״נ"},
	{"יום שני, 29.8.2022 ב' אלול תשפ\"ב", ws(wd(mon), dmy(dy(29)), dmy(mo(8)), yr(2022), hd(2), hm(elul), hy(5782)), "יום שני, 2.1.2006 ב' טבת תשס\"ו"},
	{"13/02/2024 למניינם", ws(dmy(dy(13)), dmy(mo(2)), yr(2024)), "02/01/2006 למניינם"},
}

// hebrewPrefixCases are civil dates as Hebrew prose writes them, with
// the language's prefixes: a day joined by a hyphen or a maqaf to ב (on),
// ה (the), מה (from the); a weekday named "on the day" and its ordinal
// (ביום ראשון, which יום names too), "on Shabbat" and "the Shabbat"; and
// של (of) between a weekday and its date.
var hebrewPrefixCases = []parseCase{
	{"ב-30 במרץ 2024", ws(dy(30), mo(3), yr(2024)), "ב-2 בינואר 2006"},
	{"ה־30 במרץ 2024", ws(dy(30), mo(3), yr(2024)), "ה־2 בינואר 2006"},
	{"מה-1 בינואר 2025", ws(dy(1), mo(1), yr(2025)), "מה-2 בינואר 2006"},
	{"ביום ראשון, 31 במרץ 2024", ws(wd(sun), dy(31), mo(3), yr(2024)), "ביום שני, 2 בינואר 2006"},
	{"ביום שלישי ה-2 באפריל 2024", ws(wd(tue), dy(2), mo(4), yr(2024)), "ביום שני ה-2 בינואר 2006"},
	{"בשבת, 30 במרץ 2024", ws(wd(sat), dy(30), mo(3), yr(2024)), "יום שני, 2 בינואר 2006"},
	{"השבת של ה-30 במרץ 2024", ws(wd(sat), dy(30), mo(3), yr(2024)), "יום שני של ה-2 בינואר 2006"},
}

// shabbatKodeshCases are the holy Shabbat and its eve as Haredi pages
// name them, שבת קודש and ערב שבת קודש; and a weekday named again as the
// eve of the next ("Friday, Erev Shabbat", "יום שישי, ערב שבת קודש").
var shabbatKodeshCases = []parseCase{
	{"שבת קודש, כ״ט אדר א׳ תשפ״ד", ws(wd(sat), hd(29), hq(adar), hy(5784)), "יום שני, ב׳ טבת תשס״ו"},
	{"ערב שבת קודש, כ״ח אדר א׳ תשפ״ד", ws(wd(sat).sh(1), hd(28), hq(adar), hy(5784)), "ערב שלישי, ב׳ טבת תשס״ו"},
	{"יום שישי, ערב שבת קודש, כ״ח אדר א׳ תשפ״ד", ws(wd(fri), wd(sat).sh(1), hd(28), hq(adar), hy(5784)), "יום שני, ערב שלישי, ב׳ טבת תשס״ו"},
	{"Friday, Erev Shabbat, March 8, 2024", ws(wd(fri), wd(sat).sh(1), mo(3), dy(8), yr(2024)), "Monday, Erev Yom Shlishi, January 2, 2006"},
}

func TestParseShabbatKodesh(t *testing.T) {
	testParseCases(t, shabbatKodeshCases)
	// Two weekdays that name two days are no dateline.
	for _, in := range []string{"Thursday, Erev Shabbat, March 8, 2024", "יום ה׳, ערב שבת קודש, כ״ח אדר א׳ תשפ״ד", "שבת קודשים, כ״ט אדר א׳"} {
		_, err := parse.Parse(in)
		assert.ErrorIs(t, err, parse.ErrSyntax, in)
	}
}

func TestParseHebrewPrefixes(t *testing.T) {
	testParseCases(t, hebrewPrefixCases)
	// A bare ordinal is a weekday after יום or ביום, or where it opens
	// its clause before a comma and a date, as Israeli listings print it
	// ("חמישי, 5.10.2023"); with a prefix glued to it, or alone, it is no
	// weekday: בשני is "in two" as often as "on Monday".
	for _, in := range []string{"בשני, 31 במרץ 2024", "ב-", "ה-30"} {
		_, err := parse.Parse(in)
		assert.ErrorIs(t, err, parse.ErrSyntax, in)
	}
	r, err := parse.Parse("שני, 31 במרץ 2024")
	require.NoError(t, err)
	require.NotEmpty(t, r.Fields)
	assert.Equal(t, layout.Weekday, r.Fields[0].Kind)
	assert.Equal(t, 1, r.Fields[0].Value) // Monday, which the date is not: Check says so
}

func TestParseHebrewText(t *testing.T) {
	for _, tc := range hebrewTextCases {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			checkResult(t, r)
			assert.Equal(t, tc.fields, wantsOf(r.Fields))
			assert.Equal(t, tc.layout, r.Layout().String())
		})
	}
	// The words of the civil date follow one.
	_, err := parse.Parse("למניינם")
	assert.ErrorIs(t, err, parse.ErrSyntax)
}

// TestAllHebrewText: in free text, Hebrew just around a numeric date reads
// it day first.
func TestAllHebrewText(t *testing.T) {
	numericFlags(t, map[string]parse.Flag{
		"נולד ב-03/02/2024 בירושלים":          parse.Ambiguous | parse.DayFirst | parse.Customary,
		"He was born 03/02/2024 in Jerusalem": parse.Ambiguous,
	})
}

// numericFlags checks that All finds one dateline in each text, whose
// month has the flags the numeric date's order gives it.
func numericFlags(t *testing.T, cases map[string]parse.Flag) {
	t.Helper()
	for text, want := range cases {
		t.Run(text, func(t *testing.T) {
			rs := collect(t, text)
			require.Len(t, rs, 1)
			d, ok := rs[0].Get(layout.Month)
			require.True(t, ok)
			assert.Equal(t, want, d.Flags)
		})
	}
}
