package parse

import "github.com/dualdate/dualdate/internal/layout"

// A Statement is what a dateline states of each kind of element, where it
// states each once: the value, form and flags of the field of each kind,
// and its span. It is what a resolver that reads no more needs of a
// dateline: Template.State reads one without writing out the dateline's
// fields, as a Result holds them.
type Statement struct {
	Input      string
	Start, End int // the dateline's byte span in Input
	// Has has bit k set when the dateline states a field of kind k, which
	// Fields[k] holds.
	Has uint32
	// Flags is every field's flags, or'ed.
	Flags  Flag
	Fields [layout.Zone + 1]Stated
	// Layout is the dateline's layout string, as Result.AppendLayout
	// writes it, when the template that read it knows it (see
	// Template.Layout); otherwise it is empty.
	Layout string
}

// Stated is a field of a Statement, in 32-bit integers: a Statement is
// made for every dateline a template reads, and its size is the cost of
// clearing it. Every value a field holds fits (MaxInput bounds the span).
type Stated struct {
	Value      int32
	Start, End int32
	Form       layout.Form
	Flags      Flag
}

// Add states field f, and reports whether it could: not a literal, nor an
// element beyond the zone (an occasion, a zman), nor a second field of
// its kind.
func (st *Statement) Add(f *Field) bool {
	return st.set(f.Kind, Stated{Value: int32(f.Value), Start: int32(f.Start), End: int32(f.End), Form: f.Form, Flags: f.Flags})
}

// set states field v of kind k, as Add does.
func (st *Statement) set(k layout.Kind, v Stated) bool {
	if k == layout.Literal || k > layout.Zone || st.Has&(1<<k) != 0 {
		return false
	}
	st.Has |= 1 << k
	st.Flags |= v.Flags
	st.Fields[k] = v
	return true
}

// put sets v field by field, in place: the template's reader states a
// field without building a Stated on the stack to copy (its profile put
// most of readSteps' time on that copy).
func (v *Stated) put(value, start, end int, form layout.Form, flags Flag) {
	v.Value, v.Start, v.End, v.Form, v.Flags = int32(value), int32(start), int32(end), form, flags
}

// States reports whether the dateline states a field of kind k.
func (st *Statement) States(k layout.Kind) bool { return st.Has&(1<<k) != 0 }
