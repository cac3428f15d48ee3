package hebrew

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/gematria"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/internal/words"
)

// A Family is a way of spelling the month names, chosen by the word a layout
// uses for its month (see [MatchMonth]). Each family writes every month one
// way and has its own way of telling the two Adars of a leap year apart.
type Family uint8

const (
	// Hebcal is hebcal's English: Tishrei, Cheshvan, Kislev, Tevet, Sh'vat,
	// Adar (Adar I, Adar II), Nisan, Iyyar, Sivan, Tammuz, Av, Elul.
	Hebcal Family = iota
	// Sephardi is the spelling of chabad.org and most Israeli and American
	// sites: as Hebcal, but Shevat and Iyar.
	Sephardi
	// Ashkenazi writes Teves, Shevat, Iyar, and Adar Rishon and Adar Sheni.
	Ashkenazi
	// Academic is the spelling of encyclopedias and some newspapers:
	// Tishri, Heshvan, Kislev, Tevet, Shevat, Adar, Nissan, Iyar, Sivan,
	// Tammuz, Av, Elul.
	Academic
	// Hebrew is Hebrew script without points: תשרי, חשון, ..., אדר א׳,
	// אדר ב׳.
	Hebrew
	// Niqqud is Hebrew script with vowel points: תִּשְׁרֵי, חֶשְׁוָן, ....
	Niqqud

	// The families of hebcal-go's other locales (see locales.go): each
	// writes the months as the locale translates them (Eloul, Tévet,
	// Тишрей, Ádár), and hebcal's English spelling where it does not, and
	// names occasions in that locale.
	French     // fr: Nissan, Iyar, Sivan, Tammouz, Av, Eloul, Tishrei, H̲echvan, Kislav, Tévet, Chevat, Adar
	Russian    // ru: Тишрей, Хешван, Кислев, Тевет, Шват, Адар, Нисан, Ияр, Сиван, Тамуз, Ав, Элул
	Spanish    // es: Jeshvan, Nisán, Iyar; hebcal's English otherwise
	German     // de: Tischri, Cheschwan, Kislew, Tewet, Schwat, Nissan, Ijar, Siwan, Tammus, Aw
	Portuguese // pt: Shvat, Iyar; hebcal's English otherwise
	Polish     // pl: hebcal's English month names, Polish occasions
	Hungarian  // hu: Niszán, Ijár, Sziván, Támuz, Áv, Elul, Tishrei, Chesván, Kiszlév, Tévét, Svát, Ádár
	Dutch      // nl: Tisjri, Chesjvan, Kislew, Sjevat, Ijar, Tammoez, Eloel
	Romanian   // ro: Tişrei, Ĥeşvan, Chislev, Şâvat, Aiar
	Finnish    // fi: Shvat, Ijar; hebcal's English otherwise
	Ukrainian  // uk: Тішрей, Хешван, Кіслев, Тевет, Шват, Адар, Нісан, Іяр, Сіван, Тамуз, Ав, Елул
	Yiddish    // yi: Hebrew script, חשוון, סיוון
	// RussianGenitive and UkrainianGenitive write the Russian and
	// Ukrainian names as a date inflects them, in lower case: "1 тишрея",
	// "22 адара I", "9 елула" (the nominative's -й and -ь become -я, and
	// -а follows a final consonant).
	RussianGenitive
	UkrainianGenitive
	AshkenaziKomatz   // ashkenazi_komatz: Nison, Iyyor, Sivon, Ov, Cheshvon, Teives, Shvot, Ador
	Litvish           // ashkenazi_litvish: Nison, Iyyor, Sivon, Ov, Cheshvon, Teyves, Shvat, Odor (Odor Aleph, Odor Beis)
	Poylish           // ashkenazi_poylish: as Litvish, with Poylish occasions
	AshkenaziRomanian // ashkenazi_romanian: Tişrei, Ĥeşvon, Chislev, Teives, Şvat, Odor (Odor Alef, Odor Beis), Nison, Aior, Sivon, Ov
	AshkenaziStandard // ashkenazi_standard: Teives, Shvat

	numFamilies
)

var familyNames = [numFamilies]string{"Hebcal", "Sephardi", "Ashkenazi", "Academic", "Hebrew", "Niqqud",
	"French", "Russian", "Spanish", "German", "Portuguese", "Polish", "Hungarian", "Dutch", "Romanian",
	"Finnish", "Ukrainian", "Yiddish", "RussianGenitive", "UkrainianGenitive",
	"AshkenaziKomatz", "Litvish", "Poylish", "AshkenaziRomanian", "AshkenaziStandard"}

// String returns the family's name ("Hebcal", "Hebrew", ...).
func (f Family) String() string {
	if f < numFamilies {
		return familyNames[f]
	}
	return "%!Family(" + strconv.Itoa(int(f)) + ")"
}

// IsHebrew reports whether the family writes Hebrew script.
func (f Family) IsHebrew() bool { return f == Hebrew || f == Niqqud || f == Yiddish }

// An AdarStyle is a way of telling Adar I from Adar II.
type AdarStyle uint8

const (
	// AdarDefault is the family's own style: Roman for Hebcal, Sephardi and
	// Academic, Rishon for Ashkenazi, Letter for Hebrew and Niqqud.
	AdarDefault     AdarStyle = iota
	AdarRoman                 // Adar I, Adar II
	AdarDigit                 // Adar 1, Adar 2
	AdarAleph                 // Adar Aleph, Adar Bet
	AdarAlef                  // Adar Alef, Adar Bet
	AdarBeis                  // Adar Aleph, Adar Beis
	AdarRishon                // Adar Rishon, Adar Sheni
	AdarSheini                // Adar Rishon, Adar Sheini
	AdarVeadar                // Adar Rishon, Ve'adar
	AdarLetter                // אדר א׳, אדר ב׳
	AdarLetterASCII           // אדר א', אדר ב'
	AdarLetterBare            // אדר א, אדר ב
	AdarWord                  // אדר ראשון, אדר שני
	AdarVav                   // אדר ראשון, ואדר
	// AdarPlain writes both Adars of a leap year as plain Adar (אדר), as
	// sites that leave the reader to tell them apart do.
	AdarPlain
	AdarAlefBeis // Adar Alef, Adar Beis (hebcal's Ashkenazi Romanian: Odor Alef)
	// AdarRomanBefore writes the ordinal before the name, with its
	// point, as Hungarian calendars do: I. Ádár, II. Ádár.
	AdarRomanBefore
	// AdarOrdinalBefore writes English's ordinal word before the name,
	// as pages say it: the First Adar, the Second Adar.
	AdarOrdinalBefore
	// AdarItalian writes Italian's ordinal words after the name: Adar
	// primo, Adar secondo.
	AdarItalian
	// AdarArticle writes Hebrew's ordinal words with their article, as
	// formal Hebrew names the two: אדר הראשון, אדר השני ("כ״ב באדר
	// הראשון תשפ״ד").
	AdarArticle
	// AdarLatinLetter writes the Hebrew letters' order as the Latin
	// capitals A and B, as English pages transliterate אדר א׳ and אדר ב׳:
	// Adar A, Adar B.
	AdarLatinLetter
	// AdarArabic writes Arabic's ordinals after the name, as Arabic pages
	// on the Jewish calendar name the two: آذار الأول, آذار الثاني.
	AdarArabic

	numAdarStyles
)

