package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestVariantCase: a month name kept as written (a spelling that is not
// its form's own, Dutch's "maa") gives the other months its case, so that
// its layout writes them as the text wrote it, and reads again: "OS MAA 1"
// wrote "OS jan. 2", where OS before a word in lower case is no marker
// (FuzzParse).
func TestVariantCase(t *testing.T) {
	for _, tc := range []struct{ in, layout string }{
		{"OS MAA 1 OS", "OS JAN. 2 OS"},
		{"MAA 1", "JAN. 2"},
		{"OS Maa 1", "OS Jan. 2"},
		{"maa 1", "jan. 2"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.layout, r.Layout().String())
			ref := r.Layout().Format(referenceHour())
			_, err = parse.Parse(ref)
			assert.NoError(t, err, "layout written %q", ref)
		})
	}
}
