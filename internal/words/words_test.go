package words

import "testing"

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
