package parse

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/internal/words"
)

// The start table answers, with one lookup of a Latin word of free text,
// whether phrase could start a dateline at it, as phrase itself would
// decide: a word of the parser's tables starts one if it is a month, a
// weekday or a word that leads one (Yom, Erev, Motzei, Leil, Rosh,
// Parashat), and no other word of the tables does (the, on, pm, EST); a
// word not in the tables starts one if a Hebrew month's Latin spelling or
// an occasion's name starts with it. Most words of prose are in neither,
// and Find crosses them without running the parser.

type startSlot struct {
	key string // the word in lower case
	may bool   // a phrase may start at it
	set bool
	// known is set for a word of latinWords, w what it knows of it: the
	// table is lookupLatin's for a word of ASCII letters.
	known bool
	w     word
	// ahead is set for an ordinal word of a day, at which a phrase may
	// start only before "of" or "day", as dayWord reads it: the first
	// time, the last week are prose, which the scan crosses without the
	// parser (see dayWordAhead). lookupStart and mayStartWord look a slot
	// up each with the code written out: a call of its own cost the scan
	// some 1%.
	ahead bool
	// occasion is set for a word of three letters or more that is in the
	// table only as the first word of an occasion's name or of the words
	// yearBegins reads (Jewish, of "Jewish year 5785" and of Jewish
	// American Heritage Month; family, of Family Day): a phrase may start
	// at it only where the name or the words do (see
	// occasionWordStarts). Prose writes them far more often ("Jewish
	// immigrants", "family business"), and each was a try of every rule,
	// about a microsecond each, six times on bench's article.txt.
	occasion bool
}

type startTable struct {
	slots []startSlot
	mask  uint32
	// keys is a Bloom filter of the slots' keys of three bytes or more,
	// by keyBits: most words of prose that the pairs let through are
	// found missing with two bits, without being hashed letter by
	// letter and compared (see slot).
	keys [keyWords]uint64
	// pairs has, by the first two letters of a word in lower case, what
	// may follow them in a word at which a phrase may start (see
	// latinStart).
	pairs [32 * 32]startPair
	// shorts tells, by its letters, whether a phrase may start at a word
	// of one letter or two, as lookupStart says.
	shorts [32 * 32]bool
	// shortLeads tells, by its first two letters in lower case, which
	// words of ASCII letters are weekdays of shortWeekdays (pe, ke, mar),
	// which start a phrase where a month of its language follows them
	// (see shortWeekdayAt): bit 0 for the word of the two letters, and a
	// bit for each third letter (a is 1) that ends a word of three. No
	// word of shortWeekdays in ASCII letters has more (TestShortLeads).
	shortLeads [32 * 32]uint32
	// monthLeads tells, by its first two letters in lower case, whether
	// a word that starts with two ASCII letters may name a month in some
	// language: the table's month words and every name and cut of
	// monthNamesOf that start with two. Most words after a short word
	// that may be a weekday (to, so) are turned away by it without
	// being read (see monthInLangAfter).
	monthLeads [32 * 32]bool
	// hebrew holds, hashed as slots are, the words of bare Hebrew
	// letters that hebrewLookup finds in a table, each with its roles
	// there (see hebrewRolesOf) and, for a word of hebrewWords, what it
	// knows of it: one lookup reads a Hebrew word for the scan and for
	// lookupHebrew.
	hebrew     []hebrewSlot
	hebrewMask uint32
	// hebrewLeads has, by their first two letters (see hebrewPair),
	// the letters that follow them in a word of hebrew: a bit for
	// each third letter (by its second byte's low five bits), and bit 32
	// for the word of the two letters alone. Most words of a Hebrew page
	// are turned away by it without being hashed.
	hebrewLeads [32 * 32]uint64
	// monthThirds has, by the first two letters of a word of bare Hebrew
	// letters (see hebrewPair), the third letters (a bit for each, by its
	// second byte's low five bits) with which a month's name in Hebrew
	// letters starts, or with which its first two do after the prefix ב;
	// all of them where the name goes on with no third letter (אב) or
	// with a mark. A word of two letters is a month's start if any bit is
	// set (see monthStart).
	monthThirds [32 * 32]uint32
}

// isHebrewLetter reports whether a Hebrew letter (U+05D0-U+05EA) is at s[i].
func isHebrewLetter(s string, i int) bool {
	return i+1 < len(s) && s[i] == 0xD7 && s[i+1] >= 0x90 && s[i+1] <= 0xAA
}

