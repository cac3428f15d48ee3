package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// heldout10Cases are made-up datelines of the classes the tenth held-out
// set (real datelines of sites no test had seen) found unread:
//
//   - two days of a month joined by a word, each with Hungarian's case
//     ending, as a Budapest synagogue's Elul notice writes the two days of
//     Rosh Chodesh ("Augusztus 24-én és 25-én, vasárnap és hétfőn"): the
//     hyphen of the first day's ending was taken for a range's dash, and
//     "én" for no day (a syntax error at "és"); the ending is text of the
//     dateline before the joining word, and the far day keeps its own;
//   - a word that joins a pair or a range of days between a date of one
//     calendar and the other's, as a Yahrzeit page writes one day in both
//     ("May 8, 2012 to 16 Iyyar 5772"): a syntax error at "to"; the two
//     calendars' dates of one day are no range, and the word links them
//     as "corresponds to" does, in either order and in the languages of
//     rangeWords. After the word, a date of the calendar already read is
//     a range, as before.
var heldout10Cases = []parseCase{
	{"augusztus 24-én és 25-én, vasárnap és hétfőn", ws(mo(8), dy(24), dy(25).end(1), wd(sun), wd(mon).end(1)), "január 2-én és 3-én, hétfőn és kedden"},
	{"2025. augusztus 24-én és 25-én", ws(yr(2025), mo(8), dy(24), dy(25).end(1)), "2006. január 2-én és 3-én"},
	{"2024. március 13-án és 14-én", ws(yr(2024), mo(3), dy(13), dy(14).end(1)), "2006. január 2-án és 3-én"},
	{"március 13-án-14-én", ws(mo(3), dy(13), dy(14).end(1)), "január 2-án-3-én"},
	{"May 8, 2012 to 16 Iyyar 5772", ws(mo(5), dy(8), yr(2012), hd(16), hm(hebrew.Iyyar), hy(5772)), "January 2, 2006 to 2 Tevet 5766"},
	{"Tuesday, May 8, 2012 to 16 Iyyar 5772", ws(wd(tue), mo(5), dy(8), yr(2012), hd(16), hm(hebrew.Iyyar), hy(5772)), "Monday, January 2, 2006 to 2 Tevet 5766"},
	{"16 Iyyar 5772 to May 8, 2012", ws(hd(16), hm(hebrew.Iyyar), hy(5772), mo(5), dy(8), yr(2012)), "2 Tevet 5766 to January 2, 2006"},
	{"03 de abril de 2015 a 14 de Nisan de 5775", ws(dy(3), mo(4), yr(2015), hd(14), hm(hebrew.Nisan), hy(5775)), "02 de enero de 2006 a 2 de Tevet de 5766"},
	{"8 mai 2012 au 16 Iyar 5772", ws(dy(8), mo(5), yr(2012), hd(16), hm(hebrew.Iyyar), hy(5772)), "2 janvier 2006 au 2 Tévet 5766"},
	{"8. Mai 2012 bis 16. Ijar 5772", ws(dy(8), mo(5), yr(2012), hd(16), hm(hebrew.Iyyar), hy(5772)), "2. Januar 2006 bis 2. Tewet 5766"},
	{"8 мая 2012 года по 16 ияра 5772", ws(dy(8), mo(5), yr(2012), hd(16), hm(hebrew.Iyyar), hy(5772)), "2 января 2006 года по 2 тевета 5766"},
}

func TestHeldout10Classes(t *testing.T) {
	testParseCases(t, heldout10Cases)
}

// TestHeldout10SameCalendarRange: after a joining word, a date of the
// calendar already read is still a range's other end, not a second date.
func TestHeldout10SameCalendarRange(t *testing.T) {
	for _, in := range []string{"May 8, 2012 to May 10, 2012", "10 Nisan to 12 Nisan 5784"} {
		r, err := parse.Parse(in)
		require.NoError(t, err, in)
		ends := 0
		for _, f := range r.Fields {
			if f.Flags&parse.RangeEnd != 0 {
				ends++
			}
		}
		assert.Positive(t, ends, "%q is a range", in)
	}
}

// TestHolidayNoun: a word for "holiday" or "festival" between an
// occasion's name and its year, as a German community's news writes it
// ("Rosch Haschana Feiertage 5783 (25.-27. September 2022)"): a syntax
// error at the noun before, and Find read the civil range alone. The noun
// is text of the dateline when a year follows it, and prose when none
// does ("the Purim holiday party").
func TestHolidayNoun(t *testing.T) {
	tests := []struct {
		in     string
		kind   layout.Kind // the year's
		year   int
		layout string
	}{
		{"Rosch Haschana Feiertage 5783", layout.HebrewYear, 5783, "Channukah: 8. Tag Feiertage 5766"},
		{"Sukkot festival 5784", layout.HebrewYear, 5784, "Chanukah: 8th Day festival 5766"},
		{"Pessach Feiertage 2024", layout.Year, 2024, "Channukah: 8. Tag Feiertage 2006"},
		{"Pesach Fest 5784", layout.HebrewYear, 5784, ""},
		{"Purim holiday 5784, March 24, 2024", layout.HebrewYear, 5784, "Chanukah: 8th Day holiday 5766, January 2, 2006"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r := occasionYear(t, tc.in, tc.kind, tc.year)
			if tc.layout != "" {
				assert.Equal(t, tc.layout, r.Layout().String())
			}
		})
	}
	_, err := parse.Parse("the Purim holiday party")
	assert.Error(t, err, "a holiday noun without a year is prose")
}

