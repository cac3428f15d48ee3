package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/civil"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

// cellWidth is the width of a day in the grid: room for "1 AdII" and two
// spaces before it.
const cellWidth = 8

// Reverse video, for today on a terminal.
const (
	reverse = "\x1b[7m"
	plain   = "\x1b[0m"
)

// hebrewAbbr is how a grid marks the first of a Hebrew month; Adar is
// AdI in a leap year.
var hebrewAbbr = [...]string{
	hebrew.Nisan: "Nis", hebrew.Iyyar: "Iyar", hebrew.Sivan: "Siv", hebrew.Tammuz: "Tam",
	hebrew.Av: "Av", hebrew.Elul: "Elul", hebrew.Tishrei: "Tish", hebrew.Cheshvan: "Chsh",
	hebrew.Kislev: "Kis", hebrew.Tevet: "Tev", hebrew.Shevat: "Shvt", hebrew.Adar: "Adar",
	hebrew.AdarII: "AdII",
}

// A calMonth is the month a grid draws: its first and last day (civil
// days, at noon UTC), whether it is a Hebrew month, and the warnings to
// give with it.
type calMonth struct {
	first, last time.Time
	isHebrew    bool
	hebrew      hebrew.Date // the Hebrew month's first day
	notes       []string
}

// firstDay and lastDay are the first and last days that have a Hebrew
// date here, 1 Tishrei 1 (September 7, -3760) and 29 Elul 9999
// (September 25, 6239), at noon UTC as the grid counts days.
var (
	firstDay = noonOf(hebrew.Date{Year: hebrew.MinYear, Month: hebrew.Tishrei, Day: 1})
	lastDay  = noonOf(hebrew.Date{Year: hebrew.MaxYear, Month: hebrew.Elul, Day: hebrew.DaysInMonth(hebrew.MaxYear, hebrew.Elul)})
)

// errOutside is the error of a month none of whose days has a Hebrew date.
var errOutside = errors.New("outside the days this calendar supports")

// cal draws a month, or a whole year, in both calendars.
func (c *command) cal(args []string) int {
	if len(args) > 1 {
		return c.usageError("cal takes one month or year, such as 2024-03, \"Adar I 5784\", Tishrei, 2024 or 5785")
	}
	today := c.clock
	arg := ""
	if len(args) == 1 {
		arg = args[0]
	}
	months, err := c.calMonthsOf(arg, today)
	if err != nil {
		c.errorf("%v", err)
		return exitInput
	}
	for _, m := range months {
		for _, n := range m.notes {
			c.warnf("%s", n)
		}
	}
	if c.json {
		for _, m := range months {
			c.writeDays(m)
		}
		return exitOK
	}
	schedule := occasion.Diaspora
	if c.israel {
		schedule = occasion.Israel
	}
	for i, m := range months {
		if i > 0 {
			c.out.WriteByte('\n')
		}
		c.drawMonth(c.out, m, civilNoon(today), isTerminal(c.stdout), schedule)
	}
	return exitOK
}

// writeDays writes the metadata object of each day of m.
func (c *command) writeDays(m calMonth) {
	for d := m.first; !d.After(m.last); d = d.AddDate(0, 0, 1) {
		y, mo, dd := d.Date()
		start, ok := civil.DayStart(y, mo, dd, c.loc)
		if !ok {
			// A day the zone skips (Pacific/Apia, December 30, 2011)
			// is still a day of the calendar: its date, in UTC.
			start = time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC)
		}
		dl := dateline.Dateline{Time: start, Hebrew: hebrew.DateOf(d)}
		c.writeDateline(dl, "")
	}
}

