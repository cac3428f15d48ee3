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
