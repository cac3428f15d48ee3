package parse_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/internal/script"
)

// templateLayouts are layouts that have templates.
var templateLayouts = []string{
	layout.Header, layout.Full, layout.Published, layout.HebrewDate, layout.HebrewScript,
	"Mon, 02 Jan 2006 15:04:05 MST",
	"January 2, 2006 3:04 PM -07:00",
	"MONDAY 2 JANUARY 2 TEVET",
	"Monday, 2 Tevet, 5766 January 2, 2006",
	"Jan. 2, 2006 · 2 Teves 5766",
	"Sept. 2, '06",
	"2nd of Tevet, 5766",
	"01/02/2006 03:04:05 PM",
	"02.01.2006 15:04",
	"2006-01-02",
	"1/2/06 | 2 Tevet 5766",
	"Mon, 01/02 3:04 pm",
}

// sameAsParse checks that a template made from Parse(example) reads each
// input exactly as Parse does, when it reads it at all, and returns how
// many it read.
func sameAsParse(t *testing.T, example string, inputs []string) int {
	t.Helper()
	r, err := parse.Parse(example)
	require.NoError(t, err, example)
	tp, ok := parse.NewTemplate(&r)
	if !ok {
		return 0
	}
	named, _ := parse.NewTemplate(&r)
	parse.CompileNames(named)
	read := 0
	for _, in := range inputs {
		got, ok := tp.Match(nil, in)
		assert.Empty(t, stateAsMatch(tp, in, got, ok), in)
		assert.Empty(t, namedAsMatch(named, tp, in, got, ok), in)
		want, err := parse.Parse(in)
		if !ok {
			continue
		}
		read++
		if !assert.NoError(t, err, "%q matched %q, which Parse refuses", in, example) {
			continue
		}
		assert.Equal(t, want.Start, got.Start, in)
		assert.Equal(t, want.End, got.End, in)
		assert.Equal(t, want.Fields, got.Fields, "%q in the template of %q", in, example)
	}
	return read
}

// stateAsMatch checks that what template tp states of input is what it
// matches (got, ok), and says how it differs if not.
func stateAsMatch(tp *parse.Template, input string, got parse.Result, ok bool) string {
	var st parse.Statement
	stated, read := tp.State(input, &st)
	if read && !ok && tp.States() {
		return "read by State, not matched"
	}
	if !stated {
		return ""
	}
	if !ok {
		return "stated, not matched"
	}
	want := parse.Statement{Input: input, Start: got.Start, End: got.End}
	for i := range got.Fields {
		if f := &got.Fields[i]; f.Kind != layout.Literal && !want.Add(f) {
			return "stated with two fields of a kind"
		}
	}
	if l, own := tp.Layout(&got); own {
		want.Layout = l
	} else if st.Layout != "" && st.Layout == script.Latin1Spaces(string(got.AppendLayout(nil))) {
		// A name in a form the layout string does not show (Av of
		// another family), which State knows as such by the template's
		// names and Layout, from the fields alone, does not.
		want.Layout = st.Layout
	}
	if st != want {
		return fmt.Sprintf("stated %+v, matched %+v", st, want)
	}
	return ""
}

// namedAsMatch checks that template named, which knows its names by
// their writing (CompileNames), reads and states input as tp, which reads
// every field with the field readers, matched it (got, ok).
func namedAsMatch(named, tp *parse.Template, input string, got parse.Result, ok bool) string {
	got2, ok2 := named.Match(nil, input)
	if ok2 != ok {
		return fmt.Sprintf("matched %v by the names it knows, %v by the field readers", ok2, ok)
	}
	if msg := stateAsMatch(named, input, got2, ok2); msg != "" {
		return msg
	}
	if !ok {
		return ""
	}
	if got2.Start != got.Start || got2.End != got.End || !slices.Equal(got2.Fields, got.Fields) {
		return fmt.Sprintf("read %+v by the names it knows, %+v by the field readers", got2, got)
	}
	l2, own2 := named.Layout(&got2)
	l, own := tp.Layout(&got)
	if own2 && own && l2 != l {
		return fmt.Sprintf("layout %q by the names it knows, %q by the field readers", l2, l)
	}
	return ""
}

