package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// A langCase is a dateline in another language than English, of a class
// that go-dateparser's own tests read (bench/testdata/peers, class
// absolute-lang; "peer" marks its row), with the day read and its Hebrew
// date; code, if set, a problem that must be reported, and ok whether the
// dateline is clean.
type langCase struct {
	class, in, gregorian, hebrew string
	ok                           bool
	code                         dateline.Code
}

// checkLangCases checks each case of a class of datelines: the day (a
// date, or a date and a time), the problems, and a clean dateline's layout
// writing it back.
func checkLangCases(t *testing.T, tests []langCase) {
	t.Helper()
	ref := time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.class+"/"+tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Reference(ref))
			if !dayOwnEnding.MatchString(tc.in) {
				require.NotEmpty(t, rep.Layout, "%v", rep.Problems)
			}
			layout := time.DateOnly // or with the time: 2006-01-02 15:04
			if len(tc.gregorian) > len(layout) {
				layout = "2006-01-02 15:04"
			}
			assert.Equal(t, tc.gregorian, rep.Dateline.Time.Format(layout))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			if tc.code != "" {
				found := false
				for _, p := range rep.Problems {
					found = found || p.Code == tc.code
				}
				assert.True(t, found, "%s in %v", tc.code, rep.Problems)
			}
			if !tc.ok {
				return
			}
			assertWrittenBack(t, tc.in, rep.Dateline)
		})
	}
}

// TestMonthAbbreviations: a month's abbreviation without the dot CLDR
// gives it (Déc, Ago, Авг, Iun), or cut short where CLDR's differs (fév
// of févr., Mär of März, giu; in Cyrillic at a syllable: верес, листоп),
// is read as the one month whose names it begins, and written back as it
// was. A cut that begins two months' names (jui: juin, juillet), or is a
// weekday's abbreviation, is no month; free text reads such a month only beside a weekday, a time or a
// Hebrew date, where "out 2, 2022" is prose.
func TestMonthAbbreviations(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "le 08 Déc 2014 15:11", "2014-12-08 15:11", "16 Kislev 5775", true, ""}, // peer
		{"fr", "mardi 9 Déc 2014", "2014-12-09 00:00", "17 Kislev 5775", true, ""},
		{"fr", "mercredi 9 Déc 2014", "2014-12-09 00:00", "17 Kislev 5775", false, dateline.CodeWeekday},
		{"fr", "fév 15, 2013", "2013-02-15 00:00", "5 Adar 5773", true, ""}, // peer
		{"fr", "fév. 15, 2013", "2013-02-15 00:00", "5 Adar 5773", true, ""},
		{"es", "13 Ago, 2014", "2014-08-13 00:00", "17 Av 5774", true, ""},     // peer
		{"it", "16 giu 2014", "2014-06-16 00:00", "18 Sivan 5774", true, ""},   // peer
		{"de", "12-Mär-2014", "2014-03-12 00:00", "10 Adar II 5774", true, ""}, // peer
		{"ro", "12 Iun 2013", "2013-06-12 00:00", "4 Tammuz 5773", true, ""},
		{"ru", "Авг 26, 2015 15:12", "2015-08-26 15:12", "11 Elul 5775", true, ""},           // peer
		{"uk", "17 верес 2015 6:17", "2015-09-17 06:17", "4 Tishrei 5776", true, ""},         // peer
		{"uk", "10 листоп 2017, 10:00:00", "2017-11-10 10:00", "21 Cheshvan 5778", true, ""}, // peer
		{"uk", "2015-кві-12", "2015-04-12 00:00", "23 Nisan 5775", true, ""},                 // peer
		// сер begins середа too, whose abbreviation is ср: a month.
		{"uk", "1 сер 2015", "2015-08-01 00:00", "16 Av 5775", true, ""}, // peer
		{"uk", "сб, 1 сер 2015", "2015-08-01 00:00", "16 Av 5775", true, ""},
		{"uk", "ср, 1 сер 2015", "2015-08-01 00:00", "16 Av 5775", false, dateline.CodeWeekday},
	})
	// Two months' names: no month.
	for _, in := range []string{"jui 5 2014", "5 jui 2014"} {
		_, err := dateline.Parse(in)
		assert.Error(t, err, in)
	}
	// Free text: with a time, found; with a year alone, not.
	ms := dateline.Find("Le rendez-vous du 08 Déc 2014 à 15h11 est annulé.")
	require.Len(t, ms, 1)
	assert.Equal(t, "08 Déc 2014 à 15h11", ms[0].Input)
	for _, text := range []string{"Il est né le 13 Ago, 2014.", "He went out 2, 2022 times."} {
		assert.Empty(t, dateline.Find(text), text)
	}
}

