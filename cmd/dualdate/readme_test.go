package main

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A readmeRun is one command of the README's transcript and what it
// prints.
type readmeRun struct {
	line  int    // where the command is in README.md
	shell string // the command as written
	args  []string
	stdin string
	want  string // its output; with prefix, only its first lines
	// prefix is set when the output shown ends in "...".
	prefix bool
}

// TestREADME runs the README's transcript, every ```console block, from
// the module's root, and compares what each command prints, standard
// output then standard error, with what the README shows: a newcomer's
// first commands work as written, and the files they name exist. It runs
// them with the clock on another day than the README's (which its
// commands give with --reference) and the local zone another than UTC, so
// that they print the same whenever and wherever a reader runs them.
func TestREADME(t *testing.T) {
	t.Chdir("../..")
	auckland, err := time.LoadLocation("Pacific/Auckland")
	require.NoError(t, err)
	savedLocal := time.Local
	time.Local = auckland
	defer func() { time.Local = savedLocal }()
	saved := now
	now = func() time.Time { return time.Date(2031, 7, 15, 23, 0, 0, 0, time.UTC) }
	defer func() { now = saved }()
	runs := readmeTranscript(t, "README.md")
	require.NotEmpty(t, runs)
	for _, r := range runs {
		t.Run(r.shell, func(t *testing.T) {
			for _, a := range r.args {
				if strings.HasPrefix(a, "examples/") {
					_, err := os.Stat(a)
					assert.NoError(t, err, "README.md:%d names a file that is not there", r.line)
				}
			}
			res := runDualdate(r.stdin, r.args...)
			got := res.stdout + res.stderr
			if r.prefix {
				assert.True(t, strings.HasPrefix(got, r.want), "README.md:%d: %s\nwant the output to start with\n%s\ngot\n%s", r.line, r.shell, r.want, got)
				return
			}
			assert.Equal(t, r.want, got, "README.md:%d: %s", r.line, r.shell)
		})
	}
}

// readmeTranscript reads the commands of the ```console blocks of a
// Markdown file: a line "$ go run ./cmd/dualdate ARGS", or "$ echo TEXT |
// go run ./cmd/dualdate ARGS" for standard input, then its output up to
// the next "$ " or the block's end. A "# comment" after the command is
// not part of it.
func readmeTranscript(t *testing.T, name string) []readmeRun {
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	var runs []readmeRun
	in := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case !in && line == "```console":
			in = true
		case in && line == "```":
			in = false
		case in && strings.HasPrefix(line, "$ "):
			r := readmeRun{line: n, shell: line[2:]}
			words, err := shellWords(line[2:])
			require.NoError(t, err, "%s:%d", name, n)
			if len(words) > 2 && words[0] == "echo" && words[2] == "|" {
				r.stdin = words[1] + "\n"
				words = words[3:]
			}
			require.GreaterOrEqual(t, len(words), 3, "%s:%d", name, n)
			require.Equal(t, []string{"go", "run", "./cmd/dualdate"}, words[:3], "%s:%d: a README command runs go run ./cmd/dualdate", name, n)
			r.args = words[3:]
			runs = append(runs, r)
		case in && len(runs) > 0:
			r := &runs[len(runs)-1]
			if line == "..." {
				r.prefix = true
				continue
			}
			r.want += line + "\n"
		}
	}
	require.NoError(t, sc.Err())
	return runs
}

// shellWords splits a command line as a POSIX shell would for the
// commands a README shows: words separated by blanks, '…' and "…" quoted
// (with \" and \\ inside double quotes), "|" a word of its own, and a
// word starting with # a comment to the end of the line.
func shellWords(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		case c == '#' && !inWord:
			i = len(s)
		case c == '|' && !inWord:
			words = append(words, "|")
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, errUnterminated
			}
			w.WriteString(s[i+1 : i+1+j])
			i += 1 + j
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\' || s[i+1] == '$' || s[i+1] == '`') {
					i++
				}
				w.WriteByte(s[i])
			}
			if i == len(s) {
				return nil, errUnterminated
			}
			inWord = true
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

var errUnterminated = errorString("unterminated quote")

type errorString string

func (e errorString) Error() string { return string(e) }

func TestShellWords(t *testing.T) {
	for s, want := range map[string][]string{
		`go run ./cmd/dualdate`:                               {"go", "run", "./cmd/dualdate"},
		`go run ./cmd/dualdate  # today's`:                    {"go", "run", "./cmd/dualdate"},
		`go run ./cmd/dualdate convert "22 Adar I 5784" x`:    {"go", "run", "./cmd/dualdate", "convert", "22 Adar I 5784", "x"},
		`echo "a b." | go run ./cmd/dualdate scan`:            {"echo", "a b.", "|", "go", "run", "./cmd/dualdate", "scan"},
		`go run ./cmd/dualdate convert 'it''s' "a \"b\" \\c"`: {"go", "run", "./cmd/dualdate", "convert", "its", `a "b" \c`},
		`x a#b`: {"x", "a#b"},
	} {
		got, err := shellWords(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
	_, err := shellWords(`go "x`)
	assert.Error(t, err)
}