func TestTemplateReadsAsParse(t *testing.T) {
	start := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, layout := range templateLayouts {
		t.Run(layout, func(t *testing.T) {
			l := parse.Layout(layout)
			var inputs []string
			for d := 0; d < 800; d += 3 {
				tm := start.AddDate(0, 0, d).Add(time.Duration(d*7919) * time.Second)
				h := hebrew.DateOf(tm)
				inputs = append(inputs, l.Format(tm, h))
			}
			n := sameAsParse(t, layout, inputs)
			assert.Equal(t, len(inputs), n, "the template reads every dateline in its layout")
		})
	}
}

func TestTemplateRefuses(t *testing.T) {
	tests := []struct{ example, input string }{
		{layout.Header, "Saturday,  March 2nd | 22 Adar I 5784"},  // spacing
		{layout.Header, "Saturday, March 2nd | 22 Adar 1 5784"},   // another Adar style
		{layout.Header, "Saturday, March 2nd | 22 Adar I 5784 x"}, // more text
		{layout.Header, "Saturday, March 0th | 22 Adar I 5784"},   // not a day
		{layout.Published, "March 2, 2024 13:04 pm"},              // not a 12-hour time
		{layout.Published, "March 2, 2024 3:04"},                  // no am or pm
		{layout.HebrewScript, "ל״א אדר א׳ תשפ״ד"},                 // above 30: for Parse to report
		{layout.Header, "Saturday, March 2nd | 22 Adar 1 5784"},   // Adar 1 with a digit: for Parse
		{layout.Header, "Saturday, Mar Cheshvan 2nd | 22 Adar I 5784"},
		{layout.Full, "Saturday, March 2, 24 | 22 Adar I 5784"}, // not a year of the layout's
		// A genitive before its day, which Parse refuses: read after
		// "March 2, 2024" made the template, it was March 2.
		{"January 2, 2006", "marca 2, 2024"},
		{"January 2, 2006", "grudnia 2, 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.input, func(t *testing.T) {
			r, err := parse.Parse(tc.example)
			require.NoError(t, err)
			tp, ok := parse.NewTemplate(&r)
			require.True(t, ok)
			_, ok = tp.Match(nil, tc.input)
			assert.False(t, ok)
		})
	}
}

// TestTemplateReadsOtherForms: a template reads the same elements written
// in other forms (2 and 02, Sat and Saturday) as Parse reads them.
func TestTemplateReadsOtherForms(t *testing.T) {
	inputs := []string{
		"Saturday, March 2 | 22 Adar I 5784",
		"Sat, March 2nd | 22 Adar I 5784",
		"SATURDAY, MARCH 02 | 22 ADAR I 5784",
		"Saturday, Mar. 2nd | 22nd Adar I 5784",
		"Saturday, March 2nd | כ״ב אדר א׳ 5784",
	}
	assert.Equal(t, len(inputs), sameAsParse(t, layout.Header, inputs))
}

func TestNoTemplate(t *testing.T) {
	for _, example := range []string{
		"Mon. night Dec. 9 / 9 Kislev", // an evening
		"2-8 Cheshvan, 5778",           // a range
		"Purim 5784",                   // a holiday
		"Tues, Sept 5, 2023",           // words seen for one value
		"Yom Rivi'i, 6 Kislev, 5783",   // transliterated weekday
		"Rosh Chodesh Elul, 5743",      // Rosh Chodesh
		"יום חמישי 21. ספטמבר 2023",    // Hebrew-script Gregorian month
	} {
		t.Run(example, func(t *testing.T) {
			r, err := parse.Parse(example)
			require.NoError(t, err)
			_, ok := parse.NewTemplate(&r)
			assert.False(t, ok)
		})
	}
}

func TestTemplateCorpus(t *testing.T) {
	rows := readCorpus(t, corpusCommitted)
	var texts []string
	for _, row := range rows {
		texts = append(texts, row.text)
	}
	for _, example := range texts {
		if _, err := parse.Parse(example); err != nil {
			continue
		}
		sameAsParse(t, example, texts)
	}
}