// pairIndex is the index in startTable's pairs and shorts of the letters
// a and b, in either case, or of a alone for b 0: a letter's low five
// bits are its place in the alphabet from 1.
func pairIndex(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// A startPair tells, for the words of three letters or more that start
// with two letters, which may start a phrase: those whose third letter
// is that of a word of the table at which one may, or which may misspell
// a month or weekday name, by their length and last letter (the union of
// words.MonthSlips' and weekdaySlips' shapes for the pair: see
// words.Shapes). A bit of thirds and lasts is for the letter whose low
// five bits are n (a is 1), one of lengths for the length n.
type startPair struct {
	thirds, lengths, lasts uint32
}

var (
	startOnce sync.Once
	starts    startTable
	// startsReady is &starts once it is built: one load for each word of
	// prose, where startOnce.Do is a call.
	startsReady atomic.Pointer[startTable]
)

// startTableOf builds the table on first use: the occasions' names come
// from computing hebcal's calendar.
func startTableOf() *startTable {
	startOnce.Do(func() {
		keys, may, occasionOnly := latinStartKeys()
		n := tableSize(len(keys))
		starts = startTable{slots: make([]startSlot, n), mask: uint32(n - 1)}
		starts.addLatin(keys, may)
		starts.markOccasions(occasionOnly)
		starts.addShorts()
		starts.addShapes(keys, may)
		starts.addMonthLeads()
		starts.addHebrew()
		startsReady.Store(&starts)
	})
	return &starts
}

// tableSize is the size of an open-addressed table for n keys: a power
// of two, at least four times n.
func tableSize(n int) int {
	size := 1
	for size < 4*n {
		size <<= 1
	}
	return size
}

// latinStartKeys returns the words of ASCII letters the table holds, once
// each, and whether a phrase may start at each: the words of latinWords
// (and the first word of a weekday joined by a hyphen, segunda of
// segunda-feira), the first letters of the Hebrew months, the markers of
// the Julian calendar, the labels of the times of day and the first words
// of occasions' names; and, apart, the keys that only the first words of
// occasions' names and of yearBeginsWords add (see startSlot.occasion).
func latinStartKeys() (keys []string, may, occasionOnly map[string]bool) {
	may = map[string]bool{}
	add := func(k string, m bool) {
		if _, dup := may[k]; !dup {
			may[k] = m
			keys = append(keys, k)
		}
	}
	// "Eve of Yom Kippur 5785": English's Erev, which erevOccasion reads,
	// and "night of Pesach 5782", which nightOccasion reads (words of the
	// tables that start no phrase of their own, added first, as add keeps
	// a key's first answer).
	for _, k := range []string{"eve", "night", "nite", "evening"} {
		add(k, true)
	}
	for _, k := range hourLeadWords {
		add(k, true) // alle ore 18 di venerdì, which hourLead reads
	}
	for k, w := range latinWords {
		if j := strings.IndexByte(k, '-'); j > 0 && startsPhrase(w.kind) {
			add(k[:j], true)
		}
		add(k, startsPhrase(w.kind))
	}
	for _, k := range words.MonthFirst {
		add(k, true)
	}
	for _, k := range markerStarts {
		add(k, true)
	}
	for _, k := range zmanStarts {
		add(k, true)
	}
	// The words added from here on, the first words of the phrases
	// yearBegins reads and of occasions' names, that no table before
	// holds: where neither starts there, no phrase does (see
	// startSlot.occasion).
	only := len(keys)
	for _, w := range yearBeginsWords {
		// "anno ebraico 5782 è iniziato il 6 settembre" (see yearBegins).
		k, _, _ := strings.Cut(w, " ")
		add(k, true)
		may[k] = true
	}
	for first := range occasionTable() {
		if c := first[0]; c >= 'a' && c <= 'z' {
			// A joining word of the tables may start a name too, and
			// then a phrase: Portuguese's dia, of "Dia do Perdão" (see
			// occasionAt), which a phrase's start was never tried at.
			add(first, true)
			may[first] = true
			if n := len(first); n >= 4 && consonantByte(first[n-1]) {
				// Its name with Romanian's article glued on: Purimul
				// (see matchArticled).
				for _, end := range articleEndings {
					add(first+end, true)
				}
			}
		}
	}
	occasionOnly = map[string]bool{}
	for _, k := range keys[only:] {
		if len(k) >= 3 && isLetters(k) {
			occasionOnly[k] = true
		}
	}
	return keys, may, occasionOnly
}

// addLatin puts keys in the table's slots, with what latinWords knows of
// each, and the third letters of those at which a phrase may start in
// pairs. The filter's bits are the ASCII keys' alone: the table is looked
// in for words of ASCII letters only (see slot), which no key with other
// letters is (шестое, décimo), and their bits would let more words of
// prose through to be hashed.
func (t *startTable) addLatin(keys []string, may map[string]bool) {
	for _, k := range keys {
		if len(k) >= 3 && script.IsASCII(k) {
			a, b := keyBits(k, 0, len(k))
			t.keys[a/64] |= 1 << (a % 64)
			t.keys[b/64] |= 1 << (b % 64)
		}
		for j := fnv(k) & t.mask; ; j = (j + 1) & t.mask {
			if !t.slots[j].set {
				w, known := latinWords[k]
				t.slots[j] = startSlot{key: k, may: may[k], set: true, known: known, w: w, ahead: known && may[k] && (w.kind == wDayWord || w.kind == wNumberDay)}
				break
			}
		}
		if len(k) >= 3 && isLetters(k[:3]) && may[k] && !byShape(k) {
			t.pairs[pairIndex(k[0], k[1])].thirds |= 1 << (k[2] & 31)
		}
	}
	t.pairs[pairIndex('a', 'd')].thirds |= 1 << ('a' & 31) // Adar1, AdarII (see latinStart)
}

// markOccasions sets occasion in the slots of the keys that only the
// first words of occasions' names and of yearBeginsWords add.
func (t *startTable) markOccasions(only map[string]bool) {
	for k := range only {
		if sl := t.slot(k, 0, len(k)); sl != nil && sl.key == k {
			sl.occasion = true
		}
	}
}

// addShorts fills shortLeads from shortWeekdays, shorts by looking up
// every word of one letter and of two, and the pairs' shapes of misspelt
// month and weekday names.
func (t *startTable) addShorts() {
	for k := range shortWeekdays {
		switch {
		case !isLetters(k):
			// not a word of letters: no lead
		case len(k) == 2:
			t.shortLeads[pairIndex(k[0], k[1])] |= 1
		case len(k) == 3:
			t.shortLeads[pairIndex(k[0], k[1])] |= 1 << (k[2] & 31)
		}
	}
	for a := byte('a'); a <= 'z'; a++ {
		t.shorts[pairIndex(a, 0)], _ = t.lookupStart(string(a), 0, 1)
		for b := byte('a'); b <= 'z'; b++ {
			t.shorts[pairIndex(a, b)], _ = t.lookupStart(string([]byte{a, b}), 0, 2)
			ml, mz := words.MonthSlips.Pair(int(a-'a'), int(b-'a'))
			wl, wz := weekdaySlips.pair(int(a-'a'), int(b-'a'))
			sp := &t.pairs[pairIndex(a, b)]
			sp.lengths, sp.lasts = ml|wl, (mz|wz)<<1 // a is bit 1
		}
	}
}

// byShape reports whether the key k, at which a phrase may start, lets
// words through the pairs by its length and last letter rather than by its
// first three: the ordinal words of days (see dayWord), whose first three
// letters start words of prose as common as they are (third: this, think;
// second: section; last: lasting), which their thirds would all let through
// to be hashed. So are the first words of those joined by a hyphen
// (twenty of twenty-second).
func byShape(k string) bool {
	if w, ok := latinWords[k]; ok {
		return w.kind == wDayWord || w.kind == wNumberDay // and deux, once, due (see numberDay)
	}
	return dayWordLeads[k]
}

// addShapes adds to the pairs the lengths and last letters of the keys
// that byShape picks, after addShorts has set those of the misspelt names.
func (t *startTable) addShapes(keys []string, may map[string]bool) {
	for _, k := range keys {
		if len(k) >= 3 && isLetters(k) && may[k] && byShape(k) {
			sp := &t.pairs[pairIndex(k[0], k[1])]
			sp.lengths |= 1 << min(len(k), 31)
			sp.lasts |= 1 << (k[len(k)-1] & 31)
		}
	}
}

// addMonthLeads fills monthLeads from latinWords and monthNamesOf.
func (t *startTable) addMonthLeads() {
	add := func(k string) {
		if len(k) >= 2 && isLetters(k[:2]) {
			t.monthLeads[pairIndex(k[0], k[1])] = true
		}
	}
	for k, w := range latinWords {
		if w.kind == wMonth {
			add(k)
		}
	}
	for _, m := range monthNamesOf {
		for k := range m.names {
			add(k)
		}
		for k := range m.cuts {
			add(k)
		}
	}
}

// addHebrew fills hebrew, hebrewLeads and monthThirds: the words of
// bare Hebrew letters of the tables (the months also after the prefix ב),
// the first words of occasions' names, the numbers of days in words, and
// the starts of the Hebrew months' names.
func (t *startTable) addHebrew() {
	var keys []string
	for k, w := range hebrewWords {
		keys = append(keys, k)
		if w.kind == wMonth {
			keys = append(keys, "ב"+k)
		}
	}
	for k := range occasionTable() {
		keys = append(keys, k)
		if isHebrewLetter(k, 0) {
			for _, pre := range occasionPrefixes {
				keys = append(keys, pre+k) // בפסח, ביום הכיפורים, ובפורים: see onOccasion
			}
		}
	}
	for _, m := range [...]map[string]int{hebrewUnits, hebrewTens} {
		for k := range m {
			keys = append(keys, k, "ב"+k, "ל"+k, "מ"+k, "ה"+k) // see dayWordPrefix
		}
	}
	n := tableSize(len(keys))
	t.hebrew, t.hebrewMask = make([]hebrewSlot, n), uint32(n-1)
	for _, k := range keys {
		if k == "" {
			continue // no word is empty
		}
		if len(k) >= 4 && isHebrewLetter(k, 0) && isHebrewLetter(k, 2) {
			t.hebrewLeads[hebrewPair(k[1], k[3])] |= hebrewNext(k)
		}
		for j := fnv(k) & t.hebrewMask; ; j = (j + 1) & t.hebrewMask {
			if t.hebrew[j].key == k {
				break
			}
			if t.hebrew[j].key == "" {
				w, roles := hebrewRolesOf(k)
				t.hebrew[j] = hebrewSlot{key: k, w: w, roles: roles}
				break
			}
		}
	}
	for _, k := range words.HebrewMonthStarts {
		if len(k) >= 4 && isHebrewLetter(k, 0) && isHebrewLetter(k, 2) {
			t.monthThirds[hebrewPair(k[1], k[3])] |= hebrewThird(k, 4)
		}
		if isHebrewLetter(k, 0) {
			t.monthThirds[hebrewPair("ב"[1], k[1])] |= hebrewThird(k, 2)
		}
	}
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// startsPhrase reports whether phrase reads on from a word of this kind
// (see known); for the others it fails.
func startsPhrase(k wordKind) bool {
	switch k {
	case wMonth, wWeekday, wYom, wErev, wMotzei, wLeil, wMotzash, wRosh, wPortion, wLetter, wDayWord, wNumberDay:
		return true
	}
	return false
}

// mayStartLatin reports whether a phrase may start at the Latin letter
// s[i]. The word is its ASCII letters. One glued to a digit, a bracket, a
// quote, an apostrophe and a letter (Sh'vat, which the tables spell with
// it and occasions' names without) or a byte above 0x7F (an accented
// letter, a typographic apostrophe) is left to the parser, and so is a
// word that starts with Adar, which a qualifier may follow unspaced
// (Adar1). A word no table has may still start one as a month name
// misspelt (Septmber: see slipMonth).
func mayStartLatin(s string, i int) bool {
	may, _ := latinStart(s, i)
	return may
}

// latinStart is mayStartLatin, which also returns, where no phrase may
// start, the end of the word it read: the next place to try, as
// skipToken would give it, without reading the word again. A word of
// three letters or more is turned away by its first three if no word of
// the table at which a phrase may start begins with them and no month or
// weekday name that it may misspell has its shape (a slip keeps a name's
// first two letters: see words.Shapes): most words of prose are, without
// being hashed. The rest are looked up (see lookupStart), which
// TestLatinStartLead holds this to.
func latinStart(s string, i int) (may bool, end int) {
	if may, end = latinTableStart(s, i); !may && startTableOf().shortWeekdayStart(s, i, end) {
		return true, i
	}
	return may, end
}

// shortWeekdayStart reports whether the word of ASCII letters s[i:e],
// which the table turns away, is a weekday of shortWeekdays that the
// parser reads there, before a month of its language ("pe tammikuuta").
func (t *startTable) shortWeekdayStart(s string, i, e int) bool {
	if !t.passesShortLeads(s, i, e) {
		return false
	}
	_, ok := shortWeekdayAt(s, i, e)
	return ok
}

// passesShortLeads reports whether the word of ASCII letters s[i:e] is
// one of shortWeekdays, by shortLeads.
func (t *startTable) passesShortLeads(s string, i, e int) bool {
	switch e - i {
	case 2:
		return t.shortLeads[pairIndex(s[i], s[i+1])]&1 != 0
	case 3:
		return t.shortLeads[pairIndex(s[i], s[i+1])]&(1<<(s[i+2]&31)) != 0
	}
	return false
}

// latinTableStart is latinStart by the table alone.
func latinTableStart(s string, i int) (may bool, end int) {
	w := s[i:]
	n := letterEnd(s, i) - i
	t := startsReady.Load()
	if t == nil {
		t = startTableOf()
	}
	if n < len(w) && gluedAfter[w[n]] {
		switch {
		case gluedApostrophe(s, i+n):
			if t.apostropheProse(s, i, n) {
				return false, i + n
			}
			return true, i
		case w[n] != '\'' && w[n] != '`':
			return true, i // glued to a byte above 0x7F, a digit, a bracket or a quote
		}
	}
	switch n {
	case 1:
		return t.shorts[pairIndex(w[0], 0)] || romanAdarAt(s, i, i+n), i + n
	case 2:
		return t.shorts[pairIndex(w[0], w[1])] || romanAdarAt(s, i, i+n), i + n
	}
	if n >= 3 {
		p := &t.pairs[pairIndex(w[0], w[1])]
		if p.thirds&(1<<(w[2]&31)) == 0 && (p.lengths&(1<<min(n, 31)) == 0 || p.lasts&(1<<(w[n-1]&31)) == 0) {
			return false, i + n
		}
	}
	if n > 4 && w[0]|0x20 == 'a' && w[1]|0x20 == 'd' && w[2]|0x20 == 'a' && w[3]|0x20 == 'r' {
		return true, i // the table has Adar: its lead is not turned away
	}
	return t.lookupStart(s, i, i+n)
}

// romanAdarAt reports whether the word s[i:e], of one or two letters,
// is the Roman ordinal of an Adar written after it, as Hungarian
// calendars write "I. Ádár", "II. Ádár" (hebrew.AdarRomanBefore): a
// capital I or II, its point and a space, which most words of one or two
// letters are turned away by at once.
func romanAdarAt(s string, i, e int) bool {
	if s[i] != 'I' || s[e-1] != 'I' || e+1 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
		return false
	}
	name, ok := hebrew.MatchMonth(s[i:])
	return ok && name.Spelling.Adar == hebrew.AdarRomanBefore
}

// gluedApostrophe reports whether s[e], after a word's ASCII letters, is
// an ASCII apostrophe (' or `) that glues to the word what follows it: a
// letter, a byte above 0x7F or another apostrophe, which latinWord reads
// on into, or which an occasion's name is matched folding the apostrophe
// away (Chanuc'á, and Chavou'ot with its apostrophe doubled).
func gluedApostrophe(s string, e int) bool {
	if e+1 >= len(s) || s[e] != '\'' && s[e] != '`' {
		return false
	}
	c := s[e+1]
	return script.Class[c]&script.ClassLetter != 0 || c >= 0x80 || c == '\'' || c == '`'
}

// apostropheProse reports whether the word of n ASCII letters at s[i],
// glued to an apostrophe and a letter (city's, mayor's), starts no phrase:
// its first three letters start no word of the table at which a phrase
// may start, and the word the parser reads there (latinWord: city's, with
// the apostrophe and the letters after it) has the shape of no misspelt
// month or weekday name. Every reader of phrase that takes a word with an
// apostrophe in it (a table's word, an occasion's name folded without it,
// a Latin spelling of a Hebrew month) compares its first three letters,
// which are the first three of the table's word (Sh'vat, whose apostrophe
// comes before them, is left to the parser: n is 2). TestMayStartPhrase
// holds it to phrase on every table word with an apostrophe glued in.
//
// English's possessive (mayor's, school's, with nothing after the s) is
// told by the word before it, whatever its first letters: prose if the
// table turns that word away and no occasion's name starts with the word
// and the s, folded without the apostrophe (Sukko's for Sukkos), as
// matchOccasion folds it.
func (t *startTable) apostropheProse(s string, i, n int) bool {
	if n < 3 {
		return false
	}
	if possessive(s, i+n) && n < 48 {
		if may, _ := t.lookupStart(s, i, i+n); may {
			return false
		}
		var buf [49]byte
		folded := append(appendFoldCase(buf[:0], s[i:i+n]), 's')
		return len(occasionTable()[string(folded)]) == 0
	}
	p := &t.pairs[pairIndex(s[i], s[i+1])]
	if p.thirds&(1<<(s[i+2]&31)) != 0 {
		return false
	}
	w := s[i:latinWord(s, i)]
	return !words.MonthSlips.May(w) && !weekdaySlips.may(w)
}

// possessive reports whether English's possessive 's, an ASCII apostrophe
// and an s with no letter after them, is at s[e].
func possessive(s string, e int) bool {
	if e+1 >= len(s) || s[e] != '\'' || s[e+1]|0x20 != 's' {
		return false
	}
	return e+2 == len(s) || s[e+2] < 0x80 && script.Class[s[e+2]]&script.ClassWord == 0 && s[e+2] != '\'' && s[e+2] != '`'
}

// lookupStart is latinStart for the word s[i:j] of ASCII letters, with
// nothing glued to it, by looking it up in the table.
func (t *startTable) lookupStart(s string, i, j int) (may bool, end int) {
	if sl := t.slot(s, i, j); sl != nil {
		if sl.ahead {
			return dayWordStarts(s, i, j, sl.w.kind), j
		}
		if sl.occasion {
			return occasionWordStarts(s, i), j
		}
		return sl.may, j
	}
	// Most words of prose: no slip of a month or weekday either.
	if words.MonthSlips.May(s[i:j]) {
		if _, _, slip := slipMonth(s[i:j]); slip {
			return true, i
		}
	}
	if weekdaySlips.may(s[i:j]) && dateAhead(s, j) {
		if _, slip := slipWeekday(s[i:j]); slip {
			return true, i // saato 24 dicembre
		}
	}
	return false, j
}

// dayWordStarts reports whether a phrase may start at the ordinal word
// of a day s[i:e] (see startSlot.ahead): where a word ahead makes it a
// day's (see dayWordAhead), where it is an Adar's ordinal (see
// ordinalAdarAt), or where it starts an occasion's name, as
// "last" does "the last days of Pesach" (see occasion's spellings); or,
// for the first word of a day written as a number word (kind
// wNumberDay), where its month follows (see numberDayAt).
func dayWordStarts(s string, i, e int, kind wordKind) bool {
	if kind == wNumberDay {
		return numberDayStarts(s, i)
	}
	if dayWordAhead(s, e) {
		return true // the first day of Nisan
	}
	if _, adar := ordinalAdarAt(s, i); adar {
		return true // the first Adar (of 5771)
	}
	_, _, named := oneOccasion(s, i)
	return named
}

// occasionWordStarts reports whether a phrase may start at a word that is
// in the start table only as the first word of an occasion's name or of
// yearBeginsWords (see startSlot.occasion): where the name of one is read
// there, as the occasion reader reads the first of a list (see
// occasionList), or where one of yearBeginsWords and a Hebrew year are,
// which yearBegins reads first. No other reader of phrase starts at such
// a word, as none starts at a word the table does not hold
// (TestMayStartPhrase holds both to phrase).
func occasionWordStarts(s string, i int) bool {
	if _, _, named := oneOccasion(s, i); named {
		return true
	}
	_, _, _, ok := phraseOfHebrewYear(s, i, yearBeginsWords[:])
	return ok
}

// keyWords is the size of startTable.keys: 16384 bits for some 1,700
// keys, where two bits of a word that is none are both set about one time
// in fifty.
const keyWords = 256

// keyBits returns the two bits of startTable.keys for the word s[i:j] of
// three bytes or more, in lower case as slot compares it: a hash of its
// first three bytes, its last two and its length, read without a loop.
func keyBits(s string, i, j int) (a, b uint) {
	const lower = 0x20
	h := uint64(s[i]|lower) | uint64(s[i+1]|lower)<<8 | uint64(s[i+2]|lower)<<16 |
		uint64(s[j-2]|lower)<<24 | uint64(s[j-1]|lower)<<32 | uint64(j-i)<<40
	h *= 0x9E3779B97F4A7C15
	return uint(h>>50) % (keyWords * 64), uint(h>>36) % (keyWords * 64)
}

// slot is the table's slot for the word s[i:j] of ASCII letters, or nil.
func (t *startTable) slot(s string, i, j int) *startSlot {
	if j-i >= 3 {
		if a, b := keyBits(s, i, j); t.keys[a/64]&(1<<(a%64)) == 0 || t.keys[b/64]&(1<<(b%64)) == 0 {
			return nil // as most words are not keys
		}
	}
	h := uint32(fnvOffset)
	for k := i; k < j; k++ {
		h = (h ^ uint32(s[k]|0x20)) * fnvPrime
	}
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		sl := &t.slots[k]
		if !sl.set {
			return nil
		}
		if len(sl.key) == j-i && foldedEqual(s[i:j], sl.key) {
			return sl
		}
	}
}

