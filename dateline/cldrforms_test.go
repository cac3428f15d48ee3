package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSharedCut: a month's abbreviation that two languages give two
// months is read as a whole name of the kind is (listopada): by the
// dateline's other words, or the custom of the day before it, and
// otherwise with a warning that it is ambiguous. CLDR's Croatian medium
// dates, "7. lip 2001." (June), "22. srp 2023." (July), "13. lis 2014."
// (October), were read as Polish's July and November and Czech's August
// with nothing said.
func TestSharedCut(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in, when  string
		ambiguous bool
	}{
		// The day's dot is Croatian's (and Czech's), none Polish's.
		{"7. lip 2001.", "2001-06-07", false},
		{"7. lip 2001", "2001-06-07", false},
		{"7 lip 2001", "2001-07-07", false},
		{"13 lis 2014", "2014-11-13", false},
		// A weekday's name says which language.
		{"ponedjeljak, 13. lis 2014.", "2014-10-13", false},
		{"czwartek, 13 lis 2014", "2014-11-13", false},
		{"petak, 7. lip 2024.", "2024-06-07", false},
		// Czech and Croatian both write the day's dot: "lis" is Czech's
		// November and Croatian's October, "srp" Czech's August and
		// Croatian's July.
		{"13. lis 2014.", "2014-11-13", true},
		{"22. srp 2023.", "2023-08-22", true},
		{"22 srp 2023", "2023-08-22", true},
		// Names no other language gives another month are as they were.
		{"17 Mar 2024", "2024-03-17", false},
		{"19. sij 2023.", "2023-01-19", false},
		{"3. kol 2029.", "2029-08-03", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.NotZero(t, rep.Dateline.Time, "%v", rep.Problems)
			assert.Equal(t, tc.when, rep.Dateline.Time.Format("2006-01-02"))
			ambiguous := false
			for _, p := range rep.Problems {
				ambiguous = ambiguous || p.Code == dateline.CodeDateAmbiguous
			}
			assert.Equal(t, tc.ambiguous, ambiguous, "%v", rep.Problems)
		})
	}
}

// TestCLDRTimesAndNumbers: the other forms CLDR's tables give that were
// read as no date: a time with its seconds written with dots, as Danish
// and Finnish write it ("tirsdag den 9. januar 2029 01.51.00"), where its
// minutes cannot be a month (10.05.24 after a date is another date, and
// refused); and Hungarian's short date, year first with a dot and a
// space after the year and the month and a dot after the day ("2022. 01.
// 06."), in free text too.
func TestCLDRTimesAndNumbers(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in, match, when string // when: the day and time, "" for no date
	}{
		{"tirsdag den 9. januar 2029 01.51.00", "", "2029-01-09 01:51:00"},
		{"tirsdag den 9. januar 2029, 01.51.33 UTC", "", "2029-01-09 01:51:33"},
		{"lauantaina 25. tammikuuta 2014 21.58.07", "", "2014-01-25 21:58:07"},
		{"9. januar 2029 13.05", "", "2029-01-09 13:05:00"},
		{"9 January 2029 10.05.24", "", ""},
		{"29.02.2020 13.12.45", "", ""},
		{"2022. 01. 06.", "", "2022-01-06 00:00:00"},
		{"2022. 1. 6.", "", "2022-01-06 00:00:00"},
		{"2022. 01. 06. 10:15", "", "2022-01-06 10:15:00"},
		{"Megjelent: 2022. 01. 06. 10:15, frissítve", "2022. 01. 06. 10:15", "2022-01-06 10:15:00"},
		{"2022. 13. 06.", "", ""},
		{"2022. 01. 06", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if tc.match != "" {
				ms := dateline.Find(tc.in, ref)
				require.Len(t, ms, 1)
				assert.Equal(t, tc.match, tc.in[ms[0].Start:ms[0].End])
				assert.Equal(t, tc.when, ms[0].Report.Dateline.Time.Format("2006-01-02 15:04:05"))
				return
			}
			rep := dateline.Check(tc.in, ref)
			if tc.when == "" {
				assert.False(t, rep.OK(), "%v", rep.Dateline)
				return
			}
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.when, rep.Dateline.Time.Format("2006-01-02 15:04:05"))
		})
	}
}
