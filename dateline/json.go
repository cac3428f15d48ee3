package dateline

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/jsonstr"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/occasion"
)

// MarshalJSON writes the dateline's metadata object:
//
//	{"gregorian":"2024-03-02","weekday":"Saturday","hebrew":"22 Adar I 5784",
//	 "hebrew_year":5784,"hebrew_month":12,"hebrew_month_name":"Adar I","hebrew_day":22,
//	 "leap_year":true,"hebrew_script":"כ״ב אדר א׳ תשפ״ד",
//	 "time":"2022-09-28T10:39:00-04:00"}
//
// "time" appears only when HasTime is set, in RFC 3339 with the fraction of
// a second if there is one (and the zone's offset to the second, for the
// local mean time of old dates). Without it the object gives the day, not
// the zone of its midnight (the option In's, or the offset of a text such
// as 2020-07-20+08:00): it reads back as that day in UTC. A year before 1 is written with its sign
// (-0500-03-02) and a year after 9999 with more digits. A month-only
// dateline has no "gregorian", "weekday" or "hebrew_day"; the zero Dateline
// is null.
//
// After "time" comes "zone", the name of its zone, where the zone has one
// that the offset does not say: "time":"2024-03-02T10:39:00+02:00",
// "zone":"IST" for "March 2, 2024 10:39 IST" (a name of Asia/Jerusalem,
// or of a zone read in the In option's location). DESIGN.md's object has
// no place for it, and an object read back wrote "+0200" where the text
// said IST (a layout's MST); the field is optional, and an object without
// it reads as before, its zone the offset alone.
//
// MarshalJSON refuses, with an error, a Dateline whose object would not
// read back: a time in a zone whose offset RFC 3339 cannot write (24 hours
// or more, as time.FixedZone allows) or a year of more than nine digits.
func (d Dateline) MarshalJSON() ([]byte, error) {
	if err := d.jsonError(); err != nil {
		return nil, err
	}
	return d.appendJSON(make([]byte, 0, 320), nil), nil
}

// jsonError returns why d's metadata object would not read back, or nil.
func (d Dateline) jsonError() error {
	if d.HasDay() {
		if _, ok := parseISODate(string(appendISODate(nil, d.Time))); !ok {
			return errors.New("dateline: writing JSON: the year " + strconv.Itoa(d.Time.Year()) + " has too many digits to read back")
		}
	}
	if d.HasTime {
		if _, off := d.Time.Zone(); off <= -24*60*60 || off >= 24*60*60 {
			return errors.New("dateline: writing JSON: the zone offset " + strconv.Itoa(off) + "s is beyond the ±24 hours of RFC 3339")
		}
	}
	return nil
}

// AppendJSON appends the metadata object of MarshalJSON to b. With the
// WithOccasions option the object goes on with the day's occasions, a list
// of names (empty on an ordinary day), the weekly portion read on the
// coming Shabbat ("" in a week whose Shabbat has a holiday reading), and
// in its season the day of the Omer (see [Dateline.Omer]):
//
//	…,"occasions":["Shabbat Mevarchim Chodesh Adar II","Shabbat Shekalim"],"parsha":"Vayakhel"}
//	…,"occasions":["Lag BaOmer"],"parsha":"Bamidbar","omer":33}
//
// named in hebcal's English, or in the locale the Names option picks, in
// the Diaspora's schedule or, with Israel, Israel's. With a location, from
// Sunset or Nightfall, the object ends with the times of [Dateline.Times]
// there that the day has, in RFC 3339 in the location's zone:
//
//	…,"sunset":"2024-03-01T17:49:24-05:00","candle_lighting":"2024-03-01T17:31:00-05:00"}
//	…,"sunset":"2024-03-02T17:50:31-05:00","havdalah":"2024-03-02T18:29:00-05:00"}
//
// The fields before them are the same with or without the options.
func (d Dateline) AppendJSON(b []byte, opts ...Option) []byte {
	o := makeOptions(opts)
	return d.appendJSON(b, &o)
}