// calMonthsOf reads the argument of cal: a year, Gregorian (2024) or
// Hebrew (5785, תשפ״ה), gives its months; a month name alone (Tishrei,
// March) gives the month of that name now under way or next to come; any
// other argument gives one month (see calMonthOf).
func (c *command) calMonthsOf(arg string, today time.Time) ([]calMonth, error) {
	s := strings.TrimSpace(arg)
	if y, isHebrew, ok := yearOf(s); ok {
		if y < 1 || y > 9999 {
			return nil, fmt.Errorf("%q: the year must be 1 to 9999", arg)
		}
		var months []calMonth
		if !isHebrew {
			for m := time.January; m <= time.December; m++ {
				months = append(months, gregorianMonth(y, m))
			}
			return months, nil
		}
		for _, m := range hebrewYearMonths(y) {
			months = append(months, hebrewMonth(y, m))
		}
		return months, nil
	}
	if isMonthName(s) {
		// The month of that name under way or next: try this year's and
		// the years after, in the month's calendar.
		y, _, _ := today.Date()
		_, isHebrewMonth := hebrew.LookupMonth(s)
		if isHebrewMonth == nil {
			y = hebrew.DateOf(today).Year
		}
		// Adar I and Adar II come round up to three years after the
		// last (from 5787 to 5790): "cal 'Adar II'" after Adar II 5787
		// was "no such month in the next years" when only three years
		// were tried.
		todayNoon := civilNoon(today)
		past := false
		for k := range 4 {
			m, err := c.calMonthOf(s+" "+strconv.Itoa(y+k), today)
			if err == nil && !m.last.Before(todayNoon) {
				return []calMonth{m}, nil
			}
			past = past || errors.Is(err, errOutside) || isHebrewMonth == nil && y+k > hebrew.MaxYear
		}
		if past {
			// "cal October" on September 20, 6239 was "no such month in
			// the next years".
			return nil, fmt.Errorf("%q: the next %s is past the last day this calendar supports, %s (%s)",
				arg, s, lastDay.Format("January 2, 2006"), hebrew.DateOf(lastDay))
		}
		return nil, fmt.Errorf("%q: no such month in the next years", arg)
	}
	m, err := c.calMonthOf(arg, today)
	if err != nil {
		return nil, err
	}
	return []calMonth{m}, nil
}

// yearOf reads a year alone: digits, a Gregorian year below 3000 and a
// Hebrew one from 3000 on, as a year after an occasion is read ("Purim
// 2024", "Purim 5784"); or a Hebrew year in Hebrew letters (תשפ״ה,
// ה׳תשפ״ה), read by the parser as the year of a Hebrew date.
func yearOf(s string) (year int, isHebrew, ok bool) {
	if s == "" {
		return 0, false, false
	}
	if n, err := strconv.Atoi(s); err == nil && s[0] != '+' && s[0] != '-' {
		return n, n >= 3000, true
	}
	if r, _ := utf8.DecodeRuneInString(s); r < 0x5D0 || r > 0x5EA {
		return 0, false, false
	}
	res, err := parse.Parse("א׳ תשרי " + s)
	if err != nil {
		return 0, false, false
	}
	hy, ok := res.Get(layout.HebrewYear)
	if !ok || hy.End != len(res.Input) {
		return 0, false, false
	}
	return hy.Value, true, true
}

// hebrewYearMonths returns the months of Hebrew year y in order, Tishrei
// to Elul, with Adar I and Adar II in a leap year.
func hebrewYearMonths(y int) []hebrew.Month {
	months := []hebrew.Month{hebrew.Tishrei, hebrew.Cheshvan, hebrew.Kislev, hebrew.Tevet, hebrew.Shevat, hebrew.Adar}
	if hebrew.IsLeapYear(y) {
		months = append(months, hebrew.AdarII)
	}
	return append(months, hebrew.Nisan, hebrew.Iyyar, hebrew.Sivan, hebrew.Tammuz, hebrew.Av, hebrew.Elul)
}

// calMonthOf reads the argument of cal (see readMonth) and limits the
// month to the days that have a Hebrew date (see inCalendar).
func (c *command) calMonthOf(arg string, today time.Time) (calMonth, error) {
	m, err := c.readMonth(arg, today)
	if err != nil {
		return calMonth{}, err
	}
	return inCalendar(arg, m)
}

