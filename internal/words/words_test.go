package words

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOneSlip(t *testing.T) {
	for _, tc := range []struct {
		typed, word string
		want        bool
	}{
		{"Septmber", "September", true}, {"Kislv", "Kislev", true}, {"Novmeber", "November", true},
		{"Septembre", "September", true}, {"Septemberr", "September", true}, {"Septembers", "September", false}, {"Augusta", "August", false}, {"Septembe", "September", true}, {"SEPTMBER", "september", true},
		{"Tishrie", "Tishrei", true}, {"Augustt", "August", true},
		{"September", "September", false}, {"Septmeberr", "September", false}, {"Septamber", "September", false},
		{"Match", "March", false}, {"Sep", "September", false}, {"", "", false}, {"ab", "ba", false}, {"aa", "aa", false},
		{"eSptember", "September", false}, {"Spetember", "September", false}, {"Sepetmber", "September", true},
	} {
		if got := OneSlip(tc.typed, tc.word); got != tc.want {
			t.Errorf("OneSlip(%q, %q) = %v, want %v", tc.typed, tc.word, got, tc.want)
		}
	}
}

// TestShapes holds Shapes to OneSlip: a word May turns away is no slip of
// any name added, read as the callers read five-letter names.
func TestShapes(t *testing.T) {
	names := []string{"September", "Kislev", "Nisan", "Cheshvan", "March"}
	var s Shapes
	for _, n := range names {
		s.Add(n)
	}
	for _, w := range []string{"Septmber", "Septembre", "Sepetmber", "Kislv", "Kislevv", "Nsian", "Nisna", "Cheshvn", "Mrach", "Marhc", "Sept", "Kis", "Nissan", "Ma"} {
		slip := false
		for _, n := range names {
			if (len(n) != 5 || len(w) == 5) && OneSlip(w, n) {
				slip = true
			}
		}
		if slip {
			assert.True(t, s.May(w), w)
		}
	}
	assert.False(t, s.May("Nissan"), "a five-letter name's slips keep its length")
	assert.False(t, s.May("Zebra"))
	assert.False(t, s.May("Septemberr1"))
	assert.False(t, s.May("x"))
}

// TestShapesEverySlip holds Shapes to OneSlip on every word one letter
// added, dropped or swapped away from each name, in either case: May
// turns none of the slips away. The names have five letters or more, as
// the callers' do.
func TestShapesEverySlip(t *testing.T) {
	names := []string{"September", "Kislev", "Nisan", "Cheshvan", "March", "Tishrei", "Sh'vat", "Iyyar", "Marcheshvan", "montag", "segunda-feira"}
	var s Shapes
	for _, n := range names {
		s.Add(n)
	}
	var edits []string
	for _, n := range names {
		for _, v := range []string{n, strings.ToUpper(n)} {
			for i := 0; i <= len(v); i++ {
				if i < len(v) {
					edits = append(edits, v[:i]+v[i+1:])
				}
				if i+1 < len(v) {
					edits = append(edits, v[:i]+v[i+1:i+2]+v[i:i+1]+v[i+2:])
				}
				for c := byte(' '); c < 0x7F; c++ {
					edits = append(edits, v[:i]+string(c)+v[i:])
				}
			}
		}
	}
	for _, w := range edits {
		for _, n := range names {
			if (len(n) != 5 || len(w) == 5) && OneSlip(w, n) && !s.May(w) {
				t.Errorf("May(%q) = false, but it is a slip of %q", w, n)
			}
		}
	}
}
