package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCarmakerNissan: the Latin word Nissan is also the carmaker's name,
// and car news writes it as a month's name would be: before a year of
// sales or a model's number, after a count, or hyphened. Find read "4
// Nissan models" as 4 Nisan 5784 and "Nissan 2024 sales" as the month
// Nisan with a false error; without a year, weekday, Gregorian date or a
// joining word beside it, such a reading is not a date. Dates of Nisan
// spelt Nissan that say they are one, and other spellings, are found.
func TestCarmakerNissan(t *testing.T) {
	for _, text := range []string{
		"Nissan 2024 sales rose 5%.",
		"NISSAN 2025 models arrive.",
		"We compared 4 Nissan models.",
		"Toyota sold 12 Nissan-sized cars",
		"Nissan 3 Series",
		"I drove my Nissan 300 miles",
		"The Nissan 300ZX, 1990.\nNissan 14 dealerships closed.",
		"Nissan 1999 Altima for sale",
		"Er fuhr 3 Nissan Micra.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, adv49Ref))
		})
	}
	checkMatches(t, adv49Ref, []struct{ text, match, day, heb string }{
		{"We meet on 15 Nissan.", "15 Nissan", "2024-04-23", "15 Nisan 5784"},
		{"on 15 Nissan, the first night", "15 Nissan", "2024-04-23", "15 Nisan 5784"},
		{"15 Nissan 5784 was a Tuesday", "15 Nissan 5784", "2024-04-23", "15 Nisan 5784"},
		{"died on 13 Nissan 1866 in Lubavitch", "13 Nissan 1866", "1866-03-29", "13 Nisan 5626"},
		{"on the 2nd of Nissan we met", "2nd of Nissan", "2024-04-10", "2 Nisan 5784"},
		{"27 de Nissan de 5784", "27 de Nissan de 5784", "2024-05-05", "27 Nisan 5784"},
		{"Der 15. Nissan 5784 fällt", "15. Nissan 5784", "2024-04-23", "15 Nisan 5784"},
		{"Tuesday, 15 Nissan models", "Tuesday, 15 Nissan", "2024-04-23", "15 Nisan 5784"},
		{"15 Nissan the Jews left Egypt", "15 Nissan", "2024-04-23", "15 Nisan 5784"},
		{"On 14 Nissan we burn the chametz", "14 Nissan", "2024-04-22", "14 Nisan 5784"},
		// Near misses: other spellings of the month are as they were.
		{"We met on 14 Nisan models", "14 Nisan", "2024-04-22", "14 Nisan 5784"},
		{"We met on 14 ניסן models", "14 ניסן", "2024-04-22", "14 Nisan 5784"},
	})
	m := findOneOK(t, "Nissan 5784 was a spring month", adv49Ref)
	assert.Equal(t, "Nissan 5784", "Nissan 5784 was a spring month"[m.Start:m.End])
}

