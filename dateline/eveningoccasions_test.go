package dateline_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// occasionNames returns the English names of d's occasions but its
// weekly portion.
func occasionNames(d dateline.Dateline, opts ...dateline.Option) []string {
	var out []string
	for _, o := range d.Occasions(opts...) {
		if o.Kind.String() != "portion" {
			out = append(out, o.Name(hebrew.Hebcal))
		}
	}
	return out
}

// TestOccasionsAfterSunset: after sunset under a sunset rule, when the
// Hebrew date is already the next day's, the occasions hebcal dates to the
// civil day whose evening they are (Chanukah's candles, Leil Selichot) are
// the civil day's: the first candle is lit on the evening of December 25,
// 2024 (hebcal's "Chanukah: 1 Candle" of 24 Kislev 5785), the seventh on
// December 31. Occasions named the next evening's candles ("Chanukah: 2
// Candles" at 8:00 pm on December 25, "3 Candles" on December 26) and
// left Leil Selichot out on its own night, and JSON, Format's Holiday and
// Check did the same (found trying the command as an adversary).
func TestOccasionsAfterSunset(t *testing.T) {
	newYork, err := dateline.City("New York")
	require.NoError(t, err)
	jerusalem, err := dateline.City("Jerusalem")
	require.NoError(t, err)
	ny, _ := time.LoadLocation("America/New_York")
	jlm, _ := time.LoadLocation("Asia/Jerusalem")
	tests := []struct {
		at     time.Time
		city   dateline.Option
		hebrew string
		want   []string // but the portion
	}{
		// Before sunset: the civil day's own, as hebcal dates them.
		{time.Date(2024, 12, 25, 15, 0, 0, 0, ny), dateline.Sunset(newYork), "24 Kislev 5785", []string{"Chanukah: 1 Candle"}},
		{time.Date(2024, 12, 25, 15, 0, 0, 0, jlm), dateline.Sunset(jerusalem), "24 Kislev 5785", []string{"Chanukah: 1 Candle"}},
		// After sunset: the evening's, the civil day's candles.
		{time.Date(2024, 12, 24, 20, 0, 0, 0, ny), dateline.Sunset(newYork), "24 Kislev 5785", nil},
		{time.Date(2024, 12, 25, 20, 0, 0, 0, ny), dateline.Sunset(newYork), "25 Kislev 5785", []string{"Chanukah: 1 Candle"}},
		{time.Date(2024, 12, 25, 20, 0, 0, 0, jlm), dateline.Sunset(jerusalem), "25 Kislev 5785", []string{"Chanukah: 1 Candle"}},
		{time.Date(2024, 12, 26, 20, 0, 0, 0, ny), dateline.Sunset(newYork), "26 Kislev 5785", []string{"Chanukah: 2 Candles"}},
		{time.Date(2024, 12, 26, 20, 0, 0, 0, jlm), dateline.Nightfall(jerusalem), "26 Kislev 5785", []string{"Chanukah: 2 Candles"}},
		// Rosh Chodesh Tevet, 30 Kislev and 1 Tevet: the day's own,
		// and the candles of the evening.
		{time.Date(2024, 12, 30, 20, 0, 0, 0, ny), dateline.Sunset(newYork), "30 Kislev 5785", []string{"Chag HaBanot", "Chanukah: 6 Candles", "Rosh Chodesh Tevet"}},
		{time.Date(2024, 12, 31, 20, 0, 0, 0, ny), dateline.Sunset(newYork), "1 Tevet 5785", []string{"Chanukah: 7 Candles", "Rosh Chodesh Tevet"}},
		{time.Date(2024, 12, 31, 20, 0, 0, 0, jlm), dateline.Sunset(jerusalem), "1 Tevet 5785", []string{"Chanukah: 7 Candles", "Rosh Chodesh Tevet"}},
		{time.Date(2024, 12, 31, 12, 0, 0, 0, jlm), dateline.Sunset(jerusalem), "30 Kislev 5785", []string{"Chag HaBanot", "Chanukah: 7 Candles", "Rosh Chodesh Tevet"}},
		// The last candle, and the 8th Day's evening after it.
		{time.Date(2025, 1, 1, 20, 0, 0, 0, ny), dateline.Sunset(newYork), "2 Tevet 5785", []string{"Chanukah: 8 Candles"}},
		{time.Date(2025, 1, 2, 12, 0, 0, 0, ny), dateline.Sunset(newYork), "2 Tevet 5785", []string{"Chanukah: 8th Day"}},
		{time.Date(2025, 1, 2, 20, 0, 0, 0, ny), dateline.Sunset(newYork), "3 Tevet 5785", nil},
		// Leil Selichot, the night after the Shabbat hebcal dates it to.
		{time.Date(2024, 9, 28, 23, 0, 0, 0, ny), dateline.Sunset(newYork), "26 Elul 5784", []string{"Leil Selichot"}},
		{time.Date(2024, 9, 28, 23, 0, 0, 0, jlm), dateline.Sunset(jerusalem), "26 Elul 5784", []string{"Leil Selichot"}},
		{time.Date(2024, 9, 29, 23, 0, 0, 0, ny), dateline.Sunset(newYork), "27 Elul 5784", nil},
		// A day named by its day is the Hebrew date's.
		{time.Date(2024, 4, 22, 21, 0, 0, 0, ny), dateline.Sunset(newYork), "15 Nisan 5784", []string{"Pesach I"}},
	}
	for _, tc := range tests {
		t.Run(tc.at.String(), func(t *testing.T) {
			d := dateline.New(tc.at, tc.city)
			require.Equal(t, tc.hebrew, d.Hebrew.String())
			assert.Equal(t, tc.want, occasionNames(d, dateline.Diaspora()))
			// So does JSON.
			list, err := json.Marshal(tc.want)
			require.NoError(t, err)
			if tc.want == nil {
				list = []byte("[]")
			}
			assert.Contains(t, string(d.AppendJSON(nil, dateline.WithOccasions(), dateline.Diaspora())), `"occasions":`+string(list))
			// Format's Holiday writes the same, and the line reads back.
			line := d.Format("Monday, January 2, 2006 3:04 pm | 2 Tevet 5766 | Chanukah: 8th Day", tc.city)
			rep := dateline.Check(line, tc.city, dateline.Diaspora())
			assert.True(t, rep.OK(), "%s: %+v", line, rep.Problems)
		})
	}
}

