package hebrew

import (
	"strings"

	hlocales "github.com/hebcal/hebcal-go/locales"

	"github.com/dualdate/dualdate/internal/script"
)

// The families of hebcal-go's locales beyond English, Ashkenazi and Hebrew:
// their month names are hebcal's translations, read from its locales
// package when the package starts, so that they follow hebcal-go's
// version; their occasions are named in that locale.

// familyLocales is the hebcal locale of each family.
var familyLocales = [numFamilies]string{
	Hebcal: "en", Sephardi: "en", Academic: "en", Ashkenazi: "ashkenazi",
	Hebrew: "he-x-NoNikud", Niqqud: "he",
	French: "fr", Russian: "ru", Spanish: "es", German: "de", Portuguese: "pt",
	Polish: "pl", Hungarian: "hu", Dutch: "nl", Romanian: "ro", Finnish: "fi",
	Ukrainian: "uk", Yiddish: "yi", RussianGenitive: "ru", UkrainianGenitive: "uk",
	AshkenaziKomatz: "ashkenazi_komatz", Litvish: "ashkenazi_litvish", Poylish: "ashkenazi_poylish",
	AshkenaziRomanian: "ashkenazi_romanian", AshkenaziStandard: "ashkenazi_standard",
}

// Locale returns the hebcal-go locale whose names the family writes: "en"
// for Hebcal, Sephardi and Academic, "ashkenazi", "he-x-NoNikud" for
// Hebrew, "he" for Niqqud, "fr", "ru" (for Russian and RussianGenitive),
// "ashkenazi_litvish" and so on; "" for a family out of range.
func (f Family) Locale() string {
	if f < numFamilies {
		return familyLocales[f]
	}
	return ""
}

// FamilyOf returns the family that writes hebcal-go locale locale's month
// names ("fr", "ru", "ashkenazi_poylish", "he"; any letter case), and
// whether there is one. "en" and "sephardic" give Hebcal.
func FamilyOf(locale string) (Family, bool) {
	l := strings.ToLower(locale)
	switch l {
	case "en", "sephardic", "":
		return Hebcal, true
	case "he-x-nonikud":
		return Hebrew, true
	}
	for f, loc := range familyLocales {
		if strings.ToLower(loc) == l {
			return Family(f), true
		}
	}
	return 0, false
}

// hebcalMonthKeys are hebcal's English month names, the keys of its
// translations, in month order Nisan ... Adar.
var hebcalMonthKeys = [12]string{"Nisan", "Iyyar", "Sivan", "Tamuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Sh'vat", "Adar"}

// A localeFamily is how a locale's family writes the months, and its own
// Adar style.
type localeFamily struct {
	months [12]string
	adar   AdarStyle
}

// localeFamilies holds the families after Niqqud, built from hebcal-go's
// translations before the package's init functions run.
var localeFamilies = func() (t [numFamilies]localeFamily) {
	for f := Niqqud + 1; f < numFamilies; f++ {
		loc := familyLocales[f]
		lf := &t[f]
		for i, k := range hebcalMonthKeys {
			w, ok := hlocales.LookupTranslation(k, loc)
			if !ok || w == "" {
				// Not translated: hebcal's English, as this package
				// writes it (Tammuz).
				w = familyTable[Hebcal][i]
			}
			lf.months[i] = w
		}
		lf.adar = AdarRoman
		if f.IsHebrew() {
			lf.adar = AdarLetter
		}
		if w, ok := hlocales.LookupTranslation("Adar I", loc); ok && strings.HasPrefix(w, lf.months[Adar-1]+" ") {
			q := keyOf(w[len(lf.months[Adar-1])+1:], true)
			for st := AdarRoman; st < numAdarStyles; st++ {
				if adarStyles[st].i != "" && keyOf(adarStyles[st].i, true) == q && adarStyles[st].hebrew == f.IsHebrew() {
					lf.adar = st
					ii, _ := hlocales.LookupTranslation("Adar II", loc)
					if strings.HasSuffix(ii, " "+adarStyles[st].ii) {
						break // the first style that writes both as the locale does
					}
				}
			}
		}
		if base, ok := genitiveOf[f]; ok {
			for i, w := range t[base].months {
				lf.months[i] = genitive(w)
			}
			lf.adar = t[base].adar
		}
	}
	return t
}()

