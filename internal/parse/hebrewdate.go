package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	namewords "github.com/dualdate/dualdate/internal/words"
)

// hebrewWord looks up a Hebrew word, also without the prefix ב before a
// Gregorian month name (בספטמבר).
func (p *parser) hebrewWord(i, e int) (word, bool) {
	if w, ok := lookupHebrew(p.s, i, e); ok {
		return w, true
	}
	if e-i > 2 && p.s[i:i+2] == "ב" {
		if w, ok := lookupHebrew(p.s, i+2, e); ok && w.kind == wMonth {
			return w, true
		}
	}
	if lamedMonth(p.s, i, e) {
		w, _ := lookupHebrew(p.s, i+2, e)
		return w, true
	}
	return word{}, false
}

// lamedMonth reports whether s[i:e] is a Gregorian month's name in Hebrew
// script after the prefix ל (of, to), as Hebrew writes a date after its
// day too: "2 ליולי 2020" (the 2nd of July 2020), beside "2 ביולי 2020".
// The prefix is the dateline's text, which a layout writes before the
// month (see monthField). A Hebrew month after ל (י״ד לניסן) is
// hebrew.MatchMonth's.
func lamedMonth(s string, i, e int) bool {
	if e-i <= 2 || s[i:i+2] != "ל" {
		return false
	}
	w, ok := lookupHebrew(s, i+2, e)
	return ok && w.kind == wMonth && w.form == layout.Script
}

// hebrewDayField reads a day of the month written in Hebrew letters at i
// (ב׳, כ״ב, טו).
func hebrewDayField(s string, i int) (Field, bool) {
	if i >= len(s) || s[i] != 0xD7 {
		return Field{}, false
	}
	v, n, ok := readNumeral(s, i)
	if !ok || v < 1 || v > 30 {
		if v, n, ok = innerGereshDay(s, i); !ok {
			return Field{}, false
		}
	}
	e := i + n
	if letterAfter(s, e) {
		return Field{}, false
	}
	return Field{Element: layout.Element{Form: layout.Numeral, Punct: punctOf(s, i, e)}, Value: v, Start: i, End: e}, true
}

// innerGereshDay reads at s[i] a day of two letters with a geresh between
// them, as tombstone transcriptions and some pages type a gershayim with
// one mark: "בכ'ו שבט תרנז לפ"ק" (on 26 Shevat 5657). In a numeral, a
// geresh after the first letter closes its thousands (ה׳תשפ״ד), so that
// כ'ו reads as 20006; but a day has no thousands, and its first letter is
// a ten (י, כ) or the ט of ט״ו and ט״ז, before a unit: 11 to 29 but 15 and
// 16 written with י. It returns the day and its length, or false.
func innerGereshDay(s string, i int) (v, n int, ok bool) {
	// The first letter is ט, י or כ, and a geresh follows it: ' or ׳
	// (0xD7 0xB3) or ’ (0xE2), tested by byte before anything is decoded.
	if i+3 >= len(s) || s[i] != 0xD7 || s[i+1] != 0x98 && s[i+1] != 0x99 && s[i+1] != 0x9B ||
		s[i+2] != '\'' && s[i+2] != 0xD7 && s[i+2] != 0xE2 {
		return 0, 0, false
	}
	r1, n1 := decode(s, i)
	g, ng := decode(s, i+n1)
	r2, n2 := decode(s, i+n1+ng)
	if !script.IsGeresh(g) || r2 < 'א' || r2 > 'ט' || letterAfter(s, i+n1+ng+n2) {
		return 0, 0, false
	}
	unit := int(r2-'א') + 1
	switch {
	case r1 == 'ט' && (unit == 6 || unit == 7):
		return 9 + unit, n1 + ng + n2, true
	case r1 == 'י' && unit != 5 && unit != 6:
		return 10 + unit, n1 + ng + n2, true
	case r1 == 'כ':
		return 20 + unit, n1 + ng + n2, true
	}
	return 0, 0, false
}

// letterAfter reports whether a Hebrew letter follows s[:e], after
// points or combining marks if any: a numeral read up to e is then part
// of a word (ט̑שבט), which a layout would write glued to the next (בטבת).
func letterAfter(s string, e int) bool {
	for {
		r, n := decode(s, e)
		if n == 0 || !script.IsMark(r) && (r < 0x300 || r > 0x36F) {
			return script.IsHebrewLetter(r)
		}
		e += n
	}
}

// hebrewYear reads an optional Hebrew year at k: , 5784 or תשפ״ד or
// ה׳תשפ״ד. It returns the end, or -1 if a year was required and missing.
func (p *parser) hebrewYear(k int) (int, bool) {
	s := p.s
	if f, ok := p.yearAfterSlash(k); ok {
		p.add(f) // 9 / Kislev / 5777
		return f.End, true
	}
	k = pastComma(s, k)
	k = asideBeforeYear(s, k)            // 2 de Kislev (este año Shabat) de 5784
	k = calendarLabel(s, k)              // the 3rd of Tammuz (Hebrew calendar) in 1994
	k = skipSpace(s, skipDateJoin(s, k)) // Adar I de 5784
	if f, ok := hebrewYearInWords(s, k); ok {
		p.add(f) // the month Ab, in the year five thousand six hundred and three
		return f.End, true
	}
	if yearInWords(s, k) || hebrewYearWordsAt(s, k) {
		p.unreadYear = true
		return k, p.fail(k, "a year in digits or Hebrew letters")
	}
	k = skipSpace(s, skipYearWords(s, k, true)) // Tishrei do ano 5779, Tischri AM 5782
	if _, _, ok := pointedThousands(s, k, 5, 5); ok {
		// "15 de Nisan no ano de 5.783": a Hebrew year written with a
		// point after its thousands, as a Portuguese page may print a
		// number. It was left out, and the date read in the Hebrew year
		// nearest the reference, 5784, with only an info; the year is
		// stated, in a way this reader does not read (as "de 1.971"
		// after a civil date was, which pointedYear now reads as 1971).
		p.unreadYear = true
		return k, p.failRange(k, "a Hebrew year in digits without a point (5783, not 5.783)")
	}
	if isDigit(s, k) && k > 0 && script.IsWordRune(lastRuneOf(s, k)) {
		// Digits glued to the month's letters (באדר1) are no year: its
		// layout would write the year glued on, which reads as no month.
		return k, false
	}
	if v, e, digits := number(s, k); digits == 4 && e < len(s) && s[e] == '/' {
		// 5748/1988: the civil year glued on with a slash (see civilYear).
		if y, ok := civilYear(s, e, v); ok {
			p.add(Field{Element: layout.Element{Kind: layout.HebrewYear}, Value: v, Start: k, End: e})
			p.add(y)
			return y.End, true
		}
	}
	if f, ok := p.yearAfterBar(k); ok {
		p.add(f)
		return f.End, true
	}
	if f, ok := p.yearAfterDash(k); ok {
		p.add(f)
		return f.End, true
	}
	if f, ok := prefixedYear(s, k); ok {
		p.add(f) // בתשפ״ד: in 5784
		return f.End, true
	}
	if f, ok := hebrewYearField(s, k); ok {
		if g, e := smallCount(s, f); e > f.End {
			p.add(g) // 12. ijaru 370 podle malého počtu: 5370
			p.push(Field{Element: layout.Lit(s[g.End:e]), Start: g.End, End: e})
			p.last = e
			return e, true
		}
		p.add(f)
		if y, ok := civilYear(s, f.End, f.Value); ok {
			p.add(y)
			return y.End, true
		}
		return f.End, true
	}
	if f, ok := p.shortHebrewYear(k); ok {
		p.add(f)
		return f.End, true
	}
	if _, e, digits := number(s, k); digits > 4 && yearEnds(s, e) {
		p.failRange(k, "a Hebrew year from 1 to 9999")
	}
	// A year of one or two digits, as in the first years of the calendar
	// ("1 Tishrei 1"), only after a day and at the end of the dateline or
	// before a separator: elsewhere such a number is a day.
	if v, e, digits := number(s, k); digits >= 1 && digits <= 2 && p.has(layout.HebrewDay) && yearEnds(s, e) {
		if r, n := decode(s, skipSpace(s, e)); n == 0 || r == '|' || r == '(' {
			p.add(Field{Element: layout.Element{Kind: layout.HebrewYear}, Value: v, Start: k, End: e})
			return e, true
		}
	}
	if f, ok := p.yearInBrackets(k); ok {
		p.add(f)
		if isDigit(s, f.Start) {
			// A year in digits may have the civil year after its
			// bracket, as a translation of an epitaph writes both:
			// "zmarła 13 dnia miesiąca Adar roku (5675) 1915".
			if y, ok := civilYear(s, skipSpace(s, f.End)+1, f.Value); ok {
				p.add(y)
				return y.End, true
			}
		}
		return f.End, true
	}
	return k, false
}