func (d Dateline) appendJSON(b []byte, o *options) []byte {
	if d.IsZero() {
		return append(b, "null"...)
	}
	j := jsonObject{b: append(b, '{')}
	if d.HasDay() {
		j.openString("gregorian")
		j.b = appendISODate(j.b, d.Time)
		j.closeString()
		j.str("weekday", d.Time.Weekday().String())
	}
	if h := d.Hebrew; h.Year != 0 {
		j.openString("hebrew")
		j.b = h.AppendText(j.b)
		j.closeString()
		j.int("hebrew_year", h.Year)
		j.int("hebrew_month", int(h.Month))
		j.str("hebrew_month_name", h.MonthName())
		if h.Day != 0 {
			j.int("hebrew_day", h.Day)
		}
		j.key("leap_year")
		j.b = strconv.AppendBool(j.b, hebrew.IsLeapYear(h.Year))
		if hebrewScriptWrites(h) {
			j.openString("hebrew_script")
			j.b = appendHebrewScript(j.b, h)
			j.closeString()
		}
	}
	if d.HasTime {
		// Not j.time, which leaves out a zero instant: 00:00 UTC on
		// January 1, 1 CE is time.Time's zero, and "January 1, 1 CE at
		// 00:00" read in UTC lost its "time" where read in New York it
		// kept it.
		j.instant("time", d.Time)
		if name := zoneName(d.Time); name != "" {
			j.str("zone", name)
		}
	}
	if o != nil && o.occasions && d.Hebrew.IsValid() {
		j.occasions(d, o)
	}
	if o != nil && o.rule != nil {
		t := d.Times(o.rule)
		j.time("sunset", t.Sunset)
		j.time("candle_lighting", t.CandleLighting)
		j.time("havdalah", t.Havdalah)
	}
	return append(j.b, '}')
}

// A jsonObject appends the members of a JSON object, after its '{'.
type jsonObject struct {
	b     []byte
	comma bool
}

// key appends the name of the next member, and its colon.
func (j *jsonObject) key(k string) {
	if j.comma {
		j.b = append(j.b, ',')
	}
	j.comma = true
	j.b = append(j.b, '"')
	j.b = append(j.b, k...)
	j.b = append(j.b, `":`...)
}

// openString appends the name of member k and the opening quote of its
// string value, which the caller appends (it needs no escaping), then
// closes with closeString.
func (j *jsonObject) openString(k string) {
	j.key(k)
	j.b = append(j.b, '"')
}

// closeString appends the closing quote of a string value.
func (j *jsonObject) closeString() { j.b = append(j.b, '"') }

// str appends member k with string value v, which needs no escaping.
func (j *jsonObject) str(k, v string) {
	j.openString(k)
	j.b = append(j.b, v...)
	j.closeString()
}

// int appends member k with number value n.
func (j *jsonObject) int(k string, n int) {
	j.key(k)
	j.b = strconv.AppendInt(j.b, int64(n), 10)
}

// time appends member k with instant t in RFC 3339, unless t is zero.
func (j *jsonObject) time(k string, t time.Time) {
	if !t.IsZero() {
		j.instant(k, t)
	}
}

// instant appends member k with instant t in RFC 3339, the zero
// instant too.
func (j *jsonObject) instant(k string, t time.Time) {
	j.openString(k)
	j.b = appendJSONTime(j.b, t)
	j.closeString()
}

