package hebrew

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/script"
)

// The spellings every family writes, in month order Nisan ... Adar, as the
// package documentation and DESIGN.md give them.
var wantFamilyWords = [numFamilies][12]string{
	Hebcal:    {"Nisan", "Iyyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Sh'vat", "Adar"},
	Sephardi:  {"Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Shevat", "Adar"},
	Ashkenazi: {"Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Teves", "Shevat", "Adar"},
	Academic:  {"Nissan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishri", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar"},
	Hebrew:    {"ניסן", "אייר", "סיון", "תמוז", "אב", "אלול", "תשרי", "חשון", "כסלו", "טבת", "שבט", "אדר"},
	Niqqud:    {"נִיסָן", "אִיָּר", "סִיוָן", "תַּמּוּז", "אָב", "אֱלוּל", "תִּשְׁרֵי", "חֶשְׁוָן", "כִּסְלֵו", "טֵבֵת", "שְׁבָט", "אֲדָר"},
	// hebcal-go's translations, and its English where a locale has none.
	French:            {"Nissan", "Iyar", "Sivan", "Tammouz", "Av", "Eloul", "Tishrei", "H̲echvan", "Kislav", "Tévet", "Chevat", "Adar"},
	Russian:           {"Нисан", "Ияр", "Сиван", "Тамуз", "Ав", "Элул", "Тишрей", "Хешван", "Кислев", "Тевет", "Шват", "Адар"},
	Spanish:           {"Nisán", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Jeshvan", "Kislev", "Tevet", "Sh'vat", "Adar"},
	German:            {"Nissan", "Ijar", "Siwan", "Tammus", "Aw", "Elul", "Tischrei", "Cheschwan", "Kislew", "Tewet", "Schwat", "Adar"},
	Portuguese:        {"Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Shvat", "Adar"},
	Polish:            {"Nisan", "Iyyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Sh'vat", "Adar"},
	Hungarian:         {"Niszán", "Ijár", "Sziván", "Támuz", "Áv", "Elul", "Tishrei", "Chesván", "Kiszlév", "Tévét", "Svát", "Ádár"},
	Dutch:             {"Nisan", "Ijar", "Sivan", "Tammoez", "Av", "Eloel", "Tisjri", "Chesjvan", "Kislew", "Tevet", "Sjevat", "Adar"},
	Romanian:          {"Nisan", "Aiar", "Sivan", "Tammuz", "Av", "Elul", "Tişrei", "Ĥeşvan", "Chislev", "Tevet", "Şâvat", "Adar"},
	Finnish:           {"Nisan", "Ijar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Shvat", "Adar"},
	Ukrainian:         {"Нісан", "Іяр", "Сіван", "Тамуз", "Ав", "Елул", "Тішрей", "Хешван", "Кіслев", "Тевет", "Шват", "Адар"},
	Yiddish:           {"ניסן", "אייר", "סיוון", "תמוז", "אב", "אלול", "תשרי", "חשוון", "כסלו", "טבת", "שבט", "אדר"},
	RussianGenitive:   {"нисана", "ияра", "сивана", "тамуза", "ава", "элула", "тишрея", "хешвана", "кислева", "тевета", "швата", "адара"},
	UkrainianGenitive: {"нісана", "іяра", "сівана", "тамуза", "ава", "елула", "тішрея", "хешвана", "кіслева", "тевета", "швата", "адара"},
	AshkenaziKomatz:   {"Nison", "Iyyor", "Sivon", "Tammuz", "Ov", "Elul", "Tishrei", "Cheshvon", "Kislev", "Teives", "Shvot", "Ador"},
	Litvish:           {"Nison", "Iyyor", "Sivon", "Tammuz", "Ov", "Elul", "Tishrei", "Cheshvon", "Kislev", "Teyves", "Shvat", "Odor"},
	Poylish:           {"Nison", "Iyyor", "Sivon", "Tammuz", "Ov", "Elul", "Tishrei", "Cheshvon", "Kislev", "Teyves", "Shvat", "Odor"},
	AshkenaziRomanian: {"Nison", "Aior", "Sivon", "Tammuz", "Ov", "Elul", "Tişrei", "Ĥeşvon", "Chislev", "Teives", "Şvat", "Odor"},
	AshkenaziStandard: {"Nisan", "Iyyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Teives", "Shvat", "Adar"},
}

// A spellingCase is one spelling in the tables: the month and family
// MatchMonth reports for it, and whether it is a variant, written back as
// itself rather than as the family's own word.
type spellingCase struct {
	word    string
	month   Month
	family  Family
	variant bool
}

// spellingCases lists every spelling of names.go: each family's own words
// (a word two families share belongs to the first), then the variants.
var spellingCases = []spellingCase{
	{"Nisan", Nisan, Hebcal, false},
	{"Iyyar", Iyyar, Hebcal, false},
	{"Sivan", Sivan, Hebcal, false},
	{"Tammuz", Tammuz, Hebcal, false},
	{"Av", Av, Hebcal, false},
	{"Elul", Elul, Hebcal, false},
	{"Tishrei", Tishrei, Hebcal, false},
	{"Cheshvan", Cheshvan, Hebcal, false},
	{"Kislev", Kislev, Hebcal, false},
	{"Tevet", Tevet, Hebcal, false},
	{"Sh'vat", Shevat, Hebcal, false},
	{"Adar", Adar, Hebcal, false},
	{"Iyar", Iyyar, Sephardi, false},
	{"Shevat", Shevat, Sephardi, false},
	{"Teves", Tevet, Ashkenazi, false},
	{"Nissan", Nisan, Academic, false},
	{"Tishri", Tishrei, Academic, false},
	{"Heshvan", Cheshvan, Academic, false},
	{"ניסן", Nisan, Hebrew, false},
	{"אייר", Iyyar, Hebrew, false},
	{"סיון", Sivan, Hebrew, false},
	{"תמוז", Tammuz, Hebrew, false},
	{"אב", Av, Hebrew, false},
	{"אלול", Elul, Hebrew, false},
	{"תשרי", Tishrei, Hebrew, false},
	{"חשון", Cheshvan, Hebrew, false},
	{"כסלו", Kislev, Hebrew, false},
	{"טבת", Tevet, Hebrew, false},
	{"שבט", Shevat, Hebrew, false},
	{"אדר", Adar, Hebrew, false},
	{"נִיסָן", Nisan, Niqqud, false},
	{"אִיָּר", Iyyar, Niqqud, false},
	{"סִיוָן", Sivan, Niqqud, false},
	{"תַּמּוּז", Tammuz, Niqqud, false},
	{"אָב", Av, Niqqud, false},
	{"אֱלוּל", Elul, Niqqud, false},
	{"תִּשְׁרֵי", Tishrei, Niqqud, false},
	{"חֶשְׁוָן", Cheshvan, Niqqud, false},
	{"כִּסְלֵו", Kislev, Niqqud, false},
	{"טֵבֵת", Tevet, Niqqud, false},
	{"שְׁבָט", Shevat, Niqqud, false},
	{"אֲדָר", Adar, Niqqud, false},
	{"Tammouz", Tammuz, French, false},
	{"Eloul", Elul, French, false},
	{"H̲echvan", Cheshvan, French, false},
	{"Kislav", Kislev, French, false},
	{"Tévet", Tevet, French, false},
	{"Chevat", Shevat, French, false},
	{"Нисан", Nisan, Russian, false},
	{"Ияр", Iyyar, Russian, false},
	{"Сиван", Sivan, Russian, false},
	{"Тамуз", Tammuz, Russian, false},
	{"Ав", Av, Russian, false},
	{"Элул", Elul, Russian, false},
	{"Тишрей", Tishrei, Russian, false},
	{"Хешван", Cheshvan, Russian, false},
	{"Кислев", Kislev, Russian, false},
	{"Тевет", Tevet, Russian, false},
	{"Шват", Shevat, Russian, false},
	{"Адар", Adar, Russian, false},
	{"Nisán", Nisan, Spanish, false},
	{"Jeshvan", Cheshvan, Spanish, false},
	{"Ijar", Iyyar, German, false},
	{"Siwan", Sivan, German, false},
	{"Tammus", Tammuz, German, false},
	{"Aw", Av, German, false},
	{"Tischrei", Tishrei, German, false},
	{"Cheschwan", Cheshvan, German, false},
	{"Tewet", Tevet, German, false},
	{"Schwat", Shevat, German, false},
	{"Niszán", Nisan, Hungarian, false},
	{"Ijár", Iyyar, Hungarian, false},
	{"Sziván", Sivan, Hungarian, false},
	{"Támuz", Tammuz, Hungarian, false},
	{"Áv", Av, Hungarian, false},
	{"Chesván", Cheshvan, Hungarian, false},
	{"Kiszlév", Kislev, Hungarian, false},
	{"Tévét", Tevet, Hungarian, false},
	{"Svát", Shevat, Hungarian, false},
	{"Ádár", Adar, Hungarian, false},
	{"Tammoez", Tammuz, Dutch, false},
	{"Eloel", Elul, Dutch, false},
	{"Tisjri", Tishrei, Dutch, false},
	{"Chesjvan", Cheshvan, Dutch, false},
	{"Sjevat", Shevat, Dutch, false},
	{"Aiar", Iyyar, Romanian, false},
	{"Tişrei", Tishrei, Romanian, false},
	{"Ĥeşvan", Cheshvan, Romanian, false},
	{"Chislev", Kislev, Romanian, false},
	{"Şâvat", Shevat, Romanian, false},
	{"Нісан", Nisan, Ukrainian, false},
	{"Іяр", Iyyar, Ukrainian, false},
	{"Сіван", Sivan, Ukrainian, false},
	{"Елул", Elul, Ukrainian, false},
	{"Тішрей", Tishrei, Ukrainian, false},
	{"Кіслев", Kislev, Ukrainian, false},
	{"нисана", Nisan, RussianGenitive, false},
	{"ияра", Iyyar, RussianGenitive, false},
	{"сивана", Sivan, RussianGenitive, false},
	{"тамуза", Tammuz, RussianGenitive, false},
	{"ава", Av, RussianGenitive, false},
	{"элула", Elul, RussianGenitive, false},
	{"тишрея", Tishrei, RussianGenitive, false},
	{"хешвана", Cheshvan, RussianGenitive, false},
	{"кислева", Kislev, RussianGenitive, false},
	{"тевета", Tevet, RussianGenitive, false},
	{"швата", Shevat, RussianGenitive, false},
	{"адара", Adar, RussianGenitive, false},
	{"нісана", Nisan, UkrainianGenitive, false},
	{"іяра", Iyyar, UkrainianGenitive, false},
	{"сівана", Sivan, UkrainianGenitive, false},
	{"елула", Elul, UkrainianGenitive, false},
	{"тішрея", Tishrei, UkrainianGenitive, false},
	{"кіслева", Kislev, UkrainianGenitive, false},
	{"Nison", Nisan, AshkenaziKomatz, false},
	{"Iyyor", Iyyar, AshkenaziKomatz, false},
	{"Ov", Av, AshkenaziKomatz, false},
	{"Teives", Tevet, AshkenaziKomatz, false},
	{"Shvot", Shevat, AshkenaziKomatz, false},
	{"Ador", Adar, AshkenaziKomatz, false},
	{"Teyves", Tevet, Litvish, false},
	{"Odor", Adar, Litvish, false},
	{"Aior", Iyyar, AshkenaziRomanian, false},
	{"Ĥeşvon", Cheshvan, AshkenaziRomanian, false},
	{"Şvat", Shevat, AshkenaziRomanian, false},

	{"Nisson", Nisan, Ashkenazi, true},
	{"Sivon", Sivan, Ashkenazi, true},
	{"Tamuz", Tammuz, Sephardi, true},
	{"Ellul", Elul, Sephardi, true},
	{"Tamus", Tammuz, Ashkenazi, true},
	{"Menachem Av", Av, Sephardi, true},
	{"Menachem Ab", Av, Academic, true},
	{"Ab", Av, Academic, true},
	{"Tishre", Tishrei, Sephardi, true},
	{"Tishrey", Tishrei, Sephardi, true},
	{"Hesvan", Cheshvan, Academic, true},
	{"Chesvan", Cheshvan, Sephardi, true},
	{"Cheshvon", Cheshvan, Ashkenazi, true},
	{"Kheshvan", Cheshvan, Academic, true},
	{"Marcheshvan", Cheshvan, Sephardi, true},
	{"Mar Cheshvan", Cheshvan, Sephardi, true},
	{"Marheshvan", Cheshvan, Academic, true},
	{"Mar Heshvan", Cheshvan, Academic, true},
	{"Ḥešwan", Cheshvan, Academic, true},
	{"Marḥešwan", Cheshvan, Academic, true},
	{"Kislew", Kislev, Academic, true},
	{"Kislef", Kislev, Ashkenazi, true},
	{"Teveth", Tevet, Academic, true},
	{"Tebet", Tevet, Academic, true},
	{"Tebeth", Tevet, Academic, true},
	{"Shvat", Shevat, Sephardi, true},
	{"Shebat", Shevat, Academic, true},
	{"Šewaṭ", Shevat, Academic, true},
	{"Šebaṭ", Shevat, Academic, true},
	{"Ve'adar", AdarII, Hebcal, true},
	{"Veadar", AdarII, Hebcal, true},
	{"Ve Adar", AdarII, Hebcal, true},
	{"Vadar", AdarII, Hebcal, true},
	{"איר", Iyyar, Hebrew, true},
	{"סיוון", Sivan, Hebrew, true},
	{"מנחם אב", Av, Hebrew, true},
	{"חשוון", Cheshvan, Hebrew, true},
	{"מרחשון", Cheshvan, Hebrew, true},
	{"מרחשוון", Cheshvan, Hebrew, true},
	{"מר חשון", Cheshvan, Hebrew, true},
	{"מר חשוון", Cheshvan, Hebrew, true},
	{"כסליו", Kislev, Hebrew, true},
	{"ואדר", AdarII, Hebrew, true},
	{"Téveth", Tevet, French, true},
	{"Tamouz", Tammuz, French, true},
	{"Héshvan", Cheshvan, French, true},
	{"Tichri", Tishrei, French, true},
	{"Elloul", Elul, French, true},
	{"Thichri", Tishrei, French, true},
	{"Tèbheth", Tevet, French, true},
	{"Nissâne", Nisan, French, true},
	{"Гешван", Cheshvan, Ukrainian, true},
	{"гешвана", Cheshvan, UkrainianGenitive, true},
	{"Tisri", Tishrei, Hungarian, true},
	{"Tischri", Tishrei, German, true},
	{"Niesan", Nisan, Dutch, true},
	{"Siewan", Sivan, Dutch, true},
	{"Tisjrie", Tishrei, Dutch, true},
	{"Chesjwan", Cheshvan, Dutch, true},
	{"Marchesjwan", Cheshvan, Dutch, true},
	{"Sjewat", Shevat, Dutch, true},
	{"Elloel", Elul, Dutch, true},
	{"Элуль", Elul, Russian, true},
	{"элуля", Elul, RussianGenitive, true},
	{"Тишри", Tishrei, Russian, true},
	{"Tiszri", Tishrei, Polish, true},
	{"Tiszrei", Tishrei, Polish, true},
	{"Cheszwan", Cheshvan, Polish, true},
	{"Marcheszwan", Cheshvan, Polish, true},
	{"Szwat", Shevat, Polish, true},
	{"Szewat", Shevat, Polish, true},
	{"Tshirei", Tishrei, Portuguese, true},
	// Arabic's, in hebcal's family.
	{"تشري", Tishrei, Hebcal, true},
	{"تشريه", Tishrei, Hebcal, true},
	{"حشفان", Cheshvan, Hebcal, true},
	{"مرحشفان", Cheshvan, Hebcal, true},
	{"كسليف", Kislev, Hebcal, true},
	{"طيفت", Tevet, Hebcal, true},
	{"طيبت", Tevet, Hebcal, true},
	{"شباط", Shevat, Hebcal, true},
	{"شفاط", Shevat, Hebcal, true},
	{"آذار", Adar, Hebcal, true},
	{"أدار", Adar, Hebcal, true},
	{"نيسان", Nisan, Hebcal, true},
	{"أيار", Iyyar, Hebcal, true},
	{"إيار", Iyyar, Hebcal, true},
	{"سيفان", Sivan, Hebcal, true},
	{"تموز", Tammuz, Hebcal, true},
	{"آب", Av, Hebcal, true},
	{"أيلول", Elul, Hebcal, true},
	{"إيلول", Elul, Hebcal, true},
	// Mar before each family's Cheshvan (marForms).
	{"Marh̲echvan", Cheshvan, French, true},
	{"Mar H̲echvan", Cheshvan, French, true},
	{"Мархешван", Cheshvan, Russian, true},
	{"Мар Хешван", Cheshvan, Russian, true},
	{"Marjeshvan", Cheshvan, Spanish, true},
	{"Mar Jeshvan", Cheshvan, Spanish, true},
	{"Marcheschwan", Cheshvan, German, true},
	{"Mar Cheschwan", Cheshvan, German, true},
	{"Marchesván", Cheshvan, Hungarian, true},
	{"Mar Chesván", Cheshvan, Hungarian, true},
	{"Marchesjvan", Cheshvan, Dutch, true},
	{"Mar Chesjvan", Cheshvan, Dutch, true},
	{"Marĥeşvan", Cheshvan, Romanian, true},
	{"Mar Ĥeşvan", Cheshvan, Romanian, true},
	{"мархешвана", Cheshvan, RussianGenitive, true},
	{"мар хешвана", Cheshvan, RussianGenitive, true},
	{"Marcheshvon", Cheshvan, AshkenaziKomatz, true},
	{"Mar Cheshvon", Cheshvan, AshkenaziKomatz, true},
	{"Marĥeşvon", Cheshvan, AshkenaziRomanian, true},
	{"Mar Ĥeşvon", Cheshvan, AshkenaziRomanian, true},
}

// TestSpellingTable checks that spellingCases is the whole of the table in
// names.go, so that a spelling added there is tested here.
func TestSpellingTable(t *testing.T) {
	listed := map[string]bool{}
	for _, c := range spellingCases {
		listed[c.word] = true
	}
	keys := map[string]string{}
	for _, e := range spellings {
		assert.True(t, listed[e.word], "spelling %q of %v is not in spellingCases", e.word, e.month)
		if e.family == Niqqud {
			continue
		}
		if other, dup := keys[e.exact]; dup {
			t.Errorf("%q and %q share the key %q: one of them can never be read", other, e.word, e.exact)
		}
		keys[e.exact] = e.word
	}
	for f := range numFamilies {
		for m := Nisan; m <= Adar; m++ {
			assert.Equal(t, wantFamilyWords[f][m-1], spellings[familyWord[f][m]].word, "%v %v", f, m)
		}
	}
}

// point puts a sheva under the first letter of a Hebrew word.
func point(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	return w[:n] + "\u05b0" + w[n:]
}

// unpointed removes the Hebrew points (U+0591 to U+05C7 but the maqaf and
// the punctuation among them) from a word.
func unpointed(w string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x0591 && r <= 0x05c7 && r != 0x05be && r != 0x05c0 && r != 0x05c3 && r != 0x05c6 {
			return -1
		}
		return r
	}, w)
}