// shortHebrewYear reads at s[k] a Hebrew year written by its last two
// letters, its tens and units with their marks, after a Hebrew day and
// month: "י״ב שבט פ״א" (Chabad.fm, with two apostrophes for each
// gershayim), as pages cut תשפ״א to פ״א and a civil year to '21. It is a HebrewYear of form TwoDigit whose value is the two
// letters' (81); package dateline takes its century as it takes a
// two-digit civil year's. Only two letters with gershayim (or a double
// quote, or two apostrophes) with no Hebrew word or number after them on
// their line are read, and not the honorifics a name takes that a
// numeral's letters spell (ע״ה, ז״ל, נ״י).
func (p *parser) shortHebrewYear(k int) (Field, bool) {
	s := p.s
	if k >= len(s) || s[k] != 0xD7 || !p.has(layout.HebrewDay) || !p.has(layout.HebrewMonth) || p.has(layout.HebrewYear) {
		return Field{}, false
	}
	v, n, ok := readNumeral(s, k)
	e := k + n
	if !ok || v < 10 || v > 99 || letterBytes(s, k, e) != 2*len("א") || punctOf(s, k, e) != layout.Gershayim && punctOf(s, k, e) != layout.ASCII || letterAfter(s, e) {
		return Field{}, false
	}
	switch v {
	case 75, 37, 60: // ע״ה, ז״ל, נ״י: an honorific after a name
		return Field{}, false
	}
	j := e
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if r, _ := decode(s, j); script.IsHebrewLetter(r) || isDigit(s, j) {
		return Field{}, false // י״ב שבט פ״א נפטר: a word of prose after it, or a number
	}
	alone := j == len(s) || s[j] == '\n' || s[j] == '\r'
	if p.last < k && !alone && strings.ContainsAny(s[p.last:k], "\n\r\u2028\u2029\u0085") || v <= 30 && dayRangeAfter(s, j) {
		// The first word of the next line, or the first day of a range
		// of days: "בכ״ב באדר א׳\nכ״ב–כ״ה באדר א׳ תשפ״ד" (a <br> between
		// them in a page) was 22 Adar I 5722, and the range on the
		// next line lost its first day, with nothing said. Alone on
		// its line, the year is the date's, wrapped (see nextLineYear).
		return Field{}, false
	}
	f := Field{Element: layout.Element{Kind: layout.HebrewYear, Form: layout.TwoDigit, Punct: punctOf(s, k, e)}, Value: v, Start: k, End: e}
	return f, true
}

// dayRangeAfter reports whether a dash and a day follow at s[j] (spaces
// around the dash allowed): "כ״ב–כ״ה", "ט״ו - ט״ז", "כ״ב-25". The numeral
// before them begins a range of days, not a year.
func dayRangeAfter(s string, j int) bool {
	r, n := decode(s, j)
	if n == 0 || !script.IsDash(r) {
		return false
	}
	j = skipSpace(s, j+n)
	if isDigit(s, j) {
		return true
	}
	v, _, ok := readNumeral(s, j)
	return ok && v >= 1 && v <= 30
}

// yearAfterBar reads the year of a Hebrew day and month after a bar at
// s[k], as a table's cells flattened to text print a date: "שבת | יח טבת
// | ה׳תש״ג". Only a year in Hebrew letters with its marks (ה׳תש״ג, תש״ג,
// ה'תשפ"ד) is read over a bar, which nothing else of a dateline writes:
// digits after one may be the other calendar's, and a bare numeral a
// word of prose. It is looked at only where a bar follows the month.
func (p *parser) yearAfterBar(k int) (Field, bool) {
	s := p.s
	b := skipSpace(s, k)
	if b >= len(s) || s[b] != '|' || !p.has(layout.HebrewDay) || p.has(layout.HebrewYear) {
		return Field{}, false
	}
	j := skipSpace(s, b+1)
	f, ok := hebrewYearField(s, j)
	if !ok || j >= len(s) {
		return Field{}, false
	}
	if s[j] == 0xD7 && f.Punct == layout.Bare || s[j] != 0xD7 && (f.End-f.Start != 4 || f.Value < 3000 || f.Value > 6999) {
		return Field{}, false
	}
	return f, true
}

// yearAfterDash reads the year of a Hebrew day and month after a dash at
// s[k], spaced on both sides, and after the bracket that closes the
// dateline's aside before it, if any: a title sets the year after its
// occasion and date, "Tu B’Shvat [15 de Shevat] – 5785" (Comunidad Shalom
// Ubrajot, the hundred-and-seventh held-out round), which was read
// without its year, as 15 Shevat of the year nearest the reference with
// only an info. Only four digits from 3000 to 6999 that end their clause
// are read (see clauseEnds): a number after a dash may be a range's end
// or a count, and a civil year is the other calendar's. An occasion's
// name takes its year so too: "Soekos – 5784" (Jad Ezra, jadezra.nl, the
// hundred-and-thirty-second held-out round) was not read, where "Soekot,
// 5784" was; and a weekly portion too, which names its Shabbat in the
// year, "Parashat Noach - 5784". A year in Hebrew letters, which no count
// or range's end is written in, is read so wherever its clause goes on,
// as it is without the dash, if its gershayim or geresh mark it as a
// numeral and it is 5001 or later: "ש״פ ויקהל-פקודי - פרשת החודש -
// תשס״ו" (Haoros UBiurim, haoros.com, the two-hundred-and-eighty-first
// held-out round) was not read, where "ש״פ ויקהל-פקודי, שבת החודש,
// תשס״ו" was. A numeral that a month follows is a day ("פורים - י״ד
// באדר"), and ה׳ alone a count of thousands.
func (p *parser) yearAfterDash(k int) (Field, bool) {
	s := p.s
	dated := p.has(layout.HebrewDay) && p.has(layout.HebrewMonth) || p.has(layout.Holiday) || p.has(layout.Portion)
	if !dated || p.has(layout.HebrewYear) || k >= len(s) {
		return Field{}, false
	}
	if open := openerOf(s[k]); open != 0 && strings.IndexByte(s[p.start:k], open) >= 0 {
		k++ // ] closes the aside the dateline opened: "[15 de Shevat] – 5785"
	}
	d := skipSpace(s, k)
	r, n := decode(s, d)
	if d == k || !script.IsDash(r) {
		return Field{}, false
	}
	j := skipSpace(s, d+n)
	if j == d+n {
		return Field{}, false
	}
	if j < len(s) && s[j] == 0xD7 {
		f, ok := hebrewYearField(s, j)
		if !ok || f.Punct == layout.Bare || f.Value <= 5000 {
			return Field{}, false
		}
		if _, month := hebrew.MatchMonth(s[skipSpace(s, f.End):]); month {
			return Field{}, false // a day and its month: פורים - י״ד באדר
		}
		return f, true
	}
	v, e, digits := number(s, j)
	if digits != 4 || v < 3000 || v > 6999 || !clauseEnds(s, e) {
		return Field{}, false
	}
	return Field{Element: layout.Element{Kind: layout.HebrewYear}, Value: v, Start: j, End: e}, true
}

// closerOf returns the bracket that closes the opening bracket c, or 0.
func closerOf(c byte) byte {
	switch c {
	case '[':
		return ']'
	case '(':
		return ')'
	}
	return 0
}

// openerOf returns the bracket that the closing bracket c closes, or 0.
func openerOf(c byte) byte {
	switch c {
	case ']':
		return '['
	case ')':
		return '('
	}
	return 0
}

