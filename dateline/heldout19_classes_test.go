package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout19Languages: made-up datelines in the languages that the
// nineteenth held-out set (real datelines of Central and Eastern European
// community pages) found unread, each read as its day with the problems
// it must have:
//
//   - Bulgarian and Slovak month and weekday names, from CLDR, read and
//     written back ("вторник, 23 септември 2025, 07:45", "pondelok 2.
//     januára 2006");
//   - Slovak's accusative weekday after "v" (on): "v nedeľu 2. decembra";
//   - Serbian's genitive weekday after "od" (from): "od nedelje 18.
//     decembra", "od petka 3. oktobra".
func TestHeldout19Languages(t *testing.T) {
	tests := []struct {
		in    string
		day   string // the dateline's day and time, 2006-01-02 15:04
		codes []dateline.Code
		round bool // the layout writes the input back
	}{
		{"вторник, 23 септември 2025, 07:45", "2025-09-23 07:45", nil, true},
		{"понеделник, 2 януари 2006 г.", "2006-01-02 00:00", nil, true},
		{"петък, 13 декември 2024 г.", "2024-12-13 00:00", nil, true},
		{"сряда, 13 декември 2024 г.", "2024-12-13 00:00", []dateline.Code{dateline.CodeWeekday}, false},
		{"13 дек 2024", "2024-12-13 00:00", nil, true},
		{"pondelok 2. januára 2006", "2006-01-02 00:00", nil, true},
		{"piatok 13. decembra 2024 o 18:00", "2024-12-13 18:00", nil, false},
		{"v nedeľu 2. decembra 2018", "2018-12-02 00:00", nil, false},
		{"v stredu 4. septembra 2024", "2024-09-04 00:00", nil, false},
		{"v sobotu 4. septembra 2024", "2024-09-04 00:00", []dateline.Code{dateline.CodeWeekday}, false},
		{"13. júla 2024", "2024-07-13 00:00", nil, true},
		{"od nedelje 18. decembra 2022.", "2022-12-18 00:00", nil, false},
		{"od petka 3. oktobra 2014.", "2014-10-03 00:00", nil, false},
		{"od srede 2. oktobra 2024.", "2024-10-02 00:00", nil, false},
		{"od ponedeljka 2. oktobra 2024.", "2024-10-02 00:00", []dateline.Code{dateline.CodeWeekday}, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.day, "2006-01-02 15:04", tc.codes, tc.round) })
	}
	// In prose: the new names are found where they date something, and a
	// genitive month in ASCII before a number (Slovak's augusta, marca)
	// is an English name, not a date.
	for _, tc := range []struct{ in, day string }{
		{"Сбирката е във вторник, 23 септември 2025 г., в синагогата.", "2025-09-23"},
		{"Stretnutie bude v nedeľu 2. decembra 2018 v synagóge.", "2018-12-02"},
		{"Slávnosť sa konala 13. júla 2024 po 18. hodine.", "2024-07-13"},
		{"Praznik slavimo od nedelje 18. decembra 2022. godine.", "2022-12-18"},
	} {
		ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
		require.Len(t, ms, 1, tc.in)
		assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"), tc.in)
	}
	for _, in := range []string{
		"Augusta 12, 2024 was the day the Augusta National opened.",
		"Marca 3, the shop on Main Street, and Juna 5 closed.",
		"Po 2 dňoch a ut 3 hodinách sme odišli.",
	} {
		assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)), in)
	}
}
