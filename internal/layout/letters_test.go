package layout_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

func TestLetters(t *testing.T) {
	day := func(d int) hebrew.Date { return hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: d} }
	ashkenazi := hebrew.Spelling{Family: hebrew.Ashkenazi}
	script := hebrew.Spelling{Family: hebrew.Hebrew}
	tests := []struct {
		e    layout.Element
		day  int
		want string
	}{
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi}, 2, "Beis"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi}, 10, "Yud"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi}, 15, "Tes Vov"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi}, 16, "Tes Zayin"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi}, 19, "Yud Tes"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.LettersHyphen, Spelling: ashkenazi}, 19, "Yud-Tes"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.LettersHyphen, Spelling: ashkenazi}, 20, "Chof"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi}, 24, "Chof Daled"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi}, 30, "Lamed"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters}, 19, "Yud Tet"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters}, 28, "Kaf Chet"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Case: layout.Upper, Spelling: ashkenazi}, 3, "GIMMEL"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: script}, 10, "יו״ד"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: script, Punct: layout.ASCII}, 20, "כ\"ף"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.LettersHyphen, Spelling: script}, 19, "יו״ד טי״ת"},
		// A spelling the layout saw, for its day only.
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi, Text: "Hey", Of: 5}, 5, "Hey"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi, Text: "Hey", Of: 5}, 6, "Vov"},
		{layout.Element{Kind: layout.HebrewDay, Form: layout.Letters, Spelling: ashkenazi, Text: "Chai", Of: 18}, 18, "Chai"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, one(tc.e, sat, day(tc.day)))
		})
	}
	for _, v := range []int{0, 11, 31, -1} {
		assert.Empty(t, layout.LetterName(v, hebrew.Ashkenazi, layout.Gershayim))
	}
	assert.Equal(t, "Lamed", layout.LetterName(30, hebrew.Sephardi, layout.Gershayim))
}
