package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout17Classes: made-up datelines of the classes that the
// seventeenth held-out set (real datelines of Latin American, Belgian,
// French-Canadian and Dutch community pages) found unread, each read as
// its first day with the problems it must have:
//
//   - Portuguese weekdays without "-feira" ("Na quarta, dia 16/03"),
//     weak: prose's ordinals (a segunda edição) stay no weekday;
//   - Flemish hours with u, glued or spaced, with or without its dot
//     ("19u30", "om 20u", "aanvang 19 u."), and Dutch "aanvang" (start)
//     before a time;
//   - an evening after a comma, ", au soir," and a range's other end
//     after it ("du dimanche 27 septembre, au soir, jusqu'au lundi 28
//     septembre 2020");
//   - Dutch ranges opened by "van" and joined by "tot en met" spelt out;
//   - a range longer than a week whose ends each name a weekday, whose
//     weekdays agree with the days when they are a whole number of weeks
//     apart from them ("zondag 18 tot maandag 26 december 2022").
func TestHeldout17Classes(t *testing.T) {
	tests := []struct {
		in    string
		day   string // the dateline's day and time, 2006-01-02 15:04
		codes []dateline.Code
	}{
		{"segunda, 14 de março de 2022", "2022-03-14 00:00", nil},
		{"Na terça, dia 15/03/2022", "2022-03-15 00:00", nil},
		{"terca, 15/03/2022", "2022-03-15 00:00", nil},
		{"sexta, 18 de março de 2022", "2022-03-18 00:00", nil},
		{"quinta, 18 de março de 2022", "2022-03-18 00:00", []dateline.Code{dateline.CodeWeekday}},
		{"18/09/2020 aanvang 19 u.", "2020-09-18 19:00", nil},
		{"zondag 20 september 2020 om 20u30", "2020-09-20 20:30", nil},
		{"vrijdag 2 oktober 2020 om 19u", "2020-10-02 19:00", nil},
		{"2 oktober 2020, aanvang 20:15 uur", "2020-10-02 20:15", nil},
		{"dimanche 27 septembre 2020, au soir", "2020-09-27 00:00", nil},
		{"du vendredi 2 octobre, au soir, jusqu'au samedi 3 octobre 2020", "2020-10-02 00:00", nil},
		{"sábado, 19 de setembro de 2020, à noite", "2020-09-19 00:00", nil},
		{"sábado 20 de abril, à noite, até domingo 21 de abril de 2024", "2024-04-20 00:00", nil},
		{"van 16 tot 20 september 2023", "2023-09-16 00:00", nil},
		{"van 16 september tot 2 oktober 2023", "2023-09-16 00:00", nil},
		{"18 tot en met 26 december 2022", "2022-12-18 00:00", nil},
		{"van zondagavond 18 tot en met maandagavond 26 december 2022", "2022-12-18 00:00", nil},
		{"zondag 18 tot maandag 26 december 2022", "2022-12-18 00:00", nil},
		{"lundi 7 au mardi 15 décembre 2020", "2020-12-07 00:00", nil},
		{"domingo 18 al lunes 26 de diciembre de 2022", "2022-12-18 00:00", nil},
		{"zondag 18 tot dinsdag 26 december 2022", "2022-12-18 00:00", []dateline.Code{dateline.CodeWeekday}},
		{"lundi 7 au mercredi 15 décembre 2020", "2020-12-07 00:00", []dateline.Code{dateline.CodeWeekday}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.day, "2006-01-02 15:04", tc.codes, false) })
	}
	// Refused still: an evening word after a comma without its
	// preposition, where a list may go on.
	rep := dateline.Check("27 septembre 2020, soir", dateline.Reference(corpusReference))
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code)
	// In prose: the weekday and the range opened by van are found, an
	// ordinal is no weekday, and van before a date alone reads the date.
	for _, tc := range []struct{ in, day string }{
		{"Na quarta, dia 16/03/2022, tivemos a nossa festa.", "2022-03-16"},
		{"A segunda edição saiu em 12 de março de 2020.", "2020-03-12"},
		{"Het nieuws van 16 september 2023 was goed.", "2023-09-16"},
		{"De dienst is van 16 tot 20 september 2023 in de sjoel.", "2023-09-16"},
	} {
		ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
		require.Len(t, ms, 1, tc.in)
		assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"), tc.in)
		assert.True(t, ms[0].Report.OK(), tc.in)
	}
}
