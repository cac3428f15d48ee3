package dateline_test

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// In gives the zone of text that names none.
func ExampleIn() {
	newYork, _ := time.LoadLocation("America/New_York")
	d, _ := dateline.Parse("March 2, 2024 8:00 pm", dateline.In(newYork))
	fmt.Println(d.Time)
	d, _ = dateline.Parse("March 2, 2024 8:00 pm UTC", dateline.In(newYork))
	fmt.Println(d.Time)
	// Output:
	// 2024-03-02 20:00:00 -0500 EST
	// 2024-03-02 20:00:00 +0000 UTC
}

// Reference is "now" for text that names no year: the most recent year,
// up to six months after it, that fits; with nothing to fit, the nearest.
func ExampleReference() {
	now := time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"March 1", "Friday, March 1", "September 1"} {
		d, _ := dateline.Parse(s, dateline.Reference(now))
		fmt.Println(s, "=>", d.Time.Format("2006-01-02"))
	}
	// Output:
	// March 1 => 2024-03-01
	// Friday, March 1 => 2024-03-01
	// September 1 => 2024-09-01
}

// Sunset starts the Hebrew day at sunset in a city, and reads text that
// names no zone in the city's.
func ExampleSunset() {
	newYork, err := dateline.City("New York")
	if err != nil {
		fmt.Println(err)
		return
	}
	d, _ := dateline.Parse("March 2, 2024 8:00 pm", dateline.Sunset(newYork))
	fmt.Println(d.Time, "|", d.Hebrew)
	rep := dateline.Check("March 2, 2024 8:00 pm | 22 Adar I 5784", dateline.Sunset(newYork))
	for _, p := range rep.Problems {
		fmt.Println(p.Severity, p.Code+":", p.Message)
	}
	// A nil location is an error, not a midnight rule.
	_, err = dateline.Parse("March 2, 2024", dateline.Sunset(nil))
	fmt.Println(errors.Is(err, dateline.ErrOption))
	// Output:
	// 2024-03-02 20:00:00 -0500 EST | 23 Adar I 5784
	// warning after-sunset: 8:00 pm is after sunset (5:48 pm) in New York, when 23 Adar I 5784 has begun, but the dateline still gives 22 Adar I 5784
	// true
}

// Nightfall starts the Hebrew day when the stars come out, later than
// sunset.
func ExampleNightfall() {
	newYork, _ := dateline.City("New York")
	at, _ := time.Parse(time.RFC3339, "2024-03-02T18:10:00-05:00") // after sunset, before nightfall
	fmt.Println(dateline.New(at).Hebrew)
	fmt.Println(dateline.New(at, dateline.Sunset(newYork)).Hebrew)
	fmt.Println(dateline.New(at, dateline.Nightfall(newYork)).Hebrew)
	// Output:
	// 22 Adar I 5784
	// 23 Adar I 5784
	// 22 Adar I 5784
}

// MonthFirst reads numeric dates as US sites write them.
func ExampleMonthFirst() {
	d, _ := dateline.Parse("03/02/2024", dateline.MonthFirst())
	fmt.Println(d.Time.Format("January 2, 2006"))
	// Output:
	// March 2, 2024
}

// DayFirst reads numeric dates as Israeli and European sites write them.
func ExampleDayFirst() {
	d, _ := dateline.Parse("03/02/2024", dateline.DayFirst())
	fmt.Println(d.Time.Format("January 2, 2006"))
	// Output:
	// February 3, 2024
}

// Israel follows Israel's schedule of holidays and readings.
func ExampleIsrael() {
	d, _ := dateline.Parse("Saturday, April 23, 2022")
	fmt.Println(d.Occasions())
	fmt.Println(d.Occasions(dateline.Israel()))
	// Output:
	// [Pesach VIII]
	// [Achrei Mot]
}

// Diaspora checks a holiday in the Diaspora's schedule only: without
// Israel or Diaspora, Check accepts either.
func ExampleDiaspora() {
	const s = "Pesach VIII, April 23, 2022"
	fmt.Println(dateline.Check(s).OK())
	fmt.Println(dateline.Check(s, dateline.Diaspora()).OK())
	fmt.Println(dateline.Check(s, dateline.Israel()).OK())
	// Output:
	// true
	// true
	// false
}

// WithOccasions adds the day's occasions, weekly portion and Omer count
// to the JSON object.
func ExampleWithOccasions() {
	d, _ := dateline.Parse("May 26, 2024")
	fmt.Println(string(d.AppendJSON(nil, dateline.WithOccasions())))
	// Output:
	// {"gregorian":"2024-05-26","weekday":"Sunday","hebrew":"18 Iyyar 5784","hebrew_year":5784,"hebrew_month":2,"hebrew_month_name":"Iyyar","hebrew_day":18,"leap_year":true,"hebrew_script":"י״ח אייר תשפ״ד","occasions":["Lag BaOmer"],"parsha":"Bechukotai","omer":33}
}

