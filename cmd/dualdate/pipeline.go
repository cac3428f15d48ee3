package main

import (
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
)

// Batch input (check, scan) goes through a pipeline: one goroutine reads
// the input into batches of lines, a pool of workers turns each batch into
// its output, and the caller writes the outputs in input order. Memory
// stays flat: at most a few batches per worker are in flight, each holding
// at most batchBytes of text (plus one line's kept part).

const (
	batchLines = 2048      // lines per batch, at most
	batchBytes = 256 << 10 // bytes of text per batch, about
)

// gcPercent is the garbage collector's target while a pipeline runs,
// unless GOGC says otherwise. Checking allocates a few kilobytes a line and
// keeps almost nothing, so with the default target of 100% the live heap
// of a few megabytes is collected every few milliseconds, a thousand times
// for a million lines, and with two CPUs that costs more than the second
// worker gains: dualdate check took 4.0 s on a million lines with two
// workers against 2.5 s with one CPU, and 1.7 s with this target.
const gcPercent = 400

// workers is how many goroutines process batches; 1 processes them in the
// reading goroutine's turn, without a pool. Tests and benchmarks set it.
var workers = runtime.GOMAXPROCS(0)

// An item is one unit of work in a batch: a line, or for scan a window of
// a long line.
type item struct {
	line       int   // line number, from 1
	start, end int   // the text's span in batch.text
	length     int64 // the whole line's length (check: more than was kept)
	base       int64 // scan: the byte offset of the text in its line
	keepFrom   int   // scan: matches starting before keepFrom are the previous window's
	keepTo     int   // scan: matches starting at or after keepTo are the next window's
}

// A batch is lines of input and, once processed, their output.
type batch struct {
	buf   []byte // the text of the items, appended by the reader
	text  string // buf as a string, made once by the worker
	items []item
	out   []byte // the output, written by the worker
	bad   int    // how many items had a problem of severity error
	done  chan struct{}
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

// pipeline runs read, which fills batches, starting with first, and hands
// each full one to emit for the next, process on each
// batch (concurrently when workers > 1), and writes each batch's output
// to w in order. It returns how many items were bad, the reading error and
// the writing error. If writing fails, reading stops.
func pipeline(w io.Writer, read func(first *batch, emit func(*batch) (*batch, bool)) error, process func(*batch)) (bad int, readErr, writeErr error) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	var pool sync.Pool
	get := func() *batch {
		if b, ok := pool.Get().(*batch); ok {
			b.reset()
			return b
		}
		return &batch{}
	}

	if workers <= 1 {
		emit := func(b *batch) (*batch, bool) {
			process(b)
			bad += b.bad
			if _, err := w.Write(b.out); err != nil {
				writeErr = err
				return nil, false
			}
			b.reset()
			return b, true
		}
		readErr = read(&batch{}, emit)
		return bad, readErr, writeErr
	}

	jobs := make(chan *batch, workers)
	order := make(chan *batch, 2*workers)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for b := range jobs {
				process(b)
				close(b.done)
			}
		})
	}
	go func() {
		emit := func(b *batch) (*batch, bool) {
			b.done = make(chan struct{})
			select {
			case order <- b:
			case <-quit:
				return nil, false
			}
			jobs <- b
			return get(), true
		}
		readErr = read(get(), emit)
		close(jobs)
		close(order)
	}()
	for b := range order {
		<-b.done
		bad += b.bad
		if writeErr == nil {
			if _, err := w.Write(b.out); err != nil {
				writeErr = err
				close(quit)
			}
		}
		pool.Put(b)
	}
	wg.Wait()
	return bad, readErr, writeErr
}
