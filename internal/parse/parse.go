package parse

import (
	"strconv"
	"strings"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

const (
	// Night marks a weekday said of its evening: "Mon. night", "Motzei
	// Shabbat", "ליל רביעי", or the words after a civil date that say it
	// ("abends", "at sundown", a Literal). The dateline's own day is then
	// an evening, whose Hebrew date, from sunset, is the next day's.
	Night Flag = 1 << iota
	// Ambiguous marks the day and month of a numeric date that reads both
	// ways (03/02/2024); [Result.Swap] gives the other reading.
	Ambiguous
	// DayFirst marks the day of a numeric date read day first (02.03.2024).
	DayFirst
	// Qualified marks a HebrewMonth Adar written with a qualifier (Adar I,
	// Adar II, אדר ב׳); an unqualified Adar is ambiguous in a leap year.
	Qualified
	// RangeEnd marks a field of a range that is not the dateline's own day:
	// the 8 of "2-8 Cheshvan", the Thursday of "Thursday night-Friday".
	// Its Shift says how many days it lies from the dateline's day.
	RangeEnd
	// Customary marks the day and month of an Ambiguous numeric date whose
	// order the text settles: Hebrew text reads it day first, as Israeli
	// usage does ("(7.11.1912 למניינם)" is November 7), and so does free
	// text where a word of a language that writes it day first leads it
	// ("A partir del 6/12/2015"; see dayFirstWords).
	Customary
	// Corrected marks a Month or HebrewMonth whose name is misspelt by one
	// letter added, dropped or swapped (Septmber, Kislv), read as the one
	// month it fits, and a Day whose English ordinal suffix is another
	// day's (2th, 22st), read as its digits say; its layout writes the
	// name or the suffix right.
	Corrected
	// OldStyle marks the Old Style half of a dual date (see oldstyle.go):
	// the Julian Day of "February 11/22, 1732", or the legal Year (form
	// layout.LegalYear) of "February 11, 1731/2". It is not the dateline's
	// own day or year, which the other half states.
	OldStyle
	// Repeat marks a HebrewDay and HebrewMonth that name again the
	// dateline's Hebrew day, as Chabad pages add the day's name by its
	// letters after its date ("Friday, Shvat 10, 5772 · February 3, 2012
	// Yud Shevat"). Package dateline checks that they agree.
	Repeat
	// Motzei marks a Night weekday said with Motzei (Motzei Shabbat,
	// Motzoei Shabbos, מוצאי שבת, מוצ״ש): the evening after Shabbat, a
	// name no other weekday's evening has, so that no layout writes it.
	Motzei
	// NameAmbiguous marks a Month whose name two languages give different
	// months (listopada: November in Polish and Czech, October in
	// Croatian) where the dateline's other words do not say its
	// language: its Value is the first language's, and [Result.Swap]
	// gives the other reading. On a Weekday, it marks an abbreviation
	// that two languages give different days (tor.: Thursday in Danish
	// and Norwegian, Tuesday in Slovenian) before a month both write
	// alike ("tor., 5. dec. 2023"): [Result.SwapWeekday] gives the other
	// reading.
	NameAmbiguous
	// Counted marks a Holiday whose day the text counts from the
	// occasion's first ("1º dia de Pêssach", "2. Tag Rosch Haschana"; see
	// countedOccasion): its Shift says which day, and the first is the
	// occasion's first day only, where the name alone is any of its days.
	Counted
	// Begins marks a Literal, marked Night too, whose words after a
	// Hebrew date say that date begins on the evening of the civil day
	// after them ("3 Tammuz 5784 (beginning the evening of July 8,
	// 2024)", "22 Tishrei begins at sundown on October 20th, 2019"; see
	// eveningBefore): the Hebrew date must be that evening's. The civil
	// day's own Hebrew date contradicts the words, where a Night weekday
	// with it ("Saturday night, April 27 / 19 Nisan") is a site's custom
	// of printing the day's date until midnight.
	Begins
	// NightBefore marks a weekday said after Hebrew's "אור ליום" (the
	// night before the day): "אור ליום שישי י״ד ניסן" is Thursday night,
	// whose Hebrew date, from sunset, is Friday's, the date it gives. The
	// weekday names that day, with no Shift; the civil date beside it may
	// be that day's, as most pages print it ("אור ליום שישי ב' בניסן
	// התשפ"ג, ה- 24.3.2023", a Friday), or its evening's, the day before
	// ("יום חמישי בערב, אור ליום שישי י"ד ניסן ה'תשע"ח (29.3.2018)"),
	// and package dateline reads either as the night the words name.
	NightBefore
	// NamesNextDay marks a weekday that ends a range of whole dates and
	// names the day after its civil date, as ליל and ערב do ("מליל
	// רביעי, ה' אדר א' (13.2.2024) עד ליל שישי, י"ד אדר א' (22.2.2024)":
	// the night before Friday, Thursday's evening). Its Shift counts the
	// days to the day it names, which a layout writes; its civil date's
	// are one fewer, which package dateline checks against the dates'.
	NamesNextDay
	// Starts marks a Holiday after which a verb of startsWords says it
	// begins on the civil day that follows, with no evening's words
	// ("Pesah počinje 12. aprila", "Pesach alkaa 12. huhtikuuta"): the
	// day is its first or its eve, not any of its days.
	Starts
	// LastDay marks a Holiday the text names by its last day ("the last
	// day of Passover", "Final Day of Passover"; see lastDayOccasion): the
	// day is the occasion's and the next is not, in a schedule of
	// holidays, where the name alone is any of its days.
	LastDay
	// Past and Next mark the Literal that opens a dateline with a word
	// for the past or the next day before its number ("no passado dia 27
	// de janeiro", "el próximo 15 de septiembre"; see dayLead), or, in
	// free text, where a dateline starts at its day, the Day that such
	// words stand before (see relativeDayBefore): a year
	// taken for it, which the text does not name, is the most recent
	// whose day is not after the reference, or the first whose day is
	// not before it.
	Past
	Next
	// Declined marks a Month, marked Corrected too, whose name is in a
	// case no date writes after its day (Russian's prepositional "19-25
	// сентябре" for сентября; see locativeMonth), read as the month it
	// names; its layout writes the date's own case.
	Declined
	// ZoneDayFirst marks a Zone named by the abbreviation of a zone whose
	// country writes a numeric date day first (AEDT, NZST, SAST; see
	// zone.dayFirst): its dateline's ambiguous numeric date is day first
	// by that custom, as in Hebrew text, and marked Customary.
	ZoneDayFirst
	// EndFirst marks the other day of a range written with its end first,
	// before the dateline's own day, as a right-to-left text keeps the
	// digits it shows left to right ("7-6 מערץ, 2010", March 6-7; see
	// endFirstRange): it lies Shift days after the own day, as any
	// range's end does, though the text puts it before.
	EndFirst
	// BothWays marks the other day of a range that reads two ways before
	// a Hebrew-script month: "12-6 בתשרי" is 12 to 16 with its end cut
	// to its last digit (see abbreviatedEnd), as it was read, or 6 to 12
	// with the end written first (see EndFirst), whose first day is
	// another.
	BothWays
	// Monthless marks a Day written alone in brackets after its weekday,
	// with no month or year, as Brazilian news name the day they speak
	// of: "nesta terça-feira (2)", "ao pôr do sol desta quarta-feira
	// (1º)" (see bracketDay). The month and year are the reference's
	// nearest that give the day the weekday, which package dateline
	// finds.
	Monthless
	// AdarUnread marks a HebrewMonth Adar without a qualifier that
	// MatchMonth reads, followed by a word that is one misspelt ("Adar
	// Risho", "Adar Sheny") or a Hebrew form it does not read ("אדר
	// ראשונה"), which the field takes in (see adarQualifierSlip). The
	// text says which Adar, in words this reader cannot tell, and package
	// dateline refuses to take it for Adar II.
	AdarUnread
	// Morning marks a weekday said of its morning: "Friday morning",
	// "vendredi matin", "в пятницу утром", "ביום שישי בבוקר" (see
	// morningWord). No sunset has begun the next Hebrew day then, so a
	// Hebrew date a day ahead of the civil day's is wrong, as it is
	// beside a clock before noon ("9:00 am"); without the flag "Friday
	// morning, March 1, 2024 | 22 Adar I 5784" was only the after-sunset
	// warning. The afternoon has none: its end may be after a winter
	// sunset, as a clock after noon may be.
	Morning
	// Backward marks a range's end Day that the text joins to its start
	// by a dash and that comes before it in the month, in text read left
	// to right: "March 22-21, 2024", "22-21 March 2024" (see
	// backwardEnd); or, in a numeric range, in an earlier month of the
	// year: "10.12.-18.10.2020" (see backInto). Package dateline refuses it; without it, the range
	// was left unread and Find read its start or its end alone, with
	// nothing said. Hebrew text that writes a range's end first (7-6
	// מערץ) is read so (see endFirstRange).
	Backward
	// OffsetToo marks a range's end Hour that may be the time's offset:
	// "2024-03-02 01:30-05:00", an ISO date and a time with the space
	// that RFC 3339 allows for its T, is the times 01:30 to 05:00, as it
	// is read (see rangeEndNotOffset), or 01:30 at UTC-05:00 (see
	// offsetTooEnd). Package dateline warns with the other reading; the
	// range's end was dropped and the offset with it, with nothing said.
	OffsetToo
	// RangeToo marks a Zone, an offset glued by its minus to a time of
	// day with no seconds and no ISO T, that may be the end of a range of
	// times, later than the time: "2024-03-02 09:30-10" and "2024-03-02
	// 09:30-1000" are 9:30 at UTC-10:00, as they are read (see
	// zones), or 9:30 to 10:00. Package dateline warns with the other
	// reading; the first was read as far as 09:30, its "-10" dropped with
	// nothing said (Find) or a syntax error (Parse), and the second at the
	// offset with nothing said.
	RangeToo
)

// Parse reads s as one dateline or timestamp: a Gregorian date, a Hebrew
// date, or both in either order, with a weekday and a time of day, in any of
// the layouts real sites print (see the package documentation). Spaces and
// enclosing punctuation around it are allowed; any other text is an error,
// and [All] finds datelines inside longer text. Errors are *Error values
// with the offset where reading stopped.
func Parse(s string) (Result, error) {
	return ParseAppend(nil, s)
}

// ParseAppend is Parse with the fields appended to dst, so that a caller
// reading many datelines can reuse one slice: Result.Fields is dst's
// storage when it is large enough.
func ParseAppend(dst []Field, s string) (Result, error) {
	return parseAppend(dst, s, false)
}

// parseAppend is ParseAppend, reading a layout written by example where
// example is set (see parser.example).
func parseAppend(dst []Field, s string, example bool) (Result, error) {
	if len(s) > MaxInput {
		return Result{}, &Error{Input: s, Offset: MaxInput, Expected: tooLong, Found: foundAt(s, MaxInput), Err: ErrTooLong}
	}
	var p parser
	p.init(s)
	p.example = example
	p.whole = true
	start := skipSpace(s, 0)
	p.run(start, true)
	if p.listCut {
		// Before the reading's own failure, which a list cut short
		// leaves without its month ("les 1, 2, ... 21 et 22 mars
		// 2024" said "expected a month name, found ","").
		return Result{}, p.error(p.cutAt, "the end of a list of at most "+strconv.Itoa(maxMids+2)+" days")
	}
	if !p.dated() && !p.portionOnly() {
		return Result{}, p.error(start, "a date")
	}
	if p.between && !p.hasRangeEnd() {
		return Result{}, p.error(p.last, "the end of the period")
	}
	if p.relativeLead != 0 && p.n > 0 && p.buf[0].Kind == layout.Literal {
		p.buf[0].Flags |= p.relativeLead
	}
	end := p.last
	// Closing punctuation after the dateline belongs to it: "(July 27, 2021)".
	k := end
	for k < len(s) {
		r, n := decode(s, k)
		if !script.IsSpace(r) && !isClosing(r) {
			break
		}
		k += n
	}
	if rest := skipSpace(s, k); rest < len(s) {
		return Result{}, p.error(rest, "the end of the dateline")
	}
	for k > end {
		r, n := lastRune(s, k)
		if !script.IsSpace(r) {
			break
		}
		k -= n
	}
	if k > end {
		p.push(Field{Element: layout.Lit(s[end:k]), Start: end, End: k})
		end = k
	}
	p.finish()
	r := Result{Input: s, Start: p.start, End: end, Fields: p.result(dst)}
	EveOfCivilDay(&r)
	return r, nil
}

// isClosing reports whether r is punctuation that may close a dateline:
// brackets and quotes, and a sentence's end, the exclamation mark of the
// event lines pages print ("Sunday, November 28 -- 1st Night of
// Hanukkah!", "Latkefest: Sunday, December 10, 2017!") as much as the full
// stop. Not the question mark, which after a date may say the date is
// uncertain ("born March 3, 1850?").
func isClosing(r rune) bool {
	switch r {
	case ')', ']', '.', ',', ';', '!', '}', '>', '»', '”', '“', '"':
		return true
	}
	return false
}

// lastRuneOf returns the rune before s[i].
func lastRuneOf(s string, i int) rune {
	r, _ := lastRune(s, i)
	return r
}

func lastRune(s string, i int) (rune, int) {
	j := i - 1
	for j > 0 && s[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := decode(s, j)
	return r, i - j
}

// maxFields is the most fields a dateline holds, literals included: a
// dateline is a line, and a run of phrases that would take more ends it.
const maxFields = 40

// maxMids is the most middle days a list of days of one month keeps,
// those between its first and last (see parser.mids): as many as a
// dateline of maxFields holds with a separator after each. It was four,
// and a list of seven days or more was read in part: "March 1, 3, 6, 8,
// 13, 15 and 20, 2023" as March 1 alone, with the reference's year, and
// "les 1, 3, 6, 8, 13, 15 et 20 mars 2023" from the 3rd, the 1st lost
// with nothing said.
const maxMids = maxFields/2 - 2

// cutList records that a list of days goes on at i past the middle
// days the parser keeps (see listCut).
func (p *parser) cutList(i int) {
	p.listCut, p.cutAt = true, i
}

// parser reads one dateline. Phrase methods add fields as they read and,
// when a phrase fails, restore what they added with mark and reset.
//
// The fields are kept in an array inside the parser, so that reading
// allocates nothing: Parse and All copy them out once, into the Result.
type parser struct {
	// example says the text is a layout written by example, whose
	// minute of one digit ("Sunset 15.4H", the reference's 15:04) is
	// the unpadded minute's form, where a date's text has none (see
	// clockAt). init leaves it as it is.
	example bool
	s       string
	buf     [maxFields + 2]Field // two more for the closing literals
	n       int                  // the fields read are buf[:n]
	full    bool                 // a phrase did not fit in maxFields
	start   int                  // where the dateline starts
	last    int                  // end of the last element added
	// failAt and expected describe the furthest point reading reached
	// without success, for the error.
	failAt   int
	expected string
	failErr  error // ErrRange when what failed there is a number out of range, else ErrSyntax
	// unreadYear is set when the text states a date's year in a way the
	// reader does not read: a civil year before the common era ("March
	// 15, 44 BC", see beforeCommonEra) or a year in words ("in the year
	// five thousand six hundred and three", see yearInWords). Free text
	// then takes no date there, not even the day and month without the
	// year, which would be given in a year the text does not say.
	unreadYear bool
	// listCut is set, with cutAt the day's offset, when a list of days
	// of one month goes on past the maxMids middle days a dateline
	// keeps: a dateline read from it would be a part of the list, in a
	// year its end states or none, and free text takes no date there,
	// Parse refusing the whole ("March 1, 2, 3, ... 21 and 22, 2023" was
	// read as March 1 of the reference's year).
	listCut bool
	cutAt   int
	// between is set when the text opened with a word for "between"
	// (see betweenLead): only a range's two days close it, and a reading
	// of its first day alone is no date.
	between bool
	// relativeLead is Past or Next when the dateline opens with a word
	// for the past or next day before its number ("no passado dia 27 de
	// janeiro", see dayLead): the words say which way the year lies from
	// the page's day, and the leading Literal is marked so.
	relativeLead Flag
	// anchorSecond is set when a weekday range names the evening before
	// the dateline's day ("Thursday night-Friday"): date ranges then end
	// on the dateline's day rather than start on it.
	anchorSecond bool
	// endDated is set, to the days between them, when a range of two
	// weekdays joined by "until" has its date after the second
	// ("Wednesday until Thursday, October 2"): the date is then the
	// end's, and the end's day the dateline's (see endDated).
	endDated int16
	// weak is set when the Gregorian date is one that free text does not
	// count as a date by itself: a numeric date without its year (12/25, a
	// fraction or a score as often), or a month written in lower case that
	// is also an English word (march 10 blocks, may 2).
	weak bool
	// spacedYear is set when twoDigitYear read a year of two digits after
	// the month with only a space before it ("2 March 24"), as a street
	// named for a date writes its house number ("Rua Sete de Setembro
	// 15", "na ulicy 1 Maja 12"); spacedLoose too where it ends the
	// text or comes before punctuation or a number, not a line or a
	// bracket that holds the dateline alone. Free text counts such a
	// dateline only as spacedYearConfirmed says.
	spacedYear, spacedLoose bool
	// rangeEnd is set for the look-ahead that reads the end of a range of
	// times (8:00-9:00PM), which has none of its own.
	rangeEnd bool
	// weakHebrew is set when the Hebrew date is one that prose writes as
	// other words too: a day named by one letter whose name is an English
	// word (Hey Sivan, Bet Av: see letterDay), or a month in Hebrew
	// letters before a day in digits ("ברחוב אב 12", Av Street 12, where
	// אב is "father"): free text counts it as a date only with a year, a
	// weekday or a Gregorian date.
	weakHebrew bool
	// slipped is set when a month name was read misspelt (Septmber):
	// free text counts it only with a year beside it, or, where the one
	// misspelt name is the weekday, before a day and a month written
	// right (see confirmed).
	slipped bool
	// bare is set when the month is an abbreviation without its dot or
	// cut short (08 Déc 2014, giu, верес): free text counts it only with a
	// weekday, a time or a Hebrew date beside it, where "out 2, 2022"
	// would be prose (see word.bare).
	bare bool
	// bareDay is set when the weekday is an abbreviation of two Latin
	// letters (Dutch's vr, ma, di, do): free text counts the dateline only
	// if its names share a language, where "ma 24 gennaio 2014" is
	// Italian's "but".
	bareDay bool
	// shortDay is set when the weekday is one of shortWeekdays (pe, per,
	// mar.): free text counts the dateline only if its month is no
	// English word, where "3 per 5 May 2024" is English prose before May
	// 5, not Turkish's Thursday.
	shortDay bool
	// weakDay is set when the weekday is another language's abbreviation
	// without its dot (Sa of Sa.) or of two Latin letters (vr): free text
	// counts the dateline only with a day of a month beside it and names
	// that share its language, where "sa Chanuka" is Slovak's "Chanuka
	// (begins)" and "di Rosh ha-shanah 5770 (19-20 settembre 2009)"
	// Italian's "of Rosh Hashana", not Saturday's or Tuesday's occasion.
	weakDay bool
	// nextFlag is set when dateBegins read, after a civil date, the verb
	// that says the occasion after it begins: Night, on that day's
	// evening, or Starts, on that day or its evening (startsWords). The
	// occasion read next has it.
	nextFlag Flag
	// zmanOf is set while reading the clock after a zman's label
	// (Candle lighting 5:26 pm): the fields added have that Zman, and
	// has answers for that time, not the dateline's own.
	zmanOf layout.Zman
	// whole is set when reading a whole dateline (Parse), whose words
	// are all the dateline's: only there is a month glossed (see
	// glossedMonth). A look-ahead's parser, and free text's, have it
	// unset.
	whole bool
	// list is set when reading free text, where an item separator (see
	// itemSeparator) may end one item of a list as well as part the two
	// calendars of one dateline: see endsItem.
	list bool
	// item is set for the look-ahead of endsItem, which reads one side
	// of an item separator and does not cross the next.
	item bool
	// brokeAt is, in free text, the dateline as it was before an
	// occasion, portion or Omer count read after a line break, which
	// the dateline keeps only if it ends that line (see lineOccasion);
	// broke says there is one.
	brokeAt mark
	broke   bool
	// mids are the middle days of a list of days (the 22 of "21., 22.
	// und 23. Tishrei"), which dayFirst reads and addDays adds (see
	// maxMids).
	mids [maxMids]Field
	nmid int
	// midDays are the weekdays before the mids, where each day of the
	// list has its own ("Martedì 21, Mercoledì 22 e Lunedì 27
	// settembre"); hasMidDays says there are.
	midDays    [maxMids]Field
	hasMidDays bool
	// endDay is the weekday of a range's or pair's last day, written
	// before it as the first day's is before that ("jueves 3 y viernes 4
	// de octubre"), which dayFirst reads and addDays adds; hasEndDay says
	// there is one.
	endDay    Field
	hasEndDay bool
	// endFirst says the range dayFirst read has its end first in the
	// text (see endFirstRange), which addDays adds first.
	endFirst bool
	// words holds the last words wordAt read, by where they start (see
	// wordMemo); nextWord is the entry the next word read takes. Only
	// the words whose text is the parser's are this reading's: init
	// counts each reading.
	words    [2]wordMemo
	nextWord uint8
	text     uint64
}

// A wordMemo is a word of the parser's text that wordAt read: where it
// starts and ends, and what the tables know of it. The readers a phrase
// tries at one place each read the word there (a weekday, a month, an
// occasion, a join), and a try at a word of prose that fails reads it
// and the word after it half a dozen times: the memo reads each once.
// The parser holds the last two read, as the readers go back only to
// the word before; a memo is good for the text it was read in (see
// init).
type wordMemo struct {
	text    uint64 // the parser's text when it was read
	at, end int
	w       word
	ok      bool
}

// init makes p ready to read a dateline of s, without clearing the array.
func (p *parser) init(s string) {
	p.s, p.n, p.full = s, 0, false
	p.start, p.last = 0, 0
	p.failAt, p.expected, p.failErr = -1, "", ErrSyntax
	p.anchorSecond, p.weak, p.weakHebrew, p.rangeEnd, p.slipped, p.bare, p.bareDay, p.shortDay = false, false, false, false, false, false, false, false
	p.weakDay, p.unreadYear, p.endDated, p.between = false, false, 0, false
	p.listCut, p.cutAt = false, 0
	p.spacedYear, p.spacedLoose = false, false
	p.zmanOf = layout.NoZman
	p.list, p.item, p.nmid, p.hasEndDay, p.whole, p.broke = false, false, 0, false, false, false
	p.endFirst = false
	p.hasMidDays = false
	p.text++ // no word read before is this text's, nor one of the zero parser's
}

// fields returns the fields read so far; the slice is p's own.
func (p *parser) fields() []Field { return p.buf[:p.n] }

// result returns a copy of the fields read: the one allocation of a
// successful Parse.
func (p *parser) result(dst []Field) []Field {
	if cap(dst)-len(dst) < p.n {
		dst = append(make([]Field, 0, len(dst)+p.n), dst...)
	}
	return append(dst, p.buf[:p.n]...)
}

// push appends f, or records that the dateline is full.
func (p *parser) push(f Field) {
	if p.n >= maxFields && f.Kind != layout.Literal || p.n == len(p.buf) {
		p.full = true
		return
	}
	p.buf[p.n] = f
	p.n++
}

type mark struct{ n, last int }

func (p *parser) mark() mark { return mark{p.n, p.last} }

func (p *parser) reset(m mark) { p.n, p.last = m.n, m.last }

// fail records that reading at i expected what.
func (p *parser) fail(i int, what string) bool {
	if i > p.failAt {
		p.failAt, p.expected, p.failErr = i, what, ErrSyntax
	}
	return false
}

// failRange records that reading at i found a number where what was
// expected, of the right shape but out of range (hour 25, the year 10000):
// the error then wraps ErrRange, not ErrSyntax. It wins over a syntax
// failure at the same place.
func (p *parser) failRange(i int, what string) bool {
	if i >= p.failAt {
		p.failAt, p.expected, p.failErr = i, what, ErrRange
	}
	return false
}

// error returns the *Error for a dateline that could not be read, at the
// furthest point reached, or at i expecting what if reading got no further.
func (p *parser) error(i int, what string) *Error {
	err := ErrSyntax
	if p.failAt >= i {
		i, what, err = p.failAt, p.expected, p.failErr
	}
	return &Error{Input: p.s, Offset: i, Expected: what, Found: foundAt(p.s, i), Err: err}
}

// add appends f, preceded by the literal text since the last element.
func (p *parser) add(f Field) {
	if p.zmanOf != layout.NoZman && f.Kind != layout.Literal {
		f.Zman = p.zmanOf
	}
	if f.Start > p.last {
		p.push(Field{Element: layout.Lit(p.s[p.last:f.Start]), Start: p.last, End: f.Start})
	}
	p.push(f)
	p.last = f.End
}

// has reports whether the dateline already states its own day's k (the
// clock of a zman's, while reading one).
func (p *parser) has(k layout.Kind) bool {
	for i := range p.n {
		if f := &p.buf[i]; f.Kind == k && f.Flags&RangeEnd == 0 && f.Zman == p.zmanOf {
			return true
		}
	}
	return false
}

// dated reports whether what was read names a date: a month with a day or
// a year, in either calendar, an occasion, a weekly portion with its
// Hebrew or its civil year (the Shabbat it is read on), a day of the Omer
// with its year (see addOmer), or a weekday with its day of the month in
// brackets (see bracketDay).
func (p *parser) dated() bool {
	return p.has(layout.Month) && (p.has(layout.Day) || p.has(layout.Year)) || p.monthlessDay() ||
		p.has(layout.HebrewMonth) && (p.has(layout.HebrewDay) || p.has(layout.HebrewYear)) ||
		p.has(layout.Holiday) || (p.has(layout.Portion) || p.has(layout.Omer)) && (p.has(layout.HebrewYear) || p.has(layout.Year))
}

// occasionOnly reports whether an occasion's name is all that was read,
// as before the days of its range: "Chanukah, from November 29 to
// December 6", Danish "chanukkah fra 29. november til 6. december". The
// word for "from" opens a range there as it does at a dateline's start;
// after a date it is prose.
func (p *parser) occasionOnly() bool {
	for _, f := range p.fields() {
		if f.Kind != layout.Holiday && f.Kind != layout.Literal {
			return false
		}
	}
	return p.has(layout.Holiday)
}

// portionOnly reports whether a weekly portion's name is all that was
// read, with no date or year, or with a weekday of its week alone:
// "Parashat Vayakhel", "פרשת ויקהל", "Shabbat Parashat Vayakhel". A whole
// dateline so names the portion's Shabbat, in the year the dateline
// layer infers, as a year-less occasion's ("Purim") is; it was refused
// ("expected a date"). In text it is a word, as an occasion alone is, and
// Find does not read it.
func (p *parser) portionOnly() bool {
	for _, f := range p.fields() {
		if f.Kind != layout.Portion && f.Kind != layout.Literal && f.Kind != layout.Weekday {
			return false
		}
	}
	return p.has(layout.Portion)
}

// maxGap is the most separators read between two phrases.
const maxGap = 6

// run reads phrases and the separators between them from i, as long as
// they fit one dateline. lenient allows separators before the first phrase.
func (p *parser) run(i int, lenient bool) {
	p.start, p.last = i, i
	gap := 0
	open, openMark := -1, mark{} // the bracket an aside may be in, and what was read before it
	afterDash := false           // the last separator was a spaced dash, which a title may follow
	for {
		j := skipSpace(p.s, i)
		if j >= len(p.s) {
			return
		}
		if p.n == 0 && !lenient {
			p.start, p.last = j, j
		}
		if p.list && j > i && p.n > 0 && strings.IndexByte(p.s[i:j], '\n') >= 0 && p.endsLine(j) {
			return
		}
		if p.whole && p.n == 0 {
			if w := blessingEnd(p.s, j); w > j {
				// ב״ה, בס״ד at the head of a letter's dateline (see
				// blessingEnd): its text.
				p.push(Field{Element: layout.Lit(p.s[j:w]), Start: j, End: w})
				i, p.last = w, w
				continue
			}
			if w := skipThisWeekday(p.s, j); w > j {
				// A word for "this" before the weekday that starts a
				// dateline, as news name the day they speak of: "ce
				// mercredi 20 septembre à 19h35" (Destimed), "este lunes
				// 24 de abril", "neste domingo, 12 de outubro", "this
				// Monday, April 24, 2023". It was read after a verb only
				// (see beginsThis), and the text alone was no date.
				p.push(Field{Element: layout.Lit(p.s[j:w]), Start: j, End: w})
				i, p.last = w, w
				continue
			}
		}
		m := p.mark()
		if k, ok := p.phrase(j); ok {
			if p.n > m.n && m.n > 0 && p.spansInBrackets(m, j, k) {
				p.reset(m) // (… - January 5, 2001) (18 Kislev 5671 - …): two spans, not one date
				return
			}
			if p.n > m.n && m.n > 0 && p.buf[p.n-1].Kind == layout.Weekday && p.weekdayOpensLine(m, j, k) {
				p.reset(m) // "March 2, 2024\nSunday we met": the next line's
				return
			}
			if p.full || p.n > m.n && p.buf[p.n-1].Kind == layout.Weekday && p.weekdayOfNext(m, k) {
				// A weekday after a whole date, with another
				// date after it, is that date's (see nextDateAfter).
				p.reset(m)
				p.full = false
				return
			}
			if !p.suffix() {
				p.reset(m) // a clock whose part of the day no layout reads
				return
			}
			p.lineOccasion(j, m)
			p.dateEvening()
			p.dateRelative() // le 12 mai prochain, 12 mei a.s.
			i, gap = max(k, p.last), 0
			if e := p.turkishNight(i); e > i {
				i = e // 10 eylül’ü 11 eylül’e bağlayan akşam
			} else if e := p.fullRange(i); e > i {
				i = e // du 22 avril 2024 au 30 avril 2024
				p.dateEvening()
				i = max(i, p.last)          // … au sam. 26 octobre 2024 (au soir)
				i = p.bracketedHebrewEnd(i) // … August 28, 2022 (Elul 1 5782)
			} else if e := p.hebrewFullRange(i); e > i {
				i = e // י״ח בחשון תשע״ט – י״ט בחשון תשע״ט
			}
			continue
		}
		if p.n == 0 && !lenient {
			// No phrase starts the dateline, which ends here, before a
			// separator is looked for (separator changes nothing in p).
			return
		}
		if e := p.repeatDate(j); e > j {
			i, gap = e, 0 // "20/9/2001, 20 settembre 2001"
			continue
		}
		if e := p.repeatStamp(j); e > j {
			i, gap = e, 0 // "Lundi 15 décembre 2014 1 15 /12 /Déc /2014 00:26"
			continue
		}
		if e := p.repeatBracket(j); e > j {
			i, gap = e, 0 // "28 Heshvan 5771 (28 Heshvan 5771 (November 5, 2010))"
			continue
		}
		if e := p.oldStyleAside(j); e > j {
			// "April 19 [O.S. April 6] 1903", and the year's word
			// after it: "18 юли (6 юли стар стил) 1837 г.".
			p.suffix()
			i, gap = max(e, p.last), 0
			continue
		}
		if e := p.leadingAside(j); e > j {
			i, gap = e, 0 // "(May 30) June 9 in 1672"
			continue
		}
		if e := p.oldStyleSlash(j); e > j {
			i, gap = e, 0 // "29 Jan/8 Feb 1676"
			continue
		}
		k := p.separator(j)
		if k == j && p.s[j] == '.' {
			if e, ok := p.markerAfterPoint(j); ok {
				i, gap = e, 0 // "Born April 2. 1743. O.S."
				continue
			}
		}
		if k == j && afterDash && lenient && !p.list && p.dated() {
			if end := p.title(j); end > j {
				// "Chof Daled Teves - Yartzeit of the Alter Rebbe
				// Motzoei Shabbos-Sunday": the words of a title
				// between the dateline's parts are text of it.
				i, afterDash = end, false
				continue
			}
		}
		if k == j && lenient && !p.list && p.dated() {
			if next := p.label(j); next > j {
				// "Friday, September 15, Evening Service @ 7 pm": a
				// label's words are text of the dateline.
				i = next
				continue
			}
		}
		r, _ := decode(p.s, j)
		afterDash = k > j && script.IsDash(r) && j > 0 && script.IsSpace(lastRuneOf(p.s, j))
		if k == j && open >= 0 {
			if end, ok := p.closingGloss(open, j, openMark); ok {
				i, open = end, -1 // … – Pesach (Pasqua);
				continue
			}
			if end, ok := p.closeAside(open, j, openMark); ok {
				i, open = end, -1
				continue
			}
		}
		if k == j || gap == maxGap {
			return
		}
		if p.s[j] == '(' && lenient && !p.list && p.dated() {
			open, openMark = j, m
		}
		if h := skipSpace(p.s, k); h < len(p.s) && p.s[h] == 0xD7 && p.repeatHebrew(h) > h {
			// "… • 25 Shevat 5785 • כ"ה שבט ה' תשפ"ה": the Hebrew date
			// again in script, no next item.
			i, gap = p.last, 0
			continue
		}
		if (p.list || p.item) && itemSeparator(p.s, j) && (p.item || p.endsItem(k)) {
			return
		}
		i = k
		gap++
	}
}

// weekdayOpensLine reports whether the weekday read from s[j] to s[k],
// alone after the fields before m, opens a line of prose after the line
// break between the dateline and it (a separator's words, ביום, may come
// between): words follow it on its line. "March 2, 2024\nSunday we met at
// the synagogue" and "י״ב כסלו תש״ך, 9/12/43\nביום רביעי ..." took the
// next line's weekday, a weekday error on a right date, or a two-digit
// year read in the century the weekday fits. A weekday on a line of its
// own ("March 2, 2024\nSaturday", a card's) is still the date's.
func (p *parser) weekdayOpensLine(m mark, j, k int) bool {
	s := p.s
	if strings.IndexByte(s[m.last:j], '\n') < 0 {
		return false
	}
	for _, f := range p.buf[m.n : p.n-1] {
		if f.Kind != layout.Literal {
			return false // a date read with it: see weekdayOfNext
		}
	}
	for _, f := range p.buf[:m.n] {
		if f.Kind == layout.Weekday {
			return false
		}
	}
	e := k
	for e < len(s) && (s[e] == ' ' || s[e] == '\t' || strings.IndexByte(".,:;!", s[e]) >= 0) {
		e++
	}
	return e < len(s) && s[e] != '\n' && s[e] != '\r'
}

// weekdayOfNext reports whether the weekday that ends at s[k], read after
// a dateline's day and month (the fields before m) that have none, is
// the next date's: a civil date (a day and a month's name, or a month's
// name) follows it, after a comma or spaces, as a list or programme
// writes each date's weekday before it ("23. septembra 2026. u subotu 19.
// septembra 2026.", "23 September 2026 Saturday 19 September 2026"). It
// was read as the first date's, a weekday error on a right date, and the
// next date's went unread.
func (p *parser) weekdayOfNext(m mark, k int) bool {
	day, month := false, false
	for _, f := range p.buf[:m.n] {
		switch f.Kind {
		case layout.Day:
			day = true
		case layout.Month:
			month = true
		case layout.Weekday:
			return false
		}
	}
	if !day || !month {
		return false
	}
	s := p.s
	j := k
	if j < len(s) && s[j] == ',' {
		j++
	}
	j = skipSpace(s, j)
	if j > k && j < len(s) && !gregorianDateAt(s, j) {
		// An article between: "Am Dienstag, dem 20. März 2018", "Tuesday,
		// the 20th of March 2018" on the line after a date.
		if e := matchWords(s, j, "dem", "den", "the", "le", "il", "el"); e > j {
			j = skipSpace(s, e)
		}
	}
	return j > k && j < len(s) && gregorianDateAt(s, j)
}

// closeAside reads the words in brackets from open to j, where no
// separator follows what was read after the bracket, as text of the
// dateline: "vrijdag 16 december (in de regio Amsterdam) om 16:10 uur".
// What they said is none of its fields: the reading goes back to m, the
// mark before the bracket, and on after it, with a Hebrew year right
// after it if one follows there. It returns where the reading goes on,
// and whether there is such an aside.
func (p *parser) closeAside(open, j int, m mark) (int, bool) {
	end := p.aside(open, j, m.n)
	if end <= 0 {
		return 0, false
	}
	p.reset(m)
	i := end
	if p.yearAfterAside(end, p.n) {
		if _, ok := p.hebrewYear(skipSpace(p.s, end)); ok {
			i = p.last
		}
	}
	return i, true
}

// dateEvening reads a word for the evening right after a Gregorian day,
// "am 10. Dezember abends = am 25. Kislev 5781", "12 квітня 2025 року
// ввечері", or the words that say "in the evening" ("mardi 20 décembre au
// soir", "sexta-feira, 20 de dezembro à noite", and after a comma,
// "dimanche 27 septembre, au soir"), where it ends the text or
// punctuation follows it, as text of the dateline, a Literal marked Night:
// the dateline names the day's evening, whose Hebrew date, from sunset, is
// the next day's. After a weekday the word is the weekday's (see
// weekdays).
func (p *parser) dateEvening() {
	if p.n == 0 {
		return
	}
	hebrewDate := false
	switch p.buf[p.n-1].Kind {
	case layout.HebrewDay, layout.HebrewMonth, layout.HebrewYear:
		// A Hebrew date alone, with its weekday to say which evening:
		// "ביום חמישי, י״ח באייר תשפ״א, בערב" (see hebrewEvening). The
		// words are looked for first: most Hebrew dates have none after.
		k := skipSpace(p.s, p.last)
		if k < len(p.s) && p.s[k] == ',' {
			k = skipSpace(p.s, k+1)
		}
		if _, ok := hebrewEvening(p.s, k); !ok {
			return
		}
		hebrewDate = p.has(layout.HebrewDay) && p.has(layout.HebrewMonth) && p.has(layout.Weekday) && !p.has(layout.Day)
		if !hebrewDate {
			return
		}
	case layout.Day, layout.Month, layout.Year, layout.Literal, layout.Hour, layout.Minute, layout.AMPM:
		if !p.has(layout.Day) || !p.has(layout.Month) {
			return
		}
	default:
		return
	}
	switch last := p.buf[p.n-1]; {
	case hebrewDate && (last.Kind == layout.HebrewDay || last.Kind == layout.HebrewMonth || last.Kind == layout.HebrewYear):
		// right after the Hebrew date's last field: read on
	case hebrewDate:
		return
	case last.Kind == layout.Day || last.Kind == layout.Month || last.Kind == layout.Year:
		// right after the date's last field: read on
	case last.Kind == layout.Literal && p.n >= 2 && p.buf[p.n-2].Kind == layout.Year:
		// 2025 року ввечері: after the year's word.
	case last.Kind == layout.Literal && p.n >= 2 && p.buf[p.n-2].Kind == layout.Day && (gluedEnding(p.s, p.buf[p.n-2], last) || dayPoint(p.s, p.buf[p.n-2], last) || dayDiena(p.s, last.Start) == last.End && last.Start == p.buf[p.n-2].End):
		// február 27-én este: after the day's case ending; május 25.
		// napnyugtától: after the point of a day that ends the date;
		// gruodžio 24 d. vakare: after Lithuanian's word for the day.
	case p.afterClock():
		// 3 красавіка, а 19-й гадзіне, пасля заходу сонца: after the
		// date's hour, set off by a comma as a clause (see afterClock).
	default:
		return
	}
	k := skipSpace(p.s, p.last)
	if strings.IndexByte(p.s[p.last:k], '\n') >= 0 {
		// The words open the next line, its own: a table's next row,
		// "Sunset, 4 April 2020 – nightfall, 5 April 2020" after a line
		// ending "5 April", was read as that day's evening, and the row
		// from its day on, with the civil day's Hebrew date.
		return
	}
	if last := p.buf[p.n-1]; last.Kind == layout.Month && monthPointAt(p.s, k) {
		// The point of a month in digits, which dotDayMonth leaves after
		// a weekday: "u nedjelju 20. 09. sa zalaskom sunca".
		k = skipSpace(p.s, k+1)
	}
	paren := k < len(p.s) && p.s[k] == '(' && k > p.last // 2 octobre (au soir)
	if paren {
		k++
	}
	comma := !paren && k < len(p.s) && p.s[k] == ','
	if comma {
		// After a comma, with its preposition: "du dimanche 27
		// septembre, au soir, jusqu'au lundi 28 septembre 2020".
		k = skipSpace(p.s, k+1)
	}
	if !hebrewDate && p.afterShabbat(k, paren) {
		return // 28 de agosto de 2021, após o Shabat
	}
	c := skipBeginsParticiple(p.s, k)
	begins := c > k // March 16, starting at sundown
	k = c
	at := k
	e, ok := hebrewEvening(p.s, at)
	if k = skipEveningPreposition(p.s, k); !ok && comma && k == at && matchPhrases(p.s, k, sunsetClauses[:]) == k {
		return // 27 septembre, soir: a list goes on
	}
	if hebrewDate && !ok {
		return
	}
	if !ok {
		e, ok = sunsetWord(p.s, k)
	}
	if !ok && !hebrewDate && at < len(p.s) && (p.s[at]|0x20 == 'd' || p.s[at]|0x20 == 'i') {
		e = matchPhrases(p.s, at, eveningPhrases[:]) // the cheap test first: most text after a date is no such phrase
		ok = e > at
	}
	if !ok && k < len(p.s) && dateSunsetFirst[p.s[k]|0x20] {
		if e = matchPhrases(p.s, k, dateSunsets[:]); e == k {
			e = matchPhrases(p.s, k, sunsetClauses[:])
		}
		if h, hyphened := foldPrefix(p.s, k, "pôr-do-sol"); e == k && hyphened && wordEnds(p.s, h) {
			e = h // Portugal's spelling before 1990's reform, one word
		}
		ok = e > k
	}
	if !ok {
		var w word
		w, e, ok = p.wordAt(k)
		if !ok || w.kind != wNight {
			return
		}
	}
	if paren {
		if e >= len(p.s) || p.s[e] != ')' {
			return
		}
		e++
	}
	if r, _ := decode(p.s, skipSpace(p.s, e)); script.IsWordRune(r) && !rangeWordAfter(p.s, e) && !dateBeginsAfter(p.s, e) && !isWordOf(p.s[k:e], eveningsGoOn[:]) && !p.hungarianEvening(k, e) && !clockAfterEvening(p.s, e) {
		return // este año: a word goes on
	}
	p.push(Field{Element: layout.Lit(p.s[p.last:e]), Start: p.last, End: e, Flags: Night})
	p.last = e
	if begins {
		p.holidayNight() // the participle says of the occasion what its verb does (see occasionBegins)
	}
}

// clockAfterEvening reports whether a time of day (see timeAfter) follows
// the word for the evening that ends at s[e], after a space, as an event
// listing writes the evening's hours after it without a comma: "Erev
// Rosh Hashanah:  Sept 6th evening  4 p.m. to 6 p.m." (jccpeterborough.com,
// the 239th held-out round) failed at the evening, which read "evening,
// 4 p.m." with its comma. Another number after the evening (a year, a
// day) is no clock, and the text still ends there.
func clockAfterEvening(s string, e int) bool {
	c := skipSpace(s, e)
	return c > e && timeAfter(s, e, c) == c
}

// afterClock reports whether the date's time of day was read last (its
// hour, minutes or AM or PM, or the word for the hour after them) and a
// comma follows it, after which dateEvening reads a sunset clause as it
// does after a date: "Сёлета 3 красавіка, а 19-й гадзіне, пасля заходу
// сонца, пачынаецца ПЕСАХ" (this year on 3 April, at 19 o'clock, after
// sunset, Pesach begins; Radio Racyja, the hundred-and-sixty-ninth
// held-out round) was no date; "3 апреля 2015, в 19:00, после захода
// солнца". The comma is asked for, as the clause then says the evening
// of the day, not the hour's place in it.
func (p *parser) afterClock() bool {
	k := p.n - 1
	if p.buf[k].Kind == layout.Literal && k > 0 {
		k--
	}
	switch p.buf[k].Kind {
	case layout.Hour, layout.Minute, layout.AMPM:
	default:
		return false
	}
	c := skipSpace(p.s, p.last)
	return c < len(p.s) && p.s[c] == ','
}

// eveningsGoOn are the Baltic languages' words for "in the evening",
// which after a date say nothing else and may have the sentence go on
// after them, where another language's word may be another word of the
// sentence (Spanish's "este año" after a date is "this year", not
// Hungarian's evening): "rugsėjo 29-osios vakarą sutiko Naujuosius
// 5780-uosius metus" (on the evening of 29 September met the New Year
// 5780; the ninety-fourth held-out round), read as the civil day's own
// Hebrew date; "gruodžio 24 d. vakare uždegė", "24. decembrī vakarā
// iedegs", "24. detsembri õhtul süüdati".
var eveningsGoOn = [...]string{"vakarą", "vakare", "vakarā", "õhtul"}

// hungarianEvening reports whether s[k:e], the word for the evening after
// a date, is Hungarian's "este" after the day's case ending or its point,
// which only Hungarian writes so: a word after it goes on the sentence,
// as after the Baltic languages' (eveningsGoOn), where after another
// date "este" may be Spanish's "this". "Idén szeptember 9-én este
// ünneplik a zsidók az újévet" (this year on the evening of 9 September
// the Jews celebrate the New Year; incoming.tsv) was the civil day's
// Hebrew date, its evening left out.
func (p *parser) hungarianEvening(k, e int) bool {
	if p.n < 2 || !foldEquals(p.s[k:e], "este") {
		return false
	}
	day, lit := p.buf[p.n-2], p.buf[p.n-1]
	return day.Kind == layout.Day && lit.Kind == layout.Literal && (gluedEnding(p.s, day, lit) || dayPoint(p.s, day, lit))
}

// gluedEnding reports whether Literal lit is a case ending joined to day
// by a hyphen, as Hungarian writes one after a day's digits (27-én,
// 16-án, 1-jén).
func gluedEnding(s string, day, lit Field) bool {
	return lit.Start == day.End && lit.End > lit.Start+1 && s[lit.Start] == '-'
}

// dayPoint reports whether Literal lit is the point right after day, as
// Hungarian writes a day that ends a date (május 25.).
func dayPoint(s string, day, lit Field) bool {
	return lit.Start == day.End && lit.End == lit.Start+1 && s[lit.Start] == '.'
}

// dateBeginsAfter reports whether a word of dateBeginsWords, a verb that
// says an occasion named after it begins on the date's evening, follows
// the spaces at s[e]: "február 27-én este köszönt be purim" (see
// dateBegins), where the evening's word is the dateline's and a word after
// it is prose otherwise.
func dateBeginsAfter(s string, e int) bool {
	k := skipSpace(s, e)
	if k == e || k >= len(s) || s[k]|0x20 != 'k' && s[k]|0x20 != 'b' {
		return false // most words after the evening's: no phrases to match
	}
	return matchPhrases(s, k, dateBeginsWords[:]) > k
}

// hebrewEvening returns the end of Hebrew's words for "in the evening"
// after a date at s[k], בערב or בשעות הערב (in the evening hours), and
// whether they are there. Before another word ("בערב ראש השנה", on the
// eve of Rosh Hashana) dateEvening reads none.
func hebrewEvening(s string, k int) (int, bool) {
	if k+1 >= len(s) || s[k] != 0xD7 || s[k+1] != 0x91 { // ב
		return k, false
	}
	if rest := s[k+2:]; !strings.HasPrefix(rest, "ערב") && !strings.HasPrefix(rest, "שעות") {
		return k, false // most words with ב are neither, and are not scanned
	}
	e := hebrewWord(s, k)
	switch s[k:e] {
	case "בערב":
		return e, true
	case "בשעות":
		j := skipSpace(s, e)
		if e2 := hebrewWord(s, j); j > e && s[j:e2] == "הערב" {
			return e2, true
		}
	}
	return k, false
}

// eveningPrepositions are the words before a word for the evening that
// say "in the", "at" or "after": French "au soir", Portuguese "à noite"
// and "ao anoitecer", German "am Abend", Spanish "por la noche" and "al
// atardecer", English "in the evening", "at sundown", "after nightfall",
// Danish's and Norwegian's "om aftenen", "om kvelden", Swedish "på
// kvällen".
var eveningPrepositions = [...]string{"au", "à", "am", "por la", "en la", "al", "ao", "in the", "at", "after", "om", "på"}

// eveningPhrases are the phrases for "in the evening" after a date whose
// word for the evening is no word of the tables: Italian's "sabato 27
// marzo 2021 di sera", where "di" was read as Dutch's Tuesday (a weekday
// error on a right date) and "sera" is French's "will be" too.
var eveningPhrases = [...]string{"di sera", "della sera", "in serata"}

// sunsetWords are English's words for the end of the day, which a date
// written with the next day's Hebrew date puts between them: "September
// 15 2023 at sundown (1st of Tishrei, 5784)". They are no words of the
// tables: "Sunset" leads a time of the day's zmanim (see zmanWords).
var sunsetWords = [...]string{"sundown", "sunset", "nightfall", "dusk"}

// monthPointAt reports whether the point after a month in digits is at
// s[k], a space after it: "20. 09. sa zalaskom sunca".
func monthPointAt(s string, k int) bool {
	return k > 0 && k+1 < len(s) && s[k] == '.' && s[k+1] == ' ' && isDigit(s, k-1)
}

// dateSunsets are the other languages' words for "at sunset" and "after
// sunset" that may follow a date (see dateEvening), as an event's line
// says when a day's occasion begins, besides the sunsets that hold their
// own "with", "at" or "after" (sunsetClauses): Lithuanian's absolute
// "saulei nusileidus" (the sun having set). Each is several words, so no
// word of prose alone reads as one.
var dateSunsets = [...]string{"saulei nusileidus",
	// The Romance languages' sunsets, after their "at" (ao, au, al; see
	// eveningPrepositions) or with it: "Terça-feira, dia 12 de Setembro de
	// 2007, ao pôr-do-sol, é o início do Ano Novo Judaico" (Portugal's
	// hyphens), "samedi 12 avril 2025 au coucher du soleil", "sabato 12
	// aprile 2025 al tramonto", "dissabte 12 d'abril a la posta de sol".
	// The day was read without its evening, with the civil day's Hebrew
	// date.
	"pôr do sol", "por do sol", "coucher du soleil", "tramonto", "calar della sera", "calar della notte",
	// Spanish's infinitives after "al" (at the): "al ponerse el sol",
	// "al caer el sol", "al ocultarse el sol".
	"ponerse el sol", "caer el sol", "ocultarse el sol",
	// French's nightfall after "à" (at), beside its sunset: "Mardi 30
	// janvier 2018 à la tombée de la nuit" (Génération Breslev, the
	// ninety-sixth held-out round), "à la nuit tombée", "à la tombée du
	// jour", read as the day without its evening.
	"la tombée de la nuit", "la tombée du jour", "la nuit tombée",
	// Hungarian's sunsets after a date, each one word with its case
	// ending: at sunset and from sunset (napnyugtakor, napnyugtától),
	// and the same of the sundown (naplementekor, naplementétől,
	// napszálltakor). "május 25. napnyugtától" (Neokohn, the
	// hundred-and-sixty-eighth held-out round) and "május 25-én
	// napnyugtakor" were no date; after a weekday ("Vasárnap, szeptember
	// 30-án napnyugtakor") the evening was read.
	"napnyugtakor", "napnyugtától", "naplementekor", "naplementétől", "napszálltakor"}

// sunsetClauses are the sunsets of dateSunsets that hold their own
// preposition or conjunction, Spanish's and Catalan's "a la puesta del
// sol" (at sunset) and "cuando se oculte el sol" (when the sun sets):
// a clause that may follow the date after a comma, as one after "al" or
// "au" may ("du dimanche 27 septembre, au soir"), where a bare word after
// a comma is a list's next item. "Este domingo 1 de junio, cuando se
// oculte el sol, el pueblo judío comenzará a celebrar la festividad de
// Shavuot" (Primera Edición, the hundred-and-seventh held-out round) was
// read as the civil day, 5 Sivan, its evening left out.
//
// So are the other languages' sunsets said with "with", "at" or "after"
// (see dateSunsets): "Jom Kipur ... počinje u nedjelju 20. 09. sa
// zalaskom sunca", "13 września po zachodzie słońca", "v pátek 8. dubna
// po západu slunce", and after a comma, "3 апреля, после захода солнца,
// начинается Песах", Belarusian "3 красавіка, а 19-й гадзіне, пасля
// заходу сонца, пачынаецца ПЕСАХ" (Radio Racyja, the hundred-and-
// sixty-ninth held-out round), which was no date.
var sunsetClauses = [...]string{"a la puesta del sol", "a la puesta de sol", "a la posta de sol", "a la posta del sol",
	"cuando se oculte el sol", "cuando se ponga el sol", "cuando se pone el sol",
	"sa zalaskom sunca", "po zalasku sunca", "са заласком сунца", "по заласку сунца",
	// German's, Dutch's and the Scandinavian languages', after a date,
	// "er beginnt 2024 am 23. März bei Sonnenuntergang" (incoming.tsv),
	// "op 22 april bij zonsondergang", "den 22. april ved solnedgang", and
	// after its comma: "Sonntag, 14. Dezember, nach Sonnenuntergang"
	// (nume.ch, the hundred-and-seventy-seventh held-out round) was the
	// civil day with its own Hebrew date.
	"bei Sonnenuntergang", "mit Sonnenuntergang", "nach Sonnenuntergang", "bij zonsondergang", "na zonsondergang",
	"ved solnedgang", "efter solnedgang", "vid solnedgången", "efter solnedgången",
	"z zachodem słońca", "o zachodzie słońca", "po zachodzie słońca", "po západu slunce", "se západem slunce",
	"po západe slnka", "so západom slnka", "ob sončnem zahodu", "po sončnem zahodu", "la apusul soarelui",
	"după apusul soarelui", "με τη δύση του ηλίου", "μετά τη δύση του ηλίου",
	"su saulės laida", "с заходом солнца", "после захода солнца", "з заходом сонця", "із заходом сонця", "після заходу сонця",
	"з заходам сонца", "пасля заходу сонца"}

// dateSunsetFirst holds the first bytes of dateSunsets and sunsetClauses,
// in lower case: most words after a date start otherwise (Hebrew's all
// do), and are not compared with each.
var dateSunsetFirst = func() (t [256]bool) {
	for _, w := range dateSunsets {
		t[w[0]|0x20] = true
	}
	for _, w := range sunsetClauses {
		t[w[0]|0x20] = true
	}
	return t
}()

// skipBeginsParticiple returns the index after English's participle of a
// verb of beginsWords ("starting", "beginning", "commencing") at s[k] and
// the spaces after it, where one of eveningPrepositions follows, or k: a
// date may say after it, as after a verb, that its occasion begins at the
// day's end. "This year, Purim falls on Wednesday, March 16, starting at
// sundown and continuing until sundown the next day" (NewsBreak, the
// hundred-and-fifty-seventh held-out round) was the Wednesday's civil day
// with a warning that Purim begins at its sunset. The participle reads
// only before the preposition, and dateEvening takes the words only before
// a word for the evening ("March 16, starting at 7 pm" says no evening);
// an occasion before the date begins on its evening, as after a verb of
// beginsWords, so that a date that is not its eve is said.
func skipBeginsParticiple(s string, k int) int {
	e := letterEnd(s, k)
	if e-k < len("starting") || s[e-1] != 'g' || !wordEnds(s, e) || !beginsWord(s[k:e]) || !strings.HasSuffix(s[k:e], "ing") {
		return k // the cheap tests first: most words after a date are no participle
	}
	if a := skipSpace(s, e); a > e && skipEveningPreposition(s, a) > a {
		return a
	}
	return k
}

// sunsetWord returns the end of one of sunsetWords at s[k] and whether
// there is one.
func sunsetWord(s string, k int) (int, bool) {
	if e := matchWords(s, k, sunsetWords[:]...); e > k {
		return e, true
	}
	return k, false
}

// skipEveningPreposition returns the index after one of
// eveningPrepositions at s[k] and the space after it, or k.
func skipEveningPreposition(s string, k int) int {
	for _, w := range eveningPrepositions {
		if e := k + len(w); e < len(s) && s[e] == ' ' && strings.EqualFold(s[k:e], w) {
			return skipSpace(s, e)
		}
	}
	return k
}

// phrase reads one phrase at i: a date of either calendar, a weekday, a
// numeric date or a time of day. At the end of the text there is none
// ("DeC 1(OS": the Julian marker in brackets with nothing after it).
func (p *parser) phrase(i int) (int, bool) {
	s := p.s
	if i >= len(s) {
		return i, p.fail(i, "a date")
	}
	c := s[i]
	if (c == '+' || c == '-') && i == p.last {
		if k, ok := p.dateOffset(i); ok {
			return k, true
		}
	}
	switch {
	case script.IsDigit(c):
		if amountAt(s, i) || numberLabelBefore(s, i) || nameNumberAt(s, i) {
			return i, p.fail(i, "a date") // $20 March 3: a price, not the 20th
		}
		return p.number(i)
	case c == '-' && i+5 < len(s) && s[i+5] == '-' && (i == 0 || signMayFollow(lastRuneOf(s, i))):
		// An ISO date before the common era, as the proleptic calendar
		// counts: -0500-03-02 (year -500, 501 BCE), at the start of the
		// text or after a space or a bracket; after other punctuation
		// ("--2006-01-02") the dash is text.
		if _, e, digits := number(s, i+1); digits == 4 && e == i+5 {
			m := p.mark()
			if i > p.last {
				p.push(Field{Element: layout.Lit(s[p.last:i]), Start: p.last, End: i})
			}
			p.last = i + 1 // the minus sign is the year's
			if k, ok := p.numericDate(i + 1); ok {
				for j := m.n; j < p.n; j++ {
					if f := &p.buf[j]; f.Kind == layout.Year {
						f.Value, f.Start = -f.Value, i
					}
				}
				return k, true
			}
			p.reset(m)
		}
		return i, p.fail(i, "a date")
	case isWordStart(s, i):
		return p.latinPhrase(i)
	case c == 0xD7: // Hebrew letters
		return p.hebrewPhrase(i)
	}
	return i, p.fail(i, "a date")
}

// latinPhrase is phrase at a word of Latin letters (or another script's
// but Hebrew).
func (p *parser) latinPhrase(i int) (int, bool) {
	s := p.s
	if k := p.eraWord(i); k > i && p.whole {
		// "December 31, 1999 CE", "1 January 33 AD", "5784 AM": the
		// era after the year, text of the whole dateline at its end as
		// before another part (see separator). It was refused,
		// "expected a date, found "CE""; Find's match ends before it,
		// as before.
		p.push(Field{Element: layout.Lit(s[p.last:k]), Start: p.last, End: k})
		p.last = k
		return k, true
	}
	if k, ok := p.hourLead(i); ok {
		return k, true // alle ore 18 di venerdì 16 settembre
	}
	// The words of the tables first: they are one lookup, and
	// only "Mar" (of Mar Cheshvan) is also the start of a Hebrew month.
	w, e, ok := p.wordAt(i)
	if !ok { // a word of the tables has no Turkish ending, as most have none
		if stem := turkishStem(s, i, e); stem < e {
			if w, ok = lookupLatin(s, i, stem); ok && w.kind == wWeekday {
				e = stem // Perşembe'den: the ending is read after it (see suffix)
			} else {
				ok = false
			}
		}
	}
	if !ok && p.whole {
		if j := compoundWeekday(s, i, e); j > i {
			return p.latinPhrase(j) // Fastlagssöndagen den 19 februari
		}
	}
	if k, ok := p.shortWeekday(i, e); ok {
		return k, true // mar. 5 mars, Pzt, Oca 1 2024, so 6 led 2024
	}
	if !ok && !mayStartLatin(s, i) {
		// A word no reader below takes, as the start table knows
		// (TestMayStartPhrase), but a calendar's marker after a date:
		// "11 October 1542, according to the Julian calendar".
		if markerLeads[s[i]|0x20] || slavicMarkerLead(s, i) {
			if k, ok := p.calendarMarker(i); ok {
				return k, true
			}
		}
		if s[i]|0x20 == 'l' && p.dated() {
			// "Light Candles at 4:34 PM" after a date: a label the start
			// table does not hold, as "light" starts no dateline.
			if k, ok := p.zman(i); ok {
				return k, true
			}
		}
		if p.n > 0 && (s[i]|0x20 == 'c' || s[i]|0x20 == 'h') && intermediateDays(s, i) > i {
			return p.occasion(i) // Thursday, Chol HaMoed Sukkot, October 5
		}
		return i, p.fail(i, "a date")
	}
	if ok && p.has(layout.Month) && (markerLeads[s[i]|0x20] || slavicMarkerLead(s, i)) {
		// A marker whose first word is a word of the tables too, after
		// the date: "4 mars 1700 v. st." (Czech's "v", in), "am 4. März
		// 1700 des julianischen Kalenders" ("Des", December) were
		// refused, the word read as the table has it.
		if k, ok := p.calendarMarker(i); ok {
			return k, true
		}
	}
	if !ok || w.kind == wMonth && e-i == 3 && w.value == 3 {
		if name, ok := hebrew.MatchMonth(s[i:]); ok {
			m := p.mark()
			if k, ok := p.hebrewMonthFirst(i, name); ok {
				return k, true
			}
			return p.occasionInstead(i, m) // Şavat Şuvah: Romanian's Shevat starts it
		}
	}
	if !ok {
		if k, ok := p.calendarMarker(i); ok {
			return k, true
		}
		if k, ok := p.ordinalWeekday(i, e); ok {
			return k, true // шестой день недели
		}
		if k, ok := p.zman(i); ok {
			return k, true // Candle lighting 5:26 pm, Omer: day 12
		}
		if k, ok := p.occasion(i); ok {
			return k, true
		}
		if k, ok := p.slipFirst(i); ok {
			return k, true // Septmber 28, Kislv 5
		}
		return i, p.fail(i, "a date")
	}
	return p.known(i, e, w)
}

// hebrewPhrase is phrase at a word of Hebrew letters.
func (p *parser) hebrewPhrase(i int) (int, bool) {
	s := p.s
	if p.has(layout.Month) && matchHebrewMarker(s, i) > i {
		if k, ok := p.calendarMarker(i); ok {
			return k, true // ב-10 באפריל 1870 לפי הלוח היוליאני
		}
	}
	if e := hebrewWord(s, i); onTheDay(s, i, e) {
		// "ביום ב׳ של סוכות" (on the second day of Sukkot): the day
		// counted after ביום as after יום (see hebrewCountedOccasion).
		// ב׳ was read as a day of a month, and the dateline refused at
		// של; Find read Sukkot alone, its first day, with a warning.
		m := p.mark()
		if k, ok := p.hebrewCountedOccasion(i, e); ok {
			return k, true
		}
		p.reset(m)
	}
	if may, _ := hebrewStart(s, i); !may && !(p.dated() && zmanAt(s, i)) {
		// A word no reader below takes, as the start table knows
		// (TestMayStartPhrase): "יום ראשון אבל", Sunday, but.
		return i, p.fail(i, "a date")
	}
	if movedFastAt(s, i) {
		return p.occasion(i) // תשעה באב נדחה, ט׳ באב (נדחה)
	}
	if k := prefixedDigits(s, i); k > i {
		// ב-30 במרץ, ה־30 במרץ: the day, after a prefix joined to it
		// by a hyphen or a maqaf, which is text of the dateline.
		return p.number(k)
	}
	if k := dashedNumeral(s, i); k > i {
		// ב־ט״ו בשבט, ב-ט"ו בשבט: the day in letters after a prefix
		// joined to it by a maqaf or a hyphen, as to digits above; the
		// prefix and its mark are text of the dateline. They were
		// refused at the prefix, where בט״ו בשבט was read.
		return p.hebrewNumeralFirst(k)
	}
	if e := hebrewWord(s, i); fusedRoshChodesh(s, i, e) > 0 {
		// אדר״ח אדר: the first day of Rosh Chodesh Adar, whose
		// word a month's name (אדר) starts.
		return p.roshChodeshDay(i, e, punctOf(s, i, e), layout.RoshChodeshDay)
	}
	if name, ok := hebrew.MatchMonth(s[i:]); ok {
		return p.hebrewMonthFirst(i, name)
	}
	e := hebrewWord(s, i)
	if w, ok := p.hebrewWord(i, e); ok {
		if k, ok := p.known(i, e, w); ok {
			return k, true
		}
	}
	if p.dated() && zmanAt(s, i) {
		return p.zman(i) // הדלקת נרות 17:26
	}
	if k, ok := p.bareWeekday(i); ok {
		return k, true // ד׳ כ״ט באלול, (א׳, 31.3)
	}
	if k, ok := p.hebrewNumeralFirst(i); ok {
		return k, true
	}
	if k, ok := p.hebrewYearHeading(i); ok {
		return k, true // תשע״ו | שבת פרשת ויגש
	}
	if k, ok := p.hebrewWordsFirst(i); ok {
		return k, true // חמשה עשר בשבט
	}
	return p.occasion(i)
}

// prefixedDigits returns where the digits start after one or two of
// Hebrew's prefix letters at s[i] (ו and, ה the, ב on, כ as, ל to, מ
// from, ש that) and a hyphen or a maqaf joining them to the digits, as
// Hebrew writes a number ("ב-30 במרץ", on March 30; "מה־1 בינואר"), or i.
// News pages also set a space after the hyphen ("אור ליום שישי ב' בניסן
// התשפ"ג, ה- 24.3.2023"), which is skipped before a digit, or one on
// each side of it, or of the en dash a word processor made of it ("י"ב
// באייר תש'ח , ה – 21 במאי 1948"). Pages also
// glue the prefix to a date's digits with no mark at all ("חוגגים את
// ליל הסדר ב5.4.23", "בתאריך כ"א בניסן ב13.4.2023"), which read alike:
// the date was not found, or its Hebrew date beside it was read alone, in
// the year nearest the reference. The digits must still read as a date,
// as after a hyphen: "ב1.5 מיליון" (1.5 million) does not.
func prefixedDigits(s string, i int) int {
	k := i
	for n := 0; n < 2 && k+1 < len(s) && s[k] == 0xD7 && hebrewPrefixLetter[s[k+1]]; n++ {
		k += 2
	}
	if k == i || k >= len(s) {
		return i
	}
	switch {
	case s[k] == '-':
		k++
	case strings.HasPrefix(s[k:], "\u05BE"):
		k += len("\u05BE")
	case strings.HasPrefix(s[k:], "–"):
		k += len("–") // ה–21: an en dash, as word processors set a hyphen
	case isDigit(s, k):
		return k // ב5.4.23: glued
	case s[k] == ' ':
		// ה – 21 במאי 1948, ה - 21: the hyphen set apart by spaces, as
		// a kibbutz bulletin typed it; the digits follow after a space.
		d := skipSpace(s, k)
		switch {
		case d < len(s) && s[d] == '-':
			d++
		case strings.HasPrefix(s[d:], "–"):
			d += len("–")
		default:
			return i
		}
		if d+1 >= len(s) || s[d] != ' ' {
			return i
		}
		k = d
	default:
		return i
	}
	if k+1 < len(s) && s[k] == ' ' {
		k++ // ה- 24.3.2023
	}
	if !isDigit(s, k) {
		return i
	}
	return k
}

// dashedNumeral returns where a day in letters starts after one or two
// of Hebrew's prefix letters at s[i] and a maqaf or a hyphen joining them
// to it (ב־ט״ו בשבט, on the 15th of Shevat; מ-כ״ב), or i. The day is a
// numeral from 1 to 30 marked as one, with a geresh or gershayim, as
// numeralPrefix reads it glued on: bare letters after a hyphen are as
// likely a word. Bare letters before a Hebrew month's name after one
// prefix letter are the day too: "ב-טו בשבט" was the range 2 to 15
// Shevat, with nothing said, where it is Tu BiShvat, as "בטו בשבט" is; a
// range of days in letters marks its first (ב׳-ט״ו בשבט).
func dashedNumeral(s string, i int) int {
	k := i
	prefixes := 0
	for ; prefixes < 2 && k+1 < len(s) && s[k] == 0xD7 && hebrewPrefixLetter[s[k+1]]; prefixes++ {
		k += 2
	}
	switch {
	case k == i || k >= len(s):
		return i
	case s[k] == '-':
		k++
	case strings.HasPrefix(s[k:], "\u05BE"):
		k += len("\u05BE")
	default:
		return i
	}
	v, n, ok := readNumeral(s, k)
	if !ok || v > 30 {
		v, n, ok = innerGereshDay(s, k) // ב-כ'ו שבט
	}
	if !ok || v < 1 || v > 30 || letterAfter(s, k+n) || punctOf(s, k, k+n) == layout.Bare && (prefixes > 1 || !hebrewMonthAfter(s, k+n)) {
		return i
	}
	return k
}

// hebrewPrefixLetter tells the second bytes of the Hebrew letters that
// prefix a word: ו ה ב כ ל מ ש.
var hebrewPrefixLetter = [256]bool{0x95: true, 0x94: true, 0x91: true, 0x9B: true, 0x9C: true, 0x9E: true, 0xA9: true}

// known reads a phrase that starts with a word of the tables, s[i:e].
// Weekday words, Yom, Erev and Rosh also start holiday names (Shabbat
// Zachor, Yom Kippur, Erev Pesach, Rosh Hashana), which are tried first.
func (p *parser) known(i, e int, w word) (int, bool) {
	switch w.kind {
	case wMonth:
		m := p.mark()
		if k, ok := p.gregorianMonthFirst(i, e, w); ok {
			return k, true
		}
		return p.occasionInstead(i, m) // Tou biChvat: Finnish's May starts it
	case wWeekday, wYom, wErev, wMotzei, wLeil, wMotzash, wOrdinalDay:
		if k, ok := p.occasion(i); ok {
			return k, true
		}
		if w.kind == wWeekday && w.value == 6 && shabbatWord(p.s[i:e]) {
			if _, _, ok := matchOccasion(p.s, skipSpace(p.s, e), true); ok && skipSpace(p.s, e) > e {
				// Shabbat Noach, שבת נח: the Shabbat named by its
				// weekly portion, as ש״פ names it.
				return p.portion(i, e)
			}
		}
		if w.kind == wLeil {
			if k := nightOfDate(p.s, i); k > i {
				// בליל ה-4 בפברואר 1997: the words are text of the
				// dateline, whose day is the evening (LeadingEvening).
				return k, true
			}
			if k, ok := p.nightOccasion(i); ok {
				return k, true // Leil Shavuot, ליל פסח
			}
		}
		if w.kind == wMotzei {
			if k, ok := p.motzeiOccasion(i); ok {
				return k, true // Motzei Yom Kippur, מוצאי פסח
			}
		}
		if k, ok := p.hebrewOrdinalFirst(i); ok {
			return k, true // הרביעי לחודש פברואר: a day, not a weekday
		}
		if w.kind == wYom {
			if k, ok := p.hebrewCountedOccasion(i, e); ok {
				return k, true // יום ב׳ של סוכות: the second day, not Monday
			}
		}
		return p.weekdays(i)
	case wRosh:
		if w.value == 2 { // ער״ח
			return p.erevRoshChodesh(i, e)
		}
		m := p.mark()
		if w.value == 1 { // ר״ח
			k, ok := p.roshChodeshDay(i, e, punctOf(p.s, i, e), layout.RoshChodeshDay)
			if !ok {
				// א׳ כסלו תשפ״ה, ר״ח: see bareRoshChodesh.
				day := Field{Value: 1, Start: i, End: e}
				day.Kind, day.Form, day.Punct = layout.HebrewDay, layout.RoshChodeshScript, punctOf(p.s, i, e)
				if p.bareRoshChodesh(day) {
					return p.last, true
				}
			}
			if !ok || !hebrewDateAhead(p.s, k) {
				return k, ok
			}
			// ר״ח כסלו, א׳ כסלו תשפ״ה: as after ראש חודש.
			p.reset(m)
			return p.occasion(i)
		}
		if k, ok := p.roshChodesh(i, e); ok {
			if !hebrewDateAhead(p.s, k) {
				return k, true
			}
			// Rosh Chodesh Sh'vat 1 Sh'vat 5783: the occasion, then
			// the date that states its day, which the dateline checks.
			p.reset(m)
		}
		return p.occasion(i)
	case wPortion:
		return p.portion(i, e)
	case wLetter:
		return p.letterDay(i)
	case wNumberDay:
		return p.numberDay(i)
	case wDayWord:
		m := p.mark()
		if k, ok := p.dayWord(i, e, w); ok {
			return k, true
		}
		// The first day of Pesach, Second Day of Rosh Hashanah: an
		// occasion's numbered day, or prose.
		p.reset(m)
		if k, ok := p.numberedOccasion(i, e, w); ok {
			return k, true
		}
		return p.occasion(i)
	case wNight:
		if k, ok := p.nightOccasion(i); ok {
			return k, true // the night of Pesach
		}
		return p.erevOccasion(i) // Eve of Yom Kippur
	case wEra:
		return p.era(i, e)
	case wNoon:
		return p.noon(i, e, w)
	case wJoin:
		if p.occasionAt(i, e) {
			return p.occasion(i) // Dia da Imigração (see occasionAt)
		}
	}
	return i, p.fail(i, "a date")
}

// occasionInstead reads, where reading a month's name at s[i] failed,
// the occasion whose name that word starts, as hebcal's locales write it
// (Şavat Şuvah, whose Şavat is Shevat in Romanian; Tou biChvat, whose Tou
// is Finnish's May), having undone what the month's reader added since m.
// Without one, the month's failure stands. In prose, "May" and "March"
// fail as dates often: the first letters of the word turn most away
// (mayStartOccasion) before a name is looked up. "Tou biChvat 5784",
// hebcal's French name, opening a dateline, was not read at all.
func (p *parser) occasionInstead(i int, m mark) (int, bool) {
	p.reset(m)
	if p.has(layout.Holiday) {
		return i, false
	}
	if _, e, ok := oneOccasion(p.s, i); !ok || e <= latinWord(p.s, i) {
		return i, false // no name longer than the word
	}
	return p.occasion(i)
}

// number reads a phrase that starts with a number: a time of day, a
// numeric date, or a date written day first.
func (p *parser) number(i int) (int, bool) {
	s := p.s
	v, e, digits := number(s, i)
	if i > 0 && s[i-1] == '(' && digits <= 2 {
		if k, ok := p.bracketDay(i, v, e); ok {
			return k, true // nesta terça-feira (2)
		}
	}
	if k, ok := p.yearHeading(i, e, digits); ok {
		return k, true // 2018: 30 de Marzo al 7 de Abril
	}
	if k, ok := p.yearPhrase(i, e, digits); ok {
		return k, true // в 2021 году празднуется с 28 ноября по 6 декабря
	}
	if k, ok := p.yearSaid(i, e, digits); ok {
		return k, true // с 12 по 20 апреля в 2025 г.
	}
	if k, ok := p.machineNumber(i, e, digits); ok {
		return k, true
	}
	if digits <= 2 && e+len("-9pm") <= len(s) && (p.has(layout.Day) || p.has(layout.HebrewDay)) {
		if k, ok := p.hourRange(i, e); ok {
			return k, true // Friday, March 1, 2024, 7-9 pm
		}
	} else if digits <= 2 && e+len("-9pm") <= len(s) {
		if k, ok := p.leadingTime(i, func() (int, bool) { return p.hourRange(i, e) }); ok {
			return k, true // 7–9 pm, Thursday, Feb. 20
		}
	}
	if v == 12 && digits == 2 && e+len(" noon") <= len(s) && p.dated() {
		if k, ok := p.twelveNoon(i, e); ok {
			return k, true // 12 noon, 12:00 midnight
		}
	}
	if digits <= 2 && e+12 <= len(s) && (s[e] >= 'a' || s[e] == '.' || s[e] == 0xC2) && (p.dated() || omerAhead(s, e)) {
		if k, ok, counted := p.omerDay(i, v, e); counted {
			return k, ok // 33rd day of the Omer, 33. Tag des Omer; 33rd day of the Omer 5784
		}
	}
	if digits == 1 && e+len("a feira") <= len(s) && (s[e] == 0xC2 || s[e] == 'a' || s[e] == '.') {
		if k, ok := p.numberedWeekday(i, v, e); ok {
			return k, true // 6ª feira, 15 de abril de 2022
		}
	}
	if digits == 1 && e+4 < len(s) && (s[e] >= 'a' && s[e] < 0x80 || s[e] == '.' || s[e] == 0xC2 || s[e] == 0xC3) {
		// 2nd, 2e, 2. Tag, 1º (0xC2), 8ème (0xC3); not a Hebrew letter's
		// glued prefix, as Hebrew text writes ה-1.
		if k, ok := p.countedOccasion(i, v, e); ok {
			return k, true // 1º dia de Pêssach, 2. Tag Rosch Haschana
		}
	}
	if digits > 4 {
		return i, p.fail(i, "a date")
	}
	if digits == 4 && (p.yearAfterBracket(i, e) || p.civilYearInBrackets(i, e)) {
		p.add(Field{Element: layout.Element{Kind: layout.Year}, Value: v, Start: i, End: e})
		return e, true // April 13 (Sunday), 1743; 9 november [2015]
	}
	if digits == 4 && p.dated() {
		if k, ok := p.clockDigits(i); ok {
			return k, true // 20. november 2017 kl 1200
		}
	}
	if e < len(s) && (s[e] == ':' || s[e] == 'h' && digits <= 2 && isDigit(s, e+2) && !isDigit(s, e+3)) && isDigit(s, e+1) || dotClock(s, i, e) || p.dotClockFirst(i, e, digits) ||
		p.has(layout.Day) && p.has(layout.Month) && !p.has(layout.Hour) && dotClockAfterDate(s, i, e) && sameLine(s, p.last, i) {
		if p.n == 0 && p.list && otherTimeBefore(s, i) {
			return i, p.fail(i, "a date") // זריחה: 5:49 כ״ה באייר: sunrise's, not the dateline's
		}
		return p.clock(i) // 10:39, 10.39 BST, and as French writes it, 10h39
	}
	if p.has(layout.Day) && p.has(layout.Month) && !p.has(layout.Hour) && hyphenedClock(s, i, e) {
		return p.clockAt(i, '-') // в 18-30
	}
	if commaClock(s, i, e) || p.dated() && commaHours(s, i, e) {
		return p.clockAt(i, ',') // 4,30 p.m., u 16,30 sati
	}
	if digits <= 2 && romanMonthAfter(s, e) {
		if k, ok := p.romanMonthDate(i, v, e); ok {
			return k, true // 7 XII 2022, 7.XII.2022
		}
	}
	if e+1 < len(s) && (s[e] == '.' || digits <= 2 && (rangeDash(s, e) >= 0 || slashedRangeStart(s, e) || slashedBetweenStart(s, i, e) || monthFirstRangeStart(s, e) || s[e] == ' ' && v >= 1 && v <= 31 && (fromWordBefore(s, i) && numericEndAfterWord(s, e) || hebrewBetweenJoin(s, i, e) >= 0 || numericListAhead(s, e)) || digits <= 2 && s[e] == ',' && s[e+1] == ' ' || digits <= 2 && s[e] == '/' && slashPairListAhead(s, e))) {
		if k, ok := p.dashedHours(i, e, v, digits); ok {
			return k, true // 12-15 val., 18-20 Uhr
		}
		m := p.mark()
		if k, ok := p.numericRange(i); ok {
			return k, true // 11.-13.06.2024, 10.12. bis 18.12.20, 12-20.04.2025
		}
		p.reset(m)
	}
	if e+1 < len(s) && (s[e] == '/' && isDigit(s, e+1) || s[e] == '.' && s[e+1] == '/' || digits <= 2 && bracketAhead(s, e)) {
		if k, ok := p.dualDayFirst(i); ok {
			return k, true // 11/22 February 1732, 14 (2 O.S.) November 1839
		}
	}
	if (e < len(s) && (s[e] == '/' || s[e] == '.' || s[e] == '-') && isDigit(s, e+1) || spacedSeparator(s, e, digits) != 0 || wideHyphen(s, e) > 0 && isDigit(s, e+3) || pipedDate(s, e, digits)) && !p.slashedDayRun(i) {
		if k, ok := p.numericDate(i); ok {
			return p.yearDot(k), true
		}
		if k, ok := p.dotDayMonth(i); ok {
			return k, true
		}
	}
	if digits == 4 {
		if k, ok := p.yearFirst(i); ok {
			return k, true // 2006. január 2.
		}
	}
	if k, ok := p.yearMonthName(i); ok {
		return k, true
	}
	if k, ok := p.spacedDotDate(i); ok {
		if k < len(s) && s[k] == '.' && (timeAfterSpaced(s, skipSpace(s, k+1)) || skipYearWord(s, k+1) > k+1) {
			// 10. 05. 2022. у 12:43, 23. 3. 2024. godine: the year's
			// point, before the time or the word for "year"
			k = p.yearDot(k)
		}
		return k, true
	}
	if digits <= 2 && spacedDayMonth(s, e) {
		if k, ok := p.dotDayMonth(i); ok {
			return k, true // u nedjelju 20. 09.
		}
	}
	if digits <= 2 && e+2 < len(s) && s[e] == '.' && s[e+1] == ' ' {
		if k, ok := p.monthPointLeftOut(i); ok {
			return k, true // 28. 10 2019
		}
	}
	return p.dayFirst(i)
}

// civilYearInBrackets reports whether the four digits s[i:e], alone in square
// or round brackets, are the year of a civil day and month read before
// the bracket, as a page or one who quotes it adds the year a notice left
// out: "9 november [2015] kl 18 anordnar Judiska Församlingen en
// manifestation" (Sapere Aude quoting the Jewish Community of Gothenburg,
// the hundred-and-twenty-third held-out round), "9 november (2015)". The
// year was no date, and Find gave the day in the year nearest the
// reference, 2026, with only an info. As in yearAfterBracket, a year from
// 3000, or one after a Hebrew date, is not the civil date's.
//
// After a Hebrew day and month with no year of either calendar, such a
// year in round brackets is the civil year the Hebrew day falls in, as
// after an occasion ("Purim 2024"): "13 Adar (1915)", "כ״ב אדר א׳
// (2024)". It was a syntax error, where scan read the date with the year
// its sentence names after it; a year from 3000 in the bracket is the
// Hebrew date's (see yearInBrackets).
func (p *parser) civilYearInBrackets(i, e int) bool {
	s := p.s
	if p.has(layout.Year) || s[i] > '2' || s[i] == '0' || i == 0 || e >= len(s) {
		return false
	}
	civil := p.has(layout.Day) && p.has(layout.Month) && !p.has(layout.HebrewMonth)
	hebrew := p.has(layout.HebrewDay) && p.has(layout.HebrewMonth) && !p.has(layout.HebrewYear) && !p.has(layout.Month)
	switch {
	case civil:
		return s[i-1] == '[' && s[e] == ']' || s[i-1] == '(' && s[e] == ')'
	case hebrew:
		return s[i-1] == '(' && s[e] == ')'
	}
	return false
}

// yearAfterBracket reports whether the four digits s[i:e] are the year of
// a civil day and month read before a bracket that closed right before
// them, a comma or spaces apart: "April 13 (Sunday), 1743", "July 12
// (Shabbat) 2025". The year was left unread, and Find gave the day in the
// year nearest the reference that fits the weekday, with only an info. A
// year from 3000, or one after a Hebrew date, is the Hebrew date's:
// "Saturday, March 2nd (22 Adar I), 5784".
func (p *parser) yearAfterBracket(i, e int) bool {
	if !p.has(layout.Day) || !p.has(layout.Month) || p.has(layout.Year) || p.has(layout.HebrewMonth) || p.s[i] > '2' || !yearEnds(p.s, e) {
		return false
	}
	k := i
	for k > p.start && (p.s[k-1] == ' ' || p.s[k-1] == ',') {
		k--
	}
	return k < i && k > p.start && (p.s[k-1] == ')' || p.s[k-1] == ']') && !strings.Contains(p.s[k:i], "\n")
}

// lineOccasion notes, in free text, a phrase read at j after a line break
// since the dateline before it, m, ended that named an occasion, a
// portion, a day of the Omer or a Hebrew day in words (namedDay): a line
// that starts so is the next line's heading or item as often as the
// dateline's part ("Posted on March 5, 2024\nPurim Schedule" is no Purim
// of March 5), and the dateline keeps it only if it ends that line (see
// endBroken).
func (p *parser) lineOccasion(j int, m mark) {
	if !p.list || p.broke || m.n == 0 || m.last > j {
		return
	}
	for k := m.n; k < p.n; k++ {
		if f := &p.buf[k]; f.Kind == layout.Holiday || f.Kind == layout.Portion || f.Kind == layout.Omer || f.Kind == layout.HebrewDay && namedDay(p.s, f) {
			if strings.IndexByte(p.s[m.last:j], '\n') >= 0 {
				p.brokeAt, p.broke = m, true
			}
			return
		}
	}
}

// namedDay reports whether the Hebrew day f is named in Latin words, as
// an occasion is, not written in digits or Hebrew letters: "Rosh Chodesh
// Elul", "Yud Tes Kislev". A line that starts so and goes on in prose
// ("Rosh Chodesh Elul will last two days, from sundown Friday, August 26,
// 2022") is the next line's sentence, not the day of the date above it.
func namedDay(s string, f *Field) bool {
	return f.Start < len(s) && script.Class[s[f.Start]]&script.ClassLetter != 0
}

// endBroken ends the dateline before the line break of lineOccasion
// where it ends before its line does: "Purim Schedule", "The 33rd day of
// the Omer, May 26, 2024" are the next line's, and "Rosh Chodesh Adar
// II", "Lag BaOmer 5784" on a line of their own the date's.
func (p *parser) endBroken() {
	if !p.broke {
		return
	}
	k := p.last
	for k < len(p.s) && (p.s[k] == ' ' || p.s[k] == '\t' || p.s[k] == '\r' || p.s[k] == '.' || p.s[k] == ',' || p.s[k] == ';' || p.s[k] == ':') {
		k++
	}
	if k < len(p.s) && p.s[k] != '\n' {
		p.reset(p.brokeAt)
	}
}

// finish settles what can only be decided once the whole dateline is read:
// the order of an ambiguous numeric date, the length of a range that ends
// in another month, and the day a night range names.
func (p *parser) finish() {
	fields := p.fields()
	markCalendar(fields)
	around := false
	di, _ := ambiguousPair(fields)
	listBoth := di < 0 && monthFirstPairList(p.s, fields)
	rangeBoth := !listBoth && bothWaysRange(fields) // a list's order is settleListOrder's
	if (di >= 0 || rangeBoth || listBoth) && p.list {
		// The text around settles the order of an ambiguous numeric
		// date, range or list of them: looked at only for one.
		around = p.dayFirstAround() || p.bylineAfter()
	}
	if rangeBoth && (around || DayFirstText(fields)) {
		settleRangeDayFirst(p.s, fields)
	}
	settleOrder(fields, around)
	if listBoth {
		settleListOrder(p.s, fields, around)
	}
	settleLang(p.s, fields)
	settleShortWeekday(p.s, fields)
	// One look at the fields for the rarer settlings below.
	weekdays, ranged := false, false
	for i := range fields {
		weekdays = weekdays || fields[i].Kind == layout.Weekday
		ranged = ranged || fields[i].Flags&RangeEnd != 0
	}
	if weekdays {
		settleDeclension(fields)
	}
	gregorianRangeShift(fields)
	hebrewRangeShift(fields)
	if ranged {
		endClock(fields)
		if weekdays {
			shabbatNight(p.s, fields)
		}
	}
	if p.anchorSecond {
		anchorSecond(fields)
	}
	if p.endDated > 0 {
		endDated(fields, p.endDated)
	}
	yearOfRangeEnd(fields)
}

// signMayFollow reports whether the minus sign of a year may follow rune r:
// a space or an opening bracket.
func signMayFollow(r rune) bool {
	return script.IsSpace(r) || r == '(' || r == '['
}
