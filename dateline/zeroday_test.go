package dateline_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestZeroTimeDay: January 1, 1 CE (18 Tevet 3761, verified with hd) at
// midnight UTC is time.Time's zero value. It is a day like any other:
// read in UTC, where its instant is the zero Time, it reads as it does in
// New York, where it is not, through Check, Find and JSON. "January 1, 1
// CE at 00:00" read in UTC marshaled without its "time".
func TestZeroTimeDay(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	for _, in := range []string{
		"Monday, January 1, 0001 | 18 Tevet 3761", "January 1, 1 CE | 18 Tevet 3761", "January 1, 1 CE, 18 Tevet 3761",
		"18 Tevet 3761", "Monday, 18 Tevet 3761", "January 1, 1 CE N.S.", "1 January 1 CE", "January 1-2, 1 CE", "18-19 Tevet 3761",
		"January 1, 1 CE at 00:00", "January 1, 1 CE at 9:00", "Sunday, January 1, 1 CE",
	} {
		t.Run(in, func(t *testing.T) {
			utc := dateline.Check(in, dateline.In(time.UTC), ref)
			there := dateline.Check(in, dateline.In(ny), ref)
			assert.Equal(t, "0001-01-01", utc.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, "18 Tevet 3761", utc.Dateline.Hebrew.String())
			assert.Equal(t, there.Dateline.Time.Format("2006-01-02 15:04"), utc.Dateline.Time.Format("2006-01-02 15:04"))
			assert.Equal(t, there.Dateline.HasTime, utc.Dateline.HasTime)
			assert.Equal(t, codesOf(there.Problems), codesOf(utc.Problems))
			j, err := json.Marshal(utc.Dateline)
			require.NoError(t, err)
			assert.Contains(t, string(j), `"gregorian":"0001-01-01","weekday":"Monday","hebrew":"18 Tevet 3761"`)
			jt, err := json.Marshal(there.Dateline)
			require.NoError(t, err)
			assert.Equal(t, utc.Dateline.HasTime, strings.Contains(string(j), `"time":"0001-01-01T`))
			assert.Equal(t, there.Dateline.HasTime, strings.Contains(string(jt), `"time":"0001-01-01T`))
			var back dateline.Dateline
			require.NoError(t, json.Unmarshal(j, &back))
			assert.True(t, back.Time.Equal(utc.Dateline.Time), string(j))
			assert.Equal(t, utc.Dateline.Hebrew, back.Hebrew)

			text := "It was " + in + ", as the book says."
			mu := dateline.Find(text, dateline.In(time.UTC), ref)
			mt := dateline.Find(text, dateline.In(ny), ref)
			require.Len(t, mu, len(mt))
			for i := range mu {
				assert.Equal(t, mt[i].Input, mu[i].Input)
				assert.Equal(t, mt[i].Dateline.Time.Format("2006-01-02"), mu[i].Dateline.Time.Format("2006-01-02"))
				assert.Equal(t, codesOf(mt[i].Problems), codesOf(mu[i].Problems))
			}
		})
	}
}

// TestZeroTimeEvening: the evening of January 1, 1 CE (Monday; from
// sunset 19 Tevet 3761, verified with hd) read in UTC is the zero Time with
// the next day's Hebrew date. It lost its Gregorian day: JSON wrote no
// "gregorian" or "weekday" and Format wrote the Hebrew date alone, since
// only 18 Tevet made a zero Time a day; so did a check report whose Hebrew
// date disagrees with it. Each keeps its day now, as in New York, and
// reads back from JSON with it.
func TestZeroTimeEvening(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ in, hebrew string }{
		{"Monday night, January 1, 1 CE", "19 Tevet 3761"},
		{"evening of January 1, 1 CE", "19 Tevet 3761"},
		{"Motzei Monday, January 1, 1 CE", "19 Tevet 3761"},
		{"January 1, 1 CE, after sunset", "19 Tevet 3761"},
		{"Monday night, January 1, 1 CE | 19 Tevet 3761", "19 Tevet 3761"},
		{"Montagabend, 1. Januar 1 n. Chr.", "19 Tevet 3761"},
		{"ליל שלישי 19 בטבת 3761", "19 Tevet 3761"},
		{"January 1, 1 CE | 5 Nisan 5784", "5 Nisan 5784"}, // disagrees: an error, with both dates
	} {
		t.Run(tc.in, func(t *testing.T) {
			utc := dateline.Check(tc.in, dateline.In(time.UTC), ref)
			there := dateline.Check(tc.in, dateline.In(ny), ref)
			require.True(t, utc.Dateline.Time.IsZero(), "the zero Time, the case of the test")
			assert.Equal(t, tc.hebrew, utc.Dateline.Hebrew.String())
			assert.Equal(t, codesOf(there.Problems), codesOf(utc.Problems))
			j, err := json.Marshal(utc.Dateline)
			require.NoError(t, err)
			assert.Contains(t, string(j), `"gregorian":"0001-01-01","weekday":"Monday","hebrew":"`+tc.hebrew+`"`)
			assert.Equal(t, there.Dateline.Format("Monday, January 2, 2006"), utc.Dateline.Format("Monday, January 2, 2006"))

			rj, err := json.Marshal(utc)
			require.NoError(t, err)
			var back dateline.Report
			require.NoError(t, json.Unmarshal(rj, &back))
			assert.True(t, back.Dateline.Time.IsZero())
			assert.Equal(t, utc.Dateline.Hebrew, back.Dateline.Hebrew)
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(rj), string(again), "a report's JSON reads back as it was")
			if utc.OK() {
				var d dateline.Dateline
				require.NoError(t, json.Unmarshal(j, &d))
				again, err := json.Marshal(d)
				require.NoError(t, err)
				assert.Equal(t, string(j), string(again))
				assert.Equal(t, "Monday, January 1, 0001", d.Format("Monday, January 2, 2006"))
			}
		})
	}
}

// TestZeroTimeNoDay: near misses of TestZeroTimeEvening that name no
// Gregorian day keep it that way: a Hebrew month, and the zero Dateline.
func TestZeroTimeNoDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	for _, in := range []string{"Tevet 3761", "Shevat 3761", "טבת ג׳תשס״א"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.In(time.UTC), ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			j, err := json.Marshal(rep.Dateline)
			require.NoError(t, err)
			assert.NotContains(t, string(j), `"gregorian"`)
			var back dateline.Dateline
			require.NoError(t, json.Unmarshal(j, &back))
			assert.Equal(t, rep.Dateline, back)
		})
	}
	j, err := json.Marshal(dateline.Dateline{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(j))
}

// TestZeroInstantWest: New of time.Time's zero value where that instant
// is the afternoon of December 31, 0 (Honolulu, before sunset: 17 Tevet
// 3761, verified with hd) is that day, whose Hebrew date is neither 18
// Tevet nor its evening's.
func TestZeroInstantWest(t *testing.T) {
	hnl, err := dateline.City("Honolulu")
	require.NoError(t, err)
	d := dateline.New(time.Time{}, dateline.Sunset(hnl))
	require.True(t, d.Time.IsZero())
	assert.Equal(t, "17 Tevet 3761", d.Hebrew.String())
	j, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Contains(t, string(j), `"gregorian":"0000-12-31","weekday":"Sunday"`)
	assert.Equal(t, "December 31, 0000", d.Format("January 2, 2006"))
}
