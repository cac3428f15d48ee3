package layout_test

import (
	"fmt"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// The engine's own example: a layout built from its elements. The
// examples of what users write with are package format's.
func ExampleNew() {
	l := layout.New(
		layout.Element{Kind: layout.Weekday, Form: layout.Yom}, layout.Lit(", "),
		layout.Element{Kind: layout.HebrewDay, Form: layout.RoshChodesh}, layout.Lit(" "),
		layout.Element{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}},
	)
	fmt.Println(l.String()) // the layout: the day is written as Rosh Chodesh
	fmt.Println(l.Format(layout.Reference()))
	t := time.Date(2024, time.February, 9, 0, 0, 0, 0, time.UTC)
	fmt.Println(l.Format(t, hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 30}))
	// Output:
	// Yom Sheni, Rosh Chodesh Teves
	// Yom Sheni, 2 Teves
	// Yom Shishi, Rosh Chodesh Adar Rishon
}
