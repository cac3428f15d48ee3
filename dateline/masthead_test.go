package dateline_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hebcal/hebcal-go/zmanim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// The layouts of a masthead's times, written for the reference day.
const (
	candlesLayout = "Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm"
	shabbatLayout = "Monday, January 2, 2006 | Sunset 15:04 | Havdalah 3:04 pm"
	omerLayout    = "Monday, January 2, 2006 | 2 Tevet 5766 | Omer: day 2"
)

// TestFormatZmanim: a layout writes the day's times at the location of
// Sunset or Nightfall, as Times computes them (TestTimes holds those to
// the hebcal command's), and leaves out a time the day does not have with
// its label.
func TestFormatZmanim(t *testing.T) {
	ny, jerusalem := city(t, "New York"), city(t, "Jerusalem")
	tests := []struct {
		day, layout string
		opt         dateline.Option
		want        string
	}{
		{"2024-03-01", candlesLayout, dateline.Sunset(ny), "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm"},
		{"2024-03-01", candlesLayout, dateline.Nightfall(ny), "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm"},
		{"2024-03-01", candlesLayout, dateline.Sunset(jerusalem), "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 4:56 pm"},
		{"2024-03-02", candlesLayout, dateline.Sunset(ny), "Saturday, March 2, 2024 | 22 Adar I 5784"},
		{"2024-03-04", candlesLayout, dateline.Sunset(ny), "Monday, March 4, 2024 | 24 Adar I 5784"},
		{"2024-04-22", candlesLayout, dateline.Sunset(ny), "Monday, April 22, 2024 | 14 Nisan 5784 | Candle lighting 7:24 pm"},
		{"2024-04-23", candlesLayout, dateline.Sunset(ny), "Tuesday, April 23, 2024 | 15 Nisan 5784 | Candle lighting 8:27 pm"},
		{"2024-04-23", candlesLayout, dateline.Sunset(jerusalem), "Tuesday, April 23, 2024 | 15 Nisan 5784"},
		{"2024-03-01", shabbatLayout, dateline.Sunset(ny), "Friday, March 1, 2024 | Sunset 17:47"},
		{"2024-03-02", shabbatLayout, dateline.Sunset(ny), "Saturday, March 2, 2024 | Sunset 17:48 | Havdalah 6:29 pm"},
		{"2024-05-26", omerLayout, dateline.Option{}, "Sunday, May 26, 2024 | 18 Iyyar 5784 | Omer: day 33"},
		{"2024-03-01", omerLayout, dateline.Option{}, "Friday, March 1, 2024 | 21 Adar I 5784"},
		// A layout by example of a real day.
		{"2024-03-08", "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm", dateline.Sunset(ny),
			"Friday, March 8, 2024 | 28 Adar I 5784 | Candle lighting 5:37 pm"},
		{"2024-03-01", "יום ב׳, ב׳ טבת תשס״ו | הדלקת נרות 15:04", dateline.Sunset(jerusalem), "יום ו׳, כ״א אדר א׳ תשפ״ד | הדלקת נרות 16:56"},
	}
	for _, tc := range tests {
		t.Run(tc.day+" "+tc.layout, func(t *testing.T) {
			d := day(tc.day)
			got := d.Format(tc.layout, tc.opt)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.want, string(d.AppendFormat([]byte(nil), tc.layout, tc.opt)))
			// What it writes reads back without a problem, at the place
			// and without one.
			rep := dateline.Check(got, tc.opt)
			assert.Empty(t, rep.Problems, "%s", got)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.False(t, rep.Dateline.HasTime, "a zman is no time of the dateline")
			assert.Empty(t, dateline.Check(got).Problems)
		})
	}
}

