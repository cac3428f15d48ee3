package layout

import (
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

// Direct reports whether l writes the day of t and h without reading its
// text back (see nameTable).
func (l Layout) Direct(t time.Time, h hebrew.Date) bool { return l.direct(t, h) }

// NamesRefused reports whether reading back the text of the day of t and
// h, as l did for every day before it had a nameTable, refuses it.
func (l Layout) NamesRefused(t time.Time, h hebrew.Date) bool {
	l.table = nil
	i, _ := l.namesProblem(t, h)
	return i >= 0
}
