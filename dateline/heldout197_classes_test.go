package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout197GalicianNames: Galician's own month and weekday names
// (xaneiro, febreiro, xuño, xullo, decembro; luns, mércores, xoves,
// venres), read as Portuguese's, whose dates Galician writes alike:
// "O 27 de xaneiro de 1945" (La Opinión A Coruña, the
// hundred-and-ninety-seventh held-out round, incoming line 2783) and
// "este próximo luns 19 de xaneiro" (Galicia Ártabra, incoming line
// 2781) were not found, and the Rúa Xudea line "15 de Sivan do 5767,
// según o calendario hebreo, o que equivale ao pasado 1 de xuño"
// (incoming line 2736) was its Hebrew date alone. The names Galician shares with Spanish or
// Portuguese (marzo, maio, setembro, martes, sábado) were read before.
// A weekday that is not the day's is an error, as in any language; a
// year-less date in prose stays unread, and Portuguese's own names are
// read as before.
func TestHeldout197GalicianNames(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"27 de xaneiro de 1945", "1945-01-27"},
		{"luns 19 de xaneiro de 2026", "2026-01-19"},
		{"venres, 25 de xaneiro de 2019", "2019-01-25"},
		{"mércores 3 de decembro de 2025", "2025-12-03"},
		{"mercores 3 de decembro de 2025", "2025-12-03"},
		{"Xoves, 12 de febreiro de 2015", "2015-02-12"},
		{"1 de xuño do 2007", "2007-06-01"},
		{"15 de Sivan do 5767, según o calendario hebreo, o que equivale ao pasado 1 de xuño", "2007-06-01"},
		{"15 de xullo de 2010", "2010-07-15"},
		{"sábado, 7 de decembro de 2024", "2024-12-07"},
		{"segunda-feira, 19 de janeiro de 2026", "2026-01-19"},
	})
	checkWholeInferred(t, heldoutRef, "xoves 22 de xaneiro", "2026-01-22")
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"O 27 de xaneiro de 1945 as tropas soviéticas entraron nos campos", "1945-01-27", "13 Shevat 5705"},
		{"Os actos darán comezo este próximo luns 19 de xaneiro coa apertura", "2026-01-19", "1 Shevat 5786"},
	})
	rep := dateline.Check("luns 19 de xaneiro de 2025", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	assert.False(t, dateline.Check("31 de xuño de 2024", heldoutRef).OK())
	checkUnread(t, heldoutRef, "Isto é o 19 de xaneiro e nada máis", "xoves e venres")
}

// TestHeldout197GalicianAtHour: Galician's "ás" (a + as, at the) before
// a time, as Portuguese's "às": "este próximo luns 19 de xaneiro ás
// 17:00 horas" (Galicia Ártabra, the hundred-and-ninety-seventh held-out
// round, incoming line 2781) was found as the day without its time, and
// "27 de xaneiro de 1945, ás 4 da tarde" as the day alone. After "ás" an
// hour without minutes needs its part of the day, as after "às"; a date
// with a number after "ás" that is no time stays unread whole.
func TestHeldout197GalicianAtHour(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Os actos darán comezo este próximo luns 19 de xaneiro ás 17:00 horas coa apertura", "2026-01-19 17:00"},
		{"luns 19 de xaneiro de 2026 ás 17:00", "2026-01-19 17:00"},
		{"27 de xaneiro de 1945, ás 4 da tarde", "1945-01-27 16:00"},
		{"venres 25 de xaneiro de 2019 ás 19.30 horas", "2019-01-25 19:30"},
		{"segunda-feira, 19 de janeiro de 2026 ás 17:00", "2026-01-19 17:00"},
		{"segunda-feira, 19 de janeiro de 2026 às 17:00", "2026-01-19 17:00"},
	})
	checkWholeInferred(t, heldoutRef, "luns 19 de xaneiro ás 17:00", "2026-01-19 17:00")
	checkUnread(t, heldoutRef, "luns 19 de xaneiro de 2026 ás 4")
	assert.False(t, dateline.Check("luns 19 de xaneiro de 2026 ás 99:00", heldoutRef).OK())
}

// TestHeldout197FromDoToAo: Portuguese's and Galician's "do" (de + o,
// from the) opening a range whose end follows "ao" (to the), as Spanish
// writes "del 15 al 18" and French "du 15 au 18": "do 15 ao 18 de
// xuño" (Onda Cero Ourense on a summer course in Ribadavia, 2023, seen
// in the hundred-and-ninety-seventh held-out round's search; the site
// has rows already, so it is no row of its own) was no date whole, as
// the Portuguese "do 15 ao 18 de junho" was not. The range gives
// its first day. Without "ao" after the day, "do" is the Slavic
// languages' "until" ("do 30. aprila"), and the text stays unread
// whole; a range whose end is before its start, or out of its month, is
// an error.
func TestHeldout197FromDoToAo(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"do 15 ao 18 de xuño de 2023", "2023-06-15"},
		{"do 15 ao 18 de junho de 2023", "2023-06-15"},
		{"do 2 de junho ao 5 de junho de 2023", "2023-06-02"},
		{"do 30 de decembro de 2024 ao 2 de xaneiro de 2025", "2024-12-30"},
	})
	checkUnread(t, heldoutRef, "do 30. aprila 2024", "do 15 de xuño de 2023", "do 15 ao 40 de xuño de 2023")
	assert.False(t, dateline.Check("do 18 ao 15 de xuño de 2023", heldoutRef).OK())
}
