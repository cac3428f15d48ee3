package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/jsonstr"
	"github.com/dualdate/dualdate/internal/layout"
)

// A line longer than scanWindow+scanMargin is scanned in windows by the
// reading goroutine, in order, with dateline.FindFrom: each window resumes
// where the one before stopped keeping matches (the end of its last match,
// or the window's end), keeps the matches that start in its first
// scanWindow bytes, and holds scanMargin (dateline.MaxInput) bytes more, all
// that reading a dateline at those starts can look at. So scan gives on a
// line of any length exactly what dateline.Find gives on it, while memory
// stays flat on a file that is one huge line; such a line is scanned by
// one goroutine.
const (
	scanWindow = 256 << 10
	scanMargin = dateline.MaxInput
)

// scan finds the datelines and timestamps in files or standard input.
func (c *command) scan(args []string) int {
	if len(args) == 0 {
		args = []string{"-"}
	}
	st := exitOK
	for _, a := range args {
		if c.writeFailed {
			break
		}
		if a == "-" {
			st = worse(st, c.scanInput(stdinName, c.stdin))
			continue
		}
		f, err := openFile(a)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) && readsAsDate(a) {
				// A date given as the text to scan.
				c.errorf("%v (scan reads files; to convert a date, dualdate convert %s; to scan text, give it on standard input)", err, quoteArg(a))
			} else {
				c.errorf("%v", err)
			}
			st = worse(st, exitUsage)
			continue
		}
		st = worse(st, c.scanInput(a, f))
		f.Close()
	}
	return st
}

// scanInput scans one input as an HTML page or as text: as --html says,
// or without it as its name (.html, .htm) or its first bytes say.
func (c *command) scanInput(name string, r io.Reader) int {
	br := bufio.NewReaderSize(r, 64<<10)
	isHTML := c.html
	if !c.htmlSet {
		head, _ := br.Peek(512)
		ext := strings.ToLower(filepath.Ext(name))
		isHTML = ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksLikeHTML(head)
	}
	if isHTML {
		return c.scanHTML(name, br)
	}
	return c.scanStream(name, br)
}

// maxPage is the largest HTML page scan reads: a page is read whole, as
// its markup is not line by line.
const maxPage = 64 << 20

// scanHTML finds the datelines and timestamps in an HTML page with
// dateline.FindHTML, and prints each at the line and column of its first
// byte in the page.
func (c *command) scanHTML(name string, r io.Reader) int {
	page, err := io.ReadAll(io.LimitReader(r, maxPage+1))
	if err != nil {
		c.errorf("reading %s: %v", name, err)
		return exitUsage
	}
	if len(page) > maxPage {
		c.errorf("%s: an HTML page is read whole, and this one is larger than %d MiB; scan it as text with --html=false", name, maxPage>>20)
		return exitUsage
	}
	qname := quoteJSON(name)
	text := string(page)
	line, lineStart, at := 1, 0, 0
	bad := 0
	var out []byte
	for _, m := range c.reader.FindHTML(text) {
		for ; at < m.Start; at++ {
			if text[at] == '\n' {
				line, lineStart = line+1, at+1
			}
		}
		var mbad bool
		if out, mbad = c.appendMatch(out[:0], name, qname, line, int64(m.Start-lineStart+1), m); mbad {
			bad++
		}
		if _, err := c.out.Write(out); err != nil {
			c.writeError(err)
			return exitUsage
		}
	}
	if bad > 0 {
		return exitInput
	}
	return exitOK
}

// looksLikeHTML reports whether a file starting with head is an HTML page,
// by the signatures of the WHATWG's MIME sniffing standard (those of
// net/http's DetectContentType): after white space, a tag such as
// <!DOCTYPE HTML, <html, <head, <body, <p, <div, <table, <script, or a
// comment.
func looksLikeHTML(head []byte) bool {
	s := strings.TrimPrefix(string(head), "\ufeff")
	s = strings.TrimLeft(s, " \t\n\f\r")
	if strings.HasPrefix(s, "<!--") {
		return true
	}
	for _, sig := range htmlSignatures {
		if len(s) > len(sig) && strings.EqualFold(s[:len(sig)], sig) && (s[len(sig)] == ' ' || s[len(sig)] == '>') {
			return true
		}
	}
	return false
}

