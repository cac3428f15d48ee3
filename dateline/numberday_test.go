package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestNumberDayWords: a day of the month written as a number word right
// before its month, in French, Spanish, Portuguese, Catalan and Italian
// as a cardinal ("En ce deux octobre, certains se préparent à fêter
// Nouvel An.", BX1; "el miércoles ocho de septiembre al atardecer", El
// Pueblo de Ceuta), in Slovak, Czech, Polish and Ukrainian as the
// genitive of the ordinal ("pripadol na deviateho septembra", "večer
// dvadsiateho ôsmeho novembra 2021", Plus 7 dní), in German as the
// ordinal after "am", "dem" or "den". None was read: the month was read
// alone, as a month without its day, or nothing. The compounds of each
// language, the first day a language writes as a cardinal, the 31st and
// the genitive's endings are the day's.
func TestNumberDayWords(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"deux octobre 2024", "2024-10-02", "deux janvier 2006"}, // the reference day is a 2nd
		{"le seize octobre 2024", "2024-10-16", "le 2 janvier 2006"},
		{"Dix-huit mars 2024", "2024-03-18", ""},
		{"le vingt et un mars 2024", "2024-03-21", ""},
		{"vingt-cinq décembre 2024", "2024-12-25", ""},
		{"mercredi vingt-cinq décembre 2024", "2024-12-25", "lundi 2 janvier 2006"},
		{"le trente et un décembre 2024", "2024-12-31", ""},
		{"trente-et-un décembre 2024", "2024-12-31", ""},
		{"el ocho de septiembre de 2010", "2010-09-08", "el 2 de enero de 2006"},
		{"miércoles ocho de septiembre de 2010", "2010-09-08", ""},
		{"dos de mayo de 2024", "2024-05-02", ""},
		{"dieciséis de marzo de 2024", "2024-03-16", ""},
		{"dieciseis de marzo de 2024", "2024-03-16", ""},
		{"veintiuno de marzo de 2024", "2024-03-21", ""},
		{"veinticinco de diciembre de 2024", "2024-12-25", ""},
		{"treinta y uno de diciembre de 2024", "2024-12-31", ""},
		{"vinte e cinco de dezembro de 2024", "2024-12-25", ""},
		{"vinte e um de março de 2024", "2024-03-21", ""},
		{"trinta e um de dezembro de 2024", "2024-12-31", ""},
		{"três de março de 2024", "2024-03-03", ""},
		{"vint-i-cinc de desembre de 2024", "2024-12-25", ""},
		{"vint-i-u de març de 2024", "2024-03-21", ""},
		{"trenta-u de desembre de 2024", "2024-12-31", ""},
		{"vuit d'octubre de 2024", "2024-10-08", ""},
		{"venticinque dicembre 2024", "2024-12-25", ""},
		{"il ventuno marzo 2024", "2024-03-21", ""},
		{"trentuno dicembre 2024", "2024-12-31", ""},
		{"mercoledì due ottobre 2024", "2024-10-02", ""},
		{"deviateho septembra 2018", "2018-09-09", ""},
		{"dvadsiateho ôsmeho novembra 2021", "2021-11-28", ""},
		{"prvého decembra 2021", "2021-12-01", ""},
		{"tridsiateho prvého decembra 2021", "2021-12-31", ""},
		{"prvního prosince 2024", "2024-12-01", ""},
		{"dvacátého pátého prosince 2024", "2024-12-25", ""},
		{"pětadvacátého prosince 2024", "2024-12-25", ""},
		{"jednatřicátého prosince 2024", "2024-12-31", ""},
		{"pierwszego grudnia 2024", "2024-12-01", ""},
		{"dwudziestego piątego grudnia 2024", "2024-12-25", ""},
		{"trzydziestego pierwszego grudnia 2024", "2024-12-31", ""},
		{"środa, dwudziestego piątego grudnia 2024", "2024-12-25", ""},
		{"першого грудня 2024", "2024-12-01", ""},
		{"двадцять п'ятого грудня 2024", "2024-12-25", ""},
		{"двадцять п’ятого грудня 2024", "2024-12-25", ""},
		{"тридцять першого грудня 2024", "2024-12-31", ""},
		// German's "am" or "dem" leads the whole dateline, as before
		// "am 25. Dezember 2024": Check found no date at "am".
		{"am fünfundzwanzigsten Dezember 2024", "2024-12-25", ""},
		{"Am ersten März 2024", "2024-03-01", ""},
		{"dem zweiten März 2024", "2024-03-02", ""},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Weihnachten fällt am fünfundzwanzigsten Dezember 2024 auf einen Mittwoch.", "fünfundzwanzigsten Dezember 2024", "2024-12-25", "24 Kislev 5785"},
		{"Wir treffen uns am ersten März 2024.", "ersten März 2024", "2024-03-01", "21 Adar I 5784"},
		{"Es war am einunddreißigsten Dezember 2023.", "einunddreißigsten Dezember 2023", "2023-12-31", "19 Tevet 5784"},
		{"Tohto roku sa začína židovský sviatok Chanuka večer dvadsiateho ôsmeho novembra 2021.",
			"Chanuka večer dvadsiateho ôsmeho novembra 2021", "2021-11-28", "25 Kislev 5782"},
	})
}

