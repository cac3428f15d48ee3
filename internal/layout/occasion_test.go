package layout_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

func TestOccasionElements(t *testing.T) {
	purim := time.Date(2024, time.March, 24, 0, 0, 0, 0, time.UTC)
	purimH := hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 14}
	shekalim := time.Date(2024, time.March, 9, 0, 0, 0, 0, time.UTC)
	shekalimH := hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 29}
	plain := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	plainH := hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 21}
	yomKippur := time.Date(2024, time.October, 12, 0, 0, 0, 0, time.UTC)
	yomKippurH := hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 10}
	tests := []struct {
		layout string
		t      time.Time
		h      hebrew.Date
		want   string
	}{
		// The reference day is the eighth day of Chanukah, in the week of
		// Vayigash.
		{"Monday, January 2nd | 2 Tevet 5766 | Chanukah: 8th Day", purim, purimH, "Sunday, March 24th | 14 Adar II 5784 | Purim"},
		{"Monday, January 2nd | 2 Tevet 5766 | Chanukah: 8th Day", shekalim, shekalimH, "Saturday, March 9th | 29 Adar I 5784 | Shabbat Mevarchim Chodesh Adar II, Shabbat Shekalim"},
		// A day without an occasion leaves out the text before it too.
		{"Monday, January 2nd | 2 Tevet 5766 | Chanukah: 8th Day", plain, plainH, "Friday, March 1st | 21 Adar I 5784"},
		{"Monday, January 2nd | 2 Tevet 5766 | Parashat Vayigash", plain, plainH, "Friday, March 1st | 21 Adar I 5784 | Parashat Ki Tisa"},
		{"Monday, January 2nd | 2 Tevet 5766 | Parashat Vayigash", yomKippur, yomKippurH, "Saturday, October 12th | 10 Tishrei 5785"},
		{"Monday | CHANUKAH: 8TH DAY", purim, purimH, "Sunday | PURIM"},
		// Rosh Chodesh is a way of writing the Hebrew day (see
		// TestRoshChodesh); here it picks the Ashkenazi month names.
		{"Parshas Vayigash · Rosh Chodesh Teves", plain, plainH, "Parshas Ki Tisa · 21 Adar Rishon"},
		{"יום שני | חנוכה: יום ח׳ | פרשת ויגש", purim, purimH, "יום ראשון | פורים | פרשת צו"},
		// After a day written as Rosh Chodesh, the day's other occasions.
		{"Rosh Chodesh Teves, Chanukah: 8th Day 5766", time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC),
			hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 30}, "Rosh Chodesh Teves, Chag HaBanot, Chanukah: 7 Candles 5785"},
		{"Rosh Chodesh Teves, Chanukah: 8th Day 5766", time.Date(2025, time.January, 2, 0, 0, 0, 0, time.UTC),
			hebrew.Date{Year: 5785, Month: hebrew.Tevet, Day: 2}, "2 Teves, Chanukah: 8th Day 5785"},
	}
	for _, tc := range tests {
		t.Run(tc.layout, func(t *testing.T) {
			assert.Equal(t, tc.want, parse.Layout(tc.layout).Format(tc.t, tc.h))
		})
	}
}

func TestOccasionSchedules(t *testing.T) {
	// 22 Nisan 5782, a Shabbat, is the eighth day of Pesach in the
	// Diaspora, with its holiday reading; in Israel Pesach is over, and
	// Achrei Mot is read, a week ahead of the Diaspora until they meet.
	day := time.Date(2022, time.April, 23, 0, 0, 0, 0, time.UTC)
	h := hebrew.Date{Year: 5782, Month: hebrew.Nisan, Day: 22}
	l := parse.Layout("2 Tevet 5766 | Chanukah: 8th Day | Parashat Vayigash")
	assert.Equal(t, "22 Nisan 5782 | Pesach VIII", l.Format(day, h))
	assert.Equal(t, "22 Nisan 5782 | Parashat Achrei Mot", l.InIsrael().Format(day, h))
	next, nextH := day.AddDate(0, 0, 7), h.AddDays(7)
	assert.Equal(t, "29 Nisan 5782 | Shabbat Mevarchim Chodesh Iyyar | Parashat Achrei Mot", l.Format(next, nextH))
	assert.Equal(t, "29 Nisan 5782 | Shabbat Mevarchim Chodesh Iyyar | Parashat Kedoshim", l.InIsrael().Format(next, nextH))
	assert.Equal(t, occasion.Israel, l.InIsrael().At(l.Len()-1).Schedule)
	assert.Equal(t, occasion.Diaspora, l.At(l.Len()-1).Schedule, "InIsrael copies")
}

