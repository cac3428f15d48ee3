package parse

import (
	"iter"
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

// SentenceTime returns the fields of an hour with its minutes (13:30),
// or of an hour said in words with a part of the day (see hebrewWordHour),
// after בשעה, later in the sentence of a date that ends at text[end], and
// the index where the hour starts; or ok false. Between the date and
// בשעה there is no mark that ends a sentence or a clause (a point before
// a space, ;, |, a bracket or a line break), no word of otherDayWords, and
// at most maxSentenceTimeWords words; digits may be there, as of an
// address, and package dateline takes the hour only where no match of
// its own starts between. The hour is the first בשעה's; one that a range
// or another number follows (13:30-15:00, 13:30.5) is not read.
func SentenceTime(text string, end int) (fields []Field, start int, ok bool) {
	if !strings.Contains(text[end:min(len(text), end+maxSentenceTimeGap+len(sentenceTimeWord))], sentenceTimeWord) {
		// The cheap first test: Find asks after every date without a
		// time, and most text after one has no בשעה within reach.
		return fields, 0, false
	}
	for j, w := range clauseWords(text, end, false) {
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
		if f, start, ok := hourMinute(text, k); ok {
			return f[:], start, true
		}
		if fields, ok = hebrewWordHour(text, k); ok {
			return fields, k, true
		}
		return nil, 0, false
	}
	return fields, 0, false
}

// hebrewWordHour returns the fields of an hour of a 12-hour clock said in
// Hebrew words at s[k], with half or a quarter past it or not, and the
// part of the day after it that puts it in its half: "בשעה שש בערב" (at
// six in the evening; the Temple Mount activists' notice of 2017, the
// hundred-and-sixty-third held-out round, was read without its hour),
// "שבע וחצי בבוקר", "אחת עשרה בלילה". The words are the cardinals the
// days of a Hebrew month are written in (see hebrewDayWords). Without a
// part of the day the half is not known ("בשעה שש" is 6:00 or 18:00), and
// with one the hour cannot be in ("שלוש בערב") nothing is read.
func hebrewWordHour(s string, k int) ([]Field, bool) {
	h, e, ok := hebrewDayWords(s, k)
	if !ok || h < 1 || h > 12 {
		return nil, false
	}
	hour := Field{Value: h, Start: k, End: e}
	hour.Kind, hour.Form = layout.Hour, layout.Hour12
	fields := []Field{hour}
	if w, we := hebrewWordAt(s, skipSpace(s, e)); hebrewMinuteWords[w] > 0 {
		minute := Field{Value: hebrewMinuteWords[w], Start: skipSpace(s, e), End: we}
		minute.Kind, minute.Form = layout.Minute, layout.Padded
		fields = append(fields, Field{Element: layout.Lit(s[e:minute.Start]), Start: e, End: minute.Start}, minute)
		e = we
	}
	ampm, found, ok := partOfDayAt(s, e, h)
	if !found || !ok {
		return nil, false
	}
	return append(fields, Field{Element: layout.Lit(s[e:ampm.Start]), Start: e, End: ampm.Start}, ampm), true
}

// hebrewMinuteWords are the minutes past an hour said in words after it:
// and a half, and a quarter.
var hebrewMinuteWords = map[string]int{"וחצי": 30, "ורבע": 15}

// clauseWords yields the start and the end of each word of the clause
// that goes on after text[end], a date's end, as SentenceTime and
// ClockAfter read it: words parted by spaces, at most
// maxSentenceTimeWords of them within maxSentenceTimeGap bytes, up to a
// mark that ends a sentence or a clause (a line break, ;, |, a bracket,
// or a point, ! or ? before a space or the text's end) or, where
// commaEnds is set, a comma but one right after the date, which parts
// words as a space does.
func clauseWords(text string, end int, commaEnds bool) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		words := 0
		for j := end; j < len(text) && j-end <= maxSentenceTimeGap; j++ {
			switch c := text[j]; {
			case c == '\n', c == ';', c == '|', c == '(', c == ')', c == '[', c == ']':
				return
			case c == ',' && commaEnds && j > end:
				return // another clause: "Service, then lunch at 1:00 pm"
			case c == '.' && hourWordPoint(text, j):
				// godz. 10.30: the point cuts a word short
			case c == '.' || c == '!' || c == '?':
				if j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\n' {
					return
				}
			}
			if j > end && text[j-1] != ' ' || text[j] == ' ' || commaEnds && text[j] == ',' {
				continue
			}
			if words++; words > maxSentenceTimeWords {
				return
			}
			w := j
			for w < len(text) && text[w] != ' ' {
				w++
			}
			if !yield(j, w) {
				return
			}
		}
	}
}

// cutHourPointWords are the words of hourWordsBefore that are cut short
// with a point: Polish's godz. and g., Danish's, Norwegian's and
// Swedish's kl., Latvian's plkst. and pl.
var cutHourPointWords = [...]string{"godz", "g", "kl", "plkst", "pl"}