// yearInBrackets reads the year of a Hebrew day and month in brackets
// after them, as Hebrew pages add it: "ט"ו בשבט (תשפ"ה)", and after the
// words that say "(which falls) this year" (see thisYearWords): "אור
// לארבעה עשר בניסן שיחול השנה (תשפ"ד)". The day was read in the year
// nearest the reference, as if the text named none. Only a year in
// Hebrew letters with its marks, the bracket's whole text, is read, or
// one in four digits from 3000 on, which no civil year of the range read
// is: "13 Adar (5675)", "zmarła 13 dnia miesiąca Adar roku (5675) 1915"
// (Cmentarium's Polish epitaphs, the 309th held-out round, read as 13
// Adar of the year nearest the reference, its years named in the
// warning as not read), with the civil year after the bracket or not
// (see hebrewYear). A bracket of digits of the civil range is the civil
// year's (see civilYear), and other words are an aside.
func (p *parser) yearInBrackets(k int) (Field, bool) {
	s := p.s
	b := skipSpace(s, k)
	switch {
	case b+1 >= len(s):
		return Field{}, false
	case s[b] == '(':
	case s[b] == 0xD7 && (s[b+1] == 0xA9 || s[b+1] == 0x94): // ש or ה, as the words of "this year" start
		b = skipSpace(s, thisYearWords(s, b))
		if b >= len(s) || s[b] != '(' {
			return Field{}, false
		}
	default:
		return Field{}, false
	}
	if !p.has(layout.HebrewDay) || p.has(layout.HebrewYear) {
		return Field{}, false
	}
	j := skipSpace(s, b+1)
	f, ok := hebrewYearField(s, j)
	if !ok || j >= len(s) {
		return Field{}, false
	}
	if s[j] == 0xD7 && f.Punct == layout.Bare || s[j] != 0xD7 && (f.End-f.Start != 4 || f.Value < 3000 || f.Value > 6999) {
		return Field{}, false
	}
	if c := skipSpace(s, f.End); c >= len(s) || s[c] != ')' {
		return Field{}, false
	}
	return f, true
}

// fallsWords are the verbs "(which) falls", in the future and the past,
// that may stand before השנה (this year) between a date and its year in
// brackets (see yearInBrackets).
var fallsWords = [...]string{"שיחול", "שתחול", "שחל", "שחלה", "החל", "החלה"}

// thisYearWords returns the index after Hebrew's "השנה" (this year) at
// s[i], with one of fallsWords before it, or i.
func thisYearWords(s string, i int) int {
	k := i
	for _, w := range fallsWords {
		if e := i + len(w); strings.HasPrefix(s[i:], w) && e < len(s) && s[e] == ' ' {
			k = skipSpace(s, e)
			break
		}
	}
	if e := k + len("השנה"); strings.HasPrefix(s[k:], "השנה") && e < len(s) && s[e] == ' ' {
		return e
	}
	return i
}

// civilYear reads at s[k], the end of a Hebrew year hy, the civil year
// that Chabad, Israeli and other usage writes after it: after a slash,
// "22 Shvat 5748/1988", "Shabbos, 25 Adar, 5661/1901", "14 Kislev 5689 /
// 1928"; after a space, "יום הזיכרון, התשפ"ב 2022"; or in brackets,
// "Purim 5784 (2024)". It is read as the dateline's Gregorian year, which
// package dateline checks is the year of the Hebrew date's day. Only a
// year of four digits is taken, after a space one within two of the one
// the Hebrew year mostly falls in ("5784 1500 guests" has none), after a
// slash or alone in brackets any of the civil calendar's range, 1000 to
// 2999 ("5785/86" and "5785/5786", two Hebrew years, are not a civil
// year).
func civilYear(s string, k, hy int) (Field, bool) {
	j := skipSpace(s, k)
	paren, slash := false, false
	switch {
	case j < len(s) && s[j] == '/':
		j, slash = skipSpace(s, j+1), true
	case j < len(s) && s[j] == '(' && j > k:
		paren, j = true, j+1
	case j == k:
		return Field{}, false
	}
	v, e, digits := number(s, j)
	if digits != 4 || !yearEnds(s, e) {
		return Field{}, false
	}
	if v < hy-3762 || v > hy-3758 {
		// After a slash, a year of the civil calendar's range that is
		// not the Hebrew year's ("11 Nissan 5662/1905") is still the
		// civil year the text states, which package dateline finds at
		// odds with the Hebrew date: dropping it read the day in the
		// year nearest the reference, as if the text named none. So is
		// one alone in brackets ("On 10 Shvat 5510 (1950)", 5510 a
		// misprint of 5710): Check stopped at it, and Find read the day
		// of 1750 without a word.
		if !slash && !paren || v < 1000 || v > 2999 {
			return Field{}, false
		}
	}
	if paren && (e >= len(s) || s[e] != ')') {
		return Field{}, false
	}
	return Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: j, End: e}, true
}

// secondGershayim returns the end of the year's numeral s[k:e] without a
// gershayim that ends it after another: the year of ה׳תשס״ו" ends before
// its quote, which closes a quotation (or is a layout's text, which a
// year that wrote it read back as its own: FuzzLayoutRoundTrip), though
// the numeral's reader takes a mark that ends a numeral as its own.
func secondGershayim(s string, k, e int) int {
	last, n := utf8.DecodeLastRuneInString(s[k:e])
	if !script.IsGershayim(last) {
		return e
	}
	for _, r := range s[k : e-n] {
		if script.IsGershayim(r) {
			return e - n
		}
	}
	return e
}

// prefixedYear reads at s[k] a Hebrew year in letters with the prefix ב
// (in) glued to it: "כ״ב בניסן בתשפ״ד" (the 22nd of Nisan, in 5784). A
// numeral reads the bare ב as the year's thousands, and the date was
// 22 Nisan 2784, March 27 of -976, with nothing said. The year after the
// prefix must be marked as a numeral (תשפ״ד, ה׳תשפ״ד): bare letters after
// ב are as likely a word ("בתשע", at nine). A ב with a geresh (ב׳תמ״ח,
// the year 2448) is the thousands, and not read here. The prefix is
// literal text before the year, as a day's is (see numeralPrefix).
func prefixedYear(s string, k int) (Field, bool) {
	if !strings.HasPrefix(s[k:], "ב") || !letterAfter(s, k+len("ב")) {
		return Field{}, false
	}
	j := k + len("ב")
	f, ok := hebrewYearField(s, j)
	if !ok || f.Start != j || f.Punct == layout.Bare || f.Value < 4000 {
		return Field{}, false
	}
	return f, true
}

// hebrewYearField reads a Hebrew year at k, in digits (3 or 4) or in Hebrew
// letters: a numeral of at least 100, or a count of thousands with the
// word for thousands (ו׳ אלפים), or, 4 or 5, with the rest apart (ה׳
// תשפ״ד).
func hebrewYearField(s string, k int) (Field, bool) {
	if v, e, digits := number(s, k); digits >= 3 && digits <= 4 && yearEnds(s, e) {
		return Field{Element: layout.Element{Kind: layout.HebrewYear}, Value: v, Start: k, End: e}, true
	}
	if k >= len(s) || s[k] != 0xD7 {
		return Field{}, false
	}
	v, n, ok := readNumeral(s, k)
	if !ok {
		return Field{}, false
	}
	e := secondGershayim(s, k, k+n)
	if skipSpace(s, e) < len(s) && wordLeads(s, k) {
		// A word of the tables whose letters are a numeral too, before
		// what it leads: ש״פ משפטים (the Shabbat of a portion) is not
		// the year 5380, nor ר״ח אדר 5208; at the end, they are (and a
		// year at the end, as most are, is not looked up).
		return Field{}, false
	}
	f := Field{Element: layout.Element{Kind: layout.HebrewYear, Punct: punctOf(s, k, e)}, Start: k, End: e}
	if v == 5 && e+1 < len(s) && s[e] == '-' && s[e+1] == 0xD7 {
		// ה-תשע״ח: the thousands joined to the rest with a hyphen.
		if rest, n2, ok := readNumeral(s, e+1); ok && rest >= 100 && rest < 1000 && !letterAfter(s, e+1+n2) {
			f.Form, f.Value, f.End = layout.Thousands, 5000+rest, e+1+n2
			f.Punct = punctOf(s, e+1, f.End)
			return f, true
		}
	}
	if f.Punct == layout.Bare && !bareYear(v, letterBytes(s, k, e)) {
		return Field{}, false
	}
	switch {
	case v >= 1000 && abbreviation(s, k, e):
		return Field{}, false
	case v >= 2000 && v < 3000 && strings.HasPrefix(s[k:], "ב") && letterAfter(s, k+len("ב")):
		// בתשפ״ד: the prefix ב (in) before the year, which prefixedYear
		// reads, not 2784 (see there); a template of a year with its
		// thousands (ה׳תשס״ו) asked this reader, and read 2784.
		return Field{}, false
	case v >= 1000:
		f.Form, f.Value = layout.Thousands, v
	case v >= 100:
		f.Form, f.Value = layout.Numeral, v+5000
	case v < 10 && f.Punct != layout.Bare:
		// ה׳ alone: the year 5000; or its thousands, and the rest after a
		// space (ד׳ תש״ס, as ד׳תש״ס, is 4760), or after the word for
		// thousands (ה׳ אלפים תשע״ז, the five thousand 777 of a
		// masthead), which is the year's too when nothing follows it.
		f.Form, f.Value = layout.Thousands, v*1000
		word := false
		if w := thousandsWord(s, e); w > e {
			e, f.End, word = w, w, true
		}
		rest, re, ok := yearRest(s, e)
		if ok && v != 4 && v != 5 || !ok && !word {
			// ח׳ תשפ״ה: pages print the thousands apart only of the
			// years they date, 4xxx and 5xxx; another letter is a day
			// ("חנוכה ח׳ תשפ״ה" was the year 8785, January 5025, with
			// nothing said). Nor is a letter alone a year without the
			// word for thousands: "ראש חודש אדר, ב׳" (its second day)
			// was the year 2000, January 29, -1760, with nothing said.
			return Field{}, false
		}
		if ok {
			f.Value += rest
			e, f.End = re, re
		}
	default:
		return Field{}, false
	}
	if letterAfter(s, e) && !numeralGluedToMonth(s, k, e) {
		return Field{}, false // a word's letters; ה׳תשע״בספטמבר is a year and a month
	}
	return f, true
}

