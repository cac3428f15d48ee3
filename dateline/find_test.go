package dateline_test

import (
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// TestFindPage: on a whole article page, Find finds the masthead dateline
// and the publication timestamp, and nothing else, each checked.
func TestFindPage(t *testing.T) {
	page, err := os.ReadFile("../internal/parse/testdata/article.txt")
	require.NoError(t, err)
	ms := dateline.Find(string(page))
	require.Len(t, ms, 2)

	masthead, published := ms[0], ms[1]
	assert.Equal(t, "Wednesday, March 6th | 26 Adar I 5784", string(page[masthead.Start:masthead.End]))
	assert.Equal(t, masthead.Input, string(page[masthead.Start:masthead.End]))
	assert.True(t, masthead.OK(), "%+v", masthead.Problems)
	assert.Equal(t, "2024-03-06", masthead.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "26 Adar I 5784", masthead.Dateline.Hebrew.String())
	assert.Equal(t, format.Header, masthead.Layout)

	assert.Equal(t, "March 5, 2024 3:12 pm", published.Input)
	assert.True(t, published.OK(), "%+v", published.Problems)
	assert.True(t, published.Dateline.HasTime)
	assert.Equal(t, "2024-03-05 15:12", published.Dateline.Time.Format("2006-01-02 15:04"))
	assert.Equal(t, format.Published, published.Layout)
}

// TestFindList: in a list of items (issue 11, item 3), each item is its
// own match and none reports a problem that comes from its neighbour.
func TestFindList(t *testing.T) {
	text := "Motzei Shabbat, March 2 6:33 pm Parashat Ki Tisa · Shabbat Shekalim, March 9, 2024 · Erev Shabbos, 21 Adar I 5784 · Purim 5784: March 24"
	ms := dateline.Find(text, dateline.Reference(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)))
	want := []struct{ text, day string }{
		{"Motzei Shabbat, March 2 6:33 pm Parashat Ki Tisa", "2024-03-02"},
		{"Shabbat Shekalim, March 9, 2024", "2024-03-09"},
		{"Erev Shabbos, 21 Adar I 5784", "2024-03-01"},
		{"Purim 5784: March 24", "2024-03-24"},
	}
	require.Len(t, ms, len(want))
	for i, w := range want {
		assert.Equal(t, w.text, text[ms[i].Start:ms[i].End])
		assert.True(t, ms[i].OK(), "%q: %+v", w.text, ms[i].Problems)
		assert.Equal(t, w.day, ms[i].Dateline.Time.Format("2006-01-02"), w.text)
	}
}

// TestFindPairs: a weekday pair or a day pair joined by "&", "and", "to"
// or a dash is one dateline over those days, and a year the text states
// is the year read, whatever the reference day (issue 11, item 3: "Sun. &
// Mon., March 10 & 11, 2024" was read as March 10, 2014).
func TestFindPairs(t *testing.T) {
	texts := []string{
		"Rosh Chodesh Adar II: Sunday & Monday, March 10-11, 2024",
		"Sun. & Mon., March 10 & 11, 2024",
		"Sunday and Monday, March 10 and 11, 2024",
		"Sunday-Monday, March 10-11, 2024",
		"Sun & Mon, 10 & 11 March 2024",
		"Sunday to Tuesday, March 10 to 12, 2024",
		"Sunday and Monday, 30 Adar I & 1 Adar II 5784",
	}
	for _, ref := range []int{2014, 2024, 2026} {
		for _, text := range texts {
			t.Run(text, func(t *testing.T) {
				ms := dateline.Find("Dates: "+text+".", dateline.Reference(time.Date(ref, 6, 1, 0, 0, 0, 0, time.UTC)))
				require.Len(t, ms, 1)
				m := ms[0]
				assert.Equal(t, text, m.Input)
				assert.True(t, m.OK(), "%+v", m.Problems)
				assert.Equal(t, "2024-03-10", m.Dateline.Time.Format("2006-01-02"))
				for _, p := range m.Problems {
					assert.NotEqual(t, dateline.CodeYearInferred, p.Code, "the text states its year")
				}
			})
		}
	}
	// A pair's weekdays are checked, both of them.
	for _, text := range []string{"Sun. & Tue., March 10 & 11, 2024", "Saturday & Sunday, March 10 & 11, 2024"} {
		ms := dateline.Find(text)
		require.Len(t, ms, 1, text)
		assert.False(t, ms[0].OK(), text)
		assert.Equal(t, dateline.CodeWeekday, ms[0].Problems[0].Code, text)
	}
}
