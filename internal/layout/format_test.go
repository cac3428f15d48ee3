package layout_test

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

var (
	est = time.FixedZone("EST", -5*3600)
	// sat is Saturday, March 2, 2024, 9:05:07 EST: 22 Adar I 5784.
	sat  = time.Date(2024, time.March, 2, 9, 5, 7, 0, est)
	satH = hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 22}
)

func ref() (time.Time, hebrew.Date) { return layout.Reference() }

// one formats a layout of the single element e.
func one(e layout.Element, t time.Time, h hebrew.Date) string {
	return layout.New(e).Format(t, h)
}

func TestReference(t *testing.T) {
	tm, h := layout.Reference()
	assert.Equal(t, "2006-01-02T15:04:05-07:00", tm.Format(time.RFC3339))
	assert.Equal(t, time.Monday, tm.Weekday())
	name, _ := tm.Zone()
	assert.Equal(t, "MST", name)
	// 2 Tevet 5766, as hebcal gives it for January 2, 2006.
	assert.Equal(t, hebrew.Date{Year: 5766, Month: hebrew.Tevet, Day: 2}, h)
}

func TestKind(t *testing.T) {
	names := map[layout.Kind]string{
		layout.Literal: "literal", layout.Weekday: "weekday", layout.Day: "day", layout.Month: "month",
		layout.Year: "year", layout.HebrewDay: "hebrew day", layout.HebrewMonth: "hebrew month",
		layout.HebrewYear: "hebrew year", layout.Hour: "hour", layout.Minute: "minute",
		layout.Second: "second", layout.AMPM: "am/pm", layout.Zone: "zone",
		layout.Holiday: "holiday", layout.Portion: "portion", layout.Fraction: "fraction",
		layout.Omer: "omer",
	}
	for k, name := range names {
		assert.Equal(t, name, k.String())
		hebrewSide := k == layout.HebrewDay || k == layout.HebrewMonth || k == layout.HebrewYear || k == layout.Holiday || k == layout.Portion || k == layout.Omer
		assert.Equal(t, hebrewSide, k.IsHebrew(), "%v", k)
		assert.Equal(t, k >= layout.Hour && k <= layout.Zone || k == layout.Fraction, k.IsClock(), "%v", k)
	}
	assert.Equal(t, "%!Kind(17)", layout.Kind(17).String())
	assert.Equal(t, "%!Kind(255)", layout.Kind(255).String())
	assert.False(t, layout.Kind(200).IsHebrew())
	assert.False(t, layout.Kind(200).IsClock())
}

