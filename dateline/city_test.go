package dateline_test

import (
	"testing"
	"time"

	"github.com/hebcal/hebcal-go/zmanim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

func TestCity(t *testing.T) {
	for _, tc := range []struct{ typed, want string }{
		{"Jerusalem", "Jerusalem"},
		{"jerusalem", "Jerusalem"},
		{"Tel Aviv", "Tel Aviv"},
		{"tel-aviv", "Tel Aviv"},
		{"TelAviv", "Tel Aviv"},
		{"NEW-YORK", "New York"},
		{"new york", "New York"},
		// hebcal-go names it "Baton Rouge|LA".
		{"Baton Rouge", "Baton Rouge, LA"},
		{"Baton Rouge, LA", "Baton Rouge, LA"},
		{"baton rouge la", "Baton Rouge, LA"},
	} {
		t.Run(tc.typed, func(t *testing.T) {
			c, err := dateline.City(tc.typed)
			require.NoError(t, err)
			assert.Equal(t, tc.want, c.Name)
		})
	}
}

func TestCityError(t *testing.T) {
	for _, tc := range []struct {
		typed   string
		closest []string
		msg     string
	}{
		{"Jeruslem", []string{"Jerusalem"}, `dateline: unknown city "Jeruslem"; did you mean Jerusalem?`},
		{"New Yrok", []string{"New York", "Newark"}, `dateline: unknown city "New Yrok"; did you mean New York or Newark?`},
		{"san", []string{"San Antonio", "San Diego", "San Francisco", "San Jose", "San Juan"}, ""},
		{"Pari", []string{"Paris"}, ""},
		{"Baton Roug", []string{"Baton Rouge, LA"}, ""},
		{"Xyzzyville", []string{}, `dateline: unknown city "Xyzzyville" (zmanim.AllCities lists the cities known)`},
		{"", []string(nil), ""},
	} {
		t.Run(tc.typed, func(t *testing.T) {
			c, err := dateline.City(tc.typed)
			assert.Nil(t, c)
			var ce *dateline.CityError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tc.typed, ce.Name)
			assert.Equal(t, tc.closest, ce.Closest)
			if tc.msg != "" {
				assert.Equal(t, tc.msg, err.Error())
			}
		})
	}
}

// TestCityNames: every city's name, as City returns it and CityError
// names it, is as people write it, and City finds it by that name.
func TestCityNames(t *testing.T) {
	for _, c := range zmanim.AllCities() {
		got, err := dateline.City(c.Name)
		require.NoError(t, err, c.Name)
		assert.NotContains(t, got.Name, "|")
		again, err := dateline.City(got.Name)
		require.NoError(t, err, got.Name)
		assert.Equal(t, got, again)
	}
}

// TestCityIsOwnCopy: changing the Location City returns changes nothing
// for the next caller.
func TestCityIsOwnCopy(t *testing.T) {
	c, err := dateline.City("tel-aviv")
	require.NoError(t, err)
	c.Latitude = 0
	c2, err := dateline.City("tel-aviv")
	require.NoError(t, err)
	assert.NotZero(t, c2.Latitude)
}

// TestNilLocation: a nil location is an error the caller sees, from every
// function that reads text, and New returns the zero Dateline.
func TestNilLocation(t *testing.T) {
	at := time.Date(2022, 9, 28, 21, 0, 0, 0, time.UTC)
	const text = "Wednesday, September 28, 2022 | 3 Tishrei 5783"
	for name, opt := range map[string]dateline.Option{"Sunset": dateline.Sunset(nil), "Nightfall": dateline.Nightfall(nil)} {
		t.Run(name, func(t *testing.T) {
			assert.True(t, dateline.New(at, opt).IsZero())

			rep := dateline.Check(text, opt)
			assert.False(t, rep.OK())
			require.Len(t, rep.Problems, 1)
			p := rep.Problems[0]
			assert.Equal(t, dateline.CodeOption, p.Code)
			assert.Equal(t, dateline.Error, p.Severity)
			assert.Equal(t, 0, p.Start)
			assert.Equal(t, 0, p.End)
			assert.Contains(t, p.Message, name+" was given a nil location")

			_, err := dateline.Parse(text, opt)
			assert.ErrorIs(t, err, dateline.ErrOption)
			_, err = dateline.NewReader(opt).Parse(text)
			assert.ErrorIs(t, err, dateline.ErrOption)

			ms := dateline.Find("Posted "+text+".", opt)
			require.Len(t, ms, 1)
			assert.Equal(t, 7, ms[0].Start)
			assert.Equal(t, dateline.CodeOption, ms[0].Problems[0].Code)
		})
	}
	// A location off the globe is as much an error: latitude 95 dropped
	// the rule with nothing said.
	for _, loc := range []*zmanim.Location{{Latitude: 95, Longitude: 10, TimeZoneId: "UTC"}, {Latitude: 40, Longitude: 200, TimeZoneId: "Nowhere/Zone"}} {
		opt := dateline.Sunset(loc)
		assert.True(t, dateline.New(at, opt).IsZero())
		rep := dateline.Check(text, opt)
		require.Len(t, rep.Problems, 1)
		assert.Equal(t, dateline.CodeOption, rep.Problems[0].Code)
		assert.Contains(t, rep.Problems[0].Message, "off the globe")
	}
	// A location given after the nil one is the rule.
	ny := zmanim.LookupCity("New York")
	d := dateline.New(at.Add(4*time.Hour), dateline.Sunset(nil), dateline.Sunset(ny)) // 9 pm in New York
	assert.Equal(t, hebrew.Date{Year: 5783, Month: hebrew.Tishrei, Day: 4}, d.Hebrew)
}

// TestSunsetZone: a sunset rule's location gives the zone of text that
// names none, unless In says otherwise, whichever comes first.
func TestSunsetZone(t *testing.T) {
	ny, err := dateline.City("New York")
	require.NoError(t, err)
	nyZone, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	require.NoError(t, err)
	const text = "March 2, 2024 8:00 pm"
	tests := []struct {
		name string
		opts []dateline.Option
		want time.Time
	}{
		{"none", nil, time.Date(2024, 3, 2, 20, 0, 0, 0, time.UTC)},
		{"Sunset", []dateline.Option{dateline.Sunset(ny)}, time.Date(2024, 3, 2, 20, 0, 0, 0, nyZone)},
		{"Nightfall", []dateline.Option{dateline.Nightfall(ny)}, time.Date(2024, 3, 2, 20, 0, 0, 0, nyZone)},
		{"In then Sunset", []dateline.Option{dateline.In(tokyo), dateline.Sunset(ny)}, time.Date(2024, 3, 2, 20, 0, 0, 0, tokyo)},
		{"Sunset then In", []dateline.Option{dateline.Sunset(ny), dateline.In(tokyo)}, time.Date(2024, 3, 2, 20, 0, 0, 0, tokyo)},
		{"unknown zone", []dateline.Option{dateline.Sunset(&zmanim.Location{Name: "X", Latitude: 32, Longitude: 45, TimeZoneId: "Not/AZone"})},
			time.Date(2024, 3, 2, 17, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := dateline.Parse(text, tc.opts...)
			require.NoError(t, err)
			assert.True(t, tc.want.Equal(d.Time), "got %v, want %v", d.Time, tc.want)
		})
	}
	// 8 pm in New York is after sunset: the Hebrew date is the next day's.
	d, err := dateline.Parse(text, dateline.Sunset(ny))
	require.NoError(t, err)
	assert.Equal(t, hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 23}, d.Hebrew)
}
