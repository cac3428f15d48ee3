package dateline_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSolarHijriRefused: a numeric date written year first with a year
// from 1300 to 1500 in Persian or Arabic-script text, or in Persian or
// Arabic digits, is a Hijri date ("۱۴۰۲/۰۲/۱۰", 10 Ordibehesht 1402,
// April 30, 2023), which the reader does not read. It was read as a
// Gregorian day of the fifteenth century ("Wednesday, February 10, 1402
// | 28 Sh'vat 5162") with only the warning that it came before the
// Gregorian reform. Parse now fails with the range error at its year,
// and Find takes no date there.
func TestSolarHijriRefused(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ in, year string }{
		{"۱۴۰۲/۰۲/۱۰", "۱۴۰۲"},
		{"۱۴۰۲-۰۲-۱۰", "۱۴۰۲"},
		{"١٤٤٥/٠٣/١٢", "١٤٤٥"},
		{"تاریخ ۱۳۹۹/۱۱/۰۵", "۱۳۹۹"},
		{"1402/02/10 تاریخ", "1402"},
		{"1402-02-10 جلسه", "1402"},
		{"1402.2.10 در تهران", "1402"},
		{"1445/03/12 التاريخ", "1445"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			_, err := dateline.Parse(tc.in, ref)
			require.Error(t, err)
			assert.ErrorIs(t, err, dateline.ErrOutOfRange)
			var pe *dateline.ProblemError
			if assert.True(t, errors.As(err, &pe)) {
				assert.Equal(t, tc.year, tc.in[pe.Problem.Start:pe.Problem.End])
				assert.Contains(t, pe.Problem.Message, "Solar Hijri date")
			}
		})
	}
	checkDayOrNone(t, ref, []struct{ text, day string }{
		{"جلسه در تاریخ 1402/02/10 برگزار شد", ""},
		{"جلسه در تاریخ ۱۴۰۲/۰۲/۱۰ برگزار شد", ""},
		{"۱۴۰۲-۰۲-۱۰", ""},
		{"1402.02.10 در تهران", ""},
		{"عقد الاجتماع في ١٤٤٥/٠٣/١٢", ""},
		// Near misses: a Latin text's 1402 is a historical Gregorian
		// year; a Gregorian year in Persian text or digits is read; so
		// is a date of another line than the Persian one.
		{"On 1402/02/10 the council met", "1402-02-10"},
		{"جلسه 2024/03/02", "2024-03-02"},
		{"۲۰۲۴-۰۳-۰۲", "2024-03-02"},
		{"On 1402/02/10 the council met.\nجلسه", "1402-02-10"},
		{"4 سپتامبر 2013", "2013-09-04"},
	})
}