// foldedEqual reports whether the ASCII letters w are key in lower case.
func foldedEqual(w, key string) bool {
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != key[k] {
			return false
		}
	}
	return true
}

// hebrewStart is latinStart for a word of Hebrew letters at s[i]: whether
// phrase may start a dateline at it, and where none may, the end of the
// word. A word of bare letters (U+05D0-U+05EA) followed by a space or
// punctuation is looked up as it stands, as phrase's readers would look
// it up (see hebrewLookup); any other word (with points, a geresh or
// gershayim, a quote, a dash or digits after it) is left to the parser.
// A word of two letters or more is turned away, with one lookup, if it is
// no word of the tables hebrewLookup reads (see startTable.hebrew)
// and no month's name in Hebrew letters starts with its first two letters
// (see monthThirds), unless it is a numeral of a day: one whose letters add
// up to 30 or less (כי, היא) is read as hebrewLookup reads it, without its
// maps (dayNumeral). Most words of a Hebrew page are turned away, and Find
// crosses them without running the parser; TestHebrewStartLead holds this
// to hebrewLookup.
func hebrewStart(s string, i int) (may bool, end int) {
	j := i
	for j+1 < len(s) && s[j] == 0xD7 && s[j+1] >= 0x90 && s[j+1] <= 0xAA {
		j += 2
	}
	if j == i {
		return true, i
	}
	if j < len(s) {
		switch c := s[j]; {
		case c >= 0x80, c == '"', c == '\'', c == '`', c == '-', c == '(', script.Class[c]&(script.ClassDigit|script.ClassLetter) != 0:
			return true, i
		}
	}
	if onTheDay(s, i, j) {
		// ביום starts no phrase (see onDay) but a counted occasion's
		// day: "ביום ב׳ של סוכות" (see hebrewPhrase).
		if _, _, _, _, ok := countedOccasionAfter(s, j); ok {
			return true, i
		}
	}
	if j-i >= 4 {
		t := startsReady.Load()
		if t == nil {
			t = startTableOf()
		}
		if !t.monthStart(s, i, j) && !t.hasHebrew(s[i:j]) {
			// Neither a month nor a word of the tables: a day in letters
			// (כב), or no start (היא, כי), without hebrewLookup's maps.
			if smallNumeral(s[i:j]) && dayNumeral(s, i, j) {
				return true, i
			}
			if _, ok := hebrewOrdinalDay(s, i); ok {
				return true, i // הרביעי לחודש פברואר
			}
			return false, j
		}
	}
	return hebrewLookup(s, i, j)
}

