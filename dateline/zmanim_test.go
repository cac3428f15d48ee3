package dateline_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/hebcal/hebcal-go/zmanim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

func day(s string) dateline.Dateline {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return dateline.Dateline{Time: t, Hebrew: hebrew.DateOf(t)}
}

func city(t *testing.T, name string) *zmanim.Location {
	c, err := dateline.City(name)
	require.NoError(t, err)
	return c
}

// TestTimes: candle lighting on the eve of Shabbat and festivals, at the
// city's usual minutes before sunset or at nightfall on a second night,
// and havdalah when Shabbat or a festival ends, as the hebcal command
// prints them (hebcal -c -C "New York" 2024 and so on).
func TestTimes(t *testing.T) {
	ny, jerusalem := city(t, "New York"), city(t, "Jerusalem")
	tests := []struct {
		day            string
		loc            *zmanim.Location
		candles, havd  string // "15:04" in the city's zone, or ""
		sunsetHourZone string // the hour of sunset and the zone's offset
	}{
		{"2024-03-01", ny, "17:29", "", "17 -0500"},        // Friday
		{"2024-03-02", ny, "", "18:29", "17 -0500"},        // Shabbat
		{"2024-03-03", ny, "", "", "17 -0500"},             // Sunday
		{"2024-03-01", jerusalem, "16:56", "", "17 +0200"}, // 40 minutes
		{"2024-04-22", ny, "19:24", "", "19 -0400"},        // Erev Pesach
		{"2024-04-23", ny, "20:27", "", "19 -0400"},        // second night: at nightfall
		{"2024-04-24", ny, "", "20:28", "19 -0400"},        // Pesach II ends
		{"2024-04-23", jerusalem, "", "19:51", "19 +0300"}, // one day in Israel
		{"2024-10-11", ny, "18:03", "", "18 -0400"},        // Erev Yom Kippur
		{"2024-10-12", ny, "", "19:00", "18 -0400"},        // Yom Kippur ends
		{"2024-12-25", ny, "", "", "16 -0500"},             // Chanukah is not a festival of candles before sunset
	}
	for _, tc := range tests {
		t.Run(tc.day+" "+tc.loc.Name, func(t *testing.T) {
			got := day(tc.day).Times(tc.loc)
			assert.Equal(t, tc.sunsetHourZone, got.Sunset.Format("15 -0700"))
			clock := func(t time.Time) string {
				if t.IsZero() {
					return ""
				}
				return t.Format("15:04")
			}
			assert.Equal(t, tc.candles, clock(got.CandleLighting))
			assert.Equal(t, tc.havd, clock(got.Havdalah))
		})
	}
}

// TestTimesMinutes: candle lighting on a Friday is the city's minutes
// before sunset, rounded down to the minute: 18, 40 in Jerusalem, 30 in
// Haifa.
func TestTimesMinutes(t *testing.T) {
	for name, mins := range map[string]int{"New York": 18, "London": 18, "Jerusalem": 40, "Haifa": 30, "Tel Aviv": 18} {
		got := day("2024-03-08").Times(city(t, name))
		require.False(t, got.CandleLighting.IsZero(), name)
		assert.Equal(t, got.Sunset.Truncate(time.Minute).Add(-time.Duration(mins)*time.Minute), got.CandleLighting, name)
	}
}

func TestTimesNone(t *testing.T) {
	assert.True(t, day("2024-03-01").Times(nil).IsZero())
	assert.True(t, dateline.Dateline{}.Times(city(t, "New York")).IsZero())
	for _, loc := range []*zmanim.Location{
		{Name: "Nowhere", Latitude: 200, Longitude: 500, TimeZoneId: "UTC"},
		{Name: "Unknown zone", Latitude: 32, Longitude: 35, TimeZoneId: "Not/AZone"},
	} {
		assert.NotPanics(t, func() { assert.True(t, day("2024-03-01").Times(loc).IsZero()) }, loc.Name)
	}
	// No sunset in the Arctic summer, candle lighting neither.
	arctic := &zmanim.Location{Name: "Longyearbyen", Latitude: 78.2, Longitude: 15.6, TimeZoneId: "Arctic/Longyearbyen"}
	assert.True(t, day("2024-06-21").Times(arctic).IsZero())
	assert.NotPanics(t, func() { _ = day("0001-01-01").Times(arctic) })
}

func TestOmer(t *testing.T) {
	for d, want := range map[string]int{
		"2024-04-23": 0,  // 15 Nisan
		"2024-04-24": 1,  // 16 Nisan
		"2024-05-26": 33, // Lag BaOmer
		"2024-06-11": 49, // 5 Sivan
		"2024-06-12": 0,  // Shavuot
		"2024-03-02": 0,
	} {
		assert.Equal(t, want, day(d).Omer(), d)
	}
	assert.Equal(t, 0, dateline.Dateline{}.Omer())
}

// TestAppendJSONTimes: with a location the metadata object gives the
// day's times; with WithOccasions, the Omer count in its season; and the
// object still reads back.
func TestAppendJSONTimes(t *testing.T) {
	ny := city(t, "New York")
	var got map[string]any
	require.NoError(t, json.Unmarshal(day("2024-03-01").AppendJSON(nil, dateline.Sunset(ny)), &got))
	assert.Equal(t, "2024-03-01T17:29:00-05:00", got["candle_lighting"])
	assert.Contains(t, got["sunset"], "2024-03-01T17:4")
	assert.NotContains(t, got, "havdalah")
	assert.NotContains(t, got, "occasions")

	got = nil
	b := day("2024-05-26").AppendJSON(nil, dateline.WithOccasions(), dateline.Nightfall(ny))
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, float64(33), got["omer"])
	assert.Equal(t, []any{"Lag BaOmer"}, got["occasions"])
	assert.Contains(t, got, "sunset")
	var d dateline.Dateline
	require.NoError(t, d.UnmarshalJSON(b))
	assert.Equal(t, day("2024-05-26"), d)

	plain, err := day("2024-05-26").MarshalJSON()
	require.NoError(t, err)
	assert.NotContains(t, string(plain), "omer")
	assert.NotContains(t, string(plain), "sunset")
}

// TestTimesLeftOutRead: a layout whose time of the day is left out on a
// day without it must still write text that reads. "Jan. 2 06) Candles
// 15.04!" wrote "Mar. 4 24!" on a Monday, which no reader takes (a
// two-digit year before "!"); it is refused, by Compile and LayoutOf,
// where the same layout with a full year, or its time after a separator,
// writes a Monday that reads.
func TestTimesLeftOutRead(t *testing.T) {
	for _, s := range []string{"Jan. 2 06) Candles 15.04!", "Mar. 1 24) Candles 16.56!"} {
		_, err := dateline.Compile(s)
		assert.ErrorContains(t, err, "which does not read", s)
		_, err = dateline.LayoutOf(s)
		assert.ErrorContains(t, err, "which does not read", s)
	}
	for _, s := range []string{"Jan. 2, 2006) Candles 15.04!", "Jan 2, 2006 | Candle lighting 3:04 pm"} {
		_, err := dateline.Compile(s)
		require.NoError(t, err, s)
		monday := day("2024-03-04")
		text := monday.Format(s, dateline.Sunset(city(t, "Jerusalem")))
		got, err := dateline.Parse(text)
		require.NoError(t, err, "%s wrote %q", s, text)
		assert.Equal(t, monday.Time, got.Time, "%s wrote %q", s, text)
	}
}
