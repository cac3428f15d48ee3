package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestZeroTimeDay: January 1, 1 CE (18 Tevet 3761, verified with hd) at
// midnight UTC is time.Time's zero value, which the command took for "no
// day": with --tz UTC, --reference of that day was refused as naming no
// day where --tz America/New_York took it, and an unknown command that is
// that day was not offered to convert. It is a day in every zone.
func TestZeroTimeDay(t *testing.T) {
	for _, tz := range []string{"UTC", "America/New_York", "Asia/Jerusalem"} {
		for _, ref := range []string{"0001-01-01 N.S.", "Monday, January 1, 0001 | 18 Tevet 3761", "18 Tevet 3761", "January 1, 1 CE N.S."} {
			t.Run(tz+"/reference "+ref, func(t *testing.T) {
				r := runDualdate("", "--reference", ref, "--tz", tz, "--layout", "full")
				assert.Equal(t, 0, r.code, r.stderr)
				assert.Equal(t, "Monday, January 1, 0001 | 18 Tevet 3761\n", r.stdout)
			})
		}
		for _, in := range []string{"Monday, January 1, 0001 | 18 Tevet 3761", "January 1, 1 CE | 18 Tevet 3761", "18 Tevet 3761"} {
			t.Run(tz+"/"+in, func(t *testing.T) {
				r := runDualdate("", "check", "--reference", "2024-03-02", "--tz", tz, in)
				assert.Equal(t, 0, r.code, r.stderr)
				r = runDualdate("", "check", "--json", "--reference", "2024-03-02", "--tz", tz, in)
				assert.Equal(t, 0, r.code, r.stderr)
				assert.Contains(t, r.stdout, `"ok":true,"dateline":{"gregorian":"0001-01-01","weekday":"Monday","hebrew":"18 Tevet 3761"`)
				r = runDualdate("", "convert", "--reference", "2024-03-02", "--tz", tz, in)
				assert.Equal(t, 0, r.code, r.stderr)
				assert.Equal(t, "Monday, January 1, 0001 | 18 Tevet 3761\n", r.stdout)
				r = runDualdate("On "+in+" it began.\n", "scan", "--json", "--reference", "2024-03-02", "--tz", tz)
				assert.Equal(t, 0, r.code, r.stderr)
				assert.Contains(t, r.stdout, `"dateline":{"gregorian":"0001-01-01","weekday":"Monday","hebrew":"18 Tevet 3761"`)
				r = runDualdate("", "--reference", "2024-03-02", "--tz", tz, in)
				assert.Contains(t, r.stderr, "dualdate convert '"+in+"'")
			})
		}
		// A near miss: a month is no day, with or without the zero Time.
		t.Run(tz+"/reference January 0001", func(t *testing.T) {
			r := runDualdate("", "--reference", "Tevet 3761", "--tz", tz)
			assert.Equal(t, 2, r.code)
			assert.Contains(t, r.stderr, "names no")
		})
	}
	// cal of that day draws its Gregorian month, January 1, as in New
	// York; in UTC it drew Tevet 3761, the zero Time taken for no day.
	for _, tz := range []string{"UTC", "America/New_York"} {
		t.Run(tz+"/cal January 1, 1 CE N.S.", func(t *testing.T) {
			r := runDualdate("", "cal", "--reference", "2024-03-02", "--tz", tz, "January 1, 1 CE N.S.")
			assert.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, "January 1 · Tevet – Sh'vat 3761")
		})
	}
}
