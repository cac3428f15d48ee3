package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/layout"
)

// maxSentenceOccasionWords and maxSentenceOccasionGap are the most
// words and bytes between a date and the occasion its sentence names
// that SentenceOccasion reads: a clause's subject and verb, and an object
// ("celebrates Hanukkah with a free evening of events and activities on
// Wednesday, December 13", nine words).
const (
	maxSentenceOccasionWords = 12
	maxSentenceOccasionGap   = 120
)

// SentenceOccasion returns a Holiday field for the occasion that the
// sentence holding a date at text[start:end] names near it, with no digit
// but a time of day's after the date, and no mark that ends a clause
// between (see occasionGap): the first
// after the date, or else the last before it; or ok false. A page tells
// which day an occasion is in prose more often than by a dateline's
// layout: "Tisdag 15 april stängt pesach 1", "Sunday, December 14, to
// light the first candle of Hanukkah" (incoming.tsv and a made-up
// variant, whose dates were read without the occasion, in the year
// nearest the reference that fits the weekday). Package dateline checks
// the date with the occasion where the two fit each other.
func SentenceOccasion(text string, start, end int) (f Field, ok bool) {
	words := 0
	for j := end; j < len(text) && j-end <= maxSentenceOccasionGap; j++ {
		c := text[j]
		if j > end && text[j-1] == ' ' {
			if e := clockEnd(text, j); e > j {
				// The date's hour, no other date: "Svētdien, 12.
				// martā pl. 15.00 ... ielūdz uz Purima svētkiem".
				j = e - 1
				continue
			}
		}
		if occasionGap(text, j) {
			break
		}
		if c != ' ' || j+1 >= len(text) || text[j+1] == ' ' {
			continue
		}
		if words++; words > maxSentenceOccasionWords {
			break
		}
		if f, ok := occasionNamedAt(text, j+1); ok {
			return f, true
		}
	}
	i := sentenceStart(text, start)
	if i < 0 {
		return Field{}, false
	}
	cut := i < start-maxSentenceOccasionGap // then no word is known to start at i
	i = max(i, start-maxSentenceOccasionGap)
	found := false
	for j := i; j < start; j++ {
		if occasionGap(text, j) && !(text[j] == '(' && strings.IndexByte(text[j:start], ')') < 0) {
			// An occasion before a clause's end is another clause's;
			// not before the bracket the date is in ("pesah alkaa
			// samana päivänä kuin kristittyjen pitkäperjantai
			// (30.3.2018)", "pészah ünnepét (idén április 22–30.
			// között)").
			found = false
			continue
		}
		if (j > i || cut) && text[j-1] != ' ' || found && j < f.End {
			continue
		}
		if o, ok := occasionNamedAt(text, j); ok && o.End <= start {
			f, found = o, true
		}
	}
	if found && wordCount(text[f.End:start]) <= maxSentenceOccasionWords {
		return f, true
	}
	return Field{}, false
}

// occasionNamedAt returns a Holiday field for the occasion named at
// text[i], with a word for its eve before it or not ("kad je Erev
// Hanuka": the day before, as erevOccasion reads it), or ok false: not
// one after a word that makes it a point of reference ("The day before
// Purim, Saturday, March 23, 2024"; see referenceWords).
func occasionNamedAt(text string, i int) (Field, bool) {
	if referenceBefore(text, i) {
		return Field{}, false
	}
	if w, e, ok := wordAt(text, i); ok && w.kind == wErev && !kabbalatWord(text, i, e) {
		k := erevOf(text, skipSpace(text, e))
		if idx, end, ok := oneOccasion(text, k); ok && sederOf(text, i, e, idx) {
			f := occasionField(text, layout.Holiday, idx, k, end)
			f.Shift = 1
			return f, true
		}
		return Field{}, false
	}
	if idx, e, ok := oneOccasion(text, i); ok {
		return occasionField(text, layout.Holiday, idx, i, e), true
	}
	if idx, e, ok := matchDeclined(text, i); ok {
		return occasionField(text, layout.Holiday, idx, i, e), true // uz Purima svētkiem
	}
	return Field{}, false
}

// occasionGap reports whether text[j] parts a date from an occasion of
// its sentence: a digit, as of another date or a count between; a mark
// that ends a sentence or a clause; or a line break.
func occasionGap(text string, j int) bool {
	switch c := text[j]; {
	case c >= '0' && c <= '9', c == '\n', c == ';', c == ':', c == '(', c == ')', c == '|':
		return true
	case c == '.' && j+2 < len(text) && text[j+1] == ' ' && clockAt(text, j+2):
		return false // an abbreviation before the hour: "pl. 15.00" (Latvian plkst.)
	case c == '.' || c == '!' || c == '?':
		return j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\n'
	}
	return false
}

// wordCount counts the words of s, parted by spaces.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			n, in = n+1, true
		}
	}
	return n
}

