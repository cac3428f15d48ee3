package parse

import (
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"
)

// festivalDayWords are the words before a festival's name that name
// another of its days than the first, folded as festivalDayBefore folds
// them (lower case, without apostrophes, quotes, the geresh and
// gershayim, dashes and spaces): Chol HaMoed, the intermediate days
// (Hebrew's חול המועד and its acronym חוה"מ, "Hol Hamoed", Spanish's
// "Jol HaMoed", Russian's "Холь а-Моэд"), and Isru Chag, the day after
// the festival's last (אסרו חג). "חוה"מ סוכות תשפ"ה", "Chol HaMoed Pesach
// 2025" and "Isru Chag Pesach 5785" were read as the festival's first
// day, 15 Tishrei and 15 Nisan, with nothing said, a silent wrong day
// (found beside the ninety-third held-out round's acronyms of occasions,
// ערה"ש). The intermediate days are several, and Isru Chag is a day the
// Israeli and Diaspora schedules place apart: the name is no day of the
// dateline, and is left unread rather than guessed.
var festivalDayWords = [...][]string{intermediateWords[:], {
	"isruchag", "issruchag", "isruhag", "isruchog", "אסרוחג", "איסרוחג",
}}

// intermediateWords are the words of festivalDayWords for Chol HaMoed,
// the intermediate days, folded.
var intermediateWords = [...]string{
	"cholhamoed", "holhamoed", "jolhamoed", "cholhamoad", "intermediatedays",
	"חולהמועד", "חוהמ",
	"хольамоэд", "хольхамоэд", "холхамоэд", "холамоэд",
}

// festivalDayBefore reports whether the words before an occasion's name at
// s[i] are one of festivalDayWords, right before it or before one of
// referenceArticles ("the intermediate days of Pesach"). A Hebrew word may
// have its prefixes ו and ב glued to it (ובחוה"מ פסח, on the intermediate
// days of Pesach). The words are read only once a name is matched, so
// that the scan of text never reads them, and are folded on the stack.
func festivalDayBefore(s string, i int) bool {
	var bufs [3][48]byte
	var words [3][]byte // words[0] is the last
	n := 0
	e := trimSpaceBefore(s, i)
	for n < len(words) && e > 0 && i-e < 64 {
		k, w := foldedWordBefore(bufs[n][:0], s, e)
		if k == e {
			break
		}
		e = trimSpaceBefore(s, k)
		if n == 0 && articleWord(w) {
			continue // the intermediate days of Pesach
		}
		words[n] = w
		n++
	}
	// Join the last one, two and three words.
	var joined [3 * 48]byte
	for j := 1; j <= n; j++ {
		b := joined[:0]
		for x := j - 1; x >= 0; x-- {
			b = append(b, words[x]...)
		}
		if festivalDayWord(b) {
			return true
		}
	}
	return false
}

// articleWord reports whether w, folded, is one of referenceArticles.
func articleWord(w []byte) bool {
	for _, a := range referenceArticles {
		if string(w) == a {
			return true
		}
	}
	return false
}

// festivalDayWord reports whether w, folded, is one of festivalDayWords,
// or is one of the Hebrew ones with the prefixes ו and ב before it.
func festivalDayWord(w []byte) bool {
	for range 3 {
		for _, words := range festivalDayWords {
			if oneOf(w, words) {
				return true
			}
		}
		switch {
		case len(w) > len("ו") && string(w[:len("ו")]) == "ו":
			w = w[len("ו"):]
		case len(w) > len("ב") && string(w[:len("ב")]) == "ב":
			w = w[len("ב"):]
		default:
			return false
		}
	}
	return false
}

// oneOf reports whether w is one of words.
func oneOf(w []byte, words []string) bool {
	for _, f := range words {
		if string(w) == f {
			return true
		}
	}
	return false
}

// intermediateDays returns the index of the festival's name after one of
// intermediateWords at s[i] ("Chol HaMoed Sukkot", "חוה"מ פסח"), in one
// word or two, and the spaces after them, or i.
func intermediateDays(s string, i int) int {
	var buf [2 * 48]byte
	b := buf[:0]
	k := i
	for range 2 {
		e, w := foldedWordAfter(b, s, k)
		if e == k {
			return i
		}
		b, k = w, e
		if oneOf(b, intermediateWords[:]) {
			if n := skipSpace(s, k); n > k {
				return n
			}
			return i
		}
		k = skipSpace(s, k)
	}
	return i
}

// foldedWordAfter returns where the word that starts at s[i] ends, and
// the word folded as foldedWordBefore folds it, appended to dst; it
// returns i for no word.
func foldedWordAfter(dst []byte, s string, i int) (int, []byte) {
	k := i
	for k < len(s) && k-i < maxWordBack {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !script.IsWordRune(r) && !script.IsNameMark(r) && !script.IsDash(r) {
			break
		}
		k += n
	}
	return k, foldMarked(dst, s[i:k])
}

// foldedWordBefore returns where the word that ends at s[e] starts, and
// the word folded, appended to dst: letters in lower case (script.Fold),
// and the marks of a name (apostrophes, quotes, the geresh and gershayim)
// and dashes left out, as "Ha-Moed" and חוה"מ are read. It reads at most
// maxWordBack bytes back, and returns e for no word.
func foldedWordBefore(dst []byte, s string, e int) (int, []byte) {
	k := e
	for k > 0 && e-k < maxWordBack {
		r, n := lastRune(s, k)
		if !script.IsWordRune(r) && !script.IsNameMark(r) && !script.IsDash(r) {
			break
		}
		k -= n
	}
	if k == e {
		return e, nil
	}
	b := foldMarked(dst, s[k:e])
	if len(b) == len(dst) {
		return e, nil
	}
	return k, b
}

// foldMarked appends w folded to dst: letters in lower case (script.Fold),
// without the marks of a name and dashes.
func foldMarked(dst []byte, w string) []byte {
	for _, r := range w {
		if script.IsNameMark(r) || script.IsDash(r) {
			continue
		}
		if f := script.Fold(r); f != 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}
