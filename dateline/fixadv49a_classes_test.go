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
