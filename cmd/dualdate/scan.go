package main

import (
	"bufio"
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/parse"
)

// A line longer than scanWindow+scanMargin is scanned in windows by the
// reading goroutine, in order, with dateline.FindFrom: each window resumes
// where the one before stopped keeping matches (the end of its last match,
// or the window's end), keeps the matches that start in its first
// scanWindow bytes, and holds scanMargin (parse.MaxInput) bytes more, all
// that reading a dateline at those starts can look at. So scan gives on a
// line of any length exactly what dateline.Find gives on it, while memory
// stays flat on a file that is one huge line; such a line is scanned by
// one goroutine.
const (
	scanWindow = 256 << 10
	scanMargin = parse.MaxInput
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
			c.errorf("%v", err)
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
		if !m.OK() {
			bad++
		}
		out = c.appendMatch(out[:0], name, qname, line, int64(m.Start-lineStart+1), m)
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
// status.
func (c *command) scanStream(name string, r io.Reader) int {
	qname := quoteJSON(name)
	read := func(b *batch, emit func(*batch) (*batch, bool)) error {
		br := bufio.NewReaderSize(r, 64<<10)
		var (
			line = 1
			seg  []byte // the current line from base on
			base int64  // the offset of seg in its line
			from int    // a long line: where the scan resumes in seg
			long bool   // the line is being scanned in windows
			ok   = true
		)
		add := func(it item, text []byte) bool {
			b.add(it, text)
			if b.full() {
				b, ok = emit(b)
			}
			return ok
		}
		// window scans seg from from on, keeping the matches that start in
		// the next scanWindow bytes (all of them, at the line's end), and
		// adds their output to the batch as it goes.
		window := func(final bool) bool {
			text := string(seg)
			limit := from + scanWindow
			ms := c.reader.FindFrom(text, from)
			if final {
				limit = len(text) + 1
			} else if len(ms) == dateline.MaxMatches {
				limit = min(limit, ms[len(ms)-1].Start) // cut short: the rest in the next window
			}
			next := max(from, min(limit, len(text)))
			var out []byte
			bad := 0
			for _, m := range ms {
				if m.Start >= limit {
					break
				}
				if !m.OK() {
					bad++
				}
				out = c.appendMatch(out, name, qname, line, base+int64(m.Start)+1, m)
				next = max(next, m.End)
				if len(out) >= outChunk {
					if !add(item{line: line, rendered: true, bad: bad}, out) {
						return false
					}
					out, bad = out[:0], 0
				}
			}
			if len(out) > 0 && !add(item{line: line, rendered: true, bad: bad}, out) {
				return false
			}
			// Keep the character before the resumption, for FindFrom.
			cut := max(0, next-utf8.UTFMax)
			base += int64(cut)
			seg = seg[:copy(seg, seg[cut:])]
			from = next - cut
			return true
		}
		for {
			frag, err := br.ReadSlice('\n')
			if err != nil && !errors.Is(err, bufio.ErrBufferFull) && !errors.Is(err, io.EOF) {
				if len(b.items) > 0 {
					emit(b)
				}
				return err
			}
			seg = append(seg, frag...)
			ended := err == nil
			if ended {
				seg = seg[:len(seg)-1]
				if n := len(seg); n > 0 && seg[n-1] == '\r' {
					seg = seg[:n-1]
				}
			}
			for len(seg) >= from+scanWindow+scanMargin {
				long = true
				if !window(false) {
					return nil
				}
			}
			atEOF := errors.Is(err, io.EOF)
			if ended || atEOF && (len(seg) > 0 || long) {
				if long {
					if !window(true) {
						return nil
					}
				} else if !isBlank(seg) && !add(item{line: line}, seg) {
					return nil
				}
				line++
				seg, base, from, long = seg[:0], 0, 0, false
			}
			if atEOF {
				if len(b.items) > 0 {
					emit(b)
				}
				return nil
			}
		}
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
			for _, m := range readers[worker].Find(b.text[it.start:it.end]) {
				if !m.OK() {
					b.bad++
				}
				b.out = c.appendMatch(b.out, name, qname, it.line, int64(m.Start)+1, m)
				b.flush(false)
			}
		}
	}
	bad, readErr, writeErr := pipeline(c.out, read, process)
	return c.batchStatus(name, bad, readErr, writeErr)
}

// appendMatch appends the output for one match found at line:col:
//
//	FILE:LINE:COL: matched text => the dateline in full
//
// and its problems, or with --json one object
//
//	{"file":…,"line":…,"col":…,"text":…,"check":{check object}}
func (c *command) appendMatch(b []byte, name, qname string, line int, col int64, m dateline.Match) []byte {
	if c.json {
		b = append(b, `{"file":`...)
		b = append(b, qname...)
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(line), 10)
		b = append(b, `,"col":`...)
		b = strconv.AppendInt(b, col, 10)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, m.Input)
		b = append(b, `,"check":`...)
		b = m.Report.AppendJSON(b)
		return append(b, "}\n"...)
	}
	b = append(b, name...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, col, 10)
	b = append(b, ": "...)
	b = append(b, m.Input...)
	b = append(b, " => "...)
	b = c.appendDescription(b, m.Report)
	b = append(b, '\n')
	for _, p := range m.Problems {
		b = appendProblem(b, name, line, int(col)+p.Start, p)
	}
	return b
}

// appendDescription appends the dateline of rep in the full layout (or
// --layout's), a month-only dateline as its Hebrew month, a Gregorian
// month alone as "(a month, not a day)", and a dateline that could not be
// resolved as "(unresolved)".
func (c *command) appendDescription(b []byte, rep dateline.Report) []byte {
	d := rep.Dateline
	switch {
	case !d.Time.IsZero():
		return d.AppendFormat(b, c.layoutFor(d), c.formatOptions()...)
	case d.Hebrew.Year != 0:
		b = hebrew.AppendMonth(b, d.Hebrew.Month, hebrew.IsLeapYear(d.Hebrew.Year), hebrew.Spelling{})
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(d.Hebrew.Year), 10)
		return append(b, " (the whole month)"...)
	case hasCode(rep, dateline.CodeMonthOnly):
		return append(b, "(a month, not a day)"...)
	}
	return append(b, "(unresolved)"...)
}

// appendJSONString appends s as a JSON string, writing invalid UTF-8 as
// U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xF])
		case r == utf8.RuneError && n == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}
