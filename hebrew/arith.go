package hebrew

import "github.com/hebcal/hdate"

// The calendar's arithmetic in integers, for the conversions: the day
// each year starts, computed once for the 10,000 years (40 KB, at init)
// by the molad of Tishrei and the rules that postpone it, and the months
// of each of the six kinds of year by table. A conversion is then a few
// lookups. hdate counts the same days (TestArithIsHdates, over every
// day); its conversions look the years up in a cache of its own, through
// several calls each.

// epoch is the Rata Die day before the Hebrew calendar's first, which
// elapsed counts from (hdate.Epoch).
const epoch = hdate.Epoch

// yearStart[y] is elapsed(y), for years 1 to MaxYear+1.
var yearStart = func() (t [MaxYear + 2]int32) {
	for y := MinYear; y <= MaxYear+1; y++ {
		t[y] = int32(molad(y))
	}
	return t
}()

// elapsed returns the number of days from the epoch to 1 Tishrei of year,
// 1 to MaxYear+1.
func elapsed(year int) int64 { return int64(yearStart[year]) }

// molad returns elapsed(year): the molad of Tishrei, in days and parts of
// an hour (1080 to the hour) since the first molad, postponed a day when
// it falls at or after noon, or on a Tuesday too late for a common year's
// length, or on a Monday after a leap year too late for its; and a day
// more when that is a Sunday, Wednesday or Friday.
func molad(year int) int64 {
	y := int64(year) - 1
	months := 235*(y/19) + 12*(y%19) + (7*(y%19)+1)/19
	parts := 204 + 793*(months%1080)
	hours := 5 + 12*months + 793*(months/1080) + parts/1080
	day := 1 + 29*months + hours/24
	parts = parts%1080 + 1080*(hours%24)
	if parts >= 19440 ||
		day%7 == 2 && parts >= 9924 && !IsLeapYear(year) ||
		day%7 == 1 && parts >= 16789 && IsLeapYear(year-1) {
		day++
	}
	if w := day % 7; w == 0 || w == 3 || w == 5 {
		day++
	}
	return day
}

// yearKind returns the kind of a year of length days, 0 to 5: deficient,
// regular or complete (353, 354 or 355 days), and the same for a leap
// year (383 to 385).
func yearKind(days int64) int {
	k := int(days%10) - 3
	if days > 355 {
		k += 3
	}
	return k
}

// monthStart[k][m] is the number of days from 1 Tishrei to the first of
// month m in a year of kind k; monthOn[k][d] the month of day d (from 0)
// of such a year.
var (
	monthStart [6][AdarII + 1]int16
	monthOn    [6][385]Month
)

func init() {
	for k := range monthStart {
		leap := k >= 3
		length := func(m Month) int {
			switch m {
			case Cheshvan:
				if k%3 == 2 {
					return 30 // complete
				}
				return 29
			case Kislev:
				if k%3 == 0 {
					return 29 // deficient
				}
				return 30
			case Adar:
				if leap {
					return 30 // Adar I
				}
				return 29
			case Iyyar, Tammuz, Elul, Tevet, AdarII:
				return 29
			}
			return 30
		}
		day := 0
		add := func(m Month) {
			monthStart[k][m] = int16(day)
			for range length(m) {
				monthOn[k][day] = m
				day++
			}
		}
		last := Adar
		if leap {
			last = AdarII
		}
		for m := Tishrei; m <= last; m++ {
			add(m)
		}
		for m := Nisan; m <= Elul; m++ {
			add(m)
		}
	}
}

// toRD returns the Rata Die day of a valid date.
func toRD(d Date) int64 {
	start := elapsed(d.Year)
	k := yearKind(elapsed(d.Year+1) - start)
	return epoch + start + int64(monthStart[k][d.Month]) + int64(d.Day) - 1
}

// dateOfRD returns the Hebrew date of Rata Die day n, which must fall in
// years 1 to 9999: the year from the mean year's length (35975351/98496
// days, 235 months of the molad's length over 19 years), corrected by
// the days the years start.
func dateOfRD(n int64) Date {
	year := int((n-epoch)*98496/35975351) + 1
	start := elapsed(year)
	for year > 1 && epoch+start >= n+1 {
		year--
		start = elapsed(year)
	}
	next := elapsed(year + 1)
	for epoch+next <= n {
		year++
		start, next = next, elapsed(year+1)
	}
	day := int(n - epoch - start) // from 0
	k := yearKind(next - start)
	m := monthOn[k][day]
	return Date{Year: year, Month: m, Day: day - int(monthStart[k][m]) + 1}
}