// write returns the name AppendMonth writes.
func write(m Month, leap bool, sp Spelling) string {
	return string(AppendMonth(nil, m, leap, sp))
}

func TestMatchMonthSpellings(t *testing.T) {
	type input struct {
		text   string
		family Family
		prefix bool
	}
	for _, c := range spellingCases {
		var inputs []input
		if c.family.IsHebrew() {
			pointed := c.word
			if c.family == Hebrew {
				pointed = point(c.word)
				inputs = append(inputs,
					input{c.word, Hebrew, false},
					input{"ב" + c.word, Hebrew, true},
					input{"ב-" + c.word, Hebrew, true},
					input{"ב\u05be" + c.word, Hebrew, true}, // maqaf
				)
			}
			inputs = append(inputs,
				input{pointed, Niqqud, false},
				input{"ב" + pointed, Niqqud, true},
				input{"בְּ" + pointed, Niqqud, true},
			)
		} else {
			for _, w := range []string{c.word, strings.ToUpper(c.word), strings.ToLower(c.word)} {
				inputs = append(inputs, input{w, c.family, false})
				if strings.Contains(w, "'") {
					for _, apos := range []string{"\u2019", "\u2018", "\u02bc", "`"} {
						inputs = append(inputs, input{strings.ReplaceAll(w, "'", apos), c.family, false})
					}
				}
				if strings.Contains(w, " ") {
					inputs = append(inputs,
						input{strings.ReplaceAll(w, " ", "-"), c.family, false},
						input{strings.ReplaceAll(w, " ", "  "), c.family, false},
						input{strings.ReplaceAll(w, " ", "\u2013"), c.family, false},
					)
				}
			}
		}
		for _, in := range inputs {
			t.Run(in.text, func(t *testing.T) {
				for _, tail := range []string{"", " 5784", ", 5784", ".", "\u200f"} {
					name, ok := MatchMonth(in.text + tail)
					require.True(t, ok, "%q", in.text+tail)
					assert.Equal(t, c.month, name.Month)
					assert.Equal(t, in.family, name.Spelling.Family)
					assert.Equal(t, in.prefix, name.Spelling.Prefix)
					assert.Equal(t, c.month == AdarII, name.Qualified)
					assert.Equal(t, len(in.text), name.Len)
					assert.Equal(t, len(in.text), name.BaseLen)
				}
				name, _ := MatchMonth(in.text)
				// Written back in the spelling read: the word itself, or
				// for a family's own word in another letter case, the
				// family's word.
				// Read with points, a family's own word or one spelt as
				// the Niqqud family's is written as the Niqqud family
				// writes it; another variant has no pointed form and is
				// written as listed.
				want, variant := c.word, c.variant
				if in.family == Niqqud && c.month != AdarII &&
					(!c.variant || unpointed(c.word) == unpointed(wantFamilyWords[Niqqud][c.month-1])) {
					want, variant = wantFamilyWords[Niqqud][c.month-1], false
				}
				if in.prefix {
					want = "ב" + want
				}
				assert.Equal(t, want, write(c.month, false, name.Spelling))
				w, m, ok := name.Spelling.Word()
				assert.Equal(t, variant, ok, "Word")
				if ok {
					assert.Equal(t, c.word, w)
					assert.Equal(t, c.month, m)
				}
			})
		}
	}
}

