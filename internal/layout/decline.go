package layout

import (
	"strings"
	"unicode/utf8"
)

// A Declension is the form a weekday's name takes in a sentence, where
// CLDR gives the name alone: the Slavic languages write "on Wednesday" in
// the accusative ("в среду", "w środę") and "from Wednesday('s evening)"
// in the genitive ("с вечера среды", "od srede"), Hungarian "on" with a
// case ending ("hétfőn"), Swedish the day in its definite form
// ("lördagen den 4 februari"), Finnish a heading's weekday in the
// nominative where CLDR writes the essive ("tiistai 26. maaliskuuta"),
// and Estonian and Finnish the day a date falls on in the allative
// ("langes 27. jaanuar laupäevale", "osui lauantaille"). A
// layout written from such a dateline writes every weekday so, where it
// wrote the other days in CLDR's form ("в пятница", "з вечора понеділок").
type Declension uint8

// The declensions of a weekday's name.
const (
	Nominative  Declension = iota // CLDR's own form
	Accusative                    // в среду, u sredu, w środę
	Genitive                      // с вечера среды, з вечора середи, od srede, od środy, μεσημέρι Κυριακής
	Superessive                   // Hungarian's "on": hétfőn, kedden
	Definite                      // Swedish: lördagen
	Undeclined                    // Finnish's nominative, where CLDR writes the essive: lauantai
	Allative                      // Estonian's and Finnish's "onto", after "falls": laupäevale, lauantaille
	numDeclensions
)

// DeclinedWeekday returns weekday w (0 is Sunday) of language l in
// declension d, or "" where the language does not decline its name so, or
// declines it alike (вторник is its own accusative). The names are made
// once (declinedWeekdays): the reader asks at each weekday it reads, and
// a layout at each one it writes, which allocate nothing.
func (l Lang) DeclinedWeekday(w int, d Declension) string {
	if l >= numLangs || w < 0 || w > 6 || d >= numDeclensions {
		return ""
	}
	return declinedWeekdays[l][d][w]
}

// declinedWeekdays holds DeclinedWeekday's names, by language, declension
// and weekday.
var declinedWeekdays = func() (t [numLangs][numDeclensions][7]string) {
	for l := range t {
		for d := range t[l] {
			for w := range t[l][d] {
				t[l][d][w] = declineWeekday(Lang(l), w, Declension(d))
			}
		}
	}
	return t
}()

// declineWeekday makes DeclinedWeekday's name.
func declineWeekday(l Lang, w int, d Declension) string {
	name := l.WeekdayName(w, Long)
	var n string
	switch {
	case d == Accusative && slavic(l):
		n = accusative(l, name)
	case d == Accusative && l == Lithuanian:
		// "on Friday": penktadienis, penktadienį.
		n = strings.TrimSuffix(name, "is") + "į"
	case d == Accusative && l == Latvian:
		// "on Sunday", the adverb an event's line starts with:
		// svētdiena, "Svētdien, 12. martā pl. 15.00".
		n = strings.TrimSuffix(name, "a")
	case d == Accusative && l == Estonian:
		// "on Thursday", in the adessive: neljapäev, "neljapäeval, 27.
		// jaanuaril"; reede, reedel.
		n = estonianOn(name)
	case d == Genitive && (l == Russian || l == Ukrainian || l == Belarusian):
		n = eastSlavicGenitive(l, name)
	case d == Genitive && (l == Serbian || l == Croatian || l == SerbianCyrillic):
		n = serbianGenitive(name)
	case d == Genitive && l == Polish:
		n = polishGenitive(name)
	case d == Genitive && (l == Czech || l == Slovak):
		n = westSlavicGenitive(name)
	case d == Genitive && l == Greek:
		n = greekGenitive[w]
	case d == Superessive && l == Hungarian:
		n = hungarianOn[w]
	case d == Definite && l == Swedish:
		n = name + "en"
	case d == Undeclined && l == Finnish:
		n = strings.TrimSuffix(name, "na")
	case d == Allative && l == Estonian:
		// "onto Saturday", on the adessive's stem: laupäeval,
		// laupäevale; reedel, reedele.
		if on := estonianOn(name); on != "" {
			n = on + "e"
		}
	case d == Allative && l == Finnish:
		n = finnishOnto(strings.TrimSuffix(name, "na"))
	}
	if n == name {
		return ""
	}
	return n
}

// Declines reports whether language l writes some weekday otherwise in
// declension d than CLDR does.
func (l Lang) Declines(d Declension) bool {
	for w := range 7 {
		if l.DeclinedWeekday(w, d) != "" {
			return true
		}
	}
	return false
}

// slavic reports whether l is a Slavic language whose feminine weekdays
// take an accusative after "on".
func slavic(l Lang) bool {
	switch l {
	case Russian, Ukrainian, Belarusian, Serbian, Czech, Polish, Slovak, Croatian, SerbianCyrillic, Slovenian:
		return true
	}
	return false
}

// estonianOn returns the adessive of an Estonian weekday name, "on" that
// day: the -päev names with -al (laupäev, laupäeval), reede with -l.
func estonianOn(name string) string {
	switch {
	case strings.HasSuffix(name, "päev"):
		return name + "al"
	case strings.HasSuffix(name, "e"):
		return name + "l"
	}
	return ""
}

// finnishOnto returns the allative of a Finnish weekday's nominative,
// the day a date falls on ("osuu lauantaille"): the name with -lle, and
// keskiviikko's double k made single as the ending closes its syllable
// (keskiviikolle).
func finnishOnto(name string) string {
	if stem, ok := strings.CutSuffix(name, "kko"); ok {
		name = stem + "ko"
	}
	return name + "lle"
}

