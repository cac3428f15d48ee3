package parse_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// collect returns the results of All(text), checking what every result
// must satisfy: spans inside text, in order and without overlap.
func collect(t testing.TB, text string) []parse.Result {
	t.Helper()
	var out []parse.Result
	last := 0
	for r := range parse.All(text) {
		require.Equal(t, text, r.Input)
		require.GreaterOrEqual(t, r.Start, last, "in order and without overlap")
		require.Less(t, r.Start, r.End, "not empty")
		require.LessOrEqual(t, r.End, len(text), "inside the text")
		checkResult(t, r)
		last = r.End
		out = append(out, r)
	}
	return out
}

// spans returns the text of each result.
func spans(rs []parse.Result) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.Input[r.Start:r.End])
	}
	return out
}

func TestAll(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"no dates here", nil},
		{"Saturday, March 2nd | 22 Adar I 5784", []string{"Saturday, March 2nd | 22 Adar I 5784"}},
		// A dateline does not run on into the next paragraph; a line
		// break alone does not end it.
		{"By Ann Roth, January 8, 2019 1:48 pm\n\nTuesday the council met", []string{"January 8, 2019 1:48 pm"}},
		{"Prices rose in March \n\n2019 was a year of growth", nil},
		{"Saturday, March 2nd\n22 Adar I 5784", []string{"Saturday, March 2nd\n22 Adar I 5784"}},
		{"By Ann | March 5,\n2024 3:12 pm", []string{"March 5,\n2024 3:12 pm"}},
		{"לקהל ביום ראשון, ז׳ באדר ב׳\nתשפ״ד (17.3.2024), ותוצג", []string{"ראשון, ז׳ באדר ב׳\nתשפ״ד (17.3.2024)"}},
		// ... but a line that is a date of its own is the next item of a
		// list: a repetition, both calendars, or after a month alone.
		{"כ״ב אדר א׳ תשפ״ד\nSaturday, March 2nd | 22 Adar I 5784", []string{"כ״ב אדר א׳ תשפ״ד", "Saturday, March 2nd | 22 Adar I 5784"}},
		{"Adar 5784\nSeptember 28, 2022 10:39 am", []string{"Adar 5784", "September 28, 2022 10:39 am"}},
		{"March 2024\nFriday, March 1, 2024", []string{"March 2024", "Friday, March 1, 2024"}},
		{"March 1, 2024\nMarch 2, 2024", []string{"March 1, 2024", "March 2, 2024"}},
		{"Saturday, March 2nd \r\n \r\n22 Adar I 5784", []string{"Saturday, March 2nd", "22 Adar I 5784"}},
		{"Saturday, March 2nd\u202922 Adar I 5784", []string{"Saturday, March 2nd", "22 Adar I 5784"}},
		{"Posted on September 28, 2022 10:39 am by admin", []string{"September 28, 2022 10:39 am"}},
		{"Today is: Tuesday, Tevet 1, 5772", []string{"Tuesday, Tevet 1, 5772"}},
		{"Candle lighting: 17:26 on Friday, Mar 8", []string{"17:26 on Friday, Mar 8"}},
		{"Next read on / 29 Adar I 5784", []string{"29 Adar I 5784"}},
		{"News Nosh 1.21.20", []string{"1.21.20"}},
		{"Israel News for February 6, 2017", []string{"February 6, 2017"}},
		{"ChaBaD Jewish Calendar Sunday, December 3, 2023 20 Kislev, 5784", []string{"Sunday, December 3, 2023 20 Kislev, 5784"}},
		{"TODAY IN JUDAISM: Sunday, January 1, 2006", []string{"Sunday, January 1, 2006"}},
		{"DECEMBER 14, 2017 - Opinion", []string{"DECEMBER 14, 2017"}},
		// The prefix joined by a hyphen is text of the dateline, as before
		// digits (ב-30 במרץ) and glued (בי״ח באב): see dashedNumeral.
		{"נכתב ב-י״ח באב ה׳תשפ״א (July 27, 2021) בבוקר", []string{"ב-י״ח באב ה׳תשפ״א (July 27, 2021)"}},
		{"The lecture on March 3 and the concert on March 10, 2024.", []string{"March 3", "March 10, 2024"}},
		// A sentence's end ends the dateline: the weekday is the next one's.
		{"Posted September 28, 2022 10:39 am. Friday, March 2nd | 22 Adar I 5784 was the day.",
			[]string{"September 28, 2022 10:39 am", "Friday, March 2nd | 22 Adar I 5784"}},
		{"From October 22-28, 2017 we read Noach.", []string{"October 22-28, 2017"}},
		{"Updated: 2024-03-02T10:39:00Z.", []string{"2024-03-02T10:39:00Z"}},
		{"Tel Aviv, 08/02/2021 06:00 | Maariv", []string{"08/02/2021 06:00"}},
		{"March 2 marchers", []string{"March 2"}},
		{"on march 10, 2024 and may 2nd and saturday, may 4", []string{"march 10, 2024", "may 2nd", "saturday, may 4"}},
		{"Doors open Sun, 12/25 at 10:30.", []string{"Sun, 12/25 at 10:30"}},
		// A list is a list: each item is its own match (issue 11, item 3).
		{"Motzei Shabbat, March 2 6:33 pm Parashat Ki Tisa · Shabbat Shekalim, March 9, 2024 · Erev Shabbos, 21 Adar I 5784 · Purim 5784: March 24",
			[]string{"Motzei Shabbat, March 2 6:33 pm Parashat Ki Tisa", "Shabbat Shekalim, March 9, 2024", "Erev Shabbos, 21 Adar I 5784", "Purim 5784: March 24"}},
		{"March 9, 2024 • Erev Shabbos, 21 Adar I 5784 | Purim 5784: March 24",
			[]string{"March 9, 2024", "Erev Shabbos, 21 Adar I 5784", "Purim 5784: March 24"}},
		{"Saturday, March 2nd | 22 Adar I 5784 Sunday, March 3rd | 23 Adar I 5784",
			[]string{"Saturday, March 2nd | 22 Adar I 5784", "Sunday, March 3rd | 23 Adar I 5784"}},
		{"Saturday, March 2nd | 22 Adar I 5784 | Sunday, March 3rd | 23 Adar I 5784",
			[]string{"Saturday, March 2nd | 22 Adar I 5784", "Sunday, March 3rd | 23 Adar I 5784"}},
		{"22 Adar I 5784 | Saturday, March 2nd 23 Adar I 5784 | Sunday, March 3rd",
			[]string{"22 Adar I 5784 | Saturday, March 2nd", "23 Adar I 5784 | Sunday, March 3rd"}},
		{"March 9, 2024; March 10, 2024 · 30 Adar I 5784", []string{"March 9, 2024", "March 10, 2024 · 30 Adar I 5784"}},
		{"Erev Shabbos, 21 Adar I 5784 Friday, March 1st | 21 Adar I 5784", []string{"Erev Shabbos, 21 Adar I 5784", "Friday, March 1st | 21 Adar I 5784"}},
		// ... and the sides of one dateline stay one.
		{"2 Tevet 5766 | Monday, January 2, 2006", []string{"2 Tevet 5766 | Monday, January 2, 2006"}},
		{"Sunday, March 24, 2024 | 14 Adar II 5784 | Purim | Parashat Tzav", []string{"Sunday, March 24, 2024 | 14 Adar II 5784 | Purim | Parashat Tzav"}},
		{"Parshas Vayigash · Rosh Chodesh Teves, January 2, 2006", []string{"Parshas Vayigash · Rosh Chodesh Teves, January 2, 2006"}},
		// A weekday pair or day pair joined by & or "and" is one dateline.
		{"Rosh Chodesh Adar II: Sunday & Monday, March 10-11, 2024", []string{"Rosh Chodesh Adar II: Sunday & Monday, March 10-11, 2024"}},
		{"Sun. & Mon., March 10 & 11, 2024", []string{"Sun. & Mon., March 10 & 11, 2024"}},
		{"Sunday and Monday, March 10 and 11, 2024", []string{"Sunday and Monday, March 10 and 11, 2024"}},
		{"Held on 10 & 11 March 2024.", []string{"10 & 11 March 2024"}},
		{"Sunday and Monday, 30 Adar I & 1 Adar II 5784", []string{"Sunday and Monday, 30 Adar I & 1 Adar II 5784"}},
		{"Open March 10 to 12, 2024", []string{"March 10 to 12, 2024"}},
		{"On March 10 and 11 people came, 2024.", []string{"March 10"}},
		// A list of three days or more parted by commas alone is one
		// dateline, as it is with a word before its last day.
		{"Sessions 4, 11, 18, 25 March 2024.", []string{"4, 11, 18, 25 March 2024"}},
		{"Termine am 4., 11., 18. März 2024.", []string{"4., 11., 18. März 2024."}},
		{"Sessions 4, 11 March 2024.", []string{"11 March 2024"}},
		{"los días 4, 11, 18 de marzo de 2024", []string{"4, 11, 18 de marzo de 2024"}},
		// ... and so is one whose last day Hebrew's "and" is glued to.
		{"מפגשים ב-4, 11 ו-18 במרץ 2024.", []string{"ב-4, 11 ו-18 במרץ 2024"}},
		{"מפגשים ב-4 וב-11 במרץ 2024.", []string{"ב-4 וב-11 במרץ 2024"}},
		{"בשעה 4 ו-11 דקות", nil},
		// A line break parts the words before a date as a space does:
		// the month's name that ends a line is not the next one's.
		{"Réunion le 11 mars.\nRéunion le 12 mars.", []string{"11 mars", "12 mars"}},
		{"Sitzung am 11. März.\nSitzung am 12. März.", []string{"11. März", "12. März"}},
		{"- le 11 mars\n- le 12 mars", []string{"11 mars", "12 mars"}},
		// Numbers, weekdays and times alone are not dates.
		{"In 2023, 5 people sat on Sunday. Version 1.2.3 was released. Call 03/02 now. Score 2-8.", nil},
		{"Sun 5 and Mon 6 are numbers; he sat 3 rows back at 10:30 pm.", nil},
		{"In 2024, 3/4 of voters said no; by 2025, 2/3 did.", nil},
		{"Passover 2024 and Hanukkah 2023 fell late; פסח 2024.", []string{"Passover 2024", "Hanukkah 2023", "פסח 2024"}},
		{"В 2024 году 3/4 избирателей проголосовали.", nil},
		// A Hebrew month's name in Hebrew letters before digits is a date
		// with a year, a weekday or a civil date beside it, and otherwise
		// prose: אב is also "father", and here a street's name.
		{"בית הכנסת ברחוב אב 12 נפתח.", nil},
		{"הכנס ייערך ביום ראשון, 31 במרץ 2024 בירושלים, ב-10:00.", []string{"ראשון, 31 במרץ 2024"}},
		{"נפתח אב 12 תשפ״ד.", []string{"אב 12 תשפ״ד"}},
		{"נפתח יום ראשון, אב 12.", []string{"יום ראשון, אב 12"}},
		{"They will march 10 blocks; the mayor may 2 times a year visit.", nil},
		{"Sun Valley, March Madness, Jan Smith, Mon Repos, Wed Dec", nil},
		{"אב ובנו הלכו לבית הכנסת, לא בניסן.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := collect(t, tc.text)
			want := tc.want
			if want == nil {
				want = []string{}
			}
			assert.Equal(t, want, spans(got))
		})
	}
}