// abbreviation reports whether the numeral s[k:e] is two letters with
// gershayim between them, the smaller first, which a numeral reads as
// thousands (ז״ל, 7030): an abbreviation, such as ז״ל (of blessed memory)
// after a name, not a year, whose thousands take a geresh (ז׳ל, ה׳תש״ג).
func abbreviation(s string, k, e int) bool {
	if letterBytes(s, k, e) != 2*len("א") {
		return false
	}
	_, n := decode(s, k)
	r, _ := decode(s, k+n)
	return r == script.Gershayim || script.IsGershayim(r)
}

// bareYear reports whether a numeral of n bytes written without a geresh
// or gershayim, whose value is v, may be a year. Hebrew prose after a
// date is full of short words whose letters read as a numeral: "של" (of,
// 330), "שם" (there, 340), "תל" (of Tel Aviv, 430), "חל" (falls, 8030),
// each a year of the sixteenth century or none; pages that write a year
// without its marks write it in full, three letters or more of the
// hundreds from ת on (תשפה, התשפה, תרצח), or two for a year of whole
// hundreds (תש, תת), where the short words of prose have tens. A year
// that is not is read with its marks only (ש״ל).
//
// n counts the bytes of the letters only (see letterBytes): a point or
// mark under one letter ("תׅ") does not make it two.
//
// A bare numeral of thousands is a year only of the thousands pages
// write, 4 and 5 (התשפה, 5785): a prefix letter before a prose word
// reads as thousands too, ב (in), ו (and), כ (as), and "בניסן בתל אביב"
// (in Nisan, in Tel Aviv) was the year 2430, Nisan of -1330, with
// nothing said.
func bareYear(v, n int) bool {
	rest := v % 1000
	if rest < 400 || n < 2*len("א") {
		return false
	}
	if th := v / 1000; th != 0 && th != 4 && th != 5 {
		return false
	}
	return n >= 3*len("א") || rest%100 == 0
}

// letterBytes returns the bytes of the Hebrew letters in s[i:e], without
// the points and marks among them.
func letterBytes(s string, i, e int) int {
	n := 0
	for k := i; k+1 < e; k++ {
		if s[k] == 0xD7 && s[k+1] >= 0x90 && s[k+1] <= 0xAA {
			n += 2
			k++
		}
	}
	return n
}

// wordLeads reports whether the Hebrew word at s[k] is one of the tables
// that leads a phrase, and the phrase follows it: ש״פ or עש״ק before a
// weekly portion's name, ר״ח before a month's.
func wordLeads(s string, k int) bool {
	e := hebrewWord(s, k)
	w, ok := lookupHebrew(s, k, e)
	if ok && w.kind == wPortion {
		e, ok = portionAbbrev(s, k, e) // פ׳ ויקהל
	}
	n := skipSpace(s, e)
	if !ok || n == e || n >= len(s) {
		return false // nothing follows it, as after a year that ends a dateline
	}
	switch w.kind {
	case wPortion:
		if w2, _, ok := wordAt(s, n); ok && w2.kind == wPortion {
			return true
		}
		_, _, ok := matchOccasion(s, n, true)
		return ok
	case wRosh:
		_, ok := hebrew.MatchMonth(s[n:])
		return ok
	}
	return false
}

// thousandsWord returns the end of the word אלפים (thousands) after a space
// at k, where it is a word of its own, or k.
func thousandsWord(s string, k int) int {
	const w = "אלפים"
	if k < len(s) && s[k] == ' ' && strings.HasPrefix(s[k+1:], w) && !letterAfter(s, k+1+len(w)) {
		return k + 1 + len(w)
	}
	return k
}

// yearRest reads the rest of a Hebrew year whose thousands end at k (ד׳
// of ד׳ תש״ס): a space, and a numeral below 1000, punctuated unless it
// is a hundred or more. It returns its value and end.
func yearRest(s string, k int) (int, int, bool) {
	if k >= len(s) || s[k] != ' ' || k+1 >= len(s) || s[k+1] != 0xD7 {
		return 0, 0, false
	}
	v, n, ok := readNumeral(s, k+1)
	e := k + 1 + n
	if !ok || v >= 1000 || v < 100 && punctOf(s, k+1, e) == layout.Bare {
		return 0, 0, false
	}
	if r, _ := decode(s, e); script.IsHebrewLetter(r) {
		return 0, 0, false
	}
	return v, e, true
}

// hebrewMonthField returns the field of the Hebrew month name read at k.
func hebrewMonthField(s string, k int, name hebrew.MonthName) Field {
	f := Field{Value: int(name.Month), Start: k, End: k + name.Len}
	f.Kind, f.Spelling = layout.HebrewMonth, name.Spelling
	if !name.Spelling.Family.IsHebrew() {
		at, m := k, name.Month
		if a := name.Spelling.Adar; a == hebrew.AdarRomanBefore || a == hebrew.AdarOrdinalBefore {
			// II. Ádár: the case is the name's, after its ordinal.
			at, m = skipSpace(s, k+strings.IndexByte(s[k:], ' ')), hebrew.Adar
		}
		f.Case = caseOf(s, at, k+name.Len)
		if !script.IsASCII(s[at : k+name.Len]) {
			f.Case = nameCase(firstWord(s[at:k+name.Len]), name.Spelling.Name(m, false))
		}
	}
	if name.Qualified {
		f.Flags |= Qualified
	} else if name.Month == hebrew.Adar {
		if e := adarQualifierSlip(s, k+name.Len); e > 0 {
			f.End = e
			f.Flags |= AdarUnread
		}
	}
	return f
}

// adarHebrewSlips are Hebrew forms of a qualifier after Adar that
// MatchMonth does not read: the ordinals in the feminine, Adar being
// masculine (אדר ראשונה, אדר השנייה).
var adarHebrewSlips = [...]string{"ראשונה", "הראשונה", "שנייה", "שניה", "השנייה", "השניה"}

