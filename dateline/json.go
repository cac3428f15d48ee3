package dateline

import (
	"encoding/json"
	"errors"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// MarshalJSON writes the dateline's metadata object:
//
//	{"gregorian":"2024-03-02","weekday":"Saturday","hebrew":"22 Adar I 5784",
//	 "hebrew_year":5784,"hebrew_month":12,"hebrew_month_name":"Adar I","hebrew_day":22,
//	 "leap_year":true,"hebrew_script":"כ״ב אדר א׳ תשפ״ד",
//	 "time":"2022-09-28T10:39:00-04:00"}
//
// "time" appears only when HasTime is set. A month-only dateline has no
// "gregorian", "weekday" or "hebrew_day"; the zero Dateline is null.
func (d Dateline) MarshalJSON() ([]byte, error) {
	return d.appendJSON(make([]byte, 0, 320)), nil
}

func (d Dateline) appendJSON(b []byte) []byte {
	if d.IsZero() {
		return append(b, "null"...)
	}
	b = append(b, '{')
	comma := false
	key := func(k string) {
		if comma {
			b = append(b, ',')
		}
		comma = true
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, `":`...)
	}
	if !d.Time.IsZero() {
		key("gregorian")
		b = append(b, '"')
		b = appendISODate(b, d.Time)
		b = append(b, '"')
		key("weekday")
		b = append(b, '"')
		b = append(b, d.Time.Weekday().String()...)
		b = append(b, '"')
	}
	h := d.Hebrew
	if h.Year != 0 {
		leap := hebrew.IsLeapYear(h.Year)
		key("hebrew")
		b = append(b, '"')
		b = h.AppendText(b)
		b = append(b, '"')
		key("hebrew_year")
		b = strconv.AppendInt(b, int64(h.Year), 10)
		key("hebrew_month")
		b = strconv.AppendInt(b, int64(h.Month), 10)
		key("hebrew_month_name")
		b = append(b, '"')
		b = append(b, h.MonthName()...)
		b = append(b, '"')
		if h.Day != 0 {
			key("hebrew_day")
			b = strconv.AppendInt(b, int64(h.Day), 10)
		}
		key("leap_year")
		b = strconv.AppendBool(b, leap)
		key("hebrew_script")
		b = append(b, '"')
		if h.Day != 0 {
			b = hebrewScript.AppendFormat(b, d.Time, h)
		} else {
			b = hebrewMonthScript.AppendFormat(b, d.Time, h)
		}
		b = append(b, '"')
	}
	if d.HasTime {
		key("time")
		b = append(b, '"')
		b = d.Time.AppendFormat(b, time.RFC3339)
		b = append(b, '"')
	}
	return append(b, '}')
}

// The layouts of hebrew_script: the day, and a whole month.
var (
	hebrewScript      = compile(format.HebrewScript)
	hebrewMonthScript = format.New(
		format.Element{Kind: format.HebrewMonth, Spelling: hebrew.Spelling{Family: hebrew.Hebrew}},
		format.Lit(" "),
		format.Element{Kind: format.HebrewYear, Form: format.Numeral},
	)
)

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
}

