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

// TestCommaHoursAndPartsOfDay: an hour whose minutes a comma parts from
// it, after a date and before a word for o'clock, as Serbian, Croatian
// and Bulgarian pages write it ("u 16,30 sati", "u 11,30 časova", "в
// 19,30 часа", from the sixty-first held-out round's "след 19,30 часа");
// Hungarian's o'clock in its cases, "órakor" (at) and "órától" (from),
// glued to the hour or not ("2014. április 16-án, szerdán 18órától.");
// and the part of the day said after an hour in Bulgarian, Serbian,
// Croatian and Slovenian ("в 7 часа вечерта", "u 7 sati uveče", "ob 7.
// uri zvečer"), which puts it in the afternoon or the evening. Before,
// the comma's time and the Hungarian cases were not read, and "в 7 часа
// вечерта" (7 in the evening) was read as 7 in the morning. A number
// with its decimals before no word for o'clock (a price, a measure),
// and a part of the day that no hour of it has (19 in the morning), give
// the date alone.
func TestCommaHoursAndPartsOfDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"16.09.2012. u 19,30 sati", "2012-09-16 19:30"},
		{"Četvrtak, 3.10.2019. u 16,30 sati u Klubu", "2019-10-03 16:30"},
		{"4. januara 2018. u 11,30 časova", "2018-01-04 11:30"},
		{"27 март 2021 г. в 19,30 часа", "2021-03-27 19:30"},
		{"Уторак, 23. јануар 2018. у 12,15 часова", "2018-01-23 12:15"},
		{"2014. április 16-án, szerdán 18órától.", "2014-04-16 18:00"},
		{"2014. április 16-án 18 órakor", "2014-04-16 18:00"},
		{"2023. december 7., csütörtök 17 órától", "2023-12-07 17:00"},
		{"27 март 2021 г. в 7 часа вечерта", "2021-03-27 19:00"},
		{"27 март 2021 г. в 10 часа сутринта", "2021-03-27 10:00"},
		{"16.09.2012. u 7 sati uveče", "2012-09-16 19:00"},
		{"Уторак, 23. јануар 2018. у 7 часова увече", "2018-01-23 19:00"},
		{"petek, 20. novembra 2015, ob 7. uri zvečer", "2015-11-20 19:00"},
	})
	checkFoundUntimed(t, ref,
		"27 март 2021 г. цена 19,30 лв",
		"12.5.2019. dužina 2,50 m",
		"27. 3. 2021, 2,50 h later",
		"16.09.2012. u 19 sati ujutro",
	)
}

// TestHungarianPeszahAndYearCase: Pesach as Hungarian papers spell it,
// with h for hebcal's ch ("Pészah", "pészah"), and a year with its case
// ending for "in" (2015-ben, 2024-ben) after an occasion, as the year of
// the date written year first after it (the sixty-first held-out
// round's "Pészah 2015-ben április 3. és 11. közé esik", between April 3
// and 11 in 2015), as "Ros Hásáná 2025. szeptember 22." is. Before, the
// name was not read, and with it the year was taken as the occasion's
// alone: the dateline gave Pesach's day, 4 April, and left the date the
// text states unread. The range's first day, the eve, is the day; the
// occasion is the next day's, from sunset, as the warning says. The name
// alone in prose is no date, and the year with no date after it is still
// the occasion's.
func TestHungarianPeszahAndYearCase(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Pészah 2015-ben április 3. és 11. közé esik.", "Pészah 2015-ben április 3. és 11.", "2015-04-03", "15 Nisan 5775"},
		{"A pészah 2015. április 4. szombat", "pészah 2015. április 4. szombat", "2015-04-04", "15 Nisan 5775"},
		{"Purim 2024-ben március 24.", "Purim 2024-ben március 24.", "2024-03-24", "14 Adar II 5784"},
		{"Ros Hásáná 2023-ban szeptember 16-án", "Ros Hásáná 2023-ban szeptember 16-án", "2023-09-16", "1 Tishrei 5784"},
		{"Pészah 2015-ben is szép volt", "Pészah 2015", "2015-04-04", "15 Nisan 5775"},
	})
	assert.Empty(t, dateline.Find("A pészah ünnepén macesz kerül az asztalra.", ref), "a name alone is no date")
}