var htmlSignatures = []string{
	"<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT",
	"<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P",
}

// scanStream scans r, named name in the output, and returns the exit
// status. It reads the text a paragraph at a time (lines up to a blank
// one), the pieces that dateline.Find reads a dateline in: a dateline
// goes on over a line break (a masthead or a timestamp that a hard-wrapped
// text breaks in two) and never over a blank line, so that scan gives on
// the text what dateline.Find gives on the whole of it. A paragraph of
// more than scanWindow bytes, a text without blank lines, is cut at the
// first line break after each scanWindow bytes, so that the workers scan
// its pieces side by side: a dateline over that one line break would be
// read in two.
func (c *command) scanStream(name string, r io.Reader) int {
	ts := textScan{c: c, name: name, qname: quoteJSON(name), line: 1, at: position{line: 1}}
	read := func(b *batch, emit func(*batch) (*batch, bool)) error {
		ts.b, ts.emit, ts.ok = b, emit, true
		// A CR alone ends a line, as it does for check (see crReader):
		// the lines after one were numbered one lower than the file's.
		return ts.read(bufio.NewReaderSize(&crReader{r: r}, 64<<10))
	}
	readers := c.batchReaders()
	process := func(b *batch, worker int) {
		b.text = string(b.buf)
		for _, it := range b.items {
			if it.rendered {
				b.out = append(b.out, b.text[it.start:it.end]...)
				b.bad += it.bad
				b.flush(false)
				continue
			}
			text := b.text[it.start:it.end]
			at := lineCounter{text: text, line: it.line}
			for _, m := range readers[worker].Find(text) {
				line, col := at.pos(m.Start)
				var mbad bool
				if b.out, mbad = c.appendMatch(b.out, name, ts.qname, line, col, m); mbad {
					b.bad++
				}
				b.flush(false)
			}
		}
	}
	bad, readErr, writeErr := pipeline(c.out, read, process)
	return c.batchStatus(name, bad, readErr, writeErr)
}

// A textScan reads a text for scanStream: its paragraphs, each an item of
// a batch that a worker scans; a paragraph longer than
// scanWindow+scanMargin is scanned in windows as it is read (see window).
type textScan struct {
	c           *command
	name, qname string
	b           *batch
	emit        func(*batch) (*batch, bool)
	ok          bool // false once the pipeline has stopped taking batches
	line        int  // the number of the line being read, from 1
	// para is the paragraph being read, from where the windows scanned
	// so far leave it: its lines without their line endings, each with
	// "\n" after it. at is where para starts in the text.
	para []byte
	at   position
	from int  // a long paragraph: where the scan resumes in para
	long bool // the paragraph is being scanned in windows
}

// read reads the text line by line, adds each paragraph to the batches,
// and sends the last batch at the end.
func (ts *textScan) read(br *bufio.Reader) error {
	lineStart, blank := 0, true // where the line being read starts in para, and whether it is blank so far
	for {
		frag, err := br.ReadSlice('\n')
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) && !errors.Is(err, io.EOF) {
			// The lines read whole are scanned, as the text up to the
			// error is, but the line the error cut short.
			ts.para = ts.para[:max(0, lineStart)]
			if ts.endParagraph() {
				ts.send()
			}
			return err
		}
		ended, atEOF := err == nil, errors.Is(err, io.EOF)
		if ended {
			frag = frag[:len(frag)-1]
		}
		ts.para = append(ts.para, frag...)
		blank = blank && isBlank(frag)
		for len(ts.para) >= ts.from+scanWindow+scanMargin {
			ts.long = true
			cut := ts.window(false)
			if !ts.ok {
				return nil
			}
			lineStart -= cut // below 0: the line started in what the window left behind
		}
		if ended || atEOF && (len(frag) > 0 || lineStart > 0) {
			ts.line++
			if blank {
				// A blank line ends the paragraph, and is none of it.
				ts.para = ts.para[:max(0, lineStart)]
				if !ts.endParagraph() {
					return nil
				}
			} else {
				if n := len(ts.para); ended && n > 0 && ts.para[n-1] == '\r' {
					ts.para = ts.para[:n-1]
				}
				ts.para = append(ts.para, '\n')
				if !ts.long && len(ts.para) >= scanWindow && !ts.endParagraph() {
					// A text of lines without a blank one (a log, a
					// list) is cut at a line break every scanWindow
					// bytes, into items the workers scan side by side.
					return nil
				}
			}
			lineStart, blank = len(ts.para), true
		}
		if atEOF {
			if ts.endParagraph() {
				ts.send()
			}
			return nil
		}
	}
}

