package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// fixadvaRef is the reference date of the adversarial review's commands
// (March 2, 2024).
var fixadvaRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// TestFixadvARangeAcrossRoshHashanaCivilYear: a range of Hebrew days that
// crosses Rosh Hashana, with a Gregorian year after it, is where it falls
// in that Gregorian year: "29 Elul – 2 Tishrei, 2024" was read a year
// early, September 15-17, 2023, with a warning that 2023 was read as the
// Gregorian year, as the year after a range is put back to its start's
// where the range crosses into it (found trying the command as an
// adversary). Ranges in one Hebrew year, and a Hebrew year after the
// range, are as before.
func TestFixadvARangeAcrossRoshHashanaCivilYear(t *testing.T) {
	for _, tc := range []struct{ text, start, end, heb, endHeb string }{
		{"29 Elul – 2 Tishrei, 2024", "2024-10-02", "2024-10-04", "29 Elul 5784", "2 Tishrei 5785"},
		{"כ״ט אלול – ב׳ תשרי 2024", "2024-10-02", "2024-10-04", "29 Elul 5784", "2 Tishrei 5785"},
		{"Elul 29 – Tishrei 2, 2024", "2024-10-02", "2024-10-04", "29 Elul 5784", "2 Tishrei 5785"},
		{"28 Elul - 3 Tishrei, 2024", "2024-10-01", "2024-10-05", "28 Elul 5784", "3 Tishrei 5785"},
		{"20 Elul – 2 Tishrei, 2024", "2024-09-23", "2024-10-04", "20 Elul 5784", "2 Tishrei 5785"},
		{"29 Elul – 2 Tishrei, 2025", "2025-09-22", "2025-09-24", "29 Elul 5785", "2 Tishrei 5786"},
		{"29 Elul – 2 Tishrei, 1990", "1990-09-19", "1990-09-21", "29 Elul 5750", "2 Tishrei 5751"},
		// Near misses, as before: a Hebrew year, and ranges in one
		// Hebrew year.
		{"29 Elul – 2 Tishrei, 5785", "2024-10-02", "2024-10-04", "29 Elul 5784", "2 Tishrei 5785"},
		{"1-2 Tishrei, 2024", "2024-10-03", "2024-10-04", "1 Tishrei 5785", "2 Tishrei 5785"},
		{"25 Kislev – 2 Tevet, 2024", "2024-12-26", "2025-01-02", "25 Kislev 5785", "2 Tevet 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := dateline.Check(tc.text, fixadvaRef)
			require.NotNil(t, r.Dateline, "%v", r.Problems)
			assert.Empty(t, severityCodesOf(r.Problems, dateline.Error), "%v", r.Problems)
			assert.Equal(t, tc.start, r.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, r.Dateline.Hebrew.String())
			require.Len(t, r.Also, 1)
			assert.Equal(t, tc.end, r.Also[0].Time.Format(time.DateOnly))
			assert.Equal(t, tc.endHeb, r.Also[0].Hebrew.String())
		})
	}
	// The warning names the year as written, and the Hebrew year that
	// would say so: the end's.
	r := dateline.Check("29 Elul – 2 Tishrei, 2024", fixadvaRef)
	require.Len(t, r.Problems, 1)
	assert.Equal(t, dateline.CodeYearUnlikely, r.Problems[0].Code)
	assert.Contains(t, r.Problems[0].Message, "2024 was read as the Gregorian year")
	assert.Contains(t, r.Problems[0].Message, "give the Hebrew year, 5785,")
	// scan reads it so too.
	m := oneMatch(t, "The holiday runs 29 Elul – 2 Tishrei, 2024 this year.", fixadvaRef)
	assert.Equal(t, "2024-10-02", m.Dateline.Time.Format(time.DateOnly))
}

// severityCodesOf returns the codes of problems of severity sev.
func severityCodesOf(problems []dateline.Problem, sev dateline.Severity) []dateline.Code {
	var codes []dateline.Code
	for _, p := range problems {
		if p.Severity == sev {
			codes = append(codes, p.Code)
		}
	}
	return codes
}

