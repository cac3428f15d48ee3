package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// letterCases are days named by their Hebrew letters (issue 13, item 1).
var letterCases = []parseCase{
	{"Yud Tes Kislev", ws(hd(19), hm(kislev)), "Beis Tevet"},
	{"Yud-Tes Kislev 5785", ws(hd(19), hm(kislev), hy(5785)), "Beis Tevet 5766"},
	{"Gimmel Tammuz 5754", ws(hd(3), hm(hebrew.Tammuz), hy(5754)), "Beis Tevet 5766"},
	{"Hei Teves 5747", ws(hd(5), hm(tevet), hy(5747)), "Beis Teves 5766"},
	{"Tes Vov Shevat", ws(hd(15), hm(shevat)), "Beis Tevet"},
	{"Chof Av", ws(hd(20), hm(av)), "Beis Tevet"},
	{"Chof-Daled Teves", ws(hd(24), hm(tevet)), "Beis Teves"},
	{"Yud Alef Adar Beis 5784", ws(hd(11), hq(adarII), hy(5784)), "Beis Tevet 5766"},
	{"Yud Adar Alef 5784", ws(hd(10), hq(adar), hy(5784)), "Beis Tevet 5766"},
	{"YUD-ALEPH NISSAN 5732", ws(hd(11), hm(nisan), hy(5732)), "BEIS TEVET 5766"},
	{"Monday, Beis Teves 5766", ws(wd(mon), hd(2), hm(tevet), hy(5766)), "Monday, Beis Teves 5766"},
	{"Bet Tevet 5766", ws(hd(2), hm(tevet), hy(5766)), "Bet Tevet 5766"},
	{"Lamed Cheshvan 5785", ws(hd(30), hm(cheshvan), hy(5785)), "Beis Tevet 5766"},
	{"Chai Elul 5784", ws(hd(18), hm(elul), hy(5784)), "Beis Tevet 5766"},
	{"יו״ד שבט", ws(hd(10), hm(shevat)), "בי״ת טבת"},
	{"יו\"ד שבט תשפ\"ה", ws(hd(10), hm(shevat), hy(5785)), "בי\"ת טבת תשס\"ו"},
	{"כ״ף מנחם אב תשפ״ד", ws(hd(20), hm(av), hy(5784)), "בי״ת טבת תשס״ו"},
	{"יוד שבט", ws(hd(10), hm(shevat)), "בי״ת טבת"},
}

func TestParseLetterDays(t *testing.T) {
	testParseCases(t, letterCases)
}

// TestParseLetterForms checks how a letter day is written: the family of
// its names, the hyphen, and the text kept for a spelling that is no
// family's own.
func TestParseLetterForms(t *testing.T) {
	tests := []struct {
		in   string
		want layout.Element
	}{
		{"Yud Tes Kislev", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}}},
		{"Yud-Tes Kislev", layout.Element{Kind: layout.HebrewDay, Form: layout.LettersHyphen, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}}},
		{"Yud Tet Kislev", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters}},
		{"yud tes kislev", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Case: layout.Lower, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}}},
		{"Hey Teves", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}, Text: "Hey", Of: 5}},
		{"Yud-Aleph Nissan", layout.Element{Kind: layout.HebrewDay, Form: layout.LettersHyphen, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}, Text: "Yud-Aleph", Of: 11}},
		{"YUD-ALEPH NISSAN", layout.Element{Kind: layout.HebrewDay, Form: layout.LettersHyphen, Case: layout.Upper, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}, Text: "YUD-ALEPH", Of: 11}},
		{"Chai Elul", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}, Text: "Chai", Of: 18}},
		{"Yud - Tes Kislev", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}, Text: "Yud - Tes", Of: 19}},
		{"יו\"ד שבט", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Punct: layout.ASCII, Spelling: hebrew.Spelling{Family: hebrew.Hebrew}}},
		{"וא״ו תשרי", layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: hebrew.Spelling{Family: hebrew.Hebrew}, Text: "וא״ו", Of: 6}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			f, ok := r.Get(layout.HebrewDay)
			require.True(t, ok)
			assert.Equal(t, tc.want, f.Element)
		})
	}
}

// TestParseLetterDayErrors: letters that name no day, or no Hebrew month
// after them, are no date.
func TestParseLetterDayErrors(t *testing.T) {
	for _, in := range []string{
		"Yud Tes", "Tes Yud Kislev", "Lamed Alef Kislev", "Yud Chof Kislev", "Yud Tes January 5",
		"Beis 5784", "Hey there", "בית שבט", "יו״ד", "Gimmel Gimmel Tammuz",
	} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.ErrorIs(t, err, parse.ErrSyntax)
		})
	}
}

// TestAllLetterDays: in free text, a day named by one letter whose name
// is an English word is a date only with a year or a weekday, or where
// both names are capitalised and the month is no given name or word
// (Hey Teves, Chai Elul; not Hey Sivan, Hey Nissan, Dutch's Het).
func TestAllLetterDays(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"the Yud Tes Kislev farbrengen", []string{"Yud Tes Kislev"}},
		{"On Gimmel Tammuz 5754 the Rebbe passed away.", []string{"Gimmel Tammuz 5754"}},
		{"Hey Sivan, how are you? I bet Av is hot.", nil},
		{"the 30th anniversary of Hey Teves 5777", []string{"Hey Teves 5777"}},
		{"Sunday, Hey Teves", []string{"Sunday, Hey Teves"}},
		{"Hey Teves, the day of Didon Notzach", []string{"Hey Teves"}},
		{"We celebrate Heh Teves with a farbrengen.", []string{"Heh Teves"}},
		{"Chai Elul is the birthday of the Baal Shem Tov.", []string{"Chai Elul"}},
		{"the farbrengen of Hei Kislev", []string{"Hei Kislev"}},
		{"Bet Tishrei, the day after Rosh Hashanah", []string{"Bet Tishrei"}},
		{"Hey Nissan dealers! Hey Adar, hey Tammuz, hey Teves.", nil},
		{"Het Kislev-feest begint", nil},
		{"התוועדות יו״ד שבט בבית חב״ד", []string{"יו״ד שבט"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = []string{}
			}
			assert.Equal(t, want, spans(collect(t, tc.text)))
		})
	}
}

// TestParseIssue13Allocs: the readers of issue 13 allocate the fields of
// the result, once, and nothing else.
func TestParseIssue13Allocs(t *testing.T) {
	var ins []string
	for _, cases := range [][]parseCase{letterCases, roshChodeshCases, timeCases, nightCases, hebrewTextCases} {
		for _, tc := range cases {
			ins = append(ins, tc.in)
		}
	}
	ins = append(ins, "Erev Rosh Chodesh Tammuz 5750", "Erev Rosh Chodesh Adar Beis 5784", "Monday, Hey Teves 5766")
	for _, in := range ins {
		n := testing.AllocsPerRun(50, func() {
			if _, err := parse.Parse(in); err != nil {
				t.Fatal(err)
			}
		})
		assert.LessOrEqual(t, n, 1.0, "%q", in)
	}
}