// occasions appends the day's occasions, weekly portion and day of the
// Omer, in o's schedule and names: after sunset, the evening's, as
// Dateline.Occasions lists them ("Chanukah: 1 Candle" at 8:00 pm on
// December 25, 2024 in New York, 25 Kislev 5785, not "Chanukah: 2
// Candles", the next evening's).
func (j *jsonObject) occasions(d Dateline, o *options) {
	j.key("occasions")
	j.b = append(j.b, '[')
	var buf [8]occasion.Occasion
	for i, occ := range d.appendHolidays(buf[:0], o.occasionSchedule()) {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.b = jsonstr.Append(j.b, occ.Name(o.names))
	}
	j.b = append(j.b, ']')
	j.key("parsha")
	p, _ := occasion.PortionOf(d.Hebrew, o.occasionSchedule())
	j.b = jsonstr.Append(j.b, p.Name(o.names))
	if n := d.Omer(); n > 0 {
		j.int("omer", n)
	}
}

// mustCompile compiles a constant layout, and panics if it does not compile.
func mustCompile(layout string) layout.Layout {
	l, err := compileLayout(layout)
	if err != nil {
		panic(err)
	}
	return l
}

// The layouts of hebrew_script: the day, and a whole month.
var (
	hebrewScript      = mustCompile(layout.HebrewScript)
	hebrewMonthScript = layout.New(
		layout.Element{Kind: layout.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Hebrew}},
		layout.Lit(" "),
		layout.Element{Kind: layout.HebrewYear, Form: layout.Numeral},
	)
)

// hebrewScriptWrites reports whether h has a hebrew_script: not a year
// that Hebrew letters cannot write so that it reads back (760, which
// תש״ס would say is 5760; see layout.Layout.Validate).
func hebrewScriptWrites(h hebrew.Date) bool {
	if h.Day != 0 {
		return hebrewScript.Validate(time.Time{}, h) == nil
	}
	return hebrewMonthScript.Validate(time.Time{}, h) == nil
}

// appendHebrewScript writes hebrew_script: h in Hebrew script, a day or a
// whole month.
func appendHebrewScript(b []byte, h hebrew.Date) []byte {
	if h.Day != 0 {
		return hebrewScript.AppendFormat(b, time.Time{}, h)
	}
	return hebrewMonthScript.AppendFormat(b, time.Time{}, h)
}

