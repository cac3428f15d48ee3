package dateline

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHasArabicDigitAgrees holds hasArabicDigit, which passes over ASCII
// eight bytes at a time, to a search of every byte, with an Arabic-Indic
// or Eastern Arabic-Indic digit (or its lead byte alone) at each place
// around the eight-byte steps, after ASCII and after Hebrew, in a line
// and in a longer text.
func TestHasArabicDigitAgrees(t *testing.T) {
	bytewise := func(s string) bool {
		for i := 0; i+1 < len(s); i++ {
			if s[i] == 0xD9 && s[i+1] >= 0xA0 && s[i+1] <= 0xA9 || s[i] == 0xDB && s[i+1] >= 0xB0 && s[i+1] <= 0xB9 {
				return true
			}
		}
		return false
	}
	long := strings.Repeat("x", 70)
	for _, mark := range []string{"٢", "۲", "٩", "۹", "\xd9", "\xdb", "\xd9\x9f", "\xdb\xba", "ב", "2"} {
		for _, lead := range []string{"", "Monday, ", "יום ב׳ ", long, long + "יום ב׳ "} {
			for n := range 20 {
				s := lead + strings.Repeat("x", n) + mark + " مارس"
				assert.Equal(t, bytewise(s), hasArabicDigit(s), "%q", s)
				s = lead + strings.Repeat("x", n) + mark
				assert.Equal(t, bytewise(s), hasArabicDigit(s), "%q", s)
			}
		}
	}
}
