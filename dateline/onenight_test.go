package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOneNightOverTwoDays: a night named by the two civil days it lies
// between ("the night of March 2-3, 2024", "in der Nacht vom 2. auf den 3.
// März", "в ночь с 2 на 3 марта", "w nocy z 2 na 3 marca", "dans la nuit
// du 2 au 3 mars", "nella notte tra il 2 e il 3 marzo", "la noche del 2
// al 3 de marzo") is one night: the first day's evening, whose Hebrew
// date is the second day's, and no other day. It was read as a range of
// two nights, "also Sunday, March 3, 2024 | 24 Adar I 5784", the next
// night's date; in French and Italian, and before a Russian or Polish
// weekday ("в ночь со субботы 2 на воскресенье 3 марта"), the night's
// words were left out and the first day read as its daytime, 22 Adar I
// (an adversarial review's fourth finding). "La nuit du 2 mars" and "la
// notte del 2 marzo" are the 2nd's evening, as "the night of March 2"
// is. hd: 2024-03-02 is 22 Adar I 5784, 2024-03-03 23 Adar I; 2024-12-25
// 24 Kislev 5785; 1938-11-09 15 Cheshvan 5699; 2024-01-07 26 Tevet
// 5784; 2012-05-09 17 Iyyar 5772.
func TestOneNightOverTwoDays(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		{"on the night of March 2-3, 2024", "the night of March 2-3, 2024", "2024-03-02", "23 Adar I 5784"},
		{"The fire broke out on the night of December 25-26, 2024.", "the night of December 25-26, 2024", "2024-12-25", "25 Kislev 5785"},
		{"the night of March 31-April 1, 2024", "the night of March 31-April 1, 2024", "2024-03-31", "22 Adar II 5784"},
		{"in der Nacht vom 2. auf den 3. März 2024", "in der Nacht vom 2. auf den 3. März 2024", "2024-03-02", "23 Adar I 5784"},
		{"de nacht van 9 op 10 november 1938", "de nacht van 9 op 10 november 1938", "1938-11-09", "16 Cheshvan 5699"},
		{"w nocy z 2 na 3 marca 2024", "w nocy z 2 na 3 marca 2024", "2024-03-02", "23 Adar I 5784"},
		{"в ночь с 2 на 3 марта 2024 года", "в ночь с 2 на 3 марта 2024 года", "2024-03-02", "23 Adar I 5784"},
		{"у ніч з 25 на 26 грудня 2024 року", "у ніч з 25 на 26 грудня 2024 року", "2024-12-25", "25 Kislev 5785"},
		{"в ночь со субботы 2 на воскресенье 3 марта 2024 года", "в ночь со субботы 2 на воскресенье 3 марта 2024 года", "2024-03-02", "23 Adar I 5784"},
		{"w nocy ze środy 9 na czwartek 10 maja 2012 r.", "w nocy ze środy 9 na czwartek 10 maja 2012 r.", "2012-05-09", "18 Iyyar 5772"},
		{"dans la nuit du 2 au 3 mars 2024", "dans la nuit du 2 au 3 mars 2024", "2024-03-02", "23 Adar I 5784"},
		{"la nuit du samedi 2 au dimanche 3 mars 2024", "la nuit du samedi 2 au dimanche 3 mars 2024", "2024-03-02", "23 Adar I 5784"},
		{"nella notte tra il 2 e il 3 marzo 2024", "nella notte tra il 2 e il 3 marzo 2024", "2024-03-02", "23 Adar I 5784"},
		{"la notte fra il 25 e il 26 dicembre 2024", "la notte fra il 25 e il 26 dicembre 2024", "2024-12-25", "25 Kislev 5785"},
		{"la noche del 2 al 3 de marzo de 2024", "la noche del 2 al 3 de marzo de 2024", "2024-03-02", "23 Adar I 5784"},
		{"בלילה שבין 7.1.24 ל-8.1.24", "בלילה שבין 7.1.24 ל-8.1.24", "2024-01-07", "27 Tevet 5784"},
		// One day's night, as "the night of March 2, 2024" was read.
		{"la nuit du 2 mars 2024", "la nuit du 2 mars 2024", "2024-03-02", "23 Adar I 5784"},
		{"la notte del 2 marzo 2024", "la notte del 2 marzo 2024", "2024-03-02", "23 Adar I 5784"},
		{"samedi nuit 2 mars 2024", "samedi nuit 2 mars 2024", "2024-03-02", "23 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findMatch(t, heldoutRef, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Empty(t, m.Also)
		})
	}
	// A night's Hebrew date beside it is the evening's: the second
	// day's, not the first's or the next night's.
	for text, ok := range map[string]bool{
		"the night of March 2-3, 2024 | 23 Adar I 5784": true,
		"the night of March 2-3, 2024 | 24 Adar I 5784": false,
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Equal(t, ok, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Also)
		})
	}
	// Near misses: a range of more days, an evening (which may be each
	// day's), a weekday's night with its day, and a plain range keep
	// their other day.
	for _, tc := range []struct{ text, day, heb, also string }{
		{"the night of March 2-4, 2024", "2024-03-02", "23 Adar I 5784", "2024-03-04 25 Adar I 5784"},
		{"the evening of March 2-3, 2024", "2024-03-02", "23 Adar I 5784", "2024-03-03 24 Adar I 5784"},
		{"Thursday night-Friday, March 7-8, 2024", "2024-03-08", "28 Adar I 5784", "2024-03-07 27 Adar I 5784"},
		{"March 2-3, 2024", "2024-03-02", "22 Adar I 5784", "2024-03-03 23 Adar I 5784"},
		{"בלילה שבין 7.1.24 ל-9.1.24", "2024-01-07", "26 Tevet 5784", "2024-01-09 28 Tevet 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			require.Len(t, m.Also, 1)
			assert.Equal(t, tc.also, m.Also[0].Time.Format(time.DateOnly)+" "+m.Also[0].Hebrew.String())
		})
	}
}

