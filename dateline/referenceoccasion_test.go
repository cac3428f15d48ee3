package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestReferenceOccasion: an occasion after a word for "before" or "after"
// (or a vacation's, Hebrew's חופשת) is a point of reference, not the
// dateline's day: "The day after Yom Kippur, Sunday, October 13, 2024"
// was read as Yom Kippur, an occasion error on a right page, and "two days
// before Pesach 5784" as Pesach. The date after it is read alone. Motzei
// before it is its last day's evening (see TestMotzeiOccasion), read
// whole.
func TestReferenceOccasion(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"The day after Yom Kippur, Sunday, October 13, 2024.": "Sunday, October 13, 2024",
		"The day before Purim, Saturday, March 23, 2024.":     "Saturday, March 23, 2024",
		"After Purim, on Monday, March 25, 2024":              "Monday, March 25, 2024",
		"la semaine après Souccot, le lundi 21 octobre 2024":  "lundi 21 octobre 2024",
		"התחלת חופשת סוכות – יום שישי, 29/9/2023":             "יום שישי, 29/9/2023",
		"Two days before Pesach 5784.":                        "",
		"перед Йом Кипуром 5785":                              "",
		"לפני פסח תשפ״ד":                                      "",
		"חופש חנוכה 2018":                                     "",
		"(until Sukkot 5785)":                                 "",
		"Motzei Yom Kippur 5785 we break the fast.":           "Motzei Yom Kippur 5785",
		"מוצאי יום כיפור תשפ\"ה":                              "מוצאי יום כיפור תשפ\"ה",
	} {
		var got []string
		for _, m := range dateline.Find(in, ref) {
			got = append(got, in[m.Start:m.End])
			assert.True(t, m.Report.OK(), "%s: %v", in, m.Report.Problems)
		}
		if want == "" {
			assert.Empty(t, got, in)
		} else {
			assert.Equal(t, []string{want}, got, in)
		}
	}
	// The occasion is the day's where no such word comes before it.
	for _, in := range []string{"Purim 5784 is on Sunday, March 24, 2024.", "the eve of Yom Kippur, Friday, October 11, 2024"} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, 1, in) {
			assert.True(t, ms[0].Report.OK(), in)
		}
	}
}
