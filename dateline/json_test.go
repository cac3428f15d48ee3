package dateline_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

func TestMarshalJSONDesignExample(t *testing.T) {
	// The metadata object of DESIGN.md, for a day with a time of day in
	// a zone without a name (a named zone adds "zone", see
	// TestJSONZoneName).
	loc := time.FixedZone("", -4*3600)
	d := dateline.Dateline{
		Time:    time.Date(2024, time.March, 2, 10, 39, 0, 0, loc),
		HasTime: true,
		Hebrew:  hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 22},
	}
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Equal(t, `{"gregorian":"2024-03-02","weekday":"Saturday","hebrew":"22 Adar I 5784",`+
		`"hebrew_year":5784,"hebrew_month":12,"hebrew_month_name":"Adar I","hebrew_day":22,`+
		`"leap_year":true,"hebrew_script":"כ״ב אדר א׳ תשפ״ד","time":"2024-03-02T10:39:00-04:00"}`, string(b))
	assert.True(t, json.Valid(b))
}

func TestJSONRoundTrip(t *testing.T) {
	days := []dateline.Dateline{
		dateline.New(time.Date(2024, time.March, 2, 9, 0, 0, 0, time.UTC)),
		{Time: time.Date(2023, time.September, 16, 0, 0, 0, 0, time.UTC), Hebrew: hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: 1}},
		{Time: time.Date(2023, time.September, 15, 0, 0, 0, 0, time.UTC), Hebrew: hebrew.Date{Year: 5784, Month: hebrew.Tishrei, Day: 1}}, // after sunset
		{Hebrew: hebrew.Date{Year: 5782, Month: hebrew.AdarI}},                                                                            // a month
		{},
	}
	for _, d := range days {
		t.Run(d.String(), func(t *testing.T) {
			b, err := json.Marshal(d)
			require.NoError(t, err)
			var got dateline.Dateline
			require.NoError(t, json.Unmarshal(b, &got), string(b))
			assert.True(t, d.Time.Equal(got.Time), "%s: %v", b, got.Time)
			assert.Equal(t, d.HasTime, got.HasTime)
			assert.Equal(t, d.Hebrew, got.Hebrew)
		})
	}
}

