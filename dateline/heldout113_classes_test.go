package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout113GermanFutureBegins: German's future "wird" (will) before
// the date, with the infinitive of beginning ("beginnen", "starten")
// closing the clause after it, where English puts "will begin" before the
// date; and an occasion's description set off by commas whose last word
// is in quotes: "Chanukka, das jüdische "Lichterfest", wird am 14.
// Dezember bei Sonnenuntergang beginnen" (tid-1.pages.dev, a German news
// digest, the hundred-and-thirteenth held-out round) was not read; it is
// 14 December 2025, Chanukah's eve, as "Chanukka beginnt am 14. Dezember
// bei Sonnenuntergang" was read. "wird" before a date whose clause ends
// in another verb ("gefeiert") begins nothing, and a wrong weekday or a
// day that is not the occasion's eve is still said.
func TestHeldout113GermanFutureBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{`Chanukka, das jüdische "Lichterfest", wird am 14. Dezember bei Sonnenuntergang beginnen`, "2025-12-14", "25 Kislev 5786"},
		{"Chanukka wird am 14. Dezember 2025 bei Sonnenuntergang beginnen", "2025-12-14", "25 Kislev 5786"},
		{"Pessach wird am 12. April 2025 am Abend beginnen", "2025-04-12", "15 Nisan 5785"},
		{"Rosch Haschana, das jüdische „Neujahrsfest“, wird am 22. September 2025 beginnen", "2025-09-22", "1 Tishrei 5786"},
		{"Jom Kippur wird am 1. Oktober 2025 starten", "2025-10-01", "10 Tishrei 5786"},
	})
	m := oneMatch(t, "Chanukka wird am Montag, 14. Dezember 2025 bei Sonnenuntergang beginnen", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Chanukka wird am 20. Dezember 2025 beginnen", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// The infinitive before a bracket or a tag; "wird" whose clause ends
	// before an infinitive of beginning.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"(Chanukka wird am 14. Dezember bei Sonnenuntergang beginnen)", "2025-12-14"},
		{"<p>Chanukka wird am 14. Dezember beginnen</p>", "2025-12-14"},
		// The date alone, after "am", in the nearest year (see
		// TestYearlessDateAfterLead).
		{"Chanukka wird am 14. Dezember gefeiert, beginnen", "2026-12-14"},
		{"Es wird am 14. Dezember beginnen", "2026-12-14"},
	})
}

// TestHeldout113PortugueseCommunitiesCelebrate: the people who celebrate,
// between a civil day and a verb of celebrating before an occasion, in up
// to seven words, as Portuguese names the communities "in all the world":
// "Entre os dias 6 e 13 de outubro, comunidades judaicas em todo o mundo
// celebram Sucot" (Martello News, the hundred-and-thirteenth held-out
// round) had six, one more than were read, and was not read; it is 6
// October 2025, Sukkot's eve, as "..., os judeus celebram Sucot" was read.
// A day that is not the occasion's is still said, and a verb before no
// occasion joins nothing.
func TestHeldout113PortugueseCommunitiesCelebrate(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Entre os dias 6 e 13 de outubro, comunidades judaicas em todo o mundo celebram Sucot", "2025-10-06"},
		{"Entre os dias 6 e 13 de outubro, as comunidades judaicas de todo o mundo celebram Sucot", "2025-10-06"},
		{"Entre os dias 16 e 23 de outubro de 2024, comunidades judaicas em todo o mundo celebram Sucot", "2024-10-16"},
		// A verb before no occasion joins nothing: the days alone, led
		// by "os dias" (see TestRelativeLeadInFreeText), in the nearest
		// year.
		{"Entre os dias 6 e 13 de outubro, comunidades judaicas em todo o mundo celebram o aniversário da cidade", "2026-10-06"},
	})
	m := oneMatch(t, "Entre os dias 6 e 13 de outubro de 2024, comunidades judaicas em todo o mundo celebram Sucot", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
}