// TestCheckCandlesAfterSunset: Check reads the candles beside a time
// after sunset as the civil day's evening's, as Occasions writes them,
// and the next evening's as the occasion error they are.
func TestCheckCandlesAfterSunset(t *testing.T) {
	newYork, err := dateline.City("New York")
	require.NoError(t, err)
	jerusalem, err := dateline.City("Jerusalem")
	require.NoError(t, err)
	for _, tc := range []struct {
		in   string
		city dateline.Option
		ok   bool
	}{
		{"Wednesday, December 25, 2024 8:00 pm | 25 Kislev 5785 | Chanukah: 1 Candle", dateline.Sunset(newYork), true},
		{"Wednesday, December 25, 2024 8:00 pm | 25 Kislev 5785 | Chanukah: 2 Candles", dateline.Sunset(newYork), false},
		{"Thursday, December 26, 2024 8:00 pm | 26 Kislev 5785 | Chanukah: 2 Candles", dateline.Sunset(newYork), true},
		{"Thursday, December 26, 2024 8:00 pm | 26 Kislev 5785 | Chanukah: 3 Candles", dateline.Sunset(newYork), false},
		{"Thursday, December 26, 2024 8:00 pm | 26 Kislev 5785 | Chanukah: 3 Candles", dateline.Sunset(jerusalem), false},
		{"Tuesday, December 31, 2024 8:00 pm | 1 Tevet 5785 | Chanukah: 7 Candles, Rosh Chodesh Tevet", dateline.Sunset(jerusalem), true},
		{"Tuesday, December 31, 2024 8:00 pm | 1 Tevet 5785 | Chanukah: 8 Candles, Rosh Chodesh Tevet", dateline.Sunset(jerusalem), false},
		{"Wednesday, January 1, 2025 8:00 pm | 2 Tevet 5785 | Chanukah: 8 Candles", dateline.Sunset(newYork), true},
		{"Saturday, September 28, 2024 11:00 pm | 26 Elul 5784 | Leil Selichot", dateline.Sunset(newYork), true},
		{"Sunday, September 29, 2024 11:00 pm | 27 Elul 5784 | Leil Selichot", dateline.Sunset(newYork), false},
		// Near misses that keep working: before sunset, the day's own.
		{"Wednesday, December 25, 2024 3:00 pm | 24 Kislev 5785 | Chanukah: 1 Candle", dateline.Sunset(newYork), true},
		{"Thursday, December 26, 2024 3:00 pm | 25 Kislev 5785 | Chanukah: 2 Candles", dateline.Sunset(jerusalem), true},
		{"Thursday, December 26, 2024 3:00 pm | 25 Kislev 5785 | Chanukah: 1 Candle", dateline.Sunset(jerusalem), false},
		{"Saturday, September 28, 2024 11:00 pm | 26 Elul 5784 | Parashat Ha'azinu", dateline.Sunset(newYork), true},
		{"Monday, April 22, 2024 9:00 pm | 15 Nisan 5784 | Pesach I", dateline.Sunset(newYork), true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, tc.city, dateline.Diaspora())
			assert.Equal(t, tc.ok, rep.OK(), "%+v", rep.Problems)
			if !tc.ok {
				var codes []dateline.Code
				for _, p := range rep.Problems {
					codes = append(codes, p.Code)
				}
				assert.Contains(t, codes, dateline.CodeOccasion, "%+v", rep.Problems)
			}
		})
	}
}