func TestMatchMonthAdar(t *testing.T) {
	tests := []struct {
		text      string
		month     Month
		family    Family
		style     AdarStyle
		prefix    bool
		qualified bool
		len       int
		baseLen   int
	}{
		{"Adar", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"Adar I", Adar, Hebcal, AdarRoman, false, true, 6, 6},
		{"Adar II", AdarII, Hebcal, AdarRoman, false, true, 7, 7},
		{"ADAR II", AdarII, Hebcal, AdarRoman, false, true, 7, 7},
		{"adar i", Adar, Hebcal, AdarRoman, false, true, 6, 6},
		{"Adar-II", AdarII, Hebcal, AdarRoman, false, true, 7, 7},
		{"Adar  II", AdarII, Hebcal, AdarRoman, false, true, 8, 8},
		{"Adar 1", Adar, Hebcal, AdarDigit, false, true, 6, 4},
		{"Adar 2", AdarII, Hebcal, AdarDigit, false, true, 6, 4},
		{"Adar1", Adar, Hebcal, AdarDigit, false, true, 5, 4},
		{"Adar2", AdarII, Hebcal, AdarDigit, false, true, 5, 4},
		{"Adar Aleph", Adar, Hebcal, AdarAleph, false, true, 10, 10},
		{"Adar Alef", Adar, Hebcal, AdarAlef, false, true, 9, 9},
		{"Adar Bet", AdarII, Hebcal, AdarAleph, false, true, 8, 8},
		{"Adar Beth", AdarII, Hebcal, AdarAleph, false, true, 9, 9},
		{"Adar Beit", AdarII, Hebcal, AdarAleph, false, true, 9, 9},
		{"Adar Beis", AdarII, Hebcal, AdarBeis, false, true, 9, 9},
		{"Adar Bais", AdarII, Hebcal, AdarBeis, false, true, 9, 9},
		{"Adar Rishon", Adar, Hebcal, AdarRishon, false, true, 11, 11},
		{"Adar Sheni", AdarII, Hebcal, AdarRishon, false, true, 10, 10},
		{"Adar Sheini", AdarII, Hebcal, AdarSheini, false, true, 11, 11}, // hdate reads Adar I
		{"Adar Sheyni", AdarII, Hebcal, AdarSheini, false, true, 11, 11},
		{"Adar Shani", AdarII, Hebcal, AdarSheini, false, true, 10, 10},
		{"Ve'adar", AdarII, Hebcal, AdarVeadar, false, true, 7, 7},
		{"Ve\u2019adar", AdarII, Hebcal, AdarVeadar, false, true, 9, 9},
		{"Veadar", AdarII, Hebcal, AdarVeadar, false, true, 6, 6},
		{"Ve-adar", AdarII, Hebcal, AdarVeadar, false, true, 7, 7},
		{"Adar I, 5784", Adar, Hebcal, AdarRoman, false, true, 6, 6},
		{"Adar 1, 5784", Adar, Hebcal, AdarDigit, false, true, 6, 4},
		{"Adar 15, 5784", Adar, Hebcal, AdarDefault, false, false, 4, 4}, // a day, not a qualifier
		{"Adar 2024", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"Adar 2:38PM", Adar, Hebcal, AdarDefault, false, false, 4, 4}, // an hour, not a qualifier
		{"Adar 1.05", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"Adar 2.", AdarII, Hebcal, AdarDigit, false, true, 6, 4},
		{"Adar III", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"Adar Is", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"Adar Ia", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"Adar א׳", Adar, Hebcal, AdarDefault, false, false, 4, 4}, // no Hebrew qualifier on a Latin name
		{"אדר", Adar, Hebrew, AdarDefault, false, false, 6, 6},
		{"אדר א׳", Adar, Hebrew, AdarLetter, false, true, 11, 11},
		{"אדר א'", Adar, Hebrew, AdarLetterASCII, false, true, 10, 10},
		{"אדר א\u2019", Adar, Hebrew, AdarLetterASCII, false, true, 12, 12},
		{"אדר א", Adar, Hebrew, AdarLetterBare, false, true, 9, 9},
		{"אדר ב׳", AdarII, Hebrew, AdarLetter, false, true, 11, 11},
		{"אדר ב'", AdarII, Hebrew, AdarLetterASCII, false, true, 10, 10},
		{"אדר ב", AdarII, Hebrew, AdarLetterBare, false, true, 9, 9},
		{"אדר ראשון", Adar, Hebrew, AdarWord, false, true, 17, 17},
		{"אדר שני", AdarII, Hebrew, AdarWord, false, true, 13, 13},
		{"אדר-ב׳", AdarII, Hebrew, AdarLetter, false, true, 11, 11},
		{"ואדר", AdarII, Hebrew, AdarVav, false, true, 8, 8},
		{"באדר ב׳", AdarII, Hebrew, AdarLetter, true, true, 13, 13},
		{"באדר", Adar, Hebrew, AdarDefault, true, false, 8, 8},
		{"אֲדָר ב׳", AdarII, Niqqud, AdarLetter, false, true, 15, 15},
		{"אֲדָר א׳", Adar, Niqqud, AdarLetter, false, true, 15, 15},
		{"וַאֲדָר", AdarII, Niqqud, AdarVav, false, true, 14, 14},
		{"אדר בניסן", Adar, Hebrew, AdarDefault, false, false, 6, 6},
		{"אדר II", Adar, Hebrew, AdarDefault, false, false, 6, 6}, // no Latin qualifier on a Hebrew name
		// Formal Hebrew's ordinals with their article, and English's
		// capital letters for א and ב; near misses stay a bare Adar.
		{"אדר הראשון", Adar, Hebrew, AdarArticle, false, true, 19, 19},
		{"באדר הראשון", Adar, Hebrew, AdarArticle, true, true, 21, 21},
		{"באדר השני", AdarII, Hebrew, AdarArticle, true, true, 17, 17},
		{"אדר השני תשפ״ד", AdarII, Hebrew, AdarArticle, false, true, 15, 15},
		{"באדר השנה", Adar, Hebrew, AdarDefault, true, false, 8, 8}, // this year
		{"באדר השנייה", Adar, Hebrew, AdarDefault, true, false, 8, 8},
		{"Adar A", Adar, Hebcal, AdarLatinLetter, false, true, 6, 6},
		{"Adar B 5784", AdarII, Hebcal, AdarLatinLetter, false, true, 6, 6},
		{"Adar B, 5784", AdarII, Hebcal, AdarLatinLetter, false, true, 6, 6},
		{"Adar a", Adar, Hebcal, AdarDefault, false, false, 4, 4},         // English's article
		{"Adar A.M. 5783", Adar, Hebcal, AdarDefault, false, false, 4, 4}, // anno mundi
		{"Adar A meeting", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"Adar Ab", Adar, Hebcal, AdarDefault, false, false, 4, 4},
		{"אדר A", Adar, Hebrew, AdarDefault, false, false, 6, 6},
		// Arabic's ordinals after Arabic's Adar (hebcal's family, as
		// Arabic has no hebcal locale); near misses stay a bare Adar.
		{"آذار الثاني", AdarII, Hebcal, AdarArabic, false, true, 21, 21},
		{"آذار الأول 5784", Adar, Hebcal, AdarArabic, false, true, 19, 19},
		{"آذار الاول", Adar, Hebcal, AdarArabic, false, true, 19, 19},
		{"أدار الثانى", AdarII, Hebcal, AdarArabic, false, true, 21, 21},
		{"آذار الثانية", Adar, Hebcal, AdarDefault, false, false, 8, 8},
		{"آذار الأولى", Adar, Hebcal, AdarDefault, false, false, 8, 8},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			name, ok := MatchMonth(tc.text)
			require.True(t, ok)
			assert.Equal(t, tc.month, name.Month)
			assert.Equal(t, tc.family, name.Spelling.Family)
			assert.Equal(t, tc.style, name.Spelling.Adar)
			assert.Equal(t, tc.prefix, name.Spelling.Prefix)
			assert.Equal(t, tc.qualified, name.Qualified)
			assert.Equal(t, tc.len, name.Len)
			assert.Equal(t, tc.baseLen, name.BaseLen)
		})
	}
}

