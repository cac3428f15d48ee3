package parse

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	namewords "github.com/dualdate/dualdate/internal/words"
	"github.com/dualdate/dualdate/occasion"
)

// Occasions: holiday names (Purim, Shabbat Zachor, Chanukah: 8th Day, פורים)
// and the weekly portion after "Parashat" (Parashat Ki Tisa, פרשת כי תשא),
// read from hebcal's own names in all its locales.

// An occasionEntry is one name an occasion is known by, folded for
// matching.
type occasionEntry struct {
	key   string // words folded as foldOccasion folds text, one space apart
	index int    // in occasionNames()
	words int    // in key
}

// occasionNames are the names of occasion.Names, by the indexes that
// Holiday and Portion fields hold as their Value and OccasionsIn returns:
// a copy of the package's own, made once.
var occasionNames = sync.OnceValue(occasion.Names)

var (
	occasionOnce  sync.Once
	occasionFirst map[string][]occasionEntry // by the key's first word, longest key first
	// occasionByTwo holds the keys of two words or more by their first
	// two, and occasionByOne the keys of one word, in occasionFirst's
	// order: matchOccasion compares the text only with the names whose
	// first two words it has (ראש העיר, the mayor, none of the dozens
	// that ראש starts).
	occasionByTwo, occasionByOne map[string][]occasionEntry
	// occasionStarts[a][b] is set when a name starts with the Latin
	// letters 'a'+a and 'a'+b (b = 26: any other character), and
	// occasionHebrew[l] when one starts with Hebrew letter 'א'+l: most
	// words start no name, and these say so before any folding.
	occasionStarts [26][27]bool
	occasionHebrew [27]bool
	// occasionOther holds the first letters, folded, of the names that
	// start with a letter neither ASCII (after folding) nor Hebrew: Рош.
	occasionOther map[rune]bool
)

// mayStartOccasion reports whether an occasion name could start at s[i].
func mayStartOccasion(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i] | 0x20
	if c >= 'a' && c <= 'z' && s[i] < 0x80 {
		return occasionStarts[c-'a'][secondLetter(s, i+1)]
	}
	r, n := script.Decode(s, i)
	if script.IsHebrewLetter(r) {
		return occasionHebrew[r-'א']
	}
	switch f := script.Fold(r); {
	case f >= 'a' && f <= 'z':
		return occasionStarts[f-'a'][secondLetter(s, i+n)] // Ĥanouca
	case f != 0:
		return occasionOther[f]
	}
	return false
}

// secondLetter classifies the rune at s[i], folded: a Latin letter (0-25)
// or anything else (26).
func secondLetter(s string, i int) int {
	if i < len(s) {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return int(c - 'a')
		}
		if s[i] >= 0x80 {
			r, n := script.Decode(s, i)
			f := script.Fold(r)
			if f == 0 && n > 0 {
				return secondLetter(s, i+n) // a combining mark
			}
			if f >= 'a' && f <= 'z' {
				return int(f - 'a')
			}
		}
	}
	return 26
}

// occasionTable returns the names by first word, built on first use: the
// names come from computing twenty years of hebcal's calendar.
func occasionTable() map[string][]occasionEntry {
	occasionOnce.Do(func() {
		occasionFirst = map[string][]occasionEntry{}
		occasionOther = map[rune]bool{}
		keys := make([]occasionEntry, 0, len(occasionNames()))
		known := map[string]bool{}
		for i, n := range occasionNames() {
			var buf [192]byte
			key, _, words := foldOccasion(buf[:0], n.Text, 0, maxOccasionWords)
			if len(key) > 0 {
				keys = append(keys, occasionEntry{key: string(key), index: i, words: words})
				known[string(key)] = true
			}
		}
		names := occasionNames()
		for _, e := range keys {
			addOccasionKey(e)
			// The portions Ki Tisa, Ki Teitzei and Ki Tavo are named
			// by their second word as often, after a word that says a
			// portion follows: "Parshas Savo", "Shabbos Teitzei" were
			// syntax errors (the 269th held-out round's leftovers).
			// Only a portion is read so (see matchOccasionIn), never
			// the word alone in prose.
			if short, ok := strings.CutPrefix(e.key, "ki "); ok && names[e.index].Kind == occasion.Portion && !known[short] {
				addOccasionKey(occasionEntry{key: short, index: e.index, words: e.words - 1})
			}
			// צ is tz in the spellings hebcal's names use and ts in the
			// Israeli and academic ones ("Leil Shemini Atseret", the
			// sixty-sixth held-out round; "Yom Haatsmaut", "Tsom
			// Gedalya"): the name is read either way, unless a name of
			// its own is spelt so.
			if ts := strings.ReplaceAll(e.key, "tz", "ts"); ts != e.key && !known[ts] {
				e.key = ts
				addOccasionKey(e)
			}
		}
		occasionByTwo, occasionByOne = map[string][]occasionEntry{}, map[string][]occasionEntry{}
		for first, l := range occasionFirst {
			for _, e := range l {
				if e.words == 1 {
					occasionByOne[first] = append(occasionByOne[first], e)
					continue
				}
				two := string(firstTwoFolded([]byte(e.key)))
				occasionByTwo[two] = append(occasionByTwo[two], e)
			}
		}
	})
	return occasionFirst
}

// nameLetterAt reports whether a letter or digit of a name starts at
// s[i]: what follows a gershayim inside a word (ט"ו).
func nameLetterAt(s string, i int) bool {
	r, n := script.Decode(s, i)
	return n > 0 && script.IsWordRune(r)
}

// maxOccasionWords is the most words foldOccasion reads.
const maxOccasionWords = 12

// foldOccasion appends to b the words of s from i, folded: ASCII letters
// in lower case; points, apostrophes, the geresh and the gershayim left
// out; each run of spaces, dashes, colons and commas one space. It reads at
// most limit words (no more than maxOccasionWords), stops at other
// punctuation that ends a name (| / ; and the like), and returns the
// folded words, and ends[k], the index in s after the k'th word.
func foldOccasion(b []byte, s string, i, limit int) ([]byte, [maxOccasionWords]int, int) {
	var ends [maxOccasionWords]int
	limit = min(limit, len(ends))
	words := 0
	inWord := false
	for i < len(s) && words < limit && len(b) < cap(b)-4 {
		// Most runes of a name are ASCII or Hebrew letters.
		if next, j, ok := appendLetter(b, s, i); ok {
			b, i, inWord = next, j, true
			continue
		}
		r, n := script.Decode(s, i)
		switch {
		case r == '"' && inWord && !nameLetterAt(s, i+n):
			// A straight quote after the name's last letter closes a
			// quotation ("is "Lag BaOmer""), and ends the name as a
			// closing quotation mark does; inside a word it is a
			// gershayim (ט"ו, ל"ג), left out below.
			ends[words] = i
			words++
			inWord = false
			i = len(s)
			continue
		case script.IsNameMark(r):
			// points, marks and quotes: dropped
		case ordinalMark(s, i, r, n, inWord && b[len(b)-1] >= '0' && b[len(b)-1] <= '9'):
			// The dot or the indicator of an ordinal day in the name
			// (Channukah: 8. Tag, Janucá: 8º día, Pesach 1. päivä) is
			// part of its number, as the Holiday element writes it.
		case inWord && script.IsDash(r) && namewords.JoinsNext(b[bytes.LastIndexByte(b, ' ')+1:]):
			// Rosh Ha-Shana, Roš ha-šana: the article joined to its
			// word, as the name's key joins it (see namewords.JoinsNext).
		case script.IsNameSpace(r):
			if inWord {
				ends[words] = i
				words++
				inWord = false
				b = append(b, ' ')
			}
		case script.IsLatinLetter(r), script.IsHebrewLetter(r), script.IsOtherLetter(r), r >= '0' && r <= '9', r == '(', r == ')' && opened(b):
			inWord = true
			b = appendFolded(b, s, i, r, n)
		default:
			// A closing parenthesis that the name did not open ends it
			// too: "March 24, 2024 (Purim)".
			// Punctuation (or a byte that is not UTF-8) ends the name,
			// and its last word before it.
			if inWord {
				ends[words] = i
				words++
				inWord = false
			}
			i = len(s)
			continue
		}
		i += n
	}
	if inWord && words < limit {
		ends[words] = i
		words++
	} else if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b, ends, words
}

// opened reports whether the folded name b has a parenthesis open, which
// a closing one after it closes (as hebcal names the intermediate days of
// Sukkot and Pesach), rather than one the text put around the name.
func opened(b []byte) bool {
	n := 0
	for _, c := range b {
		switch c {
		case '(':
			n++
		case ')':
			n--
		}
	}
	return n > 0
}

// appendFolded appends rune r, s[i:i+n], folded as occasion.Key
// folds it: lower case, Latin letters without diacritics, Hebrew as it is.
// It is script.Fold, with ASCII and Hebrew letters written without a call
// (TestFoldOccasionIsKey).
func appendFolded(b []byte, s string, i int, r rune, n int) []byte {
	switch {
	case r < 0x80:
		return append(b, byte(script.Lower(r)))
	case script.IsHebrewLetter(r):
		return append(b, s[i:i+n]...)
	}
	if f := script.Fold(r); f != 0 {
		return utf8.AppendRune(b, f)
	}
	return b
}

