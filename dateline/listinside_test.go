package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestListWithRangeOrBackward: a list of days that goes backward ("18,
// 11 and 4 March 2024") or has a range in it ("4, 11 and 18-20 March
// 2024", "1-3, 8 and 10 March 2024") is no list the reader reads, and
// check refuses it. Scan read a part of it: "1-3, 8 and 10 March 2024"
// and "1-3 y 8 de marzo de 2024" from the range's end, as March 3 (the
// dateline's day, where the text's first is the 1st) and March 8 and
// 10; "4, 11-13 and 18 March" as March 13 and 18; "4, 11 and 18-20
// March" as March 18 to 20, the 4th and 11th lost with nothing said;
// "18, 11 and 4 March 2024" as March 4 alone. It now takes no day of
// such a list: what it finds, if anything, is the month ("March 2024, a
// month, not a day"), no day the text does not give as the dateline's.
// The near misses keep their days: the lists written forward, a score
// or a volume's number before a date, a verse, a phone number.
func TestListWithRangeOrBackward(t *testing.T) {
	for _, text := range []string{
		"18, 11 and 4 March 2024",
		"4, 18 and 11 March 2024",
		"4, 11 and 18-20 March 2024",
		"4-6, 11 and 18 March 2024",
		"4, 11-13 and 18 March 2024",
		"1-3, 8 and 10 March 2024",
		"1-3 y 8 de marzo de 2024",
		"18, 11 y 4 de marzo de 2024",
		"1-3 et 8 mars 2024",
		"2., 9. und 16.-18. März 2024",
		"1.-3., 8. und 10. März 2024",
		"18., 11. und 4. März 2024",
		"1-3 ו-8 במרץ 2024",
		"18, 11 ו-4 במרץ 2024",
		"4, 11 und 18-20.3.2024",
		"1-3, 8 und 10.3.2024",
	} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, numListRef).OK())
			for _, m := range dateline.Find("Termine: "+text+".", numListRef) {
				assert.True(t, m.Dateline.Time.IsZero(), "%q read as %v", m.Input, m.Dateline.Time)
				assert.Empty(t, m.Also, m.Input)
			}
		})
	}
	for _, tc := range []struct {
		text, match string
		days        []string
	}{
		{"4, 11 and 18 March 2024", "4, 11 and 18 March 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"1, 3 y 8 de marzo de 2024", "1, 3 y 8 de marzo de 2024", []string{"2024-03-01", "2024-03-03", "2024-03-08"}},
		{"ב-4, 11 ו-18 במרץ 2024", "ב-4, 11 ו-18 במרץ 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"4 ו-11 במרץ 2024", "4 ו-11 במרץ 2024", []string{"2024-03-04", "2024-03-11"}},
		{"2., 9. und 16. März 2024", "2., 9. und 16. März 2024", []string{"2024-03-02", "2024-03-09", "2024-03-16"}},
		{"1-3 mars 2024", "1-3 mars 2024", []string{"2024-03-01", "2024-03-03"}},
		{"won 3-1, 4 March 2024", "4 March 2024", []string{"2024-03-04"}},
		{"Vol. 3, 4 March 2024", "4 March 2024", []string{"2024-03-04"}},
		{"John 3:16, 4 March 2024", "4 March 2024", []string{"2024-03-04"}},
		{"call 054-123-4567, 4 March 2024", "4 March 2024", []string{"2024-03-04"}},
		{"In 2023, 4 March was a Saturday", "2023, 4 March", []string{"2023-03-04"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, numListRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.days, listDays(m.Report))
		})
	}
}