// adarStyles holds, for each style, whether it is written in Hebrew script
// and the words that follow the family's "Adar" for Adar I and Adar II. An
// Adar II word that starts with '+' replaces the whole name.
var adarStyles = [numAdarStyles]struct {
	hebrew bool
	i, ii  string
}{
	AdarRoman:         {false, "I", "II"},
	AdarDigit:         {false, "1", "2"},
	AdarAleph:         {false, "Aleph", "Bet"},
	AdarAlef:          {false, "Alef", "Bet"},
	AdarBeis:          {false, "Aleph", "Beis"},
	AdarRishon:        {false, "Rishon", "Sheni"},
	AdarSheini:        {false, "Rishon", "Sheini"},
	AdarVeadar:        {false, "Rishon", "+Ve'adar"},
	AdarLetter:        {true, "א׳", "ב׳"},
	AdarLetterASCII:   {true, "א'", "ב'"},
	AdarLetterBare:    {true, "א", "ב"},
	AdarWord:          {true, "ראשון", "שני"},
	AdarVav:           {true, "ראשון", "+ואדר"},
	AdarAlefBeis:      {false, "Alef", "Beis"},
	AdarRomanBefore:   {false, "I.", "II."},
	AdarOrdinalBefore: {false, "First", "Second"},
	AdarItalian:       {false, "primo", "secondo"},
	AdarArticle:       {true, "הראשון", "השני"},
	AdarLatinLetter:   {false, "A", "B"},
	AdarArabic:        {false, "الأول", "الثاني"},
}

// A Spelling says how to write a month name: the family, how to tell the
// Adars apart, and whether a Hebrew name takes the prefix ב ("of", as in
// כ״ב באדר). The zero Spelling is hebcal's English.
type Spelling struct {
	Family Family
	Adar   AdarStyle
	Prefix bool // Hebrew script only: write בשבט for שבט

	// variant, if not 0, is the index+1 of a spelling in the table that a
	// layout saw for one month (Nissan, Tamuz), written for that month in
	// place of the family's own.
	variant uint16
}

// A MonthName is what [MatchMonth] read: which month, how it was spelt, and
// how much of the text it took.
type MonthName struct {
	Month    Month    // Adar for an unqualified Adar and for Adar I; AdarII
	Spelling Spelling // the family and Adar style the name was written in
	// Qualified reports whether an Adar was written with a qualifier
	// (Adar I, Adar 2, אדר ב׳, Ve'adar). An unqualified Adar names the only
	// Adar of a common year and is ambiguous in a leap year.
	Qualified bool
	// Len is the number of bytes the name took, qualifier included.
	Len int
	// BaseLen is the length of the name without an Adar qualifier written
	// with a digit ("Adar 1"), for readers that find the digit was a day of
	// the month (as in "Adar 1, 5784"); otherwise it equals Len.
	BaseLen int
}

// entry is one spelling of a month: its key (folded by script.Fold: lower
// case, Latin letters without their diacritics, Hebrew without points; a
// space matches any run of spaces or hyphens, an apostrophe any
// apostrophe), its exact key (lower case only, diacritics kept: tévet),
// the name as a layout writes it, and the family it implies.
type entry struct {
	key, exact, word string
	month            Month
	family           Family
}

// spellings lists every spelling the lookup reads. The first entry of each
// family for each month is how that family writes it; the others are read,
// and written only when a layout saw them. A family's own spellings come
// before the variants attributed to it.
var spellings = []entry{}

// familyWord[f][m] is the index in spellings of how family f writes month m
// (month 12 as the unqualified Adar; AdarII uses the Adar word with the
// style's qualifier).
var familyWord [numFamilies][AdarII + 1]int

