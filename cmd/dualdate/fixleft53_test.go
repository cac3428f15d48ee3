package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLangDecidesSharedAbbreviation: a layout of the user's own whose
// abbreviated month several languages write alike ("2 jan. 2006": Dutch's,
// Portuguese's, Hungarian's, Swedish's jan.) is written in --lang's names
// where --lang writes it so; it was refused as several languages' whatever
// --lang said (a review's finding). A --lang that does not write "jan."
// (German's Jan., French's janv.), and no --lang, still refuse it (hd:
// 2024-03-05 is 25 Adar I 5784, 2024-05-01 23 Nisan 5784, 2024-10-01 28
// Elul 5784).
func TestLangDecidesSharedAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		lang, layout string
		want         string // the three days, or "" for a usage error
	}{
		{"nl", "2 jan. 2006", "5 mrt. 2024\n1 mei 2024\n1 okt. 2024\n"},
		{"pt", "2 jan. 2006", "5 mar. 2024\n1 mai. 2024\n1 out. 2024\n"},
		{"hu", "2 jan. 2006", "5 márc. 2024\n1 máj. 2024\n1 okt. 2024\n"},
		{"sv", "2 jan. 2006", "5 mars 2024\n1 maj 2024\n1 okt. 2024\n"},
		{"hu", "2006. jan. 2.", "2024. márc. 5.\n2024. máj. 1.\n2024. okt. 1.\n"},
		{"pt", "2 jan. 2006 | 2 Tevet 5766", "5 mar. 2024 | 25 Adar I 5784\n1 mai. 2024 | 23 Nisan 5784\n1 out. 2024 | 28 Elul 5784\n"},
		// Danish's and Norwegian's names, which TestLangMessagesOwnOrder
		// had refused as both languages'.
		{"da", "Mon 2 Jan", "tir. 5 mar.\nons. 1 maj\ntir. 1 okt.\n"},
		{"nb", "2 January 2006 | 2 Tevet 5766", "5 mars 2024 | 25 Adar I 5784\n1 mai 2024 | 23 Nisan 5784\n1 oktober 2024 | 28 Elul 5784\n"},
		// Near misses: languages that write January otherwise, and none.
		{"de", "2 jan. 2006", ""},
		{"fr", "2 jan. 2006", ""},
		{"", "2 jan. 2006", ""},
	} {
		t.Run(tc.lang+" "+tc.layout, func(t *testing.T) {
			args := []string{"convert", "--layout", tc.layout}
			if tc.lang != "" {
				args = append(args, "--lang", tc.lang)
			}
			r := runDualdate("", append(args, "2024-03-05", "2024-05-01", "2024-10-01")...)
			if tc.want == "" {
				assert.Equal(t, exitUsage, r.code, r.stdout)
				assert.Contains(t, r.stderr, "jan.")
				return
			}
			assert.Equal(t, exitOK, r.code, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
		})
	}
}

// TestConvertWritesInfos: convert writes a problem of severity info on
// standard error, as check does, beside its warnings and errors: the
// Julian reading of a date marked Old Style, the year given to a text
// that names none. It wrote warnings and errors only, and the notes were
// lost outside --json (a review's finding). hd: 1700-03-16 is 25 Adar
// 5460 (March 5 Julian), 2024-04-23 15 Nisan 5784.
func TestConvertWritesInfos(t *testing.T) {
	for _, tc := range []struct {
		arg, want, info string // info "": none
	}{
		{"5 March 1700 O.S.", "Tuesday, March 16, 1700 | 25 Adar 5460\n", `dualdate: info: "5 March 1700 O.S.": "5 March 1700" is read in the Julian calendar`},
		{"Passover", "Tuesday, April 23, 2024 | 15 Nisan 5784\n", `dualdate: info: "Passover": the text names no year`},
		// Near miss: a date with nothing to note.
		{"2024-04-23", "Tuesday, April 23, 2024 | 15 Nisan 5784\n", ""},
	} {
		t.Run(tc.arg, func(t *testing.T) {
			r := runDualdate("", "convert", "--reference", "2024-03-02", tc.arg)
			assert.Equal(t, exitOK, r.code, r.stderr)
			assert.Equal(t, tc.want, r.stdout)
			if tc.info == "" {
				assert.NotContains(t, r.stderr, "info:")
				return
			}
			assert.Contains(t, r.stderr, tc.info)
		})
	}
}