// TestVersionNumbersNotDates: a program's version written with points
// and a two-digit last part reads as a day-first date: "Node 18.3.24 and
// 20.11.1" was March 18, 2024 with nothing said. A stage's word after it,
// a version that no date is beside it, "to" after a verb of upgrading, or
// "build" or "patch" before it say it is a version. Dates of the same
// digits in prose are found.
func TestVersionNumbersNotDates(t *testing.T) {
	for _, text := range []string{
		"Node 18.3.24 and 20.11.1",
		"Node 18.3.24, 20.11.1 and 21.6.2",
		"Upgrade Django to 4.2.11 today.",
		"We upgraded the server to 5.3.24 last week.",
		"bump lodash from 4.2.11 to 4.17.21",
		"Firefox 12.3.24 beta",
		"Chrome 14.2.25 LTS is out",
		"build 2.3.24",
		"Patch 2.3.24 fixes it",
		"see 1.2.3.4 or 2.3.24",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, adv49Ref))
		})
	}
	for _, tc := range []struct{ text, match, day string }{
		{"am 18.3.24 war Sitzung", "18.3.24", "2024-03-18"},
		{"Stand 18.3.24", "18.3.24", "2024-03-18"},
		{"le 18.3.24 et le 20.3.24", "18.3.24", "2024-03-18"},
		{"בתאריך 18.3.24 נפגשנו", "18.3.24", "2024-03-18"},
		{"Firefox 12.3.2024 beta", "12.3.2024", "2024-03-12"},
		{"Update: the meeting moved from 2.3.24 to 5.3.24", "2.3.24 to 5.3.24", "2024-03-02"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, adv49Ref)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestOldStyleBracketWithYear: Wikipedia writes a life's dates as the New
// Style date with the Old Style one, year and all, in a bracket after it,
// the year by the English reckoning that began it on March 25:
// "February 22, 1732 [O.S. February 11, 1731]". Find read the bracket as
// a dateline of its own, Washington's birth a year early with a warning,
// and the New Style date after it as one the marker might name. A bracket
// whose day and year are the New Style date's Julian one is now part of
// its dateline; one that is not is read alone, as before.
func TestOldStyleBracketWithYear(t *testing.T) {
	checkMatches(t, adv49Ref, []struct{ text, match, day, heb string }{
		{"George Washington (February 22, 1732 [O.S. February 11, 1731] – ", "February 22, 1732 [O.S. February 11, 1731]", "1732-02-22", "26 Shevat 5492"},
		{"Isaac Newton (4 January 1643 [O.S. 25 December 1642] – ", "4 January 1643 [O.S. 25 December 1642]", "1643-01-04", "13 Tevet 5403"},
		{"died 31 March 1727 [O.S. 20 March 1726])", "31 March 1727 [O.S. 20 March 1726]", "1727-03-31", "9 Nisan 5487"},
		{"born March 5, 1700 [O.S. February 23, 1699] in Boston", "March 5, 1700 [O.S. February 23, 1699]", "1700-03-05", "14 Adar 5460"},
		{"born March 5, 1700 [O.S. February 23, 1700] in Boston", "March 5, 1700 [O.S. February 23, 1700]", "1700-03-05", "14 Adar 5460"},
		{"né le 7 janvier 1700 [O.S. 28 décembre 1699] à Paris", "7 janvier 1700 [O.S. 28 décembre 1699]", "1700-01-07", "16 Tevet 5460"},
		{"am 22. Februar 1732 [O.S. 11. Februar 1731] geboren", "22. Februar 1732 [O.S. 11. Februar 1731]", "1732-02-22", "26 Shevat 5492"},
		{"died 31 March 1727 (O.S. 20 March 1726) in", "31 March 1727 (O.S. 20 March 1726)", "1727-03-31", "9 Nisan 5487"},
	})
	// Near misses: a bracket whose year or day is not the New Style
	// date's Julian one is a dateline of its own, as before.
	for _, text := range []string{
		"February 22, 1732 [O.S. February 11, 1730] x",
		"February 22, 1732 [O.S. February 12, 1731] x",
		"March 31, 1760 [O.S. March 20, 1759] x",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Len(t, dateline.Find(text, adv49Ref), 2)
		})
	}
}

// TestOldStyleOfAnotherDate: the marker of an Old Style bracket names the
// calendar of its own date, not of one after the bracket closes: "(February
// 22, 1732 [O.S. February 11, 1731] – December 14, 1799)" warned that
// "O.S." before December 14, 1799 might name its calendar, and "8 February
// [O.S. 28 January] 1725", which writes its own Julian day, offered
// February 8, 1725 itself as its Julian reading. A marker that is a bracket
// of its own, "(O.S.) on July 1, 1690", still warns.
func TestOldStyleOfAnotherDate(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"George Washington (February 22, 1732 [O.S. February 11, 1731] – December 14, 1799)", "December 14, 1799", "1799-12-14"},
		{"Isaac Newton (4 January 1643 [O.S. 25 December 1642] – 31 March 1727)", "31 March 1727", "1727-03-31"},
		{"Peter the Great (9 June [O.S. 30 May] 1672 – 8 February [O.S. 28 January] 1725)", "8 February [O.S. 28 January] 1725", "1725-02-08"},
		{"Anna (9 June [O.S. 30 May] 1672 – 2 July 1725)", "2 July 1725", "1725-07-02"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, adv49Ref)
			require.Len(t, ms, 2)
			m := ms[1]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	for _, text := range []string{
		"He was born (O.S.) on July 1, 1690",
		"According to the Julian Calendar, the Battle of the Boyne occurred on July 1, 1690",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, adv49Ref)
			require.NotEmpty(t, m.Problems)
			assert.Equal(t, dateline.CodeDateAmbiguous, m.Problems[0].Code)
		})
	}
}