func TestUnmarshalJSONErrors(t *testing.T) {
	good := dateline.Dateline{}
	tests := []struct{ name, in string }{
		{"not json", `{"gregorian":`},
		{"bad gregorian", `{"gregorian":"2024-02-30"}`},
		{"bad time", `{"time":"yesterday"}`},
		{"time and gregorian disagree", `{"gregorian":"2024-03-03","time":"2024-03-02T10:39:00Z"}`},
		{"wrong weekday", `{"gregorian":"2024-03-02","weekday":"Friday"}`},
		{"a day with a Hebrew month", `{"gregorian":"2024-03-02","hebrew_year":5784,"hebrew_month":12}`},
		{"the first day with a Hebrew month", `{"gregorian":"0001-01-01","hebrew_year":1000,"hebrew_month":1}`},
		{"no such hebrew day", `{"hebrew_year":5784,"hebrew_month":8,"hebrew_day":30}`},
		{"adar II in a common year", `{"hebrew_year":5783,"hebrew_month":13,"hebrew_day":1}`},
		{"hebrew text disagrees", `{"hebrew":"23 Adar I 5784","hebrew_year":5784,"hebrew_month":12,"hebrew_day":22}`},
		{"calendars disagree", `{"gregorian":"2024-03-10","hebrew_year":5784,"hebrew_month":12,"hebrew_day":22}`},
		{"empty object", `{}`},
		{"zone not a name", `{"time":"2024-03-02T10:39:00+02:00","zone":"I S T"}`},
		{"zone with markup", `{"time":"2024-03-02T10:39:00+02:00","zone":"<b>"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := good
			assert.Error(t, json.Unmarshal([]byte(tc.in), &d))
			assert.Equal(t, good, d, "unchanged on error")
		})
	}
}

func TestUnmarshalJSONIgnoresNewFields(t *testing.T) {
	var d dateline.Dateline
	require.NoError(t, json.Unmarshal([]byte(`{"gregorian":"2024-03-02","hebrew_year":5784,"hebrew_month":12,"hebrew_day":22,"parsha":"Vayakhel","future":[1,2]}`), &d))
	assert.Equal(t, hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 22}, d.Hebrew)
}

func TestReportJSON(t *testing.T) {
	rep := dateline.Check("Friday, March 2nd | 22 Adar I 5784 <script>")
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	require.True(t, json.Valid(b), string(b))
	var obj map[string]any
	require.NoError(t, json.Unmarshal(b, &obj))
	assert.Equal(t, rep.Input, obj["input"])
	assert.Equal(t, false, obj["ok"])
	assert.NotContains(t, string(b), "<script>", "HTML is escaped")

	rep = dateline.Check("Friday, March 2nd | 22 Adar I 5784")
	b, err = json.Marshal(rep)
	require.NoError(t, err)
	var got dateline.Report
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, rep.Input, got.Input)
	assert.Equal(t, rep.Layout, got.Layout)
	assert.Equal(t, rep.Problems, got.Problems)
	assert.Equal(t, rep.Dateline.Hebrew, got.Dateline.Hebrew)
	assert.Equal(t, rep.OK(), got.OK())
	assert.Equal(t, "Monday, January 2nd | 2 Tevet 5766", got.Layout)
}

func TestReportJSONInvalidUTF8(t *testing.T) {
	rep := dateline.Check("March 2, 2024 \xff\xfe")
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.True(t, json.Valid(b), string(b))
}

func TestAppendJSONOccasions(t *testing.T) {
	d := dateline.New(time.Date(2024, time.March, 9, 12, 0, 0, 0, time.UTC))
	plain, err := json.Marshal(d)
	require.NoError(t, err)
	b := d.AppendJSON(nil, dateline.WithOccasions())
	require.True(t, json.Valid(b), string(b))
	// The fields of MarshalJSON come first, unchanged.
	assert.Equal(t, string(plain[:len(plain)-1]), string(b[:len(plain)-1]))
	var obj struct {
		Occasions []string `json:"occasions"`
		Parsha    string   `json:"parsha"`
	}
	require.NoError(t, json.Unmarshal(b, &obj))
	assert.Equal(t, []string{"Shabbat Mevarchim Chodesh Adar II", "Shabbat Shekalim"}, obj.Occasions)
	assert.Equal(t, "Vayakhel", obj.Parsha)

	b = d.AppendJSON(nil, dateline.WithOccasions(), dateline.Names(hebrew.Hebrew))
	require.NoError(t, json.Unmarshal(b, &obj))
	assert.Equal(t, "ויקהל", obj.Parsha)

	// An ordinary weekday: no occasions, and the coming Shabbat's portion;
	// 22 Nisan 5782, the eighth day of Pesach in the Diaspora, is an
	// ordinary Shabbat in Israel.
	pesach := dateline.New(time.Date(2022, time.April, 23, 12, 0, 0, 0, time.UTC))
	require.NoError(t, json.Unmarshal(pesach.AppendJSON(nil, dateline.WithOccasions()), &obj))
	assert.Equal(t, []string{"Pesach VIII"}, obj.Occasions)
	assert.Equal(t, "", obj.Parsha)
	require.NoError(t, json.Unmarshal(pesach.AppendJSON(nil, dateline.WithOccasions(), dateline.Israel()), &obj))
	assert.Empty(t, obj.Occasions)
	assert.Equal(t, "Achrei Mot", obj.Parsha)

	// It reads back as the same Dateline: the new fields are ignored.
	var back dateline.Dateline
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d.Hebrew, back.Hebrew)
}

func TestOccasionsMethod(t *testing.T) {
	d := dateline.New(time.Date(2024, time.March, 24, 12, 0, 0, 0, time.UTC))
	occ := d.Occasions()
	require.Len(t, occ, 2)
	assert.Equal(t, "Purim", occ[0].String())
	assert.Equal(t, occasion.Portion, occ[1].Kind)
	assert.Equal(t, "Tzav", occ[1].String())
	assert.Empty(t, dateline.Dateline{}.Occasions())
}

// TestJSONZoneName: a time in a zone with a name, as the text wrote it
// ("March 2, 2024 10:39 IST") or as the In option's location names it,
// writes the name in "zone" after "time", and an object read back keeps
// it: its layout's MST writes IST again, where it wrote "+0200". UTC, a
// zone without a name, and tzdata's names that are offsets ("+03") write
// none, and an object without "zone" reads as before.
func TestJSONZoneName(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	jerusalem, err := time.LoadLocation("Asia/Jerusalem")
	require.NoError(t, err)
	newYork, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	for _, tc := range []struct {
		text string
		loc  *time.Location
		zone string // "" for none
	}{
		{"March 2, 2024 10:39 IST", jerusalem, "IST"},
		{"March 2, 2024 10:39", jerusalem, "IST"},
		{"July 2, 2024 10:39", jerusalem, "IDT"},
		{"March 2, 2024 10:39", newYork, "EST"},
		{"March 2, 2024 10:39 EST", newYork, "EST"},
		{"March 2, 2024 10:39", time.UTC, ""},
		{"March 2, 2024 10:39 UTC", time.UTC, ""},
		{"March 2, 2024 10:39 +0300", time.UTC, ""},
	} {
		t.Run(tc.text+" in "+tc.loc.String(), func(t *testing.T) {
			rep := dateline.Check(tc.text, ref, dateline.In(tc.loc))
			require.True(t, rep.OK(), "%v", rep.Problems)
			b, err := json.Marshal(rep)
			require.NoError(t, err)
			if tc.zone == "" {
				assert.NotContains(t, string(b), `"zone"`)
			} else {
				assert.Contains(t, string(b), `,"zone":"`+tc.zone+`"}`)
			}
			var got dateline.Report
			require.NoError(t, json.Unmarshal(b, &got), string(b))
			assert.True(t, rep.Dateline.Time.Equal(got.Dateline.Time))
			assert.Equal(t, rep.Dateline.Format(rep.Layout), got.Dateline.Format(got.Layout))
			b2, err := json.Marshal(got)
			require.NoError(t, err)
			assert.Equal(t, string(b), string(b2))
		})
	}
	// The IST of the text, read back.
	rep := dateline.Check("March 2, 2024 10:39 IST", ref, dateline.In(jerusalem))
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	var got dateline.Report
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, "March 2, 2024 10:39 IST", got.Dateline.Format(got.Layout))
	// Without "zone", the offset alone, as before.
	var d dateline.Dateline
	require.NoError(t, json.Unmarshal([]byte(`{"time":"2024-03-02T10:39:00+02:00"}`), &d))
	assert.Equal(t, "March 2, 2024 10:39 +0200", d.Format("January 2, 2006 15:04 MST"))
}
