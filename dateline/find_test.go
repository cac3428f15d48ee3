package dateline_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// TestFindPage: on a whole article page, Find finds the masthead dateline
// and the publication timestamp, and nothing else, each checked.
func TestFindPage(t *testing.T) {
	page, err := os.ReadFile("../parse/testdata/article.txt")
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