func TestOccasionAllocs(t *testing.T) {
	l := parse.Layout("Monday, January 2nd | 2 Tevet 5766 | Chanukah: 8th Day | Parashat Vayigash")
	tm, h := time.Date(2024, time.March, 9, 0, 0, 0, 0, time.UTC), hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 29}
	buf := make([]byte, 0, 256)
	buf = l.AppendFormat(buf[:0], tm, h) // the year's occasions are computed once
	assert.Zero(t, testing.AllocsPerRun(100, func() { buf = l.AppendFormat(buf[:0], tm, h) }))
}

// TestZeroHebrewDate: without a Hebrew date (a day outside the Hebrew
// calendar's range), the Hebrew elements are left out with the text on
// either side of them.
func TestZeroHebrewDate(t *testing.T) {
	day := time.Date(6240, time.January, 1, 0, 0, 0, 0, time.UTC)
	for layout, want := range map[string]string{
		"Monday, January 2, 2006 | 2 Tevet 5766":             "Wednesday, January 1, 6240",
		"2 Tevet 5766 | Monday, January 2, 2006":             "Wednesday, January 1, 6240",
		"ב׳ בטבת תשס״ו (2.1.2006)":                           "(1.1.6240)",
		"January 2, 2006 | 2 Tevet 5766 | Chanukah: 8th Day": "January 1, 6240",
		"Monday, January 2, 2006 (2 Tevet 5766)":             "Wednesday, January 1, 6240",
		"Posted: 2 Tevet 5766":                               "Posted",
	} {
		assert.Equal(t, want, parse.Layout(layout).Format(day, hebrew.Date{}), layout)
	}
}

// TestEveOccasion: an Erev names the occasion that begins the next day,
// as a whole (Erev Pesach, Erev Chanukah), and nothing where none begins:
// it wrote the next day's first name whatever it was ("Erev Pesach II",
// "Erev Erev Pesach", "Erev Chanukah: 2 Candles").
func TestEveOccasion(t *testing.T) {
	tests := []struct {
		next hebrew.Date // the day after the eve
		f    hebrew.Family
		want string // "" for none
	}{
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}, hebrew.Hebcal, "Pesach"},
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 16}, hebrew.Hebcal, ""}, // Pesach II
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 14}, hebrew.Hebcal, ""}, // Erev Pesach itself
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 17}, hebrew.Hebcal, ""}, // Chol HaMoed
		{hebrew.Date{Year: 5778, Month: hebrew.Kislev, Day: 25}, hebrew.Hebcal, "Chanukah"},
		{hebrew.Date{Year: 5778, Month: hebrew.Kislev, Day: 24}, hebrew.Hebcal, ""}, // the first candle's day
		{hebrew.Date{Year: 5778, Month: hebrew.Kislev, Day: 26}, hebrew.Hebcal, ""},
		{hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: 1}, hebrew.Hebcal, "Rosh Hashana 5784"},
		{hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: 2}, hebrew.Hebcal, ""}, // Rosh Hashana II
		{hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: 3}, hebrew.Hebcal, ""}, // Tzom Gedaliah, from dawn
		{hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 10}, hebrew.Hebcal, "Yom Kippur"},
		{hebrew.Date{Year: 5784, Month: hebrew.Sivan, Day: 30}, hebrew.Hebcal, "Rosh Chodesh Tammuz"},
		{hebrew.Date{Year: 5784, Month: hebrew.Tammuz, Day: 1}, hebrew.Hebcal, ""}, // its second day
		{hebrew.Date{Year: 5784, Month: hebrew.Sivan, Day: 30}, hebrew.Ashkenazi, "Rosh Chodesh Tammuz"},
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}, hebrew.Hebrew, "פסח"},
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}, hebrew.German, "Pessach"},
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 3}, hebrew.Hebcal, ""}, // no occasion
	}
	for _, tc := range tests {
		got, ok := layout.EveOccasion(tc.next, occasion.Diaspora, tc.f)
		assert.Equal(t, tc.want, got, "%v", tc.next)
		assert.Equal(t, tc.want != "", ok, "%v", tc.next)
	}
}