// TestFixadvAAdarDigitDay: a bare Adar with the digit 1 after it, in a
// leap year with nothing else to say which Adar, is refused: Adar 1 is a
// spelling of Adar I, a month with no day, or the 1st of an Adar it does
// not name. "Adar 1 5784" was read as 1 Adar II, with a warning that
// nothing said which Adar (found trying the command as an adversary). A
// Gregorian date or a weekday that says which Adar, a common year, the
// digit 2 (Adar II either way) and a day of two digits are as before.
func TestFixadvAAdarDigitDay(t *testing.T) {
	for _, text := range []string{"Adar 1 5784", "Adar 1, 5784", "adar 1 5787", "Adar 1, 5782"} {
		t.Run(text, func(t *testing.T) {
			r := dateline.Check(text, fixadvaRef)
			assert.Equal(t, []dateline.Code{dateline.CodeAdarAmbiguous}, severityCodesOf(r.Problems, dateline.Error))
		})
	}
	for _, tc := range []struct{ text, day, heb string }{
		{"February 10, 2024 | Adar 1 5784", "2024-02-10", "1 Adar I 5784"},
		{"March 11, 2024 | Adar 1 5784", "2024-03-11", "1 Adar II 5784"},
		{"Monday, Adar 1 5784", "2024-03-11", "1 Adar II 5784"},
		{"Adar 1 5785", "2025-03-01", "1 Adar 5785"},
		{"Adar 2 5784", "2024-03-12", "2 Adar II 5784"},
		{"Adar 15 5784", "2024-03-25", "15 Adar II 5784"},
		{"Adar 10 5784", "2024-03-20", "10 Adar II 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := dateline.Check(tc.text, fixadvaRef)
			assert.Empty(t, severityCodesOf(r.Problems, dateline.Error), "%v", r.Problems)
			assert.Equal(t, tc.day, r.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, r.Dateline.Hebrew.String())
		})
	}
}

// TestFixadvAAvoidedYearLetters: the years whose letters, largest first,
// would spell a word are written with their last two letters swapped, as
// Hebrew texts write them: 5744 as תשד״מ (not שמד), 5698 as תרח״צ (not
// רצח). "א׳ תשרי תשד״מ" was no date, and scan read "בי״ד באדר ב׳ תשד״מ"
// as 14 Adar II 5784 with only an info that the year was inferred; the
// writer wrote תשמ״ד. The plain order still reads.
func TestFixadvAAvoidedYearLetters(t *testing.T) {
	checkDayHebs(t, fixadvaRef, []struct{ text, day, heb string }{
		{"א׳ תשרי תשד״מ", "1983-09-08", "1 Tishrei 5744"},
		{"א׳ תשרי ה׳תשד״מ", "1983-09-08", "1 Tishrei 5744"},
		{"י״ד אדר ב׳ תשד״מ", "1984-03-18", "14 Adar II 5744"},
		{"נולד בי״ד באדר ב׳ תשד״מ בירושלים", "1984-03-18", "14 Adar II 5744"},
		{"הבר מצווה נערכה בכ״ח אייר תרח״צ.", "1938-05-29", "28 Iyyar 5698"},
		{"א׳ תשרי תרח\"צ", "1937-09-06", "1 Tishrei 5698"},
		{"The event took place on 1 Tishrei תשד\"מ in Haifa.", "1983-09-08", "1 Tishrei 5744"},
		// The plain order, as before.
		{"א׳ תשרי תשמ״ד", "1983-09-08", "1 Tishrei 5744"},
		{"כ״ח אייר תרצ״ח", "1938-05-29", "28 Iyyar 5698"},
	})
	for _, tc := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(1983, time.September, 8, 0, 0, 0, 0, time.UTC), "א׳ תשרי תשד״מ"},
		{time.Date(1937, time.September, 6, 0, 0, 0, 0, time.UTC), "א׳ תשרי תרח״צ"},
		{time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC), "כ״ב אדר א׳ תשפ״ד"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			l, err := dateline.LayoutOf("כ״ב אדר א׳ תשפ״ד")
			require.NoError(t, err)
			d := dateline.New(tc.day)
			assert.Equal(t, tc.want, l.Format(d.Time, d.Hebrew))
		})
	}
}

// TestFixadvAAvoidedYearLetterNames: a year named by its letters (see
// TestLetterNamedYear) reads in the order that avoids the word, and in the
// plain order, as before; a layout writes the avoiding order, as the
// numeral is written.
func TestFixadvAAvoidedYearLetterNames(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Alef Tishrei, Tof Shin Daled Mem", "1983-09-08"},
		{"Alef Tishrei, Tof Shin Mem Daled", "1983-09-08"},
		{"Chof Ches Iyar, Tof Reish Ches Tzadik", "1938-05-29"},
		{"Chof Ches Iyar, Tof Reish Tzadik Ches", "1938-05-29"},
	})
	l, err := dateline.LayoutOf("Tes Vov Cheshvan, Tof Shin Nun Aleph")
	require.NoError(t, err)
	d := dateline.New(time.Date(1983, time.September, 8, 12, 0, 0, 0, time.UTC))
	assert.Equal(t, "Alef Tishrei, Tof Shin Daled Mem", l.Format(d.Time, d.Hebrew))
}

