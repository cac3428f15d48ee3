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
var festivalDayWords = [...]string{
	"cholhamoed", "holhamoed", "jolhamoed", "cholhamoad", "intermediatedays",
	"isruchag", "issruchag", "isruhag", "isruchog",
	"חולהמועד", "חוהמ", "אסרוחג", "איסרוחג",
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
		for _, f := range festivalDayWords {
			if string(w) == f {
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
	b := dst
	for _, r := range s[k:e] {
		if script.IsNameMark(r) || script.IsDash(r) {
			continue
		}
		if f := script.Fold(r); f != 0 {
			b = utf8.AppendRune(b, f)
		}
	}
	if len(b) == 0 {
		return e, nil
	}
	return k, b
}
