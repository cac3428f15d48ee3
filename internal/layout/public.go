package layout

// Wrap and Unwrap convert between a Layout and package format's Layout,
// the public value that holds one. Package format sets them when it is
// initialised; the packages of the module that give or take a
// format.Layout (dateline, the command) call them. They are variables, as
// golang.org/x/tools' internal packages have them, because format imports
// this package and not the other way round.
var (
	Wrap   func(Layout) any
	Unwrap func(any) Layout
)