// readMonth reads the argument of cal: a Gregorian month (2024-03, "March
// 2024"), a Hebrew one ("Adar I 5784"), or the month of a date (the month
// of the day convert gives for it, a date without a year the next such
// day); "" is the month of today.
func (c *command) readMonth(arg string, today time.Time) (calMonth, error) {
	if arg == "" {
		return gregorianMonth(today.Year(), today.Month()), nil
	}
	if y, mo, ok := numericMonth(arg); ok {
		if mo < 1 || mo > 12 {
			return calMonth{}, fmt.Errorf("%q: there is no month %d", arg, mo)
		}
		m, err := c.checkYear(arg, gregorianMonth(y, time.Month(mo)))
		return c.yearNotes(arg, time.Month(mo).String()+" "+strconv.Itoa(y), m), err
	}
	bad := fmt.Errorf("%q is not a month or a year: write 2024-03, 3/2024, \"March 2024\", \"Adar I 5784\", Tishrei, 2024 or 5785", arg)
	r, err := parse.Parse(arg)
	if err != nil {
		return calMonth{}, bad
	}
	gm, hasGM := r.Get(layout.Month)
	gy, hasGY := r.Get(layout.Year)
	_, hasGD := r.Get(layout.Day)
	_, hasHM := r.Get(layout.HebrewMonth)
	switch {
	case hasGM && hasGY && !hasGD:
		if gy.Form == layout.TwoDigit {
			return calMonth{}, fmt.Errorf("%q: write the year in full", arg)
		}
		m, err := c.checkYear(arg, gregorianMonth(gy.Value, time.Month(gm.Value)))
		return c.yearNotes(arg, arg, m), err
	case hasHM && !hasGM && !hasGD:
		if m, ok := digitAdarMonth(r); ok {
			return m, nil
		}
		fallthrough
	case hasGM || hasHM:
		// A date, or a Hebrew month: Check resolves it (a bare Adar, a
		// year left out) and says what is wrong with it. A date without
		// its year is the day convert gives, the next such day: "1
		// Tishrei" on December 6, 2026 drew Tishrei 5787, just past,
		// where convert gave 1 Tishrei 5788 and cal Tishrei drew 5788.
		rep := c.ahead(arg, c.reader.Check(arg), today)
		var notes []string
		if p, ok := firstError(rep.Problems); ok {
			return calMonth{}, fmt.Errorf("%q: %s", arg, message(p))
		}
		for _, p := range rep.Problems {
			if p.Severity == dateline.Warning {
				notes = append(notes, strconv.Quote(arg)+": "+message(p))
			}
		}
		d := rep.Dateline
		var m calMonth
		switch {
		case d.HasDay() && hasGM:
			m = gregorianMonth(d.Time.Year(), d.Time.Month())
		case d.Hebrew.Year != 0:
			m = hebrewMonth(d.Hebrew.Year, d.Hebrew.Month)
		default:
			return calMonth{}, bad
		}
		m.notes = notes
		return m, nil
	}
	return calMonth{}, bad
}

// digitAdarMonth reads a bare Adar with the digit that spells Adar I or
// Adar II after it, and the Hebrew year of a leap year, as that month
// (hebrew.MonthName.BaseLen): cal takes a month, and the digit, which
// convert may read as a day, is its qualifier there. "cal 'Adar 1
// 5784'" drew Adar II, the month of 1 Adar II that convert read, with a
// warning that nothing said which Adar (found trying the command as an
// adversary).
func digitAdarMonth(r parse.Result) (calMonth, bool) {
	hm, _ := r.Get(layout.HebrewMonth)
	hd, okD := r.Get(layout.HebrewDay)
	hy, okY := r.Get(layout.HebrewYear)
	if !okD || !okY || hm.Value != int(hebrew.Adar) || hm.Flags&parse.Qualified != 0 ||
		hy.Value < 3000 || hy.Value > hebrew.MaxYear || !hebrew.IsLeapYear(hy.Value) {
		return calMonth{}, false
	}
	name, ok := hebrew.MatchMonth(r.Input[hm.Start:])
	if !ok || !name.Qualified || name.BaseLen >= name.Len || hm.Start+name.Len != hd.End {
		return calMonth{}, false
	}
	return hebrewMonth(hy.Value, name.Month), true
}

// yearNotes adds to m, the Gregorian month text names, what Check says of
// its year where the year looks like a Hebrew one: "cal 'March 5784'"
// (and 5784-03) drew March of the Gregorian year 5784, where convert
// warns that 5784 is a Hebrew year, whose March is March 2024 (found
// trying the command as an adversary).
func (c *command) yearNotes(arg, text string, m calMonth) calMonth {
	for _, p := range c.reader.Check(text).Problems {
		if p.Code == dateline.CodeYearUnlikely && p.Severity == dateline.Warning {
			m.notes = append(m.notes, strconv.Quote(arg)+": "+message(p))
		}
	}
	return m
}

// firstError returns the error of problems to report first: one that the
// year is of the other calendar, which says what the text means ("Adar I
// 2024": 2024 is a Gregorian year), before what follows from reading it
// as written (a common year's single Adar); or the first error.
func firstError(problems []dateline.Problem) (dateline.Problem, bool) {
	var first *dateline.Problem
	for i := range problems {
		p := &problems[i]
		if p.Severity != dateline.Error {
			continue
		}
		if p.Code == dateline.CodeYearUnlikely {
			return *p, true
		}
		if first == nil {
			first = p
		}
	}
	if first == nil {
		return dateline.Problem{}, false
	}
	return *first, true
}

