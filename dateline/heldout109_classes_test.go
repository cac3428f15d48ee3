package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout109HyphenYear: an occasion's civil year joined to its name
// by a hyphen, as Russian titles write it: "Пурим-2020: как это было в
// Минске" (Belisrael, Minsk, the hundred-and-ninth held-out round) was
// not read, where "Пурим 2020" was. A hyphen before no year of four
// digits joins nothing.
func TestHeldout109HyphenYear(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Пурим-2020", "2020-03-10", "14 Adar 5780"},
		{"Пурим-2020: как это было в Минске", "2020-03-10", "14 Adar 5780"},
		{"Ханука-2023", "2023-12-08", "25 Kislev 5784"},
		{"Purim-2020", "2020-03-10", "14 Adar 5780"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Пурим-20", ""},
		{"Пурим-2020-2021", ""},
		{"Пурим-вечеринка", ""},
	})
}

// TestHeldout109FeastEpithet: adjectives before the word for "festival"
// between a verb of beginning and the occasion's name: "Вечером 16
// октября с заходом солнца наступает семидневный праздник Суккот" (IL4U,
// il4u.org.il, the hundred-and-ninth held-out round) was not read, as
// "праздник" was taken only right after the verb. The day is the
// occasion's eve; a day outside the occasion is an occasion error, as
// it is without the adjective.
func TestHeldout109FeastEpithet(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Вечером 16 октября с заходом солнца наступает семидневный праздник Суккот", "2024-10-16", "15 Tishrei 5785"},
		{"Вечером 7 декабря 2023 года начинается восьмидневный праздник Ханука", "2023-12-07", "25 Kislev 5784"},
		{"Вечером 6 марта 2023 года наступает самый веселый еврейский праздник Пурим", "2023-03-06", "14 Adar 5783"},
	})
	m := oneMatch(t, "Вечером 20 октября 2024 года наступает семидневный праздник Суккот", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Without a word for "festival", or without an occasion after it,
	// the words are prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Вечером 16 октября наступает очень хороший день Суккот", ""},
		{"Вечером 16 октября наступает семидневный праздник урожая", ""},
	})
}

// TestHeldout109CommaEnd: a range's end after a comma and a Russian or
// Ukrainian verb of ending without "и" (and), with a dash before the
// last day or not: "В 2016 г. праздник начинается 2 октября,
// заканчивается - 4 октября" (SQ, sq.com.ua, Kharkiv, the
// hundred-and-ninth held-out round) was two datelines. The range gives
// its first day; the start's weekday and occasion are still checked.
func TestHeldout109CommaEnd(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"В 2016 г. праздник начинается 2 октября, заканчивается - 4 октября", "2016-10-02"},
		{"Песах начинается 12 апреля 2025 года, заканчивается 20 апреля", "2025-04-12"},
		{"Рош ха-Шана начинается 2 октября 2016 года, заканчивается – 4 октября", "2016-10-02"},
		{"В 2016 году Рош ха-Шана начинается вечером 2 октября, завершится вечером 4 октября", "2016-10-02"},
		{"Свято починається 14 грудня 2025 року, триватиме до 22 грудня", "2025-12-14"},
	})
	m := oneMatch(t, "Песах начинается в среду, 12 апреля 2025 года, заканчивается 20 апреля", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Рош ха-Шана начинается 5 октября 2016 года, заканчивается - 7 октября", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// A verb of ending before no day joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Приём начинается 2 октября 2016 года, заканчивается - приём заявок", "2016-10-02"},
	})
}

// TestHeldout109EveningAfterMark: the words of the evening before a date
// glued to a bracket, a quote or a tag, or at a line's start after other
// text: "(Вечером 16 октября наступает праздник Суккот)" was read
// without "Вечером", as 16 October 2027, Sukkot's first day, where alone
// it is the eve in 2024 (TestCorpusInProse, with round 109's IL4U row in
// a page's brackets and tags). A word glued to a letter is not one.
func TestHeldout109EveningAfterMark(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"(Вечером 16 октября 2024 года)", "2024-10-16", "15 Tishrei 5785"},
		{"<p>Вечером 16 октября наступает праздник Суккот</p>", "2024-10-16", "15 Tishrei 5785"},
		{"Some text here.\nВечером 16 октября наступает праздник Суккот", "2024-10-16", "15 Tishrei 5785"},
		{"(Wieczorem 16 października 2024)", "2024-10-16", "15 Tishrei 5785"},
		{"(the evening of October 16, 2024)", "2024-10-16", "15 Tishrei 5785"},
		{"xВечером 16 октября 2024 года", "2024-10-16", "14 Tishrei 5785"},
	})
}

// TestRussianYearAfterHebrewDate: a civil year after a Hebrew date with
// Russian's or Ukrainian's "в" before it and the word for "year"
// after it, as "in" before a year is read: "26 Ияра в 2016 году" (the
// hundred-and-ninth held-out round, alivahotel.ru) was 26 Iyar 5786 with
// a warning that its sentence names 2016. A number of things after "в" is
// no year.
func TestRussianYearAfterHebrewDate(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"26 Ияра в 2016 году", "2016-06-03", "26 Iyyar 5776"},
		{"26 іяра в 2016 році", "2016-06-03", "26 Iyyar 5776"},
		{"25 кислева в 2019 г.", "2019-12-23", "25 Kislev 5780"},
	})
	for _, m := range dateline.Find("26 Ияра в 2000 городах", heldoutRef) {
		assert.NotEqual(t, 5760, m.Dateline.Hebrew.Year)
	}
}