// adarQualifierSlip returns the end of the word after a bare Adar that
// ends at s[e], after spaces or a dash, if it is a qualifier misspelt
// (see words.AdarQualifiers) by one letter added, dropped or swapped
// (Risho, Sheini), or by one letter changed after the first two, in a
// word of five letters or more (Sheny), or one of adarHebrewSlips; or 0.
// "Event on 22 Adar Risho 5784" was read as "22 Adar" alone, Adar II of
// an inferred year, with a warning that nothing said which Adar: the
// text says which, in a word this reader cannot tell, and Adar II was a
// guess. The word is the month's text, so that the year after it is the
// date's, and package dateline refuses the guess (see AdarUnread).
func adarQualifierSlip(s string, e int) int {
	k := e
	for k < len(s) && (s[k] == ' ' || s[k] == '-') {
		k++
	}
	if k == e {
		return 0
	}
	if isHebrewLetter(s, k) {
		if e := hebrewWord(s, k); isWordOf(s[k:e], adarHebrewSlips[:]) && wordEnds(s, e) {
			return e
		}
		return 0
	}
	j := k
	for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
		j++
	}
	if j-k < 4 || !wordEnds(s, j) {
		return 0
	}
	w := s[k:j]
	for _, q := range namewords.AdarQualifiers {
		if namewords.OneSlip(w, q) || oneLetterChanged(w, q) {
			return j
		}
	}
	return 0
}

// oneLetterChanged reports whether the ASCII word typed is word, of five
// letters or more, with one letter after the first two changed, in any
// case: Sheny for sheni.
func oneLetterChanged(typed, word string) bool {
	if len(typed) != len(word) || len(word) < 5 {
		return false
	}
	n := 0
	for i := range len(word) {
		if typed[i]|0x20 != word[i] {
			if i < 2 {
				return false
			}
			n++
		}
	}
	return n == 1
}

// hebrewMonthFirst reads a Hebrew date that starts with its month: Tevet 2,
// 5766; Adar 6; Kislev 5, 5775; Adar I, 5782; אדר א תשע״ט.
func (p *parser) hebrewMonthFirst(i int, name hebrew.MonthName) (int, bool) {
	s := p.s
	if p.has(layout.HebrewDay) || p.has(layout.HebrewMonth) {
		return i, p.fail(i, "the end of the dateline")
	}
	m := p.mark()
	month := hebrewMonthField(s, i, name)
	k := skipSpace(s, month.End)
	words := false // the day's Hungarian words after it (see hungarianDay)
	if !name.Spelling.Family.IsHebrew() {
		if e := hungarianMonthWord(s, k); e > k {
			k, words = skipSpace(s, e), true // Tisri hónap 15-én
		}
	}
	day, ok := dayField(s, k)
	tail := k
	if d, e, isDay := hungarianDay(s, k); isDay {
		day, ok, tail = d, true, e // 15-én, 15. napján, tizenötödik napjától
	} else if words {
		return i, p.fail(k, "a day of the month")
	}
	if !ok && name.BaseLen < name.Len && skipSpace(s, i+name.BaseLen) > i+name.BaseLen && !p.monthHeading() {
		// "Adar 1, 5784": the digit after Adar is its day, not Adar I
		// (which Adar1, without a space, is); but after a Gregorian
		// month and year without a day ("mars 2014 adar 2 5774"), a
		// heading that names months, it is Adar II.
		month = hebrewMonthField(s, i, hebrew.MonthName{Month: hebrew.Adar, Spelling: name.Spelling, Len: name.BaseLen, BaseLen: name.BaseLen})
		month.Spelling.Adar = hebrew.AdarDefault
		k = skipSpace(s, month.End)
		day, ok = dayField(s, k)
		tail = k // "Adar 1 " ends at its day, not after the space that followed Adar I
	}
	if ok && (numericDateAt(s, day.Start) || hoursWordAfter(s, day.End) || day.End+1 < len(s) && s[day.End] == ':' && isDigit(s, day.End+1) || decimalAfter(s, day.End)) {
		// תשרי 18/10/17: the digits after the month are a date of
		// their own, not its day with "10/17" after it; German "ab 19
		// Uhr", "ab 18:30" (from 7 pm, from 6:30 pm) name no day of Av
		// (Ab); and "Nisan 5.783", a year with a thousands point, no 5
		// Nisan: Find read "15 Nisan 5.783" as 5 Nisan 5784 (found by
		// the fixleft48 review).
		ok = false
	}
	p.add(month)
	if ok {
		day.Kind = layout.HebrewDay
		p.add(day)
		p.weakHebrew = p.weakHebrew || s[i] == 0xD7 && isDigit(s, day.Start)
		if tail > day.End {
			p.push(Field{Element: layout.Lit(s[day.End:tail]), Start: day.End, End: tail})
			p.last = tail
			p.hebrewYear(p.last)
			return p.last, true
		}
		p.hebrewRange(day)
		if name.Spelling.Family == hebrew.Hungarian && p.last+1 < len(s) && s[p.last] == '.' && (s[p.last+1] == ' ' || s[p.last+1] == ',') {
			p.dayPoint() // Tisri 1., 5784: Hungarian's point after the day
		}
		p.hebrewYear(p.last)
		return p.last, true
	}
	if _, ok := p.hebrewYear(month.End); ok {
		return p.last, true
	}
	if e := hebrewMonthList(s, month.End, name.Month); e > month.End {
		if _, ok := p.hebrewYear(e); ok {
			return p.last, true // hešvan / kislev / tevet 5769.
		}
	}
	p.reset(m)
	return i, p.fail(k, "a day of the month or a year")
}

// hebrewMonthList returns the index after the Hebrew months that follow
// month m, read at s[:e], each set off by a slash or a dash and each the
// month after the one before; or e. A bulletin's issue names so the
// months it spans, with one year after the last: "hešvan / kislev / tevet
// 5769." (Ha-Kol of Zagreb, no. 107, the hundred-and-fifty-eighth
// held-out round) was read as Tevet alone, the last month; the
// first month is the dateline's, month-level, as the corpus takes an
// issue's first. The months are text of the dateline. As each is the
// next of its year, the year after the last is the first's: "Elul /
// Tishrei 5785" spans two years, and is no list.
func hebrewMonthList(s string, e int, m hebrew.Month) int {
	return monthListEnd(s, e, func(k int) int {
		if !hebrewMonthAt(s, k) {
			return k
		}
		name, _ := hebrew.MatchMonth(s[k:])
		if !nextHebrewMonth(m, name.Month) {
			return k
		}
		m = name.Month
		return k + name.Len
	})
}

// nextHebrewMonth reports whether b is the month after a in the same
// Hebrew year, a leap one (Adar I, Adar II, Nisan) or a common one (Adar,
// Nisan); no month of its year follows Elul.
func nextHebrewMonth(a, b hebrew.Month) bool {
	for _, y := range [...]int{5784, 5785} { // a leap year and a common one
		if a == hebrew.AdarII && !hebrew.IsLeapYear(y) {
			continue
		}
		n := hebrew.Date{Year: y, Month: a, Day: 1}.AddDays(hebrew.DaysInMonth(y, a))
		if n.Year == y && n.Month == b {
			return true
		}
	}
	return false
}

// monthHeading reports whether the dateline so far is a Gregorian month
// and year without a day: "mars 2014", a heading that names months.
func (p *parser) monthHeading() bool {
	return p.has(layout.Month) && p.has(layout.Year) && !p.has(layout.Day) && !p.has(layout.Weekday)
}

