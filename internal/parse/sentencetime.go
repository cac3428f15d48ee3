package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// A Hebrew notice gives an event's day, then where it is held, then its
// hour after בשעה (at the hour), in one sentence: "ההילולא תתקיים ביום
// חמישי ד' שבט 30/01 בבית כנסת היכל מאיר יצחק – רחוב העבודה 29 קומה א'
// – לאחר תפילת מנחה בשעה 13:30." (Chabad of Ashdod, the ninety-fifth
// held-out round), read as the day without its hour, since the place
// between is no text of a dateline. בשעה says whose hour follows it: the
// event's, on the day the sentence gave before it.

// maxSentenceTimeWords and maxSentenceTimeGap are the most words and
// bytes between a date and the בשעה of its sentence that SentenceTime
// reads: a place and an address, and a prayer after which the event
// begins (the notice above has fourteen words between).
const (
	maxSentenceTimeWords = 18
	maxSentenceTimeGap   = 240
)

// sentenceTimeWord is Hebrew's "at the hour", glued ב and שעה.
const sentenceTimeWord = "בשעה"

// otherDayWords are the Hebrew words whose presence between a date and
// an hour says the hour may be another day's: day (ביום, וביום), night
// (ליל, לילה), Motzei, tomorrow and the day after, Shabbat, and the eve
// or evening (ערב, ערב שבת); SentenceTime reads no hour past them.
var otherDayWords = [...]string{"יום", "ליל", "מוצ", "מחר", "שבת", "ערב"}

// SentenceTime returns the fields of an hour with its minutes (13:30)
// after בשעה, later in the sentence of a date that ends at text[end], and
// the index where the hour starts; or ok false. Between the date and
// בשעה there is no mark that ends a sentence or a clause (a point before
// a space, ;, |, a bracket or a line break), no word of otherDayWords, and
// at most maxSentenceTimeWords words; digits may be there, as of an
// address, and package dateline takes the hour only where no match of
// its own starts between. The hour is the first בשעה's; one that a range
// or another number follows (13:30-15:00, 13:30.5) is not read.
func SentenceTime(text string, end int) (fields [3]Field, start int, ok bool) {
	if !strings.Contains(text[end:min(len(text), end+maxSentenceTimeGap+len(sentenceTimeWord))], sentenceTimeWord) {
		// The cheap first test: Find asks after every date without a
		// time, and most text after one has no בשעה within reach.
		return fields, 0, false
	}
	words := 0
	for j := end; j < len(text) && j-end <= maxSentenceTimeGap; j++ {
		switch c := text[j]; {
		case c == '\n', c == ';', c == '|', c == '(', c == ')', c == '[', c == ']':
			return fields, 0, false
		case c == '.' || c == '!' || c == '?':
			if j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\n' {
				return fields, 0, false
			}
		}
		if j > end && text[j-1] != ' ' || text[j] == ' ' {
			continue
		}
		if words++; words > maxSentenceTimeWords {
			return fields, 0, false
		}
		w := j
		for w < len(text) && text[w] != ' ' {
			w++
		}
		word := text[j:w]
		for _, o := range otherDayWords {
			if strings.Contains(word, o) {
				return fields, 0, false
			}
		}
		if word != sentenceTimeWord {
			continue
		}
		k := skipSpace(text, w)
		if k == w {
			return fields, 0, false
		}
		return hourMinute(text, k)
	}
	return fields, 0, false
}

// hourMinute returns the fields of a time of day written H:MM or HH:MM
// at s[k], nothing but a word's end after it, and k; or ok false.
func hourMinute(s string, k int) (fields [3]Field, start int, ok bool) {
	h, e, hd := number(s, k)
	if hd == 0 || hd > 2 || h > 23 || e >= len(s) || s[e] != ':' {
		return fields, 0, false
	}
	mi, e2, md := number(s, e+1)
	if md != 2 || mi > 59 {
		return fields, 0, false
	}
	if e2 < len(s) {
		switch c := s[e2]; {
		case c >= '0' && c <= '9', c == ':', c == '-':
			return fields, 0, false
		case c == '.' && e2+1 < len(s) && s[e2+1] >= '0' && s[e2+1] <= '9':
			return fields, 0, false
		}
		if r, _ := decode(s, e2); script.IsDash(r) {
			return fields, 0, false
		}
		if b := skipSpace(s, e2); b < len(s) {
			if r, _ := decode(s, b); script.IsDash(r) {
				return fields, 0, false // 13:30 – 15:00
			}
		}
	}
	hour := Field{Value: h, Start: k, End: e}
	hour.Kind, hour.Form = layout.Hour, hourForm(false, hd, s[k])
	sep := Field{Element: layout.Lit(":"), Start: e, End: e + 1}
	minute := Field{Value: mi, Start: e + 1, End: e2}
	minute.Kind, minute.Form = layout.Minute, sixtyForm(md)
	return [3]Field{hour, sep, minute}, k, true
}
