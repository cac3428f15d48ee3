package dateline_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

func ExampleNew() {
	t := time.Date(2024, time.March, 2, 9, 30, 0, 0, time.UTC)
	d := dateline.New(t)
	fmt.Println(d.Hebrew)
	fmt.Println(d.Format(format.Header))
	// Output:
	// 22 Adar I 5784
	// Saturday, March 2nd | 22 Adar I 5784
}

func ExampleNew_sunset() {
	newYork, err := dateline.City("New York")
	if err != nil {
		fmt.Println(err)
		return
	}
	loc, _ := time.LoadLocation("America/New_York")
	evening := time.Date(2022, time.September, 28, 21, 0, 0, 0, loc)
	fmt.Println(dateline.New(evening).Hebrew)
	fmt.Println(dateline.New(evening, dateline.Sunset(newYork)).Hebrew)
	// Output:
	// 3 Tishrei 5783
	// 4 Tishrei 5783
}

func ExampleDateline_Format() {
	d := dateline.New(time.Date(2022, time.September, 28, 10, 39, 0, 0, time.UTC))
	fmt.Println(d.Format(format.Published))
	fmt.Println(d.Format(format.HebrewScript))
	fmt.Println(d.Format("Mon, 02 Jan 2006 · Teves 2, 5766"))
	// Output:
	// September 28, 2022 10:39 am
	// ג׳ תשרי תשפ״ג
	// Wed, 28 Sep 2022 · Tishrei 3, 5783
}

func ExampleParse() {
	d, err := dateline.Parse("Saturday, March 2nd | 22 Adar I 5784")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Time.Format("2006-01-02"), d.Hebrew)
	// Output:
	// 2024-03-02 22 Adar I 5784
}

func ExampleParse_error() {
	_, err := dateline.Parse("Friday, March 2nd | 22 Adar I 5784")
	fmt.Println(errors.Is(err, dateline.ErrWeekday))
	fmt.Println(err)
	// Output:
	// true
	// dateline: parsing "Friday, March 2nd | 22 Adar I 5784": weekday: March 2, 2024 is a Saturday, not a Friday
}

func ExampleCheck() {
	rep := dateline.Check("Monday, January 2, 2006 | 3 Tevet 5766")
	fmt.Println(rep.OK())
	for _, p := range rep.Problems {
		fmt.Printf("%s %s at %d-%d: %s\n", p.Severity, p.Code, p.Start, p.End, p.Message)
	}
	// Output:
	// true
	// warning after-sunset at 26-38: 3 Tevet 5766 is January 3, 2006; the Hebrew date is a day ahead, as sites print it from sunset on January 2
}

func ExampleFind() {
	page := "Posted by the editors on September 28, 2022 10:39 am. Today is Wednesday, October 19, 2022 | 24 Tishrei 5783."
	for _, m := range dateline.Find(page) {
		fmt.Printf("%q ok=%v %s\n", page[m.Start:m.End], m.OK(), m.Dateline.Hebrew)
	}
	// Output:
	// "September 28, 2022 10:39 am" ok=true 3 Tishrei 5783
	// "Wednesday, October 19, 2022 | 24 Tishrei 5783" ok=true 24 Tishrei 5783
}

func ExampleLayoutOf() {
	l, err := dateline.LayoutOf("Fri, 26 April 2024 18 Nisan 5784")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l)
	d := dateline.New(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	fmt.Println(l.Format(d.Time, d.Hebrew))
	// Output:
	// Mon, 2 January 2006 2 Tevet 5766
	// Sat, 2 March 2024 22 Adar I 5784
}

func ExampleCheck_julian() {
	// The text says its date is Julian: the Gregorian day is the
	// proleptic one, December 27, 1812.
	rep := dateline.Check("December 15, 1812 O.S. / 24 Tevet 5573")
	fmt.Println(rep.Dateline.Time.Format("2006-01-02"), rep.Dateline.Hebrew, rep.OK())
	// A date before 1582 that agrees only as a Julian date is read as one,
	// and said so.
	rep = dateline.Check("July 31, 1492 | 7 Av 5252")
	fmt.Println(rep.Dateline.Time.Format("2006-01-02"), rep.Problems[0].Severity, rep.Problems[0].Code)
	// A layout by example writes the Julian date with its marker.
	d := dateline.New(time.Date(2024, time.March, 24, 0, 0, 0, 0, time.UTC))
	fmt.Println(d.Format("December 15, 1812 O.S. / 24 Tevet 5573"))
	// Output:
	// 1812-12-27 24 Tevet 5573 true
	// 1492-08-09 warning julian
	// March 11, 2024 O.S. / 14 Adar II 5784
}

func ExampleCompileIn() {
	// Swedish's and Dutch's published layout is one string, whose
	// names Compile cannot tell apart.
	const published = "2 januari 2006, 15:04"
	_, err := dateline.Compile(published)
	fmt.Println(errors.Is(err, dateline.ErrAmbiguous))
	d := dateline.New(time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC))
	for _, code := range []string{"sv", "nl"} {
		lang, _ := format.LookupLang(code)
		l, err := dateline.CompileIn(published, lang)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(l.Format(d.Time, d.Hebrew), "|", d.Format(published, dateline.LayoutLang(lang)))
	}
	// Output:
	// true
	// 2 mars 2024, 10:39 | 2 mars 2024, 10:39
	// 2 maart 2024, 10:39 | 2 maart 2024, 10:39
}
