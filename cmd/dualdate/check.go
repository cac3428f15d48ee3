package main

import (
	"cmp"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/internal/jsonstr"
	"github.com/dualdate/dualdate/internal/script"
)

// The names check and scan print for input that is not a file.
const (
	stdinName = "<stdin>"
	argName   = "arg"
)

// check validates datelines, one a line, from files or arguments.
func (c *command) check(args []string) int {
	if len(args) == 0 {
		args = []string{"-"}
	}
	st := exitOK
	for i, a := range args {
		if c.writeFailed {
			break
		}
		switch {
		case a == "-":
			st = worse(st, c.checkStream(stdinName, c.stdin))
		case isFile(a) || looksLikeFile(a) && !c.readsAsDateline(a):
			f, err := openFile(a)
			if err != nil {
				c.fileErrorJSON(a, 0, err)
				if errors.Is(err, os.ErrNotExist) {
					c.errorf("%v (an argument with a '/' or a file extension that does not read as a dateline is a file name; to check it as a dateline, give it on standard input: echo %s | dualdate check)", err, quoteArg(a))
					st = worse(st, exitUsage)
					continue
				}
				c.errorf("%v", err)
				st = worse(st, exitUsage)
				continue
			}
			st = worse(st, c.checkStream(a, f))
			f.Close()
		default:
			rep := c.checkLine(c.reader, a, int64(len(a)))
			if !rep.OK() {
				st = worse(st, exitInput)
			}
			c.out.Write(c.appendReport(nil, argName, quoteJSON(argName), i+1, rep))
		}
	}
	return st
}

// readsAsDateline reports whether an argument with the shape of a file
// name reads as a dateline all the same ("March 2, 2024 / 22 Adar I
// 5784"): one that names a day and has no syntax error.
func (c *command) readsAsDateline(a string) bool {
	rep := c.reader.Check(a)
	return (!rep.Dateline.Time.IsZero() || rep.Dateline.Hebrew.IsValid()) && !hasCode(rep, dateline.CodeSyntax)
}

// checkStream checks the lines of r, named name in the output, and returns
// the exit status.
func (c *command) checkStream(name string, r io.Reader) int {
	qname := quoteJSON(name)
	failedAt := 0 // the line whose reading failed
	read := func(b *batch, emit func(*batch) (*batch, bool)) error {
		// Keep one byte more than a dateline can have, to know a line is
		// too long; the rest of it is read and counted, not kept.
		lr := newLineReader(r, dateline.MaxInput+1)
		for {
			text, n, err := lr.next()
			if err != nil {
				if len(b.items) > 0 {
					emit(b)
				}
				if errors.Is(err, io.EOF) {
					return nil
				}
				failedAt = lr.line + 1
				return err
			}
			if n == int64(len(text)) && isBlank(text) {
				continue
			}
			b.add(item{line: lr.line, length: n}, text)
			if b.full() {
				var ok bool
				if b, ok = emit(b); !ok {
					return nil
				}
			}
		}
	}
	readers := c.batchReaders()
	process := func(b *batch, worker int) {
		b.text = string(b.buf)
		for _, it := range b.items {
			rep := c.checkLine(readers[worker], b.text[it.start:it.end], it.length)
			if !rep.OK() {
				b.bad++
			}
			b.out = c.appendReport(b.out, name, qname, it.line, rep)
			b.flush(false)
		}
	}
	bad, readErr, writeErr := pipeline(c.out, read, process)
	if readErr != nil && writeErr == nil {
		c.fileErrorJSON(name, failedAt, readErr)
	}
	return c.batchStatus(name, bad, readErr, writeErr)
}

// fileErrorJSON writes, with --json, the check object of an input that
// could not be read, the file not opened (line 0) or a read failing at
// line: not ok, with one problem of severity error and code "io" whose
// message is err's. "dualdate check --json MISSING_FILE" wrote no object,
// only its message on stderr, so that a script reading the objects saw
// nothing of the file; every input named now gives at least one object.
// The exit status is still 2, an I/O error's.
func (c *command) fileErrorJSON(name string, line int, err error) {
	if !c.json {
		return
	}
	rep := dateline.Report{Problems: []dateline.Problem{{Code: codeIO, Severity: dateline.Error, Message: err.Error()}}}
	c.out.Write(c.appendReport(nil, name, quoteJSON(name), line, rep))
}

