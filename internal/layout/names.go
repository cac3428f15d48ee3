package layout

// The names this package writes, indexed by time.Weekday or time.Month. The
// parse package reads these and more (see its tables).
var (
	weekdayLong  = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	weekdayShort = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	// weekdayYom is the transliterated Hebrew name of each day.
	weekdayYom = [7]string{"Yom Rishon", "Yom Sheni", "Yom Shlishi", "Yom Revi'i", "Yom Chamishi", "Yom Shishi", "Shabbat"}
	// weekdayScript is the Hebrew ordinal of each day, without יום.
	weekdayScript = [7]string{"ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"}
	// weekdayLetter is the Hebrew letter of each day (יום א׳); Saturday is
	// written שבת.
	weekdayLetter = [7]string{"א", "ב", "ג", "ד", "ה", "ו", ""}

	monthLong  = [13]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthShort = [13]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	// monthAP is the Associated Press style: five months written out.
	monthAP = [13]string{"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	// monthScript is the Gregorian month in Hebrew script, as Israeli sites
	// write it.
	monthScript = [13]string{"", "ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"}
)

// WeekdayName returns how form f writes weekday w (0 = Sunday), with the
// geresh of ScriptShort in punctuation p; it is the table the parse package
// reads back. It returns "" for a form that does not name weekdays.
func WeekdayName(w int, f Form, p Punct) string {
	if w < 0 || w > 6 {
		return ""
	}
	var buf [32]byte
	return string(appendWeekday(buf[:0], w, f, p))
}

// MonthName returns how form f writes Gregorian month m (1 = January), or ""
// for a form that does not name months.
func MonthName(m int, f Form) string {
	if m < 1 || m > 12 {
		return ""
	}
	var buf [32]byte
	return string(appendMonth(buf[:0], m, f))
}

func appendWeekday(b []byte, w int, f Form, p Punct) []byte {
	switch f {
	case Long:
		return append(b, weekdayLong[w]...)
	case Short:
		return append(b, weekdayShort[w]...)
	case ShortDot:
		b = append(b, weekdayShort[w]...)
		return append(b, '.')
	case AP:
		// AP style abbreviates weekdays only beside a date; write them as
		// three letters and a dot.
		b = append(b, weekdayShort[w]...)
		return append(b, '.')
	case Yom:
		return append(b, weekdayYom[w]...)
	case Script:
		b = append(b, "יום "...)
		return append(b, weekdayScript[w]...)
	case ScriptShort:
		if w == 6 {
			return append(b, weekdayScript[w]...)
		}
		b = append(b, "יום "...)
		b = append(b, weekdayLetter[w]...)
		return appendGeresh(b, p)
	case ScriptBare:
		return append(b, weekdayScript[w]...)
	case ScriptLetter:
		if w == 6 {
			b = append(b, "ש"...)
		} else {
			b = append(b, weekdayLetter[w]...)
		}
		return appendGeresh(b, p)
	}
	return b
}

func appendMonth(b []byte, m int, f Form) []byte {
	switch f {
	case Long, StandAlone:
		return append(b, monthLong[m]...)
	case Short:
		return append(b, monthShort[m]...)
	case ShortDot:
		b = append(b, monthShort[m]...)
		if m != 5 {
			b = append(b, '.')
		}
		return b
	case AP:
		return append(b, monthAP[m]...)
	case Script:
		return append(b, monthScript[m]...)
	case Numeric:
		return appendInt(b, m, 0)
	case NumericPad:
		return appendInt(b, m, 2)
	case Roman:
		return append(b, romanMonths[m-1]...)
	}
	return b
}

// romanMonths are the months' Roman numerals, January's first.
var romanMonths = [12]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

func appendGeresh(b []byte, p Punct) []byte {
	switch p {
	case Gershayim:
		return append(b, "׳"...)
	case ASCII:
		return append(b, '\'')
	}
	return b
}
