package dateline_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hebcal/hebcal-go/zmanim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// forty is a number of forty digits.
const forty = "1234567890123456789012345678901234567890"

// badInputs are inputs no dateline reader may panic on, with what Parse
// must make of them: an error of a code, or the day the text states (and
// never another: no date rolls over into the next month or year).
var badInputs = []struct {
	in   string
	code dateline.Code // the error expected, or "" for a day
	day  string        // the day expected, YYYY-MM-DD
}{
	// Nothing, or not text.
	{"", dateline.CodeSyntax, ""},
	{" \t ", dateline.CodeSyntax, ""},
	{"\x00", dateline.CodeSyntax, ""},
	{"March 2,\x00 2024", dateline.CodeSyntax, ""},
	{"Saturday, March 2nd | 22 Adar I 5784\x00", dateline.CodeSyntax, ""},
	{"\xff\xfe", dateline.CodeSyntax, ""},
	{"March\xff 2, 2024", dateline.CodeSyntax, ""},
	{"\xffSaturday, March 2nd | 22 Adar I 5784", dateline.CodeSyntax, ""},
	{"Saturday, March 2nd | 22 Adar I 5784\xff", dateline.CodeSyntax, ""},
	{"כ״ב אדר\xd7 א׳ תשפ״ד", dateline.CodeSyntax, ""}, // a Hebrew letter cut in two
	{strings.Repeat("x", 1<<20), dateline.CodeSyntax, ""},
	{strings.Repeat("Saturday, March 2nd | 22 Adar I 5784 ", 30000), dateline.CodeSyntax, ""},
	{strings.Repeat("\xff", 1<<20), dateline.CodeSyntax, ""},
	{strings.Repeat("\x00", 5000), dateline.CodeSyntax, ""},

	// Numbers of forty digits, wherever a number goes.
	{"March " + forty + ", 2024", dateline.CodeSyntax, ""},
	{"March 2, " + forty, dateline.CodeOutOfRange, ""}, // a year, of too many digits
	{forty + " Adar 5784", dateline.CodeSyntax, ""},
	{"22 Adar I " + forty, dateline.CodeOutOfRange, ""},
	{"September 28, 2022 10:" + forty + " am", dateline.CodeSyntax, ""},
	{"September 28, 2022 " + forty + ":39", dateline.CodeSyntax, ""},
	{forty + "/02/2024", dateline.CodeSyntax, ""},
	{"03/" + forty + "/2024", dateline.CodeSyntax, ""},
	{"2024-03-" + forty, dateline.CodeSyntax, ""},
	{"September 28, 2022 10:39 am UTC+" + forty, dateline.CodeSyntax, ""},

	// Years 0, -1 and 10000, Gregorian and Hebrew.
	{"January 1, 0", dateline.CodeSyntax, ""},
	{"January 1, 0000", "", "0000-01-01"}, // 1 BCE, proleptic
	{"0000-01-01", "", "0000-01-01"},
	{"January 1, -1", dateline.CodeSyntax, ""},
	{"January 1, -0001", "", "-0001-01-01"},           // as Format writes it (issue 11)
	{"January 1, 10000", dateline.CodeOutOfRange, ""}, // a year of five digits
	{"10000-01-01", dateline.CodeSyntax, ""},
	{"9999-12-31", dateline.CodeOutOfRange, ""},
	{"December 31, 6239", dateline.CodeOutOfRange, ""},
	{"September 25, 6239", "", "6239-09-25"},
	{"September 6, -3760", dateline.CodeOutOfRange, ""}, // the day before 1 Tishrei 1
	{"1 Tishrei 0", dateline.CodeOutOfRange, ""},
	{"1 Tishrei 0000", dateline.CodeOutOfRange, ""},
	{"1 Tishrei -1", dateline.CodeSyntax, ""},
	{"1 Tishrei 10000", dateline.CodeOutOfRange, ""}, // as 1 Tishrei 0 is
	{"1 Tishrei 0001", "", "-3760-09-07"},
	{"29 Elul 9999", "", "6239-09-25"},
	{"Saturday, March 2, 0000 | 22 Adar I 3760", dateline.CodeCalendar, ""},

	// Zones that do not exist, and clocks that do not run so.
	{"September 28, 2022 10:39 am XYZT", dateline.CodeSyntax, ""},
	{"September 28, 2022 10:39 am Mars/Olympus_Mons", dateline.CodeSyntax, ""},
	{"September 28, 2022 10:39 am UTC+99", dateline.CodeSyntax, ""},
	{"September 28, 2022 10:39 am +9999", dateline.CodeSyntax, ""},
	{"September 28, 2022 10:39 am GMT+25", dateline.CodeSyntax, ""},
	{"September 28, 2022 25:39", dateline.CodeOutOfRange, ""},    // issue 11: out of range, not syntax
	{"September 28, 2022 10:99 am", dateline.CodeOutOfRange, ""}, // issue 11: out of range, not syntax
	{"September 28, 2022 10:39:99", dateline.CodeOutOfRange, ""}, // issue 11: out of range, not syntax
	{"September 28, 2022 13:39 pm", dateline.CodeSyntax, ""},

	// Days that do not exist: reported, never rolled over.
	{"February 30, 2024", dateline.CodeNoSuchDay, ""},
	{"February 29, 2023", dateline.CodeNoSuchDay, ""},
	{"February 29, 2024", "", "2024-02-29"},
	{"February 29, 1900", dateline.CodeNoSuchDay, ""}, // not a leap year, proleptic or not
	{"31 April 2024", dateline.CodeNoSuchDay, ""},
	{"31.04.2024", dateline.CodeNoSuchDay, ""},
	{"02/30/2024", dateline.CodeNoSuchDay, ""},
	{"2024-02-30", dateline.CodeNoSuchDay, ""},
	{"March 32, 2024", dateline.CodeNoSuchDay, ""},
	{"March 0, 2024", dateline.CodeSyntax, ""},
	{"13/13/2024", dateline.CodeSyntax, ""},
	{"00/00/0000", dateline.CodeSyntax, ""},
	{"30 Cheshvan 5784", dateline.CodeNoSuchDay, ""},
	{"30 Kislev 5784", dateline.CodeNoSuchDay, ""},
	{"30 Adar 5783", dateline.CodeNoSuchDay, ""},
	{"30 Adar II 5784", dateline.CodeNoSuchDay, ""},
	{"30 Adar II 5783", dateline.CodeAdarCommonYear, ""},
	{"0 Nisan 5784", dateline.CodeSyntax, ""},
	{"32 Nisan 5784", dateline.CodeNoSuchDay, ""},
	{"ל״א ניסן תשפ״ד", dateline.CodeNoSuchDay, ""},
	{"Nisan 31, 5784", dateline.CodeNoSuchDay, ""},
	{"Friday, February 30, 2024 | 21 Adar I 5784", dateline.CodeNoSuchDay, ""},

	// A month is not a day.
	{"March 2024", dateline.CodeMonthOnly, ""},
	{"Adar I 5784", dateline.CodeMonthOnly, ""},
}