func TestMatchMonthNone(t *testing.T) {
	for _, s := range []string{
		"", "Chicken", "Never", "Avenue", "Adamant", "Nov", "November", "Sheva", "Tevetx",
		"Adar11", "Adar1x", "AdarII", "Adarim", "Nisan5784", "Avi", "Elula", "A", "Ad", "Tishreis",
		"Menachem", "Mar", "Ve", "Shabbat", "Sunday",
		"אדרת", "אבא", "ב", "בב", "אבן", "שבת", "טבתי", "מנחם", "בNisan", "באבא",
		"אדר1", "אדר2", "באדר1", "טבת2", // no digit qualifier on a Hebrew Adar, as none on another month
		"5784", " Nisan", "\u05b0אדר", "\xff", "\xd7", "\xd7\x90",
	} {
		t.Run(s, func(t *testing.T) {
			name, ok := MatchMonth(s)
			assert.False(t, ok)
			assert.Equal(t, MonthName{}, name)
		})
	}
}

// TestMatchMonthFinalTh: a name that ends in t (ת) is read with th, as
// older and French transliterations write it ("le 10 Chevath 5711",
// Chabad Perpignan): it was no month, where Teveth, listed, was. A name
// that ends in another letter takes no h, nor a word of five letters.
func TestMatchMonthFinalTh(t *testing.T) {
	for s, want := range map[string]Month{"Shevath": Shevat, "Chevath": Shevat, "Shvath": Shevat, "Sh'vath": Shevat, "SHEVATH": Shevat, "Teveth": Tevet} {
		t.Run(s, func(t *testing.T) {
			name, ok := MatchMonth(s)
			require.True(t, ok)
			assert.Equal(t, want, name.Month)
			assert.Equal(t, len(s), name.Len)
		})
	}
	for _, s := range []string{"Kislevh", "Eluth", "Tishrith", "Nisanth", "Shevathh", "Adarth", "Tevth"} {
		t.Run(s, func(t *testing.T) {
			_, ok := MatchMonth(s)
			assert.False(t, ok)
		})
	}
}