// TestAllFalseFriends: words that only start like month or weekday names
// are read as nothing, alone, before a number and in a sentence.
func TestAllFalseFriends(t *testing.T) {
	words := []string{
		"Marchers", "Mayor", "Sunburn", "Augustine", "Decemberists", "Monument",
		"may be", "Junebug", "Julys", "Octopus", "Novena", "Janitor", "Aprils",
		"Augusta", "Marchetti", "Mayorkas", "Sunday-school", "Wednesdays",
		"Thursdays", "Friday's", "Sundaram", "Sunderland", "Satellite", "Tuesdayish",
		"Avenue", "Nisanit", "Elulim", "Adaria", "Sivanne", "Tammuzi", "Tevetz",
		"Chicken", "Never",
	}
	for _, w := range words {
		for _, text := range []string{w, w + " 5", w + " 12, 2024", "The " + w + " 3rd came."} {
			t.Run(text, func(t *testing.T) {
				assert.Empty(t, spans(collect(t, text)))
			})
		}
	}
	// Month names alone are not dates either.
	for _, text := range []string{"Ab", "Adar", "March", "May", "Tevet", "טבת", "In March we left."} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, spans(collect(t, text)))
		})
	}
}

// TestAllInsideAbbreviation: the last letter of a Hebrew abbreviation,
// after its gershayim, starts no dateline, where the ח of בעזה״ח before a
// month was read as the 8th of it.
func TestAllInsideAbbreviation(t *testing.T) {
	for _, text := range []string{"ראה בעזה״ח אדר", "ראה בעזה\"ח אדר", "ועיין בשו״ת ניסן"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, spans(collect(t, text)))
		})
	}
	// A numeral's letters still start one where the numeral does.
	assert.Equal(t, []string{"כ״ה אדר תשפ״ד"}, spans(collect(t, "ביום כ״ה אדר תשפ״ד נפגשנו")))
}

