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
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), keep: keep}
}

// next returns the next line without its line ending ("\n" or "\r\n"): at
// most keep bytes of it, and its whole length. The bytes are valid until
// the next call. At the end of the input it returns io.EOF. A UTF-8 byte
// order mark at the start of the input is no part of the first line, and
// is dropped with nothing said: `check --json -` gave it in line 1's
// "input" ("\ufeffMarch 1, 2024"; found by an adversarial review of the
// texts). It is looked for in the line read, not peeked at before it, so
// that a first line shorter than a mark is not kept waiting for more.
func (lr *lineReader) next() (text []byte, length int64, err error) {
	lr.buf = lr.buf[:0]
	var prev byte // the last byte of the previous fragment
	for {
		frag, err := lr.r.ReadSlice('\n')
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
		if err == nil { // the fragment ends in '\n'
			length--
			before := prev
			if len(frag) >= 2 {
				before = frag[len(frag)-2]
			}
			if before == '\r' && length > 0 {
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
