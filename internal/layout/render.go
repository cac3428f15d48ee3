package layout

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/julian"
	"github.com/dualdate/dualdate/occasion"
)

// AppendValue appends e written for Gregorian time t and Hebrew date h as
// they are, whether or not they name a date: day 31 of a Hebrew month in
// the element's own form (ל״א, 31st), as a test writes a mutated field of
// a dateline. Layout.AppendFormat writes no such date (see Validate).
func (e Element) AppendValue(b []byte, t time.Time, h hebrew.Date) []byte {
	return appendElement(b, &e, t, h)
}

// appendElement appends e written for Gregorian time t and Hebrew date h.
func appendElement(b []byte, e *Element, t time.Time, h hebrew.Date) []byte {
	return appendElementRC(b, e, t, h, false, false)
}

// appendElementRC is appendElement; with noRC, a Holiday leaves Rosh
// Chodesh out, as a layout that writes the day as Rosh Chodesh has said it;
// with noYear, it writes Rosh Hashana without the year hebcal names it
// with, as a layout that writes the year itself does (Rosh Hashana 5785,
// not Rosh Hashana 5785 5785).
func appendElementRC(b []byte, e *Element, t time.Time, h hebrew.Date, noRC, noYear bool) []byte {
	if e.Kind == Literal {
		return append(b, e.Text...)
	}
	if e.Shift != 0 {
		t, h = shiftDay(e, t, h)
	}
	start := len(b)
	switch e.Kind {
	case Weekday, Month, Day, Year:
		b = appendCivil(b, e, t)
	case HebrewDay, HebrewMonth, HebrewYear:
		b = appendHebrew(b, e, h)
	case Hour:
		b = appendHour(b, t.Hour(), e.Form)
	case Minute:
		b = appendNumber(b, t.Minute(), e.Form, e.Punct)
	case Second:
		b = appendNumber(b, t.Second(), e.Form, e.Punct)
	case AMPM:
		return appendAMPM(b, t.Hour() >= 12, e.Form)
	case Zone:
		return appendZone(b, t, e.Form)
	case Fraction:
		return appendFraction(b, t.Nanosecond(), e)
	case Holiday:
		b = appendHolidays(b, e, h, noRC, noYear)
	case Portion:
		if p, ok := occasion.PortionOf(h, e.Schedule); ok {
			b = append(b, p.Name(e.Spelling.Family)...)
		}
	case Omer:
		if n := omerDay(h); n > 0 {
			b = appendNumber(b, n, e.Form, e.Punct)
		}
	}
	return applyCase(b, start, e.Case)
}

// shiftDay returns the day element e shows, Shift days from t and h: the
// Hebrew date for a Hebrew element, the civil day for the others.
func shiftDay(e *Element, t time.Time, h hebrew.Date) (time.Time, hebrew.Date) {
	switch {
	case e.Kind.IsHebrew():
		if s := h.AddDays(int(e.Shift)); !s.IsZero() {
			h = s
		}
	case e.Kind.IsClock():
		t = t.AddDate(0, 0, int(e.Shift))
	default:
		// A date: the civil day Shift days on, which t.AddDate misses
		// where the zone skips that day's midnight.
		t = civil.AddDays(t, int(e.Shift))
	}
	return t, h
}

// appendCivil appends a Weekday, Month, Day or Year of t's day, in e's
// calendar.
func appendCivil(b []byte, e *Element, t time.Time) []byte {
	switch e.Kind {
	case Weekday:
		w := int(t.Weekday())
		if e.Text != "" && int(e.Of) == w {
			return append(b, e.Text...)
		}
		if e.Decl != Nominative && e.Form == Long {
			if n := e.Lang.DeclinedWeekday(w, e.Decl); n != "" {
				return append(b, n...) // в среду, в пятницу; в понедельник as CLDR's
			}
		}
		return appendLangWeekday(b, e.Lang, w, e.Form, e.Punct)
	case Month:
		_, mo, _ := dateOf(e, t)
		m := int(mo)
		if e.Prefix && e.Form == Script {
			b = append(b, "ב"...) // בינואר: "in", as Hebrew dates write it
		}
		if e.Text != "" && int(e.Of) == m {
			return append(b, e.Text...)
		}
		return appendLangMonth(b, e.Lang, m, e.Form)
	case Day:
		_, _, d := dateOf(e, t)
		if e.Text != "" && int(e.Of) == d {
			return append(b, e.Text...) // third: the layout's own word for this day
		}
		if e.Form == SpacePadded && d < 10 {
			b = append(b, ' ')
		}
		return appendNumber(b, d, e.Form, e.Punct)
	}
	y, m, d := dateOf(e, t)
	switch {
	case e.Form == LegalYear:
		if y <= 1751 && (m < time.March || m == time.March && d < 25) {
			y-- // before March 25, the year before's
		}
		return appendInt(b, y, 0)
	case e.Digits > 0 && e.Digits < 4 && y >= 0:
		return appendInt(b, y%[4]int{1, 10, 100, 1000}[e.Digits], int(e.Digits))
	}
	return appendYear(b, y, e.Form)
}