// hourHCases: an hour written with French's and Portuguese's h and no
// minutes, glued to it or spaced, as a French community's services page
// writes its Tu BiShvat seder ("le dimanche 1er février 2026à 19h"): a
// syntax error at "19h" before, where "19h30" and "19 h 04" were read.
// A spaced h before a word is a span, not an hour ("5 h later").
var hourHCases = []parseCase{
	{"1 février 2026 à 19h", ws(dy(1), mo(2), yr(2026), hr(19)), "2 janvier 2006 à 15h"},
	{"1 février 2026 à 9h", ws(dy(1), mo(2), yr(2026), hr(9)), "2 janvier 2006 à 15h"},
	{"1 février 2026 à 19 h", ws(dy(1), mo(2), yr(2026), hr(19)), "2 janvier 2006 à 15 h"},
	{"domingo, 1 de fevereiro de 2026, às 20h", ws(wd(sun), dy(1), mo(2), yr(2026), hr(20)), "segunda-feira, 2 de janeiro de 2006, às 15h"},
	{"1 février 2026 19h", ws(dy(1), mo(2), yr(2026), hr(19)), "2 janvier 2006 15h"},
}

func TestHourH(t *testing.T) {
	testParseCases(t, hourHCases)
	_, err := parse.Parse("February 1, 2026 5 h later")
	assert.Error(t, err, "a spaced h before a word is no hour")
}

// compactCases: a date whose day, month abbreviation and year run
// together with no separator, as military and aviation date-time groups
// write it and a Mexican blog copies it ("para el calendario hebreo hoy
// en la tarde (20Sep17) da inicio el año 5778"): a syntax error before,
// where "20-Sep-17" was read. A day and a month without a year, or
// letters that are no month, stay unread.
var compactCases = []parseCase{
	{"(20Sep17)", ws(dy(20), mo(9), yr(17)), "(2Jan06)"},
	{"20SEP2017", ws(dy(20), mo(9), yr(2017)), "2JAN2006"},
	{"5jan24", ws(dy(5), mo(1), yr(24)), "2jan06"},
	{"Wednesday 20Sep17", ws(wd(wed), dy(20), mo(9), yr(17)), "Monday 2Jan06"},
}

func TestCompactDate(t *testing.T) {
	testParseCases(t, compactCases)
	for _, in := range []string{"20Sep", "12abc34", "20Sep17x"} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
}

// romanianOnCases: Romanian's "pe" (on) before a date, as a Suceava
// paper writes it ("se va încheia la apusul soarelui pe 2 octombrie
// 2024"): a syntax error at "pe" before, where "on", "le" and "am" were
// read. In free text it is a word before a day-first date, as "le" is.
var romanianOnCases = []parseCase{
	{"pe 2 octombrie 2024", ws(dy(2), mo(10), yr(2024)), "pe 2 ianuarie 2006"},
	{"pe 23.12.2019", ws(dmy(dy(23)), dmy(mo(12)), yr(2019)), "pe 2.1.2006"},
	{"luni, pe 2 octombrie 2024", ws(wd(mon), dy(2), mo(10), yr(2024)), "luni, pe 2 ianuarie 2006"},
}

func TestRomanianOn(t *testing.T) {
	testParseCases(t, romanianOnCases)
	var ms []parse.Result
	for r := range parse.All("sărbătoarea are loc pe 06/12/2015 la sinagogă") {
		ms = append(ms, r)
	}
	require.Len(t, ms, 1)
	f, ok := ms[0].Get(layout.Month)
	require.True(t, ok)
	assert.Equal(t, 12, f.Value, "day first after pe")
}

// TestOnOccasion: Hebrew's prefix ב (on) glued to an occasion's name, and
// Yom Kippur's name with the article, as an Israeli memorial site writes a
// birth ("נולד ביום-הכיפורים תרפ"ז (18.9.1926)"): a syntax error before
// (Find read the civil date alone). The prefix glued to the first word of
// a name without the rest (ביום שני, on Monday; בראש העיר, at the head
// of the city) starts no phrase.
func TestOnOccasion(t *testing.T) {
	tests := []struct {
		in   string
		year int
	}{
		{`ביום-הכיפורים תרפ"ז (18.9.1926)`, 5687},
		{`ביום הכיפורים תרפ"ז`, 5687},
		{`יום הכיפורים תרפ"ז`, 5687},
		{`בפסח תשפ"ד`, 5784},
		{`בראש השנה תשפ"ד`, 5784},
		{`בפורים תשפ"ד, 24 במרץ 2024`, 5784},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { occasionYear(t, tc.in, layout.HebrewYear, tc.year) })
	}
	for r := range parse.All("הוא ישב בראש העיר ביום שני ובחג") {
		t.Errorf("prose read as %q", r.Input[r.Start:r.End])
	}
}

// occasionYear parses in, which must name an occasion and a year of kind
// kind: year.
func occasionYear(t *testing.T, in string, kind layout.Kind, year int) parse.Result {
	t.Helper()
	r, err := parse.Parse(in)
	require.NoError(t, err)
	checkResult(t, r)
	_, ok := r.Get(layout.Holiday)
	assert.True(t, ok, "an occasion")
	f, ok := r.Get(kind)
	require.True(t, ok, "a year")
	assert.Equal(t, year, f.Value)
	return r
}