// TestFormatZmanimRefused: without a location, or on a day whose time the
// sun does not give at the location, Format writes the error rather than a
// wrong or empty time, and Zmanim returns it.
func TestFormatZmanimRefused(t *testing.T) {
	arctic := &zmanim.Location{Name: "Longyearbyen", Latitude: 78.2, Longitude: 15.6, TimeZoneId: "Arctic/Longyearbyen"}
	helsinki := city(t, "Helsinki")
	tests := []struct {
		name, day, layout string
		opts              []dateline.Option
		want              error
		mentions          string
	}{
		{"no location", "2024-03-01", candlesLayout, nil, dateline.ErrOption, "Sunset or Nightfall"},
		{"no location, on a day without candles", "2024-03-04", candlesLayout, nil, dateline.ErrOption, "candle lighting"},
		{"no location for sunset and havdalah", "2024-03-02", shabbatLayout, nil, dateline.ErrOption, "sunset and havdalah"},
		{"a nil location", "2024-03-01", candlesLayout, []dateline.Option{dateline.Sunset(nil)}, dateline.ErrOption, "nil location"},
		{"no sunset in the Arctic summer", "2024-06-21", candlesLayout, []dateline.Option{dateline.Sunset(arctic)}, dateline.ErrZman, "does not set"},
		{"no sunset, on a Monday", "2024-06-24", shabbatLayout, []dateline.Option{dateline.Sunset(arctic)}, dateline.ErrZman, "does not set"},
		{"no nightfall for havdalah", "2024-06-22", shabbatLayout, []dateline.Option{dateline.Sunset(helsinki)}, dateline.ErrZman, "havdalah"},
		{"no nightfall for the second night's candles", "2024-06-12", candlesLayout, []dateline.Option{dateline.Sunset(helsinki)}, dateline.ErrZman, "8.5°"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := day(tc.day)
			got := d.Format(tc.layout, tc.opts...)
			assert.True(t, strings.HasPrefix(got, "%!Format(dateline: "), got)
			assert.Contains(t, got, tc.mentions)
			l, err := dateline.Compile(tc.layout)
			require.NoError(t, err)
			_, err = d.Zmanim(l, tc.opts...)
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, "%!Format("+err.Error()+")", got)
		})
	}
	// Helsinki's Friday before has its candles before sunset, and the
	// layout without havdalah needs no nightfall.
	assert.Equal(t, "Friday, June 21, 2024 | 15 Sivan 5784 | Candle lighting 10:32 pm", day("2024-06-21").Format(candlesLayout, dateline.Sunset(helsinki)))
	// A layout without times needs no location, and the Omer none either.
	l, err := dateline.Compile(omerLayout)
	require.NoError(t, err)
	z, err := day("2024-05-26").Zmanim(l)
	assert.NoError(t, err)
	assert.Equal(t, format.Zmanim{}, z)
	assert.Equal(t, "", dateline.Dateline{}.Format(candlesLayout))
}