// genitiveOf gives the family each genitive family inflects.
var genitiveOf = map[Family]Family{RussianGenitive: Russian, UkrainianGenitive: Ukrainian}

// genitive returns the genitive of a Russian or Ukrainian month name, in
// lower case, as a date writes it: "1 тишрея", "22 адара". Every Hebrew
// month's name is a masculine noun of the second declension: a final -й
// or -ь becomes -я, and -а follows a final consonant.
func genitive(w string) string {
	w = strings.Map(script.FoldCase, w)
	switch {
	case strings.HasSuffix(w, "й"), strings.HasSuffix(w, "ь"):
		return w[:len(w)-len("й")] + "я"
	}
	return w + "а"
}

// localeVariants are other spellings of the locales' months that pages
// print, read and written back only where a layout saw them: the Russian
// "Элуль" of older texts and its genitive, the French Tichri and Elloul
// (fr.chabad.org, madacentre.com, hassidout.org) and Téveth, Tamouz and
// Héshvan (French community pages: "1 Téveth 5783", "21 Tamouz 5767", "4
// HÉSHVAN 5780"), the older French transcription's Thichri, Tèbheth and
// Nissâne, with th for tav and a circumflex on a long vowel, as French
// translations of Alsatian epitaphs print them ("enterré ... le jeudi 25
// Thichri 5658", "la veille du Sabbat 16 Tèbheth 693", "le 11 Nissâne
// 569": judaisme-alsalor.fr's rabbis of Haguenau, seen by the 280th
// held-out round, where the first was not found), the Ukrainian Гешван
// (chabad.odessa.ua: "14 гешвана 5585 року"), the Hungarian Tisri, and
// the Dutch Niesan and Siewan of the Amsterdam community's newsletters
// (nihs.nl: "27 maart / 14 niesan", "30 siewan 5781") and the Dutch
// spellings CLDR's nl gives and Dutch pages print where hebcal-go's nl
// locale has others (Tisjrie, Chesjwan, Marchesjwan, Sjewat, Elloel:
// "ELLOEL 5781 TISJRI 5782", centrumvoorisraelstudies.nl; "De maand
// Elloel", a Pijnacker church's page; "de joodse maand sjewat"), and the Polish
// spelling of the months with sz (Tiszri, Cheszwan, Szwat), whose other
// months Polish pages write as German's (Kislew, Tewet, Ijar, Siwan, Aw)
// or hebcal's (Nisan, Tamuz, Adar, Elul) do, while hebcal-go's pl
// locale keeps its English names ("1 TISZRI 5773", "10 Szwat 5784"),
// and the Brazilian Tshirei, Tishrei with its s and h written before the
// i, which is no one-letter slip MatchSlip would read ("No calendário
// judaico ... a data é 10 de tshirei de 5779", Folha de Pernambuco,
// incoming.tsv, was not found).
var localeVariants = []entry{
	{word: "Niesan", month: Nisan, family: Dutch},
	{word: "Siewan", month: Sivan, family: Dutch},
	{word: "Tisjrie", month: Tishrei, family: Dutch},
	{word: "Chesjwan", month: Cheshvan, family: Dutch},
	{word: "Marchesjwan", month: Cheshvan, family: Dutch},
	{word: "Sjewat", month: Shevat, family: Dutch},
	{word: "Elloel", month: Elul, family: Dutch},
	{word: "Téveth", month: Tevet, family: French},
	{word: "Tamouz", month: Tammuz, family: French},
	{word: "Héshvan", month: Cheshvan, family: French},
	{word: "Tichri", month: Tishrei, family: French},
	{word: "Elloul", month: Elul, family: French},
	{word: "Thichri", month: Tishrei, family: French},
	{word: "Tèbheth", month: Tevet, family: French},
	{word: "Nissâne", month: Nisan, family: French},
	{word: "Гешван", month: Cheshvan, family: Ukrainian},
	{word: "гешвана", month: Cheshvan, family: UkrainianGenitive},
	{word: "Tisri", month: Tishrei, family: Hungarian},
	{word: "Tischri", month: Tishrei, family: German}, // Duden's, and German community pages' (9. Tischri 5778)
	{word: "Элуль", month: Elul, family: Russian},
	{word: "элуля", month: Elul, family: RussianGenitive},
	{word: "Тишри", month: Tishrei, family: Russian},
	{word: "Tiszri", month: Tishrei, family: Polish},
	{word: "Tiszrei", month: Tishrei, family: Polish},
	{word: "Cheszwan", month: Cheshvan, family: Polish},
	{word: "Marcheszwan", month: Cheshvan, family: Polish},
	{word: "Szwat", month: Shevat, family: Polish},
	{word: "Szewat", month: Shevat, family: Polish},
	{word: "Tshirei", month: Tishrei, family: Portuguese},
	// Arabic's, as Israeli Arabic news and Arabic pages on the festivals
	// write the months ("29 من أيلول 5785 – 2 من تشري 5786", FAU's
	// BaFID calendar), in hebcal's family, as Arabic has no hebcal
	// locale. نيسان, أيار, تموز, آب, أيلول, شباط and آذار are the
	// Levantine names of April ... September, February and March too: a
	// four-digit civil year after one is year-unlikely, as for Turkish's
	// Nisan, rather than read as either calendar without a word.
	{word: "تشري", month: Tishrei, family: Hebcal},
	{word: "تشريه", month: Tishrei, family: Hebcal},
	{word: "حشفان", month: Cheshvan, family: Hebcal},
	{word: "مرحشفان", month: Cheshvan, family: Hebcal},
	{word: "كسليف", month: Kislev, family: Hebcal},
	{word: "طيفت", month: Tevet, family: Hebcal},
	{word: "طيبت", month: Tevet, family: Hebcal},
	{word: "شباط", month: Shevat, family: Hebcal},
	{word: "شفاط", month: Shevat, family: Hebcal},
	{word: "آذار", month: Adar, family: Hebcal},
	{word: "أدار", month: Adar, family: Hebcal},
	{word: "نيسان", month: Nisan, family: Hebcal},
	{word: "أيار", month: Iyyar, family: Hebcal},
	{word: "إيار", month: Iyyar, family: Hebcal},
	{word: "سيفان", month: Sivan, family: Hebcal},
	{word: "تموز", month: Tammuz, family: Hebcal},
	{word: "آب", month: Av, family: Hebcal},
	{word: "أيلول", month: Elul, family: Hebcal},
	{word: "إيلول", month: Elul, family: Hebcal},
}

// As returns the spelling in family g, if g writes month m as sp does
// (the same word, in any letter case), and true; or sp and false. A
// dateline's language settles so the family of a name several families
// share: Tevet is Hebcal's and Polish, тевета Russian and Ukrainian.
func (sp Spelling) As(g Family, m Month) (Spelling, bool) {
	f := sp.Family
	if g >= numFamilies || f >= numFamilies || m < Nisan || m > AdarII {
		return sp, false
	}
	if m == AdarII {
		m = Adar
	}
	read := spellings[familyWord[f][m]].exact
	if v := int(sp.variant) - 1; v >= 0 && v < len(spellings) {
		if spellings[v].month != m {
			return sp, false // Ve'adar
		}
		read = spellings[v].exact // Kislew, a variant of Academic's, and German's own
	}
	if read != spellings[familyWord[g][m]].exact || f.IsHebrew() != g.IsHebrew() {
		return sp, false
	}
	sp.variant = 0
	if sp.Adar != AdarDefault && sp.Adar != defaultAdar[g] && defaultAdar[f] == sp.Adar {
		sp.Adar = defaultAdar[g]
	}
	sp.Family = g
	return sp, true
}
