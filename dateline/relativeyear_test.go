package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestRelativeYearUnread: a date without a year whose sentence says which
// year it is by the reference's ("this year", "last year", "next year",
// in the languages of Latin and Cyrillic letters) is read in the year
// nearest the reference that fits, as before, but where that is not the
// year the words name the info that says so is a warning: "u četvrtak,
// 9. septembra prošle godine" (Jadovno, a page of 2011: last year's
// Thursday, September 9, 2010; the 158th held-out round) was Thursday,
// September 9, 2021 on a reference of 2026, with an info alone.
func TestRelativeYearUnread(t *testing.T) {
	warned := []string{
		"u četvrtak, 9. septembra prošle godine",
		"This year, Hanukkah begins on Sunday, December 14.",
		"Last year, on Thursday, September 9, we met",
		"W tym roku święto Pesach przypada w dniach 27 marca do 4 kwietnia",
		"В прошлом году Ханука началась в четверг, 7 декабря.", // 2023's
	}
	for _, text := range warned {
		m := oneMatch(t, text, heldoutRef)
		assert.Contains(t, severityCodes(m, dateline.Warning), dateline.CodeYearInferred, text)
	}
	// The words name the year read, or none of the date's: an info.
	for _, text := range []string{
		"This year Hanukkah begins on Friday, December 4.",
		"Last year, on Thursday, September 11, we met", // 2025's
		"В прошлом году Ханука началась в воскресенье, 14 декабря.",
		"Next year in Jerusalem! The Seder is on Wednesday, April 1.",
		"Next year in Jerusalem, on Wednesday, April 1",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.NotContains(t, severityCodes(m, dateline.Warning), dateline.CodeYearInferred, text)
		assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeYearInferred, text)
	}
}