// Names names the occasions of the JSON object in a family's locale.
func ExampleNames() {
	d, _ := dateline.Parse("March 24, 2024")
	b := d.AppendJSON(nil, dateline.WithOccasions(), dateline.Names(hebrew.Hebrew))
	fmt.Println(string(b[bytes.Index(b, []byte(`"occasions"`)):]))
	// Output:
	// "occasions":["פורים"],"parsha":"צו"}
}

func ExampleDateline_Occasions() {
	d, _ := dateline.Parse("Saturday, March 9, 2024")
	for _, o := range d.Occasions() {
		fmt.Printf("%s: %s (%s)\n", o.Kind, o, o.Name(hebrew.Hebrew))
	}
	// Output:
	// shabbat mevarchim: Shabbat Mevarchim Chodesh Adar II (שבת מברכים חודש אדר ב׳)
	// special shabbat: Shabbat Shekalim (שבת שקלים)
	// portion: Vayakhel (ויקהל)
}

func ExampleDateline_AppendJSON() {
	jerusalem, _ := dateline.City("Jerusalem")
	d, _ := dateline.Parse("Friday, March 1, 2024")
	fmt.Println(string(d.AppendJSON(nil)))
	fmt.Println(string(d.AppendJSON(nil, dateline.Sunset(jerusalem))))
	// Output:
	// {"gregorian":"2024-03-01","weekday":"Friday","hebrew":"21 Adar I 5784","hebrew_year":5784,"hebrew_month":12,"hebrew_month_name":"Adar I","hebrew_day":21,"leap_year":true,"hebrew_script":"כ״א אדר א׳ תשפ״ד"}
	// {"gregorian":"2024-03-01","weekday":"Friday","hebrew":"21 Adar I 5784","hebrew_year":5784,"hebrew_month":12,"hebrew_month_name":"Adar I","hebrew_day":21,"leap_year":true,"hebrew_script":"כ״א אדר א׳ תשפ״ד","sunset":"2024-03-01T17:36:58+02:00","candle_lighting":"2024-03-01T16:56:00+02:00"}
}

func ExampleDateline_Times() {
	newYork, _ := dateline.City("New York")
	for _, s := range []string{"March 1, 2024", "March 2, 2024", "Passover 2024"} {
		d, _ := dateline.Parse(s)
		t := d.Times(newYork)
		fmt.Printf("%s: sunset %s", s, t.Sunset.Format("3:04 pm"))
		if !t.CandleLighting.IsZero() {
			fmt.Printf(", candle lighting %s", t.CandleLighting.Format("3:04 pm"))
		}
		if !t.Havdalah.IsZero() {
			fmt.Printf(", havdalah %s", t.Havdalah.Format("3:04 pm"))
		}
		fmt.Println()
	}
	// Output:
	// March 1, 2024: sunset 5:47 pm, candle lighting 5:29 pm
	// March 2, 2024: sunset 5:48 pm, havdalah 6:29 pm
	// Passover 2024: sunset 7:43 pm, candle lighting 8:27 pm
}

// A masthead with the day's times: the layout is written for the
// reference day, with the reference time after each label. Without a
// location, Format refuses the layout rather than write a wrong time.
func ExampleDateline_Format_candleLighting() {
	newYork, _ := dateline.City("New York")
	const masthead = "Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm | Havdalah 3:04 pm"
	for _, s := range []string{"March 1, 2024", "March 2, 2024", "March 4, 2024"} {
		d, _ := dateline.Parse(s)
		fmt.Println(d.Format(masthead, dateline.Sunset(newYork)))
	}
	d, _ := dateline.Parse("Lag BaOmer 5784")
	fmt.Println(d.Format("Monday, January 2, 2006 | Omer: day 2"))
	fmt.Println(d.Format(masthead))
	// Output:
	// Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm
	// Saturday, March 2, 2024 | 22 Adar I 5784 | Havdalah 6:29 pm
	// Monday, March 4, 2024 | 24 Adar I 5784
	// Sunday, May 26, 2024 | Omer: day 33
	// %!Format(dateline: the layout writes candle lighting and havdalah at a place: give the Sunset or Nightfall option (dateline.City finds one by name): invalid option)
}