// TestBadInput: no reader panics on bad input, Parse returns an error of
// the expected code (a *ProblemError whose span lies inside the input) or
// the day the text states, and Check agrees with it.
func TestBadInput(t *testing.T) {
	// A long test: it runs beside the package's other long ones, one a core.
	t.Parallel()
	opts := [][]dateline.Option{
		nil,
		{dateline.Reference(corpusReference), dateline.In(mustLoad(t, "Asia/Jerusalem"))},
		{dateline.Sunset(zmanim.LookupCity("New York")), dateline.DayFirst()},
		{dateline.Nightfall(&zmanim.Location{Name: "Nowhere", Latitude: 89.9, Longitude: 179.9, TimeZoneId: "No/Such_Zone"})}, // a zone the system does not know, where the sun may not set (a location off the globe is an option error: TestNilLocation)
		{dateline.In(nil), dateline.Reference(time.Time{}), dateline.MonthFirst()},
	}
	for _, tc := range badInputs {
		name := tc.in
		if len(name) > 60 {
			name = name[:60] + "…(" + strconv.Itoa(len(tc.in)) + " bytes)"
		}
		t.Run(name, func(t *testing.T) {
			for _, o := range opts {
				d, err := dateline.Parse(tc.in, o...)
				if tc.code != "" {
					require.Error(t, err, "Parse gives %v", d)
					pe := checkBadError(t, tc.in, err)
					assert.Equal(t, tc.code, pe.Problem.Code, "%v", err)
					assert.Equal(t, dateline.Dateline{}, d, "no dateline with an error")
				} else {
					require.NoError(t, err)
					assert.Equal(t, tc.day, isoDay(d.Time), "the day the text states")
				}
				rep := dateline.Check(tc.in, o...)
				assert.Equal(t, tc.in, rep.Input)
				assert.Equal(t, tc.code == "" || tc.code == dateline.CodeMonthOnly, rep.OK(), "%+v", rep.Problems)
				for _, p := range rep.Problems {
					assert.True(t, 0 <= p.Start && p.Start <= p.End && p.End <= len(tc.in), "%s [%d, %d)", p.Code, p.Start, p.End)
				}
				checkFind(t, tc.in, o...)
			}
			_, err := dateline.LayoutOf(tc.in)
			if tc.code != "" && tc.code != dateline.CodeMonthOnly { // a month has a layout
				checkBadError(t, tc.in, err)
			}
			assert.NotPanics(t, func() {
				_ = dateline.New(time.Date(2024, 3, 2, 10, 39, 0, 0, time.UTC)).Format(tc.in)
				_ = dateline.Dateline{}.Format(tc.in)
			})
			// As the fields of JSON objects: a field that names no date by
			// itself is refused ("gregorian" 9999-12-31 is a day, and
			// reads).
			q, _ := json.Marshal(tc.in)
			for _, k := range []string{"gregorian", "time", "hebrew", "weekday", "hebrew_month_name", "hebrew_script"} {
				var d dateline.Dateline
				err := json.Unmarshal([]byte(`{"`+k+`":`+string(q)+`}`), &d)
				if k != "hebrew" && k != "gregorian" {
					assert.Error(t, err, "%s", k)
				}
			}
			var r dateline.Report
			assert.NoError(t, json.Unmarshal([]byte(`{"input":`+string(q)+`}`), &r))
			var h hebrew.Date
			assert.NotPanics(t, func() { _ = h.UnmarshalText([]byte(tc.in)) })
		})
	}
}

