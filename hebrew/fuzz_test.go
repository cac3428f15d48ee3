package hebrew

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// monthSeeds are the names of the table tests, qualified and not, and some
// that are not names.
var monthSeeds = []string{
	"Adar I", "Adar II", "Adar 1", "Adar 2", "Adar1", "Adar2", "Adar Aleph", "Adar Alef",
	"Adar Bet", "Adar Beth", "Adar Beis", "Adar Rishon", "Adar Sheni", "Adar Sheini",
	"Ve'adar", "Ve\u2019adar", "אדר א׳", "אדר א'", "אדר א", "אדר ב׳", "אדר ראשון", "אדר שני",
	"ואדר", "באדר ב׳", "אֲדָר ב׳", "Adar 15, 5784", "Adar 1, 5784", "Adar III", "Sh\u2019vat",
	"Chicken", "Never", "Avenue", "Adamant", "Nov", "November", "Sheva", "Tevetx", "Adar11",
	"אדרת", "אבא", "", "ב", "בNisan", "\u05b0אדר", "Menachem-Av", "ב־שבט", "  Tevet\t",
}

// wroteBack checks that the name read from s is read again, as the same
// month and all of it, from what AppendMonth writes with its Spelling, and
// that writing is then stable.
func wroteBack(t *testing.T, name MonthName) {
	leap := name.Month == Adar && name.Qualified
	written := string(AppendMonth(nil, name.Month, leap, name.Spelling))
	back, ok := MatchMonth(written)
	require.True(t, ok, "MatchMonth(%q)", written)
	assert.Equal(t, name.Month, back.Month, "MatchMonth(%q)", written)
	assert.Equal(t, len(written), back.Len, "MatchMonth(%q)", written)
	assert.Equal(t, name.Qualified, back.Qualified, "MatchMonth(%q)", written)
	assert.Equal(t, written, string(AppendMonth(nil, back.Month, leap, back.Spelling)), "rewriting %q", written)
}

func FuzzMatchMonth(f *testing.F) {
	for _, c := range spellingCases {
		f.Add(c.word)
	}
	for _, s := range monthSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, ok := MatchMonth(s)
		if !ok {
			assert.Equal(t, MonthName{}, name)
			return
		}
		require.Positive(t, name.Len)
		require.LessOrEqual(t, name.Len, len(s))
		require.LessOrEqual(t, name.BaseLen, name.Len)
		require.Positive(t, name.BaseLen)
		require.GreaterOrEqual(t, name.Month, Nisan)
		require.LessOrEqual(t, name.Month, AdarII)
		// What follows the name plays no part in it.
		again, ok := MatchMonth(s[:name.Len])
		require.True(t, ok, "MatchMonth(%q)", s[:name.Len])
		assert.Equal(t, name, again, "MatchMonth(%q)", s[:name.Len])
		wroteBack(t, name)
	})
}

func FuzzLookupMonth(f *testing.F) {
	for _, c := range spellingCases {
		f.Add(c.word)
	}
	for _, s := range monthSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, err := LookupMonth(s)
		if err != nil {
			assert.ErrorIs(t, err, ErrSyntax)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, s, se.Input)
			assert.GreaterOrEqual(t, se.Offset, 0)
			assert.LessOrEqual(t, se.Offset, len(s))
			return
		}
		require.Positive(t, name.Len)
		require.LessOrEqual(t, name.Len, len(s))
		wroteBack(t, name)
	})
}

func FuzzParseNumeral(f *testing.F) {
	for _, s := range wantDays[1:] {
		f.Add(s)
	}
	for _, s := range []string{
		"ה׳תשפ״ד", `ה'תשפ"ד`, "התשפד", "תשפ״ד", "ה׳", "תת״ק", "תתקצ״ט", "כָּ״ב", "ך", "ת״ם",
		"כ\u201dב", "", "abc", "׳", "\u05b0", "יכ", "כאא", "טוו", "כ״ב״ג", "ה׳ת׳ש", "טז׳קכ״ג",
		"תתתתתתתתתתתתתתתתתתתת", "ה׳תתתתת",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumeral(s)
		if err != nil {
			assert.Zero(t, n)
			assert.ErrorIs(t, err, ErrSyntax)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, s, se.Input)
			assert.GreaterOrEqual(t, se.Offset, 0)
			assert.LessOrEqual(t, se.Offset, len(s))
			return
		}
		require.Positive(t, n)
		if n > 999999 {
			return // more than AppendNumeral writes
		}
		written := string(AppendNumeral(nil, n, 0))
		back, err := ParseNumeral(written)
		require.NoError(t, err, "ParseNumeral(%q)", written)
		want := n
		if n%1000 == 0 {
			want = n / 1000 // ה׳ is 5, as documented
		}
		assert.Equal(t, want, back, "ParseNumeral(%q), written for %d", written, n)
	})
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{
		"22 Adar I 5784", "22 Adar II 5784", "1 Tishrei 5785", "5 Adar 5783", "29 Adar 1",
		"29 Adar 2", "2 טבת 5766", "  2 Teves 5766  ", "22 Adar 5784", "garbage", "22 ",
		"22 Adar I", "30 Cheshvan 5784", "1 Adar II 5783", "1 Nisan 1234567890", "", " ",
		"22 Adar 1 5784", "1 Adar 2 2", "29 Elul 9999", "1 Tishrei 1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		before := Date{5784, Nisan, 1}
		d := before
		err := d.UnmarshalText([]byte(s))
		if err != nil {
			assert.Equal(t, before, d)
			var se *SyntaxError
			var de *DateError
			switch {
			case errors.As(err, &se):
				assert.Equal(t, s, se.Input)
				assert.GreaterOrEqual(t, se.Offset, 0)
				assert.LessOrEqual(t, se.Offset, len(s))
			case errors.As(err, &de):
			default:
				t.Fatalf("UnmarshalText(%q): error %T", s, err)
			}
			return
		}
		if s == "" {
			assert.Equal(t, Date{}, d)
			return
		}
		require.True(t, d.IsValid(), "%#v", d)
		var back Date
		require.NoError(t, back.UnmarshalText([]byte(d.String())), "UnmarshalText(%q)", d.String())
		assert.Equal(t, d, back)
	})
}