func TestLookupMonth(t *testing.T) {
	tests := []struct {
		text  string
		month Month
		len   int
	}{
		{"Tevet", Tevet, 5},
		{"  Tevet\t", Tevet, 5},
		{"Adar 1", Adar, 6},
		{"Adar II", AdarII, 7},
		{"אדר ב׳ ", AdarII, 11},
		{"\u200fבשבט\u200f", Shevat, 8},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			name, err := LookupMonth(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.month, name.Month)
			assert.Equal(t, tc.len, name.Len)
		})
	}
}

func TestLookupMonthErrors(t *testing.T) {
	tests := []struct {
		text   string
		offset int
	}{
		{"", 0},
		{"   ", 3},
		{"Chicken", 0},
		{"  Chicken", 2},
		{"Tevet 5766", 5},
		{"Adar 15", 4},
		{"Nisan Nisan", 5},
		{"אדר ג׳", 6},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			name, err := LookupMonth(tc.text)
			assert.Equal(t, MonthName{}, name)
			assert.ErrorIs(t, err, ErrSyntax)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.text, se.Input)
			assert.Equal(t, tc.offset, se.Offset)
			assert.LessOrEqual(t, se.Offset, len(tc.text))
		})
	}
}

// wantAdar returns the words a style writes after "Adar" for Adar I and
// Adar II, written out here from the style's documentation; a leading '+'
// marks a word written alone, a trailing '-' one written before the name.
func wantAdar(style AdarStyle) (i, ii string) {
	switch style {
	case AdarRoman:
		return "I", "II"
	case AdarDigit:
		return "1", "2"
	case AdarAleph, AdarAlef:
		if style == AdarAlef {
			return "Alef", "Bet"
		}
		return "Aleph", "Bet"
	case AdarBeis:
		return "Aleph", "Beis"
	case AdarRishon:
		return "Rishon", "Sheni"
	case AdarSheini:
		return "Rishon", "Sheini"
	case AdarVeadar:
		return "Rishon", "+Ve'adar"
	case AdarLetter:
		return "א׳", "ב׳"
	case AdarLetterASCII:
		return "א'", "ב'"
	case AdarLetterBare:
		return "א", "ב"
	case AdarWord:
		return "ראשון", "שני"
	case AdarVav:
		return "ראשון", "+ואדר"
	case AdarAlefBeis:
		return "Alef", "Beis"
	case AdarRomanBefore:
		return "I.-", "II.-"
	case AdarOrdinalBefore:
		return "First-", "Second-"
	case AdarItalian:
		return "primo", "secondo"
	case AdarArticle:
		return "הראשון", "השני"
	case AdarLatinLetter:
		return "A", "B"
	case AdarArabic:
		return "الأول", "الثاني"
	}
	panic(fmt.Sprint("no style ", style))
}

