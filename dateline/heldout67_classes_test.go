package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestRomanMonthRange: a range of days before a Roman-numeral month, as
// Serbian, Croatian, Czech and Polish pages write a month: "ŠAVUOT
// („sedmica“) 26. — 27. V 1993." (Borba's holiday calendar, the
// sixty-seventh held-out round). The end was read alone, "27. V 1993":
// the range's last day for its first, with nothing said. The range is
// one match from its first day, whatever dash or word joins the days and
// with or without their dots. A range that runs backwards, or a Roman
// numeral that is no month, is no range; a range's end past its month is
// an error, not a day.
func TestRomanMonthRange(t *testing.T) {
	for _, tc := range []struct{ text, day, end string }{
		{"ŠAVUOT („sedmica“) 26. — 27. V 1993.", "1993-05-26", "27. V 1993"},
		{"26. — 27. V 1993.", "1993-05-26", "27. V 1993"},
		{"Sukot 14.–15. X 2019", "2019-10-14", "15. X 2019"},
		{"Pesah 23-24 IV 2024", "2024-04-23", "24 IV 2024"},
		{"Hanuka traje 8 – 15. XII. 2023", "2023-12-08", "15. XII. 2023"},
		{"Rosz ha-Szana 16 i 17 IX 2023 r.", "2023-09-16", "17 IX 2023"},
		{"Jom Kipur 24. i 25. IX 2023. godine", "2023-09-24", "25. IX 2023"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			first := tc.text[strings.IndexAny(tc.text, "0123456789"):]
			assert.True(t, strings.HasPrefix(first, m.Input) || strings.Contains(m.Input, first[:2]), "the match %q holds the first day", m.Input)
			assert.Contains(t, m.Input, tc.end, "the match runs to the range's end")
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"27. — 26. V 1993.", "1993-05-26"}, // backwards: the day alone
		{"Pius XII 26-27 V", ""},            // no year: no Roman month
		{"Leo XIII 12-14 IV", ""},           // a pope's numeral, no year
	})
	ms := dateline.Find("30. — 31. IV 2020.", heldoutRef)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "April has no 31st for the range to end on")
}

// TestSlavicYearWords: the words for "in the year" between a date's
// month and its year, in the Slavic languages: Slovak "13. septembra v
// roku 1988" (Hospodárske noviny, the sixty-seventh held-out round),
// Czech "roku" and "v roce", Polish "w roku", Slovenian "leta". The date
// was not found, or found as the day and month alone in a year near the
// reference. The words join only a year of digits: before a count
// ("roku 12 ľudí") or no number, the date keeps no year of theirs.
func TestSlavicYearWords(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"13. septembra v roku 1988", "1988-09-13"},
		{"Roš hašana bola 13. septembra v roku 1988.", "1988-09-13"},
		{"Tábor byl osvobozen 27. ledna roku 1945", "1945-01-27"},
		{"27. ledna v roce 1945 osvobodila Rudá armáda Osvětim", "1945-01-27"},
		{"Obóz wyzwolono 27 stycznia w roku 1945", "1945-01-27"},
		{"Vojna se je končala 9. maja leta 1945.", "1945-05-09"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, ms[0].Input, tc.day[:4])
		})
	}
	for _, text := range []string{
		"Prišlo 13. septembra v roku 12 ľudí", // a count, not a year
		"13. septembra v roku, ktorý prišiel", // no number
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotContains(t, m.Input, "roku", "no year of the words")
				assert.NotEqual(t, 12, m.Dateline.Time.Year())
			}
		})
	}
}

// TestGreekSunsetRangeEnd: a range whose end Greek gives as the hour it
// closes at, "σούρουπο της" (dusk of), "ηλιοβασίλεμα της" (sunset of),
// "το βράδυ της" (the evening of), after the dash: "ηλιοβασίλεμα της 4ης
// Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου 2022" (Yom Kippur's hours, a row
// the reader missed before the sixty-seventh round, which looked at the
// misses of its languages). The end was read alone, October 5: the
// range's last day for its first, with nothing said. The range is one
// match from its first day. The word without the article after it is
// prose, and joins nothing.
func TestGreekSunsetRangeEnd(t *testing.T) {
	for _, tc := range []struct{ text, day, end string }{
		{"ηλιοβασίλεμα της 4ης Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου 2022", "2022-10-04", "5ης Οκτωβρίου 2022"},
		{"Γιομ Κιπούρ: 4 Οκτωβρίου – το βράδυ της 5ης Οκτωβρίου 2022", "2022-10-04", "5ης Οκτωβρίου 2022"},
		{"Πέσαχ 22 Απριλίου – ηλιοβασίλεμα της 30ης Απριλίου 2024", "2024-04-22", "30ης Απριλίου 2024"},
		{"Χανουκά 7 Δεκεμβρίου - Σούρουπο της 15ης Δεκεμβρίου 2023", "2023-12-07", "15ης Δεκεμβρίου 2023"},
		{"Γιομ Κιπούρ: 4 Οκτωβρίου – ΣΟΥΡΟΥΠΟ ΤΗΣ 5ης Οκτωβρίου 2022", "2022-10-04", "5ης Οκτωβρίου 2022"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			m := ms[0]
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly), "%q", m.Input)
			assert.True(t, strings.HasSuffix(m.Input, tc.end), "the match %q runs to the range's end", m.Input)
		})
	}
	ms := dateline.Find("Στις 4 Οκτωβρίου 2022 – σούρουπο ήρθε νωρίς", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2022-10-04", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.NotContains(t, ms[0].Input, "σούρουπο")
}
