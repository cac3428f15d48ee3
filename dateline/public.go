package dateline

import (
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/internal/layout"
)

// public returns the format.Layout that holds l, as the API gives a
// layout out.
func public(l layout.Layout) format.Layout { return layout.Wrap(l).(format.Layout) }

// held returns the layout that a format.Layout the API was given
// holds.
func held(l format.Layout) layout.Layout { return layout.Unwrap(l) }