// hungarianOn are Hungarian's weekdays with the case ending that says
// "on", as a date after its day writes them: "13-án, csütörtökön".
var hungarianOn = [7]string{"vasárnap", "hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton"}

// greekGenitive are Greek's weekdays in the genitive, as a time of the
// day before them writes them: "μεσημέρι Κυριακής 9 Δεκεμβρίου" (the
// midday of Sunday 9 December), "το πρωί της Τρίτης".
var greekGenitive = [7]string{"Κυριακής", "Δευτέρας", "Τρίτης", "Τετάρτης", "Πέμπτης", "Παρασκευής", "Σαββάτου"}

// accusative returns the accusative of a feminine weekday name of a
// Slavic language, as a date after "on" writes it (sobota, sobotu; среда,
// среду; п'ятниця, п'ятницю; sobota, sobotę; Slovenian's sobota, soboto;
// Czech's neděle, neděli), or "" for another name.
func accusative(l Lang, name string) string {
	r, n := utf8.DecodeLastRuneInString(name)
	stem := name[:len(name)-n]
	switch {
	case l == Polish && r == 'a':
		return stem + "ę"
	case l == Slovenian && r == 'a':
		return stem + "o" // v sredo, v soboto, v nedeljo
	case l == Czech && r == 'e':
		return stem + "i" // v neděli: Czech's one weekday that ends in -e
	case r == 'a':
		return stem + "u"
	case r == 'а':
		return stem + "у"
	case r == 'я':
		return stem + "ю"
	}
	return ""
}

// eastSlavicGenitive returns the genitive of a Russian, Ukrainian or
// Belarusian weekday name: a feminine name's -а as Russian's and
// Belarusian's -ы (среда, среды; серада, серады) or Ukrainian -и (середа,
// середи), its -я as Ukrainian's and Belarusian's -і (неділя, неділі;
// нядзеля, нядзелі), a neuter -е as -я (воскресенье, воскресенья),
// Ukrainian's -ок and Belarusian's -ак as -ка (понеділок, понеділка;
// панядзелак, панядзелка), and a name that ends in another consonant
// with -а (вторник, вторника), or Ukrainian's -га (четвер, четверга),
// and Belarusian's чацвер, whose е turns я (чацвярга).
func eastSlavicGenitive(l Lang, name string) string {
	r, n := utf8.DecodeLastRuneInString(name)
	stem := name[:len(name)-n]
	switch {
	case r == 'а' && (l == Russian || l == Belarusian):
		return stem + "ы"
	case r == 'а':
		return stem + "и"
	case r == 'я' && (l == Ukrainian || l == Belarusian):
		return stem + "і"
	case r == 'е':
		return stem + "я"
	case strings.HasSuffix(name, "ок"):
		return strings.TrimSuffix(name, "ок") + "ка"
	case l == Belarusian && strings.HasSuffix(name, "ак"):
		return strings.TrimSuffix(name, "ак") + "ка"
	case l == Belarusian && name == "чацвер":
		return "чацвярга"
	case l == Ukrainian:
		return name + "га"
	}
	return name + "а"
}

// polishGenitive returns the genitive of a Polish weekday name, as a
// range after "od" (from) and "do" (until) or a night after "ze" writes
// it ("od środy 9 do czwartku 10 maja", "w nocy ze środy na czwartek"):
// a masculine name's -ek as -ku (poniedziałek, poniedziałku; czwartek,
// czwartku), a feminine name's -la as -li (niedziela, niedzieli) and
// its other -a as -y (środa, środy; sobota, soboty).
func polishGenitive(name string) string {
	switch {
	case strings.HasSuffix(name, "ek"):
		return strings.TrimSuffix(name, "ek") + "ku"
	case strings.HasSuffix(name, "la"):
		return strings.TrimSuffix(name, "a") + "i"
	case strings.HasSuffix(name, "a"):
		return strings.TrimSuffix(name, "a") + "y"
	}
	return ""
}

// westSlavicGenitive returns the genitive of a Czech or Slovak weekday
// name, as a range after "od" (from) and "do" (until) writes it ("od
// úterý 4. října do středy 5. října", "od utorka 4. októbra do stredy 5.
// októbra"): a feminine name's -a as -y (středa, středy; sobota, soboty),
// Slovak's -ľa as -le (nedeľa, nedele), Czech's pátek as pátku and its
// other -ek as -ka (čtvrtek, čtvrtka), Slovak's -ok as -ka (utorok,
// utorka). Czech's neděle, pondělí and úterý do not change.
func westSlavicGenitive(name string) string {
	switch {
	case name == "pátek":
		return "pátku"
	case strings.HasSuffix(name, "ľa"):
		return strings.TrimSuffix(name, "ľa") + "le"
	case strings.HasSuffix(name, "a"):
		return strings.TrimSuffix(name, "a") + "y"
	case strings.HasSuffix(name, "ek"), strings.HasSuffix(name, "ok"):
		return name[:len(name)-2] + "ka"
	}
	return ""
}

// serbianGenitive returns the genitive of a Serbian weekday name, as a
// date after "od" (from) or "do" (until) writes it: a feminine name's -a
// as -e (nedelja, nedelje; sreda, srede), a masculine name's -ak as -ka
// (ponedeljak, ponedeljka; petak, petka), in either alphabet (недеља,
// недеље; петак, петка).
func serbianGenitive(name string) string {
	switch {
	case strings.HasSuffix(name, "ak"):
		return name[:len(name)-2] + "ka"
	case strings.HasSuffix(name, "a"):
		return name[:len(name)-1] + "e"
	case strings.HasSuffix(name, "ак"):
		return strings.TrimSuffix(name, "ак") + "ка"
	case strings.HasSuffix(name, "а"):
		return strings.TrimSuffix(name, "а") + "е"
	}
	return ""
}
