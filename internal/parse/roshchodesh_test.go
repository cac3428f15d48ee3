package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// roshChodeshCases name the day of Rosh Chodesh as a luach does (issue 13,
// item 5).
var roshChodeshCases = []parseCase{
	{"ב׳ דר״ח אדר ב׳ תשפ״ד", ws(hd(1), hq(adarII), hy(5784)), "ב׳ דר״ח טבת תשס״ו"},
	{"א׳ דר״ח אדר ב׳", ws(hd(1), hq(adarII)), "ב׳ דר״ח טבת"},
	{"ר״ח סיון תשפ״ד", ws(hd(1), hm(sivan), hy(5784)), "ב׳ דר״ח טבת תשס״ו"},
	{"ב' דר\"ח אדר ב' תשפ\"ב, 4.3.2022", ws(hd(1), hq(adarII), hy(5782), hebDMY(dy(4)), hebDMY(mo(3)), yr(2022)), "ב' דר\"ח טבת תשס\"ו, 2.1.2006"},
	{"יום שני, ב׳ דר״ח אדר ב׳", ws(wd(mon), hd(1), hq(adarII)), "יום שני, ב׳ דר״ח טבת"},
	{"יום שישי, ב' דראש חודש אדר, (20.2.15)", ws(wd(fri), hd(1), hm(adar), dmy(dy(20)), dmy(mo(2)), yr(15)), "יום שני, ב' דראש חודש טבת, (2.1.06)"},
	{"ב' ראש חודש אדר תש\"פ", ws(hd(1), hm(adar), hy(5780)), "ב' דראש חודש טבת תשס\"ו"},
	{"Rosh Chodesh Kislev falls on Sunday, Dec 1", ws(hd(1), hm(kislev), wd(sun), mo(12), dy(1)), "Rosh Chodesh Tevet falls on Monday, Jan 2"},
}

func TestParseRoshChodeshDay(t *testing.T) {
	testParseCases(t, roshChodeshCases)
	for in, which := range map[string]int{"ר״ח": 0, "א׳ דר״ח": 1, "ב' דר\"ח": 2, "ב׳": 0, "": 0} {
		assert.Equal(t, which, parse.RoshChodeshDayOf(in), in)
	}
	r, err := parse.Parse("ב' דר\"ח אדר ב'")
	require.NoError(t, err)
	f, _ := r.Get(layout.HebrewDay)
	assert.Equal(t, layout.Element{Kind: layout.HebrewDay, Form: layout.RoshChodeshDay, Punct: layout.ASCII}, f.Element)
	for _, in := range []string{"ג׳ דר״ח אדר", "ר״ח", "ב׳ דר״ח 5784"} {
		_, err := parse.Parse(in)
		assert.ErrorIs(t, err, parse.ErrSyntax, in)
	}
}

// TestBareRoshChodeshField: "Rosh Chodesh" without a month is read after
// a civil date, as a HebrewDay in a Rosh Chodesh form and no Hebrew month;
// alone it still needs its month. After a Hebrew date, see
// TestBareRoshChodeshAfterHebrewDate.
func TestBareRoshChodeshField(t *testing.T) {
	for in, form := range map[string]layout.Form{
		"Monday, March 11, 2024 Rosh Chodesh": layout.RoshChodesh,
		"March 11, 2024 - ROSH CHODESH":       layout.RoshChodesh,
		"11 במרץ 2024 ראש חודש":               layout.RoshChodeshScript,
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			d, ok := r.Get(layout.HebrewDay)
			require.True(t, ok)
			assert.Equal(t, form, d.Form)
			_, ok = r.Get(layout.HebrewMonth)
			assert.False(t, ok)
		})
	}
	for _, in := range []string{"Rosh Chodesh", "Rosh Chodesh 5785"} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.Error(t, err)
		})
	}
}

// TestBareRoshChodeshAfterHebrewDate: "Rosh Chodesh" without a month
// (ראש חודש, ר״ח) that ends a dateline after a Hebrew day and month is
// read as that day named again, a HebrewDay in a Rosh Chodesh form marked
// Repeat, for package dateline to check: it was a syntax error, and scan
// read the date alone. Followed by another word, or with no Hebrew date
// before it, it is not.
func TestBareRoshChodeshAfterHebrewDate(t *testing.T) {
	for in, form := range map[string]layout.Form{
		"30 Cheshvan 5785, Rosh Chodesh":       layout.RoshChodesh,
		"Monday, 1 Kislev 5785 - Rosh Chodesh": layout.RoshChodesh,
		"1 Adar II 5784 Rosh Chodesh":          layout.RoshChodesh,
		"15 Cheshvan 5785, ROSH CHODESH.":      layout.RoshChodesh,
		"א׳ כסלו תשפ״ה, ראש חודש":              layout.RoshChodeshScript,
		"ל׳ חשון תשפ״ה, ר״ח":                   layout.RoshChodeshScript,
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			var bare []parse.Field
			for _, f := range r.Fields {
				if f.Kind == layout.HebrewDay && f.Flags&parse.Repeat != 0 {
					bare = append(bare, f)
				}
			}
			require.Len(t, bare, 1)
			assert.Equal(t, form, bare[0].Form)
			m, ok := r.Get(layout.HebrewMonth)
			require.True(t, ok)
			assert.Less(t, m.End, bare[0].Start, "the date's own month")
		})
	}
	for _, in := range []string{
		"30 Cheshvan 5785, Rosh Chodesh preparations",
		"Rosh Chodesh, 30 Cheshvan 5785",
		"30 Cheshvan 5785, Rosh Chodesh Rosh Chodesh",
	} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.Error(t, err)
		})
	}
}
