package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout235NumberedWeekday: a Portuguese weekday from Monday to
// Friday written by its number, counted from Sunday as the words count
// (segunda-feira, the second day, is Monday): "6ª feira", "2ª-feira",
// "5a feira", Portugal's "6.ª-feira", as Brazilian and Portuguese
// community pages and timetables print it ("até às 11:00 da 6ª feira",
// cilisboa.org; "25.mai | 5ª | 19h", massoret.org; seen probing the
// 235th held-out round's focus). "6ª feira, 15 de abril de 2022" was no
// date to Check, and Find read the date alone, so a wrong weekday went
// unsaid. A wrong weekday is now an error; another number (1ª, 7ª), an
// ordinal before another word ("6ª edição") or the weekday alone stays
// unread.
func TestHeldout235NumberedWeekday(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"6ª feira, 15 de abril de 2022", "2022-04-15", "segunda-feira, 2 de janeiro de 2006"},
		{"5ª feira, 14 de abril de 2022", "2022-04-14", ""},
		{"2ª-feira, 11 de abril de 2022", "2022-04-11", "2ª-feira, 2 de janeiro de 2006"},
		{"3a feira, 12 de abril de 2022", "2022-04-12", ""},
		{"4ª. feira, 13 de abril de 2022", "2022-04-13", ""},
		{"6.ª-feira, 15 de abril de 2022", "2022-04-15", ""},
		{"6ª Feira, 15/04/2022", "2022-04-15", ""},
	})
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"6ª feira, 15 de abril de 2022, às 19h", "2022-04-15 19:00"},
	})
	checkWholeInferred(t, heldoutRef, "6ª feira, 15 de abril", "2022-04-15")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"O seder comunitário será na 6ª feira, 15 de abril de 2022, às 20h, na sinagoga.",
			"6ª feira, 15 de abril de 2022, às 20h", "2022-04-15", "14 Nisan 5782"},
	})
	rep := dateline.Check("6ª feira, 14 de abril de 2022", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef, "6ª feira", "6ª edição, 15 de abril de 2022",
		"1ª feira, 10 de abril de 2022", "7ª feira, 16 de abril de 2022")
	assert.Empty(t, dateline.Find("até às 11:00 da 6ª feira que antecede a visita", heldoutRef))
}

// TestHeldout235CrasisWeekdayRange: Portuguese's "à" (the preposition a
// fused with the article a) between two weekdays, as Brazilian pages
// write a range of days before a range of dates as often as "a":
// "Domingo à sexta-feira | 01 a 06 de outubro" (a Beit Chabad Central
// guide on passeidireto.com, seen probing the 235th held-out round's
// focus) was read as its Friday's date alone, the range's first day: 1
// October of a year it is a Friday (2021), with nothing said, where the
// Sunday makes it 2023. Each weekday is its own day's, and a range the
// dates do not fit is an error; after a weekday, "à" before no weekday
// is an evening's ("sábado à noite") as before.
func TestHeldout235CrasisWeekdayRange(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Domingo à sexta-feira | 01 a 06 de outubro de 2023", "2023-10-01"},
		{"de segunda à sexta, 2 a 6 de outubro de 2023", "2023-10-02"},
		{"de segunda à sexta-feira, de 9 a 13 de dezembro de 2024", "2024-12-09"},
		{"sexta-feira à tarde, 6 de outubro de 2023", "2023-10-06"},
	})
	checkWholeInferred(t, heldoutRef, "segunda à sexta-feira, 2 a 6 de outubro", "2023-10-02")
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Venha visitar nossa sucá: Domingo à sexta-feira | 01 a 06 de outubro de 2023, para homens e mulheres",
			"2023-10-01", "16 Tishrei 5784"},
		// An evening after a weekday, as before.
		{"o jejum começa no sábado à noite, 2 de agosto de 2025", "2025-08-02", "9 Av 5785"},
	})
	for _, text := range []string{
		"Domingo à sexta-feira | 02 a 07 de outubro de 2023",
		"de segunda à sexta-feira, 2 a 5 de outubro de 2023",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday, text)
	}
	// Without the Sunday, the Friday's year: no longer the text's reading.
	m := oneMatch(t, "Horário: Domingo à sexta-feira | 01 a 06 de outubro", heldoutRef)
	assert.Equal(t, "2023-10-01", m.Dateline.Time.Format("2006-01-02"))
}

// TestHeldout235PluralDayNoun: Portuguese's "dias" and Spanish's "días"
// (the days) before two days or a range, without the article that "nos
// dias" and "los días" have, after the weekdays or at a line's start:
// "Quinta e Sexta-feira, dias 8 e 9 de novembro" (Revista Nascente's
// calendar of Kislev 5779, seen probing the 235th held-out round's
// focus) was no date to Check, expecting one at "dias", and Find read
// nothing of the line; "dia" before one day was read. The noun says
// nothing of the days: a wrong weekday is still an error, and the noun
// after a number ("8 dias de novembro") or before no day is no date.
func TestHeldout235PluralDayNoun(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"dias 8 e 9 de novembro de 2018", "2018-11-08"},
		{"Quinta-feira e Sexta-feira, dias 8 e 9 de novembro de 2018", "2018-11-08"},
		{"jueves y viernes, días 8 y 9 de noviembre de 2018", "2018-11-08"},
		{"días 8 y 9 de noviembre de 2018", "2018-11-08"},
		{"dias 8 a 10 de novembro de 2018", "2018-11-08"},
		// With the article, as before.
		{"nos dias 8 e 9 de novembro de 2018", "2018-11-08"},
		{"los días 8 y 9 de noviembre de 2018", "2018-11-08"},
	})
	checkWholeInferred(t, heldoutRef, "Quinta e Sexta-feira, dias 8 e 9 de novembro.", "2018-11-08")
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosh Chôdesh: Quinta e Sexta-feira, dias 8 e 9 de novembro. Não se fala Tachanun.", "2018-11-08", "30 Cheshvan 5779"},
	})
	rep := dateline.Check("Quarta e Quinta-feira, dias 8 e 9 de novembro de 2018", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef, "dias 8 e 9")
	// Before a month alone the noun names no day: the month, as before.
	rep = dateline.Check("dias de novembro de 2018", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeMonthOnly)
	text := "durante 8 dias de novembro de 2018"
	m := oneMatch(t, text, heldoutRef)
	assert.Equal(t, "novembro de 2018", text[m.Start:m.End], "8 dias is a count, no day")
}
