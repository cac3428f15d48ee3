package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
)

// TestOccasionsReadBack writes every day of a leap Hebrew year (5784) and
// a common one (5785) with --occasions, in every --lang, with and
// without --israel, and checks each line with check (with the same
// --israel): it reads as the day it was written for, occasions, portion
// and day of the Omer included ("Pesach II | 1st day of the Omer", "Rosh
// Hashana", not "Rosh Hashana 5785" after 1 Tishrei 5785, "Chag HaBanot,
// Chanukah: 7 Candles, Rosh Chodesh Tevet"). English is checked with
// --city too, whose times follow.
func TestOccasionsReadBack(t *testing.T) {
	var days []string
	for d := time.Date(2023, time.September, 16, 0, 0, 0, 0, time.UTC); !d.After(time.Date(2025, time.September, 22, 0, 0, 0, 0, time.UTC)); d = d.AddDate(0, 0, 1) {
		days = append(days, d.Format("2006-01-02"))
	}
	type run struct {
		lang   string
		israel bool
		city   string
	}
	var runs []run
	for _, l := range layout.Langs() {
		runs = append(runs, run{lang: l.String()}, run{lang: l.String(), israel: true})
	}
	runs = append(runs, run{lang: "en", city: "New York"}, run{lang: "en", israel: true, city: "Jerusalem"})
	for _, rn := range runs {
		name := rn.lang
		var opts []string
		if rn.israel {
			name, opts = name+"/israel", append(opts, "--israel")
		}
		if rn.city != "" {
			name, opts = name+"/"+rn.city, append(opts, "--city", rn.city)
		}
		t.Run(name, func(t *testing.T) {
			conv := runDualdate("", append(append([]string{"convert", "--occasions", "--lang", rn.lang}, opts...), days...)...)
			require.Equal(t, exitOK, conv.code, conv.stderr)
			lines := strings.Split(strings.TrimSuffix(conv.stdout, "\n"), "\n")
			require.Len(t, lines, len(days))
			chk := runDualdate("", append(append([]string{"check", "--json"}, opts...), lines...)...)
			objs := strings.Split(strings.TrimSuffix(chk.stdout, "\n"), "\n")
			require.Len(t, objs, len(lines), chk.stderr)
			for i, o := range objs {
				var got struct {
					OK       bool `json:"ok"`
					Dateline struct {
						Gregorian string `json:"gregorian"`
					} `json:"dateline"`
				}
				require.NoError(t, json.Unmarshal([]byte(o), &got))
				assert.True(t, got.OK, "%s: %s", lines[i], o)
				assert.Equal(t, days[i], got.Dateline.Gregorian, lines[i])
			}
		})
	}
}