// dayNumeral reports whether readNumeral reads the word s[i:j] of Hebrew
// letters, all of it, as a day of the month (1 to 30), as hebrewLookup
// asks.
func dayNumeral(s string, i, j int) bool {
	v, n, ok := readNumeral(s, i)
	return ok && n == j-i && v >= 1 && v <= 30
}

// hebrewThird is the bits of monthThirds for the letter at k[i]: its own,
// or all of them if none is there.
func hebrewThird(k string, i int) uint32 {
	if isHebrewLetter(k, i) {
		return 1 << (k[i+1] & 31)
	}
	return ^uint32(0)
}

// monthStart reports whether a month's name in Hebrew letters may start
// with the word s[i:j] of two bare Hebrew letters or more (see
// monthThirds).
func (t *startTable) monthStart(s string, i, j int) bool {
	thirds := t.monthThirds[hebrewPair(s[i+1], s[i+3])]
	if j-i < 6 {
		return thirds != 0
	}
	return thirds&(1<<(s[i+5]&31)) != 0
}

// hasHebrew reports whether w, two Hebrew letters or more, is one of
// t's Hebrew words.
func (t *startTable) hasHebrew(w string) bool { return t.hebrewSlot(w) != nil }

// hebrewSlot is t's slot of w, two Hebrew letters or more, or nil.
func (t *startTable) hebrewSlot(w string) *hebrewSlot {
	if t.hebrewLeads[hebrewPair(w[1], w[3])]&hebrewNext(w) == 0 {
		return nil
	}
	for j := fnv(w) & t.hebrewMask; ; j = (j + 1) & t.hebrewMask {
		switch sl := &t.hebrew[j]; sl.key {
		case w:
			return sl
		case "":
			return nil
		}
	}
}