// The families' own spellings, in month order Nisan ... Adar.
var familyTable = [Niqqud + 1][12]string{
	Hebcal:    {"Nisan", "Iyyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Sh'vat", "Adar"},
	Sephardi:  {"Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Shevat", "Adar"},
	Ashkenazi: {"Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Teves", "Shevat", "Adar"},
	Academic:  {"Nissan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishri", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar"},
	Hebrew:    {"ניסן", "אייר", "סיון", "תמוז", "אב", "אלול", "תשרי", "חשון", "כסלו", "טבת", "שבט", "אדר"},
	Niqqud:    {"נִיסָן", "אִיָּר", "סִיוָן", "תַּמּוּז", "אָב", "אֱלוּל", "תִּשְׁרֵי", "חֶשְׁוָן", "כִּסְלֵו", "טֵבֵת", "שְׁבָט", "אֲדָר"},
}

// defaultAdar is each family's own Adar style; a locale's, from how it
// translates Adar I (see locales.go).
var defaultAdar = func() (d [numFamilies]AdarStyle) {
	copy(d[:], []AdarStyle{AdarRoman, AdarRoman, AdarRishon, AdarRoman, AdarLetter, AdarLetter})
	for f := Niqqud + 1; f < numFamilies; f++ {
		d[f] = localeFamilies[f].adar
	}
	return d
}()

// variants are the other spellings read, each attributed to the family that
// writes the rest of its months most like it. No two spellings share a key:
// the lookup folds case, hyphens and niqqud, so Menachem-Av is read as the
// entry Menachem Av, and a family's own word (Iyar, Teves, Sh'vat) is
// never listed again as another family's variant. The Niqqud family's words
// are keyed as the unpointed Hebrew words they fold to; a Hebrew-script
// name read with points is reported as Niqqud, without them as Hebrew.
var variants = []entry{
	{word: "Nisson", month: Nisan, family: Ashkenazi},
	{word: "Sivon", month: Sivan, family: Ashkenazi},
	{word: "Tamuz", month: Tammuz, family: Sephardi},
	{word: "Ellul", month: Elul, family: Sephardi}, // 26th of the Hebrew month of Ellul 5785
	{word: "Tamus", month: Tammuz, family: Ashkenazi},
	{word: "Menachem Av", month: Av, family: Sephardi},
	{word: "Menachem Ab", month: Av, family: Academic},
	{word: "Ab", month: Av, family: Academic},
	{word: "Tishre", month: Tishrei, family: Sephardi},
	{word: "Tishrey", month: Tishrei, family: Sephardi},
	{word: "Hesvan", month: Cheshvan, family: Academic},
	{word: "Chesvan", month: Cheshvan, family: Sephardi},
	{word: "Cheshvon", month: Cheshvan, family: Ashkenazi},
	{word: "Kheshvan", month: Cheshvan, family: Academic},
	{word: "Marcheshvan", month: Cheshvan, family: Sephardi},
	{word: "Mar Cheshvan", month: Cheshvan, family: Sephardi},
	{word: "Marheshvan", month: Cheshvan, family: Academic},
	{word: "Mar Heshvan", month: Cheshvan, family: Academic},
	// The scholarly transliteration with š and w (and a dot under the
	// Ḥ and the Ṭ, which the lookup folds away): "m. 11 Ḥešwan 5356, 14
	// ottobre 1595" heads an epitaph in a book on Ferrara's Jewish
	// cemeteries (museoferrara.it), whose other months are Siwan, Nisan
	// and Adar I; its Shevat is Šewaṭ, and Šebaṭ the same school's with b.
	{word: "Ḥešwan", month: Cheshvan, family: Academic},
	{word: "Marḥešwan", month: Cheshvan, family: Academic},
	{word: "Kislew", month: Kislev, family: Academic},
	{word: "Kislef", month: Kislev, family: Ashkenazi},
	{word: "Teveth", month: Tevet, family: Academic},
	{word: "Tebet", month: Tevet, family: Academic},
	{word: "Tebeth", month: Tevet, family: Academic},
	{word: "Shvat", month: Shevat, family: Sephardi},
	{word: "Shebat", month: Shevat, family: Academic},
	{word: "Šewaṭ", month: Shevat, family: Academic},
	{word: "Šebaṭ", month: Shevat, family: Academic},
	{word: "Ve'adar", month: AdarII, family: Hebcal},
	{word: "Veadar", month: AdarII, family: Hebcal},
	{word: "Ve Adar", month: AdarII, family: Hebcal},
	{word: "Vadar", month: AdarII, family: Hebcal},
	{word: "איר", month: Iyyar, family: Hebrew},
	{word: "סיוון", month: Sivan, family: Hebrew},
	{word: "מנחם אב", month: Av, family: Hebrew},
	{word: "חשוון", month: Cheshvan, family: Hebrew},
	{word: "מרחשון", month: Cheshvan, family: Hebrew},
	{word: "מרחשוון", month: Cheshvan, family: Hebrew},
	{word: "מר חשון", month: Cheshvan, family: Hebrew},
	{word: "מר חשוון", month: Cheshvan, family: Hebrew},
	{word: "כסליו", month: Kislev, family: Hebrew},
	{word: "ואדר", month: AdarII, family: Hebrew},
}

// qualifiers follow "Adar" (or "אדר") to tell the two apart; second says
// which, style how the name is written.
var qualifiers = []qualifier{
	{"ii", true, AdarRoman}, {"i", false, AdarRoman},
	{"2", true, AdarDigit}, {"1", false, AdarDigit},
	{"aleph", false, AdarAleph}, {"alef", false, AdarAlef},
	{"bet", true, AdarAleph}, {"beth", true, AdarAleph}, {"beit", true, AdarAleph},
	{"beis", true, AdarBeis}, {"bais", true, AdarBeis},
	{"rishon", false, AdarRishon}, {"sheni", true, AdarRishon},
	{"sheini", true, AdarSheini}, {"sheyni", true, AdarSheini}, {"shani", true, AdarSheini},
	{"primo", false, AdarItalian}, {"secondo", true, AdarItalian},
	{"ראשון", false, AdarWord}, {"שני", true, AdarWord},
	{"א׳", false, AdarLetter}, {"ב׳", true, AdarLetter},
	{"א'", false, AdarLetterASCII}, {"ב'", true, AdarLetterASCII},
	{"іі", true, AdarRoman}, {"і", false, AdarRoman}, // Cyrillic І, as Ukrainian keyboards type it
	{"א", false, AdarLetterBare}, {"ב", true, AdarLetterBare},
	// "כ״ב באדר הראשון תשפ״ד", "Event on 22 Adar A 5784": the qualifier
	// was left unread, and so the Adar of a leap year was read as Adar
	// II, a month off, with a warning that nothing said which.
	{"הראשון", false, AdarArticle}, {"השני", true, AdarArticle},
	{"a", false, AdarLatinLetter}, {"b", true, AdarLatinLetter},
	// "22 آذار الثاني 5784" (Adar II in Arabic) was refused at its
	// qualifier, and Find read 22 Adar of another year without it. The
	// hamza may be left off the alif (الاول), and Egypt writes the final
	// ya without its dots (الثانى).
	{"الثاني", true, AdarArabic}, {"الثانى", true, AdarArabic},
	{"الأول", false, AdarArabic}, {"الاول", false, AdarArabic},
	// Rishon and Sheni as other languages transliterate them: French
	// "Adar Richon", "Adar Chéni"; German "Adar Rischon", "Adar Scheni";
	// Polish "adar riszon", "adar szeni". They were read as a bare Adar
	// (a Gregorian date beside it chose Adar II for "4 Adar Richon"
	// without a word) or refused. A layout writes them as Rishon and Sheni.
	{"richon", false, AdarRishon}, {"rischon", false, AdarRishon}, {"riszon", false, AdarRishon},
	{"cheni", true, AdarRishon}, {"scheni", true, AdarRishon}, {"szeni", true, AdarRishon},
	// Russian's and Ukrainian's ordinals after the genitive Adar: "21
	// адара первого 5784", "адара второго"; written back as Adar I and II.
	{"первого", false, AdarRoman}, {"второго", true, AdarRoman},
	{"першого", false, AdarRoman}, {"другого", true, AdarRoman},
}

type qualifier struct {
	key    string
	second bool
	style  AdarStyle
}

// asciiQualifiers[c] lists the qualifiers whose key starts with the ASCII
// byte c, in the order of qualifiers (ii before i).
var asciiQualifiers = func() (t [128][]qualifier) {
	for _, q := range qualifiers {
		if c := q.key[0]; c < 0x80 {
			t[c] = append(t[c], q)
		}
	}
	return t
}()

// buckets[c] lists the indices of spellings whose key starts with byte c
// (the lead byte of a Hebrew or Cyrillic letter is shared, so those keys
// are bucketed by their letter: see bucketOf), longest key first.
var buckets [256][]uint16

func init() {
	initSpellings()
	initWordStarts()
	initAdarQualifiers()
	initSlips()
	initBuckets()
	initASCIIWords()
	initHebrewIndex()
}

// initSpellings lists the spellings: each family's own, then the
// variants, the locales' families and their variants, and the Mar forms
// of Cheshvan.
func initSpellings() {
	add := func(e entry) int {
		e.key, e.exact = keyOf(e.word, true), keyOf(e.word, false)
		spellings = append(spellings, e)
		return len(spellings) - 1
	}
	// own returns the index of the spelling of month m that family f
	// writes as w: an earlier family's identical spelling (the first
	// family that spells a month a way owns that way), or a new one.
	own := func(f Family, m Month, w string) int {
		exact := keyOf(w, false)
		for j, e := range spellings {
			// A locale's word in another letter case is the same word
			// (Ав); a pointed word is not its bare one.
			if e.month == m && (e.word == w || f > Niqqud && !f.IsHebrew() && e.exact == exact) {
				return j
			}
		}
		return add(entry{word: w, month: m, family: f})
	}
	for f := range Niqqud + 1 {
		for i, w := range familyTable[f] {
			familyWord[f][Month(i+1)] = own(f, Month(i+1), w)
		}
	}
	for _, e := range variants {
		add(e)
	}
	// The locales' families come after the variants, so that a spelling
	// the tables attribute to a family keeps it (חשוון is Hebrew, not
	// Yiddish; Nissan Academic, not German).
	for f := Niqqud + 1; f < numFamilies; f++ {
		for i, w := range localeFamilies[f].months {
			familyWord[f][Month(i+1)] = own(f, Month(i+1), w)
		}
	}
	for _, e := range localeVariants {
		add(e)
	}
	for _, e := range marForms() {
		add(e)
	}
}

// isArabic reports whether r is a letter of the Arabic block, which
// Arabic's spellings of the months start with (تشري, أيلول).
func isArabic(r rune) bool { return r >= 0x620 && r <= 0x6D3 }

// initWordStarts hands package parse, through package words, the first
// words of the Latin, Cyrillic and Arabic spellings and the first letters of the
// Hebrew ones, and marks the Latin keys' first two letters (latinPairs).
func initWordStarts() {
	seen := map[string]bool{}
	for _, e := range spellings {
		if r, _ := utf8.DecodeRuneInString(e.key); (script.IsCyrillic(r) || isArabic(r)) && !seen[e.key] {
			// For the start of a word of another script: its first
			// letter is all the scan looks at.
			seen[e.key] = true
			words.MonthFirst = append(words.MonthFirst, e.key)
		}
		if k := firstBytes(e.key, 6); k[0] == 0xD7 && !seen[k] {
			seen[k] = true
			words.HebrewMonthStarts = append(words.HebrewMonthStarts, k)
		}
		if c := e.key[0]; c >= 'a' && c <= 'z' {
			latinPairs[c-'a'][pairIndex(e.key, 1)] = true
			first := e.key
			if j := strings.IndexByte(first, ' '); j >= 0 {
				first = first[:j]
			}
			if !seen[first] {
				seen[first] = true
				words.MonthFirst = append(words.MonthFirst, first)
			}
			if th := first + "h"; first == e.key && len(th) >= 6 && strings.HasSuffix(first, "t") && !seen[th] {
				seen[th] = true
				words.MonthFirst = append(words.MonthFirst, th) // Shevath: see lookupASCII
			}
		}
	}
}

// initAdarQualifiers gives package parse the Latin qualifiers of four
// letters or more (see words.AdarQualifiers), but Italian's: its ordinals
// decline, and their other forms are words of prose ("14 Adar secondi
// 5784", seconds), not slips.
func initAdarQualifiers() {
	for _, q := range qualifiers {
		if len(q.key) >= 4 && q.key[0] < 0x80 && q.style != AdarItalian {
			words.AdarQualifiers = append(words.AdarQualifiers, q.key)
		}
	}
}

// initBuckets fills buckets, longest key first.
func initBuckets() {
	for i, e := range spellings {
		if e.family == Niqqud {
			// Read through the Hebrew key it folds to; see matchMonth.
			continue
		}
		c := bucketOf(e.key, 0)
		buckets[c] = append(buckets[c], uint16(i))
	}
	for c := range buckets {
		b := buckets[c]
		// Insertion sort by key length, longest first, keeping table order
		// among equals so that earlier families win.
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && len(spellings[b[j]].key) > len(spellings[b[j-1]].key); j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
	}
}

// latinPairs[a][b] reports whether a Latin key starts with the letter
// 'a'+a followed by the character of pairIndex b.
var latinPairs [26][29]bool

// pairIndex classifies the character at s[i] as the second character of a
// Latin key: a letter (0-25), an apostrophe (26), a space or dash (27), or
// anything else, including the end of s (28).
func pairIndex(s string, i int) int {
	if i >= len(s) {
		return 28
	}
	if c := s[i]; c < 0x80 {
		switch l := c | 0x20; {
		case l >= 'a' && l <= 'z' && c >= 'A':
			return int(l - 'a')
		case c == '\'':
			return 26
		case c == ' ' || c == '-' || c == '\t':
			return 27
		}
		return 28
	}
	r, n := script.Decode(s, i)
	switch f := script.Fold(r); {
	case f == 0 && n > 0:
		return pairIndex(s, i+n) // a combining mark: the letter after it
	case f >= 'a' && f <= 'z':
		return int(f - 'a') // é is e
	case script.IsApostrophe(r):
		return 26
	case script.IsSpace(r) || script.IsDash(r):
		return 27
	}
	return 28
}

// keyOf folds a spelling to its lookup key: lower case, points removed,
// hyphens as spaces, and with strip, Latin letters without their
// diacritics (script.Fold).
func keyOf(w string, strip bool) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); {
		r, n := script.Decode(w, i)
		switch {
		case script.IsMark(r):
			// a point or a mark: dropped
		case r == '-':
			b = append(b, ' ')
		default:
			f := script.FoldCase(r)
			if strip {
				f = script.Fold(r)
			}
			if f != 0 {
				b = utf8.AppendRune(b, f)
			}
		}
		i += n
	}
	return string(b)
}

