package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout104FrenchTakesPlace: French's verbs for "takes place" after
// an occasion and before its days, a comma between or not and "cette
// année" (this year) after them or not: "Hanoucca, se déroule cette
// année du 18 au 26 décembre" (La DH, dhnet.be, a Belga dispatch, the
// hundred-and-fourth held-out round) was not read: without a year, the
// range is read only beside its occasion, which the verb parted from it.
// "se déroule", "se déroulera", "se tiendra", "a lieu" and "aura lieu"
// now join them, as "tombe" and "est célébrée" did: the year is the one
// whose occasion the days fit (Hanoucca 5783 began the evening of 18
// December 2022).
func TestHeldout104FrenchTakesPlace(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Hanoucca, se déroule cette année du 18 au 26 décembre", "2022-12-18"},
		{"Hanoucca se déroule du 18 au 26 décembre", "2022-12-18"},
		{"Pessah a lieu du 23 au 30 avril 2024", "2024-04-23"},
		{"Pessah aura lieu du 23 au 30 avril 2024", "2024-04-23"},
		{"Souccot se tiendra du 17 au 24 octobre 2024", "2024-10-17"},
		{"Chavouot se déroulera le 12 juin 2024", "2024-06-12"},
	})
	// A weekday that is not the day's is said.
	m := oneMatch(t, "Pessah a lieu du lundi 23 au mardi 30 avril 2024", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	// The verbs without a date, or after no occasion, name no day.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanoucca a lieu chaque année en hiver", ""},
		{"La réunion se déroule cette année à Bruxelles", ""},
	})
}

// TestHeldout104ItalianEveningEnd: a range's end said as Italian's "the
// evening of" with "alla" (a la), after "fino" (until) or alone, which
// is both the word that joins the end and the evening's article: "Dalla
// sera del 3 ottobre fino alla sera del 4 ottobre" (San Marino RTV, the
// hundred-and-fourth held-out round). With a year the range was read as
// its end alone, 4 October, the first day lost with nothing said; it is
// now its first day, whose evening is the next Hebrew day's. "Alla"
// before anything but an evening joins nothing.
func TestHeldout104ItalianEveningEnd(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Dalla sera del 3 ottobre fino alla sera del 4 ottobre 2014", "2014-10-03", "10 Tishrei 5775"},
		{"dalla sera del 3 ottobre alla sera del 4 ottobre 2014", "2014-10-03", "10 Tishrei 5775"},
		{"dalla sera del 22 aprile fino alla sera del 30 aprile 2024", "2024-04-22", "15 Nisan 5784"},
		{"dalla sera di venerdì 3 ottobre fino alla sera di sabato 4 ottobre 2014", "2014-10-03", "10 Tishrei 5775"},
	})
	m := oneMatch(t, "dalla sera di giovedì 3 ottobre alla sera del 4 ottobre 2014", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"3 ottobre 2014 alla sinagoga di Roma", "2014-10-03"},
		{"fino alla sera del 4 ottobre 2014", "2014-10-04"},
		{"alla sera del concerto", ""},
	})
}

