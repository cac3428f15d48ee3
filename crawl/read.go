package crawl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// DefaultMaxPage is the largest page body read, in bytes; a larger one is
// skipped as "too-large". Pages of real sites are under 2 MiB; a 50 MB
// body is a data file or an error page gone wrong.
const DefaultMaxPage = 16 << 20

// Reasons a record is skipped, as they appear in a site's summary.
const (
	SkipTruncated       = "truncated"        // the record's gzip member or block ends early
	SkipDamaged         = "damaged"          // the gzip member or the WARC header cannot be read
	SkipNotHTTP         = "not-http"         // a response record whose block is not an HTTP response
	SkipStatus          = "http-status"      // an HTTP status other than 2xx
	SkipNotHTML         = "not-html"         // a body that is not HTML or text (images, PDF, ...)
	SkipBinary          = "binary"           // a body declared as text that holds binary bytes
	SkipTooLarge        = "too-large"        // a body larger than the page limit
	SkipCharset         = "unknown-charset"  // a charset that cannot be decoded
	SkipContentEncoding = "content-encoding" // a body compressed other than with gzip
	SkipNotWARC         = "not-warc"         // a file in which no record was found: empty, or not a WARC or WET file
)

// A Page is one page of a WARC response record or a WET conversion record,
// as text.
type Page struct {
	URL     string
	Date    time.Time // WARC-Date: when the page was crawled
	Offset  int64     // the record's offset in its file
	Text    string    // the page's text: HTML turned into text, or the WET text
	Charset string    // the charset the body was decoded from, "" for UTF-8
}

// A Skip is a record that was not read as a page.
type Skip struct {
	URL    string // "" when the record was too damaged to tell
	Offset int64
	Reason string // one of the Skip* reasons
	Err    error  // what went wrong, for the log
}

// ReadOptions tune ReadRecords.
type ReadOptions struct {
	MaxPage int64 // the largest body read; 0 means DefaultMaxPage
}

// ReadRecords reads the WARC or WET file that open returns, calling page
// for each page and skip for each record that is not read. A damaged
// record does not end the file: open is called again to read on from the
// byte after the damaged record's start, where the reader looks for the
// next record, so a damaged gzip member loses that member only. open must
// return the file's bytes from the given offset on (a file that seeks may
// ignore the offset: ReadRecords seeks it). A file in which no record is
// found at all, of any type, well formed or not (an empty file, a text
// file named .warc), is one skip, SkipNotWARC, at offset 0: such a file
// was counted nowhere but in the total of files, with no page and no skip
// (an adversarial review's eighth finding). ReadRecords returns an error
// only when open fails.
func ReadRecords(open func(offset int64) (io.ReadCloser, error), opts ReadOptions, page func(Page), skip func(Skip)) error {
	if opts.MaxPage <= 0 {
		opts.MaxPage = DefaultMaxPage
	}
	records := 0
	var off int64
	for {
		rc, err := open(off)
		if err != nil {
			return err
		}
		r, err := gowarc.NewWarcFileReaderFromStream(rc, off,
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), // caches the block so it can be read after Next
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
			gowarc.WithBufferMaxMemBytes(4<<20),
		)
		if err != nil {
			rc.Close()
			return err
		}
		resync := int64(-1)
		for {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) || errors.Is(err, gowarc.ErrNoRecord) {
				break
			}
			records++
			if err != nil {
				rec.Close()
				s := Skip{Offset: rec.Offset, Reason: SkipDamaged, Err: err}
				if errors.Is(err, io.ErrUnexpectedEOF) {
					s.Reason = SkipTruncated
				}
				if rec.WarcRecord != nil {
					s.URL = rec.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI)
				}
				skip(s)
				resync = rec.Offset + 1
				break
			}
			readRecord(rec, opts, page, skip)
			rec.Close()
		}
		r.Close()
		if resync < 0 {
			if records == 0 {
				skip(Skip{Reason: SkipNotWARC, Err: errors.New("no WARC record in the file")})
			}
			return nil
		}
		off = resync
	}
}

