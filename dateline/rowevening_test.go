package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestRowEveningFound: a table row that labels a range's first day with
// its sunset, as Wikipedia's copies give a festival's days ("Sunset, 21
// May 2026 – nightfall, 23 May 2026", "Pôr do sol, 21 de maio –
// anoitecer, 23 de maio"; the 179th held-out round), is found as Check
// reads it, the first day's evening with the next day's Hebrew date,
// where Find read it from the day on with the civil day's. A sunset that
// opens a line before one day is not taken.
func TestRowEveningFound(t *testing.T) {
	for _, text := range []string{
		"Sunset, 21 May 2026 – nightfall, 23 May 2026",
		"Apus 21 mai 2026 – căderea nopții 23 mai 2026",
		"<td>Pôr do sol, 21 de maio de 2026 – anoitecer, 23 de maio de 2026</td>",
		"Shavuot\nPuesta del sol, 21 de mayo de 2026 – anochecer, 23 de mayo de 2026\n",
	} {
		findAsCheck(t, text, "2026-05-21", "6 Sivan 5786")
	}
	m := findOneOK(t, "Sundown, Wednesday, October 2, 2024 was cold", heldoutRef)
	assert.Equal(t, "29 Elul 5784", m.Dateline.Hebrew.String())
	m = findOneOK(t, "(Sundown, Wednesday, October 2, 2024 was cold)", heldoutRef)
	assert.Equal(t, "29 Elul 5784", m.Dateline.Hebrew.String())
}

// TestParenthesisEveningFound: a parenthesis sets a range of sunsets
// apart as a table's row does, and the Germanic languages' and Italian's
// sunset is one word: "στις 10 του μηνός Τισρί (ηλιοβασίλεμα της 4ης
// Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου 2022)" (incoming.tsv) was read
// from October 4's day, 9 Tishrei, with nothing said.
func TestParenthesisEveningFound(t *testing.T) {
	for _, text := range []string{
		"Γιορτάζεται κάθε χρόνο στις 10 του μηνός Τισρί (ηλιοβασίλεμα της 4ης Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου 2022)",
		"Observed each year (sunset, October 4 – nightfall, October 5, 2022).",
		"Jedes Jahr (Sonnenuntergang, 4. Oktober – Einbruch der Dunkelheit, 5. Oktober 2022).",
		"Sonnenuntergang 4. Oktober 2022 – Einbruch der Nacht 5. Oktober 2022",
		"ogni anno (tramonto 4 ottobre – 5 ottobre 2022)",
		"elk jaar (zonsondergang 4 oktober – 5 oktober 2022)",
		"hvert år (solnedgang 4. oktober – 5. oktober 2022)",
	} {
		findAsCheck(t, text, "2022-10-04", "10 Tishrei 5783")
	}
	// A sunset before one day, in a parenthesis or not, is the
	// sentence's: the civil day's Hebrew date.
	for _, text := range []string{
		"(Sonnenuntergang 4. Oktober 2022 war schön)",
		"Der Sonnenuntergang am 4. Oktober 2022 war schön.",
	} {
		m := findOneOK(t, text, heldoutRef)
		assert.Equal(t, "9 Tishrei 5783", m.Dateline.Hebrew.String(), text)
	}
}

// TestSlavicFromEveningFound: the West and South Slavic "from the evening
// of" before a range's first day is taken into the match, as Russian's
// "с вечера" is, and the day is the evening's, as Check reads it: "od
// wieczora 6 do wieczora 8 września 2024" was found from the 6 on, with
// the civil day's 3 Elul (the 186th held-out round saw it).
func TestSlavicFromEveningFound(t *testing.T) {
	for _, text := range []string{
		"Święto trwa od wieczora 6 do wieczora 8 września 2024.",
		"od večera 6. do večera 8. septembra 2024",
		"od večeri 6. do večeri 8. rujna 2024.",
	} {
		findAsCheck(t, text, "2024-09-06", "4 Elul 5784")
	}
}

// findAsCheck fails t unless Find reads text as one dateline of day and
// Hebrew date heb, and Check reads the match's text as the same.
func findAsCheck(t *testing.T, text, day, heb string) {
	t.Helper()
	m := findOneOK(t, text, heldoutRef)
	assert.Equal(t, day, m.Dateline.Time.Format("2006-01-02"), text)
	assert.Equal(t, heb, m.Dateline.Hebrew.String(), text)
	rep := dateline.Check(text[m.Start:m.End], heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, m.Dateline.Hebrew, rep.Dateline.Hebrew, text)
}
