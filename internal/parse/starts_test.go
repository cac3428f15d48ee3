package parse

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/script"
	"github.com/dualdate/dualdate/internal/words"
)

// startTexts are texts to hold the start table to phrase on: pages, the
// corpus, every word of the tables and every occasion's name in three
// letter cases, glued to digits and followed by text.
func startTexts(t testing.TB) []string {
	var texts []string
	for _, path := range []string{"testdata/article.txt", "testdata/article-he.txt", "../../testdata/corpus/datelines.tsv", "../../testdata/corpus/incoming.tsv", "../../testdata/regressions.tsv"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	var names []string
	for k := range latinWords {
		names = append(names, k)
	}
	names = append(names, words.MonthFirst...)
	for _, n := range occasionNames() {
		names = append(names, n.Text)
	}
	names = append(names, "Adar1", "AdarII", "Adar-I", "Sh'vat", "Sh’vat", "Ṭevet 5784", "Marchers", "Mayor")
	for _, n := range names {
		for _, v := range []string{n, strings.ToUpper(n), strings.ToTitle(n[:1]) + n[1:]} {
			texts = append(texts, v+" 22, 5784", v+"2 5784", "on "+v+" (5784)", v, v+"'s 22, 5784")
		}
		for k := 3; k < len(n); k++ {
			texts = append(texts, n[:k]+"'"+n[k:]+" 22, 5784") // see apostropheProse
		}
	}
	return texts
}

// hebrewStartTexts are texts to hold hebrewStart to phrase on: the Hebrew
// words of the tables and the months in Hebrew letters in every spelling,
// bare and after a prefix letter, before a year, a date, punctuation.
func hebrewStartTexts() []string {
	var texts, hebrewNames []string
	for k := range hebrewWords {
		hebrewNames = append(hebrewNames, k)
	}
	for k := range hebrewUnits {
		hebrewNames = append(hebrewNames, k)
	}
	for k := range hebrewTens {
		hebrewNames = append(hebrewNames, k)
	}
	for m := hebrew.Tishrei; m <= hebrew.AdarII; m++ {
		for _, sp := range []hebrew.Spelling{{Family: hebrew.Hebrew}, {Family: hebrew.Hebrew, Adar: hebrew.AdarAleph}} {
			hebrewNames = append(hebrewNames, string(hebrew.AppendMonth(nil, m, true, sp)), string(hebrew.AppendMonth(nil, m, false, sp)))
		}
	}
	for _, n := range hebrewNames {
		for _, v := range []string{n, "ב" + n, "ו" + n, "ל" + n, "ה" + n} {
			texts = append(texts, v+" תשפ״ד", v+" כ״ב באדר", "כב "+v+" תשפד", v+", יום", v+"־"+v, v+".")
		}
	}
	return texts
}

// mayStartAgrees fails t where the start table says no phrase starts at a
// place where phrase reads one.
func mayStartAgrees(t *testing.T, text string) {
	t.Helper()
	var p parser
	for i := nextStart(text, 0); i < len(text); i = nextStart(text, skipToken(text, i)) {
		if mayStartPhrase(text, i) {
			continue
		}
		p.init(text)
		if _, ok := p.phrase(i); ok {
			t.Fatalf("%q at %d: the start table says no phrase starts here, but phrase reads one", text, i)
		}
	}
}

// TestMayStartPhrase: the start table is exact where it says no.
func TestMayStartPhrase(t *testing.T) {
	for _, text := range append(startTexts(t), hebrewStartTexts()...) {
		mayStartAgrees(t, text)
	}
}

func FuzzMayStartPhrase(f *testing.F) {
	for i, text := range startTexts(f) {
		if len(text) < 200 && i%97 == 0 { // a sample, as below: TestMayStartPhrase reads them all
			f.Add(text)
		}
	}
	for i, text := range hebrewStartTexts() {
		if i%97 == 0 { // a sample: TestMayStartPhrase reads them all
			f.Add(text)
		}
	}
	f.Fuzz(mayStartAgrees)
}

// latinStartAgrees fails t where latinStart, turning a word away by its
// first three letters, answers otherwise than the table's lookup.
func latinStartAgrees(t *testing.T, text string) {
	t.Helper()
	tab := startTableOf()
	for i := 0; i < len(text); i++ {
		if script.Class[text[i]]&script.ClassLetter == 0 {
			continue
		}
		may, end := latinStart(text, i)
		j := i
		for j < len(text) && script.Class[text[j]]&script.ClassLetter != 0 {
			j++
		}
		if j == i || may && end == i || gluedApostrophe(text, j) {
			continue // glued, or for the lookup; city's is apostropheProse's, which mayStartAgrees holds to phrase
		}
		if wantMay, wantEnd := tab.lookupStart(text, i, j); may != wantMay || end != wantEnd {
			t.Fatalf("%q at %d: latinStart gives %v, %d, the table %v, %d", text, i, may, end, wantMay, wantEnd)
		}
	}
}

// TestLatinStartLead: latinStart turns away by its first letters only
// words that the table does, on the start texts and on every month and
// weekday name with a letter dropped, doubled, swapped or changed, before
// a date.
func TestLatinStartLead(t *testing.T) {
	for _, text := range startTexts(t) {
		latinStartAgrees(t, text)
	}
	var names []string
	for _, w := range weekdayNames() {
		names = append(names, w.name)
	}
	names = append(names, englishMonths[1:]...)
	names = append(names, words.MonthFirst...)
	for _, n := range names {
		for i := range len(n) {
			edits := []string{n[:i] + n[i+1:], n[:i+1] + n[i:], n[:i] + "x" + n[i+1:], n[:i] + "e" + n[i:]}
			if i+1 < len(n) {
				edits = append(edits, n[:i]+n[i+1:i+2]+n[i:i+1]+n[i+2:])
			}
			for _, e := range edits {
				latinStartAgrees(t, e+" 24 dicembre")
				latinStartAgrees(t, e+", March 6")
				for k := 3; k < len(e); k++ {
					// A slip with an apostrophe glued in: see apostropheProse.
					mayStartAgrees(t, e[:k]+"'"+e[k:]+" 24 dicembre")
					mayStartAgrees(t, e[:k]+"'"+e[k:]+", March 6")
				}
			}
		}
	}
}

// FuzzLatinStartLead: the same on any text.
func FuzzLatinStartLead(f *testing.F) {
	for i, text := range startTexts(f) {
		if len(text) < 200 && i%97 == 0 { // a sample: TestLatinStartLead reads them all
			f.Add(text)
		}
	}
	f.Fuzz(latinStartAgrees)
}

// hebrewStartAgrees fails t where hebrewStart, turning a word away by its
// first two letters, answers otherwise than hebrewLookup.
func hebrewStartAgrees(t *testing.T, text string) {
	t.Helper()
	for i := 0; i < len(text); i++ {
		if !isHebrewLetter(text, i) {
			continue
		}
		may, end := hebrewStart(text, i)
		if may {
			continue
		}
		if wantMay, wantEnd := hebrewLookup(text, i, end); may != wantMay || end != wantEnd {
			t.Fatalf("%q at %d: hebrewStart gives %v, %d, the lookup %v, %d", text, i, may, end, wantMay, wantEnd)
		}
	}
}

// TestHebrewStartLead: hebrewStart turns away by its first letters only
// words that hebrewLookup does, on the start texts, every month name in
// Hebrew letters with and without the prefix ב, and every word of one to
// three letters.
func TestHebrewStartLead(t *testing.T) {
	for _, text := range append(startTexts(t), hebrewStartTexts()...) {
		hebrewStartAgrees(t, text)
	}
	for _, k := range words.HebrewMonthStarts {
		hebrewStartAgrees(t, k+" ב"+k+" ה"+k)
	}
	for a := byte(0x90); a <= 0xAA; a++ {
		for b := byte(0x90); b <= 0xAA; b++ {
			for c := byte(0x8F); c <= 0xAA; c++ {
				w := string([]byte{0xD7, a, 0xD7, b, 0xD7, c})
				if c == 0x8F {
					w = w[:4]
				}
				hebrewStartAgrees(t, w+" ,"+w+". ב"+w+" ")
			}
		}
	}
}

// FuzzHebrewStartLead: the same on any text.
func FuzzHebrewStartLead(f *testing.F) {
	for i, text := range hebrewStartTexts() {
		if i%97 == 0 { // a sample: TestHebrewStartLead reads them all
			f.Add(text)
		}
	}
	f.Fuzz(hebrewStartAgrees)
}

// TestShortWeekdayStarts: a weekday abbreviation that the parser reads
// only before a month of its language (Finnish's pe, ke) starts the
// dateline Find finds, where the start table had turned it away as prose
// and Find read the date without its weekday; the same word before
// anything else is still prose.
func TestShortWeekdayStarts(t *testing.T) {
	for _, tc := range []struct{ text, from string }{
		{"Tänään on pe 5. tammikuuta 2024.", "pe 5."},
		{"julkaistu ke 5. kesäkuuta 2024 klo 10", "ke 5."},
		{"pe 5 May 2024", "5 May"},
		{"Utgiven ons 3 januari 2024.", "ons 3"},    // three letters, which the table's pairs turn away
		{"Yayın: Pzt, 1 Ocak 2024 10:00", "Pzt, 1"}, // and glued to a comma
	} {
		n := 0
		for r := range All(tc.text) {
			n++
			assert.Equal(t, strings.Index(tc.text, tc.from), r.Start, tc.text)
		}
		assert.Equal(t, 1, n, tc.text)
	}
}

// TestShortLeads holds the start table's shortLeads to shortWeekdays: a
// word of ASCII letters is one of its weekdays if and only if
// shortWeekdayStart lets it past the table, which tells words of two
// letters and three only.
func TestShortLeads(t *testing.T) {
	tab := startTableOf()
	for k := range shortWeekdays {
		if !isLetters(k) {
			continue
		}
		require.LessOrEqual(t, len(k), 3, "shortLeads tells words of two letters and three only: %q", k)
	}
	letters := "abcdefghijklmnopqrstuvwxyz"
	for _, a := range letters {
		for _, b := range letters {
			for _, c := range " abcdefghijklmnopqrstuvwxyz" {
				w := strings.TrimSpace(string([]rune{a, b, c}))
				_, want := shortWeekdays[w]
				s := strings.ToUpper(w[:1]) + w[1:] + " x"
				assert.Equal(t, want, tab.passesShortLeads(s, 0, len(w)), w)
			}
		}
	}
}

// TestLookupLatinByTable: lookupLatin reads a word of ASCII letters from
// the start table as it reads it from latinWords, in any letter case and
// with or without a dot after it; and a word the table has that
// latinWords has not (a month's first letters, an occasion's first word)
// is none.
func TestLookupLatinByTable(t *testing.T) {
	tab := startTableOf()
	fromMap := func(s string, j int) (word, bool) {
		w, ok := latinWords[strings.ToLower(s[:j])]
		if !ok {
			return word{}, false
		}
		return dotted(w, s, j)
	}
	n := 0
	for _, sl := range tab.slots {
		if !sl.set || !isLetters(sl.key) {
			continue
		}
		for _, k := range []string{sl.key, strings.ToUpper(sl.key), strings.ToUpper(sl.key[:1]) + sl.key[1:]} {
			for _, after := range []string{"", ".", " 5"} {
				s := k + after
				w, ok := lookupLatin(s, 0, len(k))
				ww, wok := fromMap(s, len(k))
				require.Equal(t, wok, ok, s)
				require.Equal(t, ww, w, s)
				n++
			}
		}
	}
	require.Greater(t, n, 1000)
}

// TestNumberStart: a number of four digits or fewer followed, after one
// space, by a word of prose of four letters or more starts no phrase; a
// shorter word, a word of the tables, a misspelt month, a word that joins
// a range, or more digits leave the number to phrase.
func TestNumberStart(t *testing.T) {
	for _, tc := range []struct {
		text string
		may  bool
	}{
		{"40 objects for the show", false},
		{"1911 photograph from", false},
		{"Wrote 900 donors, most", false},
		{"12 for adults", true},       // a word of three letters
		{"10 through 12 March", true}, // joins a range
		{"10 hasta 12 de marzo", true},
		{"20140601 shipped", true}, // eight digits: a date of their own
		{"5 Septmber 2024", true},  // a month misspelt
		{"5 Marcheshvan 5784", true},
		{"14 Nisan 5784", true},
		{"3 Junho 2023", true},
		{"40  objects", true}, // two spaces: left to phrase
		{"40 objects2", true}, // glued to a digit: left to phrase
		{"7 YIAR 5784", true}, // a Hebrew month in capitals, its first letters swapped
		{"7 YIELD 5784", false},
		{"7 Yiar 5784", false},
	} {
		i := strings.IndexAny(tc.text, "0123456789")
		may, end := numberStart(tc.text, i)
		assert.Equal(t, tc.may, may, tc.text)
		if !may {
			_, e, _ := number(tc.text, i)
			assert.Equal(t, e, end, tc.text)
		}
	}
}

// TestDayWordStarts: an ordinal word of a day starts a phrase only before
// "of" or "day", as dayWord reads it, and the first words of those joined
// by a hyphen are the table's dayWordLeads.
func TestDayWordStarts(t *testing.T) {
	leads := map[string]bool{}
	for k, w := range latinWords {
		if j := strings.IndexByte(k, '-'); j > 0 && w.kind == wDayWord {
			leads[k[:j]] = true
		}
	}
	assert.Equal(t, leads, dayWordLeads)
	for text, may := range map[string]bool{
		"third of March":       true,
		"First Day of Nisan":   true,
		"last day of Elul":     true,
		"first time":           false,
		"third, and":           false,
		"last week":            false,
		"second":               false,
		"twenty-second of Av":  true,
		"thirty-first of May":  true,
		"this is":              false,
		"thirteenth of Tammuz": true,
	} {
		got, _ := latinStart(text, 0)
		assert.Equal(t, may, got, text)
	}
}

// TestRoshErevStarts: Rosh and Erev (ראש, ערב) start a phrase only before
// a word the parser may read with them; before a word of prose (the
// mayor, an evening of song) no phrase starts, as phrase agrees.
func TestRoshErevStarts(t *testing.T) {
	for _, tc := range []struct {
		text string
		may  bool
	}{
		{"ראש העיר חשפה אנדרטה", false},
		{"ערב שירה לזכר המשורר", false},
		{"ראש השנה תשפ״ה", true},
		{"ראש חודש אדר תשפ״ד", true},
		{"ערב פסח תשפ״ד", true},
		{"ערב ראש השנה תשפ״ה", true},
		{"ערב שבת, 1 במרץ", true},
		{"ערב יום כיפור", true},
		{"ערב 1 במרץ", true},
		{"ראש-חודש אדר", true},
	} {
		may := mayStartPhrase(tc.text, 0)
		assert.Equal(t, tc.may, may, tc.text)
		mayStartAgrees(t, tc.text)
	}
}

// TestOccasionWordStarts: a word that the start table holds only as the
// first word of an occasion's name or of yearBeginsWords (Jewish, Family,
// Purim, Anno) starts a phrase only where the name or the words and a
// Hebrew year are there; before a word of prose (Jewish immigrants, the
// family business) no phrase starts, as phrase agrees, and the scan
// crosses the word as it crosses one the table lacks.
func TestOccasionWordStarts(t *testing.T) {
	for _, tc := range []struct {
		text string
		may  bool
	}{
		{"Jewish immigrants to New England", false},
		{"JEWISH GAZETTE OF GREATER BOSTON", false},
		{"family business", false},
		{"Jewish New", false},
		{"Jewish year of study", false},
		{"Purim party", true}, // the festival's name, which the occasion reader reads
		{"Purimul 5784", true},
		{"Jewish New Year 5785", true},
		{"Jewish year 5785 begins on October 2", true},
		{"jewish calendar year 5780 commences at sundown", true},
		{"Family Day, February 20, 2024", true},
		{"Herzl Day 5784", true},
		{"anno ebraico 5782 è iniziato il 6 settembre", true},
		{"anno scorso", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			may := mayStartPhrase(tc.text, 0)
			assert.Equal(t, tc.may, may)
			mayStartAgrees(t, tc.text)
			latinStartAgrees(t, tc.text)
			_, _, only := latinStartKeys()
			assert.True(t, only[strings.ToLower(tc.text[:strings.IndexByte(tc.text, ' ')])], "a word of the occasions only")
			if !may {
				assert.Positive(t, crossProse(tc.text, 0), "the scan crosses the word")
			}
		})
	}
}