// roshChodesh reads "Rosh Chodesh Elul, 5743" (or ראש חודש אלול): the first
// day of a month, which the dateline layer also tries as the 30th of the
// month before, the first day of a two-day Rosh Chodesh.
func (p *parser) roshChodesh(i, e int) (int, bool) {
	s := p.s
	if p.n == 0 && referenceBefore(s, i) {
		// "prior to Rosh Chodesh Elul", "two days before Rosh Chodesh
		// Adar": a point of reference, as an occasion's name is there.
		return i, p.fail(i, "a date")
	}
	w, e2, ok := p.wordAt(skipSpace(s, e))
	if !ok || w.kind != wChodesh {
		return i, p.fail(skipSpace(s, e), "Rosh Chodesh")
	}
	form := layout.RoshChodesh
	if s[i] == 0xD7 {
		form = layout.RoshChodeshScript
	}
	day := Field{Value: 1, Start: i, End: e2}
	day.Kind, day.Form = layout.HebrewDay, form
	if s[i] != 0xD7 {
		day.Case = caseOf(s, i, e2)
	}
	k := skipSpace(s, e2)
	name, ok := hebrew.MatchMonth(s[k:])
	if !ok && p.has(layout.Day) && p.has(layout.Month) && !p.has(layout.HebrewDay) && !p.has(layout.HebrewMonth) && !p.has(layout.HebrewYear) {
		// "Monday, March 11, 2024 Rosh Chodesh": the civil day's Rosh
		// Chodesh, named without its month, which package dateline
		// checks the day against.
		p.add(day)
		return p.last, true
	}
	if !ok && !p.has(layout.Day) && !p.has(layout.Month) && !p.has(layout.HebrewDay) && !p.has(layout.HebrewMonth) &&
		!p.has(layout.HebrewYear) && civilDateAfter(s, e2) {
		// "Shabbat Rosh Chodesh, November 2, 2024", "Rosh Chodesh,
		// Friday, November 1, 2024": the civil day's Rosh Chodesh named
		// before it, as after it (found trying the command as an
		// adversary: a syntax error at the comma).
		p.add(day)
		return p.last, true
	}
	if !ok && p.bareRoshChodesh(day) {
		return p.last, true // 30 Cheshvan 5785, Rosh Chodesh
	}
	if !ok && p.roshChodeshOfDate() && civilDateAfter(s, e2) {
		// "Вторник, 1 Сивана, Рош Ходеш, 22 Мая": the Hebrew date's
		// own Rosh Chodesh, named without its month (see
		// roshChodeshOfDate), the date's day named again, as
		// bareRoshChodesh reads it: it was text, which its layout
		// wrote on every day.
		day.Flags |= Repeat
		p.add(day)
		if !p.has(layout.HebrewYear) && hebrewYearDigitsAfter(s, e2) {
			// "1st of Shevat/Rosh Chodesh, 5777": the date's year
			// after its Rosh Chodesh. The dateline ended before it,
			// and the date was read in the year nearest the
			// reference, its stated year left out.
			p.hebrewYear(p.last)
		}
		return p.last, true
	}
	if !ok {
		return i, p.fail(k, "a month name")
	}
	if p.has(layout.HebrewDay) || p.has(layout.HebrewMonth) {
		return i, p.fail(i, "the end of the dateline")
	}
	if v, end := roshChodeshDayAfter(s, k+name.Len); v > 0 && s[i] != 0xD7 {
		return p.roshChodeshCounted(i, v, end) // Rosh Chodesh Elul Second Day
	}
	p.add(day)
	p.add(hebrewMonthField(s, k, name))
	// "Rosh Chodesh Adar II 2024": a year below 3000 is Gregorian, as
	// after an occasion ("Purim 2024"), whose name this also is.
	k = p.last
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	if v, e, digits := number(s, k); digits == 4 && v < 3000 && yearEnds(s, e) && !p.has(layout.Year) {
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: k, End: e})
		return p.last, true
	}
	p.hebrewYear(p.last)
	return p.last, true
}

// roshChodeshOfDate reports whether the dateline so far is a Hebrew day
// and month whose day is a Rosh Chodesh, the 1st or the 30th, which words
// for Rosh Chodesh without a month after them name, as the Riga
// synagogue's Shavuot guide writes its days: "Вторник, 1 Сивана, Рош
// Ходеш, 22 Мая" (shul.lv, the hundred-and-thirty-second held-out round).
// The words were read as the start of "Rosh Chodesh Sivan" and failed at
// the comma: the dateline ended before them, and the Hebrew date was read
// alone, in the year nearest the reference whose 1 Sivan is a Tuesday
// (2022), with the civil day the text states, 22 May, left out. Between
// the calendars, before the civil date (see civilDateAfter), another
// day's "Rosh Chodesh" is still not read; where they end the dateline,
// bareRoshChodesh reads them after any Hebrew date, for package dateline
// to check.
func (p *parser) roshChodeshOfDate() bool {
	if !p.has(layout.HebrewMonth) || p.has(layout.HebrewYear) && p.has(layout.Year) {
		return false
	}
	for _, f := range p.fields() {
		if f.Kind == layout.HebrewDay {
			return f.Value == 1 || f.Value == 30
		}
	}
	return false
}

// hebrewYearDigitsAfter reports whether a Hebrew year in four digits
// (from 3000) starts after a comma and spaces at s[e].
func hebrewYearDigitsAfter(s string, e int) bool {
	if e < len(s) && s[e] == ',' {
		e++
	}
	k := skipSpace(s, e)
	v, end, digits := number(s, k)
	return k > e && digits == 4 && v >= 3000 && yearEnds(s, end)
}

// civilDateAfter reports whether a civil date starts after a comma and
// spaces at s[e]: a number, or a month's or weekday's name.
func civilDateAfter(s string, e int) bool {
	if e < len(s) && s[e] == ',' {
		e++
	}
	k := skipSpace(s, e)
	return k > e && dateWordAt(s, k)
}

// hebrewNumeralFirst reads a date that starts with a day in Hebrew letters:
// כ״ב באדר א׳ תשפ״ד, ל' בשבט.
func (p *parser) hebrewNumeralFirst(i int) (int, bool) {
	s := p.s
	v, n, ok := readNumeral(s, i)
	if !ok || v > 30 {
		if v2, n2, ok2 := innerGereshDay(s, i); ok2 {
			v, n, ok = v2, n2, true // כ'ו שבט
		}
	}
	if !ok || v > 30 {
		if pre := numeralPrefix(s, i); pre > 0 {
			// בכ״ח בתשרי, בט״ו בשבט: the prefix ב ("on") glued to a day
			// in letters, which a numeral reads as thousands (2028), and
			// so ל ("אור לי״ד ניסן", the night of 14 Nisan) and מ (from),
			// which it reads as 44, and the clusters of prefixes (וכ״ב,
			// ובכ״ב, שבכ״ב); the prefix is literal text before the day.
			return p.hebrewNumeralFirst(i + pre)
		}
	}
	e := i + n
	punct := punctOf(s, i, e)
	// A day past 30 (ל״א) is read, as 31 in digits is, for the dateline
	// layer to report, but only when punctuated as a numeral: bare, it is
	// as likely a word (לא, "not").
	if !ok || v < 1 || v > 99 || v > 30 && punct == layout.Bare {
		return i, p.fail(i, "a date")
	}
	if letterAfter(s, e) {
		return i, p.fail(i, "a date")
	}
	if k, ok := p.roshChodeshOrdinal(i, e, v, punct); ok {
		return k, true // ב׳ דר״ח אדר ב׳
	}
	day := Field{Element: layout.Element{Form: layout.Numeral, Punct: punct}, Value: v, Start: i, End: e}
	var end Field
	hasEnd := false
	k := e
	r, n := decode(s, k)
	if u := untilDayAt(s, k); u > k {
		r, n = '-', u-k // ט״ז עד כ״ג חשוון: read as the dash is
	} else if u := betweenEndDayAt(s, i, k); u > k {
		r, n = '-', u-k // בין כ״ב לכ״ה באדר א׳: read as the dash is
	}
	if script.IsDash(r) {
		v2, n2, ok2 := readNumeral(s, k+n)
		if e-i == len("ב") && prefixLetter(s[i:e]) && (!ok2 || punctOf(s, k+n, k+n+n2) != layout.Bare) {
			// ב-18, ב-י״ח: a single bare letter before a hyphen is a
			// prefix ("on"), not a day, unless a bare letter follows
			// (ב-ח, 2-8). A letter that is no prefix is the day,
			// whose geresh the range's end carries for both: "א-ב׳
			// תשרי" (1-2 Tishrei) was read from its end, 2 Tishrei.
			return i, p.fail(i, "a date")
		}
		if ok2 && v2 > v && v2 <= 30 {
			end = Field{Element: layout.Element{Form: layout.Numeral, Punct: day.Punct}, Value: v2, Start: k + n, End: k + n + n2}
			hasEnd = true
			k = end.End
		}
	}
	if !hasEnd && day.Punct != layout.Bare {
		if last, le, ok := p.numeralDayList(day); ok {
			end, hasEnd, k = last, true, le // כ״ב וכ״ה, כ״ב, כ״ג וכ״ה
		}
	}
	if day.Punct != layout.Bare {
		k = pointBeforeMonth(s, k) // כ״ז. כסלו ה׳תשפ״ד
	}
	// ד׳ לחודש מנחם אב: "of the month" between the day and the month.
	return p.afterDay(i, day, end, hasEnd, skipMonthWord(s, commaBeforeMonth(s, skipSpace(s, k))))
}