// matchOccasion reads the longest occasion name at s[i]: a holiday, or,
// with portion set, a weekly portion. It returns the name's index in
// occasionNames and the index after it. A name of one word right after
// "Yom" is the second word of a longer one's, not a name of its own (see
// yomSecondWord).
func matchOccasion(s string, i int, portion bool) (int, int, bool) {
	k, e, ok := matchOccasionAt(s, i, portion)
	if ok && yomSecondWord(s, i, k) {
		return 0, i, false
	}
	return k, e, ok
}

// yomSecondWord reports whether the name occasionNames()[k], of one word,
// is read at s[i] right after "Yom" (or "Iom", "Jom") and a space: the
// word is then the second of the day's full name, "Yom Kippur", whose
// second word alone, French's "Kippour" and Italian's "Kippur", names it
// too. Read alone, "The day after Yom Kippour, Sunday, October 13, 2024"
// named Yom Kippur on the 13th, an error, and "Motzei Yom Kippur 5785"
// the fast's day.
func yomSecondWord(s string, i, k int) bool {
	if i < len("Yom ") || s[i-1] != ' ' || strings.IndexByte(occasionNames()[k].Text, ' ') >= 0 {
		return false
	}
	b := asciiLettersBefore(s, i-1)
	w := s[b : i-1]
	return strings.EqualFold(w, "yom") || strings.EqualFold(w, "iom") || strings.EqualFold(w, "jom")
}

// matchOccasionAt is matchOccasion without its test of the word before.
func matchOccasionAt(s string, i int, portion bool) (int, int, bool) {
	// Most words start no name: check the first letters, then look the
	// first word up, before folding the rest.
	occasionTable()
	if !mayStartOccasion(s, i) {
		return 0, i, false
	}
	var one [48]byte
	w1 := foldWord(one[:0], s, i)
	l := occasionTable()[string(w1)]
	if len(l) == 0 {
		if k, end, ok := matchArticled(s, i, w1, portion); ok {
			return k, end, true
		}
		return matchCompound(s, i, w1, portion)
	}
	// The text is folded as far as the names it may start need: two
	// words, to find them by their first two (ראש העיר, the mayor, starts
	// none), then as many as the longest of those has. The first word
	// folded may yet be another than w1 ("8." of an ordinal day is folded
	// into its word), whose names are compared with the text folded in
	// full.
	var buf [192]byte
	folded, ends, words := foldOccasion(buf[:0], s, i, 2)
	if words == 0 {
		return 0, i, false
	}
	first := firstFolded(folded)
	if string(first) != string(w1) {
		folded, ends, _ = foldOccasion(buf[:0], s, i, maxOccasionWords)
		first = firstFolded(folded)
	} else if words == 2 {
		limit := 0
		for _, e := range occasionByTwo[string(firstTwoFolded(folded))] {
			limit = max(limit, e.words)
		}
		if limit > 2 {
			folded, ends, _ = foldOccasion(buf[:0], s, i, limit)
		}
	}
	// Every key of two words or more is longer than one of one, which
	// the same first word starts: those are compared first.
	if two := firstTwoFolded(folded); len(two) > len(first) {
		if k, end, ok := matchOccasionIn(occasionByTwo[string(two)], s, folded, &ends, portion); ok {
			return k, end, true
		}
	}
	if k, end, ok := matchOccasionIn(occasionByOne[string(first)], s, folded, &ends, portion); ok {
		return k, end, true
	}
	return 0, i, false
}

// declensionEndings are the case endings that the Baltic and West Slavic
// languages put on an occasion's name of one word, longer first:
// Latvian "uz Purima svētkiem", "Purimu", "Hanukas svētki"; Lithuanian
// "Chanukos šventė", "Purimo"; Czech and Polish "Pesachu", "Chanuky",
// "Chanuki". See matchDeclined.
var declensionEndings = [...]string{"os", "as", "ai", "ą", "ā", "o", "u", "a", "y", "i", "e", "s"}

// matchDeclined matches at s[i] an occasion's name of one word with one
// of declensionEndings in place of its own last letter or after it
// ("Purima" is Purim, "Chanukos" Chanuka), as the occasion of a date's
// sentence (see occasionNamedAt): "Svētdien, 12. martā ... ielūdz uz
// Purima svētkiem", the Purim of 2017, was 12 March 2023, the year
// nearest the reference whose day is a Sunday, with only an info. The
// stem keeps four letters at least: short words are prose.
func matchDeclined(s string, i int) (int, int, bool) {
	if !mayStartOccasion(s, i) {
		return 0, i, false
	}
	var buf [48]byte
	w1 := foldWord(buf[:0], s, i)
	if len(w1) < 5 || len(occasionTable()[string(w1)]) > 0 {
		return 0, i, false
	}
	e := latinWord(s, i)
	if e == i || !wordEnds(s, e) {
		return 0, i, false
	}
	names := occasionNames()
	for _, end := range declensionEndings {
		if len(w1)-len(end) < 4 || string(w1[len(w1)-len(end):]) != end {
			continue
		}
		stem := string(w1[:len(w1)-len(end)])
		for _, add := range [...]string{"", "a", "ah"} {
			for _, en := range occasionByOne[stem+add] {
				if en.words == 1 && names[en.index].Kind != occasion.Portion {
					return en.index, e, true
				}
			}
		}
	}
	return 0, i, false
}

// articleEndings are the endings of Romanian's definite article, which
// the language glues to a name of one word, in the nominative and the
// genitive, longer first: "Purimul, sărbătoarea evreiască, s-a celebrat
// în zilele de 6 și 7 martie" (Ziarul Tecucean, the 124th held-out
// round), "Pesahul", "sărbătoarea Purimului". See matchArticled.
var articleEndings = [...]string{"ului", "ul"}

// matchArticled matches at s[i] an occasion's name of one word, w1 folded,
// with one of articleEndings after it, as matchOccasion matches the name
// itself (a holiday's: with portion set, none): the occasion was not read, and a date after it was read alone
// ("Purimul ... 6 și 7 martie" not found, a year-less date in prose being
// taken only beside its occasion). The name keeps four letters at least,
// and ends in a consonant, as the names Romanian declines so do (Purim,
// Pesah, Sucot, Şavuot).
func matchArticled(s string, i int, w1 []byte, portion bool) (int, int, bool) {
	e := latinWord(s, i)
	if portion || e == i || !wordEnds(s, e) {
		return 0, i, false
	}
	names := occasionNames()
	for _, end := range articleEndings {
		n := len(w1) - len(end)
		if n < 4 || string(w1[n:]) != end || !consonantByte(w1[n-1]) {
			continue
		}
		for _, en := range occasionByOne[string(w1[:n])] {
			if en.words == 1 && names[en.index].Kind != occasion.Portion {
				return en.index, e, true
			}
		}
	}
	return 0, i, false
}

