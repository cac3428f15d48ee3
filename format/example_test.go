package format_test

import (
	"fmt"
	"time"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

func ExampleLayout_Format() {
	t := time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC)
	h := hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 22} // the Hebrew date of t's day
	for _, layout := range []string{format.Header, format.Full, format.Published, format.HebrewDate, format.HebrewScript} {
		fmt.Println(parse.Layout(layout).Format(t, h))
	}
	fmt.Println(parse.Layout("יום שני, ב׳ בטבת ה׳תשס״ו").Format(t, h))
	fmt.Println(parse.Layout("Tuesday, Sept. 5, 2023 | 5 Teves").Format(t, h))
	// Output:
	// Saturday, March 2nd | 22 Adar I 5784
	// Saturday, March 2, 2024 | 22 Adar I 5784
	// March 2, 2024 10:39 am
	// 22 Adar I 5784
	// כ״ב אדר א׳ תשפ״ד
	// יום שבת, כ״ב באדר א׳ ה׳תשפ״ד
	// Saturday, March 2, 2024 | 22 Adar Rishon
}

func ExampleLayout_AppendFormat() {
	l := parse.Layout(format.HebrewDate)
	buf := make([]byte, 0, 64) // reused: AppendFormat allocates nothing
	for d := 29; d <= 31; d++ {
		t := time.Date(2024, time.January, d, 0, 0, 0, 0, time.UTC)
		buf = l.AppendFormat(buf[:0], t, hebrew.DateOf(t))
		fmt.Println(string(buf))
	}
	// Output:
	// 19 Sh'vat 5784
	// 20 Sh'vat 5784
	// 21 Sh'vat 5784
}

func ExampleNew() {
	l := format.New(
		format.Element{Kind: format.Weekday, Form: format.Yom}, format.Lit(", "),
		format.Element{Kind: format.HebrewDay, Form: format.RoshChodesh}, format.Lit(" "),
		format.Element{Kind: format.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}},
	)
	fmt.Println(l.String()) // the layout: the day is written as Rosh Chodesh
	fmt.Println(l.Format(format.Reference()))
	t := time.Date(2024, time.February, 9, 0, 0, 0, 0, time.UTC)
	fmt.Println(l.Format(t, hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 30}))
	// Output:
	// Yom Sheni, Rosh Chodesh Teves
	// Yom Sheni, 2 Teves
	// Yom Shishi, Rosh Chodesh Adar Rishon
}

func ExampleReference() {
	t, h := format.Reference()
	fmt.Println(t.Format(time.RFC1123), "|", h)
	// Output: Mon, 02 Jan 2006 15:04:05 MST | 2 Tevet 5766
}

// A masthead with the day's times: the caller gives them (package
// dateline computes them at a location, see its Zmanim), and a time the
// day does not have is left out with its label.
func ExampleLayout_AppendFormatZmanim() {
	l, err := parse.Compile("Monday, January 2, 2006 | Candle lighting 3:04 pm | Havdalah 3:04 pm")
	if err != nil {
		panic(err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	friday := time.Date(2024, time.March, 1, 0, 0, 0, 0, ny)
	z := format.Zmanim{format.CandleLighting: time.Date(2024, time.March, 1, 17, 29, 0, 0, ny)}
	fmt.Println(string(l.AppendFormatZmanim(nil, friday, hebrew.DateOf(friday), &z)))
	fmt.Println(l.HasZman(format.Havdalah), l.String())
	// Output:
	// Friday, March 1, 2024 | Candle lighting 5:29 pm
	// true Monday, January 2, 2006 | Candle lighting 3:04 pm | Havdalah 3:04 pm
}
