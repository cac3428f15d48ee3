package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// adv49Ref is the reference of the review these tests come from's
// examples: January 15, 2024 (5 Shevat 5784).
var adv49Ref = dateline.Reference(time.Date(2024, time.January, 15, 12, 0, 0, 0, time.UTC))

// TestAdarQualifierGluedToYear: an Adar qualifier whose geresh touches the
// year (אדר ב׳תשפ״ד, as <span>כ״ב אדר ב׳</span><span>תשפ״ד</span>
// flattens) is the qualifier, and the year after it the year: it was read
// as the year's thousands, 22 Adar 2784 (February 27, -976) with nothing
// said, and Adar I as 1784. So is the prefix ב (in) glued to a year marked
// as a numeral (בתשפ״ד), which was the thousands 2 too. A ב with its own
// geresh before a year (ב׳תמ״ח, 2448) is the thousands, and a qualifier
// apart from its year stays read as before.
func TestAdarQualifierGluedToYear(t *testing.T) {
	for _, tc := range []struct{ in, day, heb string }{
		{"כ״ב אדר ב׳תשפ״ד", "2024-04-01", "22 Adar II 5784"},
		{"כ״ב באדר א׳תשפ״ד", "2024-03-02", "22 Adar I 5784"},
		{"כ״ב אדר א'תשפ\"ד", "2024-03-02", "22 Adar I 5784"},
		{"י״ד באדר ב'תשפ\"ד", "2024-03-24", "14 Adar II 5784"},
		{"כ״ב אדר ב׳ה׳תשפ״ד", "2024-04-01", "22 Adar II 5784"},
		{"כ״ב אדר ב׳תש״ג", "1943-03-29", "22 Adar II 5703"},
		{"ז׳ אדר א׳תשי״א", "1951-02-13", "7 Adar I 5711"},
		// The prefix ב (in) before the year.
		{"כ״ב בניסן בתשפ״ד", "2024-04-30", "22 Nisan 5784"},
		{"ט״ו בשבט בתשפ״ה", "2025-02-13", "15 Shevat 5785"},
		{"כ״ב באדר א׳ בה׳תשפ״ד", "2024-03-02", "22 Adar I 5784"},
		{"כ״ב באדר ב׳ בתשפ״ד", "2024-04-01", "22 Adar II 5784"},
		// Near misses, read as before.
		{"כ״ב אדר ב׳ תשפ״ד", "2024-04-01", "22 Adar II 5784"},
		{"כ״ב אדר א׳, תשפ״ד", "2024-03-02", "22 Adar I 5784"},
		{"כ״ב בניסן ב׳תמ״ח", "-1312-03-20", "22 Nisan 2448"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, adv49Ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			for _, p := range rep.Problems {
				assert.Equal(t, dateline.Info, p.Severity, "%v", p)
			}
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
	// Adar with no qualifier before a year with its thousands: Adar II of
	// a leap year, with the warning that nothing says which.
	t.Run("כ״ב אדר ה׳תשפ״ד", func(t *testing.T) {
		rep := dateline.Check("כ״ב אדר ה׳תשפ״ד", adv49Ref)
		assert.Equal(t, "22 Adar II 5784", rep.Dateline.Hebrew.String())
		assert.True(t, hasProblem(rep, dateline.CodeAdarAmbiguous, dateline.Warning), "%v", rep.Problems)
	})
	// A bare ב or ו before the hundreds, read by a layout of a year with
	// its thousands that an earlier dateline taught (ה׳תשס״ו): the year
	// as written, 2784 or 6784, is never read with nothing said.
	for _, in := range []string{"כ״ב באדר בתשפ״ד", "כ״ב בניסן בתשפ״ד", "כ״ב באדר ותשפ״ד", "ג׳ בתמוז בתשנ״ד"} {
		t.Run(in, func(t *testing.T) {
			dateline.Check("כ״ב בניסן ה׳תשפ״ד", adv49Ref) // the layout with thousands
			rep := dateline.Check(in, adv49Ref)
			if y := rep.Dateline.Hebrew.Year; y < 5000 || y > 5999 {
				assert.True(t, hasProblem(rep, dateline.CodeYearUnlikely, dateline.Warning), "%d: %v", y, rep.Problems)
			}
		})
	}
	// Bare letters after ב are a word as likely as a year: no year 5770.
	t.Run("ט״ו בניסן בתשע בבוקר", func(t *testing.T) {
		for _, m := range dateline.Find("ט״ו בניסן בתשע בבוקר", adv49Ref) {
			assert.NotEqual(t, 5770, m.Report.Dateline.Hebrew.Year)
		}
	})
	// The month and the year in two inline elements of a page.
	for _, tc := range []struct{ page, heb string }{
		{"<p><span>כ״ב אדר ב׳</span><span>תשפ״ד</span></p>", "22 Adar II 5784"},
		{"<p><span>כ״ב באדר א׳</span><b>תשפ״ד</b></p>", "22 Adar I 5784"},
		{"<p><span>כ״ב באדר א׳</span>&shy;<span>תשפ״ד</span></p>", "22 Adar I 5784"},
	} {
		t.Run(tc.page, func(t *testing.T) {
			ms := dateline.FindHTML(tc.page, adv49Ref)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.heb, ms[0].Report.Dateline.Hebrew.String())
		})
	}
}

// TestHebrewShortYearNextLineRange: two letters that begin the next line,
// or a range of days (כ״ב–כ״ה), are no year by their last two letters
// (פ״א) of a Hebrew day and month without one: "בכ״ב באדר א׳\nכ״ב–כ״ה
// באדר א׳ תשפ״ד" (a <br> between them in a page) was 22 Adar I 5722, and
// the next line's range lost its first day, with nothing said. The first
// date's year is inferred, as the info says; the range is read whole. Two
// letters alone on the next line, or past 30 before a dash (a range of
// years), stay the date's year.
func TestHebrewShortYearNextLineRange(t *testing.T) {
	for _, tc := range []struct {
		text, first, firstDay, rangeText, rangeDay, rangeEnd string
		html                                                 bool
	}{
		{"ההרשמה נפתחת בכ״ב באדר א׳\nכ״ב–כ״ה באדר א׳ תשפ״ד: ימי עיון", "בכ״ב באדר א׳", "2024-03-02", "כ״ב–כ״ה באדר א׳ תשפ״ד", "2024-03-02", "2024-03-05", false},
		{"כ״ב באדר א׳\nט״ו–ט״ז בשבט תשפ״ד", "כ״ב באדר א׳", "2024-03-02", "ט״ו–ט״ז בשבט תשפ״ד", "2024-01-25", "2024-01-26", false},
		{"נפגשים בי׳ בניסן\nי״ב-י״ד בניסן תשפ״ה כנס", "בי׳ בניסן", "2024-04-18", "י״ב-י״ד בניסן תשפ״ה", "2025-04-10", "2025-04-12", false},
		{"<p>ההרשמה נפתחת בכ״ב באדר א׳<br>כ״ב–כ״ה באדר א׳ תשפ״ד: ימי עיון</p>", "בכ״ב באדר א׳", "2024-03-02", "כ״ב–כ״ה באדר א׳ תשפ״ד", "2024-03-02", "2024-03-05", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var ms []dateline.Match
			if tc.html {
				ms = dateline.FindHTML(tc.text, adv49Ref)
			} else {
				ms = dateline.Find(tc.text, adv49Ref)
			}
			require.Len(t, ms, 2)
			assert.Equal(t, tc.first, ms[0].Report.Input)
			assert.Equal(t, tc.firstDay, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeYearInferred, dateline.Info), "%v", ms[0].Problems)
			assert.Equal(t, tc.rangeText, ms[1].Report.Input)
			assert.Equal(t, tc.rangeDay, ms[1].Report.Dateline.Time.Format("2006-01-02"))
			require.NotEmpty(t, ms[1].Report.Also)
			assert.Equal(t, tc.rangeEnd, ms[1].Report.Also[len(ms[1].Report.Also)-1].Time.Format("2006-01-02"))
		})
	}
	// Near misses: the year by its last two letters stays read.
	for _, tc := range []struct{ text, heb string }{
		{"כ״ב באדר א׳\nפ״ד\n", "22 Adar I 5784"},
		{"י״ב שבט פ״א", "12 Shevat 5781"},
		{"כ״ב באדר א׳ פ״ד – כ״ה באדר א׳ פ״ד", "22 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, adv49Ref)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.heb, ms[0].Report.Dateline.Hebrew.String())
		})
	}
}
