package parse_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// parseCase is a dateline, the fields it states (literals left out), and
// its layout: the dateline written for the reference day, Monday, January
// 2, 2006, 15:04:05 MST, 2 Tevet 5766.
type parseCase struct {
	in     string
	fields []want
	layout string
}

const (
	sun = iota
	mon
	tue
	wed
	thu
	fri
	sat
)

// The Hebrew months, short.
const (
	nisan    = hebrew.Nisan
	iyyar    = hebrew.Iyyar
	sivan    = hebrew.Sivan
	av       = hebrew.Av
	elul     = hebrew.Elul
	tishrei  = hebrew.Tishrei
	cheshvan = hebrew.Cheshvan
	kislev   = hebrew.Kislev
	tevet    = hebrew.Tevet
	shevat   = hebrew.Shevat
	adar     = hebrew.Adar
	adarII   = hebrew.AdarII
)

var parseCases = []parseCase{
	// Mastheads: the seed's layout and its relatives.
	{"Saturday, March 2nd | 22 Adar I 5784", ws(wd(sat), mo(3), dy(2), hd(22), hq(adar), hy(5784)), layout.Header},
	{"Monday, January 2nd | 2 Tevet 5766", ws(wd(mon), mo(1), dy(2), hd(2), hm(tevet), hy(5766)), layout.Header},
	{"Wednesday, February 26th | 1 Adar 5780", ws(wd(wed), mo(2), dy(26), hd(1), hm(adar), hy(5780)), layout.Header},
	{"Thursday, May 25th | 29 Iyyar 5777", ws(wd(thu), mo(5), dy(25), hd(29), hm(iyyar), hy(5777)), layout.Header},
	{"Friday, March 29th | 19 Adar II 5784", ws(wd(fri), mo(3), dy(29), hd(19), hq(adarII), hy(5784)), layout.Header},
	{"Sunday, September 17th | 2 Tishrei 5784", ws(wd(sun), mo(9), dy(17), hd(2), hm(tishrei), hy(5784)), layout.Header},
	{"Saturday, March 2, 2024 | 22 Adar I 5784", ws(wd(sat), mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), layout.Full},
	{"Monday, January 2, 2006 | 2 Tevet 5766", ws(wd(mon), mo(1), dy(2), yr(2006), hd(2), hm(tevet), hy(5766)), layout.Full},
	{"  Saturday, March 2nd | 22 Adar I 5784  ", ws(wd(sat), mo(3), dy(2), hd(22), hq(adar), hy(5784)), layout.Header},

	// Both calendars in either order, with every separator.
	{"2 Tevet 5766 | Monday, January 2, 2006", ws(hd(2), hm(tevet), hy(5766), wd(mon), mo(1), dy(2), yr(2006)), "2 Tevet 5766 | Monday, January 2, 2006"},
	{"March 2, 2024 / 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 / 2 Tevet 5766"},
	{"March 2, 2024 • 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 • 2 Tevet 5766"},
	{"March 2, 2024 ▪ 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 ▪ 2 Tevet 5766"},
	{"March 2, 2024 * 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 * 2 Tevet 5766"},
	{"March 2, 2024 - 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 - 2 Tevet 5766"},
	{"March 2, 2024 – 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 – 2 Tevet 5766"},
	{"March 2, 2024 — 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 — 2 Tevet 5766"},
	{"March 2, 2024: 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006: 2 Tevet 5766"},
	{"22 Adar I 5784: March 2, 2024", ws(hd(22), hq(adar), hy(5784), mo(3), dy(2), yr(2024)), "2 Tevet 5766: January 2, 2006"},
	{"22 Adar I 5784 (March 2, 2024)", ws(hd(22), hq(adar), hy(5784), mo(3), dy(2), yr(2024)), "2 Tevet 5766 (January 2, 2006)"},
	{"March 2, 2024 (22 Adar I 5784)", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 (2 Tevet 5766)"},
	{"March 2, 2024, 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006, 2 Tevet 5766"},
	{"March 2, 2024 22 Adar I 5784", ws(mo(3), dy(2), yr(2024), hd(22), hq(adar), hy(5784)), "January 2, 2006 2 Tevet 5766"},
	{"22 Adar I 5784 · March 2, 2024", ws(hd(22), hq(adar), hy(5784), mo(3), dy(2), yr(2024)), "2 Tevet 5766 · January 2, 2006"},
	// A spaced dash after a day is a separator, not a range, when the
	// other calendar's date follows.
	{"Saturday, March 2nd - 22 Adar I 5784", ws(wd(sat), mo(3), dy(2), hd(22), hq(adar), hy(5784)), "Monday, January 2nd - 2 Tevet 5766"},
	{"Saturday, March 2nd — 22 Adar I 5784", ws(wd(sat), mo(3), dy(2), hd(22), hq(adar), hy(5784)), "Monday, January 2nd — 2 Tevet 5766"},
	{"[January 2, 2006]", ws(mo(1), dy(2), yr(2006)), "[January 2, 2006]"},
	{"(2 Tevet 5766)", ws(hd(2), hm(tevet), hy(5766)), "(2 Tevet 5766)"},

	// Gregorian dates: names in every form and case, ordinals, years.
	{"January 2, 2006", ws(mo(1), dy(2), yr(2006)), "January 2, 2006"},
	{"Jan 2, 2006", ws(mo(1), dy(2), yr(2006)), "Jan 2, 2006"},
	{"Jan. 2, 2006", ws(mo(1), dy(2), yr(2006)), "Jan. 2, 2006"},
	{"JANUARY 2, 2006", ws(mo(1), dy(2), yr(2006)), "JANUARY 2, 2006"},
	{"january 2, 2006", ws(mo(1), dy(2), yr(2006)), "january 2, 2006"},
	{"Sept. 5, 2023", ws(mo(9), dy(5), yr(2023)), "Jan. 2, 2006"},
	{"Sept 5, 2023", ws(mo(9), dy(5), yr(2023)), "Jan 2, 2006"},
	{"SEPT 5, 2023", ws(mo(9), dy(5), yr(2023)), "JAN 2, 2006"},
	{"sept 5", ws(mo(9), dy(5)), "jan 2"},
	{"Sep 5, 2023", ws(mo(9), dy(5), yr(2023)), "Jan 2, 2006"},
	{"Sep. 5, 2023", ws(mo(9), dy(5), yr(2023)), "Jan. 2, 2006"},
	{"Aug. 15, 2023", ws(mo(8), dy(15), yr(2023)), "Jan. 2, 2006"},
	{"May 24, 2017", ws(mo(5), dy(24), yr(2017)), "January 2, 2006"},
	{"Dec 25th", ws(mo(12), dy(25)), "Jan 2nd"},
	{"March 2nd, 2024", ws(mo(3), dy(2), yr(2024)), "January 2nd, 2006"},
	{"March 1st", ws(mo(3), dy(1)), "January 2nd"},
	{"March 3rd", ws(mo(3), dy(3)), "January 2nd"},
	{"March 11th", ws(mo(3), dy(11)), "January 2nd"},
	{"March 22nd", ws(mo(3), dy(22)), "January 2nd"},
	{"March 23rd", ws(mo(3), dy(23)), "January 2nd"},
	{"March 31st", ws(mo(3), dy(31)), "January 2nd"},
	{"March 2ND", ws(mo(3), dy(2)), "January 2ND"},
	{"MARCH 21ST, 2024", ws(mo(3), dy(21), yr(2024)), "JANUARY 2ND, 2006"},
	{"2 March 2024", ws(dy(2), mo(3), yr(2024)), "2 January 2006"},
	{"2nd March 2024", ws(dy(2), mo(3), yr(2024)), "2nd January 2006"},
	{"25th December 2023", ws(dy(25), mo(12), yr(2023)), "2nd January 2006"},
	{"the 2nd of March, 2024", ws(dy(2), mo(3), yr(2024)), "the 2nd of January, 2006"},
	{"Monday the 25th of December, 2023", ws(wd(mon), dy(25), mo(12), yr(2023)), "Monday the 2nd of January, 2006"},
	{"March 2024", ws(mo(3), yr(2024)), "January 2006"},
	{"February 2022", ws(mo(2), yr(2022)), "January 2006"},
	{"March 2, '24", ws(mo(3), dy(2), yr(24)), "January 2, '06"},
	{"Mar 2 '24", ws(mo(3), dy(2), yr(24)), "Jan 2 '06"},
	{"DECEMBER 14, 2017", ws(mo(12), dy(14), yr(2017)), "JANUARY 2, 2006"},
	{"03-Mar-2024", ws(dy(3), mo(3), yr(2024)), "02-Jan-2006"},
	{"03/Mar/2024 10:39", ws(dy(3), mo(3), yr(2024), hr(10), mi(39)), "02/Jan/2006 15:04"},
	{"Wednesday 6th March 2024", ws(wd(wed), dy(6), mo(3), yr(2024)), "Monday 2nd January 2006"},
	{"2024-03-06 10:39:00", ws(yr(2024), mo(3), dy(6), hr(10), mi(39), se(0)), "2006-01-02 15:04:05"},
	{"10:39 AM, March 6, 2024", ws(hr(10), mi(39), ampm(false), mo(3), dy(6), yr(2024)), "3:04 PM, January 2, 2006"},
	{"Wed., March 6, 2024 — 26 Adar I, 5784", ws(wd(wed), mo(3), dy(6), yr(2024), hd(26), hq(adar), hy(5784)), "Mon., January 2, 2006 — 2 Tevet, 5766"},
	{"יום רביעי כ\"ו באדר א' ה'תשפ\"ד, 6 במרץ 2024", ws(wd(wed), hd(26), hq(adar), hy(5784), dy(6), mo(3), yr(2024)), "יום שני ב' בטבת ה'תשס\"ו, 2 בינואר 2006"},

	// Weekdays.
	{"Saturday, March 2", ws(wd(sat), mo(3), dy(2)), "Monday, January 2"},
	{"Sat, Mar 2", ws(wd(sat), mo(3), dy(2)), "Mon, Jan 2"},
	{"Sat., Mar. 2, 2024", ws(wd(sat), mo(3), dy(2), yr(2024)), "Mon., Jan. 2, 2006"},
	{"SATURDAY, MARCH 2ND", ws(wd(sat), mo(3), dy(2)), "MONDAY, JANUARY 2ND"},
	{"saturday, march 2", ws(wd(sat), mo(3), dy(2)), "monday, january 2"},
	{"Tues, Sept 5", ws(wd(tue), mo(9), dy(5)), "Mon, Jan 2"},
	{"Tues., Sept. 5, 2023", ws(wd(tue), mo(9), dy(5), yr(2023)), "Mon., Jan. 2, 2006"},
	{"TUES, SEPT 5", ws(wd(tue), mo(9), dy(5)), "MON, JAN 2"},
	{"Thurs., Jan. 5", ws(wd(thu), mo(1), dy(5)), "Mon., Jan. 2"},
	{"Thurs, Jan 5", ws(wd(thu), mo(1), dy(5)), "Mon, Jan 2"},
	{"Thur, March 7", ws(wd(thu), mo(3), dy(7)), "Mon, January 2"},
	{"Thu., March 7", ws(wd(thu), mo(3), dy(7)), "Mon., January 2"},
	{"Weds., March 6", ws(wd(wed), mo(3), dy(6)), "Mon., January 2"},
	{"Wed, Mar 6", ws(wd(wed), mo(3), dy(6)), "Mon, Jan 2"},
	{"Mon, September 16 2024", ws(wd(mon), mo(9), dy(16), yr(2024)), "Mon, January 2 2006"},
	{"Tuesday January 21, 2020", ws(wd(tue), mo(1), dy(21), yr(2020)), "Monday January 2, 2006"},
	{"Thursday, Jul 25, 2024", ws(wd(thu), mo(7), dy(25), yr(2024)), "Monday, Jan 2, 2006"},
	{"Friday, 15 December", ws(wd(fri), dy(15), mo(12)), "Monday, 2 January"},
	{"Sunday, 1 Nisan 5784", ws(wd(sun), hd(1), hm(nisan), hy(5784)), "Monday, 2 Tevet 5766"},

	// Numeric dates: US, Israeli, ISO, two-digit years, without a year.
	{"03/02/2024", ws(amb(mo(3)), amb(dy(2)), yr(2024)), "01/02/2006"},
	{"3/2/2024", ws(amb(mo(3)), amb(dy(2)), yr(2024)), "1/2/2006"},
	{"12/25/2023", ws(mo(12), dy(25), yr(2023)), "1/2/2006"},
	{"25/12/2023", ws(dmy(dy(25)), dmy(mo(12)), yr(2023)), "2/1/2006"},
	{"2.3.2024", ws(ambDMY(dy(2)), ambDMY(mo(3)), yr(2024)), "2.1.2006"},
	{"09.02.2024", ws(ambDMY(dy(9)), ambDMY(mo(2)), yr(2024)), "02.01.2006"},
	{"24.1.24", ws(dmy(dy(24)), dmy(mo(1)), yr(24)), "2.1.06"},
	{"1.21.20", ws(mo(1), dy(21), yr(20)), "1.2.06"},
	{"12/25/23", ws(mo(12), dy(25), yr(23)), "1/2/06"},
	{"25-12-2023", ws(dmy(dy(25)), dmy(mo(12)), yr(2023)), "2-1-2006"},
	{"2024-03-02", ws(yr(2024), mo(3), dy(2)), "2006-01-02"},
	{"2023/12/25", ws(yr(2023), mo(12), dy(25)), "2006/01/02"},
	{"12/25", ws(mo(12), dy(25)), "1/2"},
	{"25/12", ws(dmy(dy(25)), dmy(mo(12))), "2/1"},
	{"03/02", ws(amb(mo(3)), amb(dy(2))), "01/02"},
	{"Sun, 12/25", ws(wd(sun), mo(12), dy(25)), "Mon, 1/2"},
	{"12/25 10:30 am", ws(mo(12), dy(25), hr(10), mi(30), ampm(false)), "1/2 3:04 pm"},
	// Hebrew script and 24-hour times read an ambiguous date day first.
	{"יום א׳, 03/02", ws(wd(sun), hebDMY(dy(3)), hebDMY(mo(2))), "יום ב׳, 02/01"},
	{"08/02/2021 06:00", ws(ambDMY(dy(8)), ambDMY(mo(2)), yr(2021), hr(6), mi(0)), "02/01/2006 15:04"},
	{"Sun, 09/30/2018 - 06:58", ws(wd(sun), mo(9), dy(30), yr(2018), hr(6), mi(58)), "Mon, 01/02/2006 - 15:04"},

	// Timestamps.
	{"January 2, 2006 3:04 pm", ws(mo(1), dy(2), yr(2006), hr(3), mi(4), ampm(true)), layout.Published},
	{"September 28, 2022 10:39 am", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), ampm(false)), layout.Published},
	{"May 24, 2017 11:30 am", ws(mo(5), dy(24), yr(2017), hr(11), mi(30), ampm(false)), layout.Published},
	{"January 19, 2017 3:36 pm", ws(mo(1), dy(19), yr(2017), hr(3), mi(36), ampm(true)), layout.Published},
	{"September 28, 2022 12:05 am", ws(mo(9), dy(28), yr(2022), hr(12), mi(5), ampm(false)), layout.Published},
	{"09/28/2022 03:05:48 PM", ws(mo(9), dy(28), yr(2022), hr(3), mi(5), se(48), ampm(true)), "01/02/2006 03:04:05 PM"},
	{"10/24/2025 11:42:04 AM", ws(mo(10), dy(24), yr(2025), hr(11), mi(42), se(4), ampm(false)), "1/2/2006 3:04:05 PM"},
	{"September 28, 2022 10:39 a.m.", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), ampm(false)), "January 2, 2006 3:04 p.m."},
	{"September 28, 2022 10:39 P.M.", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), ampm(true)), "January 2, 2006 3:04 P.M."},
	{"September 28, 2022 at 10:39 am", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), ampm(false)), "January 2, 2006 at 3:04 pm"},
	{"September 28, 2022 @ 10:39 am", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), ampm(false)), "January 2, 2006 @ 3:04 pm"},
	{"December 25th, 2023 at 10:30am", ws(mo(12), dy(25), yr(2023), hr(10), mi(30), ampm(false)), "January 2nd, 2006 at 3:04pm"},
	{"Mar 7, 2024, 2:30 PM", ws(mo(3), dy(7), yr(2024), hr(2), mi(30), ampm(true)), "Jan 2, 2006, 3:04 PM"},
	{"September 28, 2022, 10:39 AM EDT", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), ampm(false), zn(-hours(4))), "January 2, 2006, 3:04 PM MST"},
	{"September 28, 2022 10:39 am EST", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), ampm(false), zn(-hours(5))), "January 2, 2006 3:04 pm MST"},
	{"September 28, 2022 10:39 ET", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), zn(0)), "January 2, 2006 15:04 MST"},
	{"March 7, 2024 14:30 IST", ws(mo(3), dy(7), yr(2024), hr(14), mi(30), zn(hours(2))), "January 2, 2006 15:04 MST"},
	{"March 7, 2024 14:30 IDT", ws(mo(3), dy(7), yr(2024), hr(14), mi(30), zn(hours(3))), "January 2, 2006 15:04 MST"},
	{"September 28, 2022 10:39 -04:00", ws(mo(9), dy(28), yr(2022), hr(10), mi(39), zn(-hours(4))), "January 2, 2006 15:04 -07:00"},
	{"Thu, 7 Mar 2024 14:30:00 +0200", ws(wd(thu), dy(7), mo(3), yr(2024), hr(14), mi(30), se(0), zn(hours(2))), "Mon, 2 Jan 2006 15:04:05 -0700"},
	{"Thu, 7 Mar 2024 14:30:00 GMT", ws(wd(thu), dy(7), mo(3), yr(2024), hr(14), mi(30), se(0), zn(0)), "Mon, 2 Jan 2006 15:04:05 MST"},
	{"7 March 2024, 14:30 IST", ws(dy(7), mo(3), yr(2024), hr(14), mi(30), zn(hours(2))), "2 January 2006, 15:04 MST"},
	{"10:30 AM ET, Dec 25, 2023", ws(hr(10), mi(30), ampm(false), zn(0), mo(12), dy(25), yr(2023)), "3:04 PM MST, Jan 2, 2006"},
	{"17:26 on Friday, Mar 8", ws(hr(17), mi(26), wd(fri), mo(3), dy(8)), "15:04 on Monday, Jan 2"},
	{"Motzei Shabbat, Mar 29, 8:28pm", ws(motzei(wd(sat)), mo(3), dy(29), hr(8), mi(28), ampm(true)), "Motzei Yom Sheni, Jan 2, 3:04pm"},
	{"Monday, December 25, 2023 - 10:30", ws(wd(mon), mo(12), dy(25), yr(2023), hr(10), mi(30)), "Monday, January 2, 2006 - 15:04"},
	{"Sun, Dec 25 - 10:30", ws(wd(sun), mo(12), dy(25), hr(10), mi(30)), "Mon, Jan 2 - 15:04"},
	{"2024-03-02T10:39:00Z", ws(yr(2024), mo(3), dy(2), hr(10), mi(39), se(0), zn(0)), "2006-01-02T15:04:05Z07:00"}, // Z is an offset, not a name
	{"2024-03-02T10:39:00+02:00", ws(yr(2024), mo(3), dy(2), hr(10), mi(39), se(0), zn(hours(2))), "2006-01-02T15:04:05-07:00"},
	{"2024-03-02T10:39", ws(yr(2024), mo(3), dy(2), hr(10), mi(39)), "2006-01-02T15:04"},
	{"2024-03-02T10:39Z", ws(yr(2024), mo(3), dy(2), hr(10), mi(39), zn(0)), "2006-01-02T15:04Z07:00"},
	{"March 2, 2024 10:39EDT", ws(mo(3), dy(2), yr(2024), hr(10), mi(39), zn(-hours(4))), "January 2, 2006 15:04MST"},

	// Hebrew dates, transliterated.
	{"22 Adar I 5784", ws(hd(22), hq(adar), hy(5784)), layout.HebrewDate},
	{"2 Tevet 5766", ws(hd(2), hm(tevet), hy(5766)), layout.HebrewDate},
	{"Adar I 22, 5784", ws(hq(adar), hd(22), hy(5784)), "Tevet 2, 5766"},
	{"22nd of Adar I, 5784", ws(hd(22), hq(adar), hy(5784)), "2nd of Tevet, 5766"},
	{"Tevet 2, 5766", ws(hm(tevet), hd(2), hy(5766)), "Tevet 2, 5766"},
	{"Teves 2, 5766", ws(hm(tevet), hd(2), hy(5766)), "Teves 2, 5766"},
	{"3 Teves 5785", ws(hd(3), hm(tevet), hy(5785)), "2 Teves 5766"},
	{"7 Heshvan, 5775", ws(hd(7), hm(cheshvan), hy(5775)), "2 Tevet, 5766"},
	{"13 Shevat 5782", ws(hd(13), hm(shevat), hy(5782)), "2 Tevet 5766"},
	{"5 Sh'vat 5784", ws(hd(5), hm(shevat), hy(5784)), "2 Tevet 5766"},
	{"5 Sh’vat 5784", ws(hd(5), hm(shevat), hy(5784)), "2 Tevet 5766"},
	{"29 Iyar 5777", ws(hd(29), hm(iyyar), hy(5777)), "2 Tevet 5766"},
	{"1 Tishri 5784", ws(hd(1), hm(tishrei), hy(5784)), "2 Tevet 5766"},
	{"16 Nissan 5784", ws(hd(16), hm(nisan), hy(5784)), "2 Tevet 5766"},
	{"9 Menachem Av 5784", ws(hd(9), hm(av), hy(5784)), "2 Tevet 5766"},
	{"15 Sivan 5784", ws(hd(15), hm(sivan), hy(5784)), "2 Tevet 5766"},
	{"Adar I, 5782", ws(hq(adar), hy(5782)), "Tevet, 5766"},
	{"Adar 6", ws(hm(adar), hd(6)), "Tevet 2"},
	{"Adar 1, 5784", ws(hm(adar), hd(1), hy(5784)), "Tevet 2, 5766"},
	{"Kislev 5, 5775", ws(hm(kislev), hd(5), hy(5775)), "Tevet 2, 5766"},
	{"2 Adar II 5784", ws(hd(2), hq(adarII), hy(5784)), layout.HebrewDate},
	{"2 Adar 2 5784", ws(hd(2), hq(adarII), hy(5784)), layout.HebrewDate},
	{"2 Adar Sheni 5784", ws(hd(2), hq(adarII), hy(5784)), layout.HebrewDate},
	{"2 Ve'adar 5784", ws(hd(2), hq(adarII), hy(5784)), layout.HebrewDate},
	{"2 Adar Aleph 5784", ws(hd(2), hq(adar), hy(5784)), layout.HebrewDate},
	{"2 Adar Rishon 5784", ws(hd(2), hq(adar), hy(5784)), layout.HebrewDate},
	{"29 Adar II 7348", ws(hd(29), hq(adarII), hy(7348)), layout.HebrewDate},
	{"Tuesday, Tevet 1, 5772", ws(wd(tue), hm(tevet), hd(1), hy(5772)), "Monday, Tevet 2, 5766"},
	{"Tuesday, 3rd Tammuz 5784", ws(wd(tue), hd(3), hm(hebrew.Tammuz), hy(5784)), "Monday, 2nd Tevet 5766"},

	// Hebrew weekdays in English letters, Erev, Motzei and Leil.
	{"Shabbat, 20 Kislev, 5785", ws(wd(sat), hd(20), hm(kislev), hy(5785)), "Yom Sheni, 2 Tevet, 5766"},
	{"Shabbos, 22 Adar I 5784", ws(wd(sat), hd(22), hq(adar), hy(5784)), "Yom Sheni, 2 Tevet 5766"},
	{"Yom Rivi'i, 6 Kislev, 5783", ws(wd(wed), hd(6), hm(kislev), hy(5783)), "Yom Sheni, 2 Tevet, 5766"},
	{"Yom Sheni, 2 Tevet 5766", ws(wd(mon), hd(2), hm(tevet), hy(5766)), "Yom Sheni, 2 Tevet 5766"},
	{"Yom Chamishi, 4 Tevet 5766", ws(wd(thu), hd(4), hm(tevet), hy(5766)), "Yom Sheni, 2 Tevet 5766"},
	{"Yom Shabbat, 13 Shevat 5782", ws(wd(sat), hd(13), hm(shevat), hy(5782)), "Yom Sheni, 2 Tevet 5766"},
	{"Erev Shabbat, 21 Adar I 5784", ws(wd(sat).sh(1), hd(21), hq(adar), hy(5784)), "Erev Yom Shlishi, 2 Tevet 5766"},
	{"Erev Shabbos, 21 Adar I", ws(wd(sat).sh(1), hd(21), hq(adar)), "Erev Yom Shlishi, 2 Tevet"},
	{"Motzei Shabbos 23 Adar I", ws(motzei(wd(sat)), hd(23), hq(adar)), "Motzei Yom Sheni 2 Tevet"},
	{"Leil Shabbat, 22 Adar I", ws(night(wd(sat)).sh(1), hd(22), hq(adar)), "Leil Yom Shlishi, 2 Tevet"},
	{"Friday night, March 1", ws(night(wd(fri)), mo(3), dy(1)), "Monday night, January 2"},
	{"Sat. night, March 2", ws(night(wd(sat)), mo(3), dy(2)), "Mon. night, January 2"},
	{"Tuesday evening, Dec 10", ws(night(wd(tue)), mo(12), dy(10)), "Monday evening, Jan 2"},

	// Rosh Chodesh: the first of the month.
	{"Rosh Chodesh Elul, 5743", ws(hd(1), hm(elul), hy(5743)), "Rosh Chodesh Tevet, 5766"},
	{"Rosh Chodesh Adar II 5784", ws(hd(1), hq(adarII), hy(5784)), "Rosh Chodesh Tevet 5766"},
	{"Monday, Rosh Chodesh Kislev", ws(wd(mon), hd(1), hm(kislev)), "Monday, Rosh Chodesh Tevet"},
	{"ראש חודש אלול תשמ״ג", ws(hd(1), hm(elul), hy(5743)), "ראש חודש טבת תשס״ו"},

	// Hebrew script, gematriya.
	{"ב׳ טבת תשס״ו", ws(hd(2), hm(tevet), hy(5766)), layout.HebrewScript},
	{"יום שני, ב׳ בטבת ה׳תשס״ו", ws(wd(mon), hd(2), hm(tevet), hy(5766)), "יום שני, ב׳ בטבת ה׳תשס״ו"},
	{"כ״ב באדר א׳ תשפ״ד", ws(hd(22), hq(adar), hy(5784)), "ב׳ בטבת תשס״ו"},
	{"כ\"ב באדר א' תשפ\"ד", ws(hd(22), hq(adar), hy(5784)), "ב' בטבת תשס\"ו"},
	{"כ\"ב באדר א' ה'תשפ\"ד", ws(hd(22), hq(adar), hy(5784)), "ב' בטבת ה'תשס\"ו"},
	{"כ״ב אדר א׳ ה׳תשפ״ד", ws(hd(22), hq(adar), hy(5784)), "ב׳ טבת ה׳תשס״ו"},
	{"כב באדר א תשפד", ws(hd(22), hq(adar), hy(5784)), "ב בטבת תשסו"},
	{"ב׳ אדר ב׳ תשפ״ד", ws(hd(2), hq(adarII), hy(5784)), layout.HebrewScript},
	{"ב׳ ואדר תשפ״ד", ws(hd(2), hq(adarII), hy(5784)), layout.HebrewScript},
	{"אדר א תשע\"ט", ws(hq(adar), hy(5779)), "טבת תשס\"ו"},
	{"ט״ו בשבט תשפ״ד", ws(hd(15), hm(shevat), hy(5784)), "ב׳ בטבת תשס״ו"},
	{"ט״ז בשבט", ws(hd(16), hm(shevat)), "ב׳ בטבת"},
	{"ל׳ בחשון", ws(hd(30), hm(cheshvan)), "ב׳ בטבת"},
	{"א׳ בניסן ה׳תשפ״ד", ws(hd(1), hm(nisan), hy(5784)), "ב׳ בטבת ה׳תשס״ו"},
	{"ב׳ טֵבֵת תשס״ו", ws(hd(2), hm(tevet), hy(5766)), "ב׳ טֵבֵת תשס״ו"},
	{"י״ח באב ה׳תשפ״א (July 27, 2021)", ws(hd(18), hm(av), hy(5781), mo(7), dy(27), yr(2021)), "ב׳ בטבת ה׳תשס״ו (January 2, 2006)"},
	{"כ״ז באדר א׳ תשפ״ד | 7.3.2024", ws(hd(27), hq(adar), hy(5784), hebDMY(dy(7)), hebDMY(mo(3)), yr(2024)), "ב׳ בטבת תשס״ו | 2.1.2006"},

	// Hebrew weekday names in Hebrew script, and evenings.
	{"יום שבת, כ״ב באדר א׳ תשפ״ד", ws(wd(sat), hd(22), hq(adar), hy(5784)), "יום שני, ב׳ בטבת תשס״ו"},
	{"יום ש׳, כ״ב באדר א׳", ws(wd(sat), hd(22), hq(adar)), "יום ב׳, ב׳ בטבת"},
	{"שבת, כ״ב באדר א׳", ws(wd(sat), hd(22), hq(adar)), "יום שני, ב׳ בטבת"},
	{"יום ו', ל' בשבט (9.2.2024)", ws(wd(fri), hd(30), hm(shevat), hebDMY(dy(9)), hebDMY(mo(2)), yr(2024)), "יום ב', ב' בטבת (2.1.2006)"},
	{"יום ראשון, א׳ בניסן ה׳תשפ״ד", ws(wd(sun), hd(1), hm(nisan), hy(5784)), "יום שני, ב׳ בטבת ה׳תשס״ו"},
	{"מליל רביעי, ה' אדר א' (13.2.2024)", ws(night(wd(wed)).sh(1), hd(5), hq(adar), dmy(dy(13)), dmy(mo(2)), yr(2024)), "מליל שלישי, ב' טבת (2.1.2006)"},
	{"ממוצאי שבת, ט' באדר א' (17.2.2024)", ws(motzei(wd(sat)), hd(9), hq(adar), dmy(dy(17)), dmy(mo(2)), yr(2024)), "ממוצאי שני, ב' בטבת (2.1.2006)"},
	{"ליל שבת, כ״ב באדר א׳", ws(night(wd(sat)).sh(1), hd(22), hq(adar)), "ליל שלישי, ב׳ בטבת"},
	{"ערב שבת, כ״א באדר א׳", ws(wd(sat).sh(1), hd(21), hq(adar)), "ערב שלישי, ב׳ בטבת"},
	{"מוצ\"ש, כ״ג באדר א׳", ws(motzei(wd(sat)), hd(23), hq(adar)), "יום שני, ב׳ בטבת"},
	{"מוצ״ש כ״ג באדר א׳ תשפ״ד", ws(motzei(wd(sat)), hd(23), hq(adar), hy(5784)), "יום שני ב׳ בטבת תשס״ו"},

	// Gregorian dates in Hebrew script.
	{"יום חמישי 21. ספטמבר 2023", ws(wd(thu), dy(21), mo(9), yr(2023)), "יום שני 2. ינואר 2006"},
	{"יום חמישי, 7 במרץ 2024", ws(wd(thu), dy(7), mo(3), yr(2024)), "יום שני, 2 בינואר 2006"},
	{"7 במרס 2024", ws(dy(7), mo(3), yr(2024)), "2 בינואר 2006"},

	// Datelines of real sites: both calendars, weekdays, no years.
	{"Monday, 4 Elul, 5783 August 21, 2023", ws(wd(mon), hd(4), hm(elul), hy(5783), mo(8), dy(21), yr(2023)), "Monday, 2 Tevet, 5766 January 2, 2006"},
	{"Adar 6/February 18/Thursday", ws(hm(adar), hd(6), mo(2), dy(18), wd(thu)), "Tevet 2/January 2/Monday"},
	{"9 Kislev/ Mon. night Dec. 9", ws(hd(9), hm(kislev), night(wd(mon)), mo(12), dy(9)), "2 Tevet/ Mon. night Jan. 2"},
	{"15 Kislev/Sun. night Dec. 15", ws(hd(15), hm(kislev), night(wd(sun)), mo(12), dy(15)), "2 Tevet/Mon. night Jan. 2"},
	{"Thursday, November 27, 2014 Kislev 5, 5775", ws(wd(thu), mo(11), dy(27), yr(2014), hm(kislev), hd(5), hy(5775)), "Monday, January 2, 2006 Tevet 2, 5766"},
	{"MONDAY 23 MARCH 3 NISSAN", ws(wd(mon), dy(23), mo(3), hd(3), hm(nisan)), "MONDAY 2 JANUARY 2 TEVET"},
	{"Friday, 15 December (27 Kislev)", ws(wd(fri), dy(15), mo(12), hd(27), hm(kislev)), "Monday, 2 January (2 Tevet)"},
	{"Thursday, Adar 11, (March 13)", ws(wd(thu), hm(adar), hd(11), mo(3), dy(13)), "Monday, Tevet 2, (January 2)"},
	{"Thursday November 8th: 30 Cheshvan", ws(wd(thu), mo(11), dy(8), hd(30), hm(cheshvan)), "Monday January 2nd: 2 Tevet"},
	{"Monday December 3rd: 25 Kislev", ws(wd(mon), mo(12), dy(3), hd(25), hm(kislev)), "Monday January 2nd: 2 Tevet"},
	{"Fri, February 22 2019 17 Adar I 5779", ws(wd(fri), mo(2), dy(22), yr(2019), hd(17), hq(adar), hy(5779)), "Mon, January 2 2006 2 Tevet 5766"},
	{"Fri, 26 April 2024 18 Nisan 5784", ws(wd(fri), dy(26), mo(4), yr(2024), hd(18), hm(nisan), hy(5784)), "Mon, 2 January 2006 2 Tevet 5766"},
	{"March 25, 2022 – 22 Adar II, 5782", ws(mo(3), dy(25), yr(2022), hd(22), hq(adarII), hy(5782)), "January 2, 2006 – 2 Tevet, 5766"},
	{"19 Kislev 5784 / 2 December 2023", ws(hd(19), hm(kislev), hy(5784), dy(2), mo(12), yr(2023)), "2 Tevet 5766 / 2 January 2006"},
	{"Shabbat, 23 Adar I 5784 | March 2, 2024", ws(wd(sat), hd(23), hq(adar), hy(5784), mo(3), dy(2), yr(2024)), "Yom Sheni, 2 Tevet 5766 | January 2, 2006"},
	{"Friday, Sept. 29, 2023 | 14 Tishrei 5784", ws(wd(fri), mo(9), dy(29), yr(2023), hd(14), hm(tishrei), hy(5784)), "Monday, Jan. 2, 2006 | 2 Tevet 5766"},

	// Ranges of days and of weekdays.
	{"October 22-28", ws(mo(10), dy(22), dy(28).end(6)), "January 2-8"},
	{"October 22-28, 2017", ws(mo(10), dy(22), dy(28).end(6), yr(2017).sh(6)), "January 2-8, 2006"},
	{"Oct. 22 – 28, 2017", ws(mo(10), dy(22), dy(28).end(6), yr(2017).sh(6)), "Jan. 2 – 8, 2006"},
	{"Sept. 29-30, 2023", ws(mo(9), dy(29), dy(30).end(1), yr(2023).sh(1)), "Jan. 2-3, 2006"},
	{"15-16 February", ws(dy(15), dy(16).end(1), mo(2)), "2-3 January"},
	{"2-8 Cheshvan", ws(hd(2), hd(8).end(6), hm(cheshvan)), "2-8 Tevet"},
	{"Cheshvan 2-8, 5778", ws(hm(cheshvan), hd(2), hd(8).end(6), hy(5778).sh(6)), "Tevet 2-8, 5766"},
	{"ב׳-ח׳ בחשון תשע״ח", ws(hd(2), hd(8).end(6), hm(cheshvan), hy(5778).sh(6)), "ב׳-ח׳ בטבת תשס״ו"},
	{"2-8 Cheshvan, 5778 --- October 22-28, 2017", ws(hd(2), hd(8).end(6), hm(cheshvan), hy(5778).sh(6), mo(10), dy(22), dy(28).end(6), yr(2017).sh(6)), "2-8 Tevet, 5766 --- January 2-8, 2006"},
	// A range into the next month names both months.
	{"Sept 29 - Oct 1", ws(mo(9), dy(29), mo(10).end(2), dy(1).end(2)), "Jan 2 - Jan 4"},
	{"November 30-December 1, 2023", ws(mo(11), dy(30), mo(12).end(1), dy(1).end(1), yr(2023).sh(1)), "January 2-January 3, 2006"},
	{"February 28-March 1, 2024", ws(mo(2), dy(28), mo(3).end(2), dy(1).end(2), yr(2024).sh(2)), "January 2-January 4, 2006"},
	{"February 28-March 1, 2023", ws(mo(2), dy(28), mo(3).end(1), dy(1).end(1), yr(2023).sh(1)), "January 2-January 3, 2006"},
	{"December 30-January 2, 2024", ws(mo(12), dy(30), mo(1).end(3), dy(2).end(3), yr(2024).sh(3)), "January 2-January 5, 2006"},
	{"30 November-1 December 2023", ws(dy(30), mo(11), dy(1).end(1), mo(12).end(1), yr(2023).sh(1)), "2 January-3 January 2006"},
	{"24 Tevet-1 Shevat, 5766", ws(hd(24), hm(tevet), hd(1).end(6), hm(shevat).end(6), hy(5766).sh(6)), "2 Tevet-8 Tevet, 5766"},
	{"29 Tishrei-5 Cheshvan", ws(hd(29), hm(tishrei), hd(5).end(6), hm(cheshvan).end(6)), "2 Tevet-8 Tevet"},
	{"Tevet 24-Shevat 1, 5766", ws(hm(tevet), hd(24), hm(shevat).end(6), hd(1).end(6), hy(5766).sh(6)), "Tevet 2-Tevet 8, 5766"},
	{"כ״ד בטבת-א׳ בשבט תשס״ו", ws(hd(24), hm(tevet), hd(1).end(6), hm(shevat).end(6), hy(5766).sh(6)), "ב׳ בטבת-ח׳ בטבת תשס״ו"},
	{"29 Elul-5 Tishrei 5784", ws(hd(29), hm(elul), hd(5).end(5), hm(tishrei).end(5), hy(5784).sh(5)), "2 Tevet-7 Tevet 5766"},
	// A weekday range whose first day is an evening: the dateline is the
	// second day's, and the ranges end on it.
	{"Thursday night-Friday November 30-December 1", ws(wd(thu).end(-1), wd(fri), mo(11).end(-1), dy(30).end(-1), mo(12), dy(1)), "Sunday night-Monday January 1-January 2"},
	{"Thursday night-Friday November 30-December 1 / 18 Kislev", ws(wd(thu).end(-1), wd(fri), mo(11).end(-1), dy(30).end(-1), mo(12), dy(1), hd(18), hm(kislev)), "Sunday night-Monday January 1-January 2 / 2 Tevet"},
	{"Wednesday night-Thursday 15-16 February / 20 Shevat", ws(wd(wed).end(-1), wd(thu), dy(15).end(-1), dy(16), mo(2), hd(20), hm(shevat)), "Sunday night-Monday 1-2 January / 2 Tevet"},
	{"Saturday night-Sunday February 29-March 1, 2024", ws(wd(sat).end(-1), wd(sun), mo(2).end(-1), dy(29).end(-1), mo(3), dy(1), yr(2024)), "Sunday night-Monday January 1-January 2, 2006"},
	{"Sunday night-Monday 31 December-1 January", ws(wd(sun).end(-1), wd(mon), dy(31).end(-1), mo(12).end(-1), dy(1), mo(1)), "Sunday night-Monday 1 January-2 January"},
	{"Sunday-Tuesday, March 3-5", ws(wd(sun), wd(tue).end(2), mo(3), dy(3), dy(5).end(2)), "Monday-Wednesday, January 2-4"},
}

