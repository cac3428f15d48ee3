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

func TestIsArabicLetter(t *testing.T) {
	// Arabic's and Persian's letters and marks: the ezafe's hamza above
	// (ژانویهٔ), Persian's پ چ ژ ک گ ی.
	for _, r := range []rune{'أ', 'ي', 'ـ', '\u064E', '\u0654', 'پ', 'چ', 'ژ', 'ک', 'گ', 'ی', 'ه'} {
		if !IsArabicLetter(r) {
			t.Errorf("%q is not an Arabic letter", r)
		}
	}
	// Not the digits, punctuation, the non-joiner, nor other letters.
	for _, r := range []rune{'٢', '۵', '،', '؛', '؟', '\u200c', 'a', 'א', 'Ж'} {
		if IsArabicLetter(r) {
			t.Errorf("%q is an Arabic letter", r)
		}
	}
}

func TestCompose(t *testing.T) {
	for _, tc := range []struct {
		base, mark, want rune
	}{
		{'a', 0x301, 'á'}, {'o', 0x30B, 'ő'}, {'u', 0x308, 'ü'}, {'s', 0x30C, 'š'}, {'c', 0x327, 'ç'},
		{'и', 0x306, 'й'}, {'е', 0x308, 'ё'}, {'α', 0x301, 'ά'}, {'a', 0x20, 0}, {'q', 0x301, 0},
	} {
		if got := Compose(tc.base, tc.mark); got != tc.want {
			t.Errorf("Compose(%q, %U) = %q, want %q", tc.base, tc.mark, got, tc.want)
		}
	}
}
