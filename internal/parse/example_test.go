package parse_test

import (
	"errors"
	"fmt"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

func ExampleParse() {
	r, err := parse.Parse("Saturday, March 2nd | 22 Adar I 5784")
	if err != nil {
		panic(err)
	}
	for _, f := range r.Fields {
		if f.Kind != layout.Literal {
			fmt.Printf("%-12v %-8q %d\n", f.Kind, r.Text(f), f.Value)
		}
	}
	l := r.Layout()
	fmt.Println(l.String())
	// Output:
	// weekday      "Saturday" 6
	// month        "March"  3
	// day          "2nd"    2
	// hebrew day   "22"     22
	// hebrew month "Adar I" 12
	// hebrew year  "5784"   5784
	// Monday, January 2nd | 2 Tevet 5766
}

func ExampleParse_timestamp() {
	r, _ := parse.Parse("September 28, 2022 10:39 am EDT")
	h, _ := r.Get(layout.Hour)
	m, _ := r.Get(layout.Minute)
	z, _ := r.Get(layout.Zone)
	fmt.Println(h.Value, m.Value, z.Value)
	fmt.Println(r.Layout().String())
	// Output:
	// 10 39 -14400
	// January 2, 2006 3:04 pm MST
}

func ExampleParse_error() {
	_, err := parse.Parse("Monday, Janvary 2")
	var pe *parse.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Offset, pe.Expected, pe.Found)
	}
	fmt.Println(errors.Is(err, parse.ErrSyntax))
	// Output:
	// 8 a date Janvary
	// true
}

func ExampleResult_Swap() {
	r, _ := parse.Parse("03/02/2024")
	m, _ := r.Get(layout.Month)
	fmt.Println("month", m.Value, "ambiguous:", m.Flags&parse.Ambiguous != 0)
	if s, ok := r.Swap(); ok {
		m, _ := s.Get(layout.Month)
		fmt.Println("or month", m.Value)
	}
	// Output:
	// month 3 ambiguous: true
	// or month 2
}

func ExampleAll() {
	text := "The Mayor spoke to marchers on Sunday. Posted March 5, 2024 3:12 pm; " +
		"next meeting: Thursday, 4 Nisan 5784 (April 11, 2024)."
	for r := range parse.All(text) {
		fmt.Printf("%d-%d %q\n", r.Start, r.End, text[r.Start:r.End])
	}
	// Output:
	// 46-67 "March 5, 2024 3:12 pm"
	// 83-122 "Thursday, 4 Nisan 5784 (April 11, 2024)"
}

func ExampleLayout() {
	l := parse.Layout("Posted on January 2, 2006 at 3:04 pm")
	for i := 0; i < l.Len(); i++ {
		e := l.At(i)
		if e.Kind == layout.Literal {
			fmt.Printf("%q ", e.Text)
		} else {
			fmt.Print(e.Kind, " ")
		}
	}
	fmt.Println()
	// Output:
	// "Posted on " month " " day ", " year " at " hour ":" minute " " am/pm
}