func TestParse(t *testing.T) {
	require.GreaterOrEqual(t, len(parseCases), 150)
	seen := map[string]bool{}
	for _, tc := range parseCases {
		require.False(t, seen[tc.in], "duplicate case %q", tc.in)
		seen[tc.in] = true
	}
	testParseCases(t, parseCases)
}

// testParseCases reads each case's input, checks its fields and its
// layout, and that the layout the dateline is written in reads back as
// itself.
func testParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			checkResult(t, r)
			assert.Equal(t, tc.fields, wantsOf(r.Fields))
			assert.Equal(t, tc.layout, r.Layout().String())
			assert.Equal(t, tc.layout, parse.Layout(tc.layout).String(), "layout of the layout")
		})
	}
}

// TestParseForms checks the forms and styles the parser reports, which
// the layout strings above show only for the reference day.
func TestParseForms(t *testing.T) {
	tests := []struct {
		in   string
		kind layout.Kind
		want layout.Element
	}{
		{"Monday, January 2", layout.Weekday, layout.Element{Kind: layout.Weekday, Form: layout.Long}},
		{"Mon., January 2", layout.Weekday, layout.Element{Kind: layout.Weekday, Form: layout.ShortDot}},
		{"MON, January 2", layout.Weekday, layout.Element{Kind: layout.Weekday, Form: layout.Short, Case: layout.Upper}},
		{"Tues, January 3", layout.Weekday, layout.Element{Kind: layout.Weekday, Form: layout.Short, Text: "Tues", Of: 2}},
		{"Thurs., January 5", layout.Weekday, layout.Element{Kind: layout.Weekday, Form: layout.ShortDot, Text: "Thurs.", Of: 4}},
		{"Yom Rivi'i, 6 Kislev", layout.Weekday, layout.Element{Kind: layout.Weekday, Form: layout.Yom, Text: "Yom Rivi'i", Of: 3}},
		{"יום ו', ל' בשבט", layout.Weekday, layout.Element{Kind: layout.Weekday, Form: layout.ScriptShort, Punct: layout.ASCII}},
		{"Sept. 5", layout.Month, layout.Element{Kind: layout.Month, Form: layout.AP}},
		{"Sept 5", layout.Month, layout.Element{Kind: layout.Month, Form: layout.Short, Text: "Sept", Of: 9}},
		{"SEPT 5", layout.Month, layout.Element{Kind: layout.Month, Form: layout.Short, Case: layout.Upper, Text: "SEPT", Of: 9}},
		{"7 במרץ", layout.Month, layout.Element{Kind: layout.Month, Form: layout.Script, Prefix: true}},
		{"7 במרס", layout.Month, layout.Element{Kind: layout.Month, Form: layout.Script, Prefix: true, Text: "מרס", Of: 3}},
		{"03/02/2024", layout.Month, layout.Element{Kind: layout.Month, Form: layout.NumericPad}},
		{"March 2ND", layout.Day, layout.Element{Kind: layout.Day, Form: layout.Ordinal, Case: layout.Upper}},
		{"March 02", layout.Day, layout.Element{Kind: layout.Day, Form: layout.Padded}},
		{"March 2, '24", layout.Year, layout.Element{Kind: layout.Year, Form: layout.TwoDigit}},
		{"כ״ב באדר א׳ תשפ״ד", layout.HebrewDay, layout.Element{Kind: layout.HebrewDay, Form: layout.Numeral}},
		{"כ\"ב באדר א' ה'תשפ\"ד", layout.HebrewYear, layout.Element{Kind: layout.HebrewYear, Form: layout.Thousands, Punct: layout.ASCII}},
		{"כב באדר א תשפד", layout.HebrewYear, layout.Element{Kind: layout.HebrewYear, Form: layout.Numeral, Punct: layout.Bare}},
		{"Rosh Chodesh Elul", layout.HebrewDay, layout.Element{Kind: layout.HebrewDay, Form: layout.RoshChodesh}},
		{"ראש חודש אלול", layout.HebrewDay, layout.Element{Kind: layout.HebrewDay, Form: layout.RoshChodeshScript}},
		{"January 2, 2006 3:04 pm", layout.Hour, layout.Element{Kind: layout.Hour, Form: layout.Hour12}},
		{"January 2, 2006 03:04 PM", layout.AMPM, layout.Element{Kind: layout.AMPM, Form: layout.AMPMUpper}},
		{"January 2, 2006 15:04", layout.Hour, layout.Element{Kind: layout.Hour, Form: layout.Hour24Pad}},
		{"January 2, 2006 6:04", layout.Hour, layout.Element{Kind: layout.Hour, Form: layout.Hour24}},
		{"January 2, 2006 15:04 -0700", layout.Zone, layout.Element{Kind: layout.Zone, Form: layout.ZoneOffsetShort}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			f, ok := r.Get(tc.kind)
			require.True(t, ok)
			got := f.Element
			got.Spelling = hebrew.Spelling{} // checked elsewhere
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestParseSpelling checks that a Hebrew month keeps the spelling family
// and Adar style it was written in.
func TestParseSpelling(t *testing.T) {
	tests := []struct {
		in     string
		family hebrew.Family
		adar   hebrew.AdarStyle
		prefix bool
	}{
		{"2 Tevet 5766", hebrew.Hebcal, hebrew.AdarDefault, false},
		{"2 Teves 5766", hebrew.Ashkenazi, hebrew.AdarDefault, false},
		{"2 Shevat 5766", hebrew.Sephardi, hebrew.AdarDefault, false},
		{"2 Heshvan 5766", hebrew.Academic, hebrew.AdarDefault, false},
		{"22 Adar I 5784", hebrew.Hebcal, hebrew.AdarRoman, false},
		{"22 Adar 1 5784", hebrew.Hebcal, hebrew.AdarDigit, false},
		{"22 Adar Rishon 5784", hebrew.Hebcal, hebrew.AdarRishon, false},
		{"ב׳ טבת תשס״ו", hebrew.Hebrew, hebrew.AdarDefault, false},
		{"ב׳ בטבת תשס״ו", hebrew.Hebrew, hebrew.AdarDefault, true},
		{"כ״ב באדר א׳ תשפ״ד", hebrew.Hebrew, hebrew.AdarLetter, true},
		{"כ״ב אדר ב' תשפ״ד", hebrew.Hebrew, hebrew.AdarLetterASCII, false},
		{"ב׳ טֵבֵת תשס״ו", hebrew.Niqqud, hebrew.AdarDefault, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			f, ok := r.Get(layout.HebrewMonth)
			require.True(t, ok)
			assert.Equal(t, tc.family, f.Spelling.Family)
			assert.Equal(t, tc.adar, f.Spelling.Adar)
			assert.Equal(t, tc.prefix, f.Spelling.Prefix)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int // -1: anywhere
	}{
		{"", 0},
		{"   ", 3},
		{"hello", 0},
		{"Monday", -1},
		{"Monday, Janvary 2", 8},
		{"March", 5},
		{"March 0", 6},
		{"Tevet", 5},
		{"10:39 am", -1},
		{"5766", 0},
		{"2006", 0},
		{"Shabbat Shalom", -1},
		{"Monday, January 2nd | 2 Tevet 5766 extra", 35},
		{"January 2nd, 2006 January 3rd, 2006", 18},
		{"Monday Tuesday January 2", 7},
		{"22 Foo 5784", 3},
		{"כ״ב", len("כ״ב")},
		{"2024-13-02", 0},
		{"00/00/0000", 0},
		{"0 Tevet 5766", 0},
		{"13/13/2024", -1},
		{"1/2/3", -1},
		{"Rosh Hashonnah 5784", 5}, // "Rosh Hashanah" is read (occasion.Names)
		{"Marchers", 0},
		{"Mayor 5", 0},
		{"2024-03-02Tx", -1},
		{"March 2, 2024 10:39xyz", 19},
		{"March 2, 2024 8:28pmEST", 18},
		{"Janvary 2, 2006", 0}, // a letter changed: no slip (Janaury is read as January)
		{"\xff\xfe January 2", 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.Error(t, err)
			assert.Empty(t, r.Fields)
			assert.ErrorIs(t, err, parse.ErrSyntax)
			assert.NotErrorIs(t, err, parse.ErrTooLong)
			pe := checkError(t, tc.in, err)
			if tc.offset >= 0 {
				assert.Equal(t, tc.offset, pe.Offset)
			}
		})
	}
}

func TestParseTooLong(t *testing.T) {
	line := "Saturday, March 2nd | 22 Adar I 5784"
	ok := line + strings.Repeat(" ", parse.MaxInput-len(line))
	require.Len(t, ok, parse.MaxInput)
	r, err := parse.Parse(ok)
	require.NoError(t, err, "an input of MaxInput bytes is read")
	assert.Equal(t, ws(wd(sat), mo(3), dy(2), hd(22), hq(adar), hy(5784)), wantsOf(r.Fields))

	for _, in := range []string{ok + " ", strings.Repeat("x", parse.MaxInput+1), strings.Repeat(line+" ", 200)} {
		_, err := parse.Parse(in)
		require.ErrorIs(t, err, parse.ErrTooLong)
		assert.NotErrorIs(t, err, parse.ErrSyntax)
		pe := checkError(t, in, err)
		assert.Equal(t, parse.MaxInput, pe.Offset)
	}
}

func TestErrorMessage(t *testing.T) {
	// The message is for people; check only that it names the place and
	// stays short for a long input.
	_, err := parse.Parse("Monday, Janvary 2")
	var pe *parse.Error
	require.ErrorAs(t, err, &pe)
	assert.Contains(t, pe.Error(), "8")
	long := strings.Repeat("ש", 100)
	_, err = parse.Parse(long)
	require.ErrorAs(t, err, &pe)
	assert.Less(t, len(pe.Error()), len(long))
	assert.True(t, errors.Is(pe, parse.ErrSyntax))
}

// TestOneSyntaxError: parse's Error is hebrew's SyntaxError, so that one
// errors.As and one message shape serve every layer, and the sentinels are
// hebrew's.
func TestOneSyntaxError(t *testing.T) {
	_, err := parse.Parse("Monday, Janvary 2")
	var se *hebrew.SyntaxError
	require.ErrorAs(t, err, &se)
	assert.ErrorIs(t, err, hebrew.ErrSyntax)
	assert.True(t, strings.HasPrefix(err.Error(), `parsing "Monday, Janvary 2": at byte `), "%q", err.Error())

	_, err = hebrew.ParseNumeral("כבא")
	var pe *parse.Error
	require.ErrorAs(t, err, &pe)
	assert.ErrorIs(t, err, parse.ErrSyntax)
	assert.True(t, strings.HasPrefix(err.Error(), `parsing "כבא": at byte `), "%q", err.Error())
}

func TestSwap(t *testing.T) {
	r, err := parse.Parse("03/02/2024")
	require.NoError(t, err)
	s, ok := r.Swap()
	require.True(t, ok)
	assert.Equal(t, ws(ambDMY(dy(3)), ambDMY(mo(2)), yr(2024)), wantsOf(s.Fields))
	assert.Equal(t, "02/01/2006", s.Layout().String())
	// Swap does not change the result it is called on.
	assert.Equal(t, ws(amb(mo(3)), amb(dy(2)), yr(2024)), wantsOf(r.Fields))
	back, ok := s.Swap()
	require.True(t, ok)
	assert.Equal(t, r.Fields, back.Fields)

	r, err = parse.Parse("2.3.2024")
	require.NoError(t, err)
	s, ok = r.Swap()
	require.True(t, ok)
	assert.Equal(t, ws(amb(mo(2)), amb(dy(3)), yr(2024)), wantsOf(s.Fields))

	for _, in := range []string{"12/25/2023", "25/12/2023", "03/03/2024", "March 2, 2024", "22 Adar I 5784"} {
		r, err := parse.Parse(in)
		require.NoError(t, err, in)
		_, ok := r.Swap()
		assert.False(t, ok, "%q has one reading", in)
	}
}

func TestGet(t *testing.T) {
	r, err := parse.Parse("Thursday night-Friday November 30-December 1 / 18 Kislev")
	require.NoError(t, err)
	for _, tc := range []struct {
		kind  layout.Kind
		value int
		text  string
	}{
		{layout.Weekday, fri, "Friday"},
		{layout.Month, 12, "December"},
		{layout.Day, 1, "1"},
		{layout.HebrewDay, 18, "18"},
		{layout.HebrewMonth, int(kislev), "Kislev"},
	} {
		f, ok := r.Get(tc.kind)
		require.True(t, ok, "%v", tc.kind)
		assert.Equal(t, tc.value, f.Value, "%v", tc.kind)
		assert.Equal(t, tc.text, r.Text(f), "%v", tc.kind)
	}
	for _, k := range []layout.Kind{layout.Year, layout.HebrewYear, layout.Hour, layout.Zone} {
		_, ok := r.Get(k)
		assert.False(t, ok, "%v", k)
	}
}

func TestParseDoesNotInfer(t *testing.T) {
	// Missing parts stay missing, and nothing checks that the calendars
	// or the weekday agree: that is the dateline package's work.
	for _, in := range []string{
		"Friday, March 2nd | 22 Adar I 5784", // wrong weekday
		"March 2, 2024 | 1 Nisan 5700",       // calendars disagree
		"February 30, 2024",                  // no such day
		"31 Tevet 5766",                      // no such day
		"ל״א בטבת",                           // no such day, in letters
		"2 Adar II 5783",                     // Adar II in a common year
	} {
		r, err := parse.Parse(in)
		require.NoError(t, err, in)
		checkResult(t, r)
	}
	r, err := parse.Parse("ל״א בטבת")
	require.NoError(t, err)
	assert.Equal(t, ws(hd(31), hm(tevet)), wantsOf(r.Fields))
	// Bare, לא is the word "not".
	_, err = parse.Parse("לא בטבת")
	assert.Error(t, err)
}

func TestLayout(t *testing.T) {
	for _, preset := range []string{layout.Header, layout.Full, layout.Published, layout.HebrewDate, layout.HebrewScript} {
		t.Run(preset, func(t *testing.T) {
			l := parse.Layout(preset)
			assert.Equal(t, preset, l.String())
			assert.Greater(t, l.Len(), 1)
		})
	}
	// Text around the dateline stays literal, as in time.Format.
	for _, s := range []string{
		"Posted on January 2, 2006 3:04 pm by the editors",
		"nothing to read here",
		"",
		"Today is: Monday, Tevet 2, 5766",
	} {
		assert.Equal(t, s, parse.Layout(s).String(), "%q", s)
	}
	l := parse.Layout("nothing to read here")
	assert.Equal(t, 1, l.Len())
	assert.Equal(t, layout.Literal, l.At(0).Kind)
	assert.Equal(t, 0, parse.Layout("").Len())

	// A numeric date that reads both ways is read as the reference day.
	tm := date(2024, 3, 5)
	h := hebrewOf(tm)
	assert.Equal(t, "03/05/2024", parse.Layout("01/02/2006").Format(tm, h))
	assert.Equal(t, "05/03/2024", parse.Layout("02/01/2006").Format(tm, h))
	assert.Equal(t, "5.3.2024", parse.Layout("2.1.2006").Format(tm, h))
	assert.Equal(t, "3.5.2024", parse.Layout("1.2.2006").Format(tm, h))
}

func TestLookupZone(t *testing.T) {
	tests := []struct {
		name string
		want parse.ZoneInfo
	}{
		{"EST", parse.ZoneInfo{Offset: -hours(5)}},
		{"EDT", parse.ZoneInfo{Offset: -hours(4), Summer: "America/New_York"}},
		{"CEST", parse.ZoneInfo{Offset: hours(2), Summer: "Europe/Berlin"}},
		{"ET", parse.ZoneInfo{Location: "America/New_York"}},
		{"PT", parse.ZoneInfo{Location: "America/Los_Angeles"}},
		{"IST", parse.ZoneInfo{Offset: hours(2), Location: "Asia/Jerusalem", Ambiguous: true}},
		{"IDT", parse.ZoneInfo{Offset: hours(3), Summer: "Asia/Jerusalem"}},
		{"UTC", parse.ZoneInfo{}},
		{"GMT", parse.ZoneInfo{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			z, ok := parse.LookupZone(tc.name)
			require.True(t, ok)
			assert.Equal(t, tc.want, z)
		})
	}
	for _, name := range []string{"", "XYZ", "est", "Eastern"} {
		_, ok := parse.LookupZone(name)
		assert.False(t, ok, "%q", name)
	}
}

// TestParseRangeErrors: a number of the right shape where it stands but
// out of range is ErrRange (hebrew.ErrRange), not ErrSyntax (issue 11).
func TestParseRangeErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
	}{
		{"January 2, 2006 25:00", 16},
		{"January 2, 2006 99:00", 16},
		{"January 2, 2006 10:61", 19},
		{"January 2, 2006 10:30:61", 22},
		{"January 2, 10000", 11},
		{"1 Tishrei 10000", 10},
		{"2 Tevet 99999", 8},
		// A range of whole dates longer than a Shift holds (some 89
		// years), or the wrong way round joined by a word (see
		// TestFullRangeBackward for a dash): the error is at its last day.
		{"du 2 octobre 1800 au 22 septembre 1900", len("du 2 octobre 1800 au ")},
		{"from October 22, 2024 to September 2, 2024", len("from October 22, 2024 to ")},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			_, err := parse.Parse(tc.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, parse.ErrRange)
			assert.ErrorIs(t, err, hebrew.ErrRange)
			assert.NotErrorIs(t, err, parse.ErrSyntax)
			pe := checkError(t, tc.in, err)
			assert.Equal(t, tc.offset, pe.Offset)
		})
	}
}

