package dateline_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestSentinelsAcrossLayers holds issue 11's sixth item: one family of
// sentinels answers at every layer, and a number out of range is
// out-of-range wherever it stands.
func TestSentinelsAcrossLayers(t *testing.T) {
	tests := []struct {
		in   string
		code dateline.Code
		errs []error
	}{
		{"February 30, 2024", dateline.CodeNoSuchDay, []error{hebrew.ErrNoSuchDay, dateline.ErrNoSuchDay}},
		{"30 Cheshvan 5784", dateline.CodeNoSuchDay, []error{hebrew.ErrNoSuchDay, dateline.ErrNoSuchDay}},
		{"1 Adar I 5783", dateline.CodeAdarCommonYear, []error{hebrew.ErrAdarCommonYear, dateline.ErrAdarCommonYear}},
		{"1 Adar II 5783", dateline.CodeAdarCommonYear, []error{hebrew.ErrAdarCommonYear, dateline.ErrAdarCommonYear}},
		{"Adar 1 5784", dateline.CodeAdarAmbiguous, []error{dateline.ErrAdarAmbiguous}},
		{"Adar 1   8121", dateline.CodeAdarAmbiguous, []error{dateline.ErrAdarAmbiguous}},
		{"Saturday night, March 2, 2024 9:00 am", dateline.CodeAfterSunset, []error{dateline.ErrAfterSunset}},
		{"Blah", dateline.CodeSyntax, []error{hebrew.ErrSyntax, parse.ErrSyntax, dateline.ErrSyntax}},
		{"March 2, 2024 25:00", dateline.CodeOutOfRange, []error{hebrew.ErrRange, parse.ErrRange, dateline.ErrOutOfRange}},
		{"March 2, 2024 10:61", dateline.CodeOutOfRange, []error{hebrew.ErrRange, dateline.ErrOutOfRange}},
		{"1 Tishrei 10000", dateline.CodeOutOfRange, []error{hebrew.ErrRange, dateline.ErrOutOfRange}},
		{"1 Tishrei 0", dateline.CodeOutOfRange, []error{hebrew.ErrRange, dateline.ErrOutOfRange}},
		{"March 2, 10000", dateline.CodeOutOfRange, []error{hebrew.ErrRange, dateline.ErrOutOfRange}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			_, err := dateline.Parse(tc.in)
			require.Error(t, err)
			var pe *dateline.ProblemError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.code, pe.Problem.Code)
			for _, want := range tc.errs {
				assert.ErrorIs(t, err, want)
			}
			if tc.code != dateline.CodeSyntax {
				assert.NotErrorIs(t, err, dateline.ErrSyntax)
			}
		})
	}
}

// TestMatchJSON: a Match marshals with its span, and reads back.
func TestMatchJSON(t *testing.T) {
	text := "Printed on Saturday, March 2nd | 22 Adar I 5784 and on Friday, March 8, 2024."
	ms := dateline.Find(text)
	require.Len(t, ms, 2)
	b, err := json.Marshal(ms)
	require.NoError(t, err)
	var raw []map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	for i, m := range ms {
		assert.EqualValues(t, m.Start, raw[i]["start"])
		assert.EqualValues(t, m.End, raw[i]["end"])
		assert.Equal(t, m.Input, raw[i]["input"])
	}
	var back []dateline.Match
	require.NoError(t, json.Unmarshal(b, &back))
	require.Len(t, back, 2)
	for i := range ms {
		assert.Equal(t, ms[i].Start, back[i].Start)
		assert.Equal(t, ms[i].End, back[i].End)
		assert.Equal(t, ms[i].Input, back[i].Input)
		assert.Equal(t, ms[i].Problems, back[i].Problems)
		assert.True(t, ms[i].Dateline.Time.Equal(back[i].Dateline.Time))
	}
	var m dateline.Match
	assert.Error(t, json.Unmarshal([]byte(`{"input":"March 2, 2024","ok":true}`), &m), "a match without its span")
}

// TestMatchAppendJSON: a Match's AppendJSON writes what its MarshalJSON
// writes, span included, and Report's writes the check object alone.
func TestMatchAppendJSON(t *testing.T) {
	ms := dateline.Find("Printed on Saturday, March 2nd | 22 Adar I 5784.")
	require.Len(t, ms, 1)
	b, err := json.Marshal(ms[0])
	require.NoError(t, err)
	assert.Equal(t, string(b), string(ms[0].AppendJSON(nil)))
	r, err := json.Marshal(ms[0].Report)
	require.NoError(t, err)
	assert.Equal(t, string(r), string(ms[0].Report.AppendJSON(nil)))
}

// TestReportJSONRefuses: a Report, like its Dateline, refuses to marshal a
// dateline whose object would not read back.
func TestReportJSONRefuses(t *testing.T) {
	d := dateline.Dateline{Time: time.Date(2024, time.March, 2, 9, 0, 0, 0, time.FixedZone("far", 100*3600)), HasTime: true}
	_, err := json.Marshal(d)
	require.Error(t, err)
	_, err = json.Marshal(dateline.Report{Input: "x", Dateline: d})
	assert.Error(t, err)
	_, err = json.Marshal(dateline.Match{Report: dateline.Report{Input: "x", Dateline: d}})
	assert.Error(t, err)
}