// TestRangeWordsShort: numberStart looks a word up in rangeWords only up
// to sixteen bytes, as no word of rangeWords is longer.
func TestRangeWordsShort(t *testing.T) {
	for w := range rangeWords {
		assert.LessOrEqual(t, len(w), 16, w)
	}
}

// TestSlotKeys: the table's Bloom filter of keys lets every key through
// (TestLookupLatinByTable finds each by slot in three letter cases), and
// turns away most words of prose that are none.
func TestSlotKeys(t *testing.T) {
	tab := startTableOf()
	data, err := os.ReadFile("testdata/article.txt")
	require.NoError(t, err)
	missing, turned := 0, 0
	for _, w := range strings.FieldsFunc(string(data), func(r rune) bool { return r >= 0x80 || !script.IsLatinLetter(r) }) {
		if len(w) < 3 || tab.slot(strings.ToLower(w), 0, len(w)) != nil {
			continue
		}
		missing++
		if a, b := keyBits(w, 0, len(w)); tab.keys[a/64]&(1<<(a%64)) == 0 || tab.keys[b/64]&(1<<(b%64)) == 0 {
			turned++
		}
	}
	require.Greater(t, missing, 500)
	assert.Greater(t, turned, missing*9/10, "the filter turns away %d of %d words that are no key", turned, missing)
}

