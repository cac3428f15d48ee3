package format_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

func TestLetters(t *testing.T) {
	day := func(d int) hebrew.Date { return hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: d} }
	ashkenazi := hebrew.Spelling{Family: hebrew.Ashkenazi}
	script := hebrew.Spelling{Family: hebrew.Hebrew}
	tests := []struct {
		e    format.Element
		day  int
		want string
	}{
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi}, 2, "Beis"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi}, 10, "Yud"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi}, 15, "Tes Vov"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi}, 16, "Tes Zayin"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi}, 19, "Yud Tes"},
		{format.Element{Kind: format.HebrewDay, Form: format.LettersHyphen, Spelling: ashkenazi}, 19, "Yud-Tes"},
		{format.Element{Kind: format.HebrewDay, Form: format.LettersHyphen, Spelling: ashkenazi}, 20, "Chof"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi}, 24, "Chof Daled"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi}, 30, "Lamed"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters}, 19, "Yud Tet"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters}, 28, "Kaf Chet"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Case: format.Upper, Spelling: ashkenazi}, 3, "GIMMEL"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: script}, 10, "יו״ד"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: script, Punct: format.ASCII}, 20, "כ\"ף"},
		{format.Element{Kind: format.HebrewDay, Form: format.LettersHyphen, Spelling: script}, 19, "יו״ד טי״ת"},
		// A spelling the layout saw, for its day only.
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi, Text: "Hey", Of: 5}, 5, "Hey"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi, Text: "Hey", Of: 5}, 6, "Vov"},
		{format.Element{Kind: format.HebrewDay, Form: format.Letters, Spelling: ashkenazi, Text: "Chai", Of: 18}, 18, "Chai"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, one(tc.e, sat, day(tc.day)))
		})
	}
	for _, v := range []int{0, 11, 31, -1} {
		assert.Empty(t, format.LetterName(v, hebrew.Ashkenazi, format.Gershayim))
	}
	assert.Equal(t, "Lamed", format.LetterName(30, hebrew.Sephardi, format.Gershayim))
}