func TestElements(t *testing.T) {
	rt, rh := ref()
	type E = layout.Element
	tests := []struct {
		name     string
		e        E
		ref, sat string
	}{
		{"literal", layout.Lit(" | "), " | ", " | "},

		{"weekday long", E{Kind: layout.Weekday, Form: layout.Long}, "Monday", "Saturday"},
		{"weekday short", E{Kind: layout.Weekday, Form: layout.Short}, "Mon", "Sat"},
		{"weekday short dot", E{Kind: layout.Weekday, Form: layout.ShortDot}, "Mon.", "Sat."},
		{"weekday AP", E{Kind: layout.Weekday, Form: layout.AP}, "Mon.", "Sat."},
		{"weekday upper", E{Kind: layout.Weekday, Form: layout.Long, Case: layout.Upper}, "MONDAY", "SATURDAY"},
		{"weekday lower", E{Kind: layout.Weekday, Form: layout.Short, Case: layout.Lower}, "mon", "sat"},
		{"weekday yom", E{Kind: layout.Weekday, Form: layout.Yom}, "Yom Sheni", "Shabbat"},
		{"weekday yom upper", E{Kind: layout.Weekday, Form: layout.Yom, Case: layout.Upper}, "YOM SHENI", "SHABBAT"},
		{"weekday script", E{Kind: layout.Weekday, Form: layout.Script}, "יום שני", "יום שבת"},
		{"weekday script short", E{Kind: layout.Weekday, Form: layout.ScriptShort}, "יום ב׳", "שבת"},
		{"weekday script short ascii", E{Kind: layout.Weekday, Form: layout.ScriptShort, Punct: layout.ASCII}, "יום ב'", "שבת"},
		{"weekday script short bare", E{Kind: layout.Weekday, Form: layout.ScriptShort, Punct: layout.Bare}, "יום ב", "שבת"},
		{"weekday script bare", E{Kind: layout.Weekday, Form: layout.ScriptBare}, "שני", "שבת"},

		{"month long", E{Kind: layout.Month, Form: layout.Long}, "January", "March"},
		{"month short", E{Kind: layout.Month, Form: layout.Short}, "Jan", "Mar"},
		{"month short dot", E{Kind: layout.Month, Form: layout.ShortDot}, "Jan.", "Mar."},
		{"month AP", E{Kind: layout.Month, Form: layout.AP}, "Jan.", "March"},
		{"month upper", E{Kind: layout.Month, Form: layout.Long, Case: layout.Upper}, "JANUARY", "MARCH"},
		{"month lower", E{Kind: layout.Month, Form: layout.ShortDot, Case: layout.Lower}, "jan.", "mar."},
		{"month script", E{Kind: layout.Month, Form: layout.Script}, "ינואר", "מרץ"},
		{"month script prefix", E{Kind: layout.Month, Form: layout.Script, Prefix: true}, "בינואר", "במרץ"},
		{"month numeric", E{Kind: layout.Month, Form: layout.Numeric}, "1", "3"},
		{"month numeric padded", E{Kind: layout.Month, Form: layout.NumericPad}, "01", "03"},

		{"day", E{Kind: layout.Day}, "2", "2"},
		{"day padded", E{Kind: layout.Day, Form: layout.Padded}, "02", "02"},
		{"day ordinal", E{Kind: layout.Day, Form: layout.Ordinal}, "2nd", "2nd"},
		{"day ordinal upper", E{Kind: layout.Day, Form: layout.Ordinal, Case: layout.Upper}, "2ND", "2ND"},

		{"year", E{Kind: layout.Year}, "2006", "2024"},
		{"year two digits", E{Kind: layout.Year, Form: layout.TwoDigit}, "06", "24"},

		{"hebrew day", E{Kind: layout.HebrewDay}, "2", "22"},
		{"hebrew day padded", E{Kind: layout.HebrewDay, Form: layout.Padded}, "02", "22"},
		{"hebrew day ordinal", E{Kind: layout.HebrewDay, Form: layout.Ordinal}, "2nd", "22nd"},
		{"hebrew day numeral", E{Kind: layout.HebrewDay, Form: layout.Numeral}, "ב׳", "כ״ב"},
		{"hebrew day numeral ascii", E{Kind: layout.HebrewDay, Form: layout.Numeral, Punct: layout.ASCII}, "ב'", "כ\"ב"},
		{"hebrew day numeral bare", E{Kind: layout.HebrewDay, Form: layout.Numeral, Punct: layout.Bare}, "ב", "כב"},
		{"hebrew day rosh chodesh", E{Kind: layout.HebrewDay, Form: layout.RoshChodesh}, "2", "22"},

		{"hebrew month", E{Kind: layout.HebrewMonth}, "Tevet", "Adar I"},
		{"hebrew month sephardi", E{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Sephardi}}, "Tevet", "Adar I"},
		{"hebrew month ashkenazi", E{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Ashkenazi}}, "Teves", "Adar Rishon"},
		{"hebrew month academic", E{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Academic}}, "Tevet", "Adar I"},
		{"hebrew month adar digit", E{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Adar: hebrew.AdarDigit}}, "Tevet", "Adar 1"},
		{"hebrew month upper", E{Kind: layout.HebrewMonth, Case: layout.Upper}, "TEVET", "ADAR I"},
		{"hebrew month script", E{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Hebrew}}, "טבת", "אדר א׳"},
		{"hebrew month script prefix", E{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Hebrew, Prefix: true}}, "בטבת", "באדר א׳"},
		{"hebrew month niqqud", E{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Niqqud}}, "טֵבֵת", "אֲדָר א׳"},

		{"hebrew year", E{Kind: layout.HebrewYear}, "5766", "5784"},
		{"hebrew year numeral", E{Kind: layout.HebrewYear, Form: layout.Numeral}, "תשס״ו", "תשפ״ד"},
		{"hebrew year numeral ascii", E{Kind: layout.HebrewYear, Form: layout.Numeral, Punct: layout.ASCII}, "תשס\"ו", "תשפ\"ד"},
		{"hebrew year numeral bare", E{Kind: layout.HebrewYear, Form: layout.Numeral, Punct: layout.Bare}, "תשסו", "תשפד"},
		{"hebrew year thousands", E{Kind: layout.HebrewYear, Form: layout.Thousands}, "ה׳תשס״ו", "ה׳תשפ״ד"},
		{"hebrew year thousands ascii", E{Kind: layout.HebrewYear, Form: layout.Thousands, Punct: layout.ASCII}, "ה'תשס\"ו", "ה'תשפ\"ד"},

		{"hour 24", E{Kind: layout.Hour, Form: layout.Hour24}, "15", "9"},
		{"hour 24 padded", E{Kind: layout.Hour, Form: layout.Hour24Pad}, "15", "09"},
		{"hour 12", E{Kind: layout.Hour, Form: layout.Hour12}, "3", "9"},
		{"hour 12 padded", E{Kind: layout.Hour, Form: layout.Hour12Pad}, "03", "09"},
		{"minute", E{Kind: layout.Minute, Form: layout.Padded}, "04", "05"},
		{"second", E{Kind: layout.Second, Form: layout.Padded}, "05", "07"},
		{"am/pm", E{Kind: layout.AMPM, Form: layout.AMPMLower}, "pm", "am"},
		{"AM/PM", E{Kind: layout.AMPM, Form: layout.AMPMUpper}, "PM", "AM"},
		{"a.m./p.m.", E{Kind: layout.AMPM, Form: layout.AMPMLowerDots}, "p.m.", "a.m."},
		{"A.M./P.M.", E{Kind: layout.AMPM, Form: layout.AMPMUpperDots}, "P.M.", "A.M."},
		{"de./du.", E{Kind: layout.AMPM, Form: layout.AMPMHungarian}, "du.", "de."},
		{"zone name", E{Kind: layout.Zone, Form: layout.ZoneName}, "MST", "EST"},
		{"zone offset", E{Kind: layout.Zone, Form: layout.ZoneOffset}, "-07:00", "-05:00"},
		{"zone offset short", E{Kind: layout.Zone, Form: layout.ZoneOffsetShort}, "-0700", "-0500"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt, sat := rt, sat
			if tc.e.Kind == layout.Hour {
				// An hour alone writes a time on the hour, and
				// refuses one past it (TestValidateHourAlone).
				rt, sat = rt.Truncate(time.Hour), sat.Truncate(time.Hour)
			}
			assert.Equal(t, tc.ref, one(tc.e, rt, rh), "reference day")
			assert.Equal(t, tc.sat, one(tc.e, sat, satH), "Saturday, March 2, 2024")
		})
	}
}

