package htmltext

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

func TestLineBreak(t *testing.T) {
	tests := []struct {
		text string
		brs  int
		want bool
	}{
		{"Posted March 2,", 0, true},
		{"Posted March 2, ", 0, true},
		{"Posted March 2,\n", 0, false},     // the source's line break is the one shown
		{"Posted March 2, \n\t ", 0, false}, // and white space after it
		{"Posted March 2,\n", 1, true},      // a second <br>: a blank line
		{"Posted March 2,\n\n", 2, false},   // a third adds none
		{"Posted March 2,\nx", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, LineBreak(tc.text, tc.brs), "%d <br>s before", tc.brs)
		})
	}
}

func TestElements(t *testing.T) {
	for _, a := range []atom.Atom{atom.P, atom.Div, atom.Td, atom.Li, atom.Hr, atom.Legend, atom.Summary, atom.Caption} {
		assert.True(t, Block(a), a.String())
	}
	for _, a := range []atom.Atom{atom.Br, atom.Span, atom.B, atom.A, atom.Sup, atom.Script} {
		assert.False(t, Block(a), a.String())
	}
	for _, a := range []atom.Atom{atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Textarea, atom.Select} {
		assert.True(t, Hidden(a), a.String())
	}
	for _, a := range []atom.Atom{atom.Br, atom.P, atom.Span, atom.Option} {
		assert.False(t, Hidden(a), a.String())
	}
}
