package hebrew

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The days of the month as Hebrew calendars print them.
var wantDays = [31]string{
	1: "א׳", 2: "ב׳", 3: "ג׳", 4: "ד׳", 5: "ה׳", 6: "ו׳", 7: "ז׳", 8: "ח׳", 9: "ט׳", 10: "י׳",
	11: "י״א", 12: "י״ב", 13: "י״ג", 14: "י״ד", 15: "ט״ו", 16: "ט״ז", 17: "י״ז", 18: "י״ח", 19: "י״ט", 20: "כ׳",
	21: "כ״א", 22: "כ״ב", 23: "כ״ג", 24: "כ״ד", 25: "כ״ה", 26: "כ״ו", 27: "כ״ז", 28: "כ״ח", 29: "כ״ט", 30: "ל׳",
}

func TestAppendNumeralDays(t *testing.T) {
	for n := 1; n <= 30; n++ {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			assert.Equal(t, wantDays[n], string(AppendNumeral(nil, n, 0)))
			// A day has no thousands to omit.
			assert.Equal(t, wantDays[n], string(AppendNumeral(nil, n, OmitThousands)))
		})
	}
}

func TestAppendNumeral(t *testing.T) {
	tests := []struct {
		n     int
		style NumeralStyle
		want  string
	}{
		{15, 0, "ט״ו"},
		{16, 0, "ט״ז"},
		{15, ASCII, `ט"ו`},
		{15, Unpunctuated, "טו"},
		{115, 0, "קט״ו"},
		{116, 0, "קט״ז"},
		{215, 0, "רט״ו"},
		{270, 0, "ר״ע"}, // as hebcal writes it
		{123, 0, "קכ״ג"},
		{613, 0, "תרי״ג"},
		{400, 0, "ת׳"},
		{500, 0, "ת״ק"},
		{500, Unpunctuated, "תק"},
		{800, 0, "ת״ת"},
		{900, 0, "תת״ק"},
		{900, Unpunctuated, "תתק"},
		{999, 0, "תתקצ״ט"},
		{5766, 0, "ה׳תשס״ו"},
		{5766, OmitThousands, "תשס״ו"},
		{5766, ASCII, `ה'תשס"ו`},
		{5766, Unpunctuated, "התשסו"},
		{5766, ASCII | Unpunctuated, "התשסו"}, // nothing to make ASCII
		{5766, OmitThousands | ASCII, `תשס"ו`},
		{5766, OmitThousands | Unpunctuated, "תשסו"},
		{5784, 0, "ה׳תשפ״ד"},
		{5784, OmitThousands, "תשפ״ד"},
		{5744, 0, "ה׳תשד״מ"},
		{5744, OmitThousands | ASCII, `תשד"מ`},
		{5344, OmitThousands, "שד״מ"},
		{5698, OmitThousands, "תרח״צ"},
		{5298, OmitThousands, "רח״צ"},
		{5644, OmitThousands, "תרמ״ד"}, // no word: as before
		{5798, OmitThousands, "תשצ״ח"},
		{5749, OmitThousands, "תשמ״ט"},
		{5780, OmitThousands, "תש״פ"},
		{3761, 0, "ג׳תשס״א"},
		{6749, 0, "ו׳תשמ״ט"},
		{1123, 0, "א׳קכ״ג"},
		{7007, 0, "ז׳ז׳"},
		{22700, 0, "כב׳ת״ש"},
		{16123, 0, "טז׳קכ״ג"},
		{5000, 0, "ה׳"},
		{5000, OmitThousands, "ה׳"}, // nothing would be left
		{5000, ASCII, "ה'"},
		{5000, Unpunctuated, "ה"},
		{6000, 0, "ו׳"},
		{6000, OmitThousands, "ו׳"},
		{5001, 0, "ה׳א׳"},
		{5001, OmitThousands, "א׳"},
		{5100, 0, "ה׳ק׳"},
		{5100, OmitThousands | ASCII, "ק'"},
		{5015, 0, "ה׳ט״ו"},
		{999999, 0, "תתקצט׳תתקצ״ט"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d/%d", tc.n, tc.style), func(t *testing.T) {
			assert.Equal(t, tc.want, string(AppendNumeral(nil, tc.n, tc.style)))
			assert.Equal(t, "x"+tc.want, string(AppendNumeral([]byte("x"), tc.n, tc.style)))
		})
	}
}

func TestAppendNumeralOutOfRange(t *testing.T) {
	for _, n := range []int{0, -1, -5784, 1000000, 1 << 40} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			for _, style := range []NumeralStyle{0, OmitThousands, ASCII, Unpunctuated} {
				assert.Equal(t, "x", string(AppendNumeral([]byte("x"), n, style)))
			}
		})
	}
}