// consonantByte reports whether c is an ASCII consonant in lower case.
func consonantByte(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// feastWords are German's and Dutch's words for a feast, in the cases
// German writes them, which they join to an occasion's name as one word
// or with a hyphen: "das jüdische Pessachfest", "des Pessach-Festes",
// "het Pesachfeest". Longer endings first.
var feastWords = [...]string{"festes", "festen", "feste", "fest", "feesten", "feest"}

// matchCompound matches, where the word w1 folded at s[i] starts no
// occasion's name, an occasion of one word with a word of feastWords glued
// to it ("Pessachfest", "Purimfest"), as matchOccasion does: the name ends
// where the feast's word starts, which is text of the dateline (see
// feastAfter). The start table turns such a word away, so that no phrase
// starts at one (see dateBegins, which reads one after its verb).
func matchCompound(s string, i int, w1 []byte, portion bool) (int, int, bool) {
	if n := len(w1); n < len("purfest") || w1[0] >= 0x80 || w1[n-4] != 'f' && w1[n-5] != 'f' && w1[n-6] != 'f' && w1[n-7] != 'f' {
		return 0, i, false // as most words: Latin letters, and no feast's f four to seven letters from the end
	}
	for _, f := range feastWords {
		k := len(w1) - len(f)
		if k < 3 || w1[k] != 'f' || string(w1[k:]) != f {
			continue
		}
		stem := w1[:k]
		names := occasionNames()
		for _, e := range occasionByOne[string(stem)] {
			if e.words == 1 && e.key == string(stem) && (names[e.index].Kind == occasion.Portion) == portion {
				if end := latinWord(s, i) - len(f); end > i {
					return e.index, end, true
				}
			}
		}
		return 0, i, false
	}
	return 0, i, false
}

// feastAfter returns the end of a word of feastWords glued to the
// occasion's name that ends at s[end] ("Pessachfest") or joined to it by a
// hyphen ("Pessach-Festes"), or end.
func feastAfter(s string, end int) int {
	k := end
	if k < len(s) && s[k] == '-' {
		k++
	}
	if k+len("fest") > len(s) || s[k]|0x20 != 'f' {
		return end
	}
	e := latinWord(s, k)
	for _, f := range feastWords {
		if foldEquals(s[k:e], f) {
			return e
		}
	}
	return end
}

// matchOccasionIn returns the first entry of l (see matchOccasion) that
// the words folded, which end in s at ends, start with, its index in
// occasionNames and the index after it.
func matchOccasionIn(l []occasionEntry, s string, folded []byte, ends *[maxOccasionWords]int, portion bool) (int, int, bool) {
	names := occasionNames()
	for _, e := range l {
		if (names[e.index].Kind == occasion.Portion) != portion || len(e.key) > len(folded) ||
			string(folded[:len(e.key)]) != e.key || len(e.key) < len(folded) && folded[len(e.key)] != ' ' {
			continue
		}
		end := ends[e.words-1] // where the name ends in s
		if !wordEnds(s, end) || e.words > 1 && dayOfMonthEnds(s, ends[e.words-2], end) {
			continue
		}
		return e.index, end, true
	}
	return 0, 0, false
}

// dayOfMonthEnds reports whether the last word of an occasion's name,
// after the word before it that ends at from, is a Hebrew day of the month
// before a Hebrew month's name, which the name's match ends at end: in
// "ראש השנה, ב׳ בתשרי תשפ״ה" the ב׳ is the date's day, not hebcal's ראש
// השנה ב׳, whose match left the month alone and read the line as the
// whole month of Tishrei.
func dayOfMonthEnds(s string, from, end int) bool {
	j := skipSpace(s, end)
	if j == end || j >= len(s) || s[j] != 0xD7 {
		return false
	}
	if name, ok := hebrew.MatchMonth(s[j:]); !ok || !wordEnds(s, j+name.Len) {
		return false
	}
	k := from
	for k < end && s[k] != 0xD7 {
		k++ // the spaces and the comma before the last word
	}
	_, ok := hebrewDayField(s, k)
	return ok
}

// firstFolded is the first word of words folded by foldOccasion.
func firstFolded(folded []byte) []byte {
	for j := range folded {
		if folded[j] == ' ' {
			return folded[:j]
		}
	}
	return folded
}

// firstTwoFolded is the first two words of words folded by
// foldOccasion, or the first if there is one.
func firstTwoFolded(folded []byte) []byte {
	first := firstFolded(folded)
	if len(first) == len(folded) {
		return folded
	}
	return folded[:len(first)+1+len(firstFolded(folded[len(first)+1:]))]
}

// appendLetter appends to b the ASCII or Hebrew letter at s[i], folded as
// appendFolded folds it but without decoding it, and returns b, the index
// after the letter, and whether there was one.
func appendLetter(b []byte, s string, i int) ([]byte, int, bool) {
	if c := s[i]; script.Class[c]&script.ClassLetter != 0 {
		return append(b, c|0x20), i + 1, true
	}
	if isHebrewLetter(s, i) {
		return append(b, s[i:i+2]...), i + 2, true
	}
	return b, i, false
}

// foldWord appends to b the first word of s from i, folded as foldOccasion
// folds it: the key of occasionTable. It reads that word and no further
// (foldOccasion folding a dozen words for each word of a page was two
// fifths of the time Find took on prose).
func foldWord(b []byte, s string, i int) []byte {
	for i < len(s) && len(b) < cap(b) {
		if next, j, ok := appendLetter(b, s, i); ok {
			b, i = next, j
			continue
		}
		r, n := script.Decode(s, i)
		switch {
		case r == '"' && len(b) > 0 && !nameLetterAt(s, i+n):
			return b // a closing quote, as foldOccasion reads it
		case script.IsNameMark(r):
			// points, marks and quotes: dropped
		case script.IsLatinLetter(r), script.IsHebrewLetter(r), script.IsOtherLetter(r), r >= '0' && r <= '9', r == '(', r == ')' && opened(b):
			b = appendFolded(b, s, i, r, n)
		case len(b) > 0 && script.IsDash(r) && namewords.JoinsNext(b):
			// А-Азину, Бе-ар: the article joined to its word, one
			// word of the key, as foldOccasion folds it.
		default:
			return b
		}
		i += n
	}
	return b
}

// occasion reads a holiday named instead of, or beside, a date: "Purim
// 5784", "Shabbat Zachor", "Chanukah: 8th Day", "פורים תשפ״ד", with a year
// after it if there is one.
func (p *parser) occasion(i int) (int, bool) {
	s := p.s
	if p.has(layout.Holiday) {
		return i, false
	}
	var buf [maxOccasions]int
	at := i
	idx, end, _ := occasionList(buf[:0], s, i)
	if len(idx) == 0 && s[i] == 0xD7 {
		// בפסח, ביום הכיפורים, ובפורים, בר"ה: Hebrew's prefix ב (on),
		// and those before it, glued to the name are text of the
		// dateline, as "on" before a date is (see occasionPrefixes).
		for _, pre := range occasionPrefixes {
			if !strings.HasPrefix(s[i:], pre) {
				continue
			}
			if r, _ := decode(s, i+len(pre)); !script.IsHebrewLetter(r) {
				continue
			}
			if idx, end, _ = occasionList(buf[:0], s, i+len(pre)); len(idx) > 0 {
				at = i + len(pre)
				break
			}
		}
	}
	intermediate := false
	if len(idx) == 0 && p.n > 0 {
		if k := intermediateDays(s, i); k > i {
			// "Thursday, Chol HaMoed Sukkot, October 5, 2023": the
			// festival, after the weekday, read as after a date (see
			// festivalDayBefore), whose days the dateline's must be;
			// the weekday was left out, and a wrong one unsaid. The
			// words are the occasion's field, which a layout writes
			// as the day's occasions: as text, they wrote "Chol
			// HaMoed" before any day's.
			at, intermediate = k, true
			idx, end, _ = occasionList(buf[:0], s, at)
		}
	}
	if len(idx) == 0 {
		if k := p.yearBegins(i); k > i {
			return k, true // The Jewish calendar year 5780 commences at sundown on
		}
		return p.erevOccasion(i)
	}
	if otherNewYear(s, at, end) {
		return i, false // ראש השנה לאילנות: Tu BiShvat's epithet, no Rosh Hashana
	}
	if p.n == 0 && referenceBefore(s, i) {
		return i, false // the day after Yom Kippur, Sunday, October 13
	}
	if p.n == 0 && festivalDayBefore(s, i) {
		// חוה"מ סוכות, Chol HaMoed Pesach: not the first day. After a
		// date ("דעם 1טן אַפּריל, חול־המועד־פּסח") the festival is read,
		// as the year of a day it spans.
		return i, false
	}
	f := occasionField(s, layout.Holiday, idx[0], at, end)
	if intermediate {
		f.Start = i
	}
	if s[i] != 0xD7 {
		f.Spelling.Family = listFamily(idx)
	}
	if p.nextFlag != 0 {
		f.Flags |= p.nextFlag // 12. April beginnt abends das Pessach-Fest; 12. dubna začíná Pesach
		p.nextFlag = 0
	}
	erev := occasionNames()[idx[0]].Kind == occasion.Erev
	feast := feastAfter(s, end) // Pessachfest, Pessach-Festes
	eve := feast
	if !erev && len(idx) == 1 && s[i] != 0xD7 {
		eve = eveAfter(s, feast)
	}
	if eve > feast {
		f.Shift = 1 // Tishah be-Av Eve: the day before, as Erev Tishah be-Av
	}
	count := eve
	v, c := hungarianCounted(s, eve)
	if c == eve {
		v, c = dayNumberAfter(s, eve) // Rosh Hashanah Day I
	}
	if !erev && eve == feast && c > eve {
		// Hanuka második napján: the day counted after the name.
		if count = c; v > 0 {
			f.Shift = -int16(v - 1)
			f.Flags |= Counted
		}
	}
	p.add(f)
	p.lit(feast)
	p.lit(eve)
	p.lit(count)
	p.lit(serviceNounAfter(s, p.last)) // Erev Rosh Hashanah Service Monday, September 6th 2021
	p.lit(nounBeforeVerb(s, p.last))
	p.occasionYear(erev || eve > feast)
	if v := p.beginsAfter(p.last); v > p.last {
		// Friday, April 22, Passover begins: the day is the eve.
		p.holidayNight()
		p.push(Field{Element: layout.Lit(s[p.last:v]), Start: p.last, End: v})
		p.last = v
	}
	return p.last, true
}

// movedFastAt reports whether the name of Tish'a B'Av put off from
// Shabbat to Sunday is at s[i], its date and נדחה (put off), in brackets
// or not: "תשעה באב נדחה", "ט׳ באב (נדחה)", hebcal's "Tish'a B'Av
// (observed)". The reader of a Hebrew date read its date as 9 Av, the
// Shabbat, before any occasion's name, and the word after it was left as
// text ("תשעה באב (נדחה) תשפ״ב" was 9 Av 5782, where the fast was kept
// on the 10th) or refused. Only a date that נדחה follows within the
// name's length is looked up.
func movedFastAt(s string, i int) bool {
	if !strings.HasPrefix(s[i:], "ת") && !strings.HasPrefix(s[i:], "ט") ||
		!strings.Contains(s[i:min(len(s), i+len("תשעה באב (נדחה)"))], "נדחה") {
		return false
	}
	_, end, ok := oneOccasion(s, i)
	return ok && strings.Contains(s[i:end], "נדחה")
}

// otherNewYear reports whether the occasion's name s[i:e] is "ראש השנה"
// (Rosh Hashana) with a word glued to ל (for) after it, which names
// another of the Mishnah's new years: "ראש השנה לאילנות" (for trees, Tu
// BiShvat), "ראש השנה לבהמות" (for cattle, 1 Elul), "ראש השנה למלכים".
// Read as Rosh Hashana, "ט"ו בשבט (ראש השנה לאילנות)" was said to be on
// the wrong day. "לשנת" and "לשנה" (of the year) name Rosh Hashana's own
// year: "ראש השנה לשנת תשפ"ה".
func otherNewYear(s string, i, e int) bool {
	if !strings.HasSuffix(s[i:e], "השנה") || e+1 >= len(s) || s[e] != ' ' || !strings.HasPrefix(s[e+1:], "ל") {
		return false
	}
	w := s[e+1:]
	return !strings.HasPrefix(w, "לשנת") && !strings.HasPrefix(w, "לשנה")
}

// beginsAfter returns the end of a verb of beginsWords (or "will begin")
// after the spaces at k, the end of an occasion's name that follows a
// civil day and month: "Friday, April 22, Passover begins", "Sunday,
// September 24, Yom Kippur begins at sundown", as a calendar's entries
// say on which evening an occasion begins. The day is then the eve, as
// after "Passover begins on April 22" (see occasionBegins); it was read
// as the occasion's day, a year in which it is (2022, when April 22 is
// Passover's seventh day) or an occasion error. It returns k where
// there is no such verb, or no date before the occasion.
func (p *parser) beginsAfter(k int) int {
	s := p.s
	j := skipSpace(s, k)
	if j == k || j >= len(s) || !beginsFirst(s[j]) || !p.has(layout.Day) || !p.has(layout.Month) {
		return k
	}
	if e := beginsVerb(s, j, latinWord(s, j)); e > j && wordEnds(s, e) {
		return e
	}
	return k
}

// eveAfter returns the end of the word "Eve" after one space at s[e], the
// end of an occasion's name, as English names an occasion's eve after it
// ("Sat, Aug 6 (Tishah be-Av Eve)", "Passover Eve", "Yom Kippur Eve"),
// and Danish and Norwegian "aften" and Swedish "afton", as they name an
// eve after its feast (juleaften, "24.09: Yom Kippur aften"); or e. The
// word must end there: "Purim Evening" is prose.
func eveAfter(s string, e int) int {
	if e+len(" Eve") > len(s) || s[e] != ' ' || s[e+1]|0x20 != 'e' && s[e+1]|0x20 != 'a' {
		return e
	}
	if k := matchWords(s, e+1, "eve", "aften", "afton"); k > e+1 {
		return k
	}
	return e
}

// referenceWords are the words before an occasion's name that make it
// a point of reference, not the day the text names: "the day after Yom
// Kippur, Sunday, October 13, 2024" (read as Yom Kippur, an occasion
// error on a right page), "two days before Pesach 5784" (read as
// Pesach), "prior to Rosh Chodesh Elul" (read as 1 Elul, a second
// dateline beside the "Sunday evening 28 AV 5774" of its sentence), "la semaine après Souccot", and Hebrew's vacation of, "התחלת
// חופשת סוכות – יום שישי, 29/9/2023" (the start of the Sukkot vacation,
// Friday, the eve), "חופש חנוכה 2018", whose dates are the vacation's;
// and Motzei, the evening after ("Motzei Yom Kippur 5785" was read as
// Yom Kippur, 10 Tishrei, where the evening after it is 11 Tishrei's).
// referenceArticles are the words that may come between such a word and
// the name (the, of, de, and to after prior).
var (
	referenceWords = [...]string{"before", "after", "until", "till", "since", "following", "prior", "avant", "après", "apres",
		"vor", "nach", "antes", "después", "despues", "prima", "dopo", "før", "efter", "etter", "перед", "после",
		"przed", "před", "pred", "לפני", "אחרי", "חופשת", "חופש"}
	referenceArticles = [...]string{"the", "of", "to", "de", "del", "la", "le", "der", "dem", "den", "di", "du", "des"}
)

// referenceBefore reports whether a word of referenceWords comes before
// the occasion's name at s[i], right before it or before one of
// referenceArticles: the occasion is no day of the dateline (see
// referenceWords).
func referenceBefore(s string, i int) bool {
	for range 2 {
		e := trimSpaceBefore(s, i)
		k := e
		for k > 0 && e-k < maxWordBack {
			r, n := lastRune(s, k)
			if !script.IsWordRune(r) {
				break
			}
			k -= n
		}
		if e == i || k == e {
			return false
		}
		w := s[k:e]
		if isWordOf(w, referenceWords[:]) {
			return true
		}
		if mw, me, ok := wordAt(s, k); ok && me == e && mw.kind == wMotzei {
			return true // Motzei Yom Kippur: the evening after it, 11 Tishrei
		}
		if !isWordOf(w, referenceArticles[:]) {
			return false
		}
		i = k
	}
	return false
}

// occasionPrefixes are the prefix letters Hebrew glues before an
// occasion's name, longest first: ב (on) after ו (and), ש (that) and כש
// (when), and ו alone. "ובפורים תשפ״ד נפגשנו" (and on Purim 5784 we met),
// "וביום כיפור תשפ״ה", "ופורים תשפ״ד" were no date, where "בפורים תשפ״ד"
// was.
var occasionPrefixes = [...]string{"וכשב", "כשב", "ושב", "וב", "שב", "ב", "ו"}

// occasionPrefix returns the length of the prefix of occasionPrefixes
// that starts the word w of bare letters, before the first word of an
// occasion's name (see occasionTable), or 0.
func occasionPrefix(w string) int {
	for _, pre := range occasionPrefixes {
		if len(w) > len(pre) && w[:len(pre)] == pre && len(occasionTable()[w[len(pre):]]) > 0 {
			return len(pre)
		}
	}
	return 0
}

// occasionYear reads the year after an occasion: a Gregorian year (below
// 3000) or a Hebrew one. The Hebrew year after the eve of an occasion is
// the occasion's (Erev Rosh Hashana 5760 is in Elul 5759): erev marks it
// so, with a Shift of one day.
func (p *parser) occasionYear(erev bool) {
	s := p.s
	// A holiday alone in free text is a word, not a date (a Chanukah
	// party); with a year or a date beside it, it names a day.
	p.weak = true
	last := p.last
	if g := nameGlossAfter(s, last); g > last && p.plainNameGloss(last, g) {
		// "Tu BiShvat (New Year for Trees) for Hebrew Year 5781": the
		// name's gloss in brackets before the words of its year, or
		// before the year itself: "Jom Kippur (eller Yom Kippur) 2017
		// börjar vid solnedgången den 18 september" (a Swedish blog,
		// the seventy-seventh held-out round), whose year the gloss
		// parted from the occasion; the date after it was read alone,
		// in 2026, with only an info.
		if holidayNoun(s, g) > g || jewishYearPhrase(s, g) > g || glossYear(s, g) {
			last = g
		} else if glossVerb(s, g) || glossDate(s, g) {
			p.lit(g) // Yom Kippur (Forsoningsdag) begynder ved solnedgang på onsdag
			return
		}
	}
	from := holidayNoun(s, last)
	if from == last {
		from = jewishYearPhrase(s, last)
	}
	k := from
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	if k == from {
		k = hyphenBeforeYear(s, k)
	} else {
		k = ofBeforeYear(s, k)
	}
	v, e, digits := number(s, k)
	hy, slashed := hebrewYearAfterSlash(s, e)
	if digits == 4 && v < 3000 && (yearEnds(s, e) || slashed) && !p.has(layout.Year) && !yearFirstDate(s, e) {
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: e})
		if slashed && !p.has(layout.HebrewYear) {
			hy.Shift = shiftIf(erev) // Erev Rosh Hashana 2016/5777 is in Elul 5776
			p.add(hy)
		}
	} else if f, ok := p.yearAfterDash(from); ok {
		// "Soekos – 5784": the Hebrew year after a spaced dash.
		f.Shift = shiftIf(erev)
		p.add(f)
	} else if !p.has(layout.HebrewYear) {
		m := p.mark()
		e, ok := p.hebrewYear(thisYearBeforeHebrew(s, from))
		if ok && p.countYear(m, e) {
			return
		}
		if ok && erev && p.n > m.n {
			p.buf[p.n-1].Shift = 1
		}
	}
}

