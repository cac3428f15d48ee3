// Package warcgen writes small WARC and WET files for the crawl module's
// tests and for the generator of the benchmark file: one gzip member per
// record, as crawlers write them, and the damaged records a real crawl
// holds (a member cut short, a record that is not HTTP, binary bodies).
package warcgen

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strconv"
	"time"
)

// A Writer writes WARC records to w, each as its own gzip member unless
// Plain is set.
type Writer struct {
	w     io.Writer
	Plain bool
	n     int
}

// NewWriter returns a Writer of gzip'd records to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Record writes one record of the given type with the extra header fields
// (name, value pairs) and block.
func (w *Writer) Record(typ, uri string, date time.Time, contentType string, block []byte, fields ...string) error {
	w.n++
	var h bytes.Buffer
	h.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&h, "WARC-Type: %s\r\n", typ)
	fmt.Fprintf(&h, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", w.n)
	fmt.Fprintf(&h, "WARC-Date: %s\r\n", date.UTC().Format(time.RFC3339))
	if uri != "" {
		fmt.Fprintf(&h, "WARC-Target-URI: %s\r\n", uri)
	}
	for i := 0; i+1 < len(fields); i += 2 {
		fmt.Fprintf(&h, "%s: %s\r\n", fields[i], fields[i+1])
	}
	fmt.Fprintf(&h, "Content-Type: %s\r\n", contentType)
	h.WriteString("Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n")
	h.Write(block)
	h.WriteString("\r\n\r\n")
	return w.member(h.Bytes())
}

func (w *Writer) member(b []byte) error {
	if w.Plain {
		_, err := w.w.Write(b)
		return err
	}
	gz, _ := gzip.NewWriterLevel(w.w, gzip.BestSpeed)
	if _, err := gz.Write(b); err != nil {
		return err
	}
	return gz.Close()
}

// Info writes the warcinfo record that opens a file.
func (w *Writer) Info(date time.Time) error {
	return w.Record("warcinfo", "", date, "application/warc-fields", []byte("software: dualdate-crawl test\r\nformat: WARC File Format 1.1\r\n"))
}

// Response writes a response record of an HTTP 200 with the given
// Content-Type header and body.
func (w *Writer) Response(uri string, date time.Time, contentType string, body []byte) error {
	return w.Record("response", uri, date, "application/http; msgtype=response", HTTP(200, contentType, body))
}

// Conversion writes a WET conversion record: the page's text.
func (w *Writer) Conversion(uri string, date time.Time, text string) error {
	return w.Record("conversion", uri, date, "text/plain", []byte(text))
}

// Truncated writes a response record whose gzip member is cut after half
// its bytes, as a download that stopped.
func (w *Writer) Truncated(uri string, date time.Time, body []byte) error {
	var b bytes.Buffer
	inner := &Writer{w: &b, n: w.n}
	if err := inner.Response(uri, date, "text/html", body); err != nil {
		return err
	}
	w.n = inner.n
	_, err := w.w.Write(b.Bytes()[:b.Len()/2])
	return err
}

// HTTP returns an HTTP response message with the status, Content-Type and
// body.
func HTTP(status int, contentType string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d OK\r\n", status)
	if contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", contentType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	return b.Bytes()
}