// celebratedWords are the verbs that say an occasion is kept that
// celebrateWords and beginsWords leave to a dateline's own grammar: the
// English verbs, and the passives and reflexives that come after the
// name ("Am 22. Dezember 2019 wird Chanukka gefeiert", incoming.tsv;
// "Hanoucca est célébrée", "Ханука отмечается").
var celebratedWords = [...]string{
	"celebrate", "celebrates", "celebrated", "celebrating", "observe", "observes", "observed", "begin",
	"feiern", "feiert", "gefeiert", "begangen", "vieren", "viert", "gevierd", "firar", "firas", "fejrer", "fejres", "feirer", "feires",
	"célébrée", "célébré", "célébrées", "célébrés", "fêtée", "fêté", "fêtent", "fête",
	"celebrada", "celebrado", "celebradas", "celebrados", "comemorada", "comemorado", "festejada", "festejado",
	"celebrata", "celebrato", "festeggiata", "festeggiato", "sărbătorită", "sărbătorit", "sărbătorește", "celebrat", "celebrată",
	"отмечается", "празднуется", "відзначається", "святкується",
	"obchodzone", "obchodzony", "obchodzona", "obchodzi", "świętuje", "slaví", "kutlanır", "kutlanıyor", "kutlandı", "kutlanacak",
}

// maxCelebratedAfter is the most words after an occasion's name that
// OccasionKept looks at for a verb: the participle that ends a German
// or Dutch clause ("wird Chanukka gefeiert").
const maxCelebratedAfter = 2

// OccasionKept reports whether the words from end, a date's end, to the
// end of occasion f named after it, or the few after the name, hold a
// verb that says the occasion begins or is kept then (beginsWords,
// startsWords, celebrateWords, celebratedWords, and the Slavic "begins
// (to celebrate)" of beginToWords): the sentence says the
// date is the occasion's, where "z okazji Tu Bi-Szwat" (on the occasion
// of) or "we bought candles for Hanukkah" name it only as a purpose.
func OccasionKept(text string, end int, f Field) bool {
	stop := f.End
	for range maxCelebratedAfter {
		k := skipSpace(text, stop)
		if k == stop || k >= len(text) {
			break // a mark after the name ends its clause
		}
		e := k
		for e < len(text) && text[e] != ' ' && text[e] != ',' && !occasionGap(text, e) {
			e++
		}
		if e == k {
			break
		}
		stop = e
	}
	for i := end; i < stop; {
		j := i
		for j < stop && text[j] != ' ' && text[j] != ',' {
			j++
		}
		w := text[i:j]
		if j > i && (isWordOf(w, beginsWords[:]) || isWordOf(w, startsWords[:]) ||
			isWordOf(w, celebrateWords[:]) || isWordOf(w, celebratedWords[:]) || isWordOf(w, beginToWords[:])) {
			return true
		}
		i = j + 1
	}
	return false
}

// OccasionBegun reports whether the words right before text[day], the
// first of a date's day, month or weekday after an occasion's name that
// ends at text[from], are a verb that says the occasion begins
// (beginsWords, startsWords), with at most two short words after it
// (a preposition, a reflexive's "się"): "Суккот длится семь дней, в 2025
// году он начинается с 6 октября" (incoming.tsv) names the festival that
// begins on the date's evening. Words between the verb and the date ("at
// sundown", "before dinner on") or a comma are the dateline's grammar or
// another clause, and "Sukkot ends on 13 October" names another day.
func OccasionBegun(text string, from, day int) bool {
	end := day
	for short := 0; ; short++ {
		i := strings.TrimRight(text[from:end], " ")
		if len(i) == len(text[from:end]) || len(i) == 0 {
			return false // no space before the word, or no word
		}
		start := from + strings.LastIndexByte(i, ' ') + 1
		w := text[start : from+len(i)]
		if isWordOf(w, beginsWords[:]) || isWordOf(w, startsWords[:]) {
			return true
		}
		if short == 2 || utf8.RuneCountInString(w) > 3 || strings.ContainsAny(w, ",;:()") {
			return false
		}
		end = start
	}
}

// OccasionBegunAfter reports whether the word right after a date that
// ends at text[end] is a verb that says an occasion named before the date
// begins (beginsWords, startsWords), as languages that end a clause with
// its verb word it: "Sukot Bayramı, bu yıl 6 Ekim'de başlıyor" (Turkish,
// incoming.tsv) and "A hanuka idén december 14-én kezdődik" were the
// date alone, its Hebrew date the daytime's.
func OccasionBegunAfter(text string, end int) bool {
	k := skipSpace(text, end)
	if k == end || k >= len(text) {
		return false // a mark after the date ends its clause
	}
	e := k
	for e < len(text) && text[e] != ' ' && text[e] != ',' && !occasionGap(text, e) {
		e++
	}
	w := text[k:e]
	return e > k && (isWordOf(w, beginsWords[:]) || isWordOf(w, startsWords[:]))
}