// TestPostgresOffsetHour: PostgreSQL writes a timestamptz as an ISO date,
// a space, the time with its seconds and the offset's hour glued to it:
// "2024-03-02 10:39:00+00". Parse refused it ("expected a date, found
// "+"), and Find dropped "-05", the instant five hours, and here a day,
// early. The offset is read after seconds, and a plus after minutes; a
// range of times after a space is as it was.
func TestPostgresOffsetHour(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2024-03-02 10:39:00+00", "2024-03-02T10:39:00Z"},
		{"2024-03-02 22:39:00-05", "2024-03-03T03:39:00Z"},
		{"2024-03-02 10:39:00.123+02", "2024-03-02T08:39:00Z"},
		{"2024-03-02 10:39+00", "2024-03-02T10:39:00Z"},
		{"2024-03-02 01:30:00+14", "2024-03-01T11:30:00Z"},
		{"2024-03-02T10:39:00+00", "2024-03-02T10:39:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, dateline.In(time.UTC))
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Time.UTC().Format("2006-01-02T15:04:05Z"))
			text := "created_at: " + tc.in + " ok"
			ms := dateline.Find(text, dateline.In(time.UTC))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.want, ms[0].Dateline.Time.UTC().Format("2006-01-02T15:04:05Z"))
		})
	}
	// Near miss: digits before the date make it no ISO date.
	_, err := dateline.Parse("12024-03-02 10:39:00+00", dateline.In(time.UTC))
	assert.Error(t, err)
}

// TestLevantineCivilMonths: Levantine Arabic names the civil months with
// the Syriac names that are also the Hebrew months' in Arabic: "2 آذار
// 2024" is March 2, 2024 on a Lebanese or Syrian page. Parse refused it,
// the message saying so, and "السبت 2 آذار 2024" with the error that 2
// Adar of the Hebrew year 2024 is no Saturday. With a civil year, and no
// word for Hebrew or Jewish near, the name is the civil month; a Hebrew
// year, such a word, or no year keep the Hebrew month, as before.
func TestLevantineCivilMonths(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"2 آذار 2024", "2024-03-02", "22 Adar I 5784"},
		{"السبت 2 آذار 2024", "2024-03-02", "22 Adar I 5784"},
		{"2 شباط 2024", "2024-02-02", "23 Shevat 5784"},
		{"15 تموز 2024", "2024-07-15", "9 Tammuz 5784"},
		{"2 أيار 2024", "2024-05-02", "24 Nisan 5784"},
		{"15 آب 1990", "1990-08-15", "24 Av 5750"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, adv49Ref)
			require.NoError(t, err)
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, d.Hebrew.String())
			text := "عقد الاجتماع في " + tc.in + " في بيروت"
			ms := dateline.Find(text, adv49Ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
	// Near misses: the Hebrew month stays.
	for _, tc := range []struct{ in, heb string }{
		{"2 نيسان 5784", "2 Nisan 5784"},
		{"2 تموز 5784", "2 Tammuz 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, adv49Ref)
			require.NoError(t, err)
			assert.Equal(t, tc.heb, d.Hebrew.String())
		})
	}
	for _, in := range []string{"15 نيسان 2025 العبري", "2 آذار"} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Parse(in, adv49Ref)
			assert.Error(t, err)
		})
	}
}
