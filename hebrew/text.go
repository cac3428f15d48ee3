package hebrew

import (
	"github.com/dualdate/dualdate/internal/script"
	"strconv"
)

// String returns d as day, month and year, with the month's canonical
// English name (see [Month.String]): "22 Adar I 5784", "1 Tishrei 5785",
// "10 Shevat 5777". A Date with Day 0 and a month of its year names the
// whole month and prints as "Adar I 5782". The fields of any other invalid
// Date are printed as they are ("31 %!Month(14) 0"); the zero Date prints
// as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [40]byte
	return string(d.AppendText(buf[:0]))
}

// AppendText appends the String form of d to b.
func (d Date) AppendText(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	if d.Day != 0 || DaysInMonth(d.Year, d.Month) == 0 {
		b = strconv.AppendInt(b, int64(d.Day), 10)
		b = append(b, ' ')
	}
	b = append(b, d.MonthName()...)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(d.Year), 10)
}

// MarshalText implements encoding.TextMarshaler with the String form. The
// zero Date marshals as empty text; any other invalid Date is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if err := d.check(); err != nil {
		return nil, err
	}
	return d.AppendText(make([]byte, 0, 24)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It reads the String
// form, "22 Adar I 5784", with the month in any spelling [MatchMonth] reads;
// empty text gives the zero Date. A digit after Adar is the year when no
// year follows it: "29 Adar 1" is 29 Adar of year 1, as String writes it.
// Errors are a *SyntaxError for text of another shape and a *DateError for
// a day that does not exist; d is left unchanged on error.
func (d *Date) UnmarshalText(text []byte) error {
	s := string(text)
	if len(s) == 0 {
		*d = Date{}
		return nil
	}
	i, end := trimSpaces(s)
	t := s[:end] // what is read; errors quote all of s
	day, i, err := readInt(s, i, "a day of the month")
	if err != nil {
		return err
	}
	i = skipSpaces(t, i)
	monthAt := i
	name, ok := MatchMonth(t[i:])
	if !ok {
		return syntaxError(s, i, "a month name", ErrSyntax)
	}
	m := name.Month
	i = skipSpaces(t, i+name.Len)
	if name.BaseLen < name.Len && (i == end || !script.IsDigit(t[i])) {
		// "29 Adar 1" is 29 Adar of year 1, not Adar I with no year.
		m = Adar
		name.Qualified = false
		i = skipSpaces(t, monthAt+name.BaseLen)
	}
	year, i, err := readInt(s, i, "a year")
	if err != nil {
		return err
	}
	if i != end {
		return syntaxError(s, i, "the end of the date", ErrSyntax)
	}
	if m == Adar && !name.Qualified && IsLeapYear(year) {
		// String writes Adar I in full; a bare Adar of a leap year is
		// ambiguous and not a String form.
		return syntaxError(s, monthAt, "Adar I or Adar II in leap year "+strconv.Itoa(year), ErrSyntax)
	}
	if m == Adar && name.Qualified && !IsLeapYear(year) {
		// "22 Adar I 5785" was 22 Adar 5785 with nothing said, where
		// Adar II there is an error: a common year's Adar is one.
		return syntaxError(s, monthAt, "Adar, as common year "+strconv.Itoa(year)+" has one Adar, not Adar I", ErrRange)
	}
	parsed, err := NewDate(year, m, day)
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

// readInt reads up to 9 decimal digits at s[i].
func readInt(s string, i int, what string) (int, int, error) {
	start, n := i, 0
	for i < len(s) && script.IsDigit(s[i]) {
		if i-start == 9 {
			return 0, i, syntaxError(s, start, what+" of at most 9 digits", ErrRange)
		}
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == start {
		return 0, i, syntaxError(s, i, what, ErrSyntax)
	}
	return n, i, nil
}

func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, n := script.Decode(s, i)
		if !script.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}
