package script

import "testing"

func TestFold(t *testing.T) {
	for _, tc := range []struct{ r, want rune }{
		{'A', 'a'}, {'é', 'e'}, {'É', 'e'}, {'Ṭ', 't'}, {'ḥ', 'h'}, {'ş', 's'}, {'ș', 's'}, {'Ĥ', 'h'},
		{'ő', 'o'}, {'ß', 'ß'}, {'Ø', 'ø'}, {'Т', 'т'}, {'й', 'й'}, {'Ё', 'ё'}, {'І', 'і'},
		{'\u0332', 0}, {'ʾ', 0}, {'ʿ', 0}, {'א', 'א'}, {'1', '1'},
	} {
		if got := Fold(tc.r); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.r, got, tc.want)
		}
	}
	for _, r := range []rune{'é', 'Ж', 'ʾ', '\u0301', 'Ṭ', 'أ', 'ي', 'ـ', '\u064E', 'ی'} {
		if !IsOtherLetter(r) || !IsWordRune(r) {
			t.Errorf("%q is not a letter", r)
		}
	}
	for _, r := range []rune{'×', '÷', '€', 'א', 'a', '٢', '۵', '،', '؛', '؟'} {
		if IsOtherLetter(r) {
			t.Errorf("%q is another letter", r)
		}
	}
}
