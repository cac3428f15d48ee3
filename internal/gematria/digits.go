package gematria

// Digits returns the letter values that write n (1 to 999), largest first:
// 400s as many as needed, then one hundred, one ten and one unit, with 15
// and 16 written 9+6 and 9+7 so as not to spell a name of God, and the
// years that would spell שמד or רצח with their last two letters swapped
// (see Avoids): the letters of hebrew.AppendNumeral, and the names of a
// year's letters that layout writes and parse reads back (Tof Shin Nun
// Alef).
func Digits(n int, out *[8]int) []int {
	d := out[:0]
	avoids := Avoids(n)
	for n >= 400 {
		d = append(d, 400)
		n -= 400
	}
	if n >= 100 {
		d = append(d, n/100*100)
		n %= 100
	}
	if n == 15 || n == 16 {
		return append(d, 9, n-9)
	}
	if n >= 10 {
		d = append(d, n/10*10)
		n %= 10
	}
	if n > 0 {
		d = append(d, n)
	}
	if avoids {
		d[len(d)-2], d[len(d)-1] = d[len(d)-1], d[len(d)-2]
	}
	return d
}

// Avoids reports whether n (1 to 999) is written with its unit before its
// ten, as years are by long convention so as not to spell a word: 744
// (and 344) as תשד״מ rather than תשמ״ד, "destruction", and 698 (and 298)
// as תרח״צ rather than תרצ״ח, "murder".
func Avoids(n int) bool {
	switch n % 100 {
	case 44:
		return n/100%4 == 3 // ש, תש
	case 98:
		return n/100%4 == 2 // ר, תר
	}
	return false
}
