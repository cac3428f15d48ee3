package parse_test

import "testing"

// rangeFormCases are ranges and pairs of days in the forms the fifth
// held-out set found: a numeric range whose start has no dot, its days
// parted by a dash; each day with its weekday, whose far weekday is
// RangeEnd and shifted by the weekdays' own count (which the dateline
// checks against the days'); and each end after the sunset that begins it.
var rangeFormCases = []parseCase{
	{"8-15.03.2024", ws(dmy(dy(8)), dmy(dy(15).end(7)), dmy(mo(3)), yr(2024).sh(7)), "2-9.01.2006"},
	{"22 – 29.10.2023", ws(dmy(dy(22)), dmy(dy(29).end(7)), dmy(mo(10)), yr(2023).sh(7)), "2 – 9.1.2006"},
	{"martes 5 y miércoles 6 de marzo de 2024", ws(wd(tue), dy(5), wd(wed).end(1), dy(6).end(1), mo(3), yr(2024).sh(1)), "lunes 2 y martes 3 de enero de 2006"},
	{"Monday 9 and Tuesday 10 September 2024", ws(wd(mon), dy(9), wd(tue).end(1), dy(10).end(1), mo(9), yr(2024).sh(1)), "Monday 2 and Tuesday 3 January 2006"},
	{"Samstag 6. und Sonntag 7. April 2024", ws(wd(sat), dy(6), wd(sun).end(1), dy(7).end(1), mo(4), yr(2024).sh(1)), "Montag 2. und Dienstag 3. Januar 2006"},
	{"martes 5 y jueves 6 de marzo de 2024", ws(wd(tue), dy(5), wd(thu).end(2), dy(6).end(1), mo(3), yr(2024).sh(1)), "lunes 2 y miércoles 3 de enero de 2006"},
	{"západ slunce 14. prosince – západ slunce 22. prosince 2025", ws(dy(14), mo(12), dy(22).end(8), mo(12).end(8), yr(2025).sh(8)), "západ slunce 2. ledna – západ slunce 10. ledna 2006"},
	{"sundown April 22 – sundown April 30, 2024", ws(mo(4), dy(22), mo(4).end(8), dy(30).end(8), yr(2024).sh(8)), "sundown January 2 – sundown January 10, 2006"},
}

func TestParseRangeForms(t *testing.T) {
	testParseCases(t, rangeFormCases)
}