// bucketOf returns the bucket of the text at s[i]: its folded first letter
// if that is ASCII, 128 + the second byte of a Hebrew letter (144 to
// 170), or a Cyrillic letter's place from 192 on. A rune that folds to
// nothing (the ʾ of ʾIyyar) is passed over.
func bucketOf(s string, i int) byte {
	c := s[i]
	if c < 0x80 {
		return byte(script.Lower(rune(c)))
	}
	if c == 0xD7 && i+1 < len(s) {
		return 128 + s[i+1]&0x7F
	}
	r, n := script.Decode(s, i)
	f := script.Fold(r)
	if f == 0 && n > 0 && i+n < len(s) {
		return bucketOf(s, i+n)
	}
	switch {
	case f < 0x80:
		return byte(f)
	case f >= 0x430 && f <= 0x45F: // а-я, ѐ-џ
		return byte(192 + f - 0x430)
	case f == 'ґ':
		return 240
	}
	return 241
}

// matchKey matches key against s from i, folding case, skipping points,
// reading any apostrophe for an apostrophe and any run of spaces or dashes
// for a space. With strip, the text is folded as keyOf folds it with strip
// (é is e, ʾ nothing), for a key so folded; without, diacritics must be as
// the key has them.
// It returns the index after the match and whether it matched.
func matchKey(s string, i int, key string, strip bool) (int, bool) {
	for k := 0; k < len(key); {
		if i < len(s) && s[i] < 0x80 && key[k] != ' ' && key[k] != '\'' {
			// An ASCII letter, as most are: no mark to skip, no rune to
			// decode.
			if byte(script.Lower(rune(s[i]))) != key[k] {
				return i, false
			}
			i++
			k++
			continue
		}
		i = script.SkipMarks(s, i)
		r, n := script.Decode(s, i)
		if n == 0 {
			return i, false
		}
		switch key[k] {
		case ' ':
			if !script.IsSpace(r) && !script.IsDash(r) {
				return i, false
			}
			for n > 0 && (script.IsSpace(r) || script.IsDash(r)) {
				i += n
				r, n = script.Decode(s, i)
			}
			k++
			continue
		case '\'':
			if !script.IsApostrophe(r) {
				return i, false
			}
			i += n
			k++
			continue
		}
		if r < 0x80 {
			if byte(script.Lower(r)) != key[k] {
				return i, false
			}
			i++
			k++
			continue
		}
		if r >= 0x590 && r <= 0x5FF {
			// Hebrew: compared as it is.
			if k+n > len(key) || s[i:i+n] != key[k:k+n] {
				return i, false
			}
			i += n
			k += n
			continue
		}
		f := script.FoldCase(r)
		if strip {
			if f = script.Fold(r); f == 0 {
				i += n // a mark the key leaves out
				continue
			}
		}
		kr, kn := script.Decode(key, k)
		if f != kr {
			return i, false
		}
		i += n
		k += kn
	}
	if strip {
		// Marks after the last letter are the letter's: H̲.
		for {
			r, n := script.Decode(s, i)
			if n == 0 || r < 0x300 || r > 0x36F {
				break
			}
			i += n
		}
	}
	return script.SkipMarks(s, i), true
}