// Check reads the times a masthead prints, and with a location checks
// them.
func ExampleCheck_candleLighting() {
	newYork, _ := dateline.City("New York")
	const s = "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm"
	fmt.Println(dateline.Check(s).OK(), dateline.Check(s).Problems)
	for _, p := range dateline.Check(s, dateline.Sunset(newYork)).Problems {
		fmt.Printf("%s %s: %s\n", p.Severity, p.Code, p.Message)
	}
	_, err := dateline.Parse("Friday, March 1, 2024 | Omer: day 12")
	fmt.Println(errors.Is(err, dateline.ErrOmer), err)
	// Output:
	// true []
	// warning zman: candle lighting in New York on March 1, 2024 is at 5:29 pm, not 5:26 pm
	// true dateline: parsing "Friday, March 1, 2024 | Omer: day 12": omer: 21 Adar I 5784 is not in the Omer's season, 16 Nisan to 5 Sivan
}

func ExampleDateline_Omer() {
	for _, s := range []string{"16 Nisan 5784", "Lag BaOmer 5784", "Shavuot 5784"} {
		d, _ := dateline.Parse(s)
		fmt.Println(s, d.Omer())
	}
	// Output:
	// 16 Nisan 5784 1
	// Lag BaOmer 5784 33
	// Shavuot 5784 0
}

func ExampleReport_MarshalJSON() {
	rep := dateline.Check("Friday, March 2nd | 22 Adar I 5784")
	b, _ := rep.MarshalJSON()
	fmt.Println(string(b))
	// Output:
	// {"input":"Friday, March 2nd | 22 Adar I 5784","ok":false,"dateline":{"gregorian":"2024-03-02","weekday":"Saturday","hebrew":"22 Adar I 5784","hebrew_year":5784,"hebrew_month":12,"hebrew_month_name":"Adar I","hebrew_day":22,"leap_year":true,"hebrew_script":"כ״ב אדר א׳ תשפ״ד"},"layout":"Monday, January 2nd | 2 Tevet 5766","problems":[{"code":"weekday","severity":"error","start":0,"end":6,"message":"March 2, 2024 is a Saturday, not a Friday"}]}
}

// Find reads each match in the zone In gives, unless the match names its
// own: here a byline's update, which is the publication's match
// (Report.Updated).
func ExampleFind_in() {
	jerusalem, _ := time.LoadLocation("Asia/Jerusalem")
	page := "Posted March 1, 2024 4:15 pm, updated March 1, 2024 9:00 pm EST."
	for _, m := range dateline.Find(page, dateline.In(jerusalem)) {
		fmt.Println(m.Input)
		fmt.Println("published", m.Dateline.Time.UTC().Format(time.RFC3339))
		fmt.Println("updated", m.Updated.Time.UTC().Format(time.RFC3339))
	}
	// Output:
	// March 1, 2024 4:15 pm, updated March 1, 2024 9:00 pm EST
	// published 2024-03-01T14:15:00Z
	// updated 2024-03-02T02:00:00Z
}

// FindHTML reads a page as scraped, and gives offsets in its bytes.
func ExampleFindHTML() {
	page := `<p class="date">Saturday, March 2<sup>nd</sup>&nbsp;&#124; 22 Adar I 5784</p>`
	for _, m := range dateline.FindHTML(page) {
		fmt.Printf("%d-%d %q\n%s\n", m.Start, m.End, m.Input, page[m.Start:m.End])
	}
	// Output:
	// 16-73 "Saturday, March 2nd | 22 Adar I 5784"
	// Saturday, March 2<sup>nd</sup>&nbsp;&#124; 22 Adar I 5784
}

// The error of text that could not be read says where: errors.As finds
// the *parse.Error with the byte offset and what was expected there.
func ExampleParse_offset() {
	_, err := dateline.Parse("Saturday, Smarch 2nd | 22 Adar I 5784")
	var pe *parse.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Offset, pe.Expected, pe.Found)
	}
	var problem *dateline.ProblemError
	if errors.As(err, &problem) {
		fmt.Println(problem.Problem.Code, problem.Problem.Start, problem.Problem.End)
	}
	fmt.Println(errors.Is(err, dateline.ErrSyntax))
	// Output:
	// 10 a date Smarch
	// syntax 10 16
	// true
}

func ExampleCity() {
	c, err := dateline.City("tel-aviv")
	fmt.Println(c.Name, c.TimeZoneId, err)
	_, err = dateline.City("Jeruslem")
	fmt.Println(err)
	var ce *dateline.CityError
	if errors.As(err, &ce) {
		fmt.Println(ce.Closest)
	}
	// Output:
	// Tel Aviv Asia/Jerusalem <nil>
	// dateline: unknown city "Jeruslem"; did you mean Jerusalem?
	// [Jerusalem]
}
