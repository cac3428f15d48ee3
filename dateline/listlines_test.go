package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestListLines: dates one a line, as a page's list, archive or sidebar
// prints them, were read two lines as one dateline whose calendars or
// occasion disagree, an error on two right dates ("Tuesday, October 29,
// 2019 - 6:45pm\n24 Kislev, 5716"; found scanning the corpus's rows as
// one text, where 82 such pairs had an error). Two lines that each read
// alone as a whole date with its own year, without a fault, and more than
// three days apart are two matches. A masthead whose Hebrew date on the
// next line is a day or two off its civil date is one dateline still,
// and its fault is reported; so is a line that adds no date of its own
// (a weekday, an occasion without its year).
func TestListLines(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		text  string
		found []string
		ok    bool // each match without an error
	}{
		{"Tuesday, October 29, 2019 - 6:45pm\n24 Kislev, 5716", []string{"Tuesday, October 29, 2019 - 6:45pm", "24 Kislev, 5716"}, true},
		{"Gimel Tamuz 5754\nThursday, June 22, 2023", []string{"Gimel Tamuz 5754", "Thursday, June 22, 2023"}, true},
		{"Recent posts\nMar 4, 2015\nא’ תשרי ה-תשע’ח\n", []string{"Mar 4, 2015", "א’ תשרי ה-תשע’ח"}, true},
		{"Roş Haşana 5779\nmarți, 12 iunie 2018, 12:50", []string{"Roş Haşana 5779", "marți, 12 iunie 2018, 12:50"}, true},
		{"10 Tevet 5786\n3 de jul. de 2019\n9 Av 5784", []string{"10 Tevet 5786", "3 de jul. de 2019", "9 Av 5784"}, true},
		// One dateline: its two calendars agree, or are a day apart,
		// which is a fault of the masthead, not a list.
		{"Friday, March 1, 2024\n21 Adar I 5784", []string{"Friday, March 1, 2024\n21 Adar I 5784"}, true},
		{"Friday, March 1, 2024\n20 Adar I 5784", []string{"Friday, March 1, 2024\n20 Adar I 5784"}, false},
		// A line without a date of its own stays the dateline's.
		{"10th of Tevet 5668 [15 Dec 1907]\nFriday", []string{"10th of Tevet 5668 [15 Dec 1907]\nFriday"}, false},
	} {
		ms := foundLines(t, tc.text, tc.found, tc.ok, ref)
		// Read on from a match's end, as a reader of pieces does, the
		// rest is found the same.
		for i := range ms {
			rest := dateline.FindFrom(tc.text, ms[i].End, ref)
			assert.Equal(t, len(ms)-i-1, len(rest), "%q from %d", tc.text, ms[i].End)
			if len(rest) > 0 && len(rest) == len(ms)-i-1 {
				assert.Equal(t, ms[i+1:], rest, "%q from %d", tc.text, ms[i].End)
			}
		}
	}
}

// TestOccasionAtLineBreak: an occasion's name at the end of one line and
// a date on the next that is not the occasion's (two columns of a table,
// or a wrapped line) were one dateline, the error that the occasion is not
// the date's: "Pesach\n22 Adar I 5784" said "Pesach 5784 is 15 Nisan 5784
// (April 23, 2024), not 22 Adar I 5784", and the date, right on its own
// line, was lost. The date's line is read alone. An occasion and its own
// date on two lines agree and stay one dateline; the two on one line,
// parted by a space, stay the occasion's error. Days verified with hd.
func TestOccasionAtLineBreak(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		text  string
		found []string
		ok    bool   // each match without an error
		day   string // the last match's
	}{
		{"Pesach\n22 Adar I 5784", []string{"22 Adar I 5784"}, true, "2024-03-02"},
		{"22 Adar I 5784\nPesach\n", []string{"22 Adar I 5784"}, true, "2024-03-02"},
		{"Purim\nMarch 2, 2024", []string{"March 2, 2024"}, true, "2024-03-02"},
		{"Chanukah\nכ״ב אדר א׳ תשפ״ד", []string{"כ״ב אדר א׳ תשפ״ד"}, true, "2024-03-02"},
		{"Pessach\nSamstag, 2. März 2024", []string{"Samstag, 2. März 2024"}, true, "2024-03-02"},
		// Near misses: the occasion's own date; one line.
		{"Purim\n14 Adar II 5784", []string{"Purim\n14 Adar II 5784"}, true, "2024-03-24"},
		{"Pesach 22 Adar I 5784", []string{"Pesach 22 Adar I 5784"}, false, "2024-03-02"},
	} {
		ms := foundLines(t, tc.text, tc.found, tc.ok, ref)
		if len(ms) > 0 {
			assert.Equal(t, tc.day, ms[len(ms)-1].Dateline.Time.Format("2006-01-02"), tc.text)
		}
	}
}

// foundLines fails unless Find finds in text the matches found, each OK
// if ok, and returns them.
func foundLines(t *testing.T, text string, found []string, ok bool, ref dateline.Option) []dateline.Match {
	t.Helper()
	var got []string
	all := true
	ms := dateline.Find(text, ref)
	for _, m := range ms {
		got = append(got, text[m.Start:m.End])
		all = all && m.Report.OK()
	}
	assert.Equal(t, found, got, text)
	assert.Equal(t, ok, all, text)
	return ms
}