// TestEveningOccasions: the occasions of an evening are those of the
// Hebrew day it begins, but Chanukah's candles, which hebcal names by the
// day at whose sunset they are lit: the eve's.
func TestEveningOccasions(t *testing.T) {
	names := func(h hebrew.Date) []string {
		var out []string
		for _, o := range layout.EveningOccasions(nil, h, occasion.Diaspora) {
			out = append(out, o.String())
		}
		return out
	}
	kislev := func(d int) hebrew.Date { return hebrew.Date{Year: 5778, Month: hebrew.Kislev, Day: d} }
	tevet := func(d int) hebrew.Date { return hebrew.Date{Year: 5778, Month: hebrew.Tevet, Day: d} }
	assert.Empty(t, names(kislev(24)), "the evening before the first candle's")
	assert.Equal(t, []string{"Chanukah: 1 Candle"}, names(kislev(25)))
	assert.Equal(t, []string{"Chanukah: 2 Candles"}, names(kislev(26)))
	assert.Equal(t, []string{"Chanukah: 8 Candles"}, names(tevet(2)), "not the 8th Day's")
	assert.Empty(t, names(tevet(3)))
	assert.Contains(t, names(tevet(1)), "Chanukah: 7 Candles")
	assert.Contains(t, names(tevet(1)), "Rosh Chodesh Tevet")
	assert.Equal(t, []string{"Pesach I"}, names(hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}), "a day named by its day")
	// Leil Selichot, which hebcal dates to the Shabbat it follows
	// (25 Elul 5784), is the evening that begins 26 Elul, whose own day
	// has no occasion in its place.
	assert.Equal(t, []string{"Leil Selichot"}, names(hebrew.Date{Year: 5784, Month: hebrew.Elul, Day: 26}))
	assert.Empty(t, names(hebrew.Date{Year: 5784, Month: hebrew.Elul, Day: 25}))
	// Rosh Chodesh Tevet 5785, 30 Kislev and 1 Tevet, with the candles.
	assert.Equal(t, []string{"Chag HaBanot", "Chanukah: 6 Candles", "Rosh Chodesh Tevet"}, names(hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 30}))
	assert.Equal(t, []string{"Chanukah: 7 Candles", "Rosh Chodesh Tevet"}, names(hebrew.Date{Year: 5785, Month: hebrew.Tevet, Day: 1}))
}

// TestEveningOf: a Hebrew date is its civil day's evening's when it is
// the next day's, as a sunset rule gives it after sunset.
func TestEveningOf(t *testing.T) {
	dec25 := time.Date(2024, time.December, 25, 20, 0, 0, 0, time.UTC)
	assert.True(t, layout.EveningOf(dec25, hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 25}))
	assert.False(t, layout.EveningOf(dec25, hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 24}))
	assert.False(t, layout.EveningOf(dec25, hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 26}))
	assert.False(t, layout.EveningOf(dec25, hebrew.Date{}))
}

// TestHolidayAfterSunset: a Holiday written for a civil day and the
// Hebrew date of its evening writes the evening's candles, the civil
// day's: December 25, 2024 with 25 Kislev 5785 wrote "Chanukah: 2
// Candles", the next evening's.
func TestHolidayAfterSunset(t *testing.T) {
	l := layout.New(layout.Element{Kind: layout.Month, Form: layout.Long}, layout.Lit(" "), layout.Element{Kind: layout.Day}, layout.Lit(" | "), layout.Element{Kind: layout.Holiday})
	dec := func(d, hour int) time.Time { return time.Date(2024, time.December, d, hour, 0, 0, 0, time.UTC) }
	kislev := func(d int) hebrew.Date { return hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: d} }
	assert.Equal(t, "December 25 | Chanukah: 1 Candle", l.Format(dec(25, 20), kislev(25)))
	assert.Equal(t, "December 25 | Chanukah: 1 Candle", l.Format(dec(25, 12), kislev(24)))
	assert.Equal(t, "December 26 | Chanukah: 2 Candles", l.Format(dec(26, 20), kislev(26)))
	assert.Equal(t, "December 24", l.Format(dec(24, 20), kislev(24)))
}

// TestOccasionLeftOutBracket: an occasion in brackets, left out on a day
// without one, takes its closing bracket with it, as it takes the text
// that leads to it: "October 12, 2024 (Yom Kippur)" wrote "March 5,
// 2024)" on a day without an occasion.
func TestOccasionLeftOutBracket(t *testing.T) {
	march5 := time.Date(2024, time.March, 5, 0, 0, 0, 0, time.UTC)
	h, err := hebrew.FromGregorian(2024, time.March, 5)
	if err != nil {
		t.Fatal(err)
	}
	month, day, year := layout.Element{Kind: layout.Month, Form: layout.Long}, layout.Element{Kind: layout.Day}, layout.Element{Kind: layout.Year}
	holiday := layout.Element{Kind: layout.Holiday}
	for _, tc := range []struct {
		elems []layout.Element
		want  string
	}{
		{[]layout.Element{month, layout.Lit(" "), day, layout.Lit(", "), year, layout.Lit(" ("), holiday, layout.Lit(")")}, "March 5, 2024"},
		{[]layout.Element{month, layout.Lit(" "), day, layout.Lit(" ["), holiday, layout.Lit("], Jerusalem")}, "March 5, Jerusalem"},
		{[]layout.Element{month, layout.Lit(" "), day, layout.Lit(", "), holiday, layout.Lit(" (5784)")}, "March 5 (5784)"},
	} {
		assert.Equal(t, tc.want, layout.New(tc.elems...).Format(march5, h))
	}
}
