package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScanAskedZone: scan writes a timestamp that states its own zone in
// the zone --tz or --city asks for, as convert does, so that its clock
// and its Hebrew date are one instant's: "2024-03-02T16:00:00Z" with
// --city Jerusalem was "Saturday, March 2, 2024 4:00 pm | 23 Adar I
// 5784", the clock of UTC beside the Hebrew date of 6:00 pm in
// Jerusalem, which check --city Jerusalem refuses. Near misses: a time
// with no zone is the asked zone's already, and without --tz or --city
// the text's own zone is kept.
func TestScanAskedZone(t *testing.T) {
	for _, tc := range []struct {
		text  string
		flags []string
		want  string
	}{
		{"x 2024-03-02T16:00:00Z", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 6:00 pm | 23 Adar I 5784"},
		{"logged 2024-03-02T14:00:00+00:00 ok", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 4:00 pm | 22 Adar I 5784"},
		{"Date: Sat, 02 Mar 2024 16:30:00 GMT", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 6:30 pm | 23 Adar I 5784"},
		{"at 2024-03-02T23:30:00Z", []string{"--city", "Jerusalem"}, "Sunday, March 3, 2024 1:30 am | 23 Adar I 5784"},
		{"at 2024-03-02T03:00:00Z", []string{"--tz", "America/New_York"}, "Friday, March 1, 2024 10:00 pm | 21 Adar I 5784"},
		// Near misses.
		{"on March 2, 2024 4:00 pm", []string{"--city", "Jerusalem"}, "Saturday, March 2, 2024 4:00 pm | 22 Adar I 5784"},
		{"x 2024-03-02T16:00:00Z", nil, "Saturday, March 2, 2024 4:00 pm | 22 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			args := append(append([]string{"scan"}, tc.flags...), "-")
			r := runDualdate(tc.text+"\n", args...)
			require.Equal(t, 0, r.code, r.stderr)
			_, got, ok := strings.Cut(strings.TrimSpace(r.stdout), " => ")
			require.True(t, ok, r.stdout)
			assert.Equal(t, tc.want, got)
			// The line it writes reads back as the same day.
			back := runDualdate("", append(append([]string{"check"}, tc.flags...), got)...)
			assert.Equal(t, 0, back.code, back.stdout+back.stderr)
			assert.Empty(t, back.stdout+back.stderr)
		})
	}
}

// TestCityHebrewOfMoment: with --city, the Hebrew date written beside a
// time is the one of that moment in the city, from its sunset, where the
// text named the Hebrew day and an hour after its sunset: "Erev Pesach
// 5784 at 8:00 pm" was written "Monday, April 22, 2024 8:00 pm | 14 Nisan
// 5784", which the tool's own check refuses (2024-04-22 is 14 Nisan, per
// hd; its evening 15 Nisan). Near misses: an hour before sunset keeps the
// day's Hebrew date, and without --city the text's Hebrew date is kept.
func TestCityHebrewOfMoment(t *testing.T) {
	for _, tc := range []struct {
		text  string
		flags []string
		want  string
	}{
		{"Erev Pesach 5784 at 8:00 pm", []string{"--city", "Jerusalem"}, "Monday, April 22, 2024 8:00 pm | 15 Nisan 5784"},
		{"14 Adar II 5784, 7:30 pm", []string{"--city", "Jerusalem"}, "Sunday, March 24, 2024 7:30 pm | 15 Adar II 5784"},
		{"כ״ד כסלו תשפ״ה בשעה 20:00", []string{"--city", "Jerusalem"}, "Wednesday, December 25, 2024 8:00 pm | 25 Kislev 5785"},
		// Near misses.
		{"14 Adar II 5784, 10:00 am", []string{"--city", "Jerusalem"}, "Sunday, March 24, 2024 10:00 am | 14 Adar II 5784"},
		{"14 Adar II 5784, 7:30 pm", nil, "Sunday, March 24, 2024 7:30 pm | 14 Adar II 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			for _, cmd := range []string{"convert", "scan"} {
				args := append(append([]string{cmd, "--reference", "2024-03-10"}, tc.flags...), tc.text)
				in := ""
				if cmd == "scan" {
					args[len(args)-1], in = "-", tc.text+"\n"
				}
				r := runDualdate(in, args...)
				require.Equal(t, 0, r.code, r.stderr)
				got := strings.TrimSpace(r.stdout)
				if cmd == "scan" {
					got = strings.TrimSpace(strings.SplitN(got, "\n", 2)[0])
					_, got, _ = strings.Cut(got, " => ")
				}
				assert.Equal(t, tc.want, got, cmd)
			}
			back := runDualdate("", append(append([]string{"check"}, tc.flags...), tc.want)...)
			assert.Equal(t, 0, back.code, back.stdout+back.stderr)
		})
	}
}
