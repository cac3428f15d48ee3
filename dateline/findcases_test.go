package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// The helpers below are the checks the held-out rounds' tests make of
// each made-up line of a class: Find, at the reference ref, reads the line
// as one dateline without a problem, and the dateline's text, day, time
// or Hebrew date is the one the case gives.

// checkMatches checks each case's match (the text Find's one match
// spans), day ("2006-01-02") and Hebrew date.
func checkMatches(t *testing.T, ref dateline.Option, cases []struct{ text, match, day, heb string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				m := ms[0]
				assert.Equal(t, tc.match, tc.text[m.Start:m.End])
				assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
				assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
				assert.True(t, m.OK(), "%v", m.Problems)
			}
		})
	}
}

// A findCodeCase is a text, the match Find must read in it, the match's
// day and the code of its first problem, or "" for none.
type findCodeCase struct {
	in, match, day string
	code           dateline.Code
}

// checkFindCodes checks each case's match, day and first problem.
func checkFindCodes(t *testing.T, ref dateline.Option, cases []findCodeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			m := findMatch(t, ref, tc.in, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			if tc.code == "" {
				assert.Empty(t, m.Problems)
				return
			}
			require.NotEmpty(t, m.Problems)
			assert.Equal(t, tc.code, m.Problems[0].Code)
		})
	}
}

// checkTimes checks each case's day and time of day, as
// "2006-01-02 15:04": the dateline must have a time.
func checkTimes(t *testing.T, ref dateline.Option, cases []struct{ text, want string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, ref)
			assert.True(t, m.Dateline.HasTime)
			assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
}

// checkFoundUntimed checks that Find finds one dateline in each text,
// read without a time of day.
func checkFoundUntimed(t *testing.T, ref dateline.Option, texts ...string) {
	t.Helper()
	for _, text := range texts {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, ref)
			if assert.Len(t, ms, 1) {
				assert.False(t, ms[0].Dateline.HasTime, "no time of day: %q", text[ms[0].Start:ms[0].End])
			}
		})
	}
}

// checkFoundDays checks each case's day, as "2006-01-02".
func checkFoundDays(t *testing.T, ref dateline.Option, cases []struct{ text, want string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, ref)
			assert.Equal(t, tc.want, m.Dateline.Time.Format(time.DateOnly))
		})
	}
}

// findOneOK is Find's one match in text, which must have no problem.
func findOneOK(t *testing.T, text string, ref dateline.Option) dateline.Match {
	t.Helper()
	m := oneMatch(t, text, ref)
	assert.True(t, m.OK(), "%v", m.Problems)
	return m
}

// findSpanOK is Find's one match in text, which must have no problem,
// span match, and name the day ("2006-01-02") and Hebrew date heb.
func findSpanOK(t *testing.T, text, match, day, heb string, ref dateline.Option) dateline.Match {
	t.Helper()
	m := findOneOK(t, text, ref)
	assert.Equal(t, match, text[m.Start:m.End])
	assert.Equal(t, day, m.Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, heb, m.Dateline.Hebrew.String())
	return m
}

// oneMatch returns Find's one match of text, with or without problems.
func oneMatch(t *testing.T, text string, ref dateline.Option) dateline.Match {
	t.Helper()
	ms := dateline.Find(text, ref)
	require.Len(t, ms, 1)
	return ms[0]
}

// checkDayHebs checks each case's day ("2006-01-02") and Hebrew date.
func checkDayHebs(t *testing.T, ref dateline.Option, cases []struct{ text, day, heb string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, ref)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
}

// checkDayOrNone checks each case's one match and its day ("2006-01-02"),
// or, for a case without a day, that Find finds nothing.
func checkDayOrNone(t *testing.T, ref dateline.Option, cases []struct{ text, day string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if tc.day == "" {
				assert.Empty(t, ms)
				return
			}
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// severityCodes returns the codes of m's problems of severity sev.
func severityCodes(m dateline.Match, sev dateline.Severity) []dateline.Code {
	var codes []dateline.Code
	for _, p := range m.Problems {
		if p.Severity == sev {
			codes = append(codes, p.Code)
		}
	}
	return codes
}
