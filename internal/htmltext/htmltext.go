package htmltext

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Hidden reports whether the text of an element a is not part of the
// page's text: scripts, styles, templates, embedded documents and
// drawings, and the text of form controls.
func Hidden(a atom.Atom) bool { return hidden[a] }

// Block reports whether an element a starts and ends a block of text, as
// a paragraph, a table cell or a list item does: a dateline does not run
// from one block into the next. <br> is no block: it breaks a line inside
// one (see LineBreak).
func Block(a atom.Atom) bool { return block[a] }

// Space is the white space of HTML's source, which a browser shows as one
// space, or as nothing at the start or end of a line.
const Space = " \t\n\r\f"

// LineBreak reports whether a <br> after text, the text of its block so
// far, adds a line break ('\n') to it, when brs <br>s came before it since
// the last text shown. A <br> is the line break a browser shows, read as
// a line break in plain text is: "Posted March 2,<br>2024" is March 2,
// 2024, where a <br> read as a block boundary lost the year, and March 2
// was of the reference's year (found trying the command as an
// adversary). A browser shows no white space around a line break, so the
// source's white space there does not make one <br> a blank line, which
// the dateline reader reads as a paragraph break: a line break already in
// the source before the first <br> is the one it shows (LineBreak is
// false), and the reader leaves out the white space after a <br> (see
// Space). Two <br>s in a row show an empty line, and are a blank line, as
// in plain text: the second adds a line break, and more add none. A <br>
// at the start of a block breaks nothing: the reader does not count it.
func LineBreak(text string, brs int) bool {
	switch brs {
	case 0:
		return !endsInLineBreak(text)
	case 1:
		return true
	}
	return false
}

// endsInLineBreak reports whether text ends in white space with a line
// break in it.
func endsInLineBreak(text string) bool {
	for i := len(text) - 1; i >= 0 && strings.IndexByte(Space, text[i]) >= 0; i-- {
		if text[i] == '\n' {
			return true
		}
	}
	return false
}

var hidden = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Textarea: true, atom.Select: true,
}

var block = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Td: true, atom.Th: true, atom.Title: true, atom.Tr: true, atom.Ul: true,
	atom.Head: true, atom.Body: true, atom.Html: true, atom.Option: true, atom.Caption: true,
	atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Legend: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}