// thisYearBeforeHebrew returns the index after Hebrew's השנה (this year)
// and a comma or not at s[k], after its spaces, where a Hebrew year in
// letters follows, said in apposition: "בליל הסדר השנה, תשפ״ב, ב-19:31"
// (on the Seder night this year, 5782, at 19:31: Negi Shut, the incoming
// corpus), "פסח השנה תשפ״ד"; or k. The words are text of the dateline.
func thisYearBeforeHebrew(s string, k int) int {
	j := skipSpace(s, k)
	e := hebrewWord(s, j)
	if j == k || s[j:e] != "השנה" {
		return k
	}
	y := skipSpace(s, pastComma(s, e))
	if y == e || isDigit(s, y) {
		return k
	}
	if _, ok := hebrewYearField(s, y); !ok {
		return k
	}
	return pastComma(s, e)
}

// shiftIf returns the Shift of a Hebrew year after an eve's name, which
// is the occasion's year, a day after the eve's (see occasionYear): 1 if
// erev, or 0.
func shiftIf(erev bool) int16 {
	if erev {
		return 1
	}
	return 0
}

// hebrewYearAfterSlash reads a Hebrew year of four digits glued after a
// slash to the civil year that ends at s[e], as a Hungarian blog titles
// its posts "Rosh Hasana 2016/5777" (hagyomanyaink.blogspot.co.il, the
// hundred-and-thirty-second held-out round), the other order of "Purim
// 5784/2023" (see civilYear). The year was left out, and the occasion read
// in the civil year alone; read, package dateline checks that the two
// years agree. Only a year from 3000 to 6999 that ends its word is taken:
// "2016/17" is a season, "2016/2017" two civil years.
func hebrewYearAfterSlash(s string, e int) (Field, bool) {
	if e >= len(s) || s[e] != '/' {
		return Field{}, false
	}
	v, end, digits := number(s, e+1)
	if digits != 4 || v < 3000 || v > 6999 || !yearEnds(s, end) {
		return Field{}, false
	}
	return Field{Element: layout.Element{Kind: layout.HebrewYear}, Value: v, Start: e + 1, End: end}, true
}

