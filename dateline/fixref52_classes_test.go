package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// TestSpanishShortWidthWithAccent: Spanish's short width of a weekday
// written with the accent of its abbreviation, as moment.js, date-fns and
// Spanish calendars print it ("sá" for sábado, whose abbreviation is
// "sáb."; CLDR's table has "SA"), is read as the table's is, before a
// Spanish month: "sá. 2 de marzo de 2024" was a syntax error at "sá".
// Before another language's month it is refused as before. Each day is
// hd's (2024-03-02, -09, -16 are Saturdays: 22 Adar I, 29 Adar I, 6 Adar
// II 5784; 2024-03-03 a Sunday, 2024-03-06 a Wednesday).
func TestSpanishShortWidthWithAccent(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"sá. 2 de marzo de 2024", "2024-03-02", "22 Adar I 5784"},
		{"sá 2 de marzo de 2024", "2024-03-02", "22 Adar I 5784"},
		{"SÁ., 9 de marzo de 2024", "2024-03-09", "29 Adar I 5784"},
		{"Sá, 16 mar 2024", "2024-03-16", "6 Adar II 5784"},
		// Near misses and the other short forms, read as before.
		{"sáb. 2 de marzo de 2024", "2024-03-02", "22 Adar I 5784"},
		{"sáb 2 mar 2024", "2024-03-02", "22 Adar I 5784"},
		{"mié. 6 mar 2024", "2024-03-06", "26 Adar I 5784"},
		{"dom. 3 de marzo de 2024", "2024-03-03", "23 Adar I 5784"},
		{"sa., 9 de marzo de 2024", "2024-03-09", "29 Adar I 5784"},
		{"Sa. 2. März 2024", "2024-03-02", "22 Adar I 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { checkQuietDay(t, tc.in, tc.day, tc.heb) })
	}
	// The wrong weekday is an error, not a pass.
	t.Run("sá. 3 de marzo de 2024", func(t *testing.T) {
		rep := dateline.Check("sá. 3 de marzo de 2024", adv50Ref)
		assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodesOf(rep.Problems, dateline.Error))
	})
	// Before an English month it is no weekday, as before.
	t.Run("sá 2 March 2024", func(t *testing.T) {
		rep := dateline.Check("sá 2 March 2024", adv50Ref)
		assert.False(t, rep.OK())
	})
}

// TestArticleBeforeNumericDate: a Romance article that puts a day after
// it (Spanish's el, Italian's il, Portuguese's em) before a whole numeric
// date with its year reads as French's "le 03/02/2024" does, day first:
// "el 03/02/2024" was a syntax error at "el", now 3 February. Without
// its year, or after Portuguese's "no" (English's word too), it is
// refused as before. Each day is hd's (2024-02-03 a Saturday, 24 Shevat
// 5784; 2024-02-13 a Tuesday, 4 Adar I 5784; 2024-12-05 a Thursday, 4
// Kislev 5785).
func TestArticleBeforeNumericDate(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"el 03/02/2024", "2024-02-03", "24 Shevat 5784"},
		{"El 03/02/2024", "2024-02-03", "24 Shevat 5784"},
		{"el 03.02.2024", "2024-02-03", "24 Shevat 5784"},
		{"el 3/2/24", "2024-02-03", "24 Shevat 5784"},
		{"il 05/12/2024", "2024-12-05", "4 Kislev 5785"},
		{"em 5-12-2024", "2024-12-05", "4 Kislev 5785"},
		{"el 13/02/2024", "2024-02-13", "4 Adar I 5784"},
		// Near misses, as before.
		{"le 03/02/2024", "2024-02-03", "24 Shevat 5784"},
		{"el 3 de febrero de 2024", "2024-02-03", "24 Shevat 5784"},
		{"del 03/02/2024", "2024-02-03", "24 Shevat 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { checkQuietDay(t, tc.in, tc.day, tc.heb) })
	}
	for _, in := range []string{"el 03/02", "no 03/02/2024", "el 32/02/2024"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, adv50Ref).OK())
		})
	}
}