func TestAppendMonth(t *testing.T) {
	defaults := [numFamilies]AdarStyle{AdarRoman, AdarRoman, AdarRishon, AdarRoman, AdarLetter, AdarLetter,
		AdarRoman, AdarRoman, AdarRoman, AdarRoman, AdarRoman, AdarRoman, AdarRoman, AdarRoman, AdarRoman, AdarRoman, AdarRoman, // French ... Ukrainian
		AdarLetter, AdarRoman, AdarRoman, // Yiddish, the genitives
		AdarRoman, AdarBeis, AdarBeis, AdarAlefBeis, AdarRoman} // the Ashkenazi locales
	for f := range numFamilies + 1 { // and one family out of range
		for style := range numAdarStyles + 1 { // and one style out of range
			t.Run(fmt.Sprintf("%v/style%d", f, style), func(t *testing.T) {
				for _, prefix := range []bool{false, true} {
					for _, leap := range []bool{false, true} {
						for m := Nisan; m <= AdarII; m++ {
							sp := Spelling{Family: f, Adar: style, Prefix: prefix}
							wf := f
							if f == numFamilies {
								wf = Hebcal
							}
							// The expected name, from the tables of this file.
							want := wantFamilyWords[wf][min(m, Adar)-1]
							plain := style == AdarPlain && (m == Adar || m == AdarII)
							if (m == AdarII || m == Adar && leap) && !plain {
								ws := style
								if ws == AdarDefault || ws >= numAdarStyles || (ws >= AdarLetter && ws <= AdarVav || ws == AdarArticle) != wf.IsHebrew() {
									ws = defaults[wf]
								}
								i, ii := wantAdar(ws)
								q := i
								if m == AdarII {
									q = ii
								}
								if strings.HasPrefix(q, "+") {
									want = q[1:]
								} else if before, ok := strings.CutSuffix(q, "-"); ok {
									want = before + " " + want
								} else {
									want += " " + q
								}
							}
							if prefix && wf.IsHebrew() {
								want = "ב" + want
							}
							name := fmt.Sprintf("%v/%d/prefix=%v/leap=%v/%v", f, style, prefix, leap, m)
							got := AppendMonth([]byte("x"), m, leap, sp)
							if !assert.Equal(t, "x"+want, string(got), name) {
								continue
							}
							assert.Equal(t, want, sp.Name(m, leap), name)

							// Read back: the same month, all of it, qualified
							// where it must be, and written the same way by the
							// spelling read.
							back, ok := MatchMonth(want)
							if !assert.True(t, ok, "%s: MatchMonth(%q)", name, want) {
								continue
							}
							assert.Equal(t, len(want), back.Len, "%s: MatchMonth(%q)", name, want)
							if plain {
								// Plain Adar reads back as the unqualified Adar.
								assert.Equal(t, Adar, back.Month, "%s: MatchMonth(%q)", name, want)
								assert.False(t, back.Qualified, "%s: MatchMonth(%q)", name, want)
								continue
							}
							assert.Equal(t, m, back.Month, "%s: MatchMonth(%q)", name, want)
							assert.Equal(t, m == AdarII || m == Adar && leap, back.Qualified, "%s: MatchMonth(%q)", name, want)
							assert.Equal(t, prefix && wf.IsHebrew(), back.Spelling.Prefix, "%s: MatchMonth(%q)", name, want)
							assert.Equal(t, want, write(m, leap, back.Spelling), "%s: rewritten", name)
						}
					}
				}
			})
		}
	}
}