func TestMonthsAndWeekdays(t *testing.T) {
	// Every month in every form, on the 15th of 2023.
	wantShortDot := []string{"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."}
	wantAP := []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	wantScript := []string{"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"}
	for m := 1; m <= 12; m++ {
		tm := time.Date(2023, time.Month(m), 15, 0, 0, 0, 0, time.UTC)
		h := hebrew.DateOf(tm)
		long := time.Month(m).String()
		assert.Equal(t, long, one(layout.Element{Kind: layout.Month, Form: layout.Long}, tm, h))
		assert.Equal(t, long[:3], one(layout.Element{Kind: layout.Month, Form: layout.Short}, tm, h))
		assert.Equal(t, wantShortDot[m-1], one(layout.Element{Kind: layout.Month, Form: layout.ShortDot}, tm, h))
		assert.Equal(t, wantAP[m-1], one(layout.Element{Kind: layout.Month, Form: layout.AP}, tm, h))
		assert.Equal(t, wantScript[m-1], one(layout.Element{Kind: layout.Month, Form: layout.Script}, tm, h))
		assert.Equal(t, long, layout.MonthName(m, layout.Long))
		assert.Equal(t, wantAP[m-1], layout.MonthName(m, layout.AP))
	}
	wantYom := []string{"Yom Rishon", "Yom Sheni", "Yom Shlishi", "Yom Revi'i", "Yom Chamishi", "Yom Shishi", "Shabbat"}
	wantScript = []string{"יום ראשון", "יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "יום שבת"}
	wantLetter := []string{"יום א׳", "יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת"}
	for w := 0; w < 7; w++ {
		tm := time.Date(2024, time.March, 3+w, 0, 0, 0, 0, time.UTC) // Sunday, March 3, 2024 on
		require.Equal(t, time.Weekday(w), tm.Weekday())
		h := hebrew.DateOf(tm)
		assert.Equal(t, time.Weekday(w).String(), one(layout.Element{Kind: layout.Weekday, Form: layout.Long}, tm, h))
		assert.Equal(t, time.Weekday(w).String()[:3], one(layout.Element{Kind: layout.Weekday, Form: layout.Short}, tm, h))
		assert.Equal(t, wantYom[w], one(layout.Element{Kind: layout.Weekday, Form: layout.Yom}, tm, h))
		assert.Equal(t, wantScript[w], one(layout.Element{Kind: layout.Weekday, Form: layout.Script}, tm, h))
		assert.Equal(t, wantLetter[w], one(layout.Element{Kind: layout.Weekday, Form: layout.ScriptShort}, tm, h))
		assert.Equal(t, wantYom[w], layout.WeekdayName(w, layout.Yom, layout.Gershayim))
		assert.Equal(t, wantLetter[w], layout.WeekdayName(w, layout.ScriptShort, layout.Gershayim))
	}
	for _, bad := range []int{-1, 0, 13, 100} {
		assert.Empty(t, layout.MonthName(bad, layout.Long), "%d", bad)
	}
	for _, bad := range []int{-1, 7, 100} {
		assert.Empty(t, layout.WeekdayName(bad, layout.Long, 0), "%d", bad)
	}
	assert.Empty(t, layout.MonthName(1, layout.Hour24), "a form that names no month")
	assert.Empty(t, layout.WeekdayName(1, layout.Numeric, 0), "a form that names no weekday")
}

func TestOrdinals(t *testing.T) {
	want := map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 22: "22nd", 23: "23rd", 24: "24th", 30: "30th", 31: "31st"}
	for d, s := range want {
		tm := time.Date(2024, time.January, d, 0, 0, 0, 0, time.UTC)
		assert.Equal(t, s, one(layout.Element{Kind: layout.Day, Form: layout.Ordinal}, tm, hebrew.DateOf(tm)))
		assert.Equal(t, strings.ToUpper(s), one(layout.Element{Kind: layout.Day, Form: layout.Ordinal, Case: layout.Upper}, tm, hebrew.DateOf(tm)))
	}
	// Hebrew days 15 and 16 are written 9+6 and 9+7.
	for d, s := range map[int]string{15: "ט״ו", 16: "ט״ז", 30: "ל׳", 1: "א׳", 19: "י״ט", 20: "כ׳"} {
		h := hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: d}
		assert.Equal(t, s, one(layout.Element{Kind: layout.HebrewDay, Form: layout.Numeral}, sat, h), "%d", d)
	}
}

