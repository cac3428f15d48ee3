package layout_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// The times of a masthead, written by example: a label and the reference
// time (3:04 pm, 15:04) for a Zman, the reference day's 2 for the Omer.
const (
	mastheadCandles = "Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm"
	mastheadSunset  = "Monday, January 2, 2006 | Sunset 15:04 | Havdalah 3:04 pm"
	mastheadOmer    = "Monday, January 2, 2006 | 2 Tevet 5766 | Omer: day 2"
)

func TestZmanString(t *testing.T) {
	for z, want := range map[layout.Zman]string{
		layout.NoZman: "time of day", layout.Sunset: "sunset", layout.CandleLighting: "candle lighting",
		layout.Havdalah: "havdalah", layout.Zman(9): "%!Zman(9)",
	} {
		assert.Equal(t, want, z.String())
	}
}

// TestZmanim: the clock of a Zman writes the time it is given, in that
// time's zone; a time the day does not have is left out with its label,
// and the Omer outside its season with its own.
func TestZmanim(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	at := func(h, m int) time.Time { return time.Date(2024, time.March, 1, h, m, 49, 0, ny) }
	friday, _ := time.Parse("2006-01-02", "2024-03-01")
	fridayH := hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 21}
	may1, _ := time.Parse("2006-01-02", "2024-05-01")
	may1H := hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 23}
	tests := []struct {
		name, layout string
		t            time.Time
		h            hebrew.Date
		z            layout.Zmanim
		want         string
	}{
		{"candle lighting", mastheadCandles, friday, fridayH,
			layout.Zmanim{layout.CandleLighting: at(17, 29)},
			"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm"},
		{"no candle lighting: nor its label", mastheadCandles, friday, fridayH,
			layout.Zmanim{layout.Sunset: at(17, 47)},
			"Friday, March 1, 2024 | 21 Adar I 5784"},
		{"sunset in 24 hours, no havdalah", mastheadSunset, friday, fridayH,
			layout.Zmanim{layout.Sunset: at(17, 47)},
			"Friday, March 1, 2024 | Sunset 17:47"},
		{"sunset and havdalah", mastheadSunset, friday, fridayH,
			layout.Zmanim{layout.Sunset: at(17, 47), layout.Havdalah: at(18, 29)},
			"Friday, March 1, 2024 | Sunset 17:47 | Havdalah 6:29 pm"},
		{"havdalah without sunset", mastheadSunset, friday, fridayH,
			layout.Zmanim{layout.Havdalah: at(18, 29)},
			"Friday, March 1, 2024 | Havdalah 6:29 pm"},
		{"no sunset: nor the letter glued to its clock", "Jan 2 Sunset 15.4H | 2 Tevet", friday, fridayH,
			layout.Zmanim{}, "Mar 1 | 21 Adar I"},
		{"sunset with the letter glued to its clock", "Jan 2 Sunset 15.4H | 2 Tevet", friday, fridayH,
			layout.Zmanim{layout.Sunset: at(17, 47)}, "Mar 1 Sunset 17.47H | 21 Adar I"},
		{"the dateline's own clock and a zman", "January 2, 2006 3:04 pm | Candle lighting 3:04 pm", at(10, 39), fridayH,
			layout.Zmanim{layout.CandleLighting: at(17, 29)},
			"March 1, 2024 10:39 am | Candle lighting 5:29 pm"},
		{"seconds and zone", "January 2, sunset: 15:04:05 MST", friday, fridayH,
			layout.Zmanim{layout.Sunset: at(17, 47)},
			"March 1, sunset: 17:47:49 EST"},
		{"Hebrew script", "יום ב׳, ב׳ טבת תשס״ו | הדלקת נרות 15:04", friday, fridayH,
			layout.Zmanim{layout.CandleLighting: at(17, 29)},
			"יום ו׳, כ״א אדר א׳ תשפ״ד | הדלקת נרות 17:29"},
		{"omer", mastheadOmer, may1, may1H, layout.Zmanim{}, "Wednesday, May 1, 2024 | 23 Nisan 5784 | Omer: day 8"},
		{"omer out of season", mastheadOmer, friday, fridayH, layout.Zmanim{}, "Friday, March 1, 2024 | 21 Adar I 5784"},
		{"omer ordinal", "2 Tevet 5766, Omer 2nd", may1, may1H, layout.Zmanim{}, "23 Nisan 5784, Omer 8th"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := parse.Compile(tc.layout)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(l.AppendFormatZmanim(nil, tc.t, tc.h, &tc.z)))
			assert.Equal(t, tc.layout, l.String(), "the layout writes itself for the reference day")
		})
	}
}

// TestZmanimLeftOut: AppendFormat, given no times, leaves every Zman out
// as on a day without it, and HasZman tells a caller that the layout
// needs them.
func TestZmanimLeftOut(t *testing.T) {
	l, err := parse.Compile(mastheadSunset)
	require.NoError(t, err)
	ref, h := layout.Reference()
	assert.Equal(t, "Monday, January 2, 2006", l.Format(ref, h))
	assert.True(t, l.HasZman(layout.NoZman))
	assert.True(t, l.HasZman(layout.Sunset))
	assert.True(t, l.HasZman(layout.Havdalah))
	assert.False(t, l.HasZman(layout.CandleLighting))
	plain, err := parse.Compile(layout.Published)
	require.NoError(t, err)
	assert.False(t, plain.HasZman(layout.NoZman))
}

// TestZmanimElements: a layout built from elements writes a Zman's clock
// beside the dateline's own.
func TestZmanimElements(t *testing.T) {
	l := layout.New(
		layout.Element{Kind: layout.Hour, Form: layout.Hour24Pad}, layout.Lit(":"), layout.Element{Kind: layout.Minute, Form: layout.Padded},
		layout.Lit(", sunset "),
		layout.Element{Kind: layout.Hour, Form: layout.Hour24Pad, Zman: layout.Sunset}, layout.Lit(":"),
		layout.Element{Kind: layout.Minute, Form: layout.Padded, Zman: layout.Sunset},
	)
	now := time.Date(2024, time.March, 1, 9, 5, 0, 0, time.UTC)
	z := layout.Zmanim{layout.Sunset: time.Date(2024, time.March, 1, 17, 47, 0, 0, time.UTC)}
	assert.Equal(t, "09:05, sunset 17:47", string(l.AppendFormatZmanim(nil, now, hebrew.Date{}, &z)))
	assert.Equal(t, "09:05", l.Format(now, hebrew.Date{}))
	assert.Equal(t, "15:04, sunset 15:04", l.String())
}

func TestZmanimAllocs(t *testing.T) {
	l, err := parse.Compile(mastheadCandles + " | Omer: day 2")
	require.NoError(t, err)
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	d := time.Date(2024, time.April, 26, 0, 0, 0, 0, ny)
	z := layout.Zmanim{layout.CandleLighting: time.Date(2024, time.April, 26, 19, 30, 0, 0, ny)}
	h := hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 18}
	buf := make([]byte, 0, 128)
	assert.Equal(t, "Friday, April 26, 2024 | 18 Nisan 5784 | Candle lighting 7:30 pm | Omer: day 3", string(l.AppendFormatZmanim(buf, d, h, &z)))
	assert.Zero(t, testing.AllocsPerRun(100, func() { buf = l.AppendFormatZmanim(buf[:0], d, h, &z) }))
}
