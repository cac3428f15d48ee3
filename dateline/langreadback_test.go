package dateline_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// readsAs reports whether s reads, with day as the reference, as day with
// no error, read first (by a Reader of its own): the package's Reader
// reads a text in the layouts it read before, and read "tor., apr. 19 ·
// 24 Nisan" as no date after other Danish and Norwegian days.
func readsAs(s string, day time.Time) bool {
	r := dateline.NewReader(dateline.Reference(day)).Check(s)
	got := r.Dateline.Time
	return r.OK() && got.Year() == day.Year() && got.YearDay() == day.YearDay()
}

// TestLayoutInReadsBack: a layout written in another language by In
// writes every day that Validate accepts as text that reads back as that
// day, and what Validate refuses as %!, which reads as no date. In wrote
// Turkish's "Ocak 2" for April 3, 2020 as "Nisan 3", read as 3 Nisan
// 5780 (March 28) with no problem; Danish's "tor., jan. 16 · 19 Tevet"
// read as 1990, Polish's "stycznia 7, 2020" and Hungarian's short
// layouts not at all (an adversarial review's eighth finding). A day the
// English layout itself does not write so that it reads back is not the
// language's doing, and is left out.
func TestLayoutInReadsBack(t *testing.T) {
	if testing.Short() {
		t.Skip("800 days of each language's layouts")
	}
	layouts := []string{
		format.Header, format.Full, format.Published,
		"Monday, January 2nd, 2006 | 2 Tevet 5766 | Chanukah: 8th Day",
		"Mon, Jan 2 · 2 Tevet", "January 2nd", "January 2, 2006", "2 Jan 2006",
	}
	start := time.Date(1990, time.January, 1, 12, 0, 0, 0, time.UTC)
	for _, ls := range layouts {
		en, err := dateline.Compile(ls)
		require.NoError(t, err, ls)
		for _, lang := range format.Langs()[1:] {
			t.Run(lang.String()+"/"+ls, func(t *testing.T) {
				l := en.In(lang)
				refused := 0
				for i := range 800 {
					day := start.AddDate(0, 0, i*18) // 1990-01-01 to 2029-05-18
					d := dateline.New(day)
					s := l.Format(d.Time, d.Hebrew)
					if err := l.Validate(d.Time, d.Hebrew); err != nil {
						require.ErrorIs(t, err, format.ErrUnwritable, s)
						require.Contains(t, s, "%!", "%s refused (%v)", day.Format(time.DateOnly), err)
						refused++
						continue
					}
					if !readsAs(en.Format(d.Time, d.Hebrew), day) {
						continue
					}
					require.True(t, readsAs(s, day), "%q for %s (layout %q) does not read back", s, day.Format(time.DateOnly), l.String())
				}
				if refused > 0 {
					t.Logf("%q refuses %d of 800 days", l.String(), refused)
				}
			})
		}
	}
}

// TestLayoutInRefusesMonth: the days whose names a language writes so
// that they read as another day, or as none, are refused, and the others
// written: Turkish's April, Nisan, before a day reads as the Hebrew
// month, and after it with a Gregorian year too ("3 Nisan 2024");
// Polish's genitive before its day ("marca 2, 2024") reads as none; a
// name no other language or calendar spells so reads back.
func TestLayoutInRefusesMonth(t *testing.T) {
	tests := []struct {
		layout string
		lang   format.Lang
		day    string // hd: Friday = 9 Nisan 5780; Wednesday = 24 Adar II 5784
		ok     bool
	}{
		{"January 2nd", format.Turkish, "2020-04-03", false},             // Nisan 3: 3 Nisan 5780
		{"January 2nd", format.Turkish, "2020-05-03", true},              // Mayıs 3
		{"January 2nd", format.Turkish, "2020-03-03", true},              // Mart 3
		{"2 January 2006", format.Turkish, "2024-04-03", false},          // 3 Nisan 2024
		{"2 January 2006", format.Turkish, "2024-03-02", true},           // 2 Mart 2024
		{"Monday, January 2, 2006", format.Turkish, "2024-04-03", false}, // Çarşamba, Nisan 3, 2024: 3 Nisan of the year 2024
		{"Monday, 2 January 2006", format.Turkish, "2024-04-03", true},   // Çarşamba, 3 Nisan 2024: the weekday says April
		{"January 2, 2006", format.Polish, "2024-03-02", false},          // marca 2, 2024: the genitive before its day
		{"2 January 2006", format.Polish, "2024-03-02", true},            // 2 marca 2024
		{"January 2nd", format.French, "2020-04-03", true},               // avril 3
		{"January 2nd", format.German, "2020-04-03", true},               // April 3
	}
	for _, tc := range tests {
		t.Run(tc.lang.String()+"/"+tc.layout+"/"+tc.day, func(t *testing.T) {
			en, err := dateline.Compile(tc.layout)
			require.NoError(t, err)
			l := en.In(tc.lang)
			day, err := time.Parse(time.DateOnly, tc.day)
			require.NoError(t, err)
			day = day.Add(12 * time.Hour)
			d := dateline.New(day)
			s := l.Format(d.Time, d.Hebrew)
			err = l.Validate(d.Time, d.Hebrew)
			if tc.ok {
				require.NoError(t, err, s)
				assert.True(t, readsAs(s, day), s)
				return
			}
			require.ErrorIs(t, err, format.ErrUnwritable, s)
			assert.True(t, strings.Contains(s, "%!Month("+strconv.Itoa(int(day.Month()))+")"), s)
		})
	}
}