// numeralDayList reads the rest of a pair or list of days in Hebrew
// letters after day, the first, as dayList reads days in digits: Hebrew
// joins the last with ו (and) glued to it, and the days before it with
// commas: "כ״ב וכ״ה באדר א׳ תשפ״ד" (the 22nd and 25th of Adar I), "בכ״ב
// ובכ״ה", "כ״ב, כ״ג וכ״ה". Each day is marked as a numeral, with its
// geresh or gershayim, and later in the month than the one before; the
// middle ones are kept in p.mids for addDays. Unread, the last day was
// read alone, or, before the ו was read as a prefix, the whole month.
// It returns the last day and its end, or false, having kept nothing.
func (p *parser) numeralDayList(day Field) (last Field, end int, ok bool) {
	s := p.s
	k, n, prev := day.End, 0, day.Value
	for k < len(s) && s[k] == ',' && n < len(p.mids) {
		f, fok := markedDayAt(s, skipSpace(s, k+1))
		if !fok || f.Value <= prev {
			return Field{}, 0, false
		}
		p.mids[n], prev = f, f.Value
		n++
		k = f.End
	}
	if n == len(p.mids) && k < len(s) && s[k] == ',' {
		p.cutList(k)
		return Field{}, 0, false
	}
	j := skipSpace(s, k)
	if j == k || !strings.HasPrefix(s[j:], "ו") {
		return Field{}, 0, false
	}
	pre := numeralPrefix(s, j)
	if pre != len("ו") && (pre != len("וב") || !strings.HasPrefix(s[j:], "וב")) {
		return Field{}, 0, false // ו, or ו before the first's ב: ובכ״ה
	}
	f, fok := markedDayAt(s, j+pre)
	if !fok || f.Value <= prev {
		return Field{}, 0, false
	}
	p.nmid = n
	return f, f.End, true
}

// markedDayAt reads at s[i] a day in Hebrew letters marked as a numeral
// (כ״ג, ה׳), 1 to 30, that no letter follows.
func markedDayAt(s string, i int) (Field, bool) {
	v, n, ok := readNumeral(s, i)
	if !ok || v < 1 || v > 30 || letterAfter(s, i+n) {
		return Field{}, false
	}
	punct := punctOf(s, i, i+n)
	if punct == layout.Bare {
		return Field{}, false
	}
	return Field{Element: layout.Element{Form: layout.Numeral, Punct: punct}, Value: v, Start: i, End: i + n}, true
}

// untilDayAt returns the index of a range's last day after the first
// day in letters that ends at s[k], where the two are joined by Hebrew's
// עד or ועד (until, and until) with spaces around it and the last day in
// letters has the month after it, as the dash joins them: "ט"ז עד כ"ג
// חשוון" (docdance.com, the two-hundred-and-third held-out round: 16 to
// 23 Cheshvan, after the civil range) was read as its end alone, 23
// Cheshvan, and its start left out. It returns k where there is no such
// join: without the month after the end, "ט"ז עד" is prose.
func untilDayAt(s string, k int) int {
	j := skipSpace(s, k)
	if j == k || j >= len(s) {
		return k
	}
	e, ok := hebrewUntil(s, j)
	if !ok {
		return k
	}
	d := skipSpace(s, e)
	if d == e || !hebrewDayMonthAt(s, d) {
		return k
	}
	return d
}

// betweenEndDayAt returns the index of a range's last day after the first
// day in letters, at s[i:k], where בין (between) is before the first and
// ל (to, and), glued to the last or joined by a hyphen or maqaf, before
// the last, which has the month after it: "בין כ״ב לכ״ה באדר א׳ תשפ״ד"
// (between the 22nd and the 25th of Adar I) was found as its end alone,
// 25 Adar I, its first day lost with nothing said, as "בין 22 ל-25 במרץ"
// in digits was not. It returns k where there is no such join.
func betweenEndDayAt(s string, i, k int) int {
	j := skipSpace(s, k)
	if j == k || !strings.HasPrefix(s[j:], "ל") || !hebrewBetween(s, i) {
		return k
	}
	d := j + len("ל")
	if r, n := decode(s, d); script.IsDash(r) {
		d += n // ל-כ״ה, ל־כ״ה
	}
	if !hebrewDayMonthAt(s, d) {
		return k
	}
	return d
}

// commaBeforeMonth returns the index past a comma at s[k] and the spaces
// after it when a Hebrew month's name in Hebrew script follows them and a
// Hebrew year follows the month, past a comma or not, or k: a letter's
// date line may set the day in letters apart from its month as it sets
// the month from the year. "א, אדר ב,, תש"ג" (1 Adar II 5703, the
// Rebbe's Yiddish letters on Yiddish Wikisource, the 130th held-out
// round) was the month Adar II 5703 alone. Without the year the comma
// ends the day, as before: "הלכה ב, אדר" (law 2, Adar) is no date, and
// "א, ב, ג" is a list.
func commaBeforeMonth(s string, k int) int {
	if k >= len(s) || s[k] != ',' {
		return k
	}
	j := skipSpace(s, k+1)
	if !hebrewMonthYearAt(s, j, true) {
		return k
	}
	return j
}

// hebrewMonthYearAt reports whether a Hebrew month's name in Hebrew
// script starts at s[j] and a Hebrew year follows it, past the spaces
// and, with comma, a comma after the month: the test commaBeforeMonth and
// pointBeforeMonth make of what follows their mark.
func hebrewMonthYearAt(s string, j int, comma bool) bool {
	name, ok := hebrew.MatchMonth(s[j:])
	if !ok || !name.Spelling.Family.IsHebrew() {
		return false
	}
	k := j + name.Len
	if comma {
		k = pastComma(s, k)
	}
	_, ok = hebrewYearField(s, skipSpace(s, k))
	return ok
}

// pointBeforeMonth returns the index past a point at s[k], glued to a
// day in letters marked as a numeral, and the spaces after it, when a
// Hebrew month's name in Hebrew script and a Hebrew year follow them, or
// k. he.chabad.org heads its day pages "יום ראשון כ״ז. כסלו ה׳תשפ״ד"
// (Sunday 27 Kislev 5784), with the point that its civil heading writes
// after a day in digits ("שבת 9. דצמבר 2023"); it was read as the month
// Kislev 5784 alone (seen probing the layouts of the two-hundred-and-
// twelfth held-out round). The caller asks for the geresh or gershayim,
// and the year is asked for here, as commaBeforeMonth asks for it: a
// point after a bare letter numbers a list ("א. אדר"), and without the
// year it may end a sentence.
func pointBeforeMonth(s string, k int) int {
	if k >= len(s) || s[k] != '.' {
		return k
	}
	j := skipSpace(s, k+1)
	if j == k+1 || !hebrewMonthYearAt(s, j, false) {
		return k
	}
	return j
}

// prefixLetter reports whether the letter w is one that Hebrew glues
// before a word as a prefix (ב, ה, ו, כ, ל, מ, ש: in, the, and, as, to,
// from, that), and so before a hyphen and digits or a numeral.
func prefixLetter(w string) bool {
	switch w {
	case "ב", "ה", "ו", "כ", "ל", "מ", "ש":
		return true
	}
	return false
}

// numeralPrefix returns the length of the prefix letters at s[i] before
// a numeral of a day marked as one, with a geresh or gershayim (בכ״ח,
// בא׳, לי״ד, מט״ו), or 0: bare letters after them are as likely a word
// (בחג, "on the festival"). Hebrew glues up to four of its prefixes
// before a word (וכשב, and when on), ו (and), ש (that), כש (when) and ה
// (the) before ב (on) or alone: "וכ״ב באדר א׳ תשפ״ד" (and the 22nd of
// Adar I), "שבכ״ב", "כשכ״ב", "וט״ו בשבט" were each the whole month, their
// day read as a numeral of thousands (6022) and dropped. The shortest prefix before a day wins,
// so that כ and ל, letters of numerals too, stay the day's where they
// can: "בכ״ב" is the 22nd after ב. A numeral whose first letter is a
// prefix is past 30 (ל״ב is 32, לי״ד 44), or ל״, no numeral at all, and
// its first letter a prefix.
func numeralPrefix(s string, i int) int {
	for k := i; k < i+4*len("ב") && k+len("ב") <= len(s) && prefixLetter(s[k:k+len("ב")]); {
		k += len("ב")
		v, n, ok := readNumeral(s, k)
		if !ok || v > 30 {
			v, n, ok = innerGereshDay(s, k) // בכ'ו שבט
		}
		if ok && v >= 1 && v <= 30 && punctOf(s, k, k+n) != layout.Bare {
			return k - i
		}
	}
	return 0
}