// allForms lists every form constant, and one that is none.
var allForms = []layout.Form{
	layout.Plain, layout.Padded, layout.Ordinal, layout.TwoDigit, layout.Numeral, layout.Thousands,
	layout.RoshChodesh, layout.RoshChodeshScript,
	layout.Long, layout.Short, layout.ShortDot, layout.AP, layout.Script, layout.ScriptShort,
	layout.ScriptBare, layout.Yom, layout.Numeric, layout.NumericPad, layout.StandAlone,
	layout.Hour24, layout.Hour24Pad, layout.Hour12, layout.Hour12Pad,
	layout.AMPMLower, layout.AMPMUpper, layout.AMPMLowerDots, layout.AMPMUpperDots,
	layout.AMPMGreek, layout.AMPMHungarian,
	layout.ZoneName, layout.ZoneOffset, layout.ZoneOffsetShort, layout.ZoneOffsetHour,
	layout.ZoneOffsetSeconds, layout.ZoneOffsetSecondsShort, layout.ZoneISO, layout.ZoneISOShort,
	layout.ZoneISOHour, layout.ZoneISOSeconds, layout.ZoneISOSecondsShort,
	layout.SpacePadded, layout.FractionZeros, layout.FractionNines,
	layout.Letters, layout.LettersHyphen, layout.RoshChodeshDay, layout.RoshChodeshDayWords,
	99,
}

