package parse_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

// TestBadInput: Parse, All and Layout take empty text, a megabyte, invalid
// UTF-8, NUL bytes, numbers of forty digits and a text that ends where a
// date should follow without panicking; Parse's
// errors say where, inside the input; a text over MaxInput is refused at
// MaxInput with ErrTooLong.
func TestBadInput(t *testing.T) {
	const forty = "1234567890123456789012345678901234567890"
	inputs := []string{
		"", " ", "\x00", "\xff", "\xd7", "March 2,\x00 2024", "March\xff 2, 2024",
		"Saturday, March 2nd | 22 Adar I 5784\xff", "March " + forty + ", 2024", forty + " Adar 5784",
		"22 Adar I " + forty, "10:" + forty + " am", forty + "/02/2024", "January 1, 10000", "1 Tishrei -1",
		strings.Repeat("x", 1<<20), strings.Repeat("\xff", 1<<20), strings.Repeat("\x00", 1<<20),
		strings.Repeat("Saturday, March 2nd | 22 Adar I 5784 ", 1<<14),
		strings.Repeat("כ״ב ", 1<<16), strings.Repeat("1/", 1<<18), strings.Repeat("-", 1<<20),
		// A Julian marker in brackets that ends the text, with no date
		// after it (FuzzParse found "DeC 1(OS" and "DeCmBer 1(OS", which
		// indexed past the end).
		"DeC 1(OS", "December 1(OS", "March 2, 1700 [O.S.", "April 19 [O.S.:", "2 March 1700 (Old Style:",
		// A list of weekdays that ends the text after its second
		// ("Sun,Mo": the fuzzer of the project's CI found it, which read
		// the comma after the list past the end).
		"Sun,Mo", "Sun, Mon", "Sunday, Monday", "Sunday, Monday,", "Sunday, Monday and",
		// An occasion's name and a holiday noun with only spaces after
		// them ("Purim day ": the noun's verb was looked for past the
		// end; a page's paragraph that ends "... Chanukah holiday </p>"
		// stopped the scan of the whole page).
		"Purim day ", "Chanukah holiday ", "Passover Festival ", "Purim day\t", "Sukkot festival  ",
	}
	for _, in := range inputs {
		name := in
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			r, err := parse.Parse(in)
			if len(in) > parse.MaxInput {
				require.Error(t, err)
				assert.ErrorIs(t, err, parse.ErrTooLong)
				var pe *parse.Error
				require.True(t, errors.As(err, &pe))
				assert.Equal(t, parse.MaxInput, pe.Offset)
			} else if err != nil {
				checkError(t, in, err)
			} else {
				checkResult(t, r)
			}
			collect(t, in)
			assert.NotPanics(t, func() { _ = parse.Layout(in).String() })
		})
	}
}

// TestMaxInputAllocations: refusing a text over MaxInput does not read
// it: a megabyte costs what 5 KB does.
func TestMaxInputAllocations(t *testing.T) {
	small, huge := strings.Repeat("x", 5<<10), strings.Repeat("x", 1<<20)
	a := testing.AllocsPerRun(20, func() { _, _ = parse.Parse(small) })
	b := testing.AllocsPerRun(20, func() { _, _ = parse.Parse(huge) })
	assert.Equal(t, a, b)
	assert.LessOrEqual(t, b, 2.0)
}

// TestOccasionNameThenNothing: every occasion's name, then a space, two,
// or a point, and nothing after, reads without indexing past the end: the
// words that count an occasion's day after its name (Hungarian's "Hanuka
// második napján") were looked for at the end of the text ("Ханука ",
// found by FuzzLayoutOf).
func TestOccasionNameThenNothing(t *testing.T) {
	for _, name := range occasion.Names() {
		for _, end := range []string{" ", "  ", ".", ". ", " 2", " 2.", " II", " II."} {
			in := name.Text + end
			assert.NotPanics(t, func() { _, _ = parse.Parse(in) }, in)
			assert.NotPanics(t, func() {
				for range parse.All(in) {
				}
			}, in)
		}
	}
}
