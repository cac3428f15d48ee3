package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionStartsLanguages: made-up sentences of the class the
// thirty-fourth held-out set (Slavic and other European pages) found
// unread: an occasion, the verb for "begins" in the languages of Central
// and Eastern Europe and the Balkans (Bosnian, Croatian and Serbian
// počinje, Serbian Cyrillic почиње, Czech začíná, Slovak začína,
// Bulgarian започва, Romanian începe, Hungarian kezdődik, Finnish alkaa,
// Lithuanian prasideda, Latvian sākas, Turkish başlıyor), and the day.
// With those languages' words for "at dusk" or "in the evening" between
// ("Hanuka počinje u sumrak 28. novembra", "začíná večer", "вечерта на",
// "în seara de") the day is the eve, whose evening the Hebrew date is,
// as after English's "begins at sundown on"; without them the day is the
// occasion's own or its eve, as after a date alone: their pages write
// "începe pe 28 noiembrie" of Chanukah's first day. Ukrainian's and
// Russian's "falls on" (припадає на, приходится на) before "the evening"
// says the same. The date was read alone, in the nearest year, the
// occasion left out ("Hanuka počinje u sumrak 28. novembra" was 2026, or
// not found at all).
func TestOccasionStartsLanguages(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		// The eve, said with an evening's words.
		{"Ove godine Hanuka počinje u sumrak 28. novembra.", "Hanuka počinje u sumrak 28. novembra", "2021-11-28", "25 Kislev 5782"},
		{"Pesah počinje sa zalaskom sunca 12. aprila 2025.", "Pesah počinje sa zalaskom sunca 12. aprila 2025.", "2025-04-12", "15 Nisan 5785"},
		{"Pesach začíná večer 19. dubna 2019.", "Pesach začíná večer 19. dubna 2019.", "2019-04-19", "15 Nisan 5779"},
		{"Pesach začína po západe slnka 19. apríla 2019", "Pesach začína po západe slnka 19. apríla 2019", "2019-04-19", "15 Nisan 5779"},
		{"Песах започва вечерта на 22 април 2024", "Песах започва вечерта на 22 април 2024", "2024-04-22", "15 Nisan 5784"},
		{"Hanuca începe în seara de 14 decembrie 2025.", "Hanuca începe în seara de 14 decembrie 2025", "2025-12-14", "25 Kislev 5786"},
		{"Ханука припадає на вечір 10 грудня.", "Ханука припадає на вечір 10 грудня", "2020-12-10", "25 Kislev 5781"},
		// The day itself, without them: the first day, or the eve
		// with the evening's Hebrew date.
		{"În anul 2013, Hanuca începe pe 28 noiembrie.", "2013, Hanuca începe pe 28 noiembrie", "2013-11-28", "25 Kislev 5774"},
		{"pesah alkaa 13. huhtikuuta 2025", "pesah alkaa 13. huhtikuuta 2025", "2025-04-13", "15 Nisan 5785"},
		{"Pesah başlıyor 13 Nisan 2025 Pazar", "Pesah başlıyor 13 Nisan 2025 Pazar", "2025-04-13", "15 Nisan 5785"},
		{"Рош-ха-Шана припадає на 16 вересня 2023.", "Рош-ха-Шана припадає на 16 вересня 2023", "2023-09-16", "1 Tishrei 5784"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	// The eve said with "begins" where the day is the first: the text
	// contradicts itself, and the checker says so.
	for _, in := range []string{
		"Pesach začíná večer 20. dubna 2019.",
		"Hanuka počinje u sumrak 29. novembra 2021.",
	} {
		ms := dateline.Find(in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, in) {
			assert.False(t, ms[0].OK(), in)
		}
	}
	// Prose: the verbs without an occasion before them ("the day begins
	// at dusk", "school begins"), or set off from the day by a comma, are
	// no dateline's words.
	for _, c := range []struct{ in, text string }{
		{"Kod Jevreja dan počinje u sumrak, 28. novembra 2021.", "28. novembra 2021."},
		{"Škola začíná večer 8. dubna 2020.", "večer 8. dubna 2020."},
		{"Pesach začíná, 8. dubna 2020 se sejdeme.", "8. dubna 2020"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			assert.Equal(t, c.text, c.in[ms[0].Start:ms[0].End], c.in)
		}
	}
}

// TestBulgarianOrdinalDays: made-up dates of the class the thirty-fourth
// held-out set found unread: Bulgarian's ordinal endings after a day and
// a hyphen (1-ви, 2-ри, 7-ми, 8-ми, 26-ти), which its pages write
// ("Между 18 и 26-ти декември"). "26-ти декември 2022" was read as the
// month December 2022, and a pair or range whose days have them as its
// last day alone; Russian's "с 14-го по 22-е декабря" as its last day
// alone too. A layout of such a date writes each day's own ending.
func TestBulgarianOrdinalDays(t *testing.T) {
	for _, c := range []struct{ in, text, day string }{
		{"Ханука: между 18 и 26-ти декември 2022 г.", "18 и 26-ти декември 2022 г.", "2022-12-18"},
		{"26-ти декември 2022", "26-ти декември 2022", "2022-12-26"},
		{"неделя, 18-ти декември 2022", "неделя, 18-ти декември 2022", "2022-12-18"},
		{"на 1-ви и 2-ри октомври 2024", "1-ви и 2-ри октомври 2024", "2024-10-01"},
		{"от 25-ти декември 2024 до 2-ри януари 2025", "25-ти декември 2024 до 2-ри януари 2025", "2024-12-25"},
		{"8-ми март 2024 г.", "8-ми март 2024 г.", "2024-03-08"},
		// The occasion before the range is the dateline's too, since
		// round 33 (a range's word after an occasion's name).
		{"Ханука с 14-го по 22-е декабря 2025 года", "Ханука с 14-го по 22-е декабря 2025 года", "2025-12-14"},
	} {
		text, day, _, ok := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
		assert.Equal(t, c.day, day, c.in)
		assert.True(t, ok, c.in)
	}
	l, err := dateline.LayoutOf("26-ти декември 2022")
	if assert.NoError(t, err) {
		for day, want := range map[int]string{1: "1-ви", 2: "2-ри", 3: "3-ти", 7: "7-ми", 8: "8-ми", 11: "11-ти", 12: "12-ти",
			17: "17-ти", 21: "21-ви", 22: "22-ри", 27: "27-ми", 28: "28-ми", 30: "30-ти", 31: "31-ви"} {
			d := dateline.New(time.Date(2024, time.December, day, 0, 0, 0, 0, time.UTC))
			out := l.Format(d.Time, d.Hebrew)
			assert.Equal(t, want+" декември 2024", out)
			back, err := dateline.Parse(out)
			if assert.NoError(t, err, out) {
				assert.Equal(t, d.Time.Format(time.DateOnly), back.Time.Format(time.DateOnly), out)
			}
		}
	}
	// Prose: an ordinal without a month after it (the 21st century, the
	// 3rd grade) is no date.
	for _, in := range []string{
		"През 21-ви век в 3-ти клас",
		"Той беше 2-ри в класа, 1-ви по математика",
	} {
		assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)), in)
	}
}

