package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestBeginsAndEndsSlavicTurkish: a range whose two ends each have their
// verb, "it begins ... and ends ...", as Slovak and Czech write it ("a
// končí", "a skončí", "a končí sa", "a potrvá do", "a trvá do") and as
// Turkish does with "together" after its sunset ("gün batımıyla birlikte
// başlıyor ve"), from the sixty-first held-out round's "Začína predvečer
// 5. 4. 2023 a končí 13. 4. 2023." and "14 Aralık Pazar akşamı gün
// batımıyla birlikte başlıyor ve 22 Aralık Pazartesi günü sona eriyor".
// The first day is the dateline's. A spaced numeric date whose day could
// be a month (5. 4. 2023), which free text reads only beside a word that
// says it is a date, starts such a range, or one with a dash, when a
// whole date in the same norm ends it, as no numbered list goes on so;
// and after Slovak's "dňa" (on the day), as after Czech's "dne". Before,
// the start was not read, and the end was taken for the dateline, or the
// two ends were two datelines. A list's numbers, or the verb without a
// date after it, leave the numbers alone.
func TestBeginsAndEndsSlavicTurkish(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Začína predvečer 5. 4. 2023 a končí 13. 4. 2023.", "5. 4. 2023 a končí 13. 4. 2023", "2023-04-05", "14 Nisan 5783"},
		{"Svátek začíná 24. 9. 2023 a skončí 25. 9. 2023.", "24. 9. 2023 a skončí 25. 9. 2023", "2023-09-24", "9 Tishrei 5784"},
		{"začína 5. apríla 2023 a potrvá do 13. apríla 2023", "5. apríla 2023 a potrvá do 13. apríla 2023", "2023-04-05", "14 Nisan 5783"},
		{"výstava začne 3. 2. 2019 a trvá do 5. 3. 2019", "3. 2. 2019 a trvá do 5. 3. 2019", "2019-02-03", "28 Shevat 5779"},
		{"program 5. 4. 2023 – 13. 4. 2023 v synagóge", "5. 4. 2023 – 13. 4. 2023", "2023-04-05", "14 Nisan 5783"},
		{"Stretnutie sa uskutoční dňa 5. 4. 2023 v Bratislave.", "5. 4. 2023", "2023-04-05", "14 Nisan 5783"},
		{"Bayram 14 Aralık Pazar akşamı gün batımıyla birlikte başlıyor ve 22 Aralık Pazartesi günü sona eriyor.",
			"14 Aralık Pazar akşamı gün batımıyla birlikte başlıyor ve 22 Aralık Pazartesi", "2025-12-14", "25 Kislev 5786"},
		{"Bayram 6 Eylül 2021 Pazartesi akşamı güneşin batışıyla birlikte başladı ve 8 Eylül Çarşamba akşamı sona erdi.",
			"6 Eylül 2021 Pazartesi akşamı güneşin batışıyla birlikte başladı ve 8 Eylül Çarşamba", "2021-09-06", "1 Tishrei 5782"},
	})
	for _, tc := range []struct{ text, match string }{
		{"1. 2. 3. 2003 a končí 4. 5. 2003", ""},            // a numbered list
		{"5. 4. 2023 a končí sezóna", ""},                   // the verb, and no date after it
		{"5. 4. 2023 a 7 ďalších bodov", ""},                // "and 7 more points"
		{"§ 5. 4. 2023 a končí 13. 4. 2023", "13. 4. 2023"}, // a section's number is no day
		{"14 Aralık Pazar akşamı gün batımıyla birlikte başlıyor ve herkes gelir", "14 Aralık Pazar akşamı"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if tc.match == "" {
				assert.Empty(t, ms, "no date")
				return
			}
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End], "no range")
			}
		})
	}
}
