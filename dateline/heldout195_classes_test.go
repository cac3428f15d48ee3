package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout195UntilEvening: a range's end after a verb of ending and
// the word for "until" alone, the evening's words with their own article
// after it ("e continua até a noite de 25 de setembro", "até à noite
// de", "até ao anoitecer de", Spanish "y dura hasta la noche del",
// Italian "e continua fino alla sera del"), is the range's end: "Este
// ano, começa ao pôr do sol de 24 de setembro e continua até a noite de
// 25 de setembro." (Póvoa Semanário, povoasemanario.pt, incoming line
// 2778) was two datelines, "até a" read as "until the" and "noite de 25
// de setembro" left no day. The range is its first day's, whose evening
// is the occasion's; a first day that is not the occasion's eve is still
// its error, and the words with no day after them join nothing.
func TestHeldout195UntilEvening(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Yom Kipur começa ao pôr do sol de 24 de setembro e continua até a noite de 25 de setembro de 2023.",
			"Yom Kipur começa ao pôr do sol de 24 de setembro e continua até a noite de 25 de setembro de 2023",
			"2023-09-24", "10 Tishrei 5784"},
		{"Yom Kipur começa ao pôr do sol de 24 de setembro e continua até à noite de 25 de setembro de 2023",
			"Yom Kipur começa ao pôr do sol de 24 de setembro e continua até à noite de 25 de setembro de 2023",
			"2023-09-24", "10 Tishrei 5784"},
		{"Shavuot começa ao pôr do sol de 25 de maio e termina até ao anoitecer de 27 de maio de 2023",
			"Shavuot começa ao pôr do sol de 25 de maio e termina até ao anoitecer de 27 de maio de 2023",
			"2023-05-25", "6 Sivan 5783"},
		{"Yom Kipur comienza al atardecer del 24 de septiembre y dura hasta la noche del 25 de septiembre de 2023",
			"Yom Kipur comienza al atardecer del 24 de septiembre y dura hasta la noche del 25 de septiembre de 2023",
			"2023-09-24", "10 Tishrei 5784"},
		{"Yom Kippur inizia al tramonto del 24 settembre e continua fino alla sera del 25 settembre 2023",
			"Yom Kippur inizia al tramonto del 24 settembre e continua fino alla sera del 25 settembre 2023",
			"2023-09-24", "10 Tishrei 5784"},
	})
	// The row's layout, with the year the page gives it.
	checkDayHebs(t, dateline.Reference(time.Date(2023, time.July, 1, 0, 0, 0, 0, time.UTC)), []struct{ text, day, heb string }{
		{"Este ano, começa ao pôr do sol de 24 de setembro e continua até a noite de 25 de setembro.", "2023-09-24", "10 Tishrei 5784"},
	})
	m := oneMatch(t, "Pessach começa ao pôr do sol de 24 de setembro e continua até a noite de 25 de setembro de 2023", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	for _, text := range []string{
		"Yom Kipur começa ao pôr do sol de 24 de setembro de 2023 e continua até a noite seguinte.",
		"Yom Kipur começa ao pôr do sol de 24 de setembro de 2023 e continua até a noite de sábado.",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, "2023-09-24", ms[0].Dateline.Time.Format("2006-01-02"))
				assert.NotContains(t, text[ms[0].Start:ms[0].End], "continua")
			}
		})
	}
}