// TestCheckZmanim: the times a dateline states are checked at the
// location of Sunset or Nightfall, and read without complaint without
// one.
func TestCheckZmanim(t *testing.T) {
	ny, jerusalem := city(t, "New York"), city(t, "Jerusalem")
	arctic := &zmanim.Location{Name: "Longyearbyen", Latitude: 78.2, Longitude: 15.6, TimeZoneId: "Arctic/Longyearbyen"}
	type problem struct {
		code     dateline.Code
		severity dateline.Severity
		span     string
	}
	tests := []struct {
		in   string
		loc  *zmanim.Location
		want []problem
	}{
		{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm", ny, nil},
		{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:30 pm", ny, nil}, // a minute's rounding
		{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm", ny, []problem{{dateline.CodeZman, dateline.Warning, "5:26 pm"}}},
		{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm", nil, nil},
		{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting: 17:29", ny, nil},
		// Without am or pm, an hour a 12-hour clock shows is read as one.
		{"Friday, March 1, 2024 | Candle lighting 5:29", ny, nil},
		{"Friday, March 1, 2024 | Candle lighting 5:30", ny, nil},
		{"Friday, March 1, 2024 | Sunset 5:47 | Havdalah 6:29", ny, []problem{{dateline.CodeZman, dateline.Warning, "6:29"}}},
		{"Saturday, March 2, 2024 | Sunset 5:48 | Havdalah 6:29", ny, nil},
		{"Friday, March 1, 2024 | Candle lighting 5:26", ny, []problem{{dateline.CodeZman, dateline.Warning, "5:26"}}},
		{"Friday, March 1, 2024 | Candle lighting 05:29", ny, []problem{{dateline.CodeZman, dateline.Warning, "05:29"}}},
		{"Friday, March 1, 2024 | Candle lighting 17:26", ny, []problem{{dateline.CodeZman, dateline.Warning, "17:26"}}},
		{"Friday, March 1, 2024 | Sunset 17:47 | Havdalah 6:29 pm", ny, []problem{{dateline.CodeZman, dateline.Warning, "6:29 pm"}}},
		{"Saturday, March 2, 2024 | Sunset 17:48 | Havdalah at 6:29 pm", ny, nil},
		{"Saturday, March 2, 2024 | Sunset 5:48 pm | Havdalah at 6:45 pm", ny, []problem{{dateline.CodeZman, dateline.Warning, "6:45 pm"}}},
		{"Monday, March 4, 2024 | Candles: 5:33 pm", ny, []problem{{dateline.CodeZman, dateline.Warning, "5:33 pm"}}},
		{"Friday, June 21, 2024 | Candle lighting 10:32 pm", arctic, []problem{{dateline.CodeZman, dateline.Error, "10:32 pm"}}},
		{"Friday, June 21, 2024 | Candle lighting 10:32 pm", nil, nil},
		// The dateline's own time of day, and a zman beside it.
		{"March 1, 2024 10:39 am | Candle lighting 5:29 pm", ny, nil},
		// Candles are lit before sunset (5:47 pm in New York on March
		// 1, 2024, 7:42 pm on Erev Pesach, April 22; 5:36 pm in
		// Jerusalem on March 1): a time after it, in either clock, is an
		// error, not a time a few minutes off. After a Shabbat or a
		// first day of a festival they are lit at nightfall (8:27 pm on
		// Pesach I, April 23): a time after sunset is only off there.
		{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 7:30 pm", ny, []problem{{dateline.CodeZman, dateline.Error, "7:30 pm"}}},
		{"Friday, March 1, 2024 | Candle lighting 5:48 pm", ny, []problem{{dateline.CodeZman, dateline.Error, "5:48 pm"}}},
		{"Friday, March 1, 2024 | Candle lighting 5:50", ny, []problem{{dateline.CodeZman, dateline.Error, "5:50"}}},
		{"Friday, March 1, 2024 | Candle lighting 18:30", ny, []problem{{dateline.CodeZman, dateline.Error, "18:30"}}},
		{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 6:15 pm", jerusalem, []problem{{dateline.CodeZman, dateline.Error, "6:15 pm"}}},
		{"1.3.2024 | הדלקת נרות 18:15", jerusalem, []problem{{dateline.CodeZman, dateline.Error, "18:15"}}},
		{"Monday, April 22, 2024 | Candle lighting 9:00 pm", ny, []problem{{dateline.CodeZman, dateline.Error, "9:00 pm"}}},
		{"Friday, March 1, 2024 | Candle lighting 5:47 pm", ny, []problem{{dateline.CodeZman, dateline.Warning, "5:47 pm"}}},
		{"Friday, March 1, 2024 | Candle lighting 5:20 pm", jerusalem, []problem{{dateline.CodeZman, dateline.Warning, "5:20 pm"}}},
		{"Tuesday, April 23, 2024 | Candle lighting 9:30 pm", ny, []problem{{dateline.CodeZman, dateline.Warning, "9:30 pm"}}},
	}
	for _, tc := range tests {
		name := tc.in
		if tc.loc != nil {
			name += " in " + tc.loc.Name
		}
		t.Run(name, func(t *testing.T) {
			var opts []dateline.Option
			if tc.loc != nil {
				opts = append(opts, dateline.Sunset(tc.loc))
			}
			rep := dateline.Check(tc.in, opts...)
			var got []problem
			for _, p := range rep.Problems {
				got = append(got, problem{p.Code, p.Severity, tc.in[p.Start:p.End]})
			}
			assert.Equal(t, tc.want, got, "%+v", rep.Problems)
			_, err := dateline.Parse(tc.in, opts...)
			if len(tc.want) > 0 && tc.want[0].severity == dateline.Error {
				assert.ErrorIs(t, err, dateline.ErrZman)
			} else {
				assert.NoError(t, err)
			}
		})
	}
	// The dateline's time of day is its own clock's, not a zman's.
	d, err := dateline.Parse("March 1, 2024 10:39 am | Candle lighting 5:29 pm", dateline.Sunset(ny))
	require.NoError(t, err)
	assert.Equal(t, "10:39", d.Time.Format("15:04"))
	d, err = dateline.Parse("Friday, March 1, 2024 | Candle lighting 5:29 pm")
	require.NoError(t, err)
	assert.False(t, d.HasTime)
}

// TestCheckOmer: the day of the Omer a dateline states is its Hebrew
// day's; the next day's, counted on the evening before, is a warning.
// It is read after its label (Omer: day 8) and as hebcal writes it in
// English, which convert --occasions writes (33rd day of the Omer).
func TestCheckOmer(t *testing.T) {
	tests := []struct {
		in       string
		severity dateline.Severity
		ok       bool // no problem at all
	}{
		{"Wednesday, May 1, 2024 | 23 Nisan 5784 | Omer: day 8", 0, true},
		{"Sunday, May 26, 2024 | Omer 33", 0, true},
		{"Sunday, May 26, 2024 | Omer day 34", dateline.Warning, false},
		{"Sunday, May 26, 2024 | Omer: day 12", dateline.Error, false},
		{"Friday, March 1, 2024 | Omer: day 12", dateline.Error, false},
		{"Tuesday, April 23, 2024 | Omer: day 1", dateline.Warning, false}, // 15 Nisan: day 1 is counted that evening
		{"Wednesday, April 24, 2024 | 16 Nisan 5784 | 1st day of the Omer", 0, true},
		{"Sunday, May 26, 2024 | 18 Iyyar 5784 | Lag BaOmer | Parashat Bechukotai | 33rd day of the Omer | Sunset 8:16 pm", 0, true},
		{"Sunday, May 26, 2024 | 33rd Day of the Omer", 0, true},
		{"Sunday, May 26, 2024 | 34th day of the Omer", dateline.Warning, false},
		{"Sunday, May 26, 2024 | 18 Iyyar 5784 | 32nd day of the Omer", dateline.Error, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			if tc.ok {
				assert.Empty(t, rep.Problems)
				return
			}
			require.Len(t, rep.Problems, 1, "%+v", rep.Problems)
			p := rep.Problems[0]
			assert.Equal(t, dateline.CodeOmer, p.Code)
			assert.Equal(t, tc.severity, p.Severity)
			assert.Regexp(t, `^\d+(st|nd|rd|th)?$`, tc.in[p.Start:p.End])
			if tc.severity == dateline.Error {
				_, err := dateline.Parse(tc.in)
				assert.True(t, errors.Is(err, dateline.ErrOmer), "%v", err)
			}
		})
	}
	// Omer counts 1 to 49.
	assert.Equal(t, dateline.CodeOutOfRange, dateline.Check("Sunday, May 26, 2024 | Omer: day 50").Problems[0].Code)
}

// TestLayoutOfZmanim: the layout of a masthead with its times is the
// reference day's, with the reference time after each label.
func TestLayoutOfZmanim(t *testing.T) {
	for in, want := range map[string]string{
		"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm": candlesLayout,
		"Saturday, March 2, 2024 | Sunset 17:43 | Havdalah 6:31 pm":        shabbatLayout,
		"Sunday, May 26, 2024 | 18 Iyyar 5784 | Omer: day 33":              omerLayout,
		"Sunday, May 26, 2024 | 18 Iyyar 5784 | 33rd day of the Omer":      "Monday, January 2, 2006 | 2 Tevet 5766 | 2nd day of the Omer",
	} {
		l, err := dateline.LayoutOf(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, l.String(), in)
	}
	for _, layout := range []string{candlesLayout, shabbatLayout, omerLayout} {
		l, err := dateline.Compile(layout)
		require.NoError(t, err)
		assert.Equal(t, layout, l.String())
	}
}

// TestOmerDayWords: "Nth day of the Omer" is the Omer only after a date;
// an ordinal day before a month stays the day. Its layout writes the
// words with the count in the Omer's season, and neither outside it.
func TestOmerDayWords(t *testing.T) {
	l, err := dateline.LayoutOf("Tuesday, 25 Iyar 5769, 40th day of the Omer | Parashat Bamidbar")
	require.NoError(t, err)
	for in, want := range map[string]string{
		"2024-05-26": "Sunday, 18 Iyar 5784, 33rd day of the Omer | Parashat Bechukotai",
		"2023-03-17": "Friday, 24 Adar 5783 | Parashat Vayakhel-Pekudei",
	} {
		d, err := dateline.Parse(in)
		require.NoError(t, err)
		assert.Equal(t, want, l.Format(d.Time, d.Hebrew))
	}
	d, err := dateline.Parse("3rd day of the Omer")
	assert.Error(t, err, "no date: %v", d)
	rep := dateline.Check("Friday, May 3rd 2024")
	assert.True(t, rep.OK(), "%+v", rep.Problems)
	assert.Equal(t, "2024-05-03", rep.Dateline.Time.Format("2006-01-02"))
}

// TestOmerDayLanguages: the day of the Omer is read as hebcal writes it in
// each locale that has words for it, after a date of that language ("8.
// Tag des Omer", "8º día del Omer", "8. dag van de Omer"), checked as the
// English is, and a layout by example writes it in the season and leaves
// it out, with its words, outside it. A number with a dot and other words
// after a date is no Omer.
func TestOmerDayLanguages(t *testing.T) {
	for _, tc := range []struct{ in, next, summer string }{
		{"Mittwoch, 1. Mai 2024 | 23 Nissan 5784 | 8. Tag des Omer",
			"Donnerstag, 2. Mai 2024 | 24 Nissan 5784 | 9. Tag des Omer", "Montag, 1. Juli 2024 | 25 Siwan 5784"},
		{"miércoles, 1 de mayo de 2024 | 23 Nisán 5784 | 8º día del Omer",
			"jueves, 2 de mayo de 2024 | 24 Nisán 5784 | 9º día del Omer", "lunes, 1 de julio de 2024 | 25 Sivan 5784"},
		{"woensdag 1 mei 2024 | 23 Nisan 5784 | 8. DAG VAN DE OMER",
			"donderdag 2 mei 2024 | 24 Nisan 5784 | 9. DAG VAN DE OMER", "maandag 1 juli 2024 | 25 Sivan 5784"},
	} {
		rep := dateline.Check(tc.in)
		require.True(t, rep.OK(), "%s: %+v", tc.in, rep.Problems)
		l, err := dateline.LayoutOf(tc.in)
		require.NoError(t, err, tc.in)
		for day, want := range map[string]string{"2024-05-02": tc.next, "2024-07-01": tc.summer} {
			d, err := dateline.Parse(day)
			require.NoError(t, err)
			assert.Equal(t, want, l.Format(d.Time, d.Hebrew), tc.in)
		}
		wrong := strings.Replace(tc.in, "| 8", "| 12", 1)
		p := dateline.Check(wrong).Problems
		require.Len(t, p, 1, "%s", wrong)
		assert.Equal(t, dateline.CodeOmer, p[0].Code, wrong)
	}
	for _, in := range []string{"Mittwoch, 1. Mai 2024, 8. Tag der Woche", "Mittwoch, 1. Mai 2024 | 8. Tag des Omers"} {
		for _, p := range dateline.Check(in).Problems {
			assert.NotEqual(t, dateline.CodeOmer, p.Code, in)
		}
	}
}

// TestZmanLabelsInLanguages: the labels of the day's times in hebcal-go's
// locales (Allumage des bougies, Kerzenzünden, Зажигание свечей,
// Hawdalah), Velas, as Spanish and Portuguese pages print it, and
// Spanish's and Italian's own (encendido de velas, accensione dei lumi,
// Havdalá), whose locales hebcal has not, mark the
// clock after them as that time of a place, not the dateline's own time of
// day, which it was (a candle lighting at 18:26 read as the hour the line
// was written); with a city it is checked, and a layout writes the city's
// time after the label. The clock may be French's or German's (18h26,
// 17.52). A label's word in prose is no time.
func TestZmanLabelsInLanguages(t *testing.T) {
	for _, in := range []string{
		"vendredi 8 mars 2024 | 28 Adar I 5784 | Allumage des bougies : 18h26",
		"Freitag, 8. März 2024 | Kerzenzünden 17.52 | Hawdalah 19:01",
		"пятница, 8 марта 2024 | Зажигание свечей 17:26",
		"viernes 8 de marzo de 2024, Velas: 18:44",
		"8 de março de 2024 | Acendimento das Velas 17:53",
		"Viernes, 8 de marzo de 2024, encendido de velas 18:45",
		"Venerdì 8 marzo 2024 – Accensione dei lumi: 17:45",
		"venerdì 8 marzo 2024, accensione candele 17:45",
		"Sábado 9 de marzo de 2024, Havdalá 19:40",
	} {
		d, err := dateline.Parse(in)
		require.NoError(t, err, in)
		assert.False(t, d.HasTime, "%s: the label's clock is no time of the dateline", in)
	}
	paris, err := dateline.City("Paris")
	require.NoError(t, err)
	rep := dateline.Check("vendredi 8 mars 2024 | Allumage des bougies : 18h46", dateline.Sunset(paris))
	require.Len(t, rep.Problems, 1)
	assert.Equal(t, dateline.CodeZman, rep.Problems[0].Code)
	assert.Empty(t, dateline.Check("vendredi 8 mars 2024 | Allumage des bougies : 18h26", dateline.Sunset(paris)).Problems)
	l, err := dateline.LayoutOf("vendredi 8 mars 2024 | Allumage des bougies : 18h26")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.March, 15, 12, 0, 0, 0, time.UTC))
	assert.Equal(t, "vendredi 15 mars 2024 | Allumage des bougies : 18h37", d.Format(l.String(), dateline.Sunset(paris)))
	for _, prose := range []string{"Las velas del barco", "Kerzenzünden ist ein Brauch"} {
		assert.Empty(t, dateline.Find(prose), prose)
	}
}
