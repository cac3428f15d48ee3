package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout37BeganThisYear: made-up sentences of the class the
// thirty-seventh held-out set found read wrong: an occasion said to have
// begun (a verb of the past), "this year", then the evening and a day
// with no year ("Yom Kippur inleddes i år på kvällen den 27:e september",
// Swedish), whose year the occasion gives. Before, the verb and "this
// year" cut the occasion off, and the day took the reference's year
// (2026-09-27, no Yom Kippur). In Swedish, Danish, Norwegian and German,
// with the verb in the present and the past, and "this year" or none.
func TestHeldout37BeganThisYear(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Yom Kippur inleddes i år på kvällen den 27:e september och avslutades dagen efter.",
			"Yom Kippur inleddes i år på kvällen den 27:e september", "2020-09-27", "10 Tishrei 5781"},
		{"Rosh Hashana började i år vid solnedgången den 15 september 2023.",
			"Rosh Hashana började i år vid solnedgången den 15 september 2023", "2023-09-15", "1 Tishrei 5784"},
		{"Jom Kippur begyndte i år om aftenen den 24. september 2023, sagde rabbineren.",
			"Jom Kippur begyndte i år om aftenen den 24. september 2023", "2023-09-24", "10 Tishrei 5784"},
		{"Pesach begynte i år om kvelden den 22. april 2024, som vanlig.",
			"Pesach begynte i år om kvelden den 22. april 2024", "2024-04-22", "15 Nisan 5784"},
		{"Pesach beginnt dieses Jahr am 22. April 2024, wie immer.",
			"Pesach beginnt dieses Jahr am 22. April 2024", "2024-04-22", "15 Nisan 5784"},
	} {
		assertFound(t, tc.in, tc.text, tc.day, tc.heb)
	}
	// The verbs in prose, with no day after them, are no date; nor is
	// "this year" after a verb that no occasion's name precedes.
	for _, s := range []string{
		"Yom Kippur inleddes i år med bön i synagogan.",
		"Mötet började i år den 27:e september.",
		"Festen begyndte i år sent.",
	} {
		ms := dateline.Find(s, dateline.Reference(corpusReference))
		for _, m := range ms {
			assert.NotContains(t, s[m.Start:m.End], "inleddes", s)
			assert.NotContains(t, s[m.Start:m.End], "började", s)
		}
	}
}