// refNumeral writes n (1 to 999999) the way a person does, by a different
// method from the package's: take the largest letter that fits until
// nothing is left, but write 15 and 16 as 9+6 and 9+7; a single letter
// takes a geresh, more letters a gershayim before the last; the thousands
// are written the same way before a geresh of their own.
func refNumeral(n int, style NumeralStyle) string {
	geresh, gershayim := "׳", "״"
	if style&ASCII != 0 {
		geresh, gershayim = "'", `"`
	}
	if style&Unpunctuated != 0 {
		geresh, gershayim = "", ""
	}
	letters := func(n int) []string {
		values := []int{400, 300, 200, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
		names := []string{"ת", "ש", "ר", "ק", "צ", "פ", "ע", "ס", "נ", "מ", "ל", "כ", "י", "ט", "ח", "ז", "ו", "ה", "ד", "ג", "ב", "א"}
		var out []string
		for n > 0 {
			if n == 15 || n == 16 {
				return append(out, "ט", names[len(names)-(n-9)])
			}
			for i, v := range values {
				if v <= n {
					out = append(out, names[i])
					n -= v
					break
				}
			}
		}
		return out
	}
	var b strings.Builder
	if k := n / 1000; k > 0 && (style&OmitThousands == 0 || n%1000 == 0) {
		b.WriteString(strings.Join(letters(k), ""))
		b.WriteString(geresh)
	}
	r := letters(n % 1000)
	if w := strings.Join(r, ""); strings.HasSuffix(w, "שמד") || strings.HasSuffix(w, "רצח") {
		// The years that would spell "destruction" and "murder" swap
		// their last two letters: תשד״מ, תרח״צ.
		r[len(r)-2], r[len(r)-1] = r[len(r)-1], r[len(r)-2]
	}
	if len(r) == 1 {
		b.WriteString(r[0] + geresh)
	} else if len(r) > 1 {
		b.WriteString(strings.Join(r[:len(r)-1], "") + gershayim + r[len(r)-1])
	}
	return b.String()
}

var allStyles = []NumeralStyle{
	0, ASCII, Unpunctuated, ASCII | Unpunctuated,
	OmitThousands, OmitThousands | ASCII, OmitThousands | Unpunctuated, OmitThousands | ASCII | Unpunctuated,
}

func TestAppendNumeralAll(t *testing.T) {
	for _, style := range allStyles {
		t.Run(fmt.Sprint("style ", style), func(t *testing.T) {
			for n := 1; n <= 9999; n++ {
				if got, want := string(AppendNumeral(nil, n, style)), refNumeral(n, style); got != want {
					assert.Equal(t, want, got, "AppendNumeral(%d)", n)
				}
			}
		})
	}
}

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"א׳", 1},
		{"א", 1},
		{"א'", 1},
		{"א\u2019", 1}, // ’
		{"ט״ו", 15},
		{"ט״ז", 16},
		{"טו", 15},
		{"כ״ב", 22},
		{`כ"ב`, 22},
		{"כ\u201dב", 22}, // ”
		{"כ\u201cב", 22}, // “
		{"כ\u2033ב", 22}, // ″
		{"כב", 22},
		{"כ״ב״", 22},
		{"כָּ״ב", 22},           // niqqud
		{"כְ\u05b8ב\u05b0", 22}, // marks on every letter
		{"ל׳", 30},
		{"ך", 20}, // final forms count as their letters
		{"ת״ם", 440},
		{"תש״ן", 750},
		{"תר״ץ", 690},
		{"ת״ף", 480},
		{"קט״ו", 115},
		{"ר״ע", 270},
		{"תת״ק", 900},
		{"תתק", 900},
		{"תתקצ״ט", 999},
		{"תשפ״ד", 784}, // no thousands: the caller completes the year
		{"ה׳תשפ״ד", 5784},
		{"ה׳תשד״מ", 5744},
		{"ה׳תשמ״ד", 5744},
		{`תרח"צ`, 698},
		{"ה׳תרצ״ח", 5698},
		{`ה'תשפ"ד`, 5784},
		{"ה\u2019תשפ\u201dד", 5784},
		{"התשפ״ד", 5784}, // thousands without a geresh
		{"התשפד", 5784},
		{"הד", 5004},
		{"ה׳ד׳", 5004},
		{"ה׳", 5}, // a whole number of thousands reads as its letter
		{"ג׳תשס״א", 3761},
		{"כב׳ת״ש", 22700},
		{"טז׳קכ״ג", 16123},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			n, err := ParseNumeral(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.want, n)
			v, size, err := ReadNumeral(tc.text + " בשבט")
			require.NoError(t, err)
			assert.Equal(t, tc.want, v)
			assert.Equal(t, len(tc.text), size)
		})
	}
}