// appendISODate writes t's date as YYYY-MM-DD (a year before 1 with its
// sign, as the proleptic calendar counts).
func appendISODate(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	return appendPadded(b, d, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// metadata is the JSON object, for reading.
type metadata struct {
	Gregorian       string `json:"gregorian"`
	Weekday         string `json:"weekday"`
	Hebrew          string `json:"hebrew"`
	HebrewYear      int    `json:"hebrew_year"`
	HebrewMonth     int    `json:"hebrew_month"`
	HebrewMonthName string `json:"hebrew_month_name"`
	HebrewDay       int    `json:"hebrew_day"`
	LeapYear        *bool  `json:"leap_year"`
	HebrewScript    string `json:"hebrew_script"`
	Time            string `json:"time"`
	Zone            string `json:"zone"`
}

// UnmarshalJSON reads the metadata object MarshalJSON writes. The Hebrew
// date comes from hebrew_year, hebrew_month and hebrew_day, or without them
// from "hebrew", or without either from the day (the Hebrew date of the
// civil day); the day comes from "time" when present, else from
// "gregorian" at midnight UTC. Every field the object gives must agree
// with the others and be written as MarshalJSON writes it: the weekday,
// month name, leap year and Hebrew script are those of the dates, and the
// Hebrew date is the Gregorian day's or the next one's (after sunset).
// Fields it does not know are ignored, so that objects written by later
// versions are read. On error d is unchanged.
func (d *Dateline) UnmarshalJSON(data []byte) error {
	return d.unmarshalJSON(data, true)
}

// unmarshalJSON reads the metadata object; strict requires the Gregorian
// and the Hebrew date to name the same day (or the Hebrew date the next),
// as a Dateline of New or Parse does, while the dateline of a Report may
// hold two dates that disagree, as the input did.
func (d *Dateline) unmarshalJSON(data []byte, strict bool) error {
	if string(data) == "null" {
		*d = Dateline{}
		return nil
	}
	var m metadata
	if err := json.Unmarshal(data, &m); err != nil {
		return errors.New("dateline: reading JSON: " + err.Error())
	}
	out, err := m.day()
	if err != nil {
		return err
	}
	hasDay := m.Time != "" || m.Gregorian != ""
	out.zeroDay = hasDay && out.Time.IsZero() // "gregorian":"0001-01-01" is a day
	if out.Hebrew, err = m.hebrewDate(out.Time, hasDay); err != nil {
		return err
	}
	if err := m.agrees(out, hasDay, strict); err != nil {
		return err
	}
	*d = out
	return nil
}

// jsonError is the error of an object UnmarshalJSON cannot read.
func jsonError(msg string) error { return errors.New("dateline: reading JSON: " + msg) }

// day returns the dateline of the object's time, or of its Gregorian day,
// and checks its weekday.
func (m *metadata) day() (Dateline, error) {
	var out Dateline
	switch {
	case m.Time != "":
		t, ok := parseJSONTime(m.Time)
		if !ok {
			return out, jsonError("time " + strconv.Quote(m.Time) + " is not RFC 3339")
		}
		if m.Zone != "" {
			if !zoneNameValid(m.Zone) {
				return out, jsonError("zone " + strconv.Quote(m.Zone) + " is not a zone's name")
			}
			_, off := t.Zone()
			t = t.In(time.FixedZone(m.Zone, off)) // the same instant and offset, named
		}
		out.Time, out.HasTime = t, true
		if m.Gregorian != "" && string(appendISODate(nil, t)) != m.Gregorian {
			return out, jsonError("gregorian " + strconv.Quote(m.Gregorian) + " is not the day of time " + strconv.Quote(m.Time))
		}
	case m.Gregorian != "":
		t, ok := parseISODate(m.Gregorian)
		if !ok {
			return out, jsonError("gregorian " + strconv.Quote(m.Gregorian) + " is not a YYYY-MM-DD date")
		}
		out.Time = t
	}
	hasDay := m.Time != "" || m.Gregorian != ""
	if m.Weekday != "" && (!hasDay || out.Time.Weekday().String() != m.Weekday) {
		return out, jsonError("weekday " + strconv.Quote(m.Weekday) + " is not the weekday of the day")
	}
	return out, nil
}

// hebrewDate returns the object's Hebrew date: of its year, month and day
// fields, or of its "hebrew" text, or else the Hebrew date of day t.
func (m *metadata) hebrewDate(t time.Time, hasDay bool) (hebrew.Date, error) {
	switch {
	case m.HebrewYear != 0:
		h := hebrew.Date{Year: m.HebrewYear, Month: hebrew.Month(m.HebrewMonth), Day: m.HebrewDay}
		if h.Day == 0 {
			if hebrew.DaysInMonth(h.Year, h.Month) == 0 {
				return h, jsonError("no month " + strconv.Itoa(m.HebrewMonth) + " in Hebrew year " + strconv.Itoa(m.HebrewYear))
			}
		} else if _, err := hebrew.NewDate(h.Year, h.Month, h.Day); err != nil {
			return h, jsonError(err.Error())
		}
		return h, nil
	case m.Hebrew != "":
		var h hebrew.Date
		if err := h.UnmarshalText([]byte(m.Hebrew)); err != nil {
			return h, jsonError(err.Error())
		}
		return h, nil
	case hasDay:
		return hebrew.DateOf(t), nil
	}
	return hebrew.Date{}, nil
}

// agrees checks that what the object says of the dateline out is what it
// is; see unmarshalJSON for strict.
func (m *metadata) agrees(out Dateline, hasDay, strict bool) error {
	h := out.Hebrew
	if hasDay && h.Year != 0 && h.Day == 0 {
		// A Gregorian day with a Hebrew month, not a day: a month-only
		// dateline has no Gregorian day, and could not write this one.
		return jsonError("hebrew_day is missing for the day " + string(appendISODate(nil, out.Time)))
	}
	if hasDay && h.Day != 0 && strict {
		civil := hebrew.DateOf(out.Time)
		if n := h.DaysSince(civil); n != 0 && n != 1 || civil.IsZero() {
			return jsonError("hebrew " + strconv.Quote(h.String()) + " is not the Hebrew date of " + string(appendISODate(nil, out.Time)))
		}
	}
	if !hasDay && h.IsZero() {
		return jsonError("no date in the object")
	}
	if h.IsZero() {
		if m.Hebrew != "" || m.HebrewMonth != 0 || m.HebrewDay != 0 || m.HebrewMonthName != "" || m.LeapYear != nil || m.HebrewScript != "" {
			return jsonError("Hebrew fields for a day without a Hebrew date")
		}
		return nil
	}
	var buf [64]byte
	switch {
	case m.HebrewMonth != 0 && hebrew.Month(m.HebrewMonth) != h.Month,
		m.HebrewDay != 0 && m.HebrewDay != h.Day:
		return jsonError("hebrew_month and hebrew_day disagree with " + strconv.Quote(h.String()))
	case m.Hebrew != "" && !sameHebrew(m.Hebrew, h):
		return jsonError("hebrew " + strconv.Quote(m.Hebrew) + " disagrees with hebrew_year, hebrew_month and hebrew_day")
	case m.HebrewMonthName != "" && m.HebrewMonthName != h.MonthName():
		return jsonError("hebrew_month_name " + strconv.Quote(m.HebrewMonthName) + " is not the name of the month of " + strconv.Quote(h.String()))
	case m.LeapYear != nil && *m.LeapYear != hebrew.IsLeapYear(h.Year):
		return jsonError("leap_year " + strconv.FormatBool(*m.LeapYear) + " is wrong for Hebrew year " + strconv.Itoa(h.Year))
	case m.HebrewScript != "" && m.HebrewScript != string(appendHebrewScript(buf[:0], h)):
		return jsonError("hebrew_script " + strconv.Quote(m.HebrewScript) + " is not " + strconv.Quote(h.String()) + " in Hebrew script")
	}
	return nil
}

// sameHebrew reports whether s, a "hebrew" field, names Hebrew date h:
// as String writes it, or in another spelling UnmarshalText reads.
func sameHebrew(s string, h hebrew.Date) bool {
	if s == h.String() {
		return true
	}
	var read hebrew.Date
	return h.Day != 0 && read.UnmarshalText([]byte(s)) == nil && read == h
}

// parseISODate reads a date as appendISODate writes it, YYYY-MM-DD with
// the year's sign before year 0 and more digits after 9999, as midnight
// UTC. Other forms of the same day (+2024, 02024) are refused, so that a
// date reads only as it is written.
func parseISODate(s string) (time.Time, bool) {
	i, neg := 0, false
	if i < len(s) && s[i] == '-' {
		i, neg = 1, true
	}
	y, digits := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && digits < 10 {
		y = y*10 + int(s[i]-'0')
		i++
		digits++
	}
	if digits < 4 || len(s)-i != 6 || s[i] != '-' || s[i+3] != '-' {
		return time.Time{}, false
	}
	num := func(a, b byte) int {
		if a < '0' || a > '9' || b < '0' || b > '9' {
			return -1
		}
		return int(a-'0')*10 + int(b-'0')
	}
	m, dd := num(s[i+1], s[i+2]), num(s[i+4], s[i+5])
	if neg {
		y = -y
	}
	if m < 1 || m > 12 || dd < 1 || dd > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	if string(appendISODate(nil, t)) != s {
		return time.Time{}, false // February 30, or not written as appendISODate writes
	}
	return t, true
}

// zoneName returns the name of t's zone that "zone" writes, or "": none
// for UTC, which "time" writes as Z, nor for a zone without a name, or a
// name that only repeats the offset in digits ("+03", which tzdata gives
// zones without an abbreviation of their own, and time.FixedZone's ""),
// nor for one zoneNameValid refuses.
func zoneName(t time.Time) string {
	name, off := t.Zone()
	if name == "" || name == "UTC" && off == 0 || !zoneNameValid(name) || name[0] == '+' || name[0] == '-' {
		return ""
	}
	return name
}

// zoneNameValid reports whether name reads as a zone's name in "zone": a
// few printable ASCII letters, digits, signs and the characters of tzdata's
// names ("IST", "EST", "CEST", "GMT+2"), which a layout's MST writes back
// as they are.
func zoneNameValid(name string) bool {
	if len(name) == 0 || len(name) > 16 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '_' || c == '/') {
			return false
		}
	}
	return true
}

