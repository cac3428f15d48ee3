package parse

import (
	"unicode/utf8"

	"github.com/dualdate/dualdate/internal/script"
)

// cyrillicLookalikes maps the Latin letters, in lower case, that a
// Cyrillic word can carry in place of its own, as a keyboard switched
// mid-word or an OCR pass leaves them ("CЕНТЯБРЯ", its C Latin), to the
// Cyrillic letters they look like.
var cyrillicLookalikes = func() (t [26]rune) {
	const latin, cyrillic = "abcehikmoptxy", "авсенікмортху"
	k := 0
	for _, r := range cyrillic {
		t[latin[k]-'a'] = r
		k++
	}
	return t
}()

// unmixCyrillic returns the folded word b with its Latin lookalikes
// made Cyrillic, if b mixes the two scripts: at least one Cyrillic
// letter, and every Latin letter one of cyrillicLookalikes. A word all
// Latin, or with a Latin letter no Cyrillic one looks like, is left
// alone (ok false), so only a word that reads as Cyrillic to the eye is
// read as Cyrillic.
func unmixCyrillic(b []byte) (string, bool) {
	cyrillic, latin := false, false
	for k := 0; k < len(b); {
		c := b[k]
		if c < 0x80 {
			if c >= 'a' && c <= 'z' {
				if cyrillicLookalikes[c-'a'] == 0 {
					return "", false
				}
				latin = true
			}
			k++
			continue
		}
		r, n := utf8.DecodeRune(b[k:])
		if script.IsCyrillic(r) {
			cyrillic = true
		}
		k += n
	}
	if !cyrillic || !latin {
		return "", false
	}
	out := make([]byte, 0, len(b)+8)
	for k := 0; k < len(b); k++ {
		if c := b[k]; c >= 'a' && c <= 'z' {
			out = utf8.AppendRune(out, cyrillicLookalikes[c-'a'])
			continue
		}
		out = append(out, b[k])
	}
	return string(out), true
}