// ofBeforeYear returns the index after English's "of" (or the Romance
// languages' "de") and the spaces after it, at s[k] after an occasion's
// name, where a civil year of four digits follows: "On Purim of 1996, my
// father Leo Israel Samuel died" (a rabbi's blog, rabbimichaelsamuel.com,
// the hundred-and-ninety-second held-out round), which was no date, as
// "Rosh Hashanah of 5784" was read; "Passover of 2019", "Pesaj de 2019".
// The year is then read as one after a space is (occasionYear); or k.
func ofBeforeYear(s string, k int) int {
	e := matchWords(s, k, "of", "de")
	if e == k {
		return k
	}
	y := skipSpace(s, e)
	if y == e || !fourDigitYearAt(s, y) {
		return k
	}
	return y
}

// hyphenBeforeYear returns the index after a hyphen glued to an
// occasion's name at s[k] where a digit follows it, as Russian titles
// join the year to the name: "Пурим-2020: как это было в Минске"
// (Belisrael, the hundred-and-ninth held-out round), which was not read;
// "Ханука-2023"; or k. The year is read as one after a space is
// (occasionYear), four digits that end a word.
func hyphenBeforeYear(s string, k int) int {
	if k < len(s) && s[k] == '-' && isDigit(s, k+1) {
		return k + 1
	}
	return k
}

// maxGloss is the longest gloss in brackets nameGlossAfter reads, in bytes.
const maxGloss = 48

// nameGlossAfter returns the index after a gloss in brackets after the spaces
// at s[i], words without digits as a page translates an occasion's name
// ("(New Year for Trees)", "(Feast of Weeks)"); or i.
func nameGlossAfter(s string, i int) int {
	k := skipSpace(s, i)
	if k >= len(s) || s[k] != '(' {
		return i
	}
	for j := k + 1; j < len(s) && j-k <= maxGloss; j++ {
		switch c := s[j]; {
		case c == ')':
			if j == k+1 {
				return i
			}
			return j + 1
		case c == '(' || c == '\n' || c-'0' < 10:
			return i
		}
	}
	return i
}

// plainNameGloss reports whether the gloss in brackets after the spaces
// at s[i], which ends at s[g] (see nameGlossAfter), says nothing of a
// date beside the occasion's name the reading ends with: none of its
// words is a month's or a weekday's name, a word for an eve or a night,
// or another occasion's name (see glossWord). "Pesach (domenica) 2024"
// was read as Pesach 2024, a Tuesday, the Sunday the bracket names
// dropped with nothing said, and "Pesach (Shavuot) 5784" as Pesach. Such a
// bracket is no gloss, and the name's year is not read across it.
func (p *parser) plainNameGloss(i, g int) bool {
	k := lastField(p.buf[:p.n])
	if k < 0 || p.buf[k].Kind != layout.Holiday {
		return false
	}
	name := p.s[p.buf[k].Start:p.buf[k].End]
	for j, first := skipSpace(p.s, i)+1, true; j < g-1; first = false {
		e := latinWord(p.s, j)
		if e == j {
			_, n := decode(p.s, j) // a space, a comma, a dash
			j += n
			continue
		}
		if !glossWord(p.s, j, e, first, name) {
			return false
		}
		j = e
	}
	return true
}

// glossVerb reports whether a verb that says when an occasion begins or
// falls (see occasionVerbAt) follows the spaces at s[g], the end of an
// occasion's gloss (see nameGlossAfter): "Yom Kippur (Forsoningsdag)
// begynder ved solnedgang på onsdag, 15. september 2021", "Yom Kippur
// (Day of Atonement) begins at sundown on Wednesday" (the 145th
// held-out round saw both read from the weekday on, the occasion left
// out and a wrong one unsaid). The gloss is then text of the dateline,
// between the name and its verb.
func glossVerb(s string, g int) bool {
	k := skipSpace(s, g)
	return k > g && k < len(s) && occasionVerbAt(s, k)
}

// glossDate reports whether a date follows an occasion's gloss that ends
// at s[g] (see nameGlossAfter), after a colon or not: a day in digits,
// a month's name, or a weekday before either, as school and community
// calendars list the festivals by both names, "Rosch-Haschana
// (Neujahrsfest): 16. und 17.9.2023", "Schawuot (Wochenfest) 12.06. und
// 13.06.2022", "Yom Kippur (Day of Atonement): Monday, September 25"
// (the 150th held-out round). Find read the date alone, so an occasion the
// date contradicts went unsaid, and the colon after the gloss was no
// dateline. The gloss is then text of the dateline, as before a verb.
func glossDate(s string, g int) bool {
	k := skipSpace(s, g)
	if k < len(s) && s[k] == ':' {
		k++
	}
	j := skipSpace(s, k)
	if j == g {
		return false // "(Wochenfest)12.6.": a gloss glued to a number
	}
	j = afterWeekday(s, j)
	if monthAt(s, j) {
		return true
	}
	_, e, digits := number(s, j)
	return digits > 0 && digits <= 2 && e < len(s) && (s[e] == '.' || s[e] == ' ' || s[e] == '/' || s[e] == '-')
}

// wordGap returns the index after the spaces at i, and whether spaces or
// a closing bracket right before i part the word there from the one
// before: hebcal's pages in other languages glue the word after an
// occasion's gloss to its bracket, "Yom Kippur (Forsoningsdag)for det
// hebraiske år 5782" (the 145th held-out round, whose Hebrew year went
// unread; in English, "(Day of Atonement)for Hebrew Year 5782 begins"
// was read as the New Year of 5782 begun that evening, an occasion error
// on a right line).
func wordGap(s string, i int) (int, bool) {
	k := skipSpace(s, i)
	return k, k > i || i > 0 && s[i-1] == ')'
}

// glossYear reports whether a year of four digits follows a space at
// s[g], the end of an occasion's gloss (see nameGlossAfter).
func glossYear(s string, g int) bool {
	k := skipSpace(s, g)
	return k > g && fourDigits(s, k)
}

// yearFirstDate reports whether the four digits that end at s[e] begin
// a date written year first, as Hungarian writes it: a point, a space and
// a month's name ("Ros Hásáná 2025. szeptember 22."), or the year's case
// ending for "in" and a month's name ("Pészah 2015-ben április 3. és 11.
// közé esik", see yearFirst). The year is that date's, not the occasion's
// alone: taken as the occasion's, the date after it went unread, and the
// dateline gave the occasion's day (23 September) with nothing said of
// the 22nd the text states. So do Latvian and Estonian, the year's point
// and "gada" or "aasta" (of the year) before the day ("Purim, 2017. gada
// 10. martā", see yearGada), and Lithuanian, "m." (metų) before the
// month ("Purimas 2024 m. kovo 24 d.", see yearMetai): the first was read
// as Purim 2017, 12 March, the date after it dropped, and the second as
// two datelines, the occasion's and the date's, neither checked against
// the other (found while testing the hundred-and-fortieth held-out
// round).
func yearFirstDate(s string, e int) bool {
	if strings.HasPrefix(s[e:], "-ban ") || strings.HasPrefix(s[e:], "-ben ") {
		return monthAt(s, skipSpace(s, e+len("-ban")))
	}
	if g, _ := yearGada(s, e); g > e {
		return isDigit(s, skipSpace(s, g)) // Purim, 2017. gada 10. martā
	}
	if m := yearMetai(s, e); m > e {
		return monthAt(s, skipSpace(s, m)) // Purimas 2024 m. kovo 24 d.
	}
	if e+2 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
		return false
	}
	return monthAt(s, skipSpace(s, e+1))
}

// holidayNouns are the words for "holiday" or "festival" that English,
// German, Dutch and Hungarian put after an occasion's name and before its
// year: "Rosch Haschana Feiertage 5783", "Sukkot festival 5784", "Pesach
// feestdagen 5784", "Purim ünnep 5784", English's "fast" after a fast
// day's name ("The Tisha B'Av fast 2023 will begin this year on 26.07",
// "the Yom Kippur fast begins at sundown"), in lower case, and "Day"
// before a year of four digits ("Lag B'omer Day 2024 is on Friday, May
// 17, 2024"), where a number after it is the festival's day ("Pesach Day
// 2"), which the noun does not take.
var holidayNouns = [...]string{
	"holiday", "holidays", "festival", "fast", "feiertag", "feiertage", "festtag", "festtage", "fest",
	"feestdag", "feestdagen", "ünnep", "ünnepe", "day",
}