// TestEveryCombination writes every kind in every form, case and
// punctuation, shifted and not, on ordinary and odd days: it never panics,
// and case and punctuation are kept.
func TestEveryCombination(t *testing.T) {
	days := []struct {
		t time.Time
		h hebrew.Date
	}{
		{sat, satH},
		{time.Date(2024, 2, 9, 23, 59, 59, 0, time.UTC), hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 30}},
		{time.Date(-500, 12, 31, 0, 0, 0, 0, time.UTC), hebrew.Date{Year: 3261, Month: hebrew.Tevet, Day: 15}},
		{time.Time{}, hebrew.Date{}},
		{time.Date(2024, 3, 2, 0, 0, 0, 0, time.FixedZone("", 5*3600+1800)), hebrew.Date{Year: 5784, Month: 14, Day: 40}},
		{time.Date(9999, 12, 31, 12, 0, 0, 0, time.UTC), hebrew.Date{Year: 9999, Month: hebrew.Elul, Day: 29}},
	}
	hebrewMarks := "׳״"
	n := 0
	for k := layout.Literal; k <= layout.Zone+1; k++ {
		for _, form := range allForms {
			for _, c := range []layout.Case{layout.AsIs, layout.Upper, layout.Lower} {
				for _, p := range []layout.Punct{layout.Gershayim, layout.ASCII, layout.Bare} {
					for _, shift := range []int16{0, 1, -7, 127, 32767} {
						e := layout.Element{Kind: k, Form: form, Case: c, Punct: p, Shift: shift, Text: "Xy", Of: 3}
						for _, d := range days {
							s := one(e, d.t, d.h)
							n++
							if k == layout.Literal || k == layout.AMPM || k == layout.Zone {
								continue // as written, or cased by their forms
							}
							if strings.HasPrefix(s, "%!") {
								continue // a value it cannot write so that it reads back (see Layout.Validate), as time.Format writes %!Weekday(8)
							}
							switch c {
							case layout.Upper:
								assert.False(t, strings.ContainsFunc(s, unicode.IsLower), "%+v: %q is upper case", e, s)
							case layout.Lower:
								assert.False(t, strings.ContainsFunc(s, unicode.IsUpper), "%+v: %q is lower case", e, s)
							}
							switch p {
							case layout.ASCII:
								assert.False(t, strings.ContainsAny(s, hebrewMarks), "%+v: %q has ASCII marks", e, s)
							case layout.Bare:
								if k != layout.HebrewMonth { // the Adar qualifier is the spelling's
									assert.False(t, strings.ContainsAny(s, hebrewMarks+"'\""), "%+v: %q has no marks", e, s)
								}
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d renderings", n)
}

func TestShift(t *testing.T) {
	rt, rh := ref()
	type E = layout.Element
	tests := []struct {
		name string
		e    E
		want string
	}{
		{"weekday +1", E{Kind: layout.Weekday, Form: layout.Long, Shift: 1}, "Tuesday"},
		{"weekday -1", E{Kind: layout.Weekday, Form: layout.Long, Shift: -1}, "Sunday"},
		{"weekday +7", E{Kind: layout.Weekday, Form: layout.Long, Shift: 7}, "Monday"},
		{"day +6", E{Kind: layout.Day, Shift: 6}, "8"},
		{"day -2", E{Kind: layout.Day, Shift: -2}, "31"},
		{"month -2", E{Kind: layout.Month, Form: layout.Long, Shift: -2}, "December"},
		{"month +30", E{Kind: layout.Month, Form: layout.Long, Shift: 30}, "February"},
		{"year -2", E{Kind: layout.Year, Shift: -2}, "2005"},
		{"hebrew day +6", E{Kind: layout.HebrewDay, Shift: 6}, "8"},
		{"hebrew day +28", E{Kind: layout.HebrewDay, Shift: 28}, "1"}, // Tevet 5766 has 29 days
		{"hebrew month +28", E{Kind: layout.HebrewMonth, Shift: 28}, "Sh'vat"},
		{"hebrew day -2", E{Kind: layout.HebrewDay, Shift: -2}, "30"}, // Kislev 5766 has 30 days
		{"hebrew month -2", E{Kind: layout.HebrewMonth, Shift: -2}, "Kislev"},
		{"hebrew year -100", E{Kind: layout.HebrewYear, Shift: -100}, "5765"},
		{"hour +1", E{Kind: layout.Hour, Form: layout.Hour24, Shift: 1}, "15"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := rt
			if tc.e.Kind == layout.Hour {
				rt = rt.Truncate(time.Hour) // an hour alone writes a time on the hour
			}
			assert.Equal(t, tc.want, one(tc.e, rt, rh))
		})
	}
	// A Hebrew date that does not exist is no text that reads as one.
	bad := hebrew.Date{Year: 5784, Month: hebrew.Tevet, Day: 30}
	assert.Equal(t, "%!HebrewDay(30)", one(E{Kind: layout.HebrewDay, Shift: 1}, rt, bad))
}

func TestVariantWords(t *testing.T) {
	type E = layout.Element
	tue := time.Date(2023, time.September, 5, 0, 0, 0, 0, time.UTC)
	tueH := hebrew.DateOf(tue)
	mon := time.Date(2023, time.September, 4, 0, 0, 0, 0, time.UTC)
	monH := hebrew.DateOf(mon)
	jan := time.Date(2024, time.January, 9, 0, 0, 0, 0, time.UTC)
	mar := time.Date(2024, time.March, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		e           E
		t           time.Time
		h           hebrew.Date
		want, else_ string
	}{
		{"Tues", E{Kind: layout.Weekday, Form: layout.Short, Text: "Tues", Of: 2}, tue, tueH, "Tues", "Mon"},
		{"TUES", E{Kind: layout.Weekday, Form: layout.Short, Case: layout.Upper, Text: "TUES", Of: 2}, tue, tueH, "TUES", "MON"},
		{"Tues.", E{Kind: layout.Weekday, Form: layout.ShortDot, Text: "Tues.", Of: 2}, tue, tueH, "Tues.", "Mon."},
		{"Yom Sh'lishi", E{Kind: layout.Weekday, Form: layout.Yom, Text: "Yom Sh'lishi", Of: 2}, tue, tueH, "Yom Sh'lishi", "Yom Sheni"},
		{"Sept", E{Kind: layout.Month, Form: layout.Short, Text: "Sept", Of: 9}, tue, tueH, "Sept", "Jan"},
		{"SEPT", E{Kind: layout.Month, Form: layout.Short, Case: layout.Upper, Text: "Sept", Of: 9}, tue, tueH, "SEPT", "JAN"},
		{"במרס", E{Kind: layout.Month, Form: layout.Script, Prefix: true, Text: "מרס", Of: 3}, mar, hebrew.DateOf(mar), "במרס", "בינואר"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, one(tc.e, tc.t, tc.h), "the word's own value")
			other, otherH := mon, monH
			if tc.e.Kind == layout.Month {
				other, otherH = jan, hebrew.DateOf(jan)
			}
			assert.Equal(t, tc.else_, one(tc.e, other, otherH), "another value")
		})
	}
}

func TestRoshChodesh(t *testing.T) {
	rc := layout.New(
		layout.Element{Kind: layout.HebrewDay, Form: layout.RoshChodesh}, layout.Lit(" "),
		layout.Element{Kind: layout.HebrewMonth}, layout.Lit(" "),
		layout.Element{Kind: layout.HebrewYear},
	)
	script := layout.New(
		layout.Element{Kind: layout.HebrewDay, Form: layout.RoshChodeshScript}, layout.Lit(" "),
		layout.Element{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Hebrew}}, layout.Lit(" "),
		layout.Element{Kind: layout.HebrewYear, Form: layout.Numeral},
	)
	upper := layout.New(layout.Element{Kind: layout.HebrewDay, Form: layout.RoshChodesh, Case: layout.Upper}, layout.Lit(" "),
		layout.Element{Kind: layout.HebrewMonth, Case: layout.Upper})
	tests := []struct {
		h                   hebrew.Date
		latin, script, caps string
	}{
		{hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 1}, "Rosh Chodesh Sh'vat 5784", "ראש חודש שבט תשפ״ד", "ROSH CHODESH SH'VAT"},
		// The 30th is the first day of the next month's Rosh Chodesh.
		{hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 30}, "Rosh Chodesh Adar I 5784", "ראש חודש אדר א׳ תשפ״ד", "ROSH CHODESH ADAR I"},
		{hebrew.Date{Year: 5743, Month: hebrew.Av, Day: 30}, "Rosh Chodesh Elul 5743", "ראש חודש אלול תשמ״ג", "ROSH CHODESH ELUL"},
		{hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 15}, "15 Sh'vat 5784", "15 שבט תשפ״ד", "15 SH'VAT"},
		// 1 Tishrei is Rosh Hashanah, not Rosh Chodesh.
		{hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: 1}, "1 Tishrei 5784", "1 תשרי תשפ״ד", "1 TISHREI"},
		{hebrew.Date{Year: 5784, Month: hebrew.Cheshvan, Day: 1}, "Rosh Chodesh Cheshvan 5784", "ראש חודש חשון תשפ״ד", "ROSH CHODESH CHESHVAN"},
		// A day 30 that does not exist is no Rosh Chodesh, nor any
		// text that reads as a date (see Validate).
		{hebrew.Date{Year: 5784, Month: hebrew.Tevet, Day: 30}, "%!HebrewDay(30) Tevet 5784", "%!HebrewDay(30) טבת תשפ״ד", "%!HebrewDay(30) TEVET"},
	}
	for _, tc := range tests {
		t.Run(tc.latin, func(t *testing.T) {
			assert.Equal(t, tc.latin, rc.Format(sat, tc.h))
			assert.Equal(t, tc.script, script.Format(sat, tc.h))
			assert.Equal(t, tc.caps, upper.Format(sat, tc.h))
		})
	}
}

