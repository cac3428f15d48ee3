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
	// delim ends a line: '\n', or '\r' in a file of old Mac OS's line
	// endings (see crOnly); 0 before the first line is read.
	delim byte
}

// crOnly reports whether the first bytes of the input, b, end their lines
// as old Mac OS did, with a CR alone: a CR that a byte other than LF
// follows, and no LF. Such a file was one line: check reported a syntax
// error on line 1 and checked none of the datelines after it (found by
// the forty-ninth adversarial review). A CR alone in a file with LF
// line endings stays part of its line.
func crOnly(b []byte) bool {
	i := bytes.IndexByte(b, '\r')
	return i >= 0 && i+1 < len(b) && b[i+1] != '\n' && bytes.IndexByte(b, '\n') < 0
}

// bom is the UTF-8 byte order mark, U+FEFF.
var bom = []byte("\ufeff")

func newLineReader(r io.Reader, keep int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), keep: keep}
}

// next returns the next line without its line ending ("\n" or "\r\n",
// or "\r" in a file whose lines end so: see crOnly): at most keep bytes
// of it, and its whole length. The bytes are valid until
// the next call. At the end of the input it returns io.EOF. A UTF-8 byte
// order mark at the start of the input is no part of the first line, and
// is dropped with nothing said: `check --json -` gave it in line 1's
// "input" ("\ufeffMarch 1, 2024"; found by an adversarial review of the
// texts). It is looked for in the line read, not peeked at before it, so
// that a first line shorter than a mark is not kept waiting for more.
func (lr *lineReader) next() (text []byte, length int64, err error) {
	if lr.delim == 0 {
		lr.delim = '\n'
		if _, err := lr.r.Peek(1); err == nil && crOnly(lr.peeked()) {
			lr.delim = '\r'
		}
	}
	lr.buf = lr.buf[:0]
	var prev byte // the last byte of the previous fragment
	for {
		frag, err := lr.r.ReadSlice(lr.delim)
		if room := lr.keep - len(lr.buf); room > 0 {
			lr.buf = append(lr.buf, frag[:min(room, len(frag))]...)
		}
		length += int64(len(frag))
		if errors.Is(err, bufio.ErrBufferFull) {
			prev = frag[len(frag)-1]
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
			before := prev
			if len(frag) >= 2 {
				before = frag[len(frag)-2]
			}
			if lr.delim == '\n' && before == '\r' && length > 0 {
				length--
			}
		}
		lr.line++
		text := lr.buf[:min(int64(len(lr.buf)), length)]
		if lr.line == 1 && bytes.HasPrefix(text, bom) {
			text, length = text[len(bom):], length-int64(len(bom))
		}
		return text, length, nil
	}
}

// peeked returns the bytes buffered and not yet read.
func (lr *lineReader) peeked() []byte {
	b, _ := lr.r.Peek(lr.r.Buffered())
	return b
}
