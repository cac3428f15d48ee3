package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// checkClassRow checks that in is read as the day when (written in
// layout), with the problems of codes (those above Info) and no syntax
// problem; and, with roundTrip, that a dateline without problems is
// written back as itself by its own layout. The held-out sets' classes are
// tested so.
func checkClassRow(t *testing.T, in, when, layout string, codes []dateline.Code, roundTrip bool) {
	t.Helper()
	rep := dateline.Check(in, dateline.Reference(corpusReference))
	var got []dateline.Code
	for _, p := range rep.Problems {
		require.NotEqual(t, dateline.CodeSyntax, p.Code, "%s", p.Message)
		if p.Severity != dateline.Info {
			got = append(got, p.Code)
		}
	}
	assert.Equal(t, when, rep.Dateline.Time.Format(layout))
	assert.Equal(t, codes, got)
	if !roundTrip || len(codes) > 0 {
		return
	}
	assertWrittenBack(t, in, rep.Dateline)
}

// TestHeldout5Classes: made-up datelines of the classes that the fifth
// held-out set (real datelines of sites no test had seen) found unread or
// misread, each read as its first day, with the problems it must have.
//
//   - a year named by words before its number: "do ano", "del año",
//     "AM" before a Hebrew year;
//   - a Gregorian month in Hebrew script abbreviated as CLDR writes it,
//     with its geresh;
//   - a numeric range of days whose start has no dot ("8-15.03.2024");
//   - a pair or range of days each with its weekday ("martes 5 y
//     miércoles 6 de marzo"), whose weekdays are checked against the days;
//   - a range whose ends each start at sunset ("západ slunce 14. prosince
//     – západ slunce 22. prosince 2025").
func TestHeldout5Classes(t *testing.T) {
	tests := []struct {
		in    string
		day   string // the dateline's day, YYYY-MM-DD
		codes []dateline.Code
	}{
		{"15 de Sivan do ano 5784", "2024-06-21", nil},
		{"2 de febrero del año 2024", "2024-02-02", nil},
		{"15. Siwan AM 5784", "2024-06-21", nil},
		{"5 בנוב׳ 2024", "2024-11-05", nil},
		{"יום ג׳, 5 בנוב׳ 2024", "2024-11-05", nil},
		{"יום ד׳, 5 בנוב׳ 2024", "2024-11-05", []dateline.Code{dateline.CodeWeekday}},
		{"8-15.03.2024", "2024-03-08", nil},
		{"22 – 29.10.2023", "2023-10-22", nil},
		{"martes 5 y miércoles 6 de marzo de 2024", "2024-03-05", nil},
		{"Monday 9 and Tuesday 10 September 2024", "2024-09-09", nil},
		{"Samstag 6. und Sonntag 7. April 2024", "2024-04-06", nil},
		{"martes 5 – miércoles 6 de marzo de 2024", "2024-03-05", nil},
		{"martes 5 y jueves 6 de marzo de 2024", "2024-03-05", []dateline.Code{dateline.CodeWeekday}},
		{"západ slunce 14. prosince – západ slunce 22. prosince 2025", "2025-12-14", nil},
		{"sundown April 22 – sundown April 30, 2024", "2024-04-22", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.day, "2006-01-02", tc.codes, false) })
	}
}

// TestHeldout5ClassesMore: an occasion that names a day, followed by the
// date that states that day, as hebcal-style tables print a row ("Rosh
// Chodesh Sh'vat 1 Sh'vat 5783"), read as the date, and the occasion
// checked against it; and a range whose end is a whole date written year
// first, as Hungarian writes it, and whose start takes the end's year or
// the year before ("december 26. és 2025. január 2. között").
func TestHeldout5ClassesMore(t *testing.T) {
	tests := []struct {
		in    string
		day   string
		codes []dateline.Code
	}{
		{"Rosh Chodesh Kislev 1 Kislev 5785", "2024-12-02", nil},
		{"Rosh Chodesh Kislev, 30 Cheshvan 5785", "2024-12-01", nil},
		{"Rosh Chodesh Kislev - 1 Kislev 5785", "2024-12-02", nil},
		{"Rosh Chodesh Kislev 2 Kislev 5785", "2024-12-03", []dateline.Code{dateline.CodeOccasion}},
		{"november 28. és 2023. december 3. között", "2023-11-28", nil},
		{"december 30. és 2024. január 4. között", "2023-12-30", nil},
		{"december 30. – 2024. január 4.", "2023-12-30", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.day, "2006-01-02", tc.codes, false) })
	}
}

// TestTitleBetweenParts: a title after a spaced dash, words that say what
// the day is, between a dateline's parts, as a list of a month's special
// days writes it ("Chof Daled Teves - Yartzeit of the Alter Rebbe
// Motzoei Shabbos-Sunday /January 5-6"), is text of the dateline, whose
// parts are checked against each other; without the dash, or without a
// part after it, the words are not read over.
func TestTitleBetweenParts(t *testing.T) {
	tests := []struct {
		in     string
		day    string
		codes  []dateline.Code
		syntax bool
	}{
		{"Yud Shevat - Yahrzeit of the Previous Rebbe Wednesday / January 12, 2022", "2022-01-12", nil, false},
		{"Yud Tes Kislev - Liberation of the Alter Rebbe Shabbos / December 2, 2023", "2023-12-02", nil, false},
		{"Gimmel Tammuz – Yahrzeit of the Rebbe Sunday, June 29, 2025", "2025-06-29", nil, false},
		{"Gimmel Tammuz – Yahrzeit of the Rebbe Monday, June 29, 2025", "2025-06-29", []dateline.Code{dateline.CodeWeekday}, false},
		{"Gimmel Tammuz Yahrzeit of the Rebbe Sunday, June 29, 2025", "", nil, true},
		{"Gimmel Tammuz 5785 - Yahrzeit of the Rebbe", "", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Reference(corpusReference))
			if tc.syntax {
				require.NotEmpty(t, rep.Problems)
				assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code)
				return
			}
			var codes []dateline.Code
			for _, p := range rep.Problems {
				require.NotEqual(t, dateline.CodeSyntax, p.Code, "%s", p.Message)
				if p.Severity != dateline.Info {
					codes = append(codes, p.Code)
				}
			}
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.codes, codes)
		})
	}
}