// checkBadError checks err is a *ProblemError about in, that says where,
// inside in, and whose message is valid UTF-8 however in is cut.
func checkBadError(t *testing.T, in string, err error) *dateline.ProblemError {
	t.Helper()
	var pe *dateline.ProblemError
	require.True(t, errors.As(err, &pe), "%T %v", err, err)
	assert.Equal(t, in, pe.Input)
	assert.True(t, 0 <= pe.Problem.Start && pe.Problem.Start <= pe.Problem.End && pe.Problem.End <= len(in),
		"[%d, %d) inside [0, %d]", pe.Problem.Start, pe.Problem.End, len(in))
	if sentinel, ok := sentinels[pe.Problem.Code]; ok {
		assert.ErrorIs(t, err, sentinel)
	}
	assert.True(t, utf8.ValidString(err.Error()), "%q", err.Error())
	assert.LessOrEqual(t, len(err.Error()), 1024, "the message quotes the input cut short")
	return pe
}

// checkFind checks Find on text: matches inside it, in order, without
// overlap, each with its text as input and its problems inside it.
func checkFind(t *testing.T, text string, opts ...dateline.Option) []dateline.Match {
	t.Helper()
	ms := dateline.Find(text, opts...)
	require.LessOrEqual(t, len(ms), dateline.MaxMatches)
	last := 0
	for _, m := range ms {
		require.True(t, last <= m.Start && m.Start < m.End && m.End <= len(text), "[%d, %d) after %d", m.Start, m.End, last)
		require.Equal(t, text[m.Start:m.End], m.Input)
		for _, p := range m.Problems {
			require.True(t, 0 <= p.Start && p.Start <= p.End && p.End <= len(m.Input), "%s [%d, %d)", p.Code, p.Start, p.End)
		}
		last = m.End
	}
	return ms
}

// TestNegativeISOYear: the minus sign of the ISO date -0001-01-01 is the
// year's, not a separator before January 1 of year 1.
func TestNegativeISOYear(t *testing.T) {
	d, err := dateline.Parse("-0001-01-01")
	require.NoError(t, err)
	assert.Equal(t, -1, d.Time.Year())
}

// TestZeroValues: the zero Dateline, Report, Match and Option are safe to
// use, and write nothing.
func TestZeroValues(t *testing.T) {
	var d dateline.Dateline
	assert.True(t, d.IsZero())
	assert.Equal(t, "", d.String())
	assert.Equal(t, "", d.Format(""))
	assert.Empty(t, d.AppendFormat(nil, "Monday, January 2, 2006 | 2 Tevet 5766"))
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))

	var r dateline.Report
	assert.True(t, r.OK())
	assert.NoError(t, r.Err())
	b, err = json.Marshal(r)
	require.NoError(t, err)
	assert.True(t, json.Valid(b), string(b))

	var o dateline.Option
	assert.NotPanics(t, func() {
		_ = dateline.Check("Saturday, March 2nd | 22 Adar I 5784", o)
		_ = dateline.New(time.Time{}, o)
		_ = dateline.Find("March 2, 2024", o)
	})
	assert.Equal(t, "%!Severity(9)", dateline.Severity(9).String())
	_, err = dateline.Severity(9).MarshalText()
	assert.Error(t, err)
	var sev dateline.Severity
	assert.Error(t, sev.UnmarshalText([]byte("fatal")))
}

// TestNewOutOfRange: New of an instant outside the Hebrew calendar's
// years gives the Gregorian day and no Hebrew date, a Dateline that is not
// zero, and writes it without panicking as %!Format(…) with the range
// (it wrote "", as the zero Dateline does).
func TestNewOutOfRange(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(-3761, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(6240, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1000000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(292277026596, 12, 4, 15, 30, 7, 0, time.UTC), // near the end of time.Time
		time.Unix(-1<<62, 0),
	} {
		t.Run(at.String(), func(t *testing.T) {
			d := dateline.New(at)
			assert.True(t, d.Hebrew.IsZero(), "%v", d.Hebrew)
			assert.True(t, d.Time.Equal(at))
			assert.False(t, d.IsZero())
			assert.NotPanics(t, func() {
				for _, l := range presets {
					s := d.Format(l)
					assert.True(t, strings.HasPrefix(s, "%!Format("), "in layout %q: %q", l, s)
					assert.Contains(t, s, " is outside the days this calendar supports, September 7, -3760 (1 Tishrei 1) to September 25, 6239 (29 Elul 9999))", "in layout %q", l)
					assert.NotContains(t, s, "|", "in layout %q", l)
				}
				assert.Equal(t, d.Format(format.Full), fmt.Sprint(d))
				_, _ = json.Marshal(d)
			})
		})
	}
}