// TestUnpaddedMinuteBeforeAMPM: a minute of one digit before am or pm,
// as JavaScript's and PHP's concatenation print a clock ("4:8 PM"), reads
// where the digit is 6 to 9, which cannot be a minute cut short: "March
// 2, 2024 4:8 PM" was refused as "a minute of two digits", now 16:08, as
// "5:7:51 PM" (seconds) was read already. "3:1 pm" may be 3:10 to 3:19
// cut short and is still refused (TestVerseIsNoTime), as are a verse
// ("Genesis 4:8") and a minute of one digit without am or pm.
func TestUnpaddedMinuteBeforeAMPM(t *testing.T) {
	for _, tc := range []struct{ in, utc string }{
		{"March 2, 2024 4:8 PM", "2024-03-02T16:08:00Z"},
		{"March 2, 2024 4:8PM", "2024-03-02T16:08:00Z"},
		{"March 2, 2024 4:9 am", "2024-03-02T04:09:00Z"},
		{"Sat Mar 2 2024 11:6 PM", "2024-03-02T23:06:00Z"},
		// Near misses, as before.
		{"May 8, 2009 5:7:51 PM", "2009-05-08T17:07:51Z"},
		{"March 2, 2024 4:08 PM", "2024-03-02T16:08:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) { checkQuietUTC(t, tc.in, tc.utc) })
	}
	for _, in := range []string{
		"March 2, 2024 4:5 PM", "March 2, 2024 at 3:1 pm", "March 2, 2024 4:8",
		"Genesis 4:8, March 2, 2024", "March 2, 2024 13:8 PM",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, adv50Ref, dateline.In(time.UTC))
			assert.False(t, rep.OK(), "read as %v", rep.Dateline.Time)
		})
	}
}

// TestUnpaddedMinuteLayout: the layout of such a clock writes the minutes
// it reads, 6 to 9 and 10 to 59, and refuses 0 to 5, which it would write
// as a minute cut short that does not read back: "Sep 12000 00:7Am" wrote
// 3:03 am as "03:3AM" (found by FuzzFormat). With seconds after it, as a
// machine writes them, every minute reads.
func TestUnpaddedMinuteLayout(t *testing.T) {
	l, err := dateline.Compile("Jan 2, 2006 3:4 PM")
	require.NoError(t, err)
	at := func(min int) time.Time { return time.Date(2024, time.March, 1, 16, min, 0, 0, time.UTC) }
	for _, min := range []int{6, 9, 10, 18, 59} {
		require.NoError(t, l.Validate(at(min), hebrew.DateOf(at(min))), "minute %d", min)
		text := l.Format(at(min), hebrew.DateOf(at(min)))
		d, err := dateline.Parse(text, dateline.In(time.UTC))
		require.NoError(t, err, text)
		assert.Equal(t, at(min), d.Time, text)
	}
	for _, min := range []int{0, 3, 5} {
		assert.ErrorIs(t, l.Validate(at(min), hebrew.DateOf(at(min))), format.ErrUnwritable, "minute %d", min)
	}
	seconds, err := dateline.Compile("Jan 2, 2006 3:4:5 PM")
	require.NoError(t, err)
	assert.NoError(t, seconds.Validate(at(3), hebrew.DateOf(at(3))))
}

// TestHebrewNightPairWithoutComma: Hebrew's night between two weekdays,
// "ליל שלישי-רביעי", before its dates without a comma reads as with one:
// "ליל שלישי-רביעי 12-13.3.2024" was a syntax error at רביעי (a bare
// ordinal was a weekday only before a comma), now the second day's
// dateline, 13 March (3 Adar II 5784), as TestHebrewNightBetweenWeekdays
// reads it with the comma. Without ליל the pair is still refused; the
// dates of another pair of days are still a weekday error. Each day is
// hd's (2024-03-13 a Wednesday, 3 Adar II 5784; 2024-03-16 a Saturday, 6
// Adar II; 2024-03-17 a Sunday, 7 Adar II; 2024-10-23 a Wednesday, 21
// Tishrei 5785).
func TestHebrewNightPairWithoutComma(t *testing.T) {
	for _, tc := range []struct{ text, day, hebrew string }{
		{"ליל שלישי-רביעי 12-13.3.2024", "2024-03-13", "3 Adar II 5784"},
		{"ליל שלישי–רביעי 12–13.3.2024", "2024-03-13", "3 Adar II 5784"},
		{"ליל שישי-שבת 15-16.3.2024", "2024-03-16", "6 Adar II 5784"},
		{"ליל שבת-ראשון 16-17.3.2024", "2024-03-17", "7 Adar II 5784"},
		{"ליל שלישי-רביעי 22-23.10.2024", "2024-10-23", "21 Tishrei 5785"},
		// The near miss with its comma, as before.
		{"ליל שלישי-רביעי, 12-13.3.2024", "2024-03-13", "3 Adar II 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, severityCodesOf(rep.Problems, dateline.Warning))
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
	for _, text := range []string{"ליל שלישי-רביעי 11-12.3.2024", "ליל שלישי-רביעי 12.3.2024", "שלישי-רביעי 12-13.3.2024"} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, heldoutRef).OK())
		})
	}
}