// TestTemplateCorpusLayouts: the template of each corpus row reads the
// row's layout written for other days, in the row's language, as Parse
// does: the names a template knows by their writing (Saturday, mars,
// Adar I) read as the field readers read them.
func TestTemplateCorpusLayouts(t *testing.T) {
	start := time.Date(2023, time.March, 1, 9, 41, 0, 0, time.UTC)
	for _, row := range readCorpus(t, corpusCommitted) {
		r, err := parse.Parse(row.text)
		if err != nil {
			continue
		}
		if _, ok := parse.NewTemplate(&r); !ok {
			continue
		}
		l := r.Layout()
		var inputs []string
		for d := 0; d < 420; d += 11 { // every month, and every weekday
			tm := start.AddDate(0, 0, d)
			inputs = append(inputs, l.Format(tm, hebrew.DateOf(tm)))
		}
		sameAsParse(t, row.text, inputs)
	}
}

func FuzzTemplate(f *testing.F) {
	for _, l := range templateLayouts {
		f.Add(l, "Saturday, March 2nd | 22 Adar I 5784")
		f.Add(l, "September 28, 2022 10:39 am")
	}
	// A year after a sign after a time of day (-1999, no zone's offset)
	// made a template that read a zone's offset (-0702) as the year 702
	// (found by dateline's FuzzParse through the shared templates).
	f.Add("Mon Jan 2 5:04:05 -1999 ", "Mon Jan 2 5:04:05 -0702 ")
	// Four digits after an apostrophe, which Parse refuses ('2145), and
	// Nisan beside a Turkish name, which Parse reads as April (found by
	// templates of the corpus's rows reading mutations of them).
	f.Add("16 mar '14", "16 mar '2145")
	f.Add("27 maart / 14 niesan", "27 mart / 14 nisan")
	f.Add("Monday, 14 Nisan", "Cuma, 14 Nisan") // Nisan in a template's name table
	f.Add("Sunday, April 2nd | 11 Nisan 5783", "Pazar, April 2nd | 11 Nisan 2023")
	// Weekdays after Yom, which templates read since the command's
	// batches of Hebrew script went to the parser line by line.
	f.Add("יום שני, ב׳ בטבת ה׳תשס״ו", "יום שבת, ט״ז בתמוז ה׳תשס״ה")
	f.Add("יום ב׳, 2 בינואר 2006", "יום ו' ערב, 6 בינואר 2006")
	f.Add("Yom Sheni, 2 Tevet 5766", "Yom Shabbat, 7 Tevet 5766")
	f.Add("Friday | Yom Shishi, 5 Tishrei 5783", "Friday | Friday, 5 Tishrei 5783")
	// Numeric dates, which State reads since it settles their order:
	// in Hebrew text, beside an hour of the 24, and in neither.
	f.Add("05.02.1995 · ה׳ אדר א׳ תשנ״ה", "15.02.1995 · ט״ו אדר א׳ תשנ״ה")
	f.Add("01/03/2024 15:12", "12/03/2024 09:05")
	f.Add("02/03/2024 10:39 am", "12/12/2024 10:39 am")
	// The Gregorian Mar, which a template's table knows before a day in
	// digits, and Mar Cheshvan where that day would be.
	f.Add("Mar 14, 2005 | Adar 3, 5765", "Mar Cheshvan 14, 2005 | Adar 3, 5765")
	f.Add("Mar 14, 2005 | Adar 3, 5765", "Mar 2 Cheshvan, 2005 | Adar 3, 5765")
	f.Fuzz(func(t *testing.T, example, input string) {
		r, err := parse.Parse(example)
		if err != nil {
			return
		}
		tp, ok := parse.NewTemplate(&r)
		if !ok {
			return
		}
		named, _ := parse.NewTemplate(&r)
		parse.CompileNames(named)
		got, ok := tp.Match(nil, input)
		if msg := stateAsMatch(tp, input, got, ok); msg != "" {
			t.Fatalf("%q in the template of %q: %s", input, example, msg)
		}
		if msg := namedAsMatch(named, tp, input, got, ok); msg != "" {
			t.Fatalf("%q in the template of %q: %s", input, example, msg)
		}
		if !ok {
			return
		}
		want, err := parse.Parse(input)
		if err != nil {
			t.Fatalf("%q matched the template of %q, which Parse refuses: %v", input, example, err)
		}
		if want.Start != got.Start || want.End != got.End || len(want.Fields) != len(got.Fields) {
			t.Fatalf("%q: template read %+v, Parse %+v", input, got, want)
		}
		for i := range want.Fields {
			if want.Fields[i] != got.Fields[i] {
				t.Fatalf("%q field %d: template read %+v, Parse %+v", input, i, got.Fields[i], want.Fields[i])
			}
		}
		if l, ok := tp.Layout(&got); ok {
			if w := script.Latin1Spaces(string(want.AppendLayout(nil))); l != w {
				t.Fatalf("%q: the template's layout %q, Parse's %q", input, l, w)
			}
		}
	})
}