// TestFullRangeBackward: two whole dates, each with its year and its
// month in words, joined by a dash as a range whose end comes first by a few weeks,
// are read as one range whose end is flagged Backward (which package
// dateline refuses), in each language, not as two datelines.
func TestFullRangeBackward(t *testing.T) {
	for _, in := range []string{
		"October 22, 2024 – September 2, 2024",
		"Dec 4, 2026 - Nov 9, 2026",
		"4 décembre 2026 - 9 novembre 2026",
		"4. Dezember 2026 – 9. November 2026",
		"4 декабря 2026 – 9 ноября 2026",
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			back := false
			for _, f := range r.Fields {
				if f.Kind == layout.Day && f.Flags&parse.RangeEnd != 0 {
					back = f.Flags&parse.Backward != 0 && f.Shift < 0
				}
			}
			assert.True(t, back, "%v", r.Fields)
		})
	}
	// Forwards, or with numeric months, nothing is Backward.
	for _, in := range []string{"Dec 4, 2026 - Dec 9, 2026", "October 22, 2024 to November 2, 2024"} {
		r, err := parse.Parse(in)
		require.NoError(t, err, in)
		for _, f := range r.Fields {
			assert.Zero(t, f.Flags&parse.Backward, in)
		}
	}
}

// TestSummerZones: the zone given for each summer time shows it in its
// summer (MESZ, German's CEST, as Europe/Berlin's CEST), at the
// abbreviation's offset, and its standard time in its winter. (The tz
// database writes Brazil's as "-02".)
func TestSummerZones(t *testing.T) {
	for _, name := range []string{"EDT", "CDT", "MDT", "PDT", "AKDT", "HDT", "IDT", "BST", "CEST", "MESZ", "EEST", "WEST", "AEDT", "ACDT", "NZDT", "BRST"} {
		t.Run(name, func(t *testing.T) {
			z, ok := parse.LookupZone(name)
			require.True(t, ok)
			require.NotEmpty(t, z.Summer)
			loc, err := time.LoadLocation(z.Summer)
			require.NoError(t, err)
			summer, winter := time.July, time.January
			if z.Offset >= hours(8) || name == "BRST" {
				summer, winter = winter, summer // the southern hemisphere's
			}
			shown, off := time.Date(2018, summer, 15, 12, 0, 0, 0, loc).Zone()
			assert.Equal(t, z.Offset, off)
			if name != "MESZ" && name != "BRST" {
				assert.Equal(t, name, shown)
			}
			_, off = time.Date(2018, winter, 15, 12, 0, 0, 0, loc).Zone()
			assert.NotEqual(t, z.Offset, off)
		})
	}
	for _, name := range []string{"EST", "CST", "MST", "HST", "AEST", "CET", "EET", "GMT", "IST", "ET"} {
		z, _ := parse.LookupZone(name)
		assert.Empty(t, z.Summer, name)
	}
}
