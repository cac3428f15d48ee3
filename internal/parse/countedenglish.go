package parse

import "github.com/dualdate/dualdate/internal/layout"

// An occasion's day or night counted in English words before its name,
// where the name stands in the sentence of a date that a clause parts
// from it: "on Monday, Dec. 26 followed by a community-wide celebration
// on the third night of Chanukah" (WFLA, the 279th held-out round). The
// parser reads the words where a dateline opens with them ("the third
// night of Chanukah" is the evening that begins Chanukah's third day; see
// numberedOccasion and countedOccasion), but the sentence's occasion is
// found by its name alone (see SentenceOccasion), which was Chanukah's
// first day: the date was read in 2005, whose Chanukah began on Monday,
// December 26, where the page's is 2016's third night.

// CountedOccasionBefore reads, right before name, a Holiday field that
// SentenceOccasion found in text, English's words that count one of the
// occasion's days or nights: an ordinal in words or digits ("third",
// "3rd", "last"), "day" or "night", and "of". It returns where the words
// start and the name's field as the parser reads it after them, with the
// Shift and the flags that say which day or evening (see
// numberedOccasion), or ok false: the words are another reading's, or
// count nothing ("the day of Chanukah").
func CountedOccasionBefore(text string, name Field) (start int, f Field, ok bool) {
	if name.Kind != layout.Holiday || name.Start <= 0 || name.End > len(text) {
		return name.Start, name, false
	}
	k := trimSpaceBefore(text, name.Start)
	of := wordBefore(text, k)
	if k == name.Start || of == k || !foldEquals(text[of:k], "of") {
		return name.Start, name, false
	}
	k = trimSpaceBefore(text, of)
	d := wordBefore(text, k)
	if k == of || d == k || !foldEquals(text[d:k], "day") && !foldEquals(text[d:k], "night") && !foldEquals(text[d:k], "candle") {
		return name.Start, name, false
	}
	k = trimSpaceBefore(text, d)
	o := markedWordBefore(text, k)
	if k == d || o == k {
		return name.Start, name, false
	}
	r, err := Parse(text[o:name.End])
	if err != nil || len(r.Fields) != 2 || r.Fields[0].Kind != layout.Literal {
		return name.Start, name, false
	}
	c := r.Fields[1]
	if c.Kind != layout.Holiday || c.Value != name.Value || c.End != name.End-o ||
		c.Shift == 0 && c.Flags&(Night|Counted|LastDay) == 0 {
		return name.Start, name, false
	}
	c.Start, c.End = name.Start, name.End
	return o, c, true
}