// endParagraph adds the paragraph read to the batch, or scans the rest of
// a long one, and makes ready for the next, which starts on ts.line. It
// reports whether the pipeline takes more.
func (ts *textScan) endParagraph() bool {
	if n := len(ts.para); n > 0 && ts.para[n-1] == '\n' {
		ts.para = ts.para[:n-1]
	}
	switch {
	case ts.long:
		ts.window(true)
	case !isBlank(ts.para):
		ts.add(item{line: ts.at.line}, ts.para)
	}
	ts.para, ts.from, ts.long = ts.para[:0], 0, false
	ts.at = position{line: ts.line}
	return ts.ok
}

// add adds an item to the batch, and sends the batch when it is full.
func (ts *textScan) add(it item, text []byte) {
	ts.b.add(it, text)
	if ts.b.full() {
		ts.b, ts.ok = ts.emit(ts.b)
	}
}

// send sends the batch if it holds anything.
func (ts *textScan) send() {
	if len(ts.b.items) > 0 {
		ts.emit(ts.b)
	}
}

// window scans para from ts.from on, keeping the matches that start in the
// next scanWindow bytes (all of them, at the paragraph's end), and adds
// their output to the batch as it goes. It drops from para what the next
// window need not see, but the character before where it resumes (for
// FindFrom), and returns how many bytes it dropped.
func (ts *textScan) window(final bool) int {
	text := string(ts.para)
	limit := ts.from + scanWindow
	ms := ts.c.reader.FindFrom(text, ts.from)
	if final {
		limit = len(text) + 1
	} else if len(ms) == dateline.MaxMatches {
		limit = min(limit, ms[len(ms)-1].Start) // cut short: the rest in the next window
	}
	next := max(ts.from, min(limit, len(text)))
	var out []byte
	bad := 0
	at := lineCounter{text: text, line: ts.at.line, start: -ts.at.col}
	for _, m := range ms {
		if m.Start >= limit {
			break
		}
		line, col := at.pos(m.Start)
		var mbad bool
		if out, mbad = ts.c.appendMatch(out, ts.name, ts.qname, line, col, m); mbad {
			bad++
		}
		next = max(next, m.End)
		if len(out) >= outChunk {
			if ts.add(item{line: line, rendered: true, bad: bad}, out); !ts.ok {
				return 0
			}
			out, bad = out[:0], 0
		}
	}
	if len(out) > 0 {
		ts.add(item{line: ts.at.line, rendered: true, bad: bad}, out)
	}
	cut := max(0, next-utf8.UTFMax)
	ts.at = ts.at.after(ts.para[:cut])
	ts.para = ts.para[:copy(ts.para, ts.para[cut:])]
	ts.from = next - cut
	return cut
}

// A position is a place in a text: its line, from 1, and the byte of the
// line, from 0.
type position struct {
	line int
	col  int64
}

// after returns the position after the bytes s that start at p.
func (p position) after(s []byte) position {
	if k := bytes.LastIndexByte(s, '\n'); k >= 0 {
		return position{line: p.line + bytes.Count(s, []byte{'\n'}), col: int64(len(s) - k - 1)}
	}
	return position{line: p.line, col: p.col + int64(len(s))}
}