// TestAllPage reads a news page of about 5,800 bytes: its masthead
// dateline and its publication timestamp are the only dates in it, among
// words that start like month names (Marchers, Mayor, Augustine,
// Decemberists, Sunderland) and numbers, times and weekdays that are not
// dates.
func TestAllPage(t *testing.T) {
	page, err := os.ReadFile("testdata/article.txt")
	require.NoError(t, err)
	require.InDelta(t, 5800, len(page), 100, "a page of about 5,800 bytes")
	got := collect(t, string(page))
	require.Equal(t, []string{"Wednesday, March 6th | 26 Adar I 5784", "March 5, 2024 3:12 pm"}, spans(got))

	assert.Equal(t, ws(wd(wed), mo(3), dy(6), hd(26), hq(adar), hy(5784)), wantsOf(got[0].Fields))
	assert.Equal(t, layout.Header, got[0].Layout().String())
	assert.Equal(t, ws(mo(3), dy(5), yr(2024), hr(3), mi(12), ampm(true)), wantsOf(got[1].Fields))
	assert.Equal(t, layout.Published, got[1].Layout().String())
}

func TestAllStops(t *testing.T) {
	text := "March 2, 2024 and March 3, 2024 and March 4, 2024"
	n := 0
	for r := range parse.All(text) {
		n++
		assert.Equal(t, "March 2, 2024", text[r.Start:r.End])
		break
	}
	assert.Equal(t, 1, n, "the iterator stops when asked")
	assert.Len(t, collect(t, text), 3)
}