// readRecord reads one well-formed record: a response or conversion
// record is a page or a skip, other records (warcinfo, request, metadata,
// revisit) are neither.
func readRecord(rec gowarc.Record, opts ReadOptions, page func(Page), skip func(Skip)) {
	wr := rec.WarcRecord
	h := wr.WarcHeader()
	p := Page{URL: h.Get(gowarc.WarcTargetURI), Offset: rec.Offset}
	p.Date, _ = wr.Date()
	fail := func(reason string, err error) {
		skip(Skip{URL: p.URL, Offset: rec.Offset, Reason: reason, Err: err})
	}
	var (
		body        io.Reader
		contentType string
		encoding    string
	)
	switch wr.Type() {
	case gowarc.Response:
		hb, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok {
			fail(SkipNotHTTP, errors.New("response block is "+h.Get(gowarc.ContentType)))
			return
		}
		if c := hb.HttpStatusCode(); c < 200 || c > 299 {
			fail(SkipStatus, errors.New(hb.HttpStatusLine()))
			return
		}
		hh := hb.HttpHeader()
		if hh != nil {
			contentType = hh.Get("Content-Type")
			encoding = strings.ToLower(strings.TrimSpace(hh.Get("Content-Encoding")))
		}
		b, err := hb.PayloadBytes()
		if err != nil {
			fail(SkipDamaged, err)
			return
		}
		body = b
	case gowarc.Conversion:
		b, err := wr.Block().RawBytes()
		if err != nil {
			fail(SkipDamaged, err)
			return
		}
		body, contentType = b, "text/plain; charset=utf-8"
	default:
		return
	}
	switch encoding {
	case "", "identity":
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(body)
		if err != nil {
			fail(SkipContentEncoding, err)
			return
		}
		body = gz
	default:
		fail(SkipContentEncoding, errors.New("Content-Encoding "+encoding))
		return
	}
	data, err := io.ReadAll(io.LimitReader(body, opts.MaxPage+1))
	if err != nil {
		reason := SkipDamaged
		if errors.Is(err, io.ErrUnexpectedEOF) {
			reason = SkipTruncated
		}
		fail(reason, err)
		return
	}
	if int64(len(data)) > opts.MaxPage {
		fail(SkipTooLarge, errors.New("body over the page limit"))
		return
	}
	text, cs, reason, err := decode(data, contentType)
	if reason != "" {
		fail(reason, err)
		return
	}
	p.Text, p.Charset = text, cs
	page(p)
}

// decode turns a body into text by its media type and charset: HTML by
// the charset of the Content-Type header, else of a meta tag, else
// UTF-8 if it is valid UTF-8 (else windows-1252, as browsers guess);
// plain text the same way without the meta tag. It returns the charset it
// decoded from ("" for UTF-8) or the reason the body is skipped.
func decode(data []byte, contentType string) (text, cs, reason string, err error) {
	mt, params, perr := mime.ParseMediaType(contentType)
	if contentType == "" || perr != nil {
		mt = http.DetectContentType(data)
		mt, params, _ = mime.ParseMediaType(mt)
	}
	isHTML := mt == "text/html" || mt == "application/xhtml+xml"
	if !isHTML && mt != "text/plain" {
		return "", "", SkipNotHTML, errors.New("media type " + mt)
	}
	head := data[:min(len(data), 1024)]
	if bytes.IndexByte(head, 0) >= 0 && !utf16(params["charset"]) {
		return "", "", SkipBinary, errors.New("NUL bytes in a " + mt + " body")
	}
	var (
		enc     encoding.Encoding
		name    string
		certain bool
	)
	if c := params["charset"]; c != "" {
		if enc, name = charset.Lookup(c); enc == nil {
			return "", "", SkipCharset, errors.New("charset " + c)
		}
		certain = true
	} else {
		// A meta tag (in HTML), else a guess from the first 1024 bytes.
		enc, name, certain = charset.DetermineEncoding(data, mt)
	}
	if name != "utf-8" && !(name == "windows-1252" && !certain && utf8.Valid(data)) {
		dec, derr := enc.NewDecoder().Bytes(data)
		if derr != nil {
			return "", "", SkipCharset, derr
		}
		data = dec
	} else {
		name = "utf-8"
	}
	if name == "utf-8" {
		name = ""
	}
	if !isHTML {
		return string(data), name, "", nil
	}
	return Text(data), name, "", nil
}

func utf16(cs string) bool { return strings.HasPrefix(strings.ToLower(cs), "utf-16") }