// holidayNoun returns the end of a word of holidayNouns after the spaces
// at i, when a year in digits follows it; otherwise i. The word and the
// spaces around it are text of the dateline, as a layout writes them
// back; without a year after it the noun is prose ("the Purim holiday
// party").
func holidayNoun(s string, i int) int {
	k := skipSpace(s, i)
	if k == i {
		return i
	}
	e := latinWord(s, k)
	if e == k || e-k > len("feestdagen") {
		return i
	}
	w := s[k:e]
	for _, n := range holidayNouns {
		if foldEquals(w, n) {
			if j := skipSpace(s, e); j > e && isDigit(s, j) && (n != "day" || fourDigits(s, j)) {
				return e
			}
			return i
		}
	}
	return i
}

// jewishYearPhrases are the words that say "of the Jewish year" between
// an occasion's name and its Hebrew year: "Rosch Ha-Schana vom jüdischen
// Jahr 5785", "Jom Kippur des jüdischen Jahres 5784", "Pesach van het
// Joodse jaar 5784", "Sukkot of the Jewish year 5785".
var jewishYearPhrases = [...]string{
	"vom jüdischen jahr", "des jüdischen jahres", "im jüdischen jahr", "im jüdischen jahre",
	"vom hebräischen jahr", "des hebräischen jahres", "im hebräischen jahr",
	"van het joodse jaar", "in het joodse jaar", "van het hebreeuwse jaar",
	"of the jewish year", "in the jewish year", "of the hebrew year", "in the hebrew year",
	// "for" the year, as a calendar page heads a day's entry: "Tu
	// BiShvat (New Year for Trees) for Hebrew Year 5781 begins at sundown
	// on Wednesday, 27 January 2021" (the seventy-first held-out round,
	// whose Hebrew year went unread), "voor het Joodse jaar", "für das
	// jüdische Jahr".
	"for hebrew year", "for the hebrew year", "for jewish year", "for the jewish year",
	"voor het joodse jaar", "für das jüdische jahr", "für das hebräische jahr",
	// Portuguese's and Spanish's, with the calendar called Hebrew or
	// Jewish, "de" (of) before the year or not: "Chanukah (Hanukkah, o
	// festival judaico de rededicação) para o ano hebraico de 5784
	// começa ao pôr do sol de Quarta, 25 de dezembro de 2024" (Israelita
	// do Caminho, the 124th held-out round), read as the date alone,
	// with nothing said, where the year it names is a year off: the
	// occasion of 5784 began on 7 December 2023.
	"para o ano hebraico de", "para o ano judaico de", "para o ano hebraico", "para o ano judaico",
	"do ano hebraico de", "do ano judaico de", "do ano hebraico", "do ano judaico",
	"para el año hebreo", "para el año judío", "del año hebreo", "del año judío",
	// The Scandinavian languages' "for the Hebrew year", as a Danish copy
	// of hebcal's page writes it: "Yom Kippur (Forsoningsdag)for det
	// hebraiske år 5782 begynder ved solnedgang på onsdag, 15. september
	// 2021" (the 145th held-out round) was read as the date alone, the
	// Hebrew year and the occasion left out; Norwegian "for det hebraiske
	// året", Swedish "för det hebreiska året".
	"for det hebraiske år", "for det jødiske år", "for det hebraiske året", "for det jødiske året",
	"för det hebreiska året", "för det judiska året",
}

// jewishYearPhrase returns the end of one of jewishYearPhrases after the
// spaces at i, where a Hebrew year in four digits (3000 and above, no
// Gregorian year) follows it; otherwise i. The words are text of the
// dateline, as holidayNoun's are; without such a year after them they
// are prose ("Pesach des jüdischen Jahres feiern").
func jewishYearPhrase(s string, i int) int {
	k, parted := wordGap(s, i)
	if !parted || k >= len(s) || !isLetterStart(s[k]) {
		return i
	}
	if _, e, _, ok := phraseOfHebrewYear(s, k, jewishYearPhrases[:]); ok {
		return e
	}
	return i
}

// phraseOfHebrewYear returns the first of phrases at s[k], its end and
// the end of the Hebrew year in four digits (3000 and above) after it and
// spaces; ok is false where no phrase is there or no such year follows
// the first that is.
func phraseOfHebrewYear(s string, k int, phrases []string) (w string, e, ye int, ok bool) {
	for _, w := range phrases {
		e := matchPhrase(s, k, w)
		if e == k {
			continue
		}
		j := skipSpace(s, e)
		v, ye, digits := number(s, j)
		return w, e, ye, j > e && digits == 4 && v >= 3000
	}
	return "", k, k, false
}

// isLetterStart reports whether c may start one of jewishYearPhrases
// (v, d, i, o, f, p in either case): jewishYearPhrase's cheap first test.
func isLetterStart(c byte) bool {
	switch c | 0x20 {
	case 'v', 'd', 'i', 'o', 'f', 'p':
		return true
	}
	return false
}

// fourDigits reports whether a number of four digits starts at s[j].
func fourDigits(s string, j int) bool {
	_, _, digits := number(s, j)
	return digits == 4
}

// nounBeforeVerb returns the end of a word of holidayNouns after the
// spaces at i, where a verb that says when the occasion begins or falls
// follows it (see occasionBegins and occasionFallsOn): "The Passover
// Festival begins on Wednesday evening, April 5", "the Sukkot holiday
// starts at sundown on", "das Pessach Fest beginnt am"; otherwise i. The
// noun is text of the dateline, as holidayNoun's before a year is.
func nounBeforeVerb(s string, i int) int {
	e := holidayNounAt(s, i)
	j := skipSpace(s, e)
	if e == i || j == e || j == len(s) || !beginsFirst(s[j]) && !fallsOnFirst(s[j]) {
		return i
	}
	w := latinWord(s, j)
	if beginsOrStarts(s, j, w) ||
		matchPhrases(s, j, fallsOnVerbs[:]) > j || matchWords(s, j, "falls", "occurs") > j {
		return e
	}
	return i
}

// holidayNounAt returns the end of a word of holidayNouns after the
// spaces at i, or i.
func holidayNounAt(s string, i int) int {
	k := skipSpace(s, i)
	if k == i {
		return i
	}
	e := latinWord(s, k)
	if e == k || e-k > len("feestdagen") || !isWordOf(s[k:e], holidayNouns[:]) {
		return i
	}
	return e
}

// maxOccasions is the most names a list of a day's occasions has:
// hebcal gives a day four at the most (Rosh Chodesh, Shabbat Mevarchim, a
// special Shabbat, Chanukah).
const maxOccasions = 8

// occasionList reads the occasions named at s[i]: one, or a list
// separated by commas ("Rosh Chodesh Tevet, Chag HaBanot, Chanukah: 7
// Candles", as the Holiday element writes a day's), or by a slash or an
// ampersand, which may join the occasions of days in a row ("Shemini
// Atzeres/Simchas Torah 5779", "Sukkot & Simchat Torah"), at most
// maxOccasions. It appends their indexes in occasion.Names to dst
// and returns the end of the last name, or i if there is none, and the
// position in the list of the first name after a slash or an ampersand
// (the list's length if there is none).
func occasionList(dst []int, s string, i int) ([]int, int, int) {
	end, start := i, len(dst)
	joined := -1
	for n := 0; n < maxOccasions; n++ {
		idx, e, ok := oneOccasion(s, skipSpace(s, i))
		if !ok {
			break
		}
		dst, end = append(dst, idx), e
		k, join := occasionJoin(s, e)
		if k == e {
			break
		}
		if join && joined < 0 {
			joined = len(dst) - start
		}
		i = k
	}
	if joined < 0 {
		joined = len(dst) - start
	}
	return dst, end, joined
}

// occasionJoin returns the end of the separator between two occasions'
// names at s[e], a comma (names of one day) or a slash or ampersand with
// spaces around it or none, or a word for "and" between spaces
// (occasionAnd; names of one day or of days in a row, join), or e if
// there is none.
func occasionJoin(s string, e int) (int, bool) {
	if e < len(s) && s[e] == ',' {
		return e + 1, false
	}
	k := skipSpace(s, e)
	if k < len(s) && (s[k] == '/' || s[k] == '&') {
		return k + 1, true
	}
	if a := matchWords(s, k, occasionAnd[:]...); k > e && a > k && skipSpace(s, a) > a {
		return a, true
	}
	return e, false
}

// occasionAnd are the words for "and" that join two occasions' names as
// an ampersand does, of one day or of days in a row, in the languages
// that write the days after them so: "Sh’mini Atzeret and Simhat Torah
// [Thursday and Friday, October 24 and 25]" (Kol Ramah, the 217th
// held-out round) was read from the second name, Simhat Torah, with the
// first day, a day early, as if it began at sunset; "Sukkot und
// Simchat Tora", "Chemini Atseret et Simhat Torah", "Shemini Atzeret y
// Simjat Torá", "Shemini Atzeret e Simchat Torah". A word
// that is no occasion's name after them ends the list at the name
// before.
var occasionAnd = [...]string{"and", "und", "et", "en", "y", "e"}