// appendHebrew appends a HebrewDay, HebrewMonth or HebrewYear of h.
func appendHebrew(b []byte, e *Element, h hebrew.Date) []byte {
	switch e.Kind {
	case HebrewMonth:
		return hebrew.AppendMonth(b, h.Month, hebrew.IsLeapYear(h.Year), e.Spelling)
	case HebrewYear:
		switch e.Form {
		case Plain:
			return appendInt(b, h.Year, 0)
		case TwoDigit:
			return appendNumber(b, h.Year%100, Numeral, e.Punct) // פ״א, the year's last two letters
		case Letters, LettersHyphen:
			return appendYearLetters(b, h.Year, e.Spelling.Family, e.Punct) // Tof Shin Nun Alef
		}
		return appendNumber(b, h.Year, e.Form, e.Punct)
	}
	form := e.Form
	if (form == RoshChodesh || form == RoshChodeshScript) && h.Month == hebrew.Tishrei && h.Day == 1 {
		form = Plain // Rosh Hashanah is no Rosh Chodesh
	}
	switch {
	case form == RoshChodeshDay || form == RoshChodeshDayWords:
		return appendRoshChodeshDay(b, h, e.Punct, form == RoshChodeshDayWords)
	case e.Text != "" && int(e.Of) == h.Day:
		return append(b, e.Text...) // Yud-Aleph, Chai, twenty-second: the layout's own spelling of this day
	case form == Letters || form == LettersHyphen:
		return appendLetters(b, h.Day, form, e.Spelling.Family, e.Punct)
	}
	return appendNumber(b, h.Day, form, e.Punct)
}

// appendHour appends hour (0-23) in form f: 12-hour forms write 12 for
// noon and midnight, and the padded forms two digits.
func appendHour(b []byte, hour int, f Form) []byte {
	switch f {
	case Hour12, Hour12Pad:
		if hour %= 12; hour == 0 {
			hour = 12
		}
	}
	width := 0
	if f == Hour24Pad || f == Hour12Pad {
		width = 2
	}
	return appendInt(b, hour, width)
}

// appendAMPM appends the AM or PM of form f; pm says which.
func appendAMPM(b []byte, pm bool, f Form) []byte {
	switch f {
	case AMPMUpper:
		return append(b, pick(pm, "PM", "AM")...)
	case AMPMLowerDots:
		return append(b, pick(pm, "p.m.", "a.m.")...)
	case AMPMUpperDots:
		return append(b, pick(pm, "P.M.", "A.M.")...)
	case AMPMLowerSpaced:
		return append(b, pick(pm, "p. m.", "a. m.")...)
	case AMPMUpperSpaced:
		return append(b, pick(pm, "P. M.", "A. M.")...)
	case AMPMGreek:
		return append(b, pick(pm, "μ.μ.", "π.μ.")...)
	case AMPMHungarian:
		return append(b, pick(pm, "du.", "de.")...)
	}
	return append(b, pick(pm, "pm", "am")...)
}

// appendHolidays appends the names of h's occasions in e's schedule and
// family, separated by commas; see appendElementRC for noRC and noYear. An
// Erev (a Shift) names the occasion that begins on h (see EveOccasion).
func appendHolidays(b []byte, e *Element, h hebrew.Date, noRC, noYear bool) []byte {
	if e.Shift != 0 {
		name, _ := EveOccasion(h, e.Schedule, e.Spelling.Family)
		if noYear {
			name = trimYear(name, h.Year)
		}
		return append(b, name...)
	}
	var buf [8]occasion.Occasion
	return appendOccasions(b, e, occasion.AppendOn(buf[:0], h, e.Schedule), h.Year, noRC, noYear)
}

