package hebrew_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/dualdate/dualdate/hebrew"
)

func ExampleNewDate() {
	d, err := hebrew.NewDate(5784, hebrew.AdarI, 22)
	if err != nil {
		panic(err)
	}
	fmt.Println(d)
	fmt.Println(d.Gregorian())
	fmt.Println(d.Weekday())
	// Output:
	// 22 Adar I 5784
	// 2024 March 2
	// Saturday
}

func ExampleNewDate_error() {
	// 5784 is a short year: Cheshvan has 29 days.
	_, err := hebrew.NewDate(5784, hebrew.Cheshvan, 30)
	fmt.Println(errors.Is(err, hebrew.ErrNoSuchDay))
	var de *hebrew.DateError
	if errors.As(err, &de) {
		fmt.Println(de.Field, de.Value, de.Limit)
	}
	// Output:
	// true
	// day 30 29
}

func ExampleFromGregorian() {
	// Go's reference day.
	d, err := hebrew.FromGregorian(2006, time.January, 2)
	if err != nil {
		panic(err)
	}
	fmt.Println(d)
	// The proleptic Gregorian calendar, as in package time, before 1752 too:
	// the day the Julian calendar called October 3, 1492.
	d, _ = hebrew.FromGregorian(1492, time.October, 12)
	fmt.Println(d)
	// Output:
	// 2 Tevet 5766
	// 12 Tishrei 5253
}

func ExampleDateOf() {
	t := time.Date(2024, time.March, 2, 23, 30, 0, 0, time.UTC)
	fmt.Println(hebrew.DateOf(t))
	// The same instant is already March 3 in Jerusalem.
	fmt.Println(hebrew.DateOf(t.In(time.FixedZone("IST", 2*60*60))))
	// Output:
	// 22 Adar I 5784
	// 23 Adar I 5784
}

func ExampleDate_Gregorian() {
	roshHashanah := hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}
	y, m, d := roshHashanah.Gregorian()
	fmt.Println(y, m, d)
	// Output:
	// 2024 October 3
}

func ExampleDate_String() {
	fmt.Println(hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 14})
	fmt.Println(hebrew.Date{Year: 5783, Month: hebrew.Adar, Day: 14})
	fmt.Printf("%q\n", hebrew.Date{})
	// Output:
	// 14 Adar II 5784
	// 14 Adar 5783
	// ""
}

func ExampleMatchMonth() {
	for _, s := range []string{"Adar Sheini 5784", "Teves", "בשבט", "Adar 1, 5784", "Chicken"} {
		name, ok := hebrew.MatchMonth(s)
		if !ok {
			fmt.Printf("%s: not a month\n", s)
			continue
		}
		fmt.Printf("%s: %v (%v), qualified %v, %d bytes\n", s, name.Month, name.Spelling.Family, name.Qualified, name.Len)
	}
	// Output:
	// Adar Sheini 5784: Adar II (Hebcal), qualified true, 11 bytes
	// Teves: Tevet (Ashkenazi), qualified false, 5 bytes
	// בשבט: Shevat (Hebrew), qualified false, 8 bytes
	// Adar 1, 5784: Adar (Hebcal), qualified true, 6 bytes
	// Chicken: not a month
}

func ExampleAppendMonth() {
	b := []byte("22 ")
	b = hebrew.AppendMonth(b, hebrew.AdarI, true, hebrew.Spelling{Family: hebrew.Ashkenazi})
	fmt.Println(string(b))
	// Output:
	// 22 Adar Rishon
}

func ExampleSpelling_Name() {
	sp := hebrew.Spelling{Family: hebrew.Hebrew, Prefix: true}
	fmt.Println(sp.Name(hebrew.AdarII, true))
	fmt.Println(sp.Name(hebrew.Adar, false))
	// A spelling read from a layout keeps the word it saw.
	name, _ := hebrew.MatchMonth("Tamuz")
	fmt.Println(name.Spelling.Name(hebrew.Tammuz, false), name.Spelling.Name(hebrew.Shevat, false))
	// Output:
	// באדר ב׳
	// באדר
	// Tamuz Shevat
}

func ExampleAppendNumeral() {
	fmt.Println(string(hebrew.AppendNumeral(nil, 22, 0)))
	fmt.Println(string(hebrew.AppendNumeral(nil, 15, 0)))
	fmt.Println(string(hebrew.AppendNumeral(nil, 5784, 0)))
	fmt.Println(string(hebrew.AppendNumeral(nil, 5784, hebrew.OmitThousands)))
	fmt.Println(string(hebrew.AppendNumeral(nil, 5784, hebrew.OmitThousands|hebrew.ASCII)))
	// Output:
	// כ״ב
	// ט״ו
	// ה׳תשפ״ד
	// תשפ״ד
	// תשפ"ד
}

func ExampleParseNumeral() {
	for _, s := range []string{"כ״ב", `כ"ב`, "ה׳תשפ״ד", "תשפ״ד", "x"} {
		n, err := hebrew.ParseNumeral(s)
		fmt.Println(n, errors.Is(err, hebrew.ErrSyntax))
	}
	// Output:
	// 22 false
	// 22 false
	// 5784 false
	// 784 false
	// 0 true
}