// firstBytes is the longest start of s of at most n bytes that cuts no
// rune in two.
func firstBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// MatchMonth reads the month name at the start of s: any spelling of any
// family, in any letter case, with or without niqqud, with the apostrophe
// of Sh'vat written any way, and in Hebrew script with or without the prefix
// ב (בשבט, באדר א׳). The name must be a whole word ("Avenue" is no Av,
// "Chicken" no Cheshvan). An Adar may be qualified (Adar I, Adar 1, Adar
// Aleph, Adar A, Adar Rishon, Adar Sheni, Ve'adar, אדר א׳, אדר ב', אדר שני,
// אדר השני, ואדר),
// or have its ordinal before it, as Hungarian calendars write it (II. Ádár).
// A Hebrew-script name written with points is of the [Niqqud] family, one
// without them of the [Hebrew] family.
// It returns the longest name found and true, or false if s does not start
// with a month name. It does not allocate.
func MatchMonth(s string) (MonthName, bool) {
	if name, ok := matchMonth(s, 0); ok {
		return name, true
	}
	if s != "" && s[0] == 'I' {
		if name, ok := matchRomanBefore(s); ok {
			return name, true
		}
	}
	if s != "" && (s[0]|0x20 == 'f' || s[0]|0x20 == 's') {
		if name, ok := matchOrdinalBefore(s); ok {
			return name, true
		}
	}
	// The prefix ב, possibly joined by a maqaf or hyphen: בשבט, ב-שבט.
	if len(s) > 2 && s[:2] == "ב" {
		i := script.SkipMarks(s, 2)
		if r, n := script.Decode(s, i); script.IsDash(r) {
			i += n
		}
		if name, ok := matchMonth(s, i); ok && name.Spelling.Family.IsHebrew() {
			name.Spelling.Prefix = true
			return name, true
		}
	}
	return MonthName{}, false
}

// matchRomanBefore reads at the start of s an Adar of a leap year with
// its ordinal before it, as Hungarian calendars write it: "I. Ádár", "II.
// Ádár" (AdarRomanBefore). The ordinal is a capital Roman numeral with
// its point and a space; the name after it a plain Adar in Latin
// letters.
func matchRomanBefore(s string) (MonthName, bool) {
	n := 0
	for n < 2 && n < len(s) && s[n] == 'I' {
		n++
	}
	if n == 0 || n+1 >= len(s) || s[n] != '.' || s[n+1] != ' ' {
		return MonthName{}, false
	}
	j := n + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	name, ok := matchMonth(s, j)
	if !ok || name.Month != Adar || name.Qualified || name.Spelling.Family.IsHebrew() {
		return MonthName{}, false
	}
	if n == 2 {
		name.Month = AdarII
	}
	name.Qualified = true
	name.Spelling.Adar = AdarRomanBefore
	name.BaseLen = name.Len
	return name, true
}

// matchOrdinalBefore reads at the start of s an Adar of a leap year with
// English's ordinal word before it (AdarOrdinalBefore): "first Adar",
// "Second Adar", as in "the 7th of the first Adar of 5771" (a rabbi's
// blog, the hundred-and-ninety-second held-out round), whose "Adar of
// 5771" was read as the whole of Adar II, with a warning that nothing
// said which. The name after the word is a plain Adar in Latin letters.
func matchOrdinalBefore(s string) (MonthName, bool) {
	n, month := 0, Adar
	switch {
	case len(s) > 6 && strings.EqualFold(s[:5], "first") && s[5] == ' ':
		n = 5
	case len(s) > 7 && strings.EqualFold(s[:6], "second") && s[6] == ' ':
		n, month = 6, AdarII
	default:
		return MonthName{}, false
	}
	j := n
	for j < len(s) && s[j] == ' ' {
		j++
	}
	name, ok := matchMonth(s, j)
	if !ok || name.Month != Adar || name.Qualified || name.Spelling.Family.IsHebrew() {
		return MonthName{}, false
	}
	name.Month, name.Qualified = month, true
	name.Spelling.Adar = AdarOrdinalBefore
	name.BaseLen = name.Len
	return name, true
}

func matchMonth(s string, i int) (MonthName, bool) {
	if i >= len(s) {
		return MonthName{}, false
	}
	if c := s[i] | 0x20; c >= 'a' && c <= 'z' && s[i] < 0x80 {
		// Most Latin words start with two letters no month name starts
		// with: one table lookup rejects them.
		if !latinPairs[c-'a'][pairIndex(s, i+1)] {
			return MonthName{}, false
		}
		if idx, end, ok := lookupASCII(s, i); ok {
			return monthName(s, i, end, idx), true
		}
	} else if s[i] == 0xD7 {
		idx, end, found, sure := lookupHebrew(s, i)
		if found {
			return monthName(s, i, end, idx), true
		}
		if sure {
			return MonthName{}, false // most Hebrew words of a page
		}
	}
	idx, end, ok := searchSpelling(s, i)
	if !ok {
		return MonthName{}, false
	}
	return monthName(s, i, end, idx), true
}

// hardSign is the Cyrillic letter ъ, which Russian wrote after a word's
// final consonant until 1918.
const hardSign = "ъ"

// searchSpelling finds the spelling matchMonth reads at s[i], trying each
// of the bucket of its first letter: its index and end.
func searchSpelling(s string, i int) (idx, end int, ok bool) {
	// The first spelling whose key matches, longest first, unless a later
	// one of the same key matches with its diacritics too (Tévet is
	// French, Tevet Hebcal's; Ṭevet, as neither writes it, Hebcal's).
	fallback, fallbackEnd := -1, 0
	for _, idx := range buckets[bucketOf(s, i)] {
		e := &spellings[idx]
		if fallback >= 0 && len(e.key) < len(spellings[fallback].key) {
			break
		}
		end, ok := matchKey(s, i, e.key, true)
		if ok && strings.HasPrefix(s[end:], hardSign) && s[i] >= 0xD0 && s[i] <= 0xD3 && script.WordEnds(s, end+len(hardSign)) {
			// нисанъ: a Cyrillic name with the hard sign that Russian
			// wrote after a final consonant before the reform of 1918.
			end += len(hardSign)
		}
		if !ok || !script.WordEnds(s, end) && !(e.month == Adar && adarQualified(s, end, e.family)) {
			continue
		}
		if e.exact != e.key {
			if _, exact := matchKey(s, i, e.exact, false); !exact {
				if fallback < 0 {
					fallback, fallbackEnd = int(idx), end
				}
				continue
			}
		} else if !plain(s[i:end]) {
			// A plain key read from accented text (Ṭevet): as a
			// fallback, after any spelling written so.
			if fallback < 0 {
				fallback, fallbackEnd = int(idx), end
			}
			continue
		}
		return int(idx), end, true
	}
	return fallback, fallbackEnd, fallback >= 0
}

// asciiWords maps a word of ASCII letters and apostrophes, in lower case,
// to the index+1 of the spelling that searchSpelling finds for it when a
// word end follows it, or to 0 when the word starts a longer key (the Mar
// of Mar Cheshvan, the Sh of Sh'vat read up to a space): a dateline's
// month in Latin letters is then found by one lookup, not a search of
// its bucket. TestASCIIWords holds it to the search.
var asciiWords = map[string]uint16{}

