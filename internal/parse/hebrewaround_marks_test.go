package parse_test

import (
	"testing"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestHebrewAroundPastMarks: in free text, a Hebrew word before a numeric
// date past a bullet, bar, colon or comma and spaces reads the date day
// first, as a Hebrew byline writes it ("גרנדיקי/הררי חן • 5/4/2018", the
// sixth day of Pesach 5778), where only a letter glued to the date (ב-)
// or a word right after it did before, and the date was read month first
// with a warning. The same marks are crossed for Cyrillic. An English
// word before the marks leaves the date ambiguous.
func TestHebrewAroundPastMarks(t *testing.T) {
	numericFlags(t, map[string]parse.Flag{
		"גרנדיקי/הררי חן • 5/4/2018":       parse.Ambiguous | parse.DayFirst | parse.Customary,
		"נולד 5/4/2018":                    parse.Ambiguous | parse.DayFirst | parse.Customary,
		"עודכן: 03/02/2024, 10:00":         parse.Ambiguous | parse.DayFirst | parse.Customary,
		"5/4/2018 | כניסות":                parse.Ambiguous | parse.DayFirst | parse.Customary,
		"Опубликовано • 12/04/2025":        parse.Ambiguous | parse.DayFirst | parse.Customary,
		"Posted by David • 5/4/2018":       parse.Ambiguous,
		"He was born | 03/02/2024 | there": parse.Ambiguous,
	})
}