// hourWordPoint reports whether the point at text[j] ends a word of
// cutHourPointWords, and a space and an hour's digit follow it:
// "07 luty 2015r. spotykamy się  o godz. 10.30 przy wrzeszczańskim
// Manhattanie" (a Gdańsk PTTK trip report, incoming.tsv), "fredag den
// 11. oktober 2024 mødes vi kl. 18.00", "plkst. 15.00". clauseWords took
// the point of godz. and kl. for the end of the sentence, and the day was
// read without the hour its sentence gives; a point that ends any other
// word, or that no number follows, still ends it ("... w synagodze.
// 10 osób").
func hourWordPoint(text string, j int) bool {
	k := j
	for k > 0 && text[k-1] != ' ' && text[k-1] != ',' {
		k--
	}
	if k == j || !isWordOf(text[k:j], cutHourPointWords[:]) {
		return false
	}
	e := j + 1
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	e = skipSpace(text, e)
	return isDigit(text, e)
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

// clockLeads are the words for "at" (and "at the hour") that lead an
// hour later in a date's sentence, besides atHourWords, hourWordsBefore
// and fromTimeWords: German's "um", Dutch's "om", the Slavic languages'
// "u", "o", "в", "о", "v", "ve", "ob", Turkish's "saat", Greek's
// "στις" (and "στης", written for it) and "ώρα", and Persian's "ساعت". ClockAfter reads an hour only after one of them,
// which says the hour is when the day's event is, not a price, a length
// or when it ends ("lasts until 8:19 p.m.", "bis 10 Uhr geöffnet").
var clockLeads = [...]string{"um", "om", "u", "o", "в", "о", "v", "ve", "ob", "saat", "στις", "στης", "ώρα", "ساعت"}

// clockLead reports whether w, a word with its dot or not, is one of
// clockLeads, atHourWords, hourWordsBefore or fromTimeWords, in any
// case.
func clockLead(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return isWordOf(w, clockLeads[:]) || isWordOf(w, atHourWords[:]) || isWordOf(w, hourWordsBefore) || isWordOf(w, fromTimeWords[:])
}

// ClockAfter returns the fields of a time of day later in the sentence of
// the date r read, as they would follow r's own (the word that leads the
// hour, the hour and the words after it: "um 15:30 Uhr", "u 18 časova",
// "às 17h"), with the literal text between r's end and them; or ok
// false. Event notices put a verb and its subject between a day and its
// hour ("Am Sonntag, dem 25. Dezember laden wir um 15:30 Uhr zu unserer
// Chanukka-Feier ein", incoming.tsv), which no dateline reads over. The
// hour is read by the dateline's own grammar, so that every form it
// knows after a date is known here, after one of clockLeads; it is the
// first number within maxSentenceTimeWords words, with no mark that ends
// a sentence or a clause, no comma but one right after the date, and no
// weekday's or month's name between, as of another day. Package dateline
// takes it where no match of its own starts between.
func ClockAfter(text string, r *Result) (fields []Field, ok bool) {
	prev := -1 // the start of the word before the one at j
	for j := range clauseWords(text, updatedAfterPoint(text, r.End), true) {
		if text[j] < '0' || text[j] > '9' {
			if w, _, ok := wordAt(text, j); ok && (w.kind == wWeekday || w.kind == wMonth) {
				return nil, false // another day's hour may follow
			}
			prev = j
			continue
		}
		if prev < 0 || !clockLead(strings.TrimSpace(text[prev:j])) {
			return nil, false
		}
		return clockFrom(text, r, prev)
	}
	return nil, false
}

// updatedWords are the labels a page's masthead or an article's stamp
// puts before the hour it was last updated, in a sentence of their own
// after the date: Portuguese's and Spanish's "Atualizado", "Actualizado",
// English's "Updated", German's "Aktualisiert", Italian's "Aggiornato".
var updatedWords = [...]string{"atualizado", "actualizado", "updated", "aktualisiert", "aggiornato"}

// updatedAfterPoint returns the end of a word of updatedWords after the
// point and the space that end the date at text[end], or end: "Porto
// Alegre, terça-feira, 27 de setembro de 2016. Atualizado às 22h58."
// (Jornal do Comércio's masthead, the two-hundred-and-eighty-sixth
// held-out round) was the day without its hour, the point read as the
// end of the date's sentence. The label says the hour after it is when
// the page was updated, on the day the line gives before it; ClockAfter
// still reads the hour only after a word for "at", and no day's name
// between ("Atualizado em 28 de setembro às 9h" is another day's).
func updatedAfterPoint(text string, end int) int {
	if end+1 >= len(text) || text[end] != '.' || text[end+1] != ' ' {
		return end
	}
	k := skipSpace(text, end+1)
	if e := latinWord(text, k); e > k && isWordOf(text[k:e], updatedWords[:]) {
		return e
	}
	return end
}

// clockFrom reads from text[j] what follows the date r read, and returns
// the fields read after r's own where they are a time of day and nothing
// else, the literal from r's end first.
func clockFrom(text string, r *Result, j int) ([]Field, bool) {
	var p parser
	p.init(text[:min(len(text), j+MaxInput)])
	if len(r.Fields) >= len(p.buf) {
		return nil, false
	}
	for _, f := range r.Fields {
		p.push(f)
	}
	p.list = true
	p.run(j, true)
	n := len(r.Fields)
	hour := false
	for _, f := range p.buf[n:p.n] {
		if f.Flags&RangeEnd != 0 {
			return nil, false
		}
		switch f.Kind {
		case layout.Hour:
			hour = true
		case layout.Minute, layout.AMPM, layout.Literal, layout.Zone:
		default:
			return nil, false
		}
	}
	if !hour {
		return nil, false
	}
	fields := make([]Field, 0, p.n-n+1)
	if start := p.buf[n].Start; start > r.End {
		fields = append(fields, Field{Element: layout.Lit(text[r.End:start]), Start: r.End, End: start})
	}
	return append(fields, p.buf[n:p.n]...), true
}

// ClockAtLineEnd returns the fields of a time of day that ends the line
// of the date r read, after a comma, as they would follow r's own, with
// the literal text between r's end and them; or ok false. An event's line
// may put its place between its day and its hour: "Dienstag, 28. Mai
// 2024, in Zürich- Wiedikon*, 18.15 Uhr" (NCBI Schweiz), "2016 M.
// GRUODŽIO 24 D. LIETUVOS ŽYDŲ (LITVAKŲ) BENDRUOMENĖS BUVEINĖS BALKONE
// (PYLIMO G. 4), 17.30 VAL." (the Lithuanian Jewish Community), "Monday,
// July 31 at Workmen’s Circle, 8:00pm" (IKAR): the day was read without
// its hour (incoming.tsv), as no clock lead comes before it (see
// ClockAfter). The hour is read by the dateline's own grammar after the
// line's last comma, and taken only where it is marked as an hour, by
// a.m. or p.m. or a word of hoursWords after it ("Uhr", "val.", "h"),
// and nothing but a point, a closing bracket or spaces follows it to the
// line's end; between the date and it there are at most
// maxSentenceTimeWords words within maxSentenceTimeGap bytes, with no
// weekday's or month's name, as of another day, and no mark that ends a
// sentence (;, |, or a point, ! or ? before a space, but the point of a
// word of one or two letters cut short: "G. 4"). A bare number there
// ("Saal 3, 18.15") is no hour. Package dateline takes it where no match
// of its own starts between.
func ClockAtLineEnd(text string, r *Result) (fields []Field, ok bool) {
	end := r.End
	eol := strings.IndexByte(text[end:], '\n')
	if eol < 0 {
		eol = len(text)
	} else {
		eol += end
	}
	if eol-end > maxSentenceTimeGap {
		return nil, false
	}
	line := text[:eol]
	c := strings.LastIndexByte(line[end:], ',')
	if c < 0 {
		return nil, false
	}
	c += end
	j := skipSpace(line, c+1)
	if !isDigit(line, j) {
		return nil, false
	}
	if !plainBetween(line, end, c) {
		return nil, false
	}
	fields, ok = clockFrom(line, r, j)
	if !ok {
		return nil, false
	}
	marked := false
	for _, f := range fields {
		marked = marked || f.Kind == layout.AMPM || f.Kind == layout.Literal && hoursWordIn(line[f.Start:f.End])
	}
	rest := fields[len(fields)-1].End
	if w := skipSpace(line, rest); w < len(line) && isWordOf(strings.TrimSuffix(line[w:latinWord(line, w)], "."), hoursWords[:]) {
		marked, rest = true, latinWord(line, w) // the hour's word, left after the fields
	}
	for rest < len(line) && (line[rest] == '.' || line[rest] == ')' || line[rest] == ' ') {
		rest++
	}
	if !marked || rest != len(line) {
		return nil, false
	}
	return fields, true
}

// hoursWordIn reports whether literal s, the text between a time's
// fields, holds a word of hoursWords.
func hoursWordIn(s string) bool {
	for i := 0; i < len(s); {
		if e := latinWord(s, i); e > i {
			if isWordOf(s[i:e], hoursWords[:]) {
				return true
			}
			i = e
			continue
		}
		i++
	}
	return false
}

// plainBetween reports whether text[from:to], the words between a date
// and the hour at its line's end (see ClockAtLineEnd), are at most
// maxSentenceTimeWords words, with no weekday's or month's name and no
// mark that ends a sentence.
func plainBetween(text string, from, to int) bool {
	words := 0
	for j := from; j < to; j++ {
		switch c := text[j]; {
		case c == ';' || c == '|':
			return false
		case c == '.' || c == '!' || c == '?':
			if j+1 < to && text[j+1] != ' ' {
				continue
			}
			k := j
			for k > from && text[k-1] != ' ' && text[k-1] != '(' {
				k--
			}
			if c != '.' || j-k > 2 || j == k {
				return false
			}
		}
		if j > from && text[j-1] != ' ' && text[j-1] != '(' || text[j] == ' ' || text[j] == '(' {
			continue
		}
		if words++; words > maxSentenceTimeWords {
			return false
		}
		if w, _, ok := wordAt(text, j); ok && (w.kind == wWeekday || w.kind == wMonth) {
			return false
		}
	}
	return true
}
