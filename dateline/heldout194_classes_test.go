package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout194FallOfTheSun: Spanish's fall of the sun or of the
// evening before a day ("con la caída del sol del", "a la caída del sol
// del", "al caer el sol del", "al caer la tarde del") is the day's
// evening, whose Hebrew date is the next day's from sunset, as "al
// atardecer del" was read: "Yom Kipur comienza con la caída del sol del
// martes 4 de octubre de 2022" was the civil day alone, with its 9
// Tishrei and nothing said (Argentine news write it so, as
// fcefyn.unc.edu.ar's "hasta la caída del Sol del jueves 5 de octubre",
// seen beside the hundred-and-ninety-fourth held-out round's rows). A
// weekday that is not the day's is still an error, and the words before
// no day are no date.
func TestHeldout194FallOfTheSun(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Yom Kipur comienza con la caída del sol del martes 4 de octubre de 2022",
			"Yom Kipur comienza con la caída del sol del martes 4 de octubre de 2022", "2022-10-04", "10 Tishrei 5783"},
		{"Yom Kipur comienza a la caída del sol del martes 4 de octubre de 2022, con Kol Nidrei.",
			"Yom Kipur comienza a la caída del sol del martes 4 de octubre de 2022", "2022-10-04", "10 Tishrei 5783"},
		{"Janucá comienza al caer el sol del domingo 22 de diciembre de 2019",
			"Janucá comienza al caer el sol del domingo 22 de diciembre de 2019", "2019-12-22", "25 Kislev 5780"},
		{"Pésaj comienza al caer la tarde del lunes 22 de abril de 2024",
			"Pésaj comienza al caer la tarde del lunes 22 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
		{"con la caída del Sol del martes 4 de octubre de 2022", "con la caída del Sol del martes 4 de octubre de 2022", "2022-10-04", "10 Tishrei 5783"},
		{"al caer el sol del 22 de diciembre de 2019", "al caer el sol del 22 de diciembre de 2019", "2019-12-22", "25 Kislev 5780"},
	})
	m := oneMatch(t, "al caer el sol del miércoles 4 de octubre de 2022", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	for _, text := range []string{"la caída del sol del verano", "al caer el sol del domingo"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
}
