package format_test

import (
	"fmt"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

func ExampleLayout_Format() {
	t := time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC)
	h := hebrew.DateOf(t) // or the next day's, after sunset
	for _, s := range []string{format.Header, format.Full, format.Published, format.HebrewDate, format.HebrewScript,
		"יום שני, ב׳ בטבת ה׳תשס״ו", "Tuesday, Sept. 5, 2023 | 5 Teves"} {
		l, err := dateline.Compile(s)
		if err != nil {
			panic(err)
		}
		fmt.Println(l.Format(t, h))
	}
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
	l, err := dateline.Compile(format.HebrewDate)
	if err != nil {
		panic(err)
	}
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

// A masthead with the day's times: the caller gives them (package
// dateline computes them at a location, see its Dateline.Zmanim), and a
// time the day does not have is left out with its label.
func ExampleLayout_AppendFormatZmanim() {
	l, err := dateline.Compile("Monday, January 2, 2006 | Candle lighting 3:04 pm | Havdalah 3:04 pm")
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

func ExampleLang_Layout() {
	t := time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC)
	for _, lang := range []format.Lang{format.French, format.Russian, format.German} {
		l, err := dateline.Compile(lang.Layout())
		if err != nil {
			panic(err)
		}
		fmt.Println(l.Format(t, hebrew.DateOf(t)))
	}
	// Output:
	// samedi 2 mars 2024 | 22 Adar I 5784
	// суббота, 2 марта 2024 г. | 22 адара I 5784
	// Samstag, 2. März 2024 | 22 Adar I 5784
}

func ExampleReference() {
	t, h := format.Reference()
	fmt.Println(t.Format(time.RFC1123), "|", h)
	// Output: Mon, 02 Jan 2006 15:04:05 MST | 2 Tevet 5766
}
