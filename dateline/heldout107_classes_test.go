package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout107SpanishCelebrates: Spanish's verbs for "celebrate" in the
// present and the future, "festeja", "festejan", "festejará",
// "festejarán", "celebrará", "celebrarán", after a civil day or range and
// the people who keep it, before the occasion, as "celebra" and
// "celebran" were read: "Del 22 al 24 de septiembre la comunidad judía
// festeja Rosh Hashaná" (Itón Gadol, itongadol.com, a Jabad Argentina
// notice, the hundred-and-seventh held-out round) had no year and was
// not read (a year-less range is read only beside its occasion, which
// the verb parted from it). The verb joins them: the year is the one
// whose occasion the days fit, 2025, whose Rosh Hashana began on the
// evening of 22 September. Learned with it: "Entre el domingo 16 y el
// martes 18 de septiembre, el mundo judío celebrará Rosh Hashaná, el
// comienzo del año 5773" (an earlier row), read with the eve's own
// Hebrew date.
func TestHeldout107SpanishCelebrates(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Del 22 al 24 de septiembre la comunidad judía festeja Rosh Hashaná", "2025-09-22", "1 Tishrei 5786"},
		{"El 22 de abril de 2024 los judíos festejan Pesaj", "2024-04-22", "15 Nisan 5784"},
		{"El 22 de abril de 2024 la comunidad festejará la fiesta de Pesaj", "2024-04-22", "15 Nisan 5784"},
		{"El 22 de abril de 2024 los judíos celebrarán Pesaj", "2024-04-22", "15 Nisan 5784"},
		{"Entre el domingo 16 y el martes 18 de septiembre, el mundo judío celebrará Rosh Hashaná, el comienzo del año 5773", "2012-09-16", "1 Tishrei 5773"},
	})
	// A weekday that is not the day's, and a day that is neither the
	// occasion's nor its eve, are errors.
	m := oneMatch(t, "El martes 22 de abril de 2024 los judíos festejan Pesaj", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	m = oneMatch(t, "El 10 de abril de 2024 los judíos festejan Pesaj", heldoutRef)
	assert.NotEmpty(t, severityCodes(m, dateline.Error))
	// The verb before no occasion joins nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"El 22 de abril de 2024 la comunidad festeja su aniversario", "2024-04-22"},
		{"La comunidad festeja Pesaj con una cena", ""},
	})
}

// TestHeldout107SunsetClause: Spanish's sunset after a date as a clause
// set off by a comma, "cuando se oculte el sol" (when the sun sets),
// "cuando se ponga el sol", "a la puesta del sol", and after "al" with
// its infinitive, "al caer el sol", "al ponerse el sol": "Este domingo 1
// de junio, cuando se oculte el sol, el pueblo judío comenzará a celebrar
// la festividad de Shavuot" (Primera Edición, primeraedicion.com.ar, the
// hundred-and-seventh held-out round) was read as the civil day, 5 Sivan,
// its evening left out (after a comma only a preposition's phrase was
// read, as "au soir" is; a bare word there is a list's next item). The
// evening is the dateline's: 6 Sivan from sunset, Shavuot's first day.
func TestHeldout107SunsetClause(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Este domingo 1 de junio, cuando se oculte el sol, el pueblo judío comenzará a celebrar la festividad de Shavuot", "2025-06-01", "6 Sivan 5785"},
		{"domingo 1 de junio de 2025, cuando se ponga el sol", "2025-06-01", "6 Sivan 5785"},
		{"domingo 1 de junio de 2025, a la puesta del sol", "2025-06-01", "6 Sivan 5785"},
		{"domingo 1 de junio de 2025 al caer el sol", "2025-06-01", "6 Sivan 5785"},
		{"Este domingo 14 de diciembre de 2025, al caer el sol, comienza esta importante festividad judía", "2025-12-14", "25 Kislev 5786"},
		{"domingo 14 de diciembre de 2025, al ponerse el sol", "2025-12-14", "25 Kislev 5786"},
	})
	m := oneMatch(t, "lunes 1 de junio de 2025, cuando se oculte el sol", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	// Other clauses after the comma say no evening.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"domingo 1 de junio de 2025, a la sinagoga", "2025-06-01", "5 Sivan 5785"},
		{"domingo 1 de junio de 2025, cuando llegue el rabino", "2025-06-01", "5 Sivan 5785"},
	})
}

