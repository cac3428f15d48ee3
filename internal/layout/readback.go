package layout

import (
	"iter"
	"sync"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

// A day's names are its weekday, its Gregorian month and its Hebrew
// month: what a layout whose names are another language's writes in words
// on every day, occasions aside. A nameKey numbers the names a layout
// writes on a day: weekday 0-6, or 7 where the layout writes none; month
// 1-12, or 0; Hebrew month 1-13, or 0.
type nameKey uint16

const numNameKeys = 8 * 13 * 14

func makeNameKey(w, m, hm int) nameKey { return nameKey((w*13+m)*14 + hm) }

// A nameTable is what [Layout.CheckNames] learns, once, of a layout whose
// names are another language's, so that Format reads back only the days
// whose text could read as another day: which of the names the layout
// writes read back plainly, as they stand together.
//
// A name can read as another word: Turkish's April, Nisan, is the Hebrew
// month ("Nisan 3" reads as 3 Nisan), and Slovenian's "tor." is Danish's
// Thursday, which reads right only where the date, in a year near the
// day, is a Tuesday ("tor., maj 7 · 29 Nisan", May 7, 2024, reads as a
// Thursday of 1959). The reader says so of a day it reads right ("tor."
// is Thursday in da and Tuesday in sl; the date says which), so a day
// read back plainly is one read back with nothing said of it but the year
// the reader inferred. And names read together: Serbian's "sub, mar 28 ·
// 3 Nisan" (March 28, 2020) reads as no date, where its Saturday, its
// March and its Nisan each read back plainly beside other names. A table
// of the names alone, each read on two days beside others, let that day
// through (TestNamesTableExact found it); one of the pairs a layout writes
// side by side would need to know which pair the reader settles a word
// by (see package parse's langVote).
//
// So the table has a bit for each combination of a weekday, a month and
// a Hebrew month that the layout writes together (218 in a 19-year
// cycle: a layout without a weekday has 36), set where CheckNames read
// a day of them back plainly (see nameSamples), and the set of the
// occasions' names (portions, holidays) that read back plainly on a day
// whose combination did. Format reads back a day of a combination or an
// occasion that is not plain, or that CheckNames did not read (Rosh
// Hashana 5800, whose name has its year), as it read back every day
// before (13-32 µs and some 25 allocations a day in French, Russian or
// Turkish, where English takes under 1 µs and one allocation), and
// writes the others as English's. Their numbers only count, and the same
// numbers written with English names read back (the layout's other
// checks, in Validate, refuse those that would not). CheckNames costs a
// reading of each combination and occasion, 1-10 ms a layout.
// TestNamesTableExact proves over another 19-year cycle, in each
// language's layouts, that every day written without reading it back
// reads back.
type nameTable struct {
	read     [(numNameKeys + 63) / 64]uint64 // the combinations that read back plainly
	weekday  bool                            // the layout writes a weekday
	month    bool                            // a Gregorian month
	hebrew   bool                            // a Hebrew month
	occasion bool                            // a holiday or a portion
	// plain holds the English names (occasion.Occasion.String) of the
	// occasions that read back plainly in the layout: a day with another
	// is read back.
	plain map[string]bool
	// monthAt is the index of the layout's Month element, whose
	// calendar says the month of a day.
	monthAt int
}

// key returns the key of the names the layout writes on the day of t and
// h, a valid Hebrew date.
func (nt *nameTable) key(l *Layout, t time.Time, h hebrew.Date) nameKey {
	w, m, hm := 7, 0, 0
	if nt.weekday {
		w = int(t.Weekday())
	}
	if nt.month {
		_, mo, _ := dateOf(&l.elems[nt.monthAt], t)
		m = int(mo)
	}
	if nt.hebrew {
		hm = int(h.Month)
	}
	return makeNameKey(w, m, hm)
}

// namesTable returns the table of layout l, whose names are another
// language's, or nil if its days' names are not its weekday's, month's and
// Hebrew month's of the day alone, and every day is read back: a range,
// which writes the names of the days at its ends (October 30-November 5);
// an element shifted to another day, or of the evening, a day that Rosh
// Chodesh writes as the next month's, a weekday of the Julian calendar.
func (l *Layout) namesTable() *nameTable {
	if l.ranges[0].ok || l.ranges[1].ok || l.sameEnd != 0 || l.Evening() || l.roshChodesh() {
		return nil
	}
	nt := &nameTable{}
	month := -1
	for i := range l.elems {
		e := &l.elems[i]
		switch e.Kind {
		case Weekday:
			nt.weekday = true
		case Month:
			if month >= 0 && l.elems[month].Calendar != e.Calendar {
				return nil // its months in both calendars: read every day
			}
			nt.month, nt.monthAt, month = true, i, i
		case HebrewMonth:
			nt.hebrew = true
		case Holiday, Portion:
			nt.occasion = true
		default:
			continue
		}
		if e.Shift != 0 {
			return nil
		}
	}
	plain := *l
	plain.names = English
	seen := [len(nt.read)]uint64{}
	for _, d := range nameSamples() {
		k := nt.key(l, d.t, d.h)
		if seen[k/64]&(1<<(k%64)) != 0 {
			continue
		}
		seen[k/64] |= 1 << (k % 64)
		if _, plainly := ReadsBack(plain, d.t, d.h); plainly {
			nt.read[k/64] |= 1 << (k % 64)
		}
	}
	if nt.occasion {
		nt.plain = l.plainOccasions(nt, plain)
	}
	return nt
}

// direct reports whether layout l writes the day of t and h with names
// that its table says read back (see nameTable), so that Format need not
// read its text back.
func (l *Layout) direct(t time.Time, h hebrew.Date) bool {
	nt := l.table
	if nt == nil || !h.IsValid() {
		return false
	}
	k := nt.key(l, t, h)
	if nt.read[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	if nt.occasion {
		for o := range l.occasions(h) {
			if !nt.plain[o.String()] {
				return false
			}
		}
	}
	return true
}

// occasions yields the occasions that the Holiday and Portion elements
// of l write on Hebrew day h, a valid date.
func (l *Layout) occasions(h hebrew.Date) iter.Seq[occasion.Occasion] {
	return func(yield func(occasion.Occasion) bool) {
		for i := range l.elems {
			switch e := &l.elems[i]; e.Kind {
			case Portion:
				if p, ok := occasion.PortionOf(h, e.Schedule); ok && !yield(p) {
					return
				}
			case Holiday:
				var buf [8]occasion.Occasion
				for _, o := range occasion.AppendOn(buf[:0], h, e.Schedule) {
					if !yield(o) {
						return
					}
				}
			}
		}
	}
}

// plainOccasions returns the occasions of layout l, whose names read
// back where table nt says so, and plain, l without its names' check,
// that read back plainly: each is read
// back on a day of the 19-year cycle of nameSamples whose names read
// back plainly, and is plain if that day is (a day of several occasions,
// Shabbat Parah in the week of Ki Tisa, says so of each that no other day
// said so of before). Only the occasions of those days are known; a day
// of another (Rosh Hashana 5800, whose name has its year) is read back.
func (l *Layout) plainOccasions(nt *nameTable, plain Layout) map[string]bool {
	known := map[string]bool{}
	for i := range nameCycleDays {
		t := nameCycleStart.AddDate(0, 0, i)
		h := hebrew.DateOf(t)
		if k := nt.key(l, t, h); nt.read[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		untried := false
		for o := range l.occasions(h) {
			if _, ok := known[o.String()]; !ok {
				untried = true
			}
		}
		if !untried {
			continue
		}
		_, plainly := ReadsBack(plain, t, h)
		for o := range l.occasions(h) {
			if was, ok := known[o.String()]; !ok || !was {
				known[o.String()] = plainly
			}
		}
	}
	return known
}

// The days that CheckNames reads back are of the 19 years from 2000 on,
// a cycle of the Hebrew calendar's leap years, at noon UTC.
var nameCycleStart = time.Date(2000, time.January, 1, 12, 0, 0, 0, time.UTC)

const nameCycleDays = 19 * 366

// A nameSample is a day that CheckNames reads back for its names.
type nameSample struct {
	t time.Time
	h hebrew.Date
}

// nameSamples returns a day of each combination of weekday, Gregorian
// month and Hebrew month in a 19-year cycle of the Hebrew calendar, at
// noon UTC, the first of each in 2000-2018; a day without an occasion
// where the combination has one, so that the occasions a layout writes
// do not hide whether its names read back.
var nameSamples = sync.OnceValue(func() []nameSample {
	var first [numNameKeys]int16 // 1 + the index of the day in days
	var days []nameSample
	for i := range nameCycleDays {
		t := nameCycleStart.AddDate(0, 0, i)
		h := hebrew.DateOf(t)
		k := makeNameKey(int(t.Weekday()), int(t.Month()), int(h.Month))
		var buf [8]occasion.Occasion
		quiet := len(occasion.AppendOn(buf[:0], h, occasion.Diaspora)) == 0
		switch j := first[k] - 1; {
		case j < 0:
			days = append(days, nameSample{t, h})
			first[k] = int16(len(days))
		case quiet && len(occasion.AppendOn(buf[:0], days[j].h, occasion.Diaspora)) > 0:
			days[j] = nameSample{t, h}
		}
	}
	return days
})
