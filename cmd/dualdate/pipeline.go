package main

import (
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/dualdate/dualdate/dateline"
)

// Batch input (check, scan) goes through a pipeline: one goroutine reads
// the input into batches of lines, a pool of workers turns each batch into
// its output, and the caller writes the outputs in input order. Memory
// stays flat: at most a few batches per worker are in flight, each holding
// at most batchBytes of text (plus one line's kept part), and a batch's
// output goes to the writer in pieces of about outChunk bytes as it is
// made, a worker waiting while the writer is behind, so that output many
// times the size of the input (scan --json on "Jan 2" lines writes a
// hundred bytes for each byte read) is never held whole.

const (
	batchLines = 2048      // lines per batch, at most
	batchBytes = 256 << 10 // bytes of text per batch, about
	outChunk   = 64 << 10  // bytes of output handed to the writer at once, about
)

// gcPercent is the garbage collector's target while a pipeline runs,
// unless GOGC says otherwise. Checking allocates a few kilobytes a line and
// keeps almost nothing, so with the default target of 100% the live heap
// of a few megabytes is collected every few milliseconds, a thousand times
// for a million lines, and with two CPUs that costs more than the second
// worker gains: dualdate check took 4.0 s on a million lines with two
// workers against 2.5 s with one CPU, and 1.7 s with this target.
const gcPercent = 400

// memoryLimit is the Go runtime's soft memory limit while a pipeline runs,
// unless GOMEMLIMIT says otherwise: with gcPercent the heap could grow to
// five times what is live before a collection, and with sixteen workers
// that was 3.3 GB (issue 11, item 5); the limit makes the collector run
// sooner instead. Measured peak RSS (/usr/bin/time -v, GOMAXPROCS=16):
// scan --json on 16 MB of "Jan 2" lines 61 MB (3.3 GB before), on one
// 16 MB line 73 MB; check on "Purim 1" … "Purim 9999" 72 MB (627 MB).
const memoryLimit = 64 << 20

// workers is how many goroutines process batches; 1 processes them in the
// reading goroutine's turn, without a pool. Tests and benchmarks set it.
var workers = runtime.GOMAXPROCS(0)

// batchReaders returns a Reader for each of the pipeline's workers, with
// the command's options, besides c.reader, which the reading goroutine
// (scan's long lines) and check's arguments use: process takes the one of
// its worker. A Reader is safe for concurrent use, but one shared by the
// workers has them write to the same memory on almost every line (the
// template and the layout string that read the last one), so that the
// cores take the cache lines from each other: on a million lines in nine
// layouts, dualdate check took 2.8-3.2 s of CPU with one Reader and
// 2.3-2.5 s with one each, which is what one worker alone takes. Each
// learns a batch's few layouts in microseconds, and holds about 1 MB at
// most.
func (c *command) batchReaders() []*dateline.Reader {
	for len(c.readers) < max(workers, 1) {
		c.readers = append(c.readers, dateline.NewReader(c.opts...))
	}
	return c.readers
}

// An item is one unit of work in a batch: a line, or for scan the output
// of a window of a long line, scanned by the reader.
type item struct {
	line       int   // line number, from 1
	start, end int   // the text's span in batch.text
	length     int64 // check: the whole line's length (more than was kept)
	rendered   bool  // scan: the text is output, made by the reader
	bad        int   // scan: with rendered, how many of its matches were bad
}

// A batch is lines of input and, once processed, their output.
type batch struct {
	buf   []byte // the text of the items, appended by the reader
	text  string // buf as a string, made once by the worker
	items []item
	out   []byte // the output not yet handed over, written by the worker
	bad   int    // how many items had a problem of severity error
	// sink takes each piece of output, in order; set by the pipeline.
	sink func([]byte)
}

func (b *batch) reset() {
	b.buf, b.text, b.items, b.out, b.bad = b.buf[:0], "", b.items[:0], b.out[:0], 0
}

// full reports whether the batch should be sent.
func (b *batch) full() bool { return len(b.items) >= batchLines || len(b.buf) >= batchBytes }