// TestHeldout104RomanceCelebrates: the Romance languages' verbs for
// "celebrate" (Italian's "si ferma per", stops for) after a civil day or
// range and the people who keep it, before the occasion: "Dalla sera del
// 3 ottobre fino alla sera del 4 ottobre, il popolo ebraico si ferma per
// la festività di Yom Kippur" (San Marino RTV, 2014, the
// hundred-and-fourth held-out round) had no year and was not read, as
// the Slavic "иудеи отмечают Хануку" was before its verbs were learned.
// The verb, with "la festa di" or an article after it or not, joins the
// date to the occasion, whose year a year-less date takes.
func TestHeldout104RomanceCelebrates(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Dalla sera del 3 ottobre fino alla sera del 4 ottobre, il popolo ebraico si ferma per la festività di Yom Kippur", "2014-10-03"},
		{"Dal 3 al 4 ottobre, il popolo ebraico festeggia Yom Kippur", "2014-10-03"},
		{"Il 23 aprile 2024 gli ebrei celebrano la festa di Pesach", "2024-04-23"},
		{"Du 18 au 26 décembre, les Juifs célèbrent Hanoucca", "2022-12-18"},
		{"El 22 de abril de 2024 la comunidad judía celebra el Pesaj", "2024-04-22"},
	})
	// A date beside another day's occasion is still said.
	m := oneMatch(t, "Il 3 maggio 2024 gli ebrei celebrano la festa di Pesach", heldoutRef)
	assert.False(t, m.OK())
	// The verbs before no occasion join nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Il 3 ottobre 2014 il treno si ferma per la stazione di Roma", "2014-10-03"},
		{"Il 3 ottobre il treno si ferma per la festa di paese", "2026-10-03"}, // the date alone, after "Il" (see TestYearlessDateAfterLead)
	})
}

// TestHeldout104NewYearPassage: the Jewish New Year named by the
// Hebrew year it opens, "the passage to the year N", in Portuguese,
// Spanish, Italian and French: "Judeus comemoram em 15 de setembro, à
// noite, a passagem para o ano de 5784" (Jardins SP, the
// hundred-and-fourth held-out round) was not read: the date has no
// civil year, and the year 5784 after the words was no occasion's. The
// words before a Hebrew year are now Rosh Hashana of that year, whose
// eve the evening's date is; a date that is neither its eve nor its day
// is an error. Before no Hebrew year ("a passagem para o ano novo", the
// civil one) they are prose.
func TestHeldout104NewYearPassage(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Judeus comemoram em 15 de setembro, à noite, a passagem para o ano de 5784", "2023-09-15", "1 Tishrei 5784"},
		{"15 de setembro de 2023, à noite, a passagem para o ano de 5784", "2023-09-15", "1 Tishrei 5784"},
		{"el 15 de septiembre por la noche, el paso al año 5784", "2023-09-15", "1 Tishrei 5784"},
		{"le 15 septembre au soir, le passage à l’an 5784", "2023-09-15", "1 Tishrei 5784"},
	})
	for _, text := range []string{
		"15 de setembro de 2024, à noite, a passagem para o ano de 5784",
		// 12 September is no eve of 5784 (the Hebrew year gives the
		// civil one, whose 15 September is, warned as an eve).
		"Il 12 settembre, il passaggio all’anno 5784",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Em 31 de dezembro, a passagem para o ano novo", ""},
		{"31 de dezembro de 2023, a passagem para o ano de 2024", "2023-12-31"},
		{"a passagem para o ano de 5784", ""},
	})
}

// TestSunsetEndsRange: the sunset of a day after "fino al", "al" or
// French "au" ends a range, as "alla sera del" does: "Dalla sera del 3
// ottobre fino al tramonto del 4 ottobre 2014" (seen with the hundred and
// fourth held-out round) was read as its end alone, 4 October with 11
// Tishrei, the range's first day lost with nothing said.
func TestSunsetEndsRange(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Dalla sera del 3 ottobre fino al tramonto del 4 ottobre 2014", "2014-10-03", "10 Tishrei 5775"},
		{"dal tramonto del 3 ottobre al tramonto del 4 ottobre 2014", "2014-10-03", "10 Tishrei 5775"},
		// French's start "du coucher du soleil le" is not yet read as
		// its evening: the day's own Hebrew date.
		{"du coucher du soleil le 3 octobre au coucher du soleil le 4 octobre 2014", "2014-10-03", "9 Tishrei 5775"},
		{"Dalla sera del 3 ottobre fino alla sera del 4 ottobre 2014", "2014-10-03", "10 Tishrei 5775"},
		// A range's "al" and "au" before a day, as before.
		{"du 3 au 4 octobre 2014", "2014-10-03", "9 Tishrei 5775"},
		{"dal 3 al 4 ottobre 2014", "2014-10-03", "9 Tishrei 5775"},
	})
}