// TestDeclinedHebrewMonths: made-up dates of the class the thirty-fourth
// held-out set found unread: a Hebrew month's name with the case ending
// a Slavic language gives it in a date, Slovak's and Serbian's genitive
// -a ("15. - 22. nisana (20. - 27. apríla)"), Czech's and Polish's -u
// ("15. nisanu r. 5770", "25 kislewu"), Serbian's -ja (1. tišrija). The
// name was no month: the Hebrew date was left out, or not found.
func TestDeclinedHebrewMonths(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"V tomto roku pripadá na 15. - 22. nisana (20. - 27. apríla).", "15. - 22. nisana (20. - 27. apríla)", "2019-04-20", "15 Nisan 5779"},
		{"Pesach wypada 15 nisanu 5785 roku.", "15 nisanu 5785 roku.", "2025-04-13", "15 Nisan 5785"},
		{"Chanuka zaczyna się 25 kislewu 5785.", "Chanuka zaczyna się 25 kislewu 5785", "2024-12-26", "25 Kislev 5785"},
		{"Roš hašana je 1. tišrija 5785.", "1. tišrija 5785", "2024-10-03", "1 Tishrei 5785"},
		{"29. elula 5784 (2. října 2024)", "29. elula 5784 (2. října 2024)", "2024-10-02", "29 Elul 5784"},
		{"pondělí 29. března 2010 (14. nisanu 5770)", "pondělí 29. března 2010 (14. nisanu 5770)", "2010-03-29", "14 Nisan 5770"},
		// Av's genitive, Avu (Polish Awu), with its year (eretz.cz, the
		// 305th held-out round: the Hebrew date was left out unchecked).
		{"zemřel 8. srpna 1809, 26. Avu 5569", "8. srpna 1809, 26. Avu 5569", "1809-08-08", "26 Av 5569"},
		{"Tisza be-Aw przypada 9 Awu 5784 roku.", "Tisza be-Aw przypada 9 Awu 5784 roku.", "2024-08-13", "9 Av 5784"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	rep := dateline.Check("8. srpna 1809, 28. Avu 5569")
	assert.True(t, hasProblem(rep, dateline.CodeCalendar, dateline.Error), "%v", rep.Problems)
	// A short name with an ending is another word (Av's "Ava"), and an
	// ending a month does not take is none ("Nisanja").
	for _, in := range []string{"15 Ava 5784", "15 Nisanja 5784", "Bylo jich 40 persona."} {
		for _, m := range dateline.Find(in, dateline.Reference(corpusReference)) {
			assert.NotContains(t, in[m.Start:m.End], "a 5784", in)
		}
	}
}