// checkYear refuses Gregorian months outside years 1 to 9999.
func (c *command) checkYear(arg string, m calMonth) (calMonth, error) {
	if y := m.first.Year(); y < 1 || y > 9999 {
		return calMonth{}, fmt.Errorf("%q: the year must be 1 to 9999", arg)
	}
	return m, nil
}

// inCalendar limits m to the days that have a Hebrew date, from September
// 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999): a month
// none of whose days has one is refused, and one with some is drawn only
// on those, with a note saying so. "cal 6239-10" and "cal 9999-12" drew
// Gregorian days over empty Hebrew rows and said nothing, and --json gave
// days without their Hebrew dates.
func inCalendar(arg string, m calMonth) (calMonth, error) {
	// The month is named after the argument, or alone for today's.
	name := m.first.Month().String() + " " + strconv.Itoa(m.first.Year())
	if m.isHebrew {
		name = hebrewMonthName(m.hebrew) + " " + strconv.Itoa(m.hebrew.Year)
	}
	if arg != "" {
		name = strconv.Quote(arg) + ": " + name
	}
	if m.last.Before(firstDay) || m.first.After(lastDay) {
		return calMonth{}, fmt.Errorf("%s is %w (%s to %s)", name, errOutside,
			firstDay.Format("January 2, 2006"), lastDay.Format("January 2, 2006"))
	}
	if m.first.Before(firstDay) {
		m.first = firstDay
		m.notes = append(m.notes, fmt.Sprintf("%s is drawn from %s (%s), the first day this calendar supports; the days before it have no Hebrew date",
			name, firstDay.Format("January 2, 2006"), hebrew.DateOf(firstDay)))
	}
	if m.last.After(lastDay) {
		m.last = lastDay
		m.notes = append(m.notes, fmt.Sprintf("%s is drawn to %s (%s), the last day this calendar supports; the days after it have no Hebrew date",
			name, lastDay.Format("January 2, 2006"), hebrew.DateOf(lastDay)))
	}
	return m, nil
}

// numericMonth reads a month in digits with its year of four digits,
// parted by a hyphen, a slash or a dot, year first or last: 2024-03,
// 2024/03, 3/2024, 03.2024. The year's four digits say which is which;
// "cal 3/2024" and "cal 03.2024" were not a month or a year.
func numericMonth(s string) (year, month int, ok bool) {
	i := strings.IndexAny(s, "-/.")
	if i < 0 || strings.IndexByte(s[i+1:], s[i]) >= 0 {
		return 0, 0, false
	}
	ys, ms := s[:i], s[i+1:]
	if len(ms) == 4 {
		ys, ms = ms, ys // 3/2024: the month first
	}
	if len(ys) != 4 || len(ms) < 1 || len(ms) > 2 || !allDigits(ys) || !allDigits(ms) {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	return y, m, true
}

// allDigits reports whether s is ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func gregorianMonth(y int, m time.Month) calMonth {
	first := time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)
	return calMonth{first: first, last: first.AddDate(0, 1, -1)}
}

func hebrewMonth(y int, m hebrew.Month) calMonth {
	h := hebrew.Date{Year: y, Month: m, Day: 1}
	first := noonOf(h)
	return calMonth{first: first, last: first.AddDate(0, 0, hebrew.DaysInMonth(y, m)-1), isHebrew: true, hebrew: h}
}

// noonOf returns noon UTC of h's Gregorian day.
func noonOf(h hebrew.Date) time.Time {
	gy, gm, gd := h.Gregorian()
	return time.Date(gy, gm, gd, 12, 0, 0, 0, time.UTC)
}

// civilNoon returns noon UTC of t's civil day, as the grid counts days.
func civilNoon(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
}