// numericDateAt reports whether a numeric date with its year (18/10/17,
// 18.10.2017) is at s[i].
func numericDateAt(s string, i int) bool {
	_, e, _ := number(s, i)
	if e+1 >= len(s) || s[e] != '/' && s[e] != '.' && s[e] != '-' || !isDigit(s, e+1) {
		return false
	}
	rd, _, what := readNumericDate(s, i)
	return what == "" && rd.n == 3
}

// yearInWords reports whether "in the year", "the year" or "year" at
// k, after a comma and spaces or not, is followed by a year written in
// English words, as old records are translated: "the thirteenth day of
// the month Ab, in the year five thousand six hundred and three". A
// Hebrew year in words is read (see hebrewYearInWords); a civil year in
// words is not, and the date before it is then no date of a year the
// reader may infer (see unreadYear).
func yearInWords(s string, k int) bool { return yearWordsStart(s, k) >= 0 }

// hebrewThousands are the counts of thousands in Hebrew words, the
// construct forms of the units before אלפים (thousands): חמשת אלפים.
var hebrewThousands = [...]string{"שלשת", "שלושת", "ארבעת", "חמשת", "חמש", "ארבע", "שלש", "שלוש"}

// hebrewYearWordsAt reports whether "the year" (שנת, בשנת, לשנת) at k is
// followed by a Hebrew year written in words, as a ketubah or a formal
// document writes it: "שנת חמשת אלפים ושבע מאות ושמונים וארבע לבריאת
// העולם" (the year 5784 of the creation of the world). The reader does
// not read such a year; Find read the day and month before it in the
// year nearest the reference ("בשבעה לחודש כסלו שנת חמשת אלפים ..." as 7
// Kislev 5787), with only an info. The date is then unreadYear's.
func hebrewYearWordsAt(s string, k int) bool {
	w, e := hebrewWordAt(s, k)
	if w != "שנת" && w != "בשנת" && w != "לשנת" {
		return false
	}
	n, e2 := hebrewWordAt(s, skipSpace(s, e))
	if !slices.Contains(hebrewThousands[:], n) {
		return false
	}
	t, _ := hebrewWordAt(s, skipSpace(s, e2))
	return t == "אלפים"
}

// yearWordsStart returns where the year in words of yearInWords starts,
// after its lead words, or -1 if there is none at k.
func yearWordsStart(s string, k int) int {
	if k < len(s) && s[k] == ',' {
		k++
	}
	j := skipSpace(s, k)
	if j >= len(s) || s[j]|0x20 != 'i' && s[j]|0x20 != 't' && s[j]|0x20 != 'y' {
		return -1 // the cheap first test
	}
	for _, lead := range [...]string{"in the year", "the year", "year"} {
		if e := matchPhrase(s, j, lead); e > j {
			n := skipSpace(s, e)
			if n > e && isWordOf(s[n:latinWord(s, n)], numberWords[:]) && countedInWords(s, latinWord(s, n)) {
				return n
			}
			return -1
		}
	}
	return -1
}

// hebrewYearInWords reads at k, after a Hebrew month, a Hebrew year in
// English words after "in the year" (see yearInWords), as the English of
// a ketubah and the records of a congregation write it: "the thirteenth
// day of the month Ab, in the year five thousand six hundred and three"
// (the Hobart Town synagogue's foundation stone, 1843), "the fifth day of
// the month of Sivan, in the year five thousand seven hundred and
// eighty-four", which were no date. Only a year of at least three
// thousand is read: "the 5th of Sivan, in the year two thousand and
// twenty-four" counts the civil years, and the reader refuses it as
// before rather than read Sivan of the year 2024 of the world. The field
// is the number's words, its value the year's; a layout writes the year
// in digits.
func hebrewYearInWords(s string, k int) (Field, bool) {
	n := yearWordsStart(s, k)
	if n < 0 {
		return Field{}, false
	}
	v, e, ok := thousandsInWords(s, n)
	if !ok || v < 3000 {
		return Field{}, false
	}
	return Field{Element: layout.Element{Kind: layout.HebrewYear}, Value: v, Start: n, End: e}, true
}

// thousandsInWords reads at i a number of thousands in English words and
// returns its value and end: a count of thousands, "thousand", then, if
// any, a count of hundreds and "hundred", "and" or not, and a number
// under a hundred ("eighty-four", "eighty four", "three"): "five
// thousand seven hundred and eighty-four" is 5784, "five thousand and
// three" 5003. A number word after what it read, which it could not make
// part of the number, makes none: ok is false.
func thousandsInWords(s string, i int) (v, e int, ok bool) {
	t, e := unitInWords(s, i)
	j := skipSpace(s, e)
	if t == 0 || j == e {
		return 0, 0, false
	}
	w := latinWord(s, j)
	if !foldEquals(s[j:w], "thousand") {
		return 0, 0, false
	}
	v, e = t*1000, w
	if j = skipSpace(s, e); j > e {
		if h, he := unitInWords(s, j); h > 0 {
			if k := skipSpace(s, he); k > he && foldEquals(s[k:latinWord(s, k)], "hundred") {
				v, e = v+h*100, latinWord(s, k)
			}
		}
	}
	if j = skipSpace(s, e); j > e {
		if a := matchWord(s, j, "and"); a > j {
			j = skipSpace(s, a)
		}
		if r, re := underHundredInWords(s, j); r > 0 {
			v, e = v+r, re
		}
	}
	if e+1 < len(s) && s[e] == '-' && isWordStart(s, e+1) || numberWordAt(s, skipSpace(s, e)) {
		return 0, 0, false // five thousand six hundred three four: no number
	}
	return v, e, true
}

// unitInWords returns the value of the word one to nine at i and its end,
// or 0.
func unitInWords(s string, i int) (int, int) {
	e := latinWord(s, i)
	for v, w := range numberWords[:9] {
		if foldEquals(s[i:e], w) {
			return v + 1, e
		}
	}
	return 0, i
}

// underHundredInWords returns the value of a number from one to
// ninety-nine in English words at i and its end, or 0: a unit, a teen, or
// tens with a unit after a hyphen or a space, or none.
func underHundredInWords(s string, i int) (int, int) {
	e := wordOrHyphen(s, i)
	v := 0
	for n, w := range numberWords {
		if foldEquals(s[i:e], w) {
			v = n + 1
			break
		}
	}
	switch {
	case v == 0:
		return 0, i
	case v <= 19:
		return v, e
	}
	v = (v - 18) * 10 // twenty is the twentieth word
	k := e
	if k < len(s) && s[k] == '-' {
		k++
	} else {
		k = skipSpace(s, k)
	}
	if u, ue := unitInWords(s, k); u > 0 && k > e {
		return v + u, ue
	}
	return v, e
}

// wordOrHyphen is latinWord's end of the word at i, cut at a hyphen
// inside it: latinWord reads "twenty-first" whole, a day's word, and
// "eighty-four" not at all.
func wordOrHyphen(s string, i int) int {
	e := i
	for e < len(s) && (s[e]|0x20 >= 'a' && s[e]|0x20 <= 'z') {
		e++
	}
	return e
}

// numberWordAt reports whether a word of numberWords starts at i.
func numberWordAt(s string, i int) bool {
	return isWordOf(s[i:wordOrHyphen(s, i)], numberWords[:])
}

// countedInWords reports whether "thousand" or "hundred" is one of the
// three words after s[:e], a number word: a year in words counts them
// ("five thousand six hundred and three", "nineteen hundred and five"),
// where "the year two" of prose does not.
func countedInWords(s string, e int) bool {
	for range 3 {
		n := skipSpace(s, e)
		if n < len(s) && s[n] == '-' {
			n++
		}
		w := latinWord(s, n)
		if w == n {
			return false
		}
		if foldEquals(s[n:w], "thousand") || foldEquals(s[n:w], "hundred") {
			return true
		}
		e = w
	}
	return false
}

// numberWords are the English words a year in words starts with: its
// thousands, hundreds or tens (see yearInWords).
var numberWords = [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
