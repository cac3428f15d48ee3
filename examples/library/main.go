// Command library is the README's tour of the dateline package: today's
// masthead of a site in its city, a check, a sunset rule and the times of
// the day, and the datelines of a page.
package main

import (
	"fmt"
	"log"
	"os"
	"time"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

func main() {
	// A masthead: the day of the site's city, wherever the server runs
	// (the Sunset place's zone), its Hebrew date from sunset on there.
	jerusalem, err := dateline.City("Jerusalem") // the error names the closest cities
	if err != nil {
		log.Fatal(err)
	}
	now := time.Date(2024, 3, 1, 22, 30, 0, 0, time.UTC) // time.Now() on a site
	fmt.Println(dateline.New(now, dateline.Sunset(jerusalem)).Format(format.Header))

	// A check: every problem, with its code.
	rep := dateline.Check("Friday, March 2nd | 22 Adar I 5784")
	for _, p := range rep.Problems {
		fmt.Println(p.Code, p.Message)
	}

	// After sunset in New York the Hebrew date is the next day's; a layout
	// can print the day's times there.
	newYork, err := dateline.City("New York")
	if err != nil {
		log.Fatal(err)
	}
	d, err := dateline.Parse("March 1, 2024 8:00 pm", dateline.Sunset(newYork))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d.Hebrew)
	fmt.Println(d.Format("Monday, January 2, 2006 | Candle lighting 3:04 pm", dateline.Sunset(newYork)))
	times := d.Times(newYork)
	fmt.Println(times.Sunset.Format(time.Kitchen))

	// The datelines of a page, each checked, with its offset in the page's
	// bytes.
	page, err := os.ReadFile("examples/page.html")
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range dateline.FindHTML(string(page)) {
		fmt.Println(m.Start, m.Dateline, m.OK())
	}
}
