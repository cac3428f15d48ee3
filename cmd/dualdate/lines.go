package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// A lineReader reads lines of any length, keeping at most keep bytes of
// each, so that a huge line costs no more memory than a short one. Unlike
// bufio.Scanner it has no line-length limit: the rest of a long line is
// read and counted, and reading goes on with the next line.
type lineReader struct {
	r    *bufio.Reader
	keep int
	buf  []byte
	line int // the number of the line last returned, from 1
}

// bom is the UTF-8 byte order mark, U+FEFF.
var bom = []byte("\ufeff")

func newLineReader(r io.Reader, keep int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(&crReader{r: r}, 64<<10), keep: keep}
}

// A crReader reads r with each line ending, "\r\n", "\n" or a CR alone,
// made "\n": a CR ends a line wherever it stands, as it does in a file of
// old Mac OS's line endings. It ended one only in a file that had no LF:
// in a file of LF and CRLF endings with one CR alone (batch.txt, the
// fifty-second adversarial review), the CR's line and the next were one,
// whose syntax error masked the first's calendar error, the second went
// unchecked, and the lines after were numbered one lower than the file's.
// "\r\r\n" is one line end, as it was: a CRLF file's, converted to CRLF
// once more.
type crReader struct {
	r    io.Reader
	in   []byte
	made []byte // out's storage
	out  []byte // made and not yet returned
	err  error  // r's, returned after out
	cr   bool   // the last byte made is a CR's line end: an LF after it is its own
	held bool   // a second CR after it, held until the next byte says whether an LF ends both
}

func (c *crReader) Read(p []byte) (int, error) {
	for len(c.out) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		if len(c.in) < len(p) {
			c.in = make([]byte, len(p))
		}
		n, err := c.r.Read(c.in[:len(p)])
		out := c.made[:0]
		for _, b := range c.in[:n] {
			switch {
			case b == '\n' && c.cr:
				c.cr, c.held = false, false
			case b == '\r' && c.cr && !c.held:
				c.held = true
			default:
				if c.held {
					out = append(out, '\n') // the held CR ended a line of its own
					c.held = false
				}
				c.cr = b == '\r'
				if c.cr {
					b = '\n'
				}
				out = append(out, b)
			}
		}
		if err != nil && c.held {
			out = append(out, '\n')
			c.held = false
		}
		c.made, c.out, c.err = out, out, err
		if n == 0 && err == nil {
			return 0, nil
		}
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}

// next returns the next line without its line ending ("\n", "\r\n" or
// "\r": see crReader): at most keep bytes of it, and its whole length.
// The bytes are valid until the next call. At the end of the input it
// returns io.EOF. A UTF-8 byte order mark at the start of the input is no
// part of the first line, and is dropped with nothing said: `check --json
// -` gave it in line 1's "input" ("\ufeffMarch 1, 2024"; found by an
// adversarial review of the texts). It is looked for in the line read,
// not peeked at before it, so that a first line shorter than a mark is
// not kept waiting for more.
func (lr *lineReader) next() (text []byte, length int64, err error) {
	lr.buf = lr.buf[:0]
	for {
		frag, err := lr.r.ReadSlice('\n')
		if room := lr.keep - len(lr.buf); room > 0 {
			lr.buf = append(lr.buf, frag[:min(room, len(frag))]...)
		}
		length += int64(len(frag))
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, 0, err
		}
		if err != nil && length == 0 {
			return nil, 0, io.EOF
		}
		if err == nil { // the fragment ends in the line's end
			length--
		}
		lr.line++
		text := lr.buf[:min(int64(len(lr.buf)), length)]
		if lr.line == 1 && bytes.HasPrefix(text, bom) {
			text, length = text[len(bom):], length-int64(len(bom))
		}
		return text, length, nil
	}
}
