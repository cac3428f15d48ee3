package parse

import "github.com/dualdate/dualdate/internal/layout"

// A date may be followed by what it is for: "A comunidade judaica se
// reúne, a partir da quarta-feira, 20 de março, para iniciar as
// celebrações do Purim" (Revista News, the eighty-fourth held-out round:
// read as the date alone, Wednesday, March 20, 2024, the weekday's
// nearest year, with only an info, where Purim's eve is that of 2019).
// The purpose clause names the occasion whose day, or eve, the date is,
// as a verb of celebrating does after it (see dateCelebrates).

// purposeLeads are the words that open a clause of purpose after a date:
// English's "to", Portuguese's and Spanish's "para", Catalan's and
// Italian's "per", French's "pour" and Romanian's "pentru a".
var purposeLeads = [...]string{"to", "para", "per", "pour", "pentru a"}

// purposeVerbs are the verbs of beginning and celebrating that such a
// clause puts before the occasion's name.
var purposeVerbs = [...]string{
	"begin", "start", "open", "usher in", "celebrate", "mark", "observe", "welcome",
	"iniciar", "começar", "abrir", "celebrar", "comemorar", "festejar", "assinalar",
	"comenzar", "empezar", "conmemorar", "recibir",
	"començar", "commemorar",
	"commencer", "célébrer", "fêter", "marquer", "accueillir", "ouvrir",
	"iniziare", "cominciare", "celebrare", "festeggiare", "aprire",
	"începe", "incepe", "sărbători", "sarbatori", "celebra", "marca",
	// The Slavic nouns and infinitives of celebrating, after a verb of
	// beginning (beginToWords): "начинают празднование Хануки".
	"празднование", "праздновать", "отмечать", "святкування", "святкувати", "відзначати", "відзначення",
	"святкаванне", "святкаваць", "obchody", "obchodzić", "świętowanie", "świętować",
}

// purposeBefore are the words that may come between such a verb and the
// occasion's name: articles, prepositions, and the nouns for the
// celebrations or the festival (of).
var purposeBefore = [...]string{
	"the", "of", "celebrations", "celebration", "festivities", "festival", "holiday", "jewish",
	"as", "os", "a", "o", "do", "da", "dos", "das", "de", "celebrações", "comemorações", "celebração", "comemoração", "festividades", "festa", "judaica", "judaico",
	"las", "los", "la", "el", "del", "celebraciones", "celebración", "fiesta", "festividad", "judía",
	"les", "celebracions", "jueva",
	"le", "du", "des", "célébrations", "fête", "festivités", "juive",
	"il", "lo", "di", "della", "dello", "celebrazioni", "ebraica",
	"sărbătoarea", "sarbatoarea",
}

// maxPurposeBefore is the most words of purposeBefore between the verb
// and the name: "as celebrações do", "the celebrations of the".
const maxPurposeBefore = 4

// purposeFirst reports whether c may start a word of purposeLeads: the
// cheap test at each separator of a dated dateline.
func purposeFirst(c byte) bool { c |= 0x20; return c == 't' || c == 'p' }

// datePurpose reads, after a civil day and month and before any occasion,
// a clause of purpose at s[i]: a word of purposeLeads, a verb of
// purposeVerbs and at most maxPurposeBefore words of purposeBefore, as
// text of the dateline, where an occasion's name follows them; the day is
// the occasion's own or its eve, as after dateCelebrates. It returns the
// index of the occasion's name, or i: without one the clause is prose
// ("on March 20, to begin the meeting"), and "to" may join a range.
func (p *parser) datePurpose(i int) int {
	s := p.s
	if i >= len(s) || !purposeFirst(s[i]) || !p.has(layout.Day) || !p.has(layout.Month) || p.has(layout.Holiday) {
		return i
	}
	k := matchPhrases(s, i, purposeLeads[:])
	if k == i {
		return i
	}
	j := skipSpace(s, k)
	if j == k {
		return i
	}
	k = matchPhrases(s, j, purposeVerbs[:])
	if k == j {
		return i
	}
	if k = skipSpace(s, k); k >= len(s) {
		return i
	}
	if o := purposeOccasion(s, k); o >= 0 {
		return o
	}
	return i
}

// purposeOccasion returns the index of an occasion's name at s[k], or
// after at most maxPurposeBefore words of purposeBefore, as a verb of
// purposeVerbs puts them before it; or -1.
func purposeOccasion(s string, k int) int {
	var buf [maxOccasions]int
	for n := 0; ; n++ {
		if idx, _, _ := occasionList(buf[:0], s, k); len(idx) > 0 {
			return k // the name first: "to celebrate the Festival of Lights"
		}
		e := matchPhrases(s, k, purposeBefore[:])
		j := skipSpace(s, e)
		if n == maxPurposeBefore || e == k || j == e {
			return -1
		}
		k = j
	}
}