// A lineCounter gives the line and column, from 1, of offsets into text,
// taken in order.
type lineCounter struct {
	text  string
	at    int   // the offsets before at are counted
	line  int   // the line at at
	start int64 // where that line starts, as an offset into text: below 0 for a line that starts before it
}

// pos returns the line and column of text[o].
func (lc *lineCounter) pos(o int) (int, int64) {
	for {
		k := strings.IndexByte(lc.text[lc.at:o], '\n')
		if k < 0 {
			break
		}
		lc.at += k + 1
		lc.line, lc.start = lc.line+1, int64(lc.at)
	}
	lc.at = o
	return lc.line, int64(o) - lc.start + 1
}

// appendMatch appends the output for one match found at line:col:
//
//	FILE:LINE:COL: matched text => the dateline in full
//
// and its problems, or with --json one object
//
//	{"file":…,"line":…,"col":…,"text":…,"check":{check object}}
func (c *command) appendMatch(b []byte, name, qname string, line int, col int64, m dateline.Match) (_ []byte, bad bool) {
	m.Problems = inTextOrder(m.Problems)
	if c.json {
		b = append(b, `{"file":`...)
		b = append(b, qname...)
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(line), 10)
		b = append(b, `,"col":`...)
		b = strconv.AppendInt(b, col, 10)
		b = append(b, `,"text":`...)
		b = jsonstr.Append(b, m.Input)
		b = append(b, `,"check":`...)
		b = m.Report.AppendJSON(b)
		return append(b, "}\n"...), !m.OK()
	}
	b = append(b, name...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, col, 10)
	b = append(b, ": "...)
	b = appendOneLine(b, m.Input)
	b = append(b, " => "...)
	rep := m.Report
	rep.Dateline = c.inAskedZone(rep.Dateline)
	b, why := c.appendDescription(b, rep)
	b, whyAlso := c.appendAlso(b, m.Also)
	if !m.Updated.IsZero() {
		// A byline's update (Report.Updated): "(updated Sunday,
		// December 22, 2019 10:22 pm | 24 Kislev 5780)".
		b = append(b, " (updated "...)
		var w string
		if b, w = c.appendDateline(b, c.inAskedZone(m.Updated)); whyAlso == "" {
			whyAlso = w
		}
		b = append(b, ')')
	}
	b = append(b, '\n')
	for _, p := range m.Problems {
		// A dateline over a line break: the problem's own line.
		at := position{line: line, col: col - 1}.after([]byte(m.Input[:min(max(p.Start, 0), len(m.Input))]))
		b = appendProblem(b, name, at.line, int(at.col)+1, p)
	}
	if whyAlso != "" {
		// The other days of "March 1-3, 2024 10:00 am", whose time is
		// the first day's: the day is right, in another layout.
		b = appendProblem(b, name, line, int(col), dateline.Problem{
			Severity: dateline.Warning,
			Code:     codeLayout,
			Message:  "--layout cannot write a day it names too (" + whyAlso + "), so that day is written in the full layout",
		})
	}
	if why != "" {
		b = appendProblem(b, name, line, int(col), dateline.Problem{
			Severity: dateline.Error,
			Code:     codeLayout,
			Message:  "--layout cannot write it (" + why + "), so it is written in the full layout",
		})
		return b, true
	}
	return b, !m.OK()
}

// codeLayout is the code of scan's problem for a day --layout cannot
// write.
const codeLayout dateline.Code = "layout"

// appendDateline appends d in the layout layoutFor gives. A day that
// --layout cannot write, such as a day the text gives without a time of
// day in a layout with one (--layout published, "Friday, March 1,
// 2024"), is written in the layout the command writes it in without
// --layout, and why returns what --layout lacks. Before, scan wrote
// Format's "%!Format(the dateline states no time of day)" as the
// dateline, with nothing on stderr and exit 0 (an adversarial review's
// fourth finding).
func (c *command) appendDateline(b []byte, d dateline.Dateline) (_ []byte, why string) {
	n := len(b)
	b = d.AppendFormat(b, c.scanLayoutFor(d), c.formatOptions()...)
	msg, ok := bytes.CutPrefix(b[n:], []byte("%!Format("))
	if !ok {
		return b, ""
	}
	why = strings.TrimPrefix(strings.TrimSuffix(string(msg), ")"), "dateline: ")
	if b = d.AppendFormat(b[:n], c.ownLayout(d), c.formatOptions()...); bytes.HasPrefix(b[n:], []byte("%!")) {
		b = append(b[:n], "(unwritable)"...)
	}
	return b, why
}