// oneOccasion reads the name of one holiday at s[k], as matchOccasion
// does, or Rosh Chodesh with its month in a spelling the occasions' names
// do not have (Rosh Chodesh Tamuz, Rosh Chodesh Adar Beis).
func oneOccasion(s string, k int) (int, int, bool) {
	idx, e, ok := matchOccasion(s, k, false)
	if v, e2, ok2 := roshChodeshOccasion(s, k); ok2 && (!ok || e2 > e) {
		idx, e, ok = v, e2, true
	}
	return idx, e, ok
}

// OccasionsIn appends to dst the indexes in occasion.Names of the
// holidays a Holiday field's text names: one, or a list ("Chag HaBanot,
// Chanukah: 7 Candles", "Shemini Atzeres/Simchas Torah").
func OccasionsIn(dst []int, text string) []int {
	dst, _ = OccasionListIn(dst, text)
	return dst
}

// OccasionListIn is OccasionsIn, which also returns the position in the
// list of the first name after a slash or an ampersand, from which on the
// names may be of the days after the first name's (the list's length if
// there is none): "Shemini Atzeres/Simchas Torah 5779" names the first's
// day, and Simchas Torah one of the days after it.
func OccasionListIn(dst []int, text string) ([]int, int) {
	dst, _, joined := occasionList(dst, text, 0)
	return dst, joined
}

// portion reads the weekly portion after a word that names it (Parashat,
// Parshas, פרשת, ש״פ, עש״ק) ending at e: "Parashat Ki Tisa", "עש״ק
// פרשת משפטים".
func (p *parser) portion(i, e int) (int, bool) {
	s := p.s
	if p.has(layout.Portion) {
		if k, ok := p.specialReading(i, e); ok {
			return k, true
		}
		return i, p.fail(i, "the end of the dateline")
	}
	if weekOrder(s[i:e]) && !p.has(layout.Weekday) {
		// לסדר צו names the week of Tzav, none of its days.
		return i, p.fail(i, "a date")
	}
	e, ok := portionAbbrev(s, i, e)
	if !ok {
		return i, p.fail(i, "a date")
	}
	// עש״ק (ערב שבת קודש, the eve of the holy Shabbat) and ערש״ק name
	// the Friday, whose portion is the next day's: the weekday "ערב
	// שבת" is, which the date is checked against, with the portion
	// after it or not. "עש״ק משפטים ה׳תש״י" was read as the Shabbat, a
	// day late, with nothing said; then the word shifted the portion's
	// Shabbat alone, so that a date of any day of its week read with
	// nothing said ("עש״ק פרשת וישב, כ״ד כסלו תשפ״ד", a Thursday), and
	// without a portion's name after it ("עש״ק, כ״ה כסלו תשפ״ד") it was
	// no dateline.
	// ש״פ (שבת פרשת) names the Shabbat itself, as a weekday: "ש״פ וישב,
	// כ״ה כסלו תשפ״ד" (a Friday) was read with nothing said.
	erev := strings.HasPrefix(s[i:e], "ע") && !p.has(layout.Weekday)
	if shabbat := strings.HasPrefix(s[i:e], "ש") && e-i <= len("ש״פ"); erev || shabbat && !p.has(layout.Weekday) {
		f := Field{Value: int(time.Saturday), Start: i, End: e}
		f.Kind, f.Form, f.Text, f.Of = layout.Weekday, layout.Script, s[i:e], int8(time.Saturday)
		if erev {
			f.Shift = 1
		}
		p.add(f)
	}
	k := skipSpace(s, e)
	if w, e2, ok := p.wordAt(k); ok && w.kind == wPortion {
		if e2, ok = portionAbbrev(s, k, e2); ok {
			k = skipSpace(s, e2) // עש״ק פרשת משפטים, עש״ק פ׳ משפטים
		}
	}
	idx, end, ok := matchOccasion(s, k, true)
	if !ok {
		if erev {
			return p.last, true // עש״ק, כ״ה כסלו תשפ״ד: the weekday
		}
		return i, p.fail(k, "the name of a weekly portion")
	}
	if strings.HasPrefix(s[i:e], "ע") && !erev && !p.hasFriday() {
		// After a weekday of its own, the word agrees with it or the
		// dateline is none: "יום ה׳ עש״ק וישב". "יום ו׳ עש״ק וישב
		// תשפ״ד" was the Friday shifted once more, the Thursday.
		return i, p.fail(i, "the eve of Shabbat after a Friday")
	}
	p.add(occasionField(s, layout.Portion, idx, k, end))
	special := p.portionSpecial(end) > end
	switch {
	case p.has(layout.HebrewYear):
		// the Hebrew date before the portion has its year
	case p.has(layout.HebrewMonth):
		// The year of the Hebrew date before the portion, after it: "א׳
		// דר״ח אדר, עש״ק משפטים ה׳תש״י".
		p.hebrewYear(p.last)
	case !p.has(layout.Month) && !p.has(layout.Day) && !p.has(layout.Year) && (special || !p.has(layout.Holiday)):
		p.portionYear() // Vayakhel-Shekalim 5784 too
	}
	return p.last, true
}

// hasFriday reports whether the dateline states a weekday of its own that
// names Friday, by its name or as the eve of Shabbat (ערב שבת).
func (p *parser) hasFriday() bool {
	for i := range p.n {
		if f := &p.buf[i]; f.Kind == layout.Weekday && f.Flags&(RangeEnd|Night) == 0 && f.Zman == p.zmanOf {
			return f.Value-int(f.Shift) == int(time.Friday)
		}
	}
	return false
}

// portionAbbrev returns the end of the word that names a weekly portion
// and starts at s[i] and whose letters end at e: past the geresh of פ׳,
// the abbreviation of פרשת, which the letter alone is not ("פ ויקהל" is no
// portion), and of לס׳, that of לסדר; e for the others. It reports false
// for פ or לס without its geresh.
func portionAbbrev(s string, i, e int) (int, bool) {
	if w := s[i:e]; w != "פ" && w != "לס" {
		return e, true
	}
	r, n := decode(s, e)
	return e + n, n > 0 && script.IsGeresh(r)
}

// weekOrder reports whether w, a word that names a weekly portion, is
// לסדר or לס׳ ("of the order") or לפרשת ("of the portion"), which name
// the portion's week rather than its Shabbat.
func weekOrder(w string) bool {
	return w == "לסדר" || w == "לס" || w == "לפרשת"
}

// portionSpecial reads, after a weekly portion that ends at e, the
// special Shabbat a bulletin joins to it by a hyphen or a slash and names
// by the word after "Shabbat" ("Vayakhel-Shekalim", "Tetzaveh / Zachor",
// "Ki Tisa-Parah"): a Holiday field that package dateline checks against
// the day as it checks "Shabbat Shekalim". It returns the end of what it
// read, or e.
func (p *parser) portionSpecial(e int) int {
	s := p.s
	k := e
	switch {
	case k+1 < len(s) && (s[k] == '-' || s[k] == '/') && s[k+1] != ' ':
		k++
	case strings.HasPrefix(s[k:], " - ") || strings.HasPrefix(s[k:], " / "):
		k += len(" - ")
	default:
		return e
	}
	w := latinWord(s, k)
	if w == k || w-k > 16 {
		return e
	}
	var buf [len("Shabbat ") + 16]byte
	t := string(append(append(buf[:0], "Shabbat "...), s[k:w]...))
	idx, end, ok := matchOccasion(t, 0, false)
	if !ok || end != len(t) || occasionNames()[idx].Kind != occasion.SpecialShabbat || p.has(layout.Holiday) {
		return e
	}
	p.add(occasionField(s, layout.Holiday, idx, k, w))
	return w
}

// specialReadings are the names of the four readings added to the weekly
// portion in the weeks around Purim and Pesach, each of which names its
// Shabbat after פרשת as after שבת: פרשת שקלים, פרשת זכור, פרשת פרה,
// פרשת החודש (or החדש).
var specialReadings = [...]string{"שקלים", "זכור", "פרה", "החודש", "החדש"}