// TestAllAgreesWithParse: a dateline alone in the text is found whole, as
// Parse reads it.
func TestAllAgreesWithParse(t *testing.T) {
	for _, tc := range parseCases {
		// Parse takes the spaces around a dateline; All starts at its first
		// word, and some datelines open with punctuation.
		in := strings.TrimSpace(tc.in)
		if strings.IndexAny(in[:1], "([") == 0 {
			continue
		}
		if r, err := parse.Parse(in); err == nil && !r.Layout().Has(layout.Year) && !r.Layout().Has(layout.Weekday) &&
			strings.Trim(in, "0123456789/") == "" {
			continue // 12/25 alone is not a date in free text; see TestAll
		}
		t.Run(in, func(t *testing.T) {
			got := collect(t, "Seen: "+in+" (end)")
			require.Len(t, got, 1, "%q", spans(got))
			p, err := parse.Parse(in)
			require.NoError(t, err)
			assert.Equal(t, wantsOf(p.Fields), wantsOf(got[0].Fields))
		})
	}
}

// TestAllInPieces: reading a text in pieces with AllFrom, each resumed at
// the end of the last dateline kept from the one before (or where the
// one before stopped keeping), gives exactly what All gives on the whole
// (issue 11, item 4: back-to-back datelines read from inside one were read
// with the Hebrew date of one and the Gregorian date of the next).
func TestAllInPieces(t *testing.T) {
	var b strings.Builder
	for d := 2; b.Len() < 3*parse.MaxInput; d++ {
		fmt.Fprintf(&b, "Saturday, March %dnd | 22 Adar I 5784 Sunday, March %drd | 23 Adar I 5784 ", d, d+1)
		b.WriteString("12/25 -0500-03-02 x-2024 1.21.20 Sun. & Mon., March 10 & 11, 2024 · Erev Shabbos, 21 Adar I 5784; ")
		b.WriteString("י״ח באב ה׳תשפ״א (July 27, 2021) Marchers 2024-03-02T10:39:00Z March 2 6:33 pm Parashat Ki Tisa ")
	}
	text := b.String()
	want := spans(collect(t, text))
	for _, window := range []int{1, 7, 100, 1000} {
		var got []string
		for from := 0; from < len(text); {
			lo := max(0, from-4)
			piece := text[lo:min(len(text), from+window+parse.MaxInput)]
			next := from + window
			for r := range parse.AllFrom(piece, from-lo) {
				if lo+r.Start >= next {
					break
				}
				got = append(got, piece[r.Start:r.End])
				next = max(next, lo+r.End)
			}
			from = next
		}
		assert.Equal(t, want, got, "window %d", window)
	}
}