// A hebrewSlot is a word of bare Hebrew letters in the start table: what
// hebrewWords knows of it (w, if roles has roleWord) and the tables
// hebrewLookup finds it in.
type hebrewSlot struct {
	key   string
	w     word
	roles hebrewRoles
}

// hebrewRoles are the tables a word of bare Hebrew letters is in, as
// hebrewLookup reads them.
type hebrewRoles uint8

const (
	roleWord           hebrewRoles = 1 << iota // a word of hebrewWords
	roleBetMonth                               // ב and a month of hebrewWords
	roleOccasion                               // the first word of an occasion's name
	roleBetOccasion                            // ב and such a word (see onOccasion)
	roleNumber                                 // a number of a day in words
	roleNumberPrefixed                         // one after ב, ל, מ or ה (see dayWordPrefix)
)

// hebrewRolesOf returns what the tables know of the word w of bare Hebrew
// letters: its word in hebrewWords, and the tables it is in.
func hebrewRolesOf(w string) (word, hebrewRoles) {
	var roles hebrewRoles
	v, ok := hebrewWords[w]
	if ok {
		roles |= roleWord
	}
	if len(w) > 2 && w[:2] == "ב" {
		if m, ok := hebrewWords[w[2:]]; ok && m.kind == wMonth {
			roles |= roleBetMonth
		}
	}
	if occasionPrefix(w) > 0 {
		roles |= roleBetOccasion
	}
	if len(occasionTable()[w]) > 0 {
		roles |= roleOccasion
	}
	if dayWordNumber(w) {
		roles |= roleNumber
	} else if len(w) > 2 && dayWordPrefix(w[:2]) && dayWordNumber(w[2:]) {
		roles |= roleNumberPrefixed
	}
	return v, roles
}

