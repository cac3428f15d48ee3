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

// TestHeldout195GoesUntil: the verbs of going on until a range's last
// day, Portuguese "e vai até", "e segue até", "e irá até", "e continuará
// até", Spanish "y va hasta el", "y sigue hasta el", Italian "e va fino
// al", join the range's two ends as German's "und geht bis" does:
// "Começa na noite de sexta-feira, 29 de setembro, e vai até sexta-feira,
// 6 de outubro." (hotnews.pt, incoming line 2781) was two datelines, each
// day in the year its weekday fits. A verb before no day ("e vai ser",
// "y va a llover", "e segue a tradição") joins nothing: the dates stay
// apart.
func TestHeldout195GoesUntil(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Sucot começa na noite de sexta-feira, 29 de setembro de 2023, e vai até sexta-feira, 6 de outubro de 2023.",
			"Sucot começa na noite de sexta-feira, 29 de setembro de 2023, e vai até sexta-feira, 6 de outubro de 2023",
			"2023-09-29", "15 Tishrei 5784"},
		{"Sucot começa na noite de 29 de setembro de 2023 e segue até 6 de outubro de 2023",
			"Sucot começa na noite de 29 de setembro de 2023 e segue até 6 de outubro de 2023", "2023-09-29", "15 Tishrei 5784"},
		{"Pessach começa ao pôr do sol de 22 de abril e irá até 30 de abril de 2024",
			"Pessach começa ao pôr do sol de 22 de abril e irá até 30 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
		{"Sucot comienza la noche del viernes 29 de septiembre de 2023 y va hasta el viernes 6 de octubre de 2023",
			"Sucot comienza la noche del viernes 29 de septiembre de 2023 y va hasta el viernes 6 de octubre de 2023",
			"2023-09-29", "15 Tishrei 5784"},
		{"Pésaj comienza al atardecer del 22 de abril y sigue hasta el 30 de abril de 2024",
			"Pésaj comienza al atardecer del 22 de abril y sigue hasta el 30 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
		{"Sukkot inizia la sera del 29 settembre 2023 e va fino al 6 ottobre 2023",
			"Sukkot inizia la sera del 29 settembre 2023 e va fino al 6 ottobre 2023", "2023-09-29", "15 Tishrei 5784"},
	})
	// The row itself: its year is the one its weekdays fit.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Começa na noite de sexta-feira, 29 de setembro, e vai até sexta-feira, 6 de outubro.", "2023-09-29", "15 Tishrei 5784"},
	})
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"O evento é no dia 29 de setembro de 2023 e vai ser ótimo.", 1},
		{"A festa de 29 de setembro de 2023 e segue a tradição de 6 de outubro de 2023", 2},
		{"El 29 de septiembre de 2023 y va a llover el 6 de octubre de 2023", 2},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, heldoutRef), tc.n)
		})
	}
}
