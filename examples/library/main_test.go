package main

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestREADME: the README shows this program as it is, and what it prints.
func TestREADME(t *testing.T) {
	t.Chdir("../..") // the program reads examples/page.html from a clone's root
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	prog, err := os.ReadFile("examples/library/main.go")
	require.NoError(t, err)
	_, lib, ok := strings.Cut(string(readme), "## The library\n")
	require.True(t, ok, "README has no section The library")
	_, code, ok := strings.Cut(lib, "```go\n")
	require.True(t, ok)
	code, rest, ok := strings.Cut(code, "```\n")
	require.True(t, ok)
	assert.Equal(t, string(prog), code, "the README's program is examples/library/main.go")
	_, want, ok := strings.Cut(rest, "```\n")
	require.True(t, ok)
	want, _, _ = strings.Cut(want, "```\n")

	r, w, err := os.Pipe()
	require.NoError(t, err)
	stdout := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	main()
	os.Stdout = stdout
	require.NoError(t, w.Close())
	assert.Equal(t, want, <-done, "what the README says the program prints")
}