// dayWordNumber reports whether w is a first word of a day in words: a
// unit or a ten (see hebrewDayWords).
func dayWordNumber(w string) bool {
	_, unit := hebrewUnits[w]
	_, ten := hebrewTens[w]
	return unit || ten
}

// dayWordsGoOn reports whether what follows the first word of a day in
// words, which ends at s[j], may go on with the day: its ten (עשר, עשרה),
// a unit after ו (עשרים ואחד), or a month's name, after the prefix ב or
// not, or "לחודש" or "בחודש" (of, in the month).
func dayWordsGoOn(s string, j int) bool {
	if j+1 >= len(s) || s[j] != ' ' || s[j+1] != 0xD7 {
		return false
	}
	w, _ := hebrewWordAt(s, j+1)
	switch {
	case w == "עשר" || w == "עשרה" || w == "לחודש" || w == "לחדש" || w == "בחודש" || w == "בחדש":
		return true
	case len(w) > 2 && w[:2] == "ו" && dayWordNumber(w[2:]):
		return true
	}
	k := j + 1
	if strings.HasPrefix(s[k:], "ב") {
		k += len("ב")
		if w, _ := hebrewWordAt(s, k); hebrewWords[w].kind == wMonth {
			return true // הארבעה במאי: a Gregorian month (see hebrewWordsFirst)
		}
	}
	_, ok := hebrew.MatchMonth(s[k:])
	return ok
}