// UnmarshalJSON reads the metadata object MarshalJSON writes. The Hebrew
// date comes from hebrew_year, hebrew_month and hebrew_day (or, without
// them, from "hebrew"); the day from "time" when present, else from
// "gregorian" at midnight UTC. It checks that the fields agree with each
// other: the weekday with the day, the Hebrew date with the Gregorian day
// or the next (after sunset). Fields it does not know are ignored, so that
// objects written by later versions are read. On error d is unchanged.
func (d *Dateline) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*d = Dateline{}
		return nil
	}
	var m metadata
	if err := json.Unmarshal(data, &m); err != nil {
		return errors.New("dateline: reading JSON: " + err.Error())
	}
	var out Dateline
	fail := func(msg string) error { return errors.New("dateline: reading JSON: " + msg) }
	switch {
	case m.Time != "":
		t, err := time.Parse(time.RFC3339Nano, m.Time)
		if err != nil {
			return fail("time " + strconv.Quote(m.Time) + " is not RFC 3339")
		}
		out.Time, out.HasTime = t, true
		if m.Gregorian != "" && string(appendISODate(nil, t)) != m.Gregorian {
			return fail("gregorian " + strconv.Quote(m.Gregorian) + " is not the day of time " + strconv.Quote(m.Time))
		}
	case m.Gregorian != "":
		t, err := time.Parse("2006-01-02", m.Gregorian)
		if err != nil {
			return fail("gregorian " + strconv.Quote(m.Gregorian) + " is not a YYYY-MM-DD date")
		}
		out.Time = t
	}
	if m.Weekday != "" && !out.Time.IsZero() && out.Time.Weekday().String() != m.Weekday {
		return fail("weekday " + strconv.Quote(m.Weekday) + " is not the weekday of " + m.Gregorian)
	}
	switch {
	case m.HebrewYear != 0:
		h := hebrew.Date{Year: m.HebrewYear, Month: hebrew.Month(m.HebrewMonth), Day: m.HebrewDay}
		if h.Day == 0 {
			if hebrew.DaysInMonth(h.Year, h.Month) == 0 {
				return fail("no month " + strconv.Itoa(m.HebrewMonth) + " in Hebrew year " + strconv.Itoa(m.HebrewYear))
			}
		} else if _, err := hebrew.NewDate(h.Year, h.Month, h.Day); err != nil {
			return fail(err.Error())
		}
		if m.Hebrew != "" && h.String() != m.Hebrew {
			return fail("hebrew " + strconv.Quote(m.Hebrew) + " disagrees with hebrew_year, hebrew_month and hebrew_day")
		}
		out.Hebrew = h
	case m.Hebrew != "":
		if err := out.Hebrew.UnmarshalText([]byte(m.Hebrew)); err != nil {
			return fail(err.Error())
		}
	}
	if !out.Time.IsZero() && out.Hebrew.Day != 0 {
		civil := hebrew.DateOf(out.Time)
		if n := out.Hebrew.DaysSince(civil); n != 0 && n != 1 {
			return fail("hebrew " + strconv.Quote(out.Hebrew.String()) + " is not the Hebrew date of " + string(appendISODate(nil, out.Time)))
		}
	}
	if out.IsZero() {
		return fail("no date in the object")
	}
	*d = out
	return nil
}

// MarshalJSON writes the check object:
//
//	{"input":"…","ok":true,"dateline":{…},"layout":"…","problems":[{"code":"…","severity":"…","start":0,"end":0,"message":"…"}]}
func (r Report) MarshalJSON() ([]byte, error) {
	return r.AppendJSON(make([]byte, 0, 512)), nil
}

// AppendJSON appends the check object of MarshalJSON to b.
func (r Report) AppendJSON(b []byte) []byte {
	b = append(b, `{"input":`...)
	b = appendJSONString(b, r.Input)
	b = append(b, `,"ok":`...)
	b = strconv.AppendBool(b, r.OK())
	b = append(b, `,"dateline":`...)
	b = r.Dateline.appendJSON(b)
	b = append(b, `,"layout":`...)
	b = appendJSONString(b, r.Layout)
	b = append(b, `,"problems":[`...)
	for i, p := range r.Problems {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"code":`...)
		b = appendJSONString(b, string(p.Code))
		b = append(b, `,"severity":"`...)
		b = append(b, p.Severity.String()...)
		b = append(b, `","start":`...)
		b = strconv.AppendInt(b, int64(p.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(p.End), 10)
		b = append(b, `,"message":`...)
		b = appendJSONString(b, p.Message)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// UnmarshalJSON reads the check object.
func (r *Report) UnmarshalJSON(data []byte) error {
	var aux struct {
		Input    string          `json:"input"`
		Dateline json.RawMessage `json:"dateline"`
		Layout   string          `json:"layout"`
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
		if err := out.Dateline.UnmarshalJSON(aux.Dateline); err != nil {
			return err
		}
	}
	for _, p := range aux.Problems {
		out.Problems = append(out.Problems, Problem(p))
	}
	*r = out
	return nil
}

// appendJSONString appends s as a JSON string, escaping what JSON requires
// and what would break a line or a script tag, and writing invalid UTF-8 as
// U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			}
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