// TestWeekdayOfNextDate: a weekday between two dates, the second's, as a
// programme or list writes each date's weekday before it: "23. septembra
// 2026. u subotu 19. septembra 2026." (found on the way, trying the
// thirty-fourth held-out set's Croatian rows, where lines of a programme
// run "u srijedu 23. rujna 2026." and "u subotu 19. rujna 2026."). The
// weekday was read as the first date's, a weekday error on a right date,
// and the second date was read without it, unchecked. A weekday after a
// date with no date after it (14 Aralık 2025 Pazar), or with the same
// day's Hebrew date after it, stays the date's.
func TestWeekdayOfNextDate(t *testing.T) {
	for _, in := range []string{
		"23. septembra 2026. u subotu 19. septembra 2026.",
		"u srijedu 23. rujna 2026.\nu subotu 19. rujna 2026.",
		"23 September 2026 Saturday 19 September 2026",
		"23 September 2026 Saturday, September 19, 2026",
		"23. září 2026 v sobotu 19. září 2026",
		"23 września 2026 w sobotę 19 września 2026",
		"23 сентября 2026 в субботу 19 сентября 2026",
		"23. September 2026 Samstag, 19. September 2026",
	} {
		ms := dateline.Find(in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 2, in) {
			assert.Equal(t, "2026-09-23", ms[0].Dateline.Time.Format(time.DateOnly), in)
			assert.Equal(t, "2026-09-19", ms[1].Dateline.Time.Format(time.DateOnly), in)
			assert.True(t, ms[0].OK(), in)
			assert.True(t, ms[1].OK(), in)
			assert.Contains(t, []string{"subotu", "Saturday", "sobotu", "sobotę", "субботу", "Samstag"},
				strings.TrimSuffix(strings.Fields(in[ms[1].Start:ms[1].End])[0], ","), in)
		}
	}
	for _, in := range []string{
		"14 Aralık 2025 Pazar",
		"June 1, 2025 Sunday 5 Sivan 5785",
		"23 September 2026 Wednesday 18:00",
	} {
		ms := dateline.Find(in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, in) {
			assert.Equal(t, in, in[ms[0].Start:ms[0].End], in)
			assert.True(t, ms[0].OK(), in)
		}
	}
}