// TestWeekdayDashRangeEnd: a range of whole dates whose ends each have
// their weekday before them with a spaced dash, as a festival programme
// writes it (the sixty-first held-out round's "Thursday - 18. 07. 2013 -
// Monday - 22. 07. 2013 - Celodenná akcia"), in English and Slovak
// weekdays. Its first day is the dateline's, and the end's weekday is
// checked against its date. Before, its ends were two datelines. After
// the end's weekday and dash, words that are no date leave the start
// alone.
func TestWeekdayDashRangeEnd(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Thursday - 18. 07. 2013 - Monday - 22. 07. 2013 - Celodenná akcia", "Thursday - 18. 07. 2013 - Monday - 22. 07. 2013", "2013-07-18", "11 Av 5773"},
		{"štvrtok - 18. 07. 2013 - pondelok - 22. 07. 2013", "štvrtok - 18. 07. 2013 - pondelok - 22. 07. 2013", "2013-07-18", "11 Av 5773"},
		{"Friday - 13. 10. 2023 - Saturday - sold out", "Friday - 13. 10. 2023", "2023-10-13", "28 Tishrei 5784"},
		{"Thursday - 18. 07. 2013 - Monday - 22 people", "Thursday - 18. 07. 2013", "2013-07-18", "11 Av 5773"},
	})
	rep := dateline.Check("Thursday - 18. 07. 2013 - Tuesday - 22. 07. 2013", ref)
	var codes []dateline.Code
	for _, p := range rep.Problems {
		codes = append(codes, p.Code)
	}
	assert.Contains(t, codes, dateline.CodeWeekday, "22 July 2013 is a Monday")
}

// TestMonthPointLeftOut: a date written day first with the day's point
// and a space, whose month's point is left out before its year (the
// sixty-first held-out round's "28. 10 2019 održan je sastanak lože",
// for the norm's 28. 10. 2019), with the year's point before a time or
// the word for "year" as after the norm. Before, it was not read. A
// number with a point and no space before another is a version's as
// often (Ubuntu 18.04 2018), a numbered list's run of numbers or a
// section's mark makes none, and a year of five digits or one that runs
// on with a point and digits is no year.
func TestMonthPointLeftOut(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"28. 10 2019 održan je sastanak lože na kojem je zaključeno da se projekt Šabat u Subotici 2020 stavi na čekanje", "28. 10 2019", "2019-10-28", "29 Tishrei 5780"},
		{"Sastanak je održan 28. 10 2019. godine.", "28. 10 2019. godine.", "2019-10-28", "29 Tishrei 5780"},
		{"Stretnutie 14. 3 2022 v Bratislave", "14. 3 2022", "2022-03-14", "11 Adar II 5782"},
	})
	checkTimes(t, ref, []struct{ text, want string }{
		{"Sastanak je 28. 10 2019. u 18:00", "2019-10-28 18:00"},
	})
	for _, text := range []string{"Ubuntu 18.04 2018", "1. 2. 3 2019", "§ 5. 3 2019", "28. 10 20190", "28. 10 2019.5", "bod 2. 13 2019"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref), "no date")
		})
	}
}

// TestOrdinalEndingRangeEnd: a range from a day in one month to a day in
// another, or the same, whose end's day has its ordinal ending as the
// start's has, as Greek writes the day in the genitive ("4ης Οκτωβρίου –
// 5ης Οκτωβρίου 2022", from the 4th to the 5th of October), and Russian
// after a hyphen (1-го декабря). Before, the end's ending failed the
// dateline at it, and Find read the end alone (the start of the
// incoming set's Greek Yom Kippur "ηλιοβασίλεμα της 4ης Οκτωβρίου –
// σούρουπο της 5ης Οκτωβρίου 2022", whose article and sunset word before
// the end are still not read). An ending with no month after it leaves
// the start alone.
func TestOrdinalEndingRangeEnd(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"4ης Οκτωβρίου – 5ης Οκτωβρίου 2022", "4ης Οκτωβρίου – 5ης Οκτωβρίου 2022", "2022-10-04", "9 Tishrei 5783"},
		{"4η Οκτωβρίου – 5η Οκτωβρίου 2022", "4η Οκτωβρίου – 5η Οκτωβρίου 2022", "2022-10-04", "9 Tishrei 5783"},
		{"30ης Νοεμβρίου – 2ης Δεκεμβρίου 2022", "30ης Νοεμβρίου – 2ης Δεκεμβρίου 2022", "2022-11-30", "6 Kislev 5783"},
		{"30 ноября – 1-го декабря 2022 года", "30 ноября – 1-го декабря 2022 года", "2022-11-30", "6 Kislev 5783"},
		{"4ης Οκτωβρίου 2022 – 5ης θέσης", "4ης Οκτωβρίου 2022", "2022-10-04", "9 Tishrei 5783"},
	})
}