// hebrewNext is the bit of startTable.hebrewLeads for what follows the
// first two letters of w, a word of two Hebrew letters or more.
func hebrewNext(w string) uint64 {
	if len(w) < 6 {
		return 1 << 32
	}
	return 1 << (w[5] & 31)
}

// fnv is the FNV-1a hash of s.
func fnv(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// letterValues are the values of the Hebrew letters, by the second byte
// of each (see hebrewPair).
var letterValues = func() (t [32]int) {
	for i, v := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90, 100, 200, 300, 400} {
		t[(0x90+i)&31] = v
	}
	return t
}()

// smallNumeral reports whether the bare Hebrew letters w add up to no
// more than 30, as a numeral of a day must: readNumeral reads them as
// their sum, or as thousands and more.
func smallNumeral(w string) bool {
	sum := 0
	for k := 1; k < len(w); k += 2 {
		if sum += letterValues[w[k]&31]; sum > 30 {
			return false
		}
	}
	return true
}

// readsOn reports whether the word after Rosh or Erev at s[i:j] (ראש,
// ערב), past one space, may be one that the parser reads with it: a word
// its lookup takes at a start (a word of the tables, an occasion's first
// word, a month, a day's numeral), or the second word of an occasion's
// name that starts with it (ראש השנה). A word of bare letters that is
// none of them (ראש העיר, ערב שירה) is not; anything else after Rosh or
// Erev (a mark, a digit, punctuation) is left to the parser.
func readsOn(s string, i, j int) bool {
	k := j + 1
	if j >= len(s) || s[j] != ' ' || !isHebrewLetter(s, k) {
		return true
	}
	m := k + script.HebrewRun(s, k)
	if m < len(s) && (s[m] >= 0x80 || s[m] == '"' || s[m] == '\'' || s[m] == '`' || s[m] == '-' || script.Class[s[m]]&(script.ClassDigit|script.ClassLetter) != 0) {
		return true // glued to a mark, a quote or a letter: see hebrewStart
	}
	if may, _ := hebrewLookup(s, k, m); may {
		return true
	}
	occasionTable()
	var buf [96]byte
	two := append(append(append(buf[:0], s[i:j]...), ' '), s[k:m]...)
	return len(occasionByTwo[string(two)]) > 0
}