// TestYearPointPhrase: Serbian's and Croatian's year said with its point
// and its word for "year" before a date later in the sentence ("u 2026.
// godini počinje 20. rujna", the thirty-fourth held-out set's Croatian
// row), as "в 2025 году" is read: the point stopped it, and the date was
// read in the nearest year, or the occasion before it left out; and an
// occasion and a verb of startsWords after such a year are the date's.
func TestYearPointPhrase(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Jom Kipur u 2026. godini počinje 20. rujna.", "Jom Kipur u 2026. godini počinje 20. rujna", "2026-09-20", "10 Tishrei 5787"},
		{"Pesah u 2025. godini počinje uveče 12. aprila.", "Pesah u 2025. godini počinje uveče 12. aprila", "2025-04-12", "15 Nisan 5785"},
		{"U 2025. godini Pesah počinje uveče 12. aprila.", "2025. godini Pesah počinje uveče 12. aprila", "2025-04-12", "15 Nisan 5785"},
		{"Hanuka u 2025. godini traje od 14. do 22. decembra.", "Hanuka u 2025. godini traje od 14. do 22. decembra", "2025-12-14", "25 Kislev 5786"}, // from the eve (see TestHeldout38ChanukahRangeFromEve)
		{"V roce 2025 Pesach začíná večer 12. dubna.", "2025 Pesach začíná večer 12. dubna", "2025-04-12", "15 Nisan 5785"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	// A year's point that ends a sentence is no year of the next.
	ms := dateline.Find("Bilo je to 2025. Godini kasnije, 12. aprila.", dateline.Reference(corpusReference))
	for _, m := range ms {
		assert.NotEqual(t, "2025-04-12", m.Dateline.Time.Format(time.DateOnly))
	}
}

// TestSpacedDateWithWeekday: a date in the Central European norm, a
// point and a space after the day and the month ("02. 10. 2025."), whose
// day could be a month, is read in free text with a weekday beside it:
// "četvrtak, 02. 10. 2025.", "02. 10. 2025.četvrtak 5786" (the
// thirty-fourth held-out set's Croatian table). Such a date is read there
// only where its day is over 12 or a word for "on the day" comes before
// it, as numbered lists and sections look so; a weekday names no section.
func TestSpacedDateWithWeekday(t *testing.T) {
	for _, c := range []struct{ in, text, day string }{
		{"četvrtak, 02. 10. 2025.", "četvrtak, 02. 10. 2025", "2025-10-02"},
		{"02. 10. 2025.četvrtak 5786", "02. 10. 2025.četvrtak", "2025-10-02"},
		{"Program: pátek 11. 12. 2015 Chanuka", "pátek 11. 12. 2015 Chanuka", "2015-12-11"},
		{"v sobotu 5. 4. 2025 v synagoze", "sobotu 5. 4. 2025", "2025-04-05"},
	} {
		text, day, _, ok := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
		assert.Equal(t, c.day, day, c.in)
		assert.True(t, ok, c.in)
	}
	for _, in := range []string{"viz oddíly 11. 12. 2014 a dále", "1. 2. 3. 2003 pátek"} {
		assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)), in)
	}
}

// TestDateThenBegins: a date, the verb for "begins", and the occasion
// after it, as the Slavic and other languages of Europe order them ("14
// декабря 2025 года начинается Ханука", "12 kwietnia rozpoczyna się
// Pesach", "12. dubna 2025 začíná Pesach"), with an evening's words
// between the date and the verb too ("13 września po zachodzie słońca
// rozpoczyna się Rosz Haszana", as the thirty-fourth held-out set's
// Polish row words it). The date was read alone, the occasion left out
// (its Hebrew date the civil day's, or a year-less date read in the
// nearest year rather than the occasion's), as German's "Am 12. April
// beginnt Pessach" was not. beginsWords' day is the eve; startsWords'
// (začíná, începe) the occasion's own or its eve.
func TestDateThenBegins(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"14 декабря 2025 года начинается Ханука.", "14 декабря 2025 года начинается Ханука", "2025-12-14", "25 Kislev 5786"},
		{"7 грудня 2023 розпочинається Ханука.", "7 грудня 2023 розпочинається Ханука", "2023-12-07", "25 Kislev 5784"},
		{"12 kwietnia 2025 rozpoczyna się Pesach.", "12 kwietnia 2025 rozpoczyna się Pesach", "2025-04-12", "15 Nisan 5785"},
		{"W niedzielę, 13 września po zachodzie słońca rozpoczyna się Rosz Haszana.",
			"niedzielę, 13 września po zachodzie słońca rozpoczyna się Rosz Haszana", "2015-09-13", "1 Tishrei 5776"},
		{"14 декабря 2025 вечером начинается Ханука.", "14 декабря 2025 вечером начинается Ханука", "2025-12-14", "25 Kislev 5786"},
		{"13. dubna 2025 začíná Pesach.", "13. dubna 2025 začíná Pesach", "2025-04-13", "15 Nisan 5785"},
		{"28 noiembrie 2013 începe Hanuca", "28 noiembrie 2013 începe Hanuca", "2013-11-28", "25 Kislev 5774"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	// The verb before no occasion (a season, a meeting) is prose.
	for _, c := range []struct{ in, text string }{
		{"12 kwietnia 2025 rozpoczyna się sezon.", "12 kwietnia 2025"},
		{"13 września 2015 wieczorem spotkanie.", "13 września 2015"},
		{"1. září 2025 začíná školní rok.", "1. září 2025"},
	} {
		text, _, _, _ := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
	}
}