func TestAppendMonthOutOfRange(t *testing.T) {
	for _, m := range []Month{0, 14, -1} {
		t.Run(fmt.Sprint(int(m)), func(t *testing.T) {
			want := fmt.Sprintf("%%!Month(%d)", int(m))
			assert.Equal(t, want, write(m, true, Spelling{Family: Hebrew}))
			assert.Equal(t, want, Spelling{}.Name(m, false))
		})
	}
}

// TestVariantWrittenBack checks that a spelling a layout saw for one month
// is kept for that month, and the family's words serve the others.
func TestVariantWrittenBack(t *testing.T) {
	tests := []struct {
		seen   string
		month  Month
		others map[Month]string // with leap false, unless the month is AdarII
		leapI  string           // how Adar I is written
	}{
		{"Tamuz", Tammuz, map[Month]string{Nisan: "Nisan", Iyyar: "Iyar", Shevat: "Shevat", Adar: "Adar", AdarII: "Adar II"}, "Adar I"},
		{"Nissan", Nisan, map[Month]string{Tammuz: "Tammuz", Tishrei: "Tishri", Cheshvan: "Heshvan", Shevat: "Shevat"}, "Adar I"},
		{"Marcheshvan", Cheshvan, map[Month]string{Kislev: "Kislev", Iyyar: "Iyar", Shevat: "Shevat"}, "Adar I"},
		{"Teves", Tevet, map[Month]string{Shevat: "Shevat", Iyyar: "Iyar", AdarII: "Adar Sheni"}, "Adar Rishon"},
		{"Ve'adar", AdarII, map[Month]string{Adar: "Adar", Nisan: "Nisan", Shevat: "Sh'vat"}, "Adar Rishon"},
		{"Veadar", AdarII, map[Month]string{Adar: "Adar", Tevet: "Tevet"}, "Adar Rishon"},
		{"Adar 2", AdarII, map[Month]string{Adar: "Adar", Nisan: "Nisan"}, "Adar 1"},
		{"סיוון", Sivan, map[Month]string{Nisan: "ניסן", Adar: "אדר", AdarII: "אדר ב׳"}, "אדר א׳"},
		{"ואדר", AdarII, map[Month]string{Adar: "אדר", Sivan: "סיון"}, "אדר ראשון"},
		{"בטבת", Tevet, map[Month]string{Sivan: "בסיון", AdarII: "באדר ב׳"}, "באדר א׳"},
		{"טֵבֵת", Tevet, map[Month]string{Sivan: "סִיוָן", AdarII: "אֲדָר ב׳"}, "אֲדָר א׳"},
	}
	for _, tc := range tests {
		t.Run(tc.seen, func(t *testing.T) {
			name, ok := MatchMonth(tc.seen)
			require.True(t, ok)
			require.Equal(t, tc.month, name.Month)
			assert.Equal(t, tc.seen, write(tc.month, true, name.Spelling), "leap year")
			if tc.month != AdarII {
				assert.Equal(t, tc.seen, write(tc.month, false, name.Spelling), "common year")
			}
			for m, want := range tc.others {
				assert.Equal(t, want, write(m, false, name.Spelling), "%v", m)
			}
			assert.Equal(t, tc.leapI, write(Adar, true, name.Spelling), "Adar I")
		})
	}
}

