package dateline

import (
	"time"

	"github.com/dualdate/dualdate/internal/htmltext"
)

// FindHTML is Find for an HTML page as scraped. It reads the page's text
// as a browser shows it (as the crawl's Text does: see package
// internal/htmltext), with golang.org/x/net/html's tokenizer: tags are
// left out, so that "2<sup>nd</sup>" is "2nd"; character references are
// decoded ("&#124;" is a bar, and "&nbsp;" a space); characters that
// take no room, soft hyphens, zero-width spaces and joiners, direction
// marks, are left out, so that "Sep&shy;tem&shy;ber" is "September"
// and "כ&rlm;״ב" is "כ״ב"; comments and the
// contents of scripts, styles, templates and the like are skipped; a
// dateline does not run from one block (a paragraph, a table cell, a list
// item) into the next; and a <br> is the line break a browser shows it
// as, read as a line break in plain text is ("March 2,<br>2024" is March
// 2, 2024), and two in a row as a blank line, a paragraph break. The
// matches' Start and End are byte offsets in page, the original bytes,
// so that page[m.Start:m.End] is the markup the dateline was read from,
// tags and references included; each Match's Input is the text read
// there, and its problems' spans are offsets in Input, as Find's are. A
// <time datetime> element's attribute gives the year of its text when
// the text names none, a text whose day is not the attribute's is a
// CodeCalendar error, and a <time> whose text is no date gives its
// attribute as the match, its Input the attribute's value.
// FindHTML does not check that page is HTML: text without markup gives
// what Find gives, except that a character reference in it is decoded.
func FindHTML(page string, opts ...Option) []Match {
	o := makeOptions(opts)
	return findHTML(page, &o)
}

// FindHTML is [FindHTML] with the Reader's options.
func (rd *Reader) FindHTML(page string) []Match { return findHTML(page, &rd.o) }

func findHTML(page string, o *options) []Match {
	t := htmltext.Read(page)
	var out []Match
	next := 0 // the first of t.Times not yet given a match
	for _, b := range t.Blocks {
		for _, m := range find(t.Text[b.Start:b.End], 0, o) {
			start, end := b.Start+m.Start, b.Start+m.End
			for ; next < len(t.Times) && t.Times[next].End <= start; next++ {
				out = appendTimeItem(out, t.Times[next], o)
			}
			if next < len(t.Times) && t.Times[next].Start <= start && end <= t.Times[next].End {
				m.Report = machineDate(m.Report, t.Times[next].Datetime, o)
				next++
			}
			m.Start, m.End = t.PageStart(start), t.PageEnd(end)
			out = append(out, m)
			if len(out) >= MaxMatches {
				return out[:MaxMatches]
			}
		}
	}
	for ; next < len(t.Times); next++ {
		out = appendTimeItem(out, t.Times[next], o)
	}
	return out[:min(len(out), MaxMatches)]
}

// A <time> element's datetime attribute is the page's machine reading of
// its text (adversarial review 52: it was never read). Its date gives the
// year of a text that names none ("<time datetime="2023-03-02">March
// 2</time>" was March 2, 2024, by the reference, with only an info); a
// text whose day is not the attribute's is an error ("<time
// datetime="2024-03-03">Saturday, March 2, 2024</time>" was read with
// nothing said of March 3); and a <time> whose text is no date ("<time
// datetime="2024-03-05T10:00Z">yesterday</time>") gives its attribute
// as the item, where it gave nothing.

// machineDay returns the day of a datetime attribute's value: a date,
// "2024-03-03", or a date and time, "2024-03-05T10:00Z".
func machineDay(v string) (time.Time, bool) {
	if len(v) < len(time.DateOnly) {
		return time.Time{}, false
	}
	d, err := time.Parse(time.DateOnly, v[:len(time.DateOnly)])
	if err != nil || len(v) > len(time.DateOnly) && v[len(time.DateOnly)] != 'T' && v[len(time.DateOnly)] != ' ' {
		return time.Time{}, false
	}
	return d, true
}

// machineDate checks rep, read from the text of a <time> element, against
// the element's datetime attribute v.
func machineDate(rep Report, v string, o *options) Report {
	d, ok := machineDay(v)
	if !ok || !rep.Dateline.HasDay() {
		return rep
	}
	if hasCode(rep.Problems, CodeYearInferred) {
		ro := *o
		ro.hasRef, ro.ref = true, d
		rep = check(rep.Input, &ro)
		for i, p := range rep.Problems {
			if p.Code == CodeYearInferred {
				rep.Problems[i].Message = "the text names no year; the page's <time datetime=" + quote(v) + "> gives it, " + itoa(d.Year())
			}
		}
	}
	y, m, dd := rep.Dateline.Time.Date()
	apart := civilDays(y, m, dd) - civilDays(d.Year(), d.Month(), d.Day())
	// A datetime with its time is often in UTC ("2024-03-03T04:30Z" for
	// "March 2, 2024 11:30 pm" in New York): its date may be a day off
	// the text's, and is an error only further apart.
	if apart != 0 && (len(v) == len(time.DateOnly) || apart > 1 || apart < -1) {
		rep.Problems = append(rep.Problems, Problem{Code: CodeCalendar, Severity: Error, Start: 0, End: len(rep.Input),
			Message: "the page's <time datetime=" + quote(v) + "> says " + dateText(d.Year(), d.Month(), d.Day()) +
				", not " + dateText(y, m, dd) + " as its text does"})
	}
	return rep
}

// appendTimeItem appends the item of a <time> element whose text gave no
// match: its datetime attribute read as a dateline, if it is a date.
func appendTimeItem(out []Match, tm htmltext.Time, o *options) []Match {
	if _, ok := machineDay(tm.Datetime); !ok {
		return out
	}
	rep := check(tm.Datetime, o)
	if !rep.Dateline.HasDay() {
		return out
	}
	return append(out, Match{Start: tm.PageStart, End: tm.PageEnd, Report: rep})
}