// appendOccasions appends the names of occasions os in e's family,
// separated by commas; see appendElementRC for noRC and noYear, and y is
// the Hebrew year of their day.
func appendOccasions(b []byte, e *Element, os []occasion.Occasion, y int, noRC, noYear bool) []byte {
	n := 0
	for _, o := range os {
		if noRC && o.Kind == occasion.RoshChodesh {
			continue
		}
		if n > 0 {
			b = append(b, ", "...)
		}
		name := o.Name(e.Spelling.Family)
		if noYear {
			name = trimYear(name, y)
		}
		b = append(b, name...)
		n++
	}
	return b
}

// EveningOccasions appends to dst the occasions of the evening that
// begins Hebrew day h in schedule s, as a layout that names the evening
// of a civil day writes them: h's, but for the days hebcal names by their
// evenings (see occasion.Occasion.Evening), the names of the day that
// evening ends, h's eve: the evening that begins 25 Kislev lights
// Chanukah's first candle, hebcal's "Chanukah: 1 Candle" of 24 Kislev, not
// 25 Kislev's "Chanukah: 2 Candles"; the one that begins 24 Kislev lights
// none; and the one that begins 26 Elul 5784 is Leil Selichot, which
// hebcal dates to 25 Elul, the Saturday it follows.
func EveningOccasions(dst []occasion.Occasion, h hebrew.Date, s occasion.Schedule) []occasion.Occasion {
	var lit [4]occasion.Occasion // the eve's evening occasions
	nl := 0
	var buf [8]occasion.Occasion
	if eve := h.AddDays(-1); !eve.IsZero() {
		for _, o := range occasion.AppendOn(buf[:0], eve, s) {
			if o.Evening() && nl < len(lit) {
				lit[nl] = o
				nl++
			}
		}
	}
	placed := false
	for _, o := range occasion.AppendOn(buf[:0], h, s) {
		if !o.Evening() && !sameFestival(o, lit[:nl]) {
			dst = append(dst, o)
			continue
		}
		if !placed {
			// In h's place of them, or of the day of the same festival
			// they replace ("Chanukah: 8 Candles" for the evening that
			// begins 2 Tevet, Chanukah's 8th Day).
			dst, placed = append(dst, lit[:nl]...), true
		}
	}
	if !placed {
		dst = append(dst, lit[:nl]...) // Leil Selichot: h has no occasion in its place
	}
	return dst
}

// sameFestival reports whether o is a day of the festival one of lit is.
func sameFestival(o occasion.Occasion, lit []occasion.Occasion) bool {
	f := o.Festival(hebrew.Hebcal)
	if f == "" {
		return false
	}
	for _, l := range lit {
		if l.Festival(hebrew.Hebcal) == f {
			return true
		}
	}
	return false
}

// EveOccasion returns the name of the occasion that begins on Hebrew day
// h in schedule s, as an Erev names it in the locale of family f, the day
// before: the festival's ("Erev Pesach", "Erev Chanukah", not Pesach I or
// Chanukah: 2 Candles), else its own ("Erev Rosh Hashana 5785", "Erev
// Yom Kippur", "Erev Rosh Chodesh Tammuz"); and whether one begins. No
// occasion begins on a later day of a festival (Pesach II, Chanukah: 3
// Candles) or of a two-day Rosh Chodesh, and none on an eve or a fast
// that begins at dawn, or by a Shabbat's name: "Erev Pesach II", "Erev
// Erev Pesach" and "Erev Tzom Gedaliah" name no day.
func EveOccasion(h hebrew.Date, s occasion.Schedule, f hebrew.Family) (string, bool) {
	var buf [8]occasion.Occasion
	for _, o := range occasion.AppendOn(buf[:0], h, s) {
		switch o.Kind {
		case occasion.Erev, occasion.MinorFast, occasion.CholHamoed, occasion.ShabbatMevarchim, occasion.SpecialShabbat, occasion.Portion:
			continue
		}
		en, name := o.Festival(hebrew.Hebcal), o.Festival(f)
		if en == "" {
			en, name = o.String(), o.Name(f)
		}
		if first, ok := occasion.Find(en, h.Year, s); ok && first.Date == h {
			return name, true
		}
	}
	return "", false
}

// trimYear returns an occasion's name without the Hebrew year y that
// hebcal writes after it (Rosh Hashana 5785, ראש השנה תשפ״ה), in digits or
// in letters; a name without it is returned as it is.
func trimYear(name string, y int) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return name
	}
	last := name[i+1:]
	var buf [16]byte
	if last == string(appendInt(buf[:0], y, 1)) ||
		last == string(hebrew.AppendNumeral(buf[:0], y, hebrew.OmitThousands)) ||
		last == string(hebrew.AppendNumeral(buf[:0], y, 0)) {
		return name[:i]
	}
	return name
}

