package bench

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestWriteLines checks that the generated lines are what BenchmarkCommand
// says they are: in each layout, about one in ten has an error.
func TestWriteLines(t *testing.T) {
	const perLayout = 400
	var buf bytes.Buffer
	require.NoError(t, WriteLines(&buf, perLayout*len(LineLayouts), len(LineLayouts), 1))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Len(t, lines, perLayout*len(LineLayouts))
	bad := make([]int, len(LineLayouts))
	for i, line := range lines {
		if !dateline.Check(line).OK() {
			bad[i%len(LineLayouts)]++
		}
	}
	for i, n := range bad {
		assert.InDelta(t, perLayout/10, n, perLayout/20, "wrong lines in %s", LineLayouts[i])
	}
}
