package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout180AndUntilSlavic: a range's end joined by the East Slavic
// "and" with "to" or "until" after it, Russian "и по", "и до", Ukrainian
// "і по", "і до", Belarusian "і па", "і да", as Spanish joins one with
// "y hasta": "с вечера 22 и по 30 апреля" (BelTA, belta.by, the
// hundred-and-eightieth held-out round: Pesach 2016) was a syntax error.
// The range is read from its first day (from its evening after "с
// вечера"); an end before its start, or no month after the end, is still
// no date.
func TestHeldout180AndUntilSlavic(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"с 22 и по 30 апреля 2016", "2016-04-22"},
		{"с 22 и по 30 апреля 2016 года", "2016-04-22"},
		{"с 22 и до 30 апреля 2016", "2016-04-22"},
		{"з 22 і по 30 квітня 2016", "2016-04-22"},
		{"з 22 і до 30 квітня 2016 року", "2016-04-22"},
		{"з 22 і па 30 красавіка 2016", "2016-04-22"},
		{"з 22 і да 30 красавіка 2016", "2016-04-22"},
		{"с 14 и по 22 декабря 2025", "2025-12-14"},
	})
	// The real row: the evening of its first day, whose Hebrew date is
	// the next day's, in the page's year.
	page := dateline.Reference(time.Date(2016, time.April, 18, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, page, []struct{ text, day, heb string }{
		{"Скоро евреи будут праздновать Песах - с вечера 22 и по 30 апреля.", "2016-04-22", "15 Nisan 5776"},
		{"с вечера 22 и по 30 апреля 2016", "2016-04-22", "15 Nisan 5776"},
	})
	checkRangeCases(t, []rangeCase{
		{"Песах отмечают с 22 и по 30 апреля 2016 года в Минске", "2016-04-22", "30 апреля 2016 года"},
		{"Ханука триває з 14 і до 22 грудня 2025 року в Києві", "2025-12-14", "22 грудня 2025 року"},
	})
	checkUnread(t, heldoutRef,
		"с 22 и по 30",
		"22 и по 20 апреля 2016",
		"22 и по радио 30 апреля 2016",
	)
	require.Empty(t, dateline.Find("Мы были там 22 и по 30 человек пришли", heldoutRef))
}

// TestHeldout180LocativeMonth: a month after a day, or a range of days,
// in the East Slavic prepositional case, as after "в" (in), where a date
// writes the genitive: Russian "сентябре" for сентября, Ukrainian
// "вересні" for вересня, Belarusian "верасні" for верасня. "на 19-25
// сентябре" (Panoptikon, panoptikon.org, the hundred-and-eightieth
// held-out round: a Zaporizhzhia community centre's Sukkot programme)
// was a syntax error. It is read as the month it names, with the info
// that says so, as a misspelt month is; free text takes it only with a
// year (or a weekday, a time or a Hebrew date) beside it, and the name
// alone, or before its day, is still no date.
func TestHeldout180LocativeMonth(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"на 19-25 сентябре 2021", "2021-09-19"},
		{"19-25 сентябре 2021 года", "2021-09-19"},
		{"25 мае 2021", "2021-05-25"},
		{"с 7 по 15 декабре 2023 года", "2023-12-07"},
		{"25 вересні 2021 року", "2021-09-25"},
		{"22 лютому 2024", "2024-02-22"},
		{"25 верасні 2021 года", "2021-09-25"},
		{"1 сакавіку 2018", "2018-03-01"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			require.Equal(t, tc.want, rep.Dateline.Time.Format(time.DateOnly))
			require.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeSpelling)
		})
	}
	// The real row names no year: the year nearest the reference, said.
	page := dateline.Reference(time.Date(2021, time.September, 15, 0, 0, 0, 0, time.UTC))
	rep := dateline.Check("на 19-25 сентябре", page)
	require.True(t, rep.OK(), "%v", rep.Problems)
	require.Equal(t, "2021-09-19", rep.Dateline.Time.Format(time.DateOnly))
	require.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeYearInferred)
	// In free text, with a year and a time beside it.
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Концерт 25 сентябре 2021 года в 19:00", "2021-09-25 19:00"},
	})
	checkUnread(t, heldoutRef,
		"в сентябре 2021",
		"сентябре 25, 2021",
		"в вересні",
	)
	for _, text := range []string{
		"Как сообщили в общинном центре, на 19-25 сентябре предлагается следующая программа",
		"В сентябре 25 человек пришли",
		"Было 25 в сентябре",
	} {
		require.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}