// omerDay returns the day of the Omer that Hebrew day h is, 1 on 16
// Nisan to 49 on 5 Sivan (counted on the evening that begins it), or 0
// outside the season and for a date that is not valid.
func omerDay(h hebrew.Date) int {
	if !h.IsValid() {
		return 0
	}
	if n := h.DaysSince(hebrew.Date{Year: h.Year, Month: hebrew.Nisan, Day: 15}); n >= 1 && n <= 49 {
		return n
	}
	return 0
}

// dateOf returns the date of t's day that a Day, Month or Year element
// writes: the Gregorian date, or the Julian one in a Julian element.
func dateOf(e *Element, t time.Time) (int, time.Month, int) {
	if e.Calendar == Julian {
		return julian.Date(t)
	}
	return t.Date()
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// appendNumber writes n in a number form.
func appendNumber(b []byte, n int, f Form, p Punct) []byte {
	switch f {
	case Padded:
		return appendInt(b, n, 2)
	case Ordinal:
		b = appendInt(b, n, 0)
		return append(b, OrdinalSuffix(n)...)
	case OrdinalDash:
		b = appendInt(b, n, 0)
		return append(b, dashOrdinalSuffix(n)...)
	case OrdinalYiddish:
		b = appendInt(b, n, 0)
		return append(b, pick(n < 20, "טן", "סטן")...)
	case OrdinalColon:
		b = appendInt(b, n, 0)
		return append(b, pick(n%10 <= 2 && n%10 >= 1 && n/10 != 1, ":a", ":e")...)
	case TwoDigit:
		return appendInt(b, n%100, 2)
	case Numeral:
		// A year written without its thousands is read in the sixth
		// millennium, and only from a hundred up (a lone letter with a
		// geresh counts thousands): other years keep their thousands.
		if n < 5100 || n > 5999 {
			return appendThousands(b, n, p)
		}
		return hebrew.AppendNumeral(b, n, hebrew.OmitThousands|numeralStyle(p))
	case Thousands:
		return appendThousands(b, n, p)
	case RoshChodesh, RoshChodeshScript:
		if n == 1 || n == 30 {
			return append(b, pick(f == RoshChodesh, "Rosh Chodesh", "ראש חודש")...)
		}
	}
	return appendInt(b, n, 0)
}

// appendThousands writes n in Hebrew letters with its thousands, and a
// year of whole thousands with the word for them: ו׳ alone is a day, and
// the year 6000 is ו׳ אלפים, as the reader reads it ("ראש חודש כסלו, ב׳"
// was read as of the year 2000, a letter alone as thousands).
func appendThousands(b []byte, n int, p Punct) []byte {
	b = hebrew.AppendNumeral(b, n, numeralStyle(p))
	if n >= 1000 && n%1000 == 0 {
		b = append(b, " אלפים"...)
	}
	return b
}

// appendYear writes a Gregorian year: in full (with a minus sign before the
// common era, as the proleptic calendar counts, year 0 being 1 BCE), or its
// last two digits, with the minus sign of a year before the common era, as
// time.Format writes them.
func appendYear(b []byte, y int, f Form) []byte {
	if f == TwoDigit {
		return appendInt(b, y%100, 2)
	}
	// Four digits at least, as time.Format writes years: 0010 is not 2010.
	return appendInt(b, y, 4)
}

func numeralStyle(p Punct) hebrew.NumeralStyle {
	switch p {
	case ASCII:
		return hebrew.ASCII
	case Bare:
		return hebrew.Unpunctuated
	}
	return 0
}

// OrdinalSuffix returns the English ordinal suffix of n, in lower case:
// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd.
func OrdinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// dashOrdinalSuffix is Bulgarian's ordinal ending of day n, with its
// hyphen: the masculine ordinal's last letters, -ви for първи (1st,
// 21st, 31st), -ри for втори (2nd, 22nd), -ми for седми and осми (7th,
// 8th, 27th, 28th), and -ти for the others, the teens among them
// (единадесети, 11-ти).
func dashOrdinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 19 {
		return "-ти"
	}
	switch n % 10 {
	case 1:
		return "-ви"
	case 2:
		return "-ри"
	case 7, 8:
		return "-ми"
	}
	return "-ти"
}