// lookupASCII reads the month name at s[i] through asciiWords: its
// spelling's index and end, or false when the word is not there or is for
// searchSpelling to read (it starts a longer key, or letters of another
// script or a digit other than an Adar's qualifier follow it).
func lookupASCII(s string, i int) (idx, end int, ok bool) {
	var buf [16]byte
	j := i
	for j < len(s) && j-i < len(buf) {
		c := s[j] | 0x20
		if c >= 'a' && c <= 'z' && s[j] >= 'A' {
			buf[j-i] = c
			j++
			continue
		}
		if s[j] == '\'' && j > i && j+1 < len(s) && s[j+1]|0x20 >= 'a' && s[j+1]|0x20 <= 'z' {
			buf[j-i] = '\''
			j++
			continue
		}
		break
	}
	v := asciiWords[string(buf[:j-i])]
	if n := j - i; v == 0 && n >= 6 && buf[n-2] == 't' && buf[n-1] == 'h' {
		// The ת at a name's end written th, as older and French
		// transliterations do: Shevath, Chevath ("En 1951, le 10
		// Chevath 5711", Chabad Perpignan), as Teveth is listed. Only
		// a spelling that ends in t takes the h.
		v = asciiWords[string(buf[:n-1])]
	}
	if v == 0 {
		return 0, 0, false
	}
	idx = int(v) - 1
	if !script.WordEnds(s, j) && !(spellings[idx].month == Adar && adarQualified(s, j, spellings[idx].family)) {
		return 0, 0, false
	}
	return idx, j, true
}

// hebrewIndex maps a word of bare Hebrew letters (no points, no geresh)
// to the index+1 of the spelling searchSpelling finds for it when a word
// end follows it, or to hebrewStart for a word of bare letters that
// starts a longer key at something else than a letter: one lookup for
// each word of a Hebrew page. TestHebrewIndex holds lookupHebrew to the
// search.
var hebrewIndex = map[string]uint16{}

// hebrewStart is hebrewIndex's value for the start of a longer key.
const hebrewStart = 1<<16 - 1

// lookupHebrew reads the month name at s[i] through hebrewIndex, where
// s[i] starts a run of bare Hebrew letters: found gives its spelling's
// index and end. Where the run is not found, sure says that
// searchSpelling would find nothing either: no key is the run, and none
// goes on past it, since the text after it is no letter, point or mark
// and no key goes on there. Otherwise it is for the search.
func lookupHebrew(s string, i int) (idx, end int, found, sure bool) {
	j := i
	for j+1 < len(s) && s[j] == 0xD7 && s[j+1] >= 0x90 && s[j+1] <= 0xAA {
		j += 2
	}
	if j == i || j < len(s) && (s[j] == 0xD6 || s[j] == 0xD7 || !script.WordEnds(s, j)) {
		return 0, 0, false, false // points, a geresh, a digit or a letter of another kind: the search's
	}
	v, ok := hebrewIndex[s[i:j]]
	switch {
	case !ok:
		return 0, 0, false, true
	case v == hebrewStart:
		return 0, 0, false, false
	}
	return int(v) - 1, j, true, true
}

// initHebrewIndex fills hebrewIndex from the spellings, by the search.
func initHebrewIndex() {
	for _, e := range spellings {
		k := e.key
		for j := 2; j < len(k); j += 2 {
			if !script.BareHebrew(k[:j]) {
				break
			}
			if !script.BareHebrew(k[j:min(j+2, len(k))]) {
				hebrewIndex[k[:j]] = hebrewStart
			}
		}
	}
	for _, e := range spellings {
		k := e.key
		if !script.BareHebrew(k) || hebrewIndex[k] == hebrewStart {
			continue
		}
		if idx, end, ok := searchSpelling(k, 0); ok && end == len(k) {
			hebrewIndex[k] = uint16(idx + 1)
		}
	}
}

// initASCIIWords fills asciiWords from the spellings, by the search.
func initASCIIWords() {
	starts := map[string]bool{}
	for _, e := range spellings {
		for j := 1; j < len(e.key); j++ {
			if c := e.key[j]; c < 'a' || c > 'z' {
				starts[e.key[:j]] = true
			}
		}
	}
	for _, e := range spellings {
		k := e.key
		if len(k) > 16 || !isASCIIWord(k) || starts[k] {
			continue
		}
		if idx, end, ok := searchSpelling(k, 0); ok && end == len(k) {
			asciiWords[k] = uint16(idx + 1)
		}
	}
}

// isASCIIWord reports whether k is ASCII lower-case letters with
// apostrophes inside, as lookupASCII reads a word.
func isASCIIWord(k string) bool {
	for j := 0; j < len(k); j++ {
		c := k[j]
		if (c < 'a' || c > 'z') && (c != '\'' || j == 0 || j == len(k)-1) {
			return false
		}
	}
	return k != ""
}

// adarQualified reports whether a qualifier is glued to an Adar of family
// f that ends at s[end] (Adar1), which makes it a whole name although no
// word end follows it. The family says which qualifiers may follow: a
// digit is none of a Hebrew Adar's, so אדר1 is no month name, as טבת2 is
// none (read as Hebcal's Adar, אדר1 was Adar and the day 1, in a layout
// that wrote טבת2).
func adarQualified(s string, end int, f Family) bool {
	name := MonthName{Month: Adar, Len: end, BaseLen: end}
	name.Spelling.Family = f
	qualify(s, &name)
	return name.Len > end
}

// plain reports whether s is written without any letter that folds to
// another (é, Ṭ, ʾ): ASCII, Hebrew or Cyrillic.
func plain(s string) bool {
	for k := 0; k < len(s); {
		c := s[k]
		if c < 0x80 || c >= 0xD0 && c <= 0xD7 {
			k++
			if c >= 0x80 {
				k++
			}
			continue
		}
		r, n := script.Decode(s, k)
		if script.Fold(r) != script.FoldCase(r) {
			return false
		}
		k += n
	}
	return true
}

// monthName returns what MatchMonth reports for spelling idx read at
// s[i:end].
func monthName(s string, i, end, idx int) MonthName {
	e := &spellings[idx]
	name := MonthName{Month: e.month, Len: end, BaseLen: end}
	f := e.family
	if f.IsHebrew() && hasMarks(s[i:end]) {
		f = Niqqud
	}
	name.Spelling.Family = f
	if e.month == AdarII {
		// Ve'adar, ואדר: qualified by its very name.
		name.Qualified = true
		name.Spelling.Adar = AdarVeadar
		if f.IsHebrew() {
			name.Spelling.Adar = AdarVav
		}
		name.Spelling.variant = uint16(idx + 1)
	} else if familyWord[e.family][e.month] != idx && spellings[familyWord[f][e.month]].key != e.key {
		// Neither its own family's word (אייר, pointed or not) nor,
		// read with points, the Niqqud family's (איר, as אִיָּר).
		name.Spelling.variant = uint16(idx + 1)
	}
	if e.month == Adar {
		qualify(s, &name)
	}
	return name
}