// codeIO is the problem code of an input check could not read (see
// fileErrorJSON): the command's, not the library's, whose problems are
// the text's.
const codeIO dateline.Code = "io"

// checkLine checks one line of input with rd, of the given whole length
// (only part of a long line is kept). Lines that are not text get a
// syntax problem of their own: too long, not UTF-8, or holding a NUL byte.
func (c *command) checkLine(rd *dateline.Reader, s string, length int64) dateline.Report {
	syntax := func(input string, start, end int, msg string) dateline.Report {
		return dateline.Report{Input: input, Problems: []dateline.Problem{{
			Code: dateline.CodeSyntax, Severity: dateline.Error, Start: start, End: end, Message: msg,
		}}}
	}
	if length > dateline.MaxInput {
		in := cutRunes(s, dateline.MaxInput)
		return syntax(in, 0, len(in), "the line is "+strconv.FormatInt(length, 10)+" bytes long; a dateline is at most "+strconv.Itoa(dateline.MaxInput))
	}
	if plainText(s) {
		return rd.Check(s) // as most lines are
	}
	if i, nul := notText(s); i >= 0 && !nul {
		return syntax(s, i, i+1, "the line is not valid UTF-8: byte "+strconv.Quote(s[i:i+1])+" at column "+strconv.Itoa(i+1))
	} else if i >= 0 {
		return syntax(s, i, i+1, "the line holds a NUL byte at column "+strconv.Itoa(i+1)+": binary data, not text")
	}
	return rd.Check(s)
}

// plainText reports whether s is ASCII without a NUL byte, as most lines
// of a batch are, eight bytes at a time: such a line is valid UTF-8 and
// text, which checkLine then need not decode or search.
func plainText(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if s[i]-1 >= 0x7F {
				return false // NUL, or above ASCII
			}
		}
		return true
	}
	// A byte's high bit is set in w|w-ones if it is above ASCII, or if
	// it is NUL (or above a NUL, by the borrow): in neither case is the
	// text plain. The last load overlaps the one before it.
	for i := 0; ; i += 8 {
		if i > len(s)-8 {
			i = len(s) - 8
		}
		w := script.Load8(s[i:])
		if (w|(w-ones))&highs != 0 {
			return false
		}
		if i == len(s)-8 {
			return true
		}
	}
}

// appendReport appends to b the output for one checked line: its problems,
// or with --json its check object with "file" and "line" in front.
func (c *command) appendReport(b []byte, name, qname string, line int, rep dateline.Report) []byte {
	rep.Problems = inTextOrder(rep.Problems)
	if c.json {
		b = append(b, `{"file":`...)
		b = append(b, qname...)
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(line), 10)
		b = append(b, ',')
		at := len(b)
		b = rep.AppendJSON(b)
		b = append(b[:at], b[at+1:]...) // the check object's own '{'
		return append(b, '\n')
	}
	for _, p := range rep.Problems {
		b = appendProblem(b, name, line, p.Start+1, p)
	}
	return b
}

// inTextOrder returns a line's problems in the order of the text they
// are about, by where each starts, those that start together in the
// report's order: the report lists them as its checks found them, and
// "14 Adar, Sunday 8 pm" printed the note on its Adar, at column 4,
// before the one on the whole dateline, at column 1. The report's own
// slice is kept as it is (a copy is sorted where it is out of order), as
// its first error is Report.Err's.
func inTextOrder(ps []dateline.Problem) []dateline.Problem {
	byStart := func(a, b dateline.Problem) int { return cmp.Compare(a.Start, b.Start) }
	if slices.IsSortedFunc(ps, byStart) {
		return ps
	}
	ps = slices.Clone(ps)
	slices.SortStableFunc(ps, byStart)
	return ps
}

// appendProblem appends "FILE:LINE:COL: severity: message (code)\n".
func appendProblem(b []byte, name string, line, col int, p dateline.Problem) []byte {
	b = append(b, name...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(col), 10)
	b = append(b, ": "...)
	b = append(b, p.Severity.String()...)
	b = append(b, ": "...)
	b = append(b, message(p)...)
	b = append(b, " ("...)
	b = append(b, p.Code...)
	return append(b, ")\n"...)
}

