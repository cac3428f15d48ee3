package layout_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// FuzzElements: a layout of any two elements, with any kind, form, case,
// punctuation, shift and spelling, writes any instant and any Hebrew date,
// valid or not, without panicking, the same through Format, AppendFormat
// and AppendElements; and the zero Layout writes nothing.
func FuzzElements(f *testing.F) {
	f.Add(uint8(layout.Weekday), uint8(layout.Long), uint8(0), uint8(0), int8(0), "Tues", int8(2), uint8(0), uint8(0),
		uint8(layout.HebrewMonth), uint8(0), int8(1), int64(1709375940), 5784, 12, 22)
	f.Add(uint8(layout.Day), uint8(layout.Ordinal), uint8(1), uint8(2), int8(-6), "", int8(0), uint8(4), uint8(3),
		uint8(layout.HebrewYear), uint8(layout.Numeral), int8(127), int64(-1<<40), 0, 14, 31)
	f.Add(uint8(255), uint8(255), uint8(255), uint8(255), int8(-128), "\xff", int8(-1), uint8(255), uint8(255),
		uint8(255), uint8(255), int8(-128), int64(1<<62), -1, -1, -1)
	f.Fuzz(func(t *testing.T, kind, form, cas, punct uint8, shift int8, text string, of int8, family, adar uint8,
		kind2, form2 uint8, shift2 int8, unix int64, hy, hm, hd int) {
		e := layout.Element{
			Kind: layout.Kind(kind), Form: layout.Form(form), Case: layout.Case(cas), Punct: layout.Punct(punct),
			Shift: int16(shift), Text: text, Of: of, Prefix: kind%2 == 0, Schedule: occasion.Schedule(1 - form%2),
			Spelling: hebrew.Spelling{Family: hebrew.Family(family), Adar: hebrew.AdarStyle(adar), Prefix: adar%2 == 1},
		}
		e2 := layout.Element{Kind: layout.Kind(kind2), Form: layout.Form(form2), Shift: int16(shift2), Text: text}
		l := layout.New(e, layout.Lit(" "), e2, layout.Lit("-"), e)
		tm := time.Unix(unix, 0).In(time.FixedZone("Z", int(shift)*900))
		for _, h := range []hebrew.Date{{Year: hy, Month: hebrew.Month(hm), Day: hd}, hebrew.DateOf(tm), {}} {
			s := l.Format(tm, h)
			if b := l.AppendFormat([]byte("x"), tm, h); string(b) != "x"+s {
				t.Fatalf("AppendFormat %q, Format %q", b, s)
			}
			if b := layout.AppendElements(nil, l.Elements(), tm, h); string(b) != s {
				t.Fatalf("AppendElements %q, Format %q", b, s)
			}
			_ = l.InIsrael().Format(tm, h)
		}
		_ = l.String()
		_ = e.Kind.String()
		_ = layout.WeekdayName(int(of), e.Form, e.Punct)
		_ = layout.MonthName(int(of), e.Form)
		if got := (layout.Layout{}).Format(tm, hebrew.Date{}); got != "" {
			t.Fatalf("the zero Layout writes %q", got)
		}
	})
}