// hasMarks reports whether s holds a Hebrew point or cantillation mark.
func hasMarks(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xD6 || c == 0xD7 {
			if r, _ := script.Decode(s, i); script.IsMark(r) {
				return true
			}
		}
	}
	return false
}

// qualify reads an Adar qualifier after the name in s, if there is one.
// clockAfter reports whether s[end:] goes on as an hour's minutes (":38",
// ".38"): the digit before it is an hour ("24 Adar 2:38PM"), not Adar II.
func clockAfter(s string, end int) bool {
	return end+1 < len(s) && (s[end] == ':' || s[end] == '.') && script.IsDigit(s[end+1])
}

func qualify(s string, name *MonthName) {
	i := name.Len
	// At least one space or dash, except before a digit (Adar1).
	j := i
	for {
		r, n := script.Decode(s, j)
		if n == 0 || !script.IsSpace(r) && !script.IsDash(r) {
			break
		}
		j += n
	}
	if j >= len(s) {
		return
	}
	f := name.Spelling.Family
	hebrewName := f.IsHebrew()
	candidates := qualifiers
	if c := s[j]; c < 0x80 {
		// An ASCII byte starts only the keys that start with it in
		// lower case, if any: most text after Adar is its year.
		candidates = asciiQualifiers[c|0x20]
	}
	for _, q := range candidates {
		if adarStyles[q.style].hebrew != hebrewName {
			continue
		}
		digit := q.style == AdarDigit
		if j == i && !digit {
			continue
		}
		end, ok := matchKey(s, j, q.key, true)
		if !ok {
			continue
		}
		if q.style == AdarLetterBare || q.style == AdarLetter || q.style == AdarLetterASCII {
			// אדר א׳: the geresh is read by the key; a bare letter must
			// end its word, as every qualifier must.
			if r, n := script.Decode(s, end); n > 0 && script.IsGeresh(r) && q.style == AdarLetterBare {
				continue
			}
		}
		if !script.WordEnds(s, end) && !((q.style == AdarLetter || q.style == AdarLetterASCII) && gluedYear(s, end)) || digit && (end < len(s) && script.IsDigit(s[end]) || clockAfter(s, end)) {
			continue
		}
		if q.style == AdarLatinLetter && (s[j] < 'A' || s[j] > 'Z' || end < len(s) && s[end] == '.' || wordAfter(s, end)) {
			// Adar A and Adar B are capitals that end the name: "Adar
			// a" is prose's article, "11. Adar A.M. 5783" the year's
			// era (anno mundi), and "Adar A meeting" no qualifier.
			continue
		}
		if q.style == AdarItalian && wordAfter(s, end) {
			// Italian's "secondo" is also "according to": "il 14 di
			// Adar secondo il calendario ebraico" names no Adar II.
			continue
		}
		name.Qualified = true
		name.Spelling.Adar = q.style
		if f < numFamilies && defaultAdar[f] != q.style && !sameQualifier(defaultAdar[f], q.key, q.second) {
			// Odor Alef: the family whose own style writes the qualifier
			// after the same Adar (the Romanian Ashkenazi one's, which
			// writes Odor Beis), if the family read is not it.
			adar := spellings[familyWord[f][Adar]].exact
			for g := range numFamilies {
				if g > Niqqud && spellings[familyWord[g][Adar]].exact == adar && sameQualifier(defaultAdar[g], q.key, q.second) {
					name.Spelling.Family = g
					break
				}
			}
		}
		if d := defaultAdar[name.Spelling.Family]; d != q.style && sameQualifier(d, q.key, q.second) {
			name.Spelling.Adar = d
		}
		if q.second {
			name.Month = AdarII
		}
		name.Len = end
		if !digit {
			name.BaseLen = end
		}
		return
	}
}

// gluedYear reports whether a Hebrew year in letters starts at s[end],
// right after the geresh of an Adar qualifier with no space between:
// "כ״ב אדר ב׳תשפ״ד", as a page's month and year in two inline elements
// (<span>כ״ב אדר ב׳</span><span>תשפ״ד</span>) flatten to text. The
// qualifier was read as the year's thousands, 2784 (Adar I as 1784), a
// date some 3,000 years off with nothing said. A year is a numeral whose
// hundreds are 100 or more, with no thousands or those of the years
// pages date, 4 and 5 (ב׳ה׳תשפ״ד), ending its word.
func gluedYear(s string, end int) bool {
	v, e, fail := gematria.Read(s, end)
	if fail.Kind != gematria.None || e == end || !script.WordEnds(s, e) {
		return false
	}
	th := v / 1000
	return v%1000 >= 100 && (th == 0 || th == 4 || th == 5)
}

// wordAfter reports whether a word follows s[end:] after spaces: a
// letter, not a year, a punctuation mark or the end of the text.
func wordAfter(s string, end int) bool {
	for {
		r, n := script.Decode(s, end)
		if n == 0 {
			return false
		}
		if !script.IsSpace(r) {
			return unicode.IsLetter(r)
		}
		end += n
	}
}

// sameQualifier reports whether Adar style d writes the qualifier key for
// the Adar second says.
func sameQualifier(d AdarStyle, key string, second bool) bool {
	w := adarStyles[d].i
	if second {
		w = adarStyles[d].ii
	}
	return strings.EqualFold(w, key) // ASCII or Hebrew words: no allocation
}

// LookupMonth reads s as a month name, all of it (surrounding spaces
// allowed): MatchMonth for a whole string. The error is a *SyntaxError
// wrapping ErrSyntax.
func LookupMonth(s string) (MonthName, error) {
	i, end := trimSpaces(s)
	name, ok := MatchMonth(s[i:end])
	if !ok {
		return MonthName{}, syntaxError(s, i, "a month name", ErrSyntax)
	}
	if name.Len != end-i {
		return MonthName{}, syntaxError(s, i+name.Len, "the end of the month name", ErrSyntax)
	}
	return name, nil
}

// trimSpaces returns the bounds of s without leading and trailing spaces.
func trimSpaces(s string) (int, int) {
	i, end := 0, len(s)
	for i < end {
		r, n := script.Decode(s, i)
		if !script.IsSpace(r) {
			break
		}
		i += n
	}
	for end > i {
		j := end - 1
		for j > i && s[j]&0xC0 == 0x80 {
			j--
		}
		r, _ := script.Decode(s, j)
		if !script.IsSpace(r) {
			break
		}
		end = j
	}
	return i, end
}

// AppendMonth appends the name of month m in the given spelling to b and
// returns the extended buffer. leap says whether the year is a leap year:
// month 12 is then Adar I, written with the spelling's Adar style (or the
// family's own), and otherwise plain Adar. Adar II in a common year is
// written as Adar II all the same, so that an impossible date still prints
// as what it says. A month outside 1 to 13 appends "%!Month(n)".
func AppendMonth(b []byte, m Month, leap bool, sp Spelling) []byte {
	if m < Nisan || m > AdarII {
		return append(b, m.String()...)
	}
	f := sp.Family
	if f >= numFamilies {
		f = Hebcal
	}
	if f.IsHebrew() && sp.Prefix {
		b = append(b, "ב"...)
	}
	if v := int(sp.variant) - 1; v >= 0 && v < len(spellings) && spellings[v].month == m {
		if m != Adar || !leap {
			return append(b, spellings[v].word...)
		}
	}
	adar := spellings[familyWord[f][Adar]].word
	if sp.Adar == AdarPlain && (m == Adar || m == AdarII) {
		return append(b, adar...)
	}
	if m == AdarII || m == Adar && leap {
		style := sp.Adar
		if style == AdarDefault || style >= numAdarStyles || style == AdarPlain || adarStyles[style].hebrew != f.IsHebrew() {
			style = defaultAdar[f]
		}
		q := adarStyles[style].i
		if m == AdarII {
			q = adarStyles[style].ii
		}
		if q[0] == '+' {
			return append(b, q[1:]...)
		}
		if style == AdarRomanBefore || style == AdarOrdinalBefore {
			b = append(b, q...)
			b = append(b, ' ')
			return append(b, adar...)
		}
		b = append(b, adar...)
		b = append(b, ' ')
		return append(b, q...)
	}
	return append(b, spellings[familyWord[f][m]].word...)
}

