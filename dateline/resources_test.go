package dateline_test

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestMaxInput: Parse and Check read a dateline of dateline.MaxInput bytes,
// and refuse a longer text with a syntax error wrapping dateline.ErrTooLong
// that spans it all, without reading it.
func TestMaxInput(t *testing.T) {
	const dl = "Saturday, March 2nd | 22 Adar I 5784"
	pad := strings.Repeat(" ", dateline.MaxInput-len(dl))
	for _, s := range []string{dl + pad, pad + dl} {
		require.Len(t, s, dateline.MaxInput)
		d, err := dateline.Parse(s)
		require.NoError(t, err)
		assert.Equal(t, "2024-03-02", isoDay(d.Time))
	}
	for _, s := range []string{dl + pad + " ", " " + pad + dl, strings.Repeat(dl+" ", 1<<15)} {
		_, err := dateline.Parse(s)
		require.Error(t, err)
		assert.ErrorIs(t, err, dateline.ErrTooLong)
		assert.ErrorIs(t, err, dateline.ErrSyntax)
		var pe *dateline.ProblemError
		require.True(t, errors.As(err, &pe))
		assert.Equal(t, dateline.CodeSyntax, pe.Problem.Code)
		assert.Equal(t, [2]int{dateline.MaxInput, len(s)}, [2]int{pe.Problem.Start, pe.Problem.End}, "the text beyond the limit")
		assert.Contains(t, pe.Problem.Message, strconv.Itoa(dateline.MaxInput))
		rep := dateline.Check(s)
		require.Len(t, rep.Problems, 1)
		assert.Equal(t, pe.Problem, rep.Problems[0])
		assert.True(t, rep.Dateline.IsZero())
		_, err = dateline.LayoutOf(s)
		assert.ErrorIs(t, err, dateline.ErrTooLong)
	}
}

// TestMaxInputAllocations: refusing a text too long costs the same for 5
// KB as for 16 MB: the text is not read.
func TestMaxInputAllocations(t *testing.T) {
	small := strings.Repeat("Saturday, March 2nd | 22 Adar I 5784 ", 140) // 5 KB
	huge := strings.Repeat(small, 3200)                                   // 16 MB
	var allocs [2]float64
	var bytes [2]uint64
	for i, s := range []string{small, huge} {
		allocs[i] = testing.AllocsPerRun(20, func() { _ = dateline.Check(s) })
		bytes[i] = allocatedBy(func() { _ = dateline.Check(s) })
	}
	// The same for both, up to the slice sync.Pool hands out now and
	// then (under -race it drops what it holds at random).
	assert.InDelta(t, allocs[0], allocs[1], 1.5, "allocations for 5 KB and 16 MB")
	assert.LessOrEqual(t, allocs[1], 10.0, "allocations to refuse 16 MB")
	assert.LessOrEqual(t, bytes[1], uint64(4096), "bytes allocated to refuse 16 MB")
}

// allocatedBy returns the bytes fn allocates, the least of three runs.
func allocatedBy(fn func()) uint64 {
	least := ^uint64(0)
	var m runtime.MemStats
	for range 3 {
		runtime.GC()
		runtime.ReadMemStats(&m)
		before := m.TotalAlloc
		fn()
		runtime.ReadMemStats(&m)
		least = min(least, m.TotalAlloc-before)
	}
	return least
}

// pageOf returns about n bytes of free text with a dateline every 200
// bytes or so: a long scraped page.
func pageOf(n int) string {
	const unit = "Posted on Saturday, March 2nd | 22 Adar I 5784 by the editor. " +
		"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. "
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// TestFindLinear: Find's allocations grow linearly with the text: 4 MB of
// a page costs about four times what 1 MB does, in allocations and in
// bytes.
func TestFindLinear(t *testing.T) {
	one, four := pageOf(1<<20), pageOf(4<<20)
	nOne, nFour := len(dateline.Find(one)), len(dateline.Find(four))
	require.Less(t, nFour, dateline.MaxMatches, "both below the limit")
	assert.InDelta(t, 4, float64(nFour)/float64(nOne), 0.01, "matches")
	allocs := [2]float64{
		testing.AllocsPerRun(2, func() { _ = dateline.Find(one) }),
		testing.AllocsPerRun(2, func() { _ = dateline.Find(four) }),
	}
	bytes := [2]uint64{allocatedBy(func() { _ = dateline.Find(one) }), allocatedBy(func() { _ = dateline.Find(four) })}
	t.Logf("1 MB: %d matches, %.0f allocations, %d bytes; 4 MB: %d matches, %.0f allocations, %d bytes",
		nOne, allocs[0], bytes[0], nFour, allocs[1], bytes[1])
	assert.InDelta(t, 4, allocs[1]/allocs[0], 0.5, "allocations, 4 MB against 1 MB")
	assert.InDelta(t, 4, float64(bytes[1])/float64(bytes[0]), 1.2, "bytes, 4 MB against 1 MB")
	assert.Less(t, float64(bytes[1])/float64(nFour), 4096.0, "bytes allocated per match")
	kept := retainedBy(func() any { return dateline.Find(four) })
	t.Logf("4 MB: %d bytes kept, %.0f a match", kept, float64(kept)/float64(nFour))
	assert.Less(t, float64(kept)/float64(nFour), 1024.0, "bytes kept per match")
}

// retainedBy returns the bytes of heap that what fn returns keeps alive.
func retainedBy(fn func() any) uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	before := m.HeapAlloc
	v := fn()
	runtime.GC()
	runtime.ReadMemStats(&m)
	runtime.KeepAlive(v)
	if m.HeapAlloc < before {
		return 0
	}
	return m.HeapAlloc - before
}

// TestFindMaxMatches: in 10 MB of datelines, Find returns MaxMatches of
// them, the first ones, and stops there: 40 MB costs no more.
func TestFindMaxMatches(t *testing.T) {
	if testing.Short() {
		t.Skip("40 MB of text is skipped under -short")
	}
	const dl = "Saturday, March 2nd | 22 Adar I 5784. "
	ten := strings.Repeat(dl, 10<<20/len(dl))
	forty := strings.Repeat(ten, 4)
	ms := dateline.Find(ten)
	require.Len(t, ms, dateline.MaxMatches)
	for i, m := range ms[:10] {
		assert.Equal(t, i*len(dl), m.Start)
		assert.Equal(t, "Saturday, March 2nd | 22 Adar I 5784", m.Input)
		assert.True(t, m.OK())
	}
	last := ms[len(ms)-1]
	assert.Equal(t, (dateline.MaxMatches-1)*len(dl), last.Start)
	tenBytes := allocatedBy(func() { _ = dateline.Find(ten) })
	fortyBytes := allocatedBy(func() { require.Len(t, dateline.Find(forty), dateline.MaxMatches) })
	t.Logf("10 MB: %d bytes; 40 MB: %d bytes", tenBytes, fortyBytes)
	assert.InDelta(t, 1, float64(fortyBytes)/float64(tenBytes), 0.1, "40 MB against 10 MB")
}

// BenchmarkCheckTooLong: refusing a megabyte costs what refusing 5 KB
// does.
func BenchmarkCheckTooLong(b *testing.B) {
	for _, n := range []int{5 << 10, 1 << 20} {
		s := strings.Repeat("x", n)
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = dateline.Check(s)
			}
		})
	}
}
