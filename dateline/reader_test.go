package dateline_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestReaderAgreesWithCheck: a Reader reads every corpus row as Check,
// Parse and Find do with the same options, whatever layouts it has read
// before (each row is read twice, the second time through the template
// the first left).
func TestReaderAgreesWithCheck(t *testing.T) {
	rows := readCorpus(t)
	opts := []dateline.Option{dateline.Reference(corpusReference)}
	rd := dateline.NewReader(opts...)
	for _, row := range rows {
		want := dateline.Check(row.text, opts...)
		for range 2 {
			assert.Equal(t, want, rd.Check(row.text), "line %d: %q", row.line, row.text)
		}
		wantDL, wantErr := dateline.Parse(row.text, opts...)
		gotDL, gotErr := rd.Parse(row.text)
		assert.Equal(t, wantDL, gotDL, "line %d: %q", row.line, row.text)
		assert.Equal(t, wantErr, gotErr, "line %d: %q", row.line, row.text)
		assert.Equal(t, dateline.Find(row.text, opts...), rd.Find(row.text), "line %d: %q", row.line, row.text)
	}
}

// TestReaderLayoutLatin1: a dateline read the first time, by the parser,
// and again, by the template the first read left, gives one layout, in
// UTF-8, where a byte 0xA0 of a Latin-1 page stands for its no-break
// space (FuzzCheck's find).
func TestReaderLayoutLatin1(t *testing.T) {
	rd := dateline.NewReader()
	first := rd.Check(" DeC\xa0\xa01")
	assert.Equal(t, "Jan\u00a0\u00a02", first.Layout)
	for range 2 {
		assert.Equal(t, first, rd.Check(" DeC\xa0\xa01"))
	}
}

// TestReaderOptions: a Reader keeps its options for every call.
func TestReaderOptions(t *testing.T) {
	jerusalem, err := time.LoadLocation("Asia/Jerusalem")
	require.NoError(t, err)
	rd := dateline.NewReader(dateline.In(jerusalem), dateline.DayFirst())
	d, err := rd.Parse("03/02/2024 9:00")
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, time.February, 3, 9, 0, 0, 0, jerusalem), d.Time)
	ms := rd.Find("Posted 03/02/2024 9:00 in the morning")
	require.Len(t, ms, 1)
	assert.Equal(t, d, ms[0].Dateline)
}

// TestReaderConcurrent: one Reader serves many goroutines reading many
// layouts at once (run with -race).
func TestReaderConcurrent(t *testing.T) {
	rd := dateline.NewReader(dateline.Reference(corpusReference))
	inputs := []string{
		"Saturday, March 2nd | 22 Adar I 5784",
		"September 28, 2022 10:39 am",
		"Saturday, March 2, 2024 | 22 Adar I 5784",
		"כ״ב באדר א׳ תשפ״ד (2.3.2024)",
		"Friday, March 2nd | 22 Adar I 5784",
	}
	want := make([]dateline.Report, len(inputs))
	for i, s := range inputs {
		want[i] = dateline.Check(s, dateline.Reference(corpusReference))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 200 {
				i := (g + k) % len(inputs)
				assert.Equal(t, want[i], rd.Check(inputs[i]))
			}
		})
	}
	wg.Wait()
}

func ExampleReader() {
	rd := dateline.NewReader(dateline.Reference(time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)))
	for _, s := range []string{
		"Saturday, March 2nd | 22 Adar I 5784",
		"Sunday, March 3rd | 23 Adar I 5784",
		"Monday, March 3rd | 24 Adar I 5784",
	} {
		rep := rd.Check(s)
		if rep.OK() {
			fmt.Println(rep.Dateline.Time.Format("2006-01-02"), rep.Dateline.Hebrew)
			continue
		}
		fmt.Println(rep.Problems[0].Code, rep.Problems[0].Message)
	}
	// Output:
	// 2024-03-02 22 Adar I 5784
	// 2024-03-03 23 Adar I 5784
	// calendar Monday, 24 Adar I 5784 is March 4, 2024, not March 3, 2024
}

// TestReaderMixedLayouts: a Reader that has read several layouts, which
// it tells apart by their punctuation before a template reads them, reads
// datelines of each in turn, and of a layout whose punctuation varies (a
// zone's offset with or without its colon), as Check does.
func TestReaderMixedLayouts(t *testing.T) {
	lines := []string{
		"Saturday, March 2nd | 22 Adar I 5784",
		"September 28, 2022 10:39 am",
		"Friday, March 1, 2024 | 21 Adar I 5784",
		"2024-03-01T10:39:00+02:00",
		"2024-03-01T10:39:00+0200",
		"Friday, March 2, 2024 | 22 Adar I 5784", // wrong weekday
		"01/03/2024",
		"Sunday, March 3rd | 23 Adar I 5784",
		"2024-03-04T08:00:00+0100",
		"2024-03-04T08:00:00+01:00",
		"September 30, 2022 10:39 pm",
	}
	opts := []dateline.Option{dateline.Reference(corpusReference)}
	rd := dateline.NewReader(opts...)
	for round := range 3 {
		for _, s := range lines {
			assert.Equal(t, dateline.Check(s, opts...), rd.Check(s), "round %d: %q", round, s)
			wantDL, wantErr := dateline.Parse(s, opts...)
			gotDL, gotErr := rd.Parse(s)
			assert.Equal(t, wantDL, gotDL, "round %d: %q", round, s)
			assert.Equal(t, wantErr, gotErr, "round %d: %q", round, s)
		}
	}
}

// TestReaderNumericOrders: a Reader that has read numeric dates in one
// order and writing reads those of every other as a Reader that has read
// nothing does, its Layout included: a template of 2024/12/28 gives
// 01/30/2024 the layout 01/02/2006, not its own 2006/01/02.
func TestReaderNumericOrders(t *testing.T) {
	lines := []string{
		"2024/12/28", "01/30/2024", "2024/3/2", "3/28/2024", "30/01/2024",
		"2024-12-28", "28.01.2024", "2024.12.28", "2024-3-28", "01/30/24",
		"2024/12/28 10:39", "01/30/2024 10:39",
	}
	opts := []dateline.Option{dateline.Reference(corpusReference)}
	rd := dateline.NewReader(opts...)
	for round := range 3 {
		for _, s := range lines {
			assert.Equal(t, dateline.NewReader(opts...).Check(s), rd.Check(s), "round %d: %q", round, s)
		}
	}
}

// TestReaderOrderFree: the same text reads the same whatever the reader
// read before: "marca 2, 2024" (Polish's genitive before its day) was a
// syntax error read first, and March 2, 2024 read after "March 2, 2024",
// whose template took the genitive as a month (found writing layouts in
// other languages).
func TestReaderOrderFree(t *testing.T) {
	for _, tc := range []struct{ before, text string }{
		{"March 2, 2024", "marca 2, 2024"},
		{"December 2, 2024", "grudnia 2, 2024"},
		{"August 12, 2024", "augusta 12, 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			fresh := dateline.NewReader().Check(tc.text)
			r := dateline.NewReader()
			r.Check(tc.before)
			r.Check(tc.before)
			after := r.Check(tc.text)
			assert.Equal(t, fresh.OK(), after.OK(), "%v / %v", fresh.Problems, after.Problems)
			assert.Equal(t, fresh.Dateline, after.Dateline)
		})
	}
}