// TestTemplateYom: a layout whose weekday follows Yom, in Hebrew script
// or transliterated, has a template, which reads the layout written for
// every weekday as Parse does; one with a weekday in each calendar's
// words has none (the parser reads the second only in the other's words).
func TestTemplateYom(t *testing.T) {
	start := time.Date(2023, time.March, 1, 9, 41, 0, 0, time.UTC)
	for _, example := range []string{"יום שני, ב׳ בטבת ה׳תשס״ו", "יום ב׳, ב׳ בטבת תשס״ו", "Yom Sheni, 2 Tevet 5766"} {
		r, err := parse.Parse(example)
		require.NoError(t, err, example)
		_, ok := parse.NewTemplate(&r)
		require.True(t, ok, example)
		l := r.Layout()
		var inputs []string
		for d := 0; d < 420; d += 11 {
			tm := start.AddDate(0, 0, d)
			if tm.Weekday() != time.Saturday { // Shabbat is a word of its own
				inputs = append(inputs, l.Format(tm, hebrew.DateOf(tm)))
			}
		}
		assert.Equal(t, len(inputs), sameAsParse(t, example, inputs), example)
	}
	r, err := parse.Parse("Friday | Yom Shishi, 5 Tishrei 5783")
	require.NoError(t, err)
	_, ok := parse.NewTemplate(&r)
	assert.False(t, ok)
}

// TestTemplateStatesBareAdar: a template made on an Adar I day, once it
// knows its names, states the Adar of a common year in its own layout, as
// the template of any other day does: a batch whose first line falls in
// Adar I reads its ordinary lines by State, not by Match and the layout's
// fields.
func TestTemplateStatesBareAdar(t *testing.T) {
	for _, example := range []string{"Saturday, March 2, 2024 | 22 Adar I 5784", "Monday, January 1, 1990 | 4 Tevet 5750"} {
		r, err := parse.Parse(example)
		require.NoError(t, err)
		tp, ok := parse.NewTemplate(&r)
		require.True(t, ok)
		parse.CompileNames(tp)
		for _, in := range []string{"Monday, March 15, 1993 | 22 Adar 5753", "Tuesday, March 2, 2021 | 18 Adar 5781", "Monday, March 11, 2024 | 1 Adar II 5784"} {
			var st parse.Statement
			stated, read := tp.State(in, &st)
			require.True(t, read && stated, "%q in the template of %q", in, example)
			assert.Equal(t, "Monday, January 2, 2006 | 2 Tevet 5766", st.Layout, "%q in the template of %q", in, example)
			got, ok := tp.Match(nil, in)
			assert.Empty(t, stateAsMatch(tp, in, got, ok), in)
		}
	}
}