// TestShortWeekdays: the weekday abbreviations CLDR writes without a dot
// in two letters (Russian and Ukrainian пн ... нд; Dutch zo ... za), and
// Russian's three letters (Пнд, Срд, чтв), and Czech's (čtv, pon: CLDR's name
// cut to three letters, whose layout writes the other days in full) are
// weekdays, checked as any
// weekday is, and a layout that writes one writes every day readably.
// Dutch's ma, di and do are words of Italian and Portuguese prose too:
// free text takes them for weekdays only beside names of their language.
func TestShortWeekdays(t *testing.T) {
	checkLangCases(t, []langCase{
		{"ru", "Пнд, 07 янв. 2019 г. 12:15", "2019-01-07 12:15", "1 Shevat 5779", true, ""}, // peer
		{"ru", "Срд, 09 янв. 2019 г. 12:15", "2019-01-09 12:15", "3 Shevat 5779", true, ""}, // peer
		{"ru", "Птн, 07 янв. 2019 г. 12:15", "2019-01-07 12:15", "1 Shevat 5779", false, dateline.CodeWeekday},
		{"ru", "вт, 8 января 2019", "2019-01-08 00:00", "2 Shevat 5779", true, ""},
		{"uk", "нд, 13 січня 2019", "2019-01-13 00:00", "7 Shevat 5779", true, ""},
		{"nl", "vr jan 24, 2014 12:49", "2014-01-24 12:49", "23 Shevat 5774", true, ""}, // peer
		{"nl", "za 25 januari 2014", "2014-01-25 00:00", "24 Shevat 5774", true, ""},
		{"nl", "zo 25 januari 2014", "2014-01-25 00:00", "24 Shevat 5774", false, dateline.CodeWeekday},
		{"nl", "ma 27 januari 2014", "2014-01-27 00:00", "26 Shevat 5774", true, ""},
		{"nl", "di 27 januari 2014", "2014-01-27 00:00", "26 Shevat 5774", false, dateline.CodeWeekday},
		// Czech's cut to three letters of CLDR's name, where CLDR writes two.
		{"cs", "čtv 14. lis 2013 12:38:43", "2013-11-14 12:38", "11 Kislev 5774", true, ""}, // peer
		{"cs", "pon 9. března 2015", "2015-03-09 00:00", "18 Adar 5775", true, ""},
		{"cs", "úte 10. března 2015 8:05", "2015-03-10 08:05", "19 Adar 5775", true, ""},
		{"cs", "stř 11. března 2015", "2015-03-11 00:00", "20 Adar 5775", true, ""},
		{"cs", "pát 13. března 2015", "2015-03-13 00:00", "22 Adar 5775", true, ""},
		{"cs", "sob 14. března 2015", "2015-03-14 00:00", "23 Adar 5775", true, ""},
		{"cs", "ned 15. března 2015", "2015-03-15 00:00", "24 Adar 5775", true, ""},
		{"cs", "čtv 15. března 2015", "2015-03-15 00:00", "24 Adar 5775", false, dateline.CodeWeekday},
	})
	// Every day of a week, written by the layouts of two- and
	// three-letter weekdays, reads back.
	for _, example := range []string{"vr jan 24, 2014 12:49", "za 25 januari 2014", "čtv 14. lis 2013 12:38:43", "Пнд, 07 янв. 2019 г. 12:15", "нд, 13 січня 2019"} {
		l, err := dateline.LayoutOf(example)
		require.NoError(t, err, example)
		for d := 0; d < 7; d++ {
			day := dateline.New(time.Date(2024, time.March, 3+d, 9, 5, 0, 0, time.UTC))
			out := day.Format(l.String())
			back, err := dateline.Parse(out)
			require.NoError(t, err, out)
			assert.Equal(t, day.Time.Format(time.DateOnly), back.Time.Format(time.DateOnly), out)
		}
	}
	// Free text: Italian's "ma" (but) before an Italian date is no
	// weekday; Dutch's vr before a month of its language is.
	ms := dateline.Find("Non so, ma 24 gennaio 2014 era freddo.")
	require.Len(t, ms, 1)
	assert.Equal(t, "24 gennaio 2014", ms[0].Input)
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	ms = dateline.Find("Geplaatst vr jan 24, 2014 12:49 door Jan.")
	require.Len(t, ms, 1)
	assert.Equal(t, "vr jan 24, 2014 12:49", ms[0].Input)
	// Czech's cut weekdays are no weekdays in English prose: pat, ned.
	for _, text := range []string{"Give it a pat 13 March 2015 at noon.", "Ask ned 15 March 2015 at noon."} {
		ms = dateline.Find(text)
		require.Len(t, ms, 1, text)
		assert.Equal(t, text[strings.Index(text, "1"):len(text)-1], ms[0].Input, text)
	}
	// A whole string says it is a dateline: ma is Monday there, and the
	// date's weekday is reported.
	rep := dateline.Check("ma 24 gennaio 2014")
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code, "%v", rep.Problems)
}