// onOccasion reports whether the word s[i:j] is Hebrew's prefix ב (on),
// or another of occasionPrefixes, glued to the first word of an
// occasion's name, and the name follows in full: בפסח, בפורים, ביום
// הכיפורים, בראש השנה, ובפורים. The prefix glued to such a word without
// the rest of a name (ביום, on the day; בראש, at the head; בחג, on the
// holiday) is prose, and starts no phrase.
func onOccasion(s string, i, j int) bool {
	n := occasionPrefix(s[i:j])
	if n == 0 {
		return false
	}
	_, _, ok := matchOccasion(s, i+n, false)
	return ok
}

// hebrewPair is the index in startTable's hebrewPairs of two Hebrew
// letters by the second byte of each.
func hebrewPair(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// hebrewLookup is hebrewStart for the word s[i:j] of bare Hebrew letters
// with a space or punctuation after it: a phrase may start at a month of
// either calendar (also after the prefix ב), a word of the tables
// (weekdays, Yom, Erev, Rosh, the letters' names, eras), the first word
// of an occasion's name, a number of a day written in words, or a day in
// letters (כב, ל).
func hebrewLookup(s string, i, j int) (may bool, end int) {
	w := s[i:j]
	var v word
	var roles hebrewRoles
	if t := startsReady.Load(); t != nil && len(w) >= 4 {
		// One lookup of the word in the start table, which has every
		// word of two letters or more of the tables below.
		if sl := t.hebrewSlot(w); sl != nil {
			v, roles = sl.w, sl.roles
		}
	} else {
		v, roles = hebrewRolesOf(w)
	}
	switch {
	case roles&roleWord != 0:
		if (v.kind == wRosh || v.kind == wErev) && !readsOn(s, i, j) {
			return false, j // ראש העיר (the mayor), ערב שירה (an evening of song)
		}
		return true, i
	case roles&(roleBetMonth|roleOccasion|roleNumber) != 0,
		roles&roleBetOccasion != 0 && onOccasion(s, i, j):
		return true, i
	case roles&roleNumberPrefixed != 0:
		// בשנים, לשלוש, מארבע: a number after a prefix starts a date
		// only before the rest of a day in words or a month; most are
		// prose (in years, to three, from four), which the scan crosses
		// without the parser.
		if dayWordsGoOn(s, j) {
			return true, i
		}
		return false, j
	}
	if dayNumeral(s, i, j) {
		return true, i
	}
	if w == "ש" && afterOnDay(s, i) {
		// ביום ש 2.3.2024: Shabbat's letter after ביום, bare, as
		// bareWeekday reads it; the letters of the other days are
		// days' numerals, ש none (300), and "ביום ש 2.3.2024" was
		// refused at the letter where "ביום ב 4.3.2024" was read.
		return true, i
	}
	if _, ok := hebrew.MatchMonth(s[i:]); ok {
		return true, i
	}
	return false, j
}
