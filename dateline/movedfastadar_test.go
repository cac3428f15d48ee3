package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestMovedFastShowsAdar: a bare Adar in a leap year beside an occasion
// named on its own date is the occasion's Adar, Purim's and Ta'anit
// Esther's Adar II, Purim Katan's Adar I. Ta'anit Esther of 5784 falls on
// Shabbat, 13 Adar II, and is kept on Thursday, 11 Adar II: named on its
// own date ("Ta'anit Esther, 13 Adar 5784") the occasion was looked up on
// the day it is kept, and the dateline was warned that nothing said which
// Adar. It is now the info that the occasion shows it, as "Ta'anit
// Esther, 13 Adar 5787", a year it is not moved, always was. A name that
// is not the day's (Purim on 13 Adar) still says nothing of the Adar.
func TestMovedFastShowsAdar(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"Ta'anit Esther, 13 Adar 5784", "2024-03-23", "13 Adar II 5784"},
		{"Taanit Esther 13 Adar 5784", "2024-03-23", "13 Adar II 5784"},
		{"תענית אסתר, י״ג אדר תשפ״ד", "2024-03-23", "13 Adar II 5784"},
		{"Ta'anit Esther, 11 Adar 5784", "2024-03-21", "11 Adar II 5784"},
		{"Ta'anit Esther, 13 Adar 5787", "2027-03-22", "13 Adar II 5787"},
		{"Purim, 14 Adar 5784", "2024-03-24", "14 Adar II 5784"},
		{"Пурим, 14 Адара 5784", "2024-03-24", "14 Adar II 5784"},
		{"Shushan Purim, 15 Adar 5784", "2024-03-25", "15 Adar II 5784"},
		{"Purim Katan, 14 Adar 5784", "2024-02-23", "14 Adar I 5784"},
		{"Shushan Purim Katan, 15 Adar 5784", "2024-02-24", "15 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, eveRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeAdarAmbiguous {
					assert.Equal(t, dateline.Info, p.Severity, "the occasion shows which Adar: %s", p.Message)
				}
			}
			m := oneMatch(t, "On "+tc.text+" we met", eveRef)
			assert.Equal(t, problemCodesOf(rep), problemCodesOf(m.Report), "Find as Check")
		})
	}
	rep := dateline.Check("Purim 13 Adar 5784", eveRef)
	assert.False(t, rep.OK(), "Purim is 14 Adar II")
	var severities []dateline.Severity
	for _, p := range rep.Problems {
		if p.Code == dateline.CodeAdarAmbiguous {
			severities = append(severities, p.Severity)
		}
	}
	assert.Equal(t, []dateline.Severity{dateline.Warning}, severities, "nothing says which Adar")
}
