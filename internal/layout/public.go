package layout

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

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

// ReadsBack reports whether layout l writes Gregorian time t and Hebrew
// date h as text that package dateline reads back, with t as the
// reference for what the text leaves out, as t's day; and whether it
// reads so plainly, with no problem said of it but its year's being
// inferred (no word of two meanings, no year far from t's). Package
// dateline sets it when it is initialised; [Layout.Validate] calls it for
// a layout that [Layout.CheckNames] marked. Every Layout other than the
// zero one comes from package dateline, which sets it.
var ReadsBack func(l Layout, t time.Time, h hebrew.Date) (reads, plainly bool)
