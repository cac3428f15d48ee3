package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
)

// TestCalYears: a year drawn or written as JSON has all its months and
// days, a Hebrew year in letters is the year in digits, and a month name
// alone is the month under way or next.
func TestCalYears(t *testing.T) {
	count := func(args ...string) (int, result) {
		r := runDualdate("", args...)
		return strings.Count(r.stdout, "\n"), r
	}
	for _, tc := range []struct {
		arg  string
		days int
	}{
		{"2024", 366}, {"2025", 365}, {"5784", hebrew.DaysInYear(5784)}, {"5785", hebrew.DaysInYear(5785)}, {"תשפ״ה", 355}, {"ה׳תשפ״ד", 383},
	} {
		t.Run(tc.arg, func(t *testing.T) {
			n, r := count("cal", "--json", tc.arg)
			assert.Equal(t, 0, r.code, r.stderr)
			assert.Equal(t, tc.days, n)
		})
	}
	_, digits := count("cal", "5785")
	_, letters := count("cal", "תשפ״ה")
	assert.Equal(t, digits.stdout, letters.stdout)
	assert.Equal(t, 13, strings.Count(runDualdate("", "cal", "5784").stdout, "Sun     Mon"))
	assert.Equal(t, 12, strings.Count(runDualdate("", "cal", "2024").stdout, "Sun     Mon"))

	// On 22 Adar I 5784 (March 2, 2024): this Adar I, next Tishrei, this
	// March, next February.
	for arg, title := range map[string]string{
		"Adar I":   "Adar I 5784 ·",
		"Tishrei":  "Tishrei 5785 ·",
		"תשרי":     "Tishrei 5785 ·",
		"March":    "March 2024 ·",
		"Feb":      "February 2025 ·",
		"Shevat":   "Sh'vat 5785 ·",
		"Cheshvan": "Cheshvan 5785 ·",
	} {
		r := runDualdate("", "cal", arg)
		assert.Equal(t, 0, r.code, r.stderr)
		assert.Contains(t, r.stdout, title, arg)
	}
}

func TestLooksLikeHTML(t *testing.T) {
	for s, want := range map[string]bool{
		"<!DOCTYPE html>\n<html>":     true,
		"<!doctype html><p>x</p>":     true,
		"\ufeff  \n<html lang=en>":    true,
		"<p>Posted March 2, 2024</p>": true,
		"<!-- a comment -->":          true,
		"<B>bold</B>":                 true,
		"<br>":                        true,
		"<pre>x":                      false,
		"<paragraph>":                 false,
		"Posted March 2, 2024":        false,
		"a <p> later":                 false,
		"":                            false,
	} {
		assert.Equal(t, want, looksLikeHTML([]byte(s)), "%q", s)
	}
}
