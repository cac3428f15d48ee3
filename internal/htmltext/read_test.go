package htmltext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadPieces: every piece of the text maps back to the page: a
// verbatim piece to the same bytes, a decoded one to a reference; pieces
// are in order in both, and the blocks lie within the text.
func TestReadPieces(t *testing.T) {
	for _, page := range []string{
		`<p class="x">Saturday, March 2<sup>nd</sup> &#124; 22 Adar I 5784</p><p>&nbsp;&amp&lt;x&gt;</p>`,
		"<title>a &amp b</title>\n<script>x &amp; y</script><div>z&#x41;&#65;&unknown;</div><",
		"plain text & more &; &#; &#x; &#xZZ;",
		"<!DOCTYPE html><html><body><br/>x<br>y</body></html>",
		"<p>a,<br>\n b \n<br/><br> <br>c</br></p><br>",
	} {
		ht := Read(page)
		textAt, pageAt := 0, 0
		for _, p := range ht.pieces {
			assert.GreaterOrEqual(t, p.text, textAt, page)
			assert.GreaterOrEqual(t, p.page, pageAt, page)
			if p.verbatim {
				assert.Equal(t, page[p.page:p.page+p.pageN], ht.Text[p.text:p.text+p.n], page)
			} else {
				// Decoded from a reference, or a <br>'s line break.
				assert.Contains(t, "&<", page[p.page:p.page+1], page)
			}
			textAt, pageAt = p.text+p.n, p.page+p.pageN
		}
		assert.Equal(t, len(ht.Text), textAt, page)
		end := 0
		for _, b := range ht.Blocks {
			assert.GreaterOrEqual(t, b.Start, end)
			assert.Less(t, b.Start, b.End)
			end = b.End
		}
		assert.LessOrEqual(t, end, len(ht.Text))
	}
}