// add appends an item with text to the batch.
func (b *batch) add(it item, text []byte) {
	it.start = len(b.buf)
	b.buf = append(b.buf, text...)
	it.end = len(b.buf)
	b.items = append(b.items, it)
}

// flush hands the output made so far to the writer if there is at least
// outChunk of it, or all of it if final. process calls it after each item.
func (b *batch) flush(final bool) {
	if len(b.out) == 0 || !final && len(b.out) < outChunk {
		return
	}
	out := b.out
	b.out = nil
	b.sink(out) // which may give b.out a buffer to reuse
}

// pipeline runs read, which fills batches, starting with first, and hands
// each full one to emit for the next, process on each
// batch (concurrently when workers > 1), and writes each batch's output
// to w in order. process appends a batch's output to its out, calling
// flush after each item; it is given the number of the worker that calls
// it, from 0 to workers-1, to use what is that worker's own. pipeline
// returns how many items were bad, the reading error and the writing
// error. If writing fails, reading stops.
func pipeline(w io.Writer, read readFunc, process processFunc) (bad int, readErr, writeErr error) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(memoryLimit))
	}
	o := output{w: w}
	if workers <= 1 {
		readErr = o.serial(read, process)
	} else {
		readErr = o.concurrent(read, process)
	}
	return o.bad, readErr, o.err
}

// A readFunc fills batches, starting with first, and hands each full one
// to emit, which returns the batch to fill next, or false to stop.
type readFunc func(first *batch, emit func(*batch) (*batch, bool)) error

// A processFunc makes a batch's output; see pipeline.
type processFunc func(b *batch, worker int)

// output is the pipeline's writing end: the writer, the count of bad
// items written and the first writing error, after which nothing more is
// written.
type output struct {
	w   io.Writer
	bad int
	err error
}

func (o *output) write(p []byte) {
	if o.err == nil {
		_, o.err = o.w.Write(p)
	}
}

// serial processes each batch in the reading goroutine's turn, with one
// batch reused throughout.
func (o *output) serial(read readFunc, process processFunc) error {
	b := &batch{}
	b.sink = func(p []byte) {
		o.write(p)
		b.out = p[:0] // written: the buffer is free again
	}
	emit := func(b *batch) (*batch, bool) {
		process(b, 0)
		b.flush(true)
		o.bad += b.bad
		if o.err != nil {
			return nil, false
		}
		b.reset()
		return b, true
	}
	return read(b, emit)
}

// concurrent processes batches on a pool of workers, while this goroutine
// writes their output in input order. Each batch in flight has a channel
// of output pieces, which the writer drains in input order; a worker
// blocks on a full one.
func (o *output) concurrent(read readFunc, process processFunc) error {
	type flight struct {
		b      *batch
		pieces chan []byte
	}
	var pool, bufs sync.Pool
	get := func() *batch {
		if b, ok := pool.Get().(*batch); ok {
			b.reset()
			return b
		}
		return &batch{}
	}
	jobs := make(chan flight, workers)
	order := make(chan flight, workers)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for worker := range workers {
		wg.Go(func() {
			for f := range jobs {
				f.b.sink = func(p []byte) {
					select {
					case f.pieces <- p:
					case <-quit:
					}
					if nb, ok := bufs.Get().(*[]byte); ok {
						f.b.out = (*nb)[:0]
					}
				}
				process(f.b, worker)
				f.b.flush(true)
				close(f.pieces)
			}
		})
	}
	var readErr error
	go func() {
		emit := func(b *batch) (*batch, bool) {
			f := flight{b, make(chan []byte, 2)}
			select {
			case order <- f:
			case <-quit:
				return nil, false
			}
			jobs <- f
			return get(), true
		}
		readErr = read(get(), emit)
		close(jobs)
		close(order)
	}()
	failed := false
	for f := range order {
		for p := range f.pieces {
			o.write(p)
			if o.err != nil && !failed {
				failed = true
				close(quit)
			}
			p = p[:0]
			bufs.Put(&p)
		}
		o.bad += f.b.bad
		f.b.sink = nil
		pool.Put(f.b)
	}
	wg.Wait()
	return readErr // set before order was closed
}
