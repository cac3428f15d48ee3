package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestLayoutAfterLeadingText: Layout starts a dateline where Parse does,
// after leading separators, words or points (",1 Adar 5783", "the,1 MAY",
// "\u05c4מרץ1"), so that the layout of what Parse reads compiles to
// itself and a whole dateline compiles as Parse reads it. Layout once
// left the 1 after a comma as text (",1 Tevet 5766") and read ",2-3 Jan"
// as ",2-2 Jan".
func TestLayoutAfterLeadingText(t *testing.T) {
	prefixes := []string{",", ".", "-", "|", "(", "the,", "\u05c4", "'", "\"", "*", "#", ":", ";", "/", ", ", "—", "–", "•", "[", "the.", "x,", "\u200f", "\u00a0", "ב-", "(,", ",,", "-,", "a-", "on,"}
	bodies := []string{"1 Adar 5783", "1 MAY", "מרץ1", "2-3 Jan", "January 2, 2006", "2 Tevet 5766", "ב׳ טבת תשס״ו", "Monday, January 2nd | 2 Tevet 5766", "1/2/2006", "2006-01-02", "Jan 2", "Tevet 2, 5766", "2 Jan 2006 15:04"}
	for _, p := range prefixes {
		for _, b := range bodies {
			s := p + b
			r, err := parse.Parse(s)
			if err != nil {
				continue
			}
			ref := r.Layout().String()
			assert.Equal(t, ref, parse.Layout(ref).String(), "%q: its layout compiles to another", s)
			if r.Start != 0 || r.End != len(s) {
				continue // Layout keeps the text around the dateline
			}
			if _, ok := r.Swap(); ok {
				continue // Layout reads a numeric date as the reference day
			}
			assert.Equal(t, ref, parse.Layout(s).String(), "%q: Layout compiles it otherwise than Parse reads it", s)
		}
	}
}