// TestInvalidDates: no date, however wrong, makes formatting panic, and the
// Gregorian part is still written right.
func TestInvalidDates(t *testing.T) {
	rt, _ := ref()
	bad := []hebrew.Date{
		{},
		{Year: -5, Month: -1, Day: -1},
		{Year: 5784, Month: 14, Day: 40},
		{Year: 10000, Month: hebrew.Nisan, Day: 1},
		{Year: 5783, Month: hebrew.AdarII, Day: 1},
		{Year: 9999, Month: hebrew.Elul, Day: 30},
	}
	layouts := []layout.Layout{
		parse.Layout(layout.Header), parse.Layout(layout.Full), parse.Layout(layout.HebrewScript),
		parse.Layout("Rosh Chodesh Tevet 5766"), parse.Layout("2-8 Tevet, 5766"), parse.Layout("Erev Yom Shlishi, 2 Tevet"),
	}
	for _, h := range bad {
		for _, l := range layouts {
			assert.NotPanics(t, func() { _ = l.Format(rt, h) }, "%+v", h)
		}
		if h.IsZero() {
			// No Hebrew date: the Gregorian one alone (see TestZeroHebrewDate).
			assert.Equal(t, "Monday, January 2nd", parse.Layout(layout.Header).Format(rt, h))
			continue
		}
		assert.True(t, strings.HasPrefix(parse.Layout(layout.Header).Format(rt, h), "Monday, January 2nd | "), "%+v", h)
	}
	assert.Equal(t, "%!HebrewMonth(14)", one(layout.Element{Kind: layout.HebrewMonth}, rt, hebrew.Date{Year: 5784, Month: 14, Day: 1}))
	assert.Equal(t, "", one(layout.Element{Kind: layout.HebrewDay, Form: layout.Numeral}, rt, hebrew.Date{}), "no numeral for 0")
	assert.NotPanics(t, func() { _ = parse.Layout(layout.Full).Format(time.Time{}, hebrew.Date{}) })
}

