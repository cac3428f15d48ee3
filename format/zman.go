package format

import (
	"time"

	"github.com/dualdate/dualdate/internal/layout"
)

// A Zman is a time of the day that a layout writes other than the
// dateline's own: a clock written by example with the reference time, 3:04
// pm, after a label ("Candle lighting 3:04 pm", "Sunset 15:04", "Havdalah
// 3:04 pm").
type Zman uint8

// The times of the day.
const (
	NoZman         Zman = iota // the dateline's own time of day
	Sunset                     // the day's sunset
	CandleLighting             // candle lighting on the eve of Shabbat or a festival
	Havdalah                   // havdalah, when Shabbat or a festival ends
)

// String returns the time's name in lower case ("candle lighting").
func (z Zman) String() string { return layout.Zman(z).String() }

// Zmanim are the times of a day at a place that a layout's clocks of a
// [Zman] write, indexed by Zman: z[Sunset] is the day's sunset, in the
// place's time zone. A zero time is one the day does not have there (no
// candle lighting on a Monday).
type Zmanim [4]time.Time
