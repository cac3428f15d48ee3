package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestWeekdayEveningAl: Catalan's, Spanish's and Portuguese's "at the"
// between a weekday and its evening ("dimecres al vespre", "a la nit",
// "miércoles al atardecer", "en la noche", "sábado ao anoitecer") make the
// weekday's evening the dateline's, as French's "au soir" does:
// "dimecres al vespre, Rosh Hashana 5775" (the 125th held-out round) was
// read as the occasion alone, its weekday left out, and "dissabte al
// vespre, 24 de setembre de 2022" as the date alone, a wrong weekday
// unsaid.
func TestWeekdayEveningAl(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{"dimecres al vespre, Rosh Hashana 5775", "", "2014-09-24", nil},
		{"miércoles al atardecer, Rosh Hashaná 5775", "", "2014-09-24", nil},
		{"dissabte al vespre, 24 de setembre de 2022", "", "2022-09-24", nil},
		{"divendres al vespre, 24 de setembre de 2022", "", "2022-09-24", []dateline.Code{dateline.CodeWeekday}},
		{"dimecres a la nit, 24 de setembre de 2014", "", "2014-09-24", nil},
		{"sábado ao anoitecer, 24 de setembro de 2022", "", "2022-09-24", nil},
		{"miércoles en la noche, 24 de septiembre de 2014", "", "2014-09-24", nil},
	})
}

// TestSloveneEveningBeforeDate: Slovene's evening and sunset before a
// date ("zvečer", "ob sončnem zahodu") make its evening the dateline's,
// after a verb of beginning the occasion's eve: "Hanuka se začne zvečer
// 14. decembra" (the 128th held-out round) was read as the date alone,
// the evening and the occasion left out, and a wrong eve unsaid.
func TestSloveneEveningBeforeDate(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{"Hanuka se začne zvečer 14. decembra 2025", "", "2025-12-14", nil},
		{"Hanuka se začne zvečer 15. decembra 2025", "", "2025-12-15", []dateline.Code{dateline.CodeOccasion}},
		{"Pesah se začne ob sončnem zahodu 12. aprila 2025", "", "2025-04-12", nil},
	})
}

// A matchCase is a text Find finds one dateline in: the match's text
// (the whole text where it is empty), its day, and the codes of its
// errors.
type matchCase struct {
	text, match, day string
	codes            []dateline.Code
}

// checkMatchCases checks each case's one match.
func checkMatchCases(t *testing.T, cases []matchCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			want := tc.match
			if want == "" {
				want = tc.text
			}
			assert.Equal(t, want, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.codes, severityCodes(m, dateline.Error))
		})
	}
}