// message returns the problem's message as the command words it: the
// library's options are the command's flags.
func message(p dateline.Problem) string {
	switch p.Code {
	case dateline.CodeDateAmbiguous:
		return strings.Replace(p.Message, "use the day-first or month-first option", "use --il or --us", 1)
	case dateline.CodeOccasion:
		return strings.Replace(p.Message, "the Israel and Diaspora options choose one", "--israel and --diaspora choose one", 1)
	}
	return p.Message
}

// worse returns the more severe of two exit statuses.
func worse(a, b int) int { return max(a, b) }

// openFile opens a file to read, refusing a directory.
func openFile(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, &os.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	return f, nil
}

// isFile reports whether name is an existing file (or directory, which
// opening reports).
func isFile(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// looksLikeFile reports whether an argument has the shape of a file name,
// so that check reads it as a file, and a missing one is an I/O error
// rather than a dateline with a syntax error. It does when it holds a path
// separator that is not between two digits (a numeric date, 03/02/2024,
// holds only such), or its last element ends in an extension: a dot after
// something other than white space, then a letter and one to four letters
// or digits (.txt, .tsv, .csv, .html, .jsonl; not the ".m" of "p.m" nor
// the ".2024" of "2.3.2024"). The rule is the usage text's and the
// package doc's; an argument of that shape is never checked as a dateline.
func looksLikeFile(a string) bool {
	for i := 0; i < len(a); i++ {
		if a[i] == '/' || a[i] == filepath.Separator {
			if i == 0 || i == len(a)-1 || !isASCIIDigit(a[i-1]) || !isASCIIDigit(a[i+1]) {
				return true
			}
		}
	}
	dot := strings.LastIndexByte(a, '.')
	if dot <= 0 || a[dot-1] == ' ' || a[dot-1] == '\t' {
		return false
	}
	ext := a[dot+1:]
	if len(ext) < 2 || len(ext) > 5 || !isASCIILetter(ext[0]) {
		return false
	}
	for i := 1; i < len(ext); i++ {
		if !isASCIILetter(ext[i]) && !isASCIIDigit(ext[i]) {
			return false
		}
	}
	return true
}

func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func hasCode(rep dateline.Report, code dateline.Code) bool {
	for _, p := range rep.Problems {
		if p.Code == code {
			return true
		}
	}
	return false
}

// isBlank reports whether a line holds nothing but ASCII white space.
func isBlank(s []byte) bool {
	for _, c := range s {
		if c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
			return false
		}
	}
	return true
}

// notText returns the offset of the first byte of s that is not valid
// UTF-8, or else of its first NUL byte (nul), or -1 if s is text: valid
// UTF-8 without a NUL. It reads a rune of two bytes, as Hebrew and most
// other scripts of a batch are written, without decoding it, and s once,
// where utf8.ValidString and a search for a NUL read it twice and decode
// every rune above ASCII.
func notText(s string) (i int, nul bool) {
	at := -1 // the first NUL
	for i < len(s) {
		c := s[i]
		switch {
		case c == 0:
			if at < 0 {
				at = i
			}
			i++
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return i, false
			}
			i += n
		}
	}
	return at, at >= 0
}

// cutRunes returns s cut to at most n bytes, not inside a rune.
func cutRunes(s string, n int) string {
	if n >= len(s) {
		return s
	}
	k := n
	for k > 0 && n-k < utf8.UTFMax-1 && !utf8.RuneStart(s[k]) {
		k--
	}
	if !utf8.RuneStart(s[k]) {
		k = n // not UTF-8 anyway
	}
	return s[:k]
}

// quoteJSON returns s as a JSON string.
func quoteJSON(s string) string { return string(jsonstr.Append(nil, s)) }

// batchStatus reports how a batch over input name ended and returns the
// exit status: a write or read error is a usage or I/O error; otherwise bad
// counts the inputs with an error-severity problem.
func (c *command) batchStatus(name string, bad int, readErr, writeErr error) int {
	switch {
	case writeErr != nil:
		c.writeError(writeErr)
		return exitUsage
	case readErr != nil:
		c.errorf("reading %s: %v", name, readErr)
		return exitUsage
	case bad > 0:
		return exitInput
	}
	return exitOK
}