// appendAlso appends the other days a range, a pair or a list names, in
// brackets: " (also Saturday, March 9, 2024 | 29 Adar I 5784; ...)", and
// why --layout could not write one of them, if it could not (see
// appendDateline).
func (c *command) appendAlso(b []byte, also []dateline.Dateline) (_ []byte, why string) {
	for i, d := range also {
		if i == 0 {
			b = append(b, " (also "...)
		} else {
			b = append(b, "; "...)
		}
		var w string
		if b, w = c.appendDateline(b, d); why == "" {
			why = w
		}
		if i == len(also)-1 {
			b = append(b, ')')
		}
	}
	return b, why
}

// appendOneLine appends s with each line break in it as a space: a
// dateline that a line break cuts in two, written on its one line.
func appendOneLine(b []byte, s string) []byte {
	for {
		k := strings.IndexAny(s, "\r\n")
		if k < 0 {
			return append(b, s...)
		}
		b = append(append(b, s[:k]...), ' ')
		if s[k] == '\r' && k+1 < len(s) && s[k+1] == '\n' {
			k++
		}
		s = s[k+1:]
	}
}

// scanLayoutFor returns the layout scan writes d in: layoutFor's, or, for
// the evening of a civil day that a layout with no evening in it would
// write as the day with the evening's Hebrew date beside it, the full
// layout's evening. "Friday night, March 1, 2024" with --lang fr was
// "vendredi 1 mars 2024 | 22 Adar I 5784", a Friday that is 21 Adar I,
// with nothing said, where convert refuses the layout (see
// writesNoEvening); scan writes every dateline it finds, so it writes
// this one in a layout that says its evening (adversarial review 50).
func (c *command) scanLayoutFor(d dateline.Dateline) string {
	l := c.layoutFor(d)
	if writesNoEvening(d, writtenBy(l, c.lang)) {
		return fullNight
	}
	return l
}

// writesNoEvening reports whether layout wl would write d, the evening of
// a civil day (its Hebrew date the next day's, from sunset), as the civil
// day with the evening's Hebrew date beside it and no word of the
// evening.
func writesNoEvening(d dateline.Dateline, wl layout.Layout) bool {
	return !d.HasTime && !wl.Evening() && wl.Has(layout.Day) && wl.Has(layout.HebrewDay) && d.Hebrew == hebrew.DateOf(d.Time).AddDays(1)
}

// appendDescription appends the dateline of rep in the full layout (or
// --layout's), a month-only dateline as its Hebrew month, a Gregorian
// month alone as "(a month, not a day)", and a dateline that could not be
// resolved as "(unresolved)".
func (c *command) appendDescription(b []byte, rep dateline.Report) (_ []byte, why string) {
	d := rep.Dateline
	switch {
	case !d.Time.IsZero() || d.Hebrew.Day != 0:
		// (January 1, 1 CE at midnight UTC is time.Time's zero: its
		// Hebrew day says it is a day, where "January 1, 1 CE" was
		// written as "Tevet 3761 (the whole month)".)
		return c.appendDateline(b, d)
	case d.Hebrew.Year != 0:
		b = hebrew.AppendMonth(b, d.Hebrew.Month, hebrew.IsLeapYear(d.Hebrew.Year), hebrew.Spelling{})
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(d.Hebrew.Year), 10)
		return append(b, " (the whole month)"...), ""
	case hasCode(rep, dateline.CodeMonthOnly):
		return append(b, "(a month, not a day)"...), ""
	}
	return append(b, "(unresolved)"...), ""
}