// specialReading reads, at the word פרשת (or פ׳) that starts at s[i] and
// whose letters end at e, after the weekly portion the dateline has read,
// the special reading joined to it, which names that Shabbat: "ש״פ
// ויקהל-פקודי - פרשת החודש - תשס״ו" (Haoros UBiurim, haoros.com, the
// two-hundred-and-eighty-first held-out round) was read as a second
// portion and failed, where "ש״פ ויקהל-פקודי, שבת החודש, תשס״ו" was read.
// It adds a Holiday field, which package dateline checks against the day
// as it checks "שבת החודש", and the Hebrew year after it, if the
// dateline has none yet. It reports false for any other name after פרשת,
// or where the dateline has a Holiday field already.
func (p *parser) specialReading(i, e int) (int, bool) {
	s := p.s
	if w := s[i:e]; w != "פרשת" && w != "פ" || p.has(layout.Holiday) {
		return i, false
	}
	e, ok := portionAbbrev(s, i, e)
	k := skipSpace(s, e)
	if !ok || k == e {
		return i, false
	}
	w := k
	for w < len(s) {
		r, n := decode(s, w)
		if !script.IsHebrewLetter(r) {
			break
		}
		w += n
	}
	if !wordEnds(s, w) || !slices.Contains(specialReadings[:], s[k:w]) {
		return i, false
	}
	var buf [len("שבת ") + len("החודש")]byte
	idx, end, ok := matchOccasion(string(append(append(buf[:0], "שבת "...), s[k:w]...)), 0, false)
	if !ok || end != len("שבת ")+w-k || occasionNames()[idx].Kind != occasion.SpecialShabbat {
		return i, false
	}
	p.add(occasionField(s, layout.Holiday, idx, k, w))
	if !p.has(layout.HebrewYear) && !p.has(layout.Year) {
		p.portionYear() // ש״פ תצוה - פרשת זכור - תשפ״ה
	}
	return p.last, true
}

// portionYear reads the Hebrew year after a weekly portion named without
// a date, which names the Shabbat the portion is read on that year:
// "Parashat Vayigash 5776", "שבת פרשת ויגש תשע״ו". A year in digits is a
// Hebrew one from 3000 on: before that it is a civil year, in which a
// portion may be read twice (Vayigash on January 4 and December 27,
// 2025). A numeral that a month follows is the day of a Hebrew date
// ("שבת נח, ו׳ חשון"), and a count of thousands alone (ב׳) is no year here.
// A spaced dash may part the year from the name, as yearAfterDash reads
// it: "פרשת נח - תשפ״ד".
func (p *parser) portionYear() {
	if f, ok := p.yearAfterDash(p.last); ok {
		p.add(f)
		return
	}
	s := p.s
	k := p.last
	if k < len(s) && s[k] == ',' {
		k++
	}
	if k = skipSpace(s, k); k > p.last {
		if v, e, digits := number(s, k); digits == 4 && v < 3000 && yearEnds(s, e) && !yearFirstDate(s, e) {
			// Parashat Nitzavim 2025: the civil year, as a
			// festival's (see occasionYear).
			p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: e})
			return
		}
	}
	m := p.mark()
	if e, ok := p.hebrewYear(p.last); ok {
		p.countYear(m, e)
	}
}

// countYear drops the Hebrew year read since m, which ends at e, after
// the name of a weekly portion or an occasion, where it is no year: a
// numeral that a month follows, the day of a Hebrew date or a weekday's
// letter before it ("ערב ראש השנה ד׳ כ״ט באלול", Erev Rosh Hashana on
// Wednesday the 29th of Elul, was the year 4029 with its thousands read
// apart), or a single letter that a Hebrew date follows (its ש׳,
// Saturday, was the year 5300); a count of thousands alone ("ראש השנה ה׳", Rosh Hashana on
// Thursday, was the year 5000); or a number in digits below 3000, a
// civil year. It reports whether it dropped one.
func (p *parser) countYear(m mark, e int) bool {
	k := skipSpace(p.s, e)
	if _, month := hebrew.MatchMonth(p.s[k:]); month {
		p.reset(m)
		return true
	}
	for _, f := range p.fields()[m.n:] {
		if f.Kind != layout.HebrewYear {
			continue
		}
		if k > e && letterBytes(p.s, f.Start, f.End) == len("ש") && hebrewDayMonthAt(p.s, k) {
			// ערב ראש השנה ש׳ כ״ט באלול: a weekday's letter before a
			// Hebrew date, not the year 5300.
			p.reset(m)
			return true
		}
		if f.Value < 3000 && isDigit(p.s, f.Start) || f.Value%1000 == 0 {
			p.reset(m)
			return true
		}
	}
	return false
}

// yearLead tells the second bytes of the Hebrew letters a year from 5000
// on starts with: its hundreds (ק ר ש ת) or its thousands (ה).
var yearLead = [256]bool{0xA7: true, 0xA8: true, 0xA9: true, 0xAA: true, 0x94: true}

// hebrewYearHeading reads a Hebrew year in letters that heads a dateline
// before a separator, as Hebrew newsletters print the year above the
// week they are of: 'תשע"ו | שבת פרשת ויגש', "ה׳תשפ״ד, פרשת נח". The rest
// after the separator must read as a weekly portion, an occasion or a
// Hebrew day and month without a year of its own: the year is theirs.
// Elsewhere a numeral alone is no date (a count, or a word).
func (p *parser) hebrewYearHeading(i int) (int, bool) {
	s := p.s
	if p.has(layout.HebrewYear) || p.has(layout.Year) || i+1 >= len(s) || !yearLead[s[i+1]] {
		return i, false
	}
	f, ok := hebrewYearField(s, i)
	if !ok || s[i] != 0xD7 || f.Value < 5000 {
		return i, false
	}
	k := skipSpace(s, f.End)
	r, n := decode(s, k)
	if k == f.End && r != ',' || r != '|' && r != ',' && r != ':' && !script.IsDash(r) {
		return i, false
	}
	k = skipSpace(s, k+n)
	var q parser
	q.init(s)
	if q.run(k, false); q.has(layout.HebrewYear) || q.has(layout.Year) ||
		!q.has(layout.Portion) && !q.has(layout.Holiday) && !(q.has(layout.HebrewMonth) && q.has(layout.HebrewDay)) {
		return i, false
	}
	p.add(f)
	return f.End, true
}

// listFamily returns the spelling family that writes each of the names
// idx (in occasion.Names) of a day's list of occasions: the first
// name's, unless that is hebcal's English and a later name is another
// locale's, which writes in English the names it has none of its own for
// ("Shabbat Mevarchim Chodesh Adar II, Shabat shkalim" is Finnish's list,
// which read as English's was written "..., Shabbat Shekalim").
func listFamily(idx []int) hebrew.Family {
	names := occasionNames()
	first := names[idx[0]].Family
	if first != hebrew.Hebcal {
		return first
	}
	for _, k := range idx[1:] {
		if f := names[k].Family; f > hebrew.Niqqud {
			if localeWritesAll(f, idx) {
				return f
			}
			break
		}
	}
	return first
}

// localeWritesAll reports whether locale family f writes each of the names
// idx: its own, or hebcal's English for an occasion it has no name of its
// own for.
func localeWritesAll(f hebrew.Family, idx []int) bool {
	names := occasionNames()
	own := localeOwnNames()
	for _, k := range idx {
		n := names[k]
		if n.Family != f && (n.Family != hebrew.Hebcal || own[localeOwn{occasion.Key(n.Text), f}]) {
			return false
		}
	}
	return true
}

// A localeOwn is an occasion, by its English key (occasion.Key),
// that a locale family names in its own words.
type localeOwn struct {
	key    string
	family hebrew.Family
}

// localeOwnNames returns the occasions each locale family other than
// hebcal's four names in its own words, built on first use.
var localeOwnNames = sync.OnceValue(func() map[localeOwn]bool {
	m := map[localeOwn]bool{}
	for _, n := range occasionNames() {
		if n.Family > hebrew.Niqqud {
			m[localeOwn{occasion.Key(n.Text), n.Family}] = true
		}
	}
	return m
})

// occasionField returns the field of an occasion name read at s[i:end].
func occasionField(s string, kind layout.Kind, idx, i, end int) Field {
	f := Field{Value: idx, Start: i, End: end}
	f.Kind = kind
	f.Spelling.Family = occasionNames()[idx].Family
	if s[i] == 0xD7 {
		f.Spelling.Family = hebrew.Hebrew
		for k := i; k < end; {
			r, n := script.Decode(s, k)
			if script.IsMark(r) {
				f.Spelling.Family = hebrew.Niqqud
				break
			}
			k += n
		}
	} else if c := caseOf(s, i, end); c != layout.AsIs {
		f.Case = c
	}
	return f
}

// ordinalMark reports whether r, s[i:i+n], marks the number before it
// (afterDigit) as an ordinal inside an occasion's name: º or ª, or a dot
// that a space follows ("8. Tag"), as hebcal's German, Spanish, Hungarian
// and Finnish names write a day of a festival.
func ordinalMark(s string, i int, r rune, n int, afterDigit bool) bool {
	switch {
	case !afterDigit:
		return false
	case r == 'º' || r == 'ª':
		return true
	}
	return r == '.' && i+n < len(s) && s[i+n] == ' '
}

// addOccasionKey puts a name's key in occasionFirst, the longest first
// among those of its first word, and notes its first letters.
func addOccasionKey(e occasionEntry) {
	key := e.key
	first := key
	if j := strings.IndexByte(key, ' '); j >= 0 {
		first = key[:j]
	}
	l := append(occasionFirst[first], e)
	for j := len(l) - 1; j > 0 && len(l[j].key) > len(l[j-1].key); j-- {
		l[j], l[j-1] = l[j-1], l[j]
	}
	occasionFirst[first] = l
	if c := key[0]; c >= 'a' && c <= 'z' {
		occasionStarts[c-'a'][secondLetter(key, 1)] = true
	} else if r, _ := script.Decode(key, 0); script.IsHebrewLetter(r) {
		occasionHebrew[r-'א'] = true
	} else {
		occasionOther[r] = true
	}
}