// TestTishaBavAcronym: Tisha B'Av's acronym, ט"ב, with gershayim or an
// ASCII quote, is the fast, as the other acronyms with gershayim (ר"ה,
// יוה"כ) are their days: "ט"ב תשפ"ד" was a syntax error at ט, now 13
// August 2024 (9 Av 5784); in 5782, whose 9 Av was a Shabbat, the fast's
// day, Sunday 10 Av, as "Tisha B'Av 5782" reads. A date that is not the
// fast's is an occasion error. Each day is hd's (2024-08-13 a Tuesday, 9
// Av 5784; 2022-08-07 a Sunday, 10 Av 5782; 2025-08-03 a Sunday, 9 Av
// 5785; 2024-08-12 a Monday, 8 Av 5784).
func TestTishaBavAcronym(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{`ט"ב תשפ"ד`, "2024-08-13", "9 Av 5784"},
		{"ט״ב תשפ״ד", "2024-08-13", "9 Av 5784"},
		{`ט"ב תשפ"ב`, "2022-08-07", "10 Av 5782"},
		{`ט"ב תשפ"ה`, "2025-08-03", "9 Av 5785"},
		{`ערב ט"ב תשפ"ד`, "2024-08-12", "8 Av 5784"},
		{`ט"ב, 13.8.2024`, "2024-08-13", "9 Av 5784"},
		// Near misses, as before.
		{"ט׳ באב תשפ״ד", "2024-08-13", "9 Av 5784"},
		{`ר"ה תשפ"ה`, "2024-10-03", "1 Tishrei 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) { checkQuietDay(t, tc.in, tc.day, tc.heb) })
	}
	t.Run(`ט"ב, 14.8.2024`, func(t *testing.T) {
		rep := dateline.Check(`ט"ב, 14.8.2024`, adv50Ref)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodesOf(rep.Problems, dateline.Error))
	})
}

// TestISOHourOnly: an ISO 8601 date and time whose time is the hour
// alone, with its zone after it, reads as the hour's start: "2024-03-02T10Z"
// was refused as "expected a colon after the hour", now 10:00 UTC. Without
// a zone after the hour, or with an hour past 23, it is refused as
// before (hd: 2024-03-02 is a Saturday, 22 Adar I 5784).
func TestISOHourOnly(t *testing.T) {
	for _, tc := range []struct{ in, utc string }{
		{"2024-03-02T10Z", "2024-03-02T10:00:00Z"},
		{"2024-03-02T10+02:00", "2024-03-02T08:00:00Z"},
		{"2024-03-02T10-05", "2024-03-02T15:00:00Z"},
		{"2024-03-02T00Z", "2024-03-02T00:00:00Z"},
		// Near misses, as before.
		{"2024-03-02T10:39Z", "2024-03-02T10:39:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, adv50Ref, dateline.In(time.UTC))
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.utc, rep.Dateline.Time.UTC().Format(time.RFC3339))
			assert.Equal(t, "2024-03-02", rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, in := range []string{"2024-03-02T10", "2024-03-02T10 30", "2024-03-02T24Z", "2024-03-02T10Zulu"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, adv50Ref, dateline.In(time.UTC)).OK())
		})
	}
}