// TestHeldout107YearAfterDash: a Hebrew year after a dash that follows a
// Hebrew day and month and the bracket around them, as a title sets its
// year after the occasion and its date: "Tu B’Shvat [15 de Shevat] –
// 5785" (Comunidad Shalom Ubrajot, shalomubrajot.com, Colombia, the
// hundred-and-seventh held-out round) was read without its year, as 15
// Shevat 5787 (January 2027, the year nearest the reference) with only
// an info: a wrong day nearly unsaid. The year is the date's: 13 February
// 2025.
func TestHeldout107YearAfterDash(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Tu B’Shvat [15 de Shevat] – 5785", "2025-02-13", "15 Shevat 5785"},
		{"Tu B'Shvat (15 de Shevat) – 5785", "2025-02-13", "15 Shevat 5785"},
		{"Purim (14 de Adar II) - 5784", "2024-03-24", "14 Adar II 5784"},
		{"Lag BaOmer [18 de Iyar] — 5785.", "2025-05-16", "18 Iyyar 5785"},
	})
	// An occasion that is not the date's is an error.
	m := oneMatch(t, "Purim (15 de Shevat) – 5785", heldoutRef)
	assert.NotEmpty(t, severityCodes(m, dateline.Error))
	// A number that goes on, or a civil year, is no Hebrew year.
	for _, text := range []string{
		"Tu B'Shvat (15 de Shevat) – 5785 personas",
		"Tu B'Shvat (15 de Shevat) – 2025",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotEqual(t, 5785, m.Dateline.Hebrew.Year)
				assert.NotEqual(t, 2025, m.Dateline.Hebrew.Year)
			}
		})
	}
}

// TestHeldout107HebrewYearApposition: a Hebrew year after Spanish's bare
// article, set off by commas in apposition to the occasion it opens, and
// the relative clause "que empezó" (which began) after it: "Rosh
// Hashaná, el año nuevo judío, el 5781, que empezó la noche del viernes
// 18 de septiembre" (Noticias Hoy, noticiashoy.com.ar, the
// hundred-and-seventh held-out round) was read as 18 September 2026, the
// nearest year whose 18 September is a Friday (7 Tishrei 5787), with only
// an info: a wrong day nearly unsaid. The year is the occasion's, and the
// day its eve: 18 September 2020, 1 Tishrei 5781 from that evening.
func TestHeldout107HebrewYearApposition(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosh Hashaná, el año nuevo judío, el 5781, que empezó la noche del viernes 18 de septiembre", "2020-09-18", "1 Tishrei 5781"},
		{"Rosh Hashaná, el 5781, que empezó la noche del viernes 18 de septiembre", "2020-09-18", "1 Tishrei 5781"},
		{"Rosh Hashaná, el 5784, que comenzó el viernes 15 de septiembre", "2023-09-15", "1 Tishrei 5784"},
	})
	// A weekday that is not the day's, and a day that is not the
	// occasion's eve, are errors.
	m := oneMatch(t, "Rosh Hashaná, el 5781, que empezó la noche del jueves 18 de septiembre", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	m = oneMatch(t, "Rosh Hashaná, el 5781, que empezó el viernes 25 de septiembre", heldoutRef)
	assert.NotEmpty(t, severityCodes(m, dateline.Error))
	// A number after "el" before no occasion is no year: the date is
	// read as before, in the year nearest the reference that fits it;
	// at the sentence's start "el" leads its year, as Catalan's "El
	// 2019" does (see TestCatalan), and "el 5781 empezó" is the year
	// 5781 that began.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"el 5781 empezó el viernes 18 de septiembre", "2020-09-18"},
		{"Llegaron el 3500, el viernes 18 de septiembre", "2026-09-18"},
	})
}