// TestJewishNewYearNames: Rosh Hashana named in words, the Jewish New
// Year, as papers and community pages in many languages call it ("W
// niedzielę, 13 września po zachodzie słońca rozpoczyna się żydowski Nowy
// Rok", the thirty-fourth held-out set's Polish row). The words were no
// occasion: the date was read alone, in the nearest year (2026, when 13
// September is Rosh Hashana's second day). The civil New Year's words
// alone (Nowy Rok, Año Nuevo) are no Rosh Hashana.
func TestJewishNewYearNames(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"W niedzielę, 13 września po zachodzie słońca rozpoczyna się żydowski Nowy Rok.",
			"niedzielę, 13 września po zachodzie słońca rozpoczyna się żydowski Nowy Rok", "2015-09-13", "1 Tishrei 5776"},
		{"Anul Nou evreiesc 5785", "Anul Nou evreiesc 5785", "2024-10-03", "1 Tishrei 5785"},
		{"еврейский Новый год 5786", "еврейский Новый год 5786", "2025-09-23", "1 Tishrei 5786"},
		{"22 сентября 2025 года начинается еврейский Новый год", "22 сентября 2025 года начинается еврейский Новый год", "2025-09-22", "1 Tishrei 5786"},
		{"Nouvel An juif 5785", "Nouvel An juif 5785", "2024-10-03", "1 Tishrei 5785"},
		{"zsidó újév 5785", "zsidó újév 5785", "2024-10-03", "1 Tishrei 5785"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
	for _, c := range []struct{ in, text string }{
		{"1 stycznia 2025 Nowy Rok", "1 stycznia 2025"},
		{"Año Nuevo 2025: 1 de enero de 2025", "1 de enero de 2025"},
	} {
		text, _, _, _ := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
	}
}

// TestCyrillicOccasionCases: a festival's Russian or Ukrainian name in an
// oblique case, as a sentence declines it ("Початок юдейського свята
// Хануки припадає на вечір 10 грудня", the thirty-fourth held-out set's
// Ukrainian row; "праздник Хануки", "накануне Песаха", "перед Йом
// Кипуром"), is the festival. Only the nominative was a name: the row was
// not found, the others read without their occasion.
func TestCyrillicOccasionCases(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Початок юдейського свята Хануки припадає на вечір 10 грудня.", "Хануки припадає на вечір 10 грудня", "2020-12-10", "25 Kislev 5781"},
		{"праздник Хануки 5786", "Хануки 5786", "2025-12-15", "25 Kislev 5786"},
		{"Поздравляем с Йом Кипуром 5785", "Йом Кипуром 5785", "2024-10-12", "10 Tishrei 5785"},
		{"Хануку 14 декабря 2025 года начнут отмечать вечером", "Хануку 14 декабря 2025 года", "2025-12-14", "25 Kislev 5786"},
		{"Суккота 5785", "Суккота 5785", "2024-10-17", "15 Tishrei 5785"},
	} {
		assertFound(t, c.in, c.text, c.day, c.heb)
	}
}