// TestFixadvASentenceLetterYear: a Hebrew year in letters that the
// sentence of a date without a year names, with its gershayim, makes the
// info that the year was inferred a warning, as the year in digits does
// (see TestYearUnlinked): 'בשנת תש"ח, ביום ה׳ באייר, הוכרזה המדינה' was
// 5 Iyyar 5784 with an info alone. A sentence whose letters name the year
// read, a word without the gershayim (תשע, nine), an abbreviation that
// is no modern year (ת"א, Tel Aviv) and another sentence's year leave
// the info.
func TestFixadvASentenceLetterYear(t *testing.T) {
	inferred := func(t *testing.T, text string) dateline.Problem {
		t.Helper()
		ms := dateline.Find(text, fixadvaRef)
		require.NotEmpty(t, ms)
		for _, p := range ms[len(ms)-1].Problems {
			if p.Code == dateline.CodeYearInferred {
				return p
			}
		}
		t.Fatalf("no year-inferred problem: %v", ms[len(ms)-1].Problems)
		return dateline.Problem{}
	}
	for _, tc := range []struct {
		text string
		year string
	}{
		{`בשנת תש"ח, ביום ה׳ באייר, הוכרזה המדינה`, "5708"},
		{"בשנת ה׳תש״ח, ביום ה׳ באייר, הוכרזה המדינה", "5708"},
		{`בשנת תשפ"ה, ביום ה׳ באייר, יתקיים הטקס`, "5785"},
		{`In the year תש"ח, on 5 Iyar, the state was declared.`, "5708"},
		{"הטקס ייערך ביום י׳ בניסן תשפ״ה בערב", ""}, // its own year: no inferred year
		{"ביום ה׳ באייר תשכ״ז, שנת תשכ״ז", ""},
		{"הכנס נערך בכ״ב בשבט, בשנת תשל״ח", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if tc.year == "" {
				ms := dateline.Find(tc.text, fixadvaRef)
				require.NotEmpty(t, ms)
				for _, p := range ms[0].Problems {
					assert.NotEqual(t, dateline.CodeYearInferred, p.Code, "%v", ms[0].Problems)
				}
				return
			}
			p := inferred(t, tc.text)
			assert.Equal(t, dateline.Warning, p.Severity)
			assert.Contains(t, p.Message, "its sentence names "+tc.year)
		})
	}
	for _, text := range []string{
		`בשנת תשפ"ד, ביום ה׳ באייר, יתקיים הטקס`, // the year read
		"ביום ה׳ באייר יתקיים הטקס בתל אביב",
		"תשע אנשים הגיעו ביום ה׳ באייר",
		`הכנס בת"א ייערך ביום ה׳ באייר`,
		`השנה הייתה תש"ח. ביום ה׳ באייר יתקיים הטקס`,
	} {
		t.Run(text, func(t *testing.T) {
			assert.Equal(t, dateline.Info, inferred(t, text).Severity)
		})
	}
}

// TestFixadvAChanukahDaysCivilYear: a day of Chanukah named with a
// Gregorian year is of the Chanukah that begins in December of that
// year, as "Chanukah 2024" is Chanukah 5785 (December 26, 2024), its
// January days included: "7th day of Chanukah 2024" was "no Hebrew year
// has Chanukah in 2024". A Chanukah of the year before that runs into the
// year named is not it ("7th day of Chanukah 2025" is December 21, 2025,
// with no warning of a second day); other occasions are as before.
func TestFixadvAChanukahDaysCivilYear(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"7th day of Chanukah 2024", "2025-01-01", "1 Tevet 5785"},
		{"last day of Chanukah 2024", "2025-01-02", "2 Tevet 5785"},
		{"Zot Chanukah 2024", "2025-01-02", "2 Tevet 5785"},
		{"Chanukah: 8th Day 2024", "2025-01-02", "2 Tevet 5785"},
		{"Wednesday, 7th day of Chanukah 2024", "2025-01-01", "1 Tevet 5785"},
		{"7th day of Chanukah 2025", "2025-12-21", "1 Tevet 5786"},
		{"Zot Chanukah 2025", "2025-12-22", "2 Tevet 5786"},
		// As before.
		{"Chanukah 2024", "2024-12-26", "25 Kislev 5785"},
		{"6th day of Chanukah 2024", "2024-12-31", "30 Kislev 5785"},
		{"Erev Chanukah 2024", "2024-12-25", "24 Kislev 5785"},
		{"7th day of Chanukah 2023", "2023-12-14", "2 Tevet 5784"},
		{"Rosh Chodesh Tevet 2024", "2024-12-31", "30 Kislev 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := dateline.Check(tc.text, fixadvaRef)
			assert.Empty(t, r.Problems)
			assert.Equal(t, tc.day, r.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, r.Dateline.Hebrew.String())
		})
	}
	// An occasion of one day twice in the year is still warned of.
	r := dateline.Check("Asara B'Tevet 2020", fixadvaRef)
	assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, severityCodesOf(r.Problems, dateline.Warning))
}