// drawMonth draws m as a grid, a week in two rows: the Gregorian days over
// the Hebrew ones. A cell shows the month's abbreviation on the first of
// the other calendar's month, and a * on a day with occasions (in
// schedule s), which are listed under the grid. With highlight, today is
// in reverse video.
func (c *command) drawMonth(w io.Writer, m calMonth, today time.Time, highlight bool, s occasion.Schedule) {
	var b strings.Builder
	title := monthTitle(m)
	width := 7 * cellWidth
	b.WriteString(strings.Repeat(" ", max(0, (width-utf8.RuneCountInString(title))/2)))
	b.WriteString(title)
	b.WriteByte('\n')
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		b.WriteString(pad(wd.String()[:3]))
	}
	b.WriteByte('\n')
	var occasions []dayOccasions
	start := m.first.AddDate(0, 0, -int(m.first.Weekday()))
	for week := start; !week.After(m.last); week = week.AddDate(0, 0, 7) {
		var top, bottom strings.Builder
		for i := range 7 {
			d := week.AddDate(0, 0, i)
			if d.Before(m.first) || d.After(m.last) {
				top.WriteString(pad(""))
				bottom.WriteString(pad(""))
				continue
			}
			h := hebrew.DateOf(d)
			g := strconv.Itoa(d.Day())
			hd := ""
			if h.Day != 0 {
				hd = strconv.Itoa(h.Day)
			}
			if m.isHebrew {
				if d.Day() == 1 {
					g += " " + d.Month().String()[:3]
				}
			} else if h.Day == 1 {
				hd += " " + monthAbbr(h)
			}
			if occ := occasion.On(h, s); len(occ) > 0 {
				hd += "*"
				occasions = append(occasions, dayOccasions{d, h, occ})
			}
			on := highlight && d.Equal(today)
			top.WriteString(cell(g, on))
			bottom.WriteString(cell(hd, on))
		}
		b.WriteString(strings.TrimRight(top.String(), " "))
		b.WriteByte('\n')
		b.WriteString(strings.TrimRight(bottom.String(), " "))
		b.WriteByte('\n')
	}
	if len(occasions) > 0 {
		b.WriteByte('\n')
	}
	for _, o := range occasions {
		fmt.Fprintf(&b, "%s %2d  %-17s", o.day.Month().String()[:3], o.day.Day(), o.hebrew.String())
		for i, occ := range o.occasions {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(occ.String())
		}
		b.WriteByte('\n')
	}
	io.WriteString(w, b.String())
}

// dayOccasions are the occasions of one day of the grid.
type dayOccasions struct {
	day       time.Time
	hebrew    hebrew.Date
	occasions []occasion.Occasion
}

// monthTitle names the month drawn and the other calendar's months it
// spans: "March 2024 · Adar I – Adar II 5784", "Adar I 5784 · February –
// March 2024".
func monthTitle(m calMonth) string {
	if m.isHebrew {
		name := hebrewMonthName(m.hebrew) + " " + strconv.Itoa(m.hebrew.Year)
		fy, fm := m.first.Year(), m.first.Month()
		ly, lm := m.last.Year(), m.last.Month()
		var other string
		switch {
		case fy != ly:
			other = fm.String() + " " + strconv.Itoa(fy) + " – " + lm.String() + " " + strconv.Itoa(ly)
		case fm != lm:
			other = fm.String() + " – " + lm.String() + " " + strconv.Itoa(ly)
		default:
			other = fm.String() + " " + strconv.Itoa(fy)
		}
		return name + " · " + other
	}
	name := m.first.Month().String() + " " + strconv.Itoa(m.first.Year())
	hf, hl := hebrew.DateOf(m.first), hebrew.DateOf(m.last)
	if hf.IsZero() || hl.IsZero() {
		return name
	}
	var other string
	switch {
	case hf.Year != hl.Year:
		other = hebrewMonthName(hf) + " " + strconv.Itoa(hf.Year) + " – " + hebrewMonthName(hl) + " " + strconv.Itoa(hl.Year)
	case hf.Month != hl.Month:
		other = hebrewMonthName(hf) + " – " + hebrewMonthName(hl) + " " + strconv.Itoa(hl.Year)
	default:
		other = hebrewMonthName(hf) + " " + strconv.Itoa(hf.Year)
	}
	return name + " · " + other
}

// hebrewMonthName returns the name of h's month in hebcal's spelling.
func hebrewMonthName(h hebrew.Date) string {
	return hebrew.Spelling{}.Name(h.Month, hebrew.IsLeapYear(h.Year))
}

// monthAbbr returns the abbreviation of h's month.
func monthAbbr(h hebrew.Date) string {
	if h.Month == hebrew.Adar && hebrew.IsLeapYear(h.Year) {
		return "AdI"
	}
	if h.Month >= hebrew.Nisan && h.Month <= hebrew.AdarII {
		return hebrewAbbr[h.Month]
	}
	return "?"
}

// pad right-aligns s in a cell.
func pad(s string) string {
	return strings.Repeat(" ", max(0, cellWidth-utf8.RuneCountInString(s))) + s
}

// cell returns a cell holding s, in reverse video if on.
func cell(s string, on bool) string {
	if !on || s == "" {
		return pad(s)
	}
	return strings.Repeat(" ", max(0, cellWidth-utf8.RuneCountInString(s))) + reverse + s + plain
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
