package main

import (
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCheckAllocations checks that check's batch path allocates for each
// batch, never for each line: the lines are read into the batch's
// buffer, the output appended to a buffer that is reused, the report of a
// line that is right is dropped. Over what the library's Check allocates
// on the same lines, twenty thousand lines more cost a few allocations for
// each batch of batchLines that they add. (The first lines cost more: each
// worker's Reader learns the layouts, which is what the library does.)
// The bound has room for a few hundred more, which a busy machine costs:
// each garbage collection empties the pools the batches' buffers come
// from, and with two workers the collections fall where they may. One
// allocation for each line would be twenty thousand.
func TestCheckAllocations(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(generate(30000), "\n"), "\n")
	// cost returns what checking the first n lines allocates in a run of
	// the command and in the library's Check alone.
	cost := func(n int) (cmd, lib float64) {
		in := strings.Join(lines[:n], "\n") + "\n"
		cmd = testing.AllocsPerRun(3, func() {
			run([]string{"check"}, strings.NewReader(in), io.Discard, io.Discard)
		})
		rd := dateline.NewReader()
		lib = testing.AllocsPerRun(3, func() {
			for _, s := range lines[:n] {
				if strings.TrimSpace(s) != "" {
					_ = rd.Check(s)
				}
			}
		})
		return cmd, lib
	}
	saved := workers
	t.Cleanup(func() { workers = saved })
	for _, w := range []int{1, 2} {
		t.Run("workers="+strconv.Itoa(w), func(t *testing.T) {
			workers = w
			const few, many = 10000, 30000
			cmdFew, libFew := cost(few)
			cmdMany, libMany := cost(many)
			require.Greater(t, cmdMany, cmdFew)
			batches := float64((many-few)/batchLines + 1)
			assert.LessOrEqual(t, (cmdMany-cmdFew)-(libMany-libFew), 40*batches+300,
				"allocations for %d lines more: command %.0f, library %.0f", many-few, cmdMany-cmdFew, libMany-libFew)
		})
	}
}