func TestGregorianYears(t *testing.T) {
	year := layout.New(layout.Element{Kind: layout.Year})
	two := layout.New(layout.Element{Kind: layout.Year, Form: layout.TwoDigit})
	tests := []struct {
		y         int
		full, two string
	}{
		{2006, "2006", "06"},
		{2000, "2000", "00"},
		{1, "0001", "01"},
		{0, "0000", "00"},           // 1 BCE, in the proleptic count
		{-5, "-0005", "%!Year(-5)"}, // 6 BCE; in two digits it would read as 2005, or not at all (time.Format writes -05)
		{-3760, "-3760", "%!Year(-3760)"},
		{12345, "12345", "45"},
	}
	for _, tc := range tests {
		tm := time.Date(tc.y, time.March, 1, 0, 0, 0, 0, time.UTC)
		assert.Equal(t, tc.full, year.Format(tm, hebrew.Date{}), "%d", tc.y)
		assert.Equal(t, tc.two, two.Format(tm, hebrew.Date{}), "%d", tc.y)
	}
	// The weekday of a day before the common era is the proleptic
	// calendar's: March 1, 1 BCE (year 0) was a Wednesday.
	tm := time.Date(0, time.March, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "Wednesday, March 1, 0000", parse.Layout("Monday, January 2, 2006").Format(tm, hebrew.Date{}))
}

func TestZones(t *testing.T) {
	name := layout.New(layout.Element{Kind: layout.Zone, Form: layout.ZoneName})
	offset := layout.New(layout.Element{Kind: layout.Zone, Form: layout.ZoneOffset})
	short := layout.New(layout.Element{Kind: layout.Zone, Form: layout.ZoneOffsetShort})
	jerusalem, err := time.LoadLocation("Asia/Jerusalem")
	if err != nil {
		t.Skip("no time zone database")
	}
	tests := []struct {
		t                   time.Time
		name, offset, short string
	}{
		{time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC), "UTC", "+00:00", "+0000"},
		{time.Date(2024, 3, 2, 0, 0, 0, 0, jerusalem), "IST", "+02:00", "+0200"},
		{time.Date(2024, 7, 2, 0, 0, 0, 0, jerusalem), "IDT", "+03:00", "+0300"},
		// A zone without an abbreviation: its offset, as time.Format writes MST.
		{time.Date(2024, 3, 2, 0, 0, 0, 0, time.FixedZone("", 5*3600+30*60)), "+0530", "+05:30", "+0530"},
		{time.Date(2024, 3, 2, 0, 0, 0, 0, time.FixedZone("", -(3*3600+30*60))), "-0330", "-03:30", "-0330"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.name, name.Format(tc.t, hebrew.Date{}))
		assert.Equal(t, tc.offset, offset.Format(tc.t, hebrew.Date{}))
		assert.Equal(t, tc.short, short.Format(tc.t, hebrew.Date{}))
	}
	// Midnight and noon on a 12-hour clock.
	l := parse.Layout("3:04 pm")
	assert.Equal(t, "12:00 am", l.Format(time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC), hebrew.Date{}))
	assert.Equal(t, "12:30 pm", l.Format(time.Date(2024, 3, 2, 12, 30, 0, 0, time.UTC), hebrew.Date{}))
}

var presets = []string{layout.Header, layout.Full, layout.Published, layout.HebrewDate, layout.HebrewScript}

func TestPresets(t *testing.T) {
	rt, rh := ref()
	for _, p := range presets {
		t.Run(p, func(t *testing.T) {
			l := parse.Layout(p)
			assert.Equal(t, p, l.String(), "a preset written for the reference day is itself")
			assert.Equal(t, p, l.Format(rt, rh))
		})
	}
	// The examples of the design, for Saturday, March 2, 2024 and
	// September 28, 2022 10:39 am.
	ts := time.Date(2022, time.September, 28, 10, 39, 0, 0, time.UTC)
	assert.Equal(t, "Saturday, March 2nd | 22 Adar I 5784", parse.Layout(layout.Header).Format(sat, satH))
	assert.Equal(t, "Saturday, March 2, 2024 | 22 Adar I 5784", parse.Layout(layout.Full).Format(sat, satH))
	assert.Equal(t, "September 28, 2022 10:39 am", parse.Layout(layout.Published).Format(ts, hebrew.DateOf(ts)))
	assert.Equal(t, "22 Adar I 5784", parse.Layout(layout.HebrewDate).Format(sat, satH))
	assert.Equal(t, "כ״ב אדר א׳ תשפ״ד", parse.Layout(layout.HebrewScript).Format(sat, satH))
}