// TestTemplateStatesOtherSpelling: a Hebrew month in another of
// English's spellings than the template's (Shevat, Iyar and Adar Rishon
// read by the template of a Teves day; Teves by the template of a Nisan
// day, which all of them spell alike) is stated with its dateline's own
// layout string, the one Parse's fields write, so that the dateline is
// resolved from what State states rather than matched again for its
// fields: a site's pages, and a batch, mix the spellings.
func TestTemplateStatesOtherSpelling(t *testing.T) {
	inputs := []string{
		"Jan 17, 2015 | Shevat 26, 5775", "Jan 27, 2015 | Sh'vat 7, 5775", "Apr 22, 2015 | Iyar 3, 5775", "Apr 23, 2015 | Iyyar 4, 5775",
		"Feb 25, 1997 | Adar Rishon 18, 5757", "Feb 26, 1997 | Adar I 19, 5757", "Jan 1, 2015 | Teves 10, 5775", "Jan 2, 2015 | Tevet 11, 5775",
	}
	for _, example := range []string{"Jan 2, 2006 | Teves 2, 5766", "Apr 18, 1990 | Nisan 23, 5750", "Jan 2, 2006 | Tevet 2, 5766"} {
		r, err := parse.Parse(example)
		require.NoError(t, err)
		tp, ok := parse.NewTemplate(&r)
		require.True(t, ok)
		parse.CompileNames(tp)
		for _, in := range inputs {
			var st parse.Statement
			stated, read := tp.State(in, &st)
			require.True(t, read && stated, "%q in the template of %q", in, example)
			want, err := parse.Parse(in)
			require.NoError(t, err, in)
			assert.Equal(t, script.Latin1Spaces(string(want.AppendLayout(nil))), st.Layout, "%q in the template of %q", in, example)
			got, ok := tp.Match(nil, in)
			assert.Empty(t, stateAsMatch(tp, in, got, ok), in)
		}
	}
}

// TestTemplateStatesNumeric: a template of a layout with a numeric date
// states the datelines it matches, settling the order of an ambiguous one
// as Match does (day first in Hebrew text or beside an hour of the 24),
// and with the layout string of each writing of the numbers (5 and 05);
// one whose numbers read in the other order only is not its layout. A
// Hebrew-text dateline whose numbers read both ways makes a template too.
func TestTemplateStatesNumeric(t *testing.T) {
	for _, example := range []string{
		"05.02.1995 · ה׳ אדר א׳ תשנ״ה", "15.02.1995 · ט״ו אדר א׳ תשנ״ה", "01/03/2024 15:12",
		"02/03/2024 10:39 am", "3/2/2024", "2024-03-02 10:39", "12/25/2023 | 13 Tevet 5784", "25/12/23",
	} {
		r, err := parse.Parse(example)
		require.NoError(t, err, example)
		l := r.Layout()
		var inputs []string
		for d := 0; d < 800; d += 13 {
			tm := time.Date(2023, time.March, 1, 9, 41, 0, 0, time.UTC).AddDate(0, 0, d)
			inputs = append(inputs, l.Format(tm, hebrew.DateOf(tm)))
		}
		assert.NotZero(t, sameAsParse(t, example, inputs), example)
		tp, ok := parse.NewTemplate(&r)
		require.True(t, ok, example)
		require.True(t, tp.States(), example)
		parse.CompileNames(tp)
		for _, in := range inputs {
			var st parse.Statement
			stated, read := tp.State(in, &st)
			_, matched := tp.Match(nil, in)
			assert.Equal(t, matched, read && stated, "%q in the template of %q", in, example)
		}
	}
}

// TestTemplateKnowsMarBeforeADay: the Gregorian Mar, which a template's
// table leaves to the field readers where Mar Cheshvan could be read in
// its place, is a name the table knows before a day in digits; a
// dateline with Mar Cheshvan there does not read in the layout.
func TestTemplateKnowsMarBeforeADay(t *testing.T) {
	r, err := parse.Parse("Apr 18, 1990 | Nisan 23, 5750")
	require.NoError(t, err)
	tp, ok := parse.NewTemplate(&r)
	require.True(t, ok)
	parse.CompileNames(tp)
	in := "Mar 14, 2005 | Adar II 3, 5765"
	var st parse.Statement
	stated, read := tp.State(in, &st)
	require.True(t, read && stated, in)
	got, ok := tp.Match(nil, in)
	assert.Empty(t, stateAsMatch(tp, in, got, ok), in)
	want, err := parse.Parse(in)
	require.NoError(t, err)
	assert.Equal(t, want.Fields, got.Fields)
	for _, in := range []string{"Mar Cheshvan 14, 2005 | Adar II 3, 5765", "Mar 2 Cheshvan, 2005 | Adar 3, 5765"} {
		_, read := tp.State(in, &st)
		_, ok := tp.Match(nil, in)
		assert.False(t, read || ok, in)
	}
}