// TestNumberDayWordsLayout: a layout read from a day in words writes
// the words on that day alone, as it does "third" and "primero", and
// every other day in digits, as the languages write them; never another
// day's words, which it does not know, nor words that read as another
// day.
func TestNumberDayWordsLayout(t *testing.T) {
	for _, tc := range []struct {
		example, own, other string
		day                 int
	}{
		{"vingt-cinq décembre 2024", "vingt-cinq mai 2025", "26 mai 2025", 25},
		{"mercredi vingt-cinq décembre 2024", "dimanche vingt-cinq mai 2025", "lundi 26 mai 2025", 25},
		{"treinta y uno de diciembre de 2024", "treinta y uno de mayo de 2025", "26 de mayo de 2025", 31},
		{"dwudziestego piątego grudnia 2024", "dwudziestego piątego maja 2025", "26 maja 2025", 25},
	} {
		t.Run(tc.example, func(t *testing.T) {
			l, err := dateline.LayoutOf(tc.example)
			require.NoError(t, err)
			own := time.Date(2025, time.May, tc.day, 0, 0, 0, 0, time.UTC)
			other := time.Date(2025, time.May, 26, 0, 0, 0, 0, time.UTC)
			assert.Equal(t, tc.own, l.Format(own, hebrew.DateOf(own)))
			assert.Equal(t, tc.other, l.Format(other, hebrew.DateOf(other)))
			back := dateline.Check(tc.other, heldoutRef)
			assert.Equal(t, "2025-05-26", back.Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestNumberDayWordsCompile: a layout written for the reference day with
// its day in words, "deux janvier 2006", writes the word on the 2nd
// alone, and the other days in digits.
func TestNumberDayWordsCompile(t *testing.T) {
	l, err := dateline.Compile("deux janvier 2006")
	require.NoError(t, err)
	second := time.Date(2025, time.May, 2, 0, 0, 0, 0, time.UTC)
	third := second.AddDate(0, 0, 1)
	assert.Equal(t, "deux mai 2025", l.Format(second, hebrew.DateOf(second)))
	assert.Equal(t, "3 mai 2025", l.Format(third, hebrew.DateOf(third)))
}

// TestNumberDayWordsNotDay: the words are prose without a month of their
// own language right after them (deux personnes, el ocho, pierwszego
// razu), a unit after tens that make no day is no day, nor the last
// word of a longer number (quatre-vingt-deux), German's ordinals
// need "am", "dem" or "den" before them, and the last day of a range or
// list written in words is not read alone; a weekday that is not the
// date's and a day the month lacks are errors.
func TestNumberDayWordsNotDay(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		{"Il y avait deux personnes dans la salle.", "deux"},
		{"Nous sommes arrivés à deux, en octobre 2024.", "deux"},
		{"llegó el ocho y se fue", "ocho"},
		{"ocho octobre 2024", "ocho"},
		{"deux October 2024", "deux"},
		{"trente-deux octobre 2024", "deux"},
		{"treinta y dos de octubre de 2024", "dos"},
		{"trzydziestego drugiego grudnia 2024", "drugiego"},
		{"od pierwszego razu", "pierwszego"},
		{"Сегодня первого раза не было", "первого"},
		{"erstmals im ersten Dezember-Quartal 2024", "ersten"},
		{"der zweite Dezember 2024", "zweite"},
		{"Er kam zum zweiten Dezember 2024", "zweiten"},
		{"due persone a dicembre 2024", "due"},
		{"once upon a time in May 2024", "once"},
		// A range's or a list's last day, whose first days have no month
		// of their own, is not the range: neither is read.
		{"du deux au cinq octobre 2024", "cinq"},
		{"del dos al cinco de octubre de 2024", "cinco"},
		{"el dos y el tres de mayo de 2024", "tres"},
		{"les deux et trois mars 2024", "trois"},
		{"dal due al cinque ottobre 2024", "cinque"},
		{"od drugiego do piątego grudnia 2024", "piątego"},
		{"vom ersten bis zum dritten Dezember 2024", "dritten"},
		// ... with compound words or digits too (each was the last day
		// alone), and a longer number's unit is no day (82, 42).
		{"du vingt-quatre au vingt-six décembre 2024", "vingt-six"},
		{"le vingt-quatre et vingt-cinq décembre 2024", "vingt-cinq"},
		{"le 24 et vingt-cinq décembre 2024", "vingt-cinq"},
		{"les vingt-quatre, vingt-cinq et vingt-six décembre 2024", "vingt-six"},
		{"le quatre-vingt-deux mars 2024", "deux"},
		{"el cuarenta y dos de marzo de 2024", "dos"},
		// A street's name without a year or a word that leads a day
		// ("Rua 7 de Setembro" is no date either).
		{"A sinagoga fica na Rua Sete de Setembro, 123.", "Sete"},
		{"Via Venti Settembre", "Venti"},
		{"Il a vécu deux mars sans pluie.", "deux"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				assert.NotContains(t, m.Input, tc.word)
			}
		})
	}
	for _, text := range []string{
		"jeudi vingt-cinq décembre 2024",
		"jueves ocho de septiembre de 2010",
		"trente février 2024",
		"treinta y uno de abril de 2024",
		// A weekday before German's "den" or "dem" and a day in words is
		// the date's: it was left out, and a wrong one passed.
		"Freitag, den zweiten März 2024",
		"Freitag, dem zweiten März 2024",
	} {
		t.Run("check "+text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, heldoutRef).OK())
		})
	}
}

// TestNumberDayWordsNoYear: a day in words of its month's own language
// is a date in prose without a year where a day in digits would be one,
// after a word that leads a day ("le 2 octobre", "En ce 2 octobre"),
// and the reader infers its year.
func TestNumberDayWordsNoYear(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"En ce deux octobre, certains se préparent à fêter Nouvel An.", "deux octobre", "2026-10-02", "21 Tishrei 5787"},
		{"En ce 2 octobre, certains se préparent à fêter Nouvel An.", "2 octobre", "2026-10-02", "21 Tishrei 5787"},
		{"La réunion aura lieu le vingt-cinq octobre.", "vingt-cinq octobre", "2026-10-25", "14 Cheshvan 5787"},
	})
}
