package hebrew

import (
	"testing"

	"github.com/hebcal/hdate"
)

// TestArithIsHdates: the integer arithmetic counts the days hdate does,
// in every year from 1 to 9999: the length of each year and month, the
// start of each month, and the date of every day (every seventh in
// -short).
func TestArithIsHdates(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		if got, want := molad(y), hdate.ToRD(y, hdate.Tishrei, 1)-epoch; got != want || elapsed(y) != want {
			t.Fatalf("elapsed(%d) = %d, hdate %d", y, got, want)
		}
		if got, want := DaysInYear(y), hdate.DaysInYear(y); got != want {
			t.Fatalf("DaysInYear(%d) = %d, hdate %d", y, got, want)
		}
		for m := Nisan; m <= AdarII; m++ {
			if m == AdarII && !IsLeapYear(y) {
				continue
			}
			if got, want := DaysInMonth(y, m), hdate.DaysInMonth(hdate.HMonth(m), y); got != want {
				t.Fatalf("DaysInMonth(%d, %v) = %d, hdate %d", y, m, got, want)
			}
			if got, want := toRD(Date{y, m, 1}), hdate.ToRD(y, hdate.HMonth(m), 1); got != want {
				t.Fatalf("toRD(%d %v 1) = %d, hdate %d", y, m, got, want)
			}
		}
	}
	step := int64(1)
	if testing.Short() {
		step = 7
	}
	for n := minRD; n <= maxRD; n += step {
		h := hdate.FromRD(n)
		if got, want := dateOfRD(n), (Date{h.Year(), Month(h.Month()), h.Day()}); got != want {
			t.Fatalf("dateOfRD(%d) = %v, hdate %v", n, got, want)
		}
	}
}