// Name returns the name of month m in the spelling sp; see [AppendMonth].
func (sp Spelling) Name(m Month, leap bool) string {
	var buf [32]byte
	return string(AppendMonth(buf[:0], m, leap, sp))
}

// Word returns the spelling's own word for a month, if a layout saw one
// (such as "Nissan" or "Tamuz"), and that month; ok is false otherwise.
func (sp Spelling) Word() (word string, m Month, ok bool) {
	if v := int(sp.variant) - 1; v >= 0 && v < len(spellings) {
		return spellings[v].word, spellings[v].month, true
	}
	return "", 0, false
}

// MatchSlip reads word, a word of ASCII letters that is no month name, as
// a month name misspelt by one letter added, dropped or swapped with the
// next ("Kislv", "Tishrie", "Cheshvaan"), when the spellings of exactly
// one month fit. It returns that month as MatchMonth would read the
// spelling it fits (Len is the word's length), the spelling, and true;
// or false when no month or more than one fits. Spellings shorter than
// five letters are never guessed (Adar, Elul, Av), nor an added or
// dropped letter for those of five (Sivan, Nisan, Tevet). It does not
// allocate.
func MatchSlip(word string) (MonthName, string, bool) {
	if len(word) < 4 || !slipLengths.May(word) {
		return MonthName{}, "", false
	}
	for i := 0; i < len(word); i++ {
		if c := word[i] | 0x20; c < 'a' || c > 'z' {
			return MonthName{}, "", false
		}
	}
	found := -1
	for _, i := range slipIndex[(word[0]|0x20)-'a'][(word[1]|0x20)-'a'] {
		e := &spellings[i]
		k := e.exact
		if len(k) == 5 && len(word) != 5 || !words.OneSlip(word, k) {
			continue
		}
		if found >= 0 && spellings[found].month != e.month {
			return MonthName{}, "", false // two months fit
		}
		if found < 0 {
			found = int(i)
		}
	}
	if found < 0 {
		return MonthName{}, "", false
	}
	e := &spellings[found]
	name := monthName(e.word, 0, len(e.word), found)
	name.Len, name.BaseLen = len(word), len(word)
	return name, e.word, true
}

// slipIndex lists, by their first two letters, the spellings MatchSlip
// guesses: ASCII letters only, five or more of them, not Ve'adar's.
var slipIndex [26][26][]uint16

// slipLengths turns away, by its first two letters and its length, most
// words of a page before MatchSlip compares them with the spellings.
var slipLengths words.Shapes

// initSlips fills slipIndex from spellings.
func initSlips() {
	for i := range spellings {
		e := &spellings[i]
		if k := e.exact; len(k) >= 5 && k == e.key && isLetters(k) && e.month != AdarII {
			slipIndex[k[0]-'a'][k[1]-'a'] = append(slipIndex[k[0]-'a'][k[1]-'a'], uint16(i))
			slipLengths.Add(k)
			words.MonthSlips.Add(k)
		}
	}
}

// isLetters reports whether s is all ASCII letters.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// marForms are the long name of Cheshvan, Marcheshvan, as each family of
// the Latin or Cyrillic script writes Cheshvan: Mar before its word, joined
// ("Marjeshvan", "MarJeshvan", "Marcheschwan", "Мархешван", "11
// мархешвана") or spaced ("Mar Jeshvan"), so that no language's long form
// needs a table of its own. A form another spelling already keys
// (Marcheshvan, Marheshvan) is not listed again.
func marForms() []entry {
	have := map[string]bool{}
	for _, e := range spellings {
		have[e.key] = true
	}
	var out []entry
	for f := range numFamilies {
		w := spellings[familyWord[f][Cheshvan]].word
		r, n := utf8.DecodeRuneInString(w)
		mar := "Mar"
		switch {
		case script.IsCyrillic(r) && unicode.IsUpper(r):
			mar = "Мар"
		case script.IsCyrillic(r):
			mar = "мар"
		case r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) || f.IsHebrew():
			continue
		}
		for _, word := range []string{mar + string(unicode.ToLower(r)) + w[n:], mar + " " + w} {
			if k := keyOf(word, true); !have[k] {
				have[k] = true
				out = append(out, entry{word: word, month: Cheshvan, family: f})
			}
		}
	}
	return out
}

// soundSlips are the letters a Hebrew-script month name is misspelt with,
// each written for another of the same sound: ט for ת (בטבט for בטבת, as
// Mabat USA's date line "יח בטבט תשפ”א" has it, the 166th held-out round;
// טמוז, טשרי) and ק for כ (קסלו). Only these ways round: the others make
// words of their own (שבת for שבט is Shabbat, תבת for טבת an ark, and עדר
// and עלול, for אדר and אלול, a herd and "likely").
var soundSlips = [...][2]string{{"ט", "ת"}, {"ק", "כ"}}

// MatchScriptSlip reads the Hebrew-script word at the start of s, which
// is no month name, as a month's Hebrew name (with or without its prefix
// ב) misspelt by one letter written for another of the same sound (see
// soundSlips), when exactly one month fits. It returns the month as
// MatchMonth would read the spelling it fits, with Len the word's length,
// and true; or false. Words of fewer than three letters are never
// guessed. It does not allocate.
func MatchScriptSlip(s string) (MonthName, bool) {
	e := 0
	for e+1 < len(s) && s[e] == 0xD7 && s[e+1] >= 0x90 && s[e+1] <= 0xAA {
		e += 2
	}
	if e < 6 || e > 16 || e < len(s) && (s[e] == 0xD6 || s[e] == 0xD7 && e+1 < len(s) && s[e+1] < 0x90) {
		return MonthName{}, false // a pointed word: its points say how it is spelt
	}
	if _, ok := MatchMonth(s[:e]); ok {
		return MonthName{}, false
	}
	var buf [16]byte
	found, ok := MonthName{}, false
	for j := 0; j < e; j += 2 {
		for _, sl := range soundSlips {
			if s[j:j+2] != sl[0] {
				continue
			}
			copy(buf[:], s[:e])
			copy(buf[j:], sl[1])
			name, fits := MatchMonth(string(buf[:e]))
			if !fits || name.Len != e || !name.Spelling.Family.IsHebrew() {
				continue
			}
			if ok && found.Month != name.Month {
				return MonthName{}, false // two months fit
			}
			found, ok = name, true
		}
	}
	return found, ok
}