// TestYearSuffixGlued: the word that ends a year, written without a space
// after its digits as Russian pages write it (2005г., 2021р.), ends the
// year as it does after a space, and a layout writes it back so.
func TestYearSuffixGlued(t *testing.T) {
	checkLangCases(t, []langCase{
		{"ru", "13 авг. 2005г. 19:13", "2005-08-13 19:13", "8 Av 5765", true, ""},              // peer
		{"ru", "21 сентября 2021г., вторник", "2021-09-21 00:00", "15 Tishrei 5782", true, ""}, // peer
		{"ru", "21 сентября 2021г., среда", "2021-09-21 00:00", "15 Tishrei 5782", false, dateline.CodeWeekday},
		{"uk", "1 вересня 2021р.", "2021-09-01 00:00", "24 Elul 5781", true, ""},
	})
	// Another word run into the year is no year's end.
	_, err := dateline.Parse("21 сентября 2021гг")
	assert.Error(t, err)
}

// TestSpanishTimeWord: Spanish's "en" between a date and its time (julio
// 5, 2015 en 1:04 pm), as French's "à" and Dutch's "om"; it joins no
// place to a date (5 julio 2015 en Madrid), and Dutch's "en" (and) still
// joins two days (10 en 11 januari 2024).
func TestSpanishTimeWord(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "julio 5, 2015 en 1:04 pm", "2015-07-05 13:04", "18 Tammuz 5775", true, ""}, // peer
		{"es", "lunes 6 julio 2015 en 1:04 pm", "2015-07-06 13:04", "19 Tammuz 5775", true, ""},
		{"es", "martes 6 julio 2015 en 1:04 pm", "2015-07-06 13:04", "19 Tammuz 5775", false, dateline.CodeWeekday},
		{"es", "julio 5, 2015 en 13:04", "2015-07-05 13:04", "18 Tammuz 5775", true, ""},
		{"nl", "10 en 11 januari 2024", "2024-01-10 00:00", "29 Tevet 5784", true, ""},
	})
	_, err := dateline.Parse("5 julio 2015 en Madrid")
	assert.Error(t, err)
}