// parseJSONTime reads "time" as appendJSONTime writes it: RFC 3339 with
// the years of parseISODate and an offset with seconds where the zone's
// has them.
func parseJSONTime(s string) (time.Time, bool) {
	i := strings.IndexByte(s, 'T')
	if i < 0 {
		return time.Time{}, false
	}
	day, ok := parseISODate(s[:i])
	if !ok {
		return time.Time{}, false
	}
	clock, err := time.Parse("T15:04:05.999999999Z07:00", s[i:])
	if err != nil {
		if clock, err = time.Parse("T15:04:05.999999999Z07:00:00", s[i:]); err != nil {
			return time.Time{}, false
		}
	}
	loc := time.UTC
	if name, off := clock.Zone(); off != 0 || name != "UTC" {
		loc = time.FixedZone("", off)
	}
	y, m, d := day.Date()
	t := time.Date(y, m, d, clock.Hour(), clock.Minute(), clock.Second(), clock.Nanosecond(), loc)
	if string(appendJSONTime(nil, t)) != s {
		return time.Time{}, false // written otherwise than appendJSONTime writes it
	}
	return t, true
}

// appendJSONTime writes t as RFC 3339, with its fraction of a second if
// any, the years of appendISODate, and the zone's offset to the second.
func appendJSONTime(b []byte, t time.Time) []byte {
	b = appendISODate(b, t)
	b = t.AppendFormat(b, "T15:04:05.999999999")
	if _, off := t.Zone(); off%60 != 0 {
		return t.AppendFormat(b, "Z07:00:00")
	}
	return t.AppendFormat(b, "Z07:00")
}