// TestOccasionRangeYear: a year-less range of civil days that names an
// occasion is of a year whose occasion the range holds, its first day the
// occasion's own or its eve: "Рош-ха-Шана припадає на 15-17 вересня" (the
// thirty-fourth held-out set's Ukrainian row) is 2023, from the eve,
// where it was read in 2015, whose 15th is Rosh Hashana's second day and
// 17th the fast of Gedaliah, with only an info. A range that no year
// holds is an occasion error, not a guess.
func TestOccasionRangeYear(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Рош га-Шана 15-17 вересня", "Рош га-Шана 15-17 вересня", "2023-09-15", "1 Tishrei 5784"},
		{"Pesach 22-30 April", "Pesach 22-30 April", "2024-04-22", "15 Nisan 5784"},
		{"Рош га-Шана 16-17 вересня", "Рош га-Шана 16-17 вересня", "2023-09-16", "1 Tishrei 5784"},
		{"Pesach 13-20 April", "Pesach 13-20 April", "2025-04-13", "15 Nisan 5785"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			m := ms[0]
			assert.Equal(t, c.text, c.in[m.Start:m.End], c.in)
			assert.Equal(t, c.day, m.Dateline.Time.Format(time.DateOnly), c.in)
			assert.Equal(t, c.heb, m.Dateline.Hebrew.String(), c.in)
			assert.True(t, m.OK(), c.in)
		}
	}
	ms := dateline.Find("Рош га-Шана 14-16 вересня", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK())
	}
}

// TestOccasionYearFirstDate: an occasion and a date written year first,
// as Hungarian writes it ("Ros Hásáná 2025. szeptember 22."), are one
// dateline: the year was taken as the occasion's and the date after it
// went unread, so the dateline gave Rosh Hashana's day (23 September)
// with nothing said of the 22nd, its eve, the text states (found on the
// way, trying Hungarian's pészah). A year alone after the occasion, or a
// sentence after its point, is still the occasion's year.
func TestOccasionYearFirstDate(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Ros Hásáná 2025. szeptember 22.", "Ros Hásáná 2025. szeptember 22.", "2025-09-22", "1 Tishrei 5786"},
		{"Szukot 2024. október 17.", "Szukot 2024. október 17.", "2024-10-17", "15 Tishrei 5785"},
		{"Purim 2024. Az ünnep", "Purim 2024", "2024-03-24", "14 Adar II 5784"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			m := ms[0]
			assert.Equal(t, c.text, c.in[m.Start:m.End], c.in)
			assert.Equal(t, c.day, m.Dateline.Time.Format(time.DateOnly), c.in)
			assert.Equal(t, c.heb, m.Dateline.Hebrew.String(), c.in)
			assert.True(t, m.OK(), c.in)
		}
	}
}

// TestDateCelebrates: a civil day, the people who keep it and the verb for
// "celebrate", then the occasion ("Со 2 по 10 декабря иудеи отмечают
// Хануку", "Между 18 и 26-ти декември, еврейската общност празнува
// Ханука", two of the thirty-fourth held-out set's rows): the date was
// read alone, a year-less one in the nearest year (2026, when Chanukah is
// other days) rather than the occasion's. The day is the occasion's own or
// its eve. A verb before no occasion (День знаний) is prose.
func TestDateCelebrates(t *testing.T) {
	for _, c := range []struct{ in, text, day string }{
		{"Со 2 по 10 декабря иудеи отмечают Хануку.", "2 по 10 декабря иудеи отмечают Хануку", "2018-12-02"},
		{"Между 18 и 26-ти декември, еврейската общност празнува Ханука.", "18 и 26-ти декември, еврейската общност празнува Ханука", "2022-12-18"},
		{"12 kwietnia 2025 Żydzi na całym świecie świętują Pesach.", "12 kwietnia 2025 Żydzi na całym świecie świętują Pesach", "2025-04-12"},
		{"Dana 2. oktobra 2025. Jevreji obeležavaju Jom Kipur.", "2. oktobra 2025. Jevreji obeležavaju Jom Kipur", "2025-10-02"},
	} {
		text, day, _, ok := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
		assert.Equal(t, c.day, day, c.in)
		assert.True(t, ok, c.in)
	}
	for _, c := range []struct{ in, text string }{
		{"1 сентября 2025 дети отмечают День знаний.", "1 сентября 2025"},
		{"12 kwietnia 2025, Żydzi, Polacy i wszyscy inni świętują razem.", "12 kwietnia 2025"},
	} {
		text, _, _, _ := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
	}
}