// TestParseNumeralSpacedThousands: a count of thousands with a geresh may
// be parted from the rest of a year by a space (ד׳ תש״ס, as hebcal's
// ד׳תש״ס), which ParseNumeral reads and ReadNumeral, reading one word,
// does not.
func TestParseNumeralSpacedThousands(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"ד׳ תש״ס", 4760},
		{`ה' תשפ"ד`, 5784},
		{"ה׳ י״א", 5011},
		{"ו׳ א׳", 6001},
	} {
		t.Run(tc.text, func(t *testing.T) {
			n, err := ParseNumeral(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.want, n)
		})
	}
	for _, text := range []string{"ד׳ ", "ד׳ ה׳תשפ״ד", "תש״ס תש״ס", "ד תש״ס", "ד׳  תש״ס"} {
		t.Run(text, func(t *testing.T) {
			_, err := ParseNumeral(text)
			assert.ErrorIs(t, err, ErrSyntax)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.LessOrEqual(t, se.Offset, len(text))
		})
	}
}

func TestParseNumeralErrors(t *testing.T) {
	tests := []struct {
		text   string
		offset int
	}{
		{"", 0},
		{"abc", 0},
		{"5784", 0},
		{" כב", 0},
		{"׳", 0},      // a lone geresh
		{"'", 0},      // a lone apostrophe
		{"״", 0},      // a lone gershayim
		{"\u05b0", 0}, // a lone point
		{"\u05b0\u05b8", 0},
		{"יכ", 2}, // out of order
		{"קת", 2},
		{"כבא", 4}, // out of order
		{"כאא", 4}, // a repeated unit
		{"יי", 2},  // a repeated ten
		{"כי", 2},
		{"טוו", 4},
		{"כ״ב״ג", 8},
		{"כב abc", 4},
		{"כב.", 4},
		{"א׳׳", 4},
		{"ה׳ת׳ש", 8}, // thousands once only
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			n, err := ParseNumeral(tc.text)
			assert.Zero(t, n)
			assert.ErrorIs(t, err, ErrSyntax)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.text, se.Input)
			assert.Equal(t, tc.offset, se.Offset)
			assert.GreaterOrEqual(t, se.Offset, 0)
			assert.LessOrEqual(t, se.Offset, len(tc.text))
		})
	}
}

func TestReadNumeral(t *testing.T) {
	tests := []struct {
		text  string
		value int
		n     int
	}{
		{"כ״ב באדר", 22, len("כ״ב")},
		{"ט״ו בשבט", 15, len("ט״ו")},
		{"ה׳תשפ״ד, יום", 5784, len("ה׳תשפ״ד")},
		{`כ"ב" `, 22, len(`כ"ב"`)},
		{"א׳ ב׳", 1, len("א׳")},
		{"ג'", 3, 3},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			v, n, err := ReadNumeral(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.value, v)
			assert.Equal(t, tc.n, n)
		})
	}
	_, _, err := ReadNumeral("abc")
	var se *SyntaxError
	require.ErrorAs(t, err, &se)
	assert.Zero(t, se.Offset)
}

// TestNumeralRoundTrip reads back every number written in every style.
// Some numbers are ambiguous, and ParseNumeral, as documented, takes the
// smaller reading: a whole number of thousands (ה׳ for 5000) is its letter
// (5), unpunctuated 9006 and 9007 are טו and טז, 15 and 16, and without its
// thousands a year is its last three digits.
func TestNumeralRoundTrip(t *testing.T) {
	for _, style := range allStyles {
		t.Run(fmt.Sprint("style ", style), func(t *testing.T) {
			for n := 1; n <= 9999; n++ {
				want := n
				switch {
				case n%1000 == 0:
					want = n / 1000
				case style&OmitThousands != 0:
					want = n % 1000
				case style&Unpunctuated != 0 && (n == 9006 || n == 9007):
					want = n - 9000 + 9 // 9+6, 9+7
				}
				s := string(AppendNumeral(nil, n, style))
				got, err := ParseNumeral(s)
				if err != nil || got != want {
					assert.NoError(t, err, "ParseNumeral(%q)", s)
					assert.Equal(t, want, got, "ParseNumeral(%q), from %d", s, n)
				}
			}
		})
	}
}