// TestMonthLeads: monthMayStart lets through every month's name and
// abbreviation of every language, as the tables and monthNamesOf have
// them, in three letter cases, and turns away most words of prose, which
// a short word that may be a weekday (to, so) comes before.
func TestMonthLeads(t *testing.T) {
	var names []string
	for k, w := range latinWords {
		if w.kind == wMonth {
			names = append(names, k)
		}
	}
	for _, m := range monthNamesOf {
		for k := range m.names {
			names = append(names, k)
		}
		for k := range m.cuts {
			names = append(names, k)
		}
	}
	require.Greater(t, len(names), 1000)
	for _, n := range names {
		for _, v := range []string{n, strings.ToUpper(n), strings.ToUpper(n[:1]) + n[1:]} {
			require.True(t, monthMayStart(v+" 5", 0), v)
		}
	}
	turned := 0
	prose := strings.Fields("the a be their go this meet seven find later have an")
	for _, w := range prose {
		if !monthMayStart(w+" x", 0) {
			turned++
		}
	}
	assert.GreaterOrEqual(t, turned, len(prose)/2)
	assert.False(t, monthInLangAfter("to the", 2, layout.Finnish))
	assert.True(t, monthInLangAfter("to 5. tammikuuta", 2, layout.Finnish))
}

// TestLookupHebrewByTable: lookupHebrew reads a word of bare Hebrew
// letters from the start table as it reads it from hebrewWords, and the
// start table knows each of its words' roles as hebrewRolesOf finds them
// in the maps.
func TestLookupHebrewByTable(t *testing.T) {
	tab := startTableOf()
	n := 0
	for k, want := range hebrewWords {
		if !script.BareHebrew(k) || len(k) < 4 {
			continue
		}
		for _, after := range []string{"", " ", " 5784", "."} {
			w, ok := lookupHebrew(k+after, 0, len(k))
			require.True(t, ok, k)
			require.Equal(t, want, w, k)
		}
		n++
	}
	require.Greater(t, n, 50)
	slots := 0
	for _, sl := range tab.hebrew {
		if sl.key == "" {
			continue
		}
		w, roles := hebrewRolesOf(sl.key)
		require.Equal(t, roles, sl.roles, sl.key)
		require.Equal(t, w, sl.w, sl.key)
		require.NotZero(t, sl.roles, sl.key)
		if len(sl.key) >= 4 && script.BareHebrew(sl.key) {
			require.Same(t, &tab.hebrew[slices.IndexFunc(tab.hebrew, func(s hebrewSlot) bool { return s.key == sl.key })], tab.hebrewSlot(sl.key), sl.key)
		}
		slots++
	}
	require.Greater(t, slots, n)
	for _, prose := range []string{"היא", "כי", "העיר", "שירה"} {
		_, ok := lookupHebrew(prose, 0, len(prose))
		assert.False(t, ok, prose)
	}
}

// TestPossessiveProse: English's possessive is prose when the word before
// it starts nothing (the mayor's office, the school's library), and left
// to the parser when it may (March's, Purim's), or when an occasion's name
// is the word and its s without the apostrophe (Sukko's, as matchOccasion
// folds it, reads as Sukkos).
func TestPossessiveProse(t *testing.T) {
	tab := startTableOf()
	for text, prose := range map[string]bool{
		"the mayor's office":     true,
		"the school's library":   true,
		"Common's lawn":          true,
		"March's rain":           false,
		"Purim's party 5784":     false,
		"Sukko's 5784":           false,
		"the mayor'sfriend":      false, // no possessive: letters after the s
		"the mayor's\u00e9":      false,
		"the Monday's schedule":  false,
		"Shavuo's 5784 schedule": false,
	} {
		i := strings.IndexFunc(text, func(r rune) bool { return r >= 'A' && r <= 'Z' })
		if strings.HasPrefix(text, "the ") {
			i = 4
		}
		n := letterEnd(text, i) - i
		assert.Equal(t, prose, tab.apostropheProse(text, i, n), text)
		mayStartAgrees(t, text)
	}
}