func TestLayout(t *testing.T) {
	elems := []layout.Element{{Kind: layout.Weekday, Form: layout.Long}, layout.Lit(", "), {Kind: layout.Day}}
	l := layout.New(elems...)
	elems[0].Form = layout.Short // New copied them
	assert.Equal(t, "Monday, 2", l.String())
	got := l.Elements()
	got[2].Kind = layout.Year // Elements returns a copy
	assert.Equal(t, "Monday, 2", l.String())
	assert.Equal(t, 3, l.Len())
	assert.Equal(t, layout.Lit(", "), l.At(1))
	assert.True(t, l.Has(layout.Weekday))
	assert.True(t, l.Has(layout.Literal))
	assert.False(t, l.Has(layout.Month))

	var zero layout.Layout
	assert.Equal(t, 0, zero.Len())
	assert.Equal(t, "", zero.String())
	assert.Empty(t, zero.Elements())
	assert.Equal(t, []byte("x"), zero.AppendFormat([]byte("x"), sat, satH))

	// AppendFormat appends.
	b := parse.Layout(layout.HebrewDate).AppendFormat([]byte("On "), sat, satH)
	assert.Equal(t, "On 22 Adar I 5784", string(b))
}

// TestRanges: a range written with one month name names the next month
// too on days when it runs into it.
func TestRanges(t *testing.T) {
	oct30 := time.Date(2023, time.October, 30, 0, 0, 0, 0, time.UTC) // 15 Cheshvan 5784
	oct2 := time.Date(2023, time.October, 2, 0, 0, 0, 0, time.UTC)
	dec28 := time.Date(2023, time.December, 28, 0, 0, 0, 0, time.UTC)
	feb1 := time.Date(2024, time.February, 1, 0, 0, 0, 0, time.UTC) // Thursday
	tishrei26 := hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: 26}
	tevet3 := hebrew.Date{Year: 5784, Month: hebrew.Tevet, Day: 3}
	tests := []struct {
		layout string
		t      time.Time
		h      hebrew.Date
		want   string
	}{
		{"January 2-8, 2006", oct2, tevet3, "October 2-8, 2023"},
		{"January 2-8, 2006", oct30, tevet3, "October 30-November 5, 2023"},
		{"Jan. 2 – 8, 2006", oct30, tevet3, "Oct. 30 – Nov. 5, 2023"},
		// The year after a range is its last day's (pages write it so).
		{"January 2-8, 2006", dec28, tevet3, "December 28-January 3, 2024"},
		{"2-8 January 2006", oct30, tevet3, "30 October-5 November 2023"},
		// A day written with its dot keeps it before its month, where
		// the parser reads it (30. Oktober. bis read as nothing).
		{"2. bis 8. Januar 2006", oct30, tevet3, "30. Oktober bis 5. November 2023"},
		{"2.-8. Januar 2006", oct30, tevet3, "30. Oktober-5. November 2023"},
		{"2. und 8. Tevet 5766", oct30, tishrei26, "26. Tishrei und 2. Cheshvan 5784"},
		{"2. And 08.Tevet 5766", oct30, tishrei26, "26.Tishrei And 02.Cheshvan 5784"},
		{"2-8 Tevet, 5766", oct30, tevet3, "3-9 Tevet, 5784"},
		{"2-8 Tevet, 5766", oct30, tishrei26, "26 Tishrei-2 Cheshvan, 5784"},
		{"Tevet 2-8, 5766", oct30, tishrei26, "Tishrei 26-Cheshvan 2, 5784"},
		{"ב׳-ח׳ בטבת תשס״ו", oct30, tishrei26, "כ״ו בתשרי-ב׳ בחשון תשפ״ד"},
		{"Sunday night-Monday January 1-2", feb1, tevet3, "Wednesday night-Thursday January 31-February 1"},
		{"Sunday night-Monday 1-2 January", feb1, tevet3, "Wednesday night-Thursday 31 January-1 February"},
		// Two month names are written as they are.
		{"January 2-January 8", oct2, tevet3, "October 2-October 8"},
	}
	for _, tc := range tests {
		t.Run(tc.layout+" "+tc.want, func(t *testing.T) {
			l := parse.Layout(tc.layout)
			require.Equal(t, tc.layout, l.String())
			assert.Equal(t, tc.want, l.Format(tc.t, tc.h))
		})
	}
}

func TestAppendFormatAllocs(t *testing.T) {
	tm, h := ref()
	buf := make([]byte, 0, 256)
	layouts := append([]string{}, presets...)
	layouts = append(layouts, "Sunday night-Monday 1-2 January / 1-2 Tevet 5766", "Tues, Sept 5 | Rosh Chodesh Tevet", "יום שני, 2 בינואר 2006")
	for _, s := range layouts {
		l := parse.Layout(s)
		for _, d := range []struct {
			t time.Time
			h hebrew.Date
		}{{tm, h}, {sat, satH}, {time.Date(2024, 2, 9, 0, 0, 0, 0, time.UTC), hebrew.Date{Year: 5784, Month: hebrew.Shevat, Day: 30}}} {
			n := testing.AllocsPerRun(100, func() { buf = l.AppendFormat(buf[:0], d.t, d.h) })
			assert.Zero(t, n, "%q allocates", s)
		}
	}
}