// TestOneNightCheckAsFind: a night from one day to the next at a
// dateline's start ("в ночь с 2 на 3 марта 2024", "in der Nacht vom 2.
// auf den 3. März 2024", "de nacht van 2 op 3 maart", "dans la nuit du 2
// au 3 mars") was refused by Check at its first word, or read as a range
// of two daytimes, while Find read the night, the first day's evening,
// whose Hebrew date is the second day's. English's "overnight March 2-3,
// 2024" was refused by Check and read by Find as a range of two days,
// each with its own Hebrew date. Check now reads each as Find does, one
// night and no other day. hd: 2024-03-02 is 22 Adar I 5784, 2024-03-03
// 23 Adar I; 2024-12-25 24 Kislev 5785, 2024-12-26 25 Kislev.
func TestOneNightCheckAsFind(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"in der Nacht vom 2. auf den 3. März 2024", "2024-03-02", "23 Adar I 5784"},
		{"der Nacht vom 25. auf den 26. Dezember 2024", "2024-12-25", "25 Kislev 5785"},
		{"в ночь с 2 на 3 марта 2024 года", "2024-03-02", "23 Adar I 5784"},
		{"в ночь со субботы 2 на воскресенье 3 марта 2024 года", "2024-03-02", "23 Adar I 5784"},
		{"у ніч з 25 на 26 грудня 2024 року", "2024-12-25", "25 Kislev 5785"},
		{"w nocy z 2 na 3 marca 2024", "2024-03-02", "23 Adar I 5784"},
		{"in de nacht van 2 op 3 maart 2024", "2024-03-02", "23 Adar I 5784"},
		{"dans la nuit du 2 au 3 mars 2024", "2024-03-02", "23 Adar I 5784"},
		{"overnight March 2-3, 2024", "2024-03-02", "23 Adar I 5784"},
		{"Overnight December 25-26, 2024", "2024-12-25", "25 Kislev 5785"},
		{"the night of March 2-3, 2024", "2024-03-02", "23 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.Empty(t, rep.Also, "one night")
			m := oneMatch(t, "It happened "+tc.text+" there", heldoutRef)
			assert.Equal(t, tc.text, m.Input)
			assert.Equal(t, rep.Dateline, m.Dateline, "Find as Check")
			assert.Equal(t, problemCodesOf(rep), problemCodesOf(m.Report))
		})
	}
	// Near misses: a night over more days keeps its other day, and the
	// night onto a day ("в ночь на 3 марта", the 2nd's evening) is no
	// range's start.
	rep := dateline.Check("overnight March 2-4, 2024", heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "23 Adar I 5784", rep.Dateline.Hebrew.String())
	require.Len(t, rep.Also, 1)
	assert.Equal(t, "2024-03-04", rep.Also[0].Time.Format(time.DateOnly))
	m := oneMatch(t, "в ночь на 3 марта 2024 года", heldoutRef)
	assert.Equal(t, "2024-03-03", m.Dateline.Time.Format(time.DateOnly))
	// "overnight" with "on" after it is the verb's: no night's name.
	m = oneMatch(t, "a light left on overnight on Sunday, March 3-4, 2024", heldoutRef)
	assert.Equal(t, "Sunday, March 3-4, 2024", m.Input)
}