func TestFamily(t *testing.T) {
	names := []string{"Hebcal", "Sephardi", "Ashkenazi", "Academic", "Hebrew", "Niqqud",
		"French", "Russian", "Spanish", "German", "Portuguese", "Polish", "Hungarian", "Dutch", "Romanian",
		"Finnish", "Ukrainian", "Yiddish", "RussianGenitive", "UkrainianGenitive",
		"AshkenaziKomatz", "Litvish", "Poylish", "AshkenaziRomanian", "AshkenaziStandard"}
	for f := range numFamilies {
		assert.Equal(t, names[f], f.String())
		assert.Equal(t, f == Hebrew || f == Niqqud || f == Yiddish, f.IsHebrew(), "%v", f)
		g, ok := FamilyOf(f.Locale())
		assert.True(t, ok, "%v", f)
		assert.Equal(t, f.Locale(), g.Locale(), "%v", f)
	}
	assert.Equal(t, "%!Family(99)", Family(99).String())
	assert.False(t, Family(99).IsHebrew())
	_, _, ok := Spelling{}.Word()
	assert.False(t, ok)
}

// searchMonth is matchMonth at s[0] by the search of its bucket alone,
// which the lookups stand for.
func searchMonth(s string) (MonthName, bool) {
	idx, end, ok := searchSpelling(s, 0)
	if !ok {
		return MonthName{}, false
	}
	return monthName(s, 0, end, idx), true
}

// TestASCIIWords holds matchMonth's lookup of a Latin word to the search
// of its bucket that it stands for: every key, in three letter cases,
// followed by every kind of text that can end a name or not.
func TestASCIIWords(t *testing.T) {
	after := []string{"", " ", " 5784", "1", "I", " I", " II", "-I", "i", ".", ",", "x", "s", "\u0301", "\u0323", "’", "'", "'s", "-", "é", "א", "ё", " Cheshvan"}
	for _, e := range spellings {
		for _, w := range []string{e.key, strings.ToUpper(e.key), strings.ToUpper(e.key[:1]) + e.key[1:]} {
			for _, a := range after {
				s := w + a
				want, wantOK := searchMonth(s)
				got, gotOK := matchMonth(s, 0)
				assert.Equal(t, wantOK, gotOK, "%q", s)
				assert.Equal(t, want, got, "%q", s)
			}
		}
	}
	assert.NotEmpty(t, asciiWords)
}

// TestHebrewIndex holds matchMonth's lookup of a word of bare Hebrew
// letters to the search of its bucket that it stands for: every Hebrew
// key, its prefixes and the key with letters after it, and the words of a
// Hebrew news page, each followed by every kind of text that can end a
// name or not.
func TestHebrewIndex(t *testing.T) {
	page, err := os.ReadFile("../internal/parse/testdata/article-he.txt")
	require.NoError(t, err)
	words := strings.Fields(string(page))
	for _, e := range spellings {
		if k := e.key; script.BareHebrew(k[:min(2, len(k))]) {
			words = append(words, k, k+"ים", k[:len(k)/2*2/2*2])
			for j := 2; j < len(k); j += 2 {
				words = append(words, k[:j])
			}
		}
	}
	after := []string{"", " ", " 5784", "1", "׳", "״", "'", "\"", "-", "־", ",", ".", "א", "\u05B8", " א׳", " שני", " ב", ")", "a", "é"}
	n := 0
	for _, w := range words {
		for _, a := range after {
			s := w + a
			if s == "" || s[0] != 0xD7 {
				continue
			}
			want, wantOK := searchMonth(s)
			got, gotOK := matchMonth(s, 0)
			assert.Equal(t, wantOK, gotOK, "%q", s)
			assert.Equal(t, want, got, "%q", s)
			n++
		}
	}
	assert.Greater(t, n, 10000)
	assert.NotEmpty(t, hebrewIndex)
}