// TestISOBasicDateTime: ISO 8601's basic format with its time, as
// machines stamp files and logs, reads as the extended format does:
// "20240302T103900Z" was refused ("expected a date"), now 10:39:00 UTC on
// 2 March 2024 (hd: a Saturday, 22 Adar I 5784). The rule for eight
// digits is kept: a date only as a whole dateline, with its T and time
// or alone; in free text a number of eight digits is no date, timed or
// not. A time that is not the basic format's is refused.
func TestISOBasicDateTime(t *testing.T) {
	for _, tc := range []struct{ in, utc string }{
		{"20240302T103900Z", "2024-03-02T10:39:00Z"},
		{"20240302T1039Z", "2024-03-02T10:39:00Z"},
		{"20240302T103900+0200", "2024-03-02T08:39:00Z"},
		{"20240302T235959Z", "2024-03-02T23:59:59Z"},
		{"20240302T103900", "2024-03-02T10:39:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, adv50Ref, dateline.In(time.UTC))
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.utc, rep.Dateline.Time.UTC().Format(time.RFC3339))
			assert.Equal(t, "22 Adar I 5784", rep.Dateline.Hebrew.String())
		})
	}
	t.Run("20240302", func(t *testing.T) { checkQuietDay(t, "20240302", "2024-03-02", "22 Adar I 5784") })
	for _, in := range []string{"20240302T10Z", "20240302T256000Z", "20240302T", "20241302T103900Z", "20240302T103960Z"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, adv50Ref, dateline.In(time.UTC)).OK())
		})
	}
	for _, text := range []string{"Invoice 20240302 was paid.", "built at 20240302T103900Z by CI", "Order 12345678 shipped"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, adv50Ref, dateline.In(time.UTC)))
		})
	}
}

// TestBracketedIANAZone: RFC 9557's and Java's ZonedDateTime's IANA zone
// in brackets after an ISO 8601 offset reads where the zone gives that
// offset at that instant: "2024-03-02T10:39:00+02:00[Asia/Jerusalem]" was
// no dateline (the command took it for a file's name), now 08:39 UTC. An
// offset the zone does not give then ("+03:00[Asia/Jerusalem]" in March,
// or Berlin's 01:30 +02:00 before its clocks went forward at 02:00) is an
// error, as is a zone the system does not know (hd: 2024-03-02 is a
// Saturday, 22 Adar I 5784; 2024-06-02 a Sunday, 25 Iyyar 5784).
func TestBracketedIANAZone(t *testing.T) {
	for _, tc := range []struct{ in, utc string }{
		{"2024-03-02T10:39:00+02:00[Asia/Jerusalem]", "2024-03-02T08:39:00Z"},
		{"2024-06-02T10:39:00+03:00[Asia/Jerusalem]", "2024-06-02T07:39:00Z"},
		{"2024-03-02T10:39:00-05:00[America/New_York]", "2024-03-02T15:39:00Z"},
		{"2024-03-02T10:39:00Z[UTC]", "2024-03-02T10:39:00Z"},
		// The near miss without the bracket, as before.
		{"2024-03-02T10:39:00+02:00", "2024-03-02T08:39:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) { checkQuietUTC(t, tc.in, tc.utc) })
	}
	for _, in := range []string{
		"2024-03-02T10:39:00+03:00[Asia/Jerusalem]", "2024-06-02T10:39:00+02:00[Asia/Jerusalem]",
		"2024-03-31T01:30:00+02:00[Europe/Berlin]", "2024-03-02T10:39:00+02:00[Mars/Olympus]",
		"2024-03-02T10:39:00+02:00[Asia/Jerusalem",
	} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in, adv50Ref, dateline.In(time.UTC)).OK())
		})
	}
}

// checkQuietUTC checks that in reads, with no problem, as the instant utc
// (RFC 3339), in UTC and with adv50Ref as the reference.
func checkQuietUTC(t *testing.T, in, utc string) {
	t.Helper()
	rep := dateline.Check(in, adv50Ref, dateline.In(time.UTC))
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Empty(t, rep.Problems)
	assert.Equal(t, utc, rep.Dateline.Time.UTC().Format(time.RFC3339))
}