// appendZone writes t's zone as its abbreviation or its offset, as
// time.Format writes it: a zone without an abbreviation is written -0700,
// and an ISO 8601 form writes Z for UTC.
func appendZone(b []byte, t time.Time, f Form) []byte {
	name, offset := t.Zone()
	switch f {
	case ZoneName:
		if name != "" {
			return append(b, name...)
		}
		f = ZoneOffsetShort
	case ZoneISO, ZoneISOShort, ZoneISOHour, ZoneISOSeconds, ZoneISOSecondsShort:
		if offset == 0 {
			return append(b, 'Z')
		}
		f -= ZoneISO - ZoneOffset // the offset form of the same shape
	}
	sign := byte('+')
	if offset < 0 {
		sign, offset = '-', -offset
	}
	b = append(b, sign)
	if f == ZoneOffsetHourBare {
		b = appendInt(b, offset/3600, 1)
		if offset%3600 != 0 {
			b = append(b, ':')
			b = appendInt(b, offset%3600/60, 2)
		}
		return b
	}
	b = appendInt(b, offset/3600, 2)
	if f == ZoneOffsetHour {
		return b
	}
	colon := f == ZoneOffset || f == ZoneOffsetSeconds
	if colon {
		b = append(b, ':')
	}
	b = appendInt(b, offset%3600/60, 2)
	if f == ZoneOffsetSeconds || f == ZoneOffsetSecondsShort {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// appendNotation appends how a layout writes element e, for the elements
// that the reference day does not show as a layout reads them (time.Format's
// notation: _2, Z07:00, .000, .999), and reports whether it did.
func appendNotation(b []byte, e *Element) ([]byte, bool) {
	switch {
	case e.Kind == Day && e.Form == SpacePadded && e.Shift == 0:
		return append(b, "_2"...), true
	case e.Kind == Zone && e.Form >= ZoneISO && e.Form <= ZoneISOSecondsShort:
		return append(b, zoneNotation[e.Form-ZoneISO]...), true
	case e.Kind == Fraction:
		b = append(b, fractionMark(e))
		d := byte('0')
		if e.Form == FractionNines {
			d = '9'
		}
		for range max(1, min(9, int(e.Digits))) {
			b = append(b, d)
		}
		return b, true
	}
	return b, false
}

var zoneNotation = [...]string{"Z07:00", "Z0700", "Z07", "Z07:00:00", "Z070000"}

// appendFraction writes the fraction of a second ns in the form of
// Fraction element e, as time.Format writes ".000" and ".999".
func appendFraction(b []byte, ns int, e *Element) []byte {
	n := int(e.Digits)
	if n < 1 || n > 9 {
		n = 9
	}
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte('0' + ns%10)
		ns /= 10
	}
	digits := buf[:n]
	if e.Form == FractionNines {
		for len(digits) > 0 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		if len(digits) == 0 {
			return b
		}
	}
	b = append(b, fractionMark(e))
	return append(b, digits...)
}

// fractionMark returns the mark before Fraction element e's digits: its
// Text's "," or ":" (18:31:59:257), or ".".
func fractionMark(e *Element) byte {
	if e.Text == "," || e.Text == ":" {
		return e.Text[0]
	}
	return '.'
}

// applyCase changes the ASCII letters of b[start:] to the case c.
func applyCase(b []byte, start int, c Case) []byte {
	if c != AsIs && !isASCII(b[start:]) {
		return applyCaseUnicode(b, start, c)
	}
	switch c {
	case Title:
		if start < len(b) && b[start] >= 'a' && b[start] <= 'z' {
			b[start] -= 'a' - 'A'
		}
	case Upper:
		for i := start; i < len(b); i++ {
			if b[i] >= 'a' && b[i] <= 'z' {
				b[i] -= 'a' - 'A'
			}
		}
	case Lower:
		for i := start; i < len(b); i++ {
			if b[i] >= 'A' && b[i] <= 'Z' {
				b[i] += 'a' - 'A'
			}
		}
	}
	return b
}

// isASCII reports whether b is all ASCII.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// applyCaseUnicode is applyCase for names beyond ASCII (décembre, января):
// it rewrites b[start:] rune by rune, through a buffer on the stack for a
// name of a few dozen bytes.
func applyCaseUnicode(b []byte, start int, c Case) []byte {
	var buf [64]byte
	if len(b)-start > len(buf) {
		return b
	}
	name := buf[:copy(buf[:], b[start:])]
	b = b[:start]
	for i := 0; i < len(name); {
		r, n := utf8.DecodeRune(name[i:])
		switch {
		case c == Upper, c == Title && i == 0:
			r = unicode.ToUpper(r)
		case c == Lower:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
		i += n
	}
	return b
}

// appendInt appends n in decimal, zero-padded to width digits.
func appendInt(b []byte, n, width int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}
