package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEndsClauseMoreLanguages: the verbs that join a range's two ends in
// a sentence are read in more languages, so that the range is one
// dateline, its end checked: Greek "και διαρκεί έως τις
// 22 Δεκεμβρίου" (and lasts until the 22nd), Spanish "y culmina al
// anochecer del 17 de septiembre", Polish "i potrwa do zmierzchu 13
// kwietnia" (until dusk), Russian "и продлится до заката 24 сентября"
// (until sunset), "и закончится ночью 25 сентября" (at night); and the
// Italian participle "prevista dal" (planned from) after an occasion and
// its year; and a start with its weekday before an end without one,
// joined by such verbs ("begins on Sunday, December 14, 2025 and lasts
// until December 22"). Each was two matches, or the end's date was
// not found (incoming.tsv).
func TestEndsClauseMoreLanguages(t *testing.T) {
	for _, tc := range []struct{ text, day, end string }{
		{"Φέτος, η γιορτή άρχισε με τη δύση του ηλίου την Κυριακή 14 Δεκεμβρίου 2025 και διαρκεί έως τις 22 Δεκεμβρίου.", "2025-12-14", "22 Δεκεμβρίου"},
		{"Rosh Hashaná comienza al atardecer del 15 de septiembre de 2023, y culmina al anochecer del 17 de septiembre", "2023-09-15", "17 de septiembre"},
		{"W bieżącym 2023 r. Pesach rozpoczął się wieczorem 5 kwietnia i potrwa do zmierzchu 13 kwietnia.", "2023-04-05", "13 kwietnia"},
		{"Рош ха-Шана начинается вечером 22 сентября 2025 года и продлится до заката 24 сентября;", "2025-09-22", "24 сентября"},
		{"в 2023 году начнется вечером 24 сентября и закончится ночью 25 сентября.", "2023-09-24", "25 сентября"},
		{"Pèsach 5781, prevista dal 28 marzo al 4 aprile", "2021-03-28", "4 aprile"},
		{"Hanukkah begins on Sunday, December 14, 2025 and lasts until December 22.", "2025-12-14", "December 22"},
		{"Chanukka beginnt am Sonntag, 14. Dezember 2025 und dauert bis zum 22. Dezember.", "2025-12-14", "22. Dezember"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, tc.text[m.Start:m.End], tc.end)
		})
	}
}

// TestEndsClausePlural: Russian's and Ukrainian's verbs of lasting and
// ending in the plural, of a plural subject (the celebrations, the
// festivities), join a range's end as the singular's do: "Праздники
// начнутся 2 октября 2024 и продлятся до 4 октября" was two datelines.
// A verb without "until" and a day after it joins nothing.
func TestEndsClausePlural(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"Праздники начнутся 2 октября 2024 и продлятся до 4 октября", "2 октября 2024 и продлятся до 4 октября", "2024-10-02"},
		{"Торжества начались 12 мая 2024 и продолжались до 14 мая", "12 мая 2024 и продолжались до 14 мая", "2024-05-12"},
		{"Свята починаються 2 жовтня 2024 і триватимуть до 4 жовтня", "2 жовтня 2024 і триватимуть до 4 жовтня", "2024-10-02"},
		{"Заходи розпочалися 5 травня 2024 і тривали до 7 травня", "5 травня 2024 і тривали до 7 травня", "2024-05-05"},
		// No "until" and day: the start alone.
		{"Выставка откроется 2 октября 2024 и продлятся 5 дней", "2 октября 2024", "2024-10-02"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findMatch(t, heldoutRef, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestEndsClauseEndAlone: the last day of a range joined by such a clause
// ("и продлятся до 4 октября") is no date alone where its start was not
// taken, a year-less day after an evening's words that free text does
// not count by itself: "празднования начинаются с заходом солнца 2
// октября и продлятся до 4 октября" (incoming line 2427) was 4 October,
// the range's end for its first day, with nothing said. Without a day
// and month before the clause, "до" still leads its day.
func TestEndsClauseEndAlone(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"празднования начинаются с заходом солнца 2 октября и продлятся до 4 октября", ""},
		{"празднование начинается с заходом солнца 2 октября и продлится до 4 октября", ""},
		{"свята починаються із заходом сонця 2 жовтня і триватимуть до 4 жовтня", ""},
		{"Выставка продлится до 4 октября", "2026-10-04"},
		{"Мы уезжаем и продлятся до 4 октября", "2026-10-04"},
	})
}

// TestEndsClauseHebrewRange: a Hebrew range joined by a verb of ending
// whose end is said with its nightfall ("and lasting until nightfall of
// the 7th of Sivan", Spanish "y dura hasta el anochecer del 7 de Sivan")
// is one range, with the civil range in brackets after it: its end was
// read as a dateline of its own, the civil range taken for its date,
// and a calendar error said of a right text (incoming.tsv).
func TestEndsClauseHebrewRange(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"beginning at sundown following the 5th of Sivan and lasting until nightfall of the 7th of Sivan (June 11-13, 2024)", "2024-06-11"},
		{"the 5th of Sivan and lasting until nightfall of the 7th of Sivan 5784", "2024-06-11"},
		{"comienza el 5 de Sivan y dura hasta el anochecer del 7 de Sivan (del 4 de Junio al 6 de Junio del 2022)", "2022-06-04"},
	})
}