// MarshalJSON writes the check object:
//
//	{"input":"…","ok":true,"dateline":{…},"layout":"…","problems":[{"code":"…","severity":"…","start":0,"end":0,"message":"…"}]}
//
// A report with other days ([Report.Also]) lists them after "layout", each
// a dateline object: "also":[{…},…]; one with an update ([Report.Updated])
// gives it after them, a dateline object: "updated":{…}. Like Dateline's,
// it refuses a dateline whose object would not read back.
func (r Report) MarshalJSON() ([]byte, error) {
	if err := r.Dateline.jsonError(); err != nil {
		return nil, err
	}
	return r.AppendJSON(make([]byte, 0, 512)), nil
}

// AppendJSON appends the check object of MarshalJSON to b. The options
// are those of [Dateline.AppendJSON], for the "dateline" object: with
// WithOccasions it lists the day's occasions. It cannot refuse: call
// MarshalJSON, or Dateline.MarshalJSON first, for a dateline built from a
// time.Time the JSON cannot hold (a zone offset of 24 hours or more);
// every dateline that Check, Parse and Find give can be written.
func (r Report) AppendJSON(b []byte, opts ...Option) []byte {
	var o *options
	if len(opts) > 0 {
		oo := makeOptions(opts)
		o = &oo
	}
	b = append(b, `{"input":`...)
	b = jsonstr.Append(b, r.Input)
	b = append(b, `,"ok":`...)
	b = strconv.AppendBool(b, r.OK())
	b = append(b, `,"dateline":`...)
	b = r.Dateline.appendJSON(b, o)
	b = append(b, `,"layout":`...)
	b = jsonstr.Append(b, r.Layout)
	if len(r.Also) > 0 {
		b = append(b, `,"also":[`...)
		for i, d := range r.Also {
			if i > 0 {
				b = append(b, ',')
			}
			b = d.appendJSON(b, o)
		}
		b = append(b, ']')
	}
	if r.Updated.HasDay() {
		b = append(b, `,"updated":`...)
		b = r.Updated.appendJSON(b, o)
	}
	b = append(b, `,"problems":[`...)
	for i, p := range r.Problems {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"code":`...)
		b = jsonstr.Append(b, string(p.Code))
		b = append(b, `,"severity":"`...)
		b = append(b, p.Severity.String()...)
		b = append(b, `","start":`...)
		b = strconv.AppendInt(b, int64(p.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(p.End), 10)
		b = append(b, `,"message":`...)
		b = jsonstr.Append(b, p.Message)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// UnmarshalJSON reads the check object.
func (r *Report) UnmarshalJSON(data []byte) error {
	var aux struct {
		Input    string            `json:"input"`
		Dateline json.RawMessage   `json:"dateline"`
		Layout   string            `json:"layout"`
		Also     []json.RawMessage `json:"also"`
		Updated  json.RawMessage   `json:"updated"`
		Problems []struct {
			Code     Code     `json:"code"`
			Severity Severity `json:"severity"`
			Start    int      `json:"start"`
			End      int      `json:"end"`
			Message  string   `json:"message"`
		} `json:"problems"`
	}
	if err := json.Unmarshal(data, &aux); err != nil {
		return errors.New("dateline: reading JSON: " + err.Error())
	}
	out := Report{Input: aux.Input, Layout: aux.Layout}
	if len(aux.Dateline) > 0 {
		if err := out.Dateline.unmarshalJSON(aux.Dateline, false); err != nil {
			return err
		}
	}
	for _, raw := range aux.Also {
		var d Dateline
		if err := d.unmarshalJSON(raw, false); err != nil {
			return err
		}
		out.Also = append(out.Also, d)
	}
	if len(aux.Updated) > 0 {
		if err := out.Updated.unmarshalJSON(aux.Updated, false); err != nil {
			return err
		}
	}
	for _, p := range aux.Problems {
		out.Problems = append(out.Problems, Problem(p))
	}
	*r = out
	return nil
}

// MarshalJSON writes the match as the check object of its Report with its
// span first:
//
//	{"start":12,"end":46,"input":"…","ok":true,"dateline":{…},"layout":"…","problems":[…]}
//
// Match defines it, and AppendJSON, so that the embedded Report's, which
// know nothing of the span, are not promoted; m.Report.AppendJSON writes
// the check object alone.
func (m Match) MarshalJSON() ([]byte, error) {
	if err := m.Dateline.jsonError(); err != nil {
		return nil, err
	}
	return m.AppendJSON(make([]byte, 0, 512)), nil
}

// AppendJSON appends the object of MarshalJSON to b: the check object with
// the match's span first.
func (m Match) AppendJSON(b []byte) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = append(b, ',')
	n := len(b)
	b = m.Report.AppendJSON(b)       // {"input":…}
	return append(b[:n], b[n+1:]...) // without its "{"
}

// UnmarshalJSON reads the object MarshalJSON writes.
func (m *Match) UnmarshalJSON(data []byte) error {
	var span struct {
		Start *int `json:"start"`
		End   *int `json:"end"`
	}
	if err := json.Unmarshal(data, &span); err != nil {
		return errors.New("dateline: reading JSON: " + err.Error())
	}
	if span.Start == nil || span.End == nil || *span.Start < 0 || *span.End < *span.Start {
		return errors.New("dateline: reading JSON: a match needs a start and an end, 0 <= start <= end")
	}
	var r Report
	if err := r.UnmarshalJSON(data); err != nil {
		return err
	}
	*m = Match{Start: *span.Start, End: *span.End, Report: r}
	return nil
}
