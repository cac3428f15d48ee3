package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLangLayoutRefusedByMonth: a layout of the user's own that --lang
// writes for the days of some months only, where the language's own
// layout writes them, or for none, is refused before any date: Croatian's
// "ponedjeljak, siječnja 2, 2006" wrote January and was refused on the
// dates of April, May, October and December, each with a message about
// Turkish, so that a batch broke in its fourth month. The same layout in
// the language's order, and the presets, write as before (hd: 2024-04-09
// is a Tuesday, 2024-12-31 a Tuesday).
func TestLangLayoutRefusedByMonth(t *testing.T) {
	for _, tc := range []struct{ lang, layout, month string }{
		// A genitive month before its day reads on no day (see
		// genitiveMonth): refused whole.
		{"hr", "Monday, January 2, 2006", ""},
		{"sk", "Monday, January 2, 2006", ""},
		{"hr", "Mon, January 2, 2006", ""},
		{"tr", "2 January 2006", "April"},
	} {
		t.Run(tc.lang+" "+tc.layout, func(t *testing.T) {
			r := runDualdate("", "convert", "--lang", tc.lang, "--layout", tc.layout, "2024-01-15", "2024-04-09")
			assert.Equal(t, exitUsage, r.code, r.stderr)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, "--lang "+tc.lang+" writes --layout \""+tc.layout+"\"")
			if tc.month != "" {
				assert.Contains(t, r.stderr, "does not read back for the days of "+tc.month)
			} else {
				assert.Contains(t, r.stderr, "does not read back")
			}
			assert.NotContains(t, r.stderr, "Turkish")
		})
	}
	for _, tc := range []struct{ lang, layout, want string }{
		{"hr", "Monday, 2 January 2006", "utorak, 9 travnja 2024\nutorak, 31 prosinca 2024\n"},
		{"sk", "Monday, 2 January 2006", "utorok, 9 apríla 2024\nutorok, 31 decembra 2024\n"},
		{"tr", "Mon, Jan 2 2006", "Sal, Nis 9 2024\nSal, Ara 31 2024\n"},
	} {
		t.Run(tc.lang+" "+tc.layout, func(t *testing.T) {
			r := runDualdate("", "convert", "--lang", tc.lang, "--layout", tc.layout, "2024-04-09", "2024-12-31")
			assert.Equal(t, exitOK, r.code, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
		})
	}
}

// TestCheckCROnlyLines: a file whose lines end with a CR alone, as old Mac
// OS wrote them, is checked line by line, as the same file with LF or
// CRLF endings is: it was one line, a syntax error on line 1, and the
// datelines after it went unchecked (hd: 2024-03-04 is 24 Adar I 5784).
func TestCheckCROnlyLines(t *testing.T) {
	lf := "Saturday, March 2, 2024 | 22 Adar I 5784\n\nSunday, March 3, 2024 | 23 Adar I 5784\nMonday, March 4, 2024 | 22 Adar I 5784\n"
	want := runDualdate(lf, "check", "-")
	assert.Equal(t, exitInput, want.code, want.stderr)
	assert.Contains(t, want.stdout+want.stderr, "<stdin>:4:")
	for _, in := range []string{strings.ReplaceAll(lf, "\n", "\r"), strings.ReplaceAll(lf, "\n", "\r\n")} {
		r := runDualdate(in, "check", "-")
		assert.Equal(t, want.code, r.code, r.stderr)
		assert.Equal(t, want.stdout, r.stdout)
		assert.Equal(t, want.stderr, r.stderr)
	}
}

// TestCheckMixedLineEndings: a file whose lines end with LF, CRLF and a
// CR alone, mixed, is checked line by line as the same file with LF
// endings is: the line a CR alone ended and the next were one, whose
// syntax error masked the first's calendar error, the second went
// unchecked, and the lines after it were numbered one lower than the
// file's (adversarial review 52; hd: 2024-03-03 is 23 Adar I 5784,
// 2024-03-09 29 Adar I 5784).
func TestCheckMixedLineEndings(t *testing.T) {
	lines := []string{
		"Sunday, March 3, 2024 | 22 Adar I 5784", "Saturday, March 9, 2024 | 29 Adar I 5784",
		"Monday, March 4, 2024 | 22 Adar I 5784", "", "Saturday, March 2, 2024 | 22 Adar I 5784", "bad",
	}
	want := runDualdate(strings.Join(lines, "\n")+"\n", "check", "-")
	assert.Equal(t, exitInput, want.code, want.stderr)
	assert.Contains(t, want.stdout+want.stderr, "<stdin>:1:")
	assert.Contains(t, want.stdout+want.stderr, "<stdin>:6:")
	for _, ends := range [][]string{
		{"\r", "\n", "\r\n", "\r", "\n", "\r"},
		{"\r\n", "\r", "\r", "\r", "\r\n", ""}, // not "\r" then the blank line's "\n": that is one CRLF
		{"\n", "\r", "\n", "\r\n", "\r", "\r\n"},
	} {
		var b strings.Builder
		b.WriteString("\ufeff")
		for i, l := range lines {
			b.WriteString(l + ends[i])
		}
		t.Run(strings.Join(ends, " "), func(t *testing.T) {
			r := runDualdate(b.String(), "check", "-")
			assert.Equal(t, want.code, r.code, r.stderr)
			assert.Equal(t, want.stdout, r.stdout)
			assert.Equal(t, want.stderr, r.stderr)
		})
	}
}

// TestLayoutEnglishReadsBack: a layout that writes a day of each calendar
// as text that reads back on no day is refused before any date is
// written, in English as in any --lang: "Mon, Jan 2 · 2 Tevet 5766, 2006"
// wrote "Sat, Mar 2 · 22 Adar I 5784, 2024", which check refuses, and 210
// of 1050 round trips failed so (adversarial review 52). Layouts that
// read back are taken, as before.
func TestLayoutEnglishReadsBack(t *testing.T) {
	for _, tc := range []struct{ layout, lang string }{
		{"Mon, Jan 2 · 2 Tevet 5766, 2006", "en"},
		{"Mon, Jan 2 · 2 Tevet 5766, 2006", "fr"},
		{"2 January, Monday | 2 Tevet 5766, 2006", "en"},
		{"2 January, Monday | 2 Tevet 5766, 2006", "de"},
		{"January 2 · 2 Tevet 5766, 2006", "en"},
	} {
		t.Run(tc.lang+" "+tc.layout, func(t *testing.T) {
			r := runDualdate("", "convert", "--lang", tc.lang, "--layout", tc.layout, "2024-03-02")
			assert.Equal(t, exitUsage, r.code, r.stdout)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, "writes datelines that do not read back")
		})
	}
	// 2024-03-02 is Saturday, 22 Adar I 5784.
	for _, tc := range []struct{ layout, want string }{
		{"Mon, Jan 2, 2006 · 2 Tevet 5766", "Sat, Mar 2, 2024 · 22 Adar I 5784\n"},
		{"Jan 2 · 2 Tevet", "Mar 2 · 22 Adar I\n"},
		{"2 Tevet 5766", "22 Adar I 5784\n"},
		{"Monday 2 January 2006 (2 Tevet 5766)", "Saturday 2 March 2024 (22 Adar I 5784)\n"},
	} {
		t.Run(tc.layout, func(t *testing.T) {
			r := runDualdate("", "convert", "--layout", tc.layout, "2024-03-02")
			require.Equal(t, 0, r.code, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
		})
	}
}
