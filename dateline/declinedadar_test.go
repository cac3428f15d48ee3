package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestDeclinedAdar: the Slavic languages decline Adar as any Hebrew month
// (adaru, adara) and tell the Adars of a leap year apart with the Roman
// numeral after it, as MatchMonth reads it after Adar: "22. adaru I
// 5784" was a syntax error at the I.
func TestDeclinedAdar(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for in, want := range map[string]string{
		"22. adaru I 5784":                         "22 Adar I 5784",
		"14. adaru II 5784":                        "14 Adar II 5784",
		"22 adara I 5784":                          "22 Adar I 5784",
		"2. března 2024 / 22. adaru I 5784":        "22 Adar I 5784",
		"sobota, 2. marca 2024 (22. adara I 5784)": "22 Adar I 5784",
		"15. adaru 5785":                           "15 Adar 5785",
	} {
		rep := dateline.Check(in, ref)
		if assert.True(t, rep.OK(), "%s: %v", in, rep.Problems) {
			assert.Equal(t, want, rep.Dateline.Hebrew.String(), in)
		}
	}
	// Adar II in a common year, and the calendars at odds, are caught.
	for in, code := range map[string]dateline.Code{
		"14 adara II 5785":                   dateline.CodeAdarCommonYear,
		"2. března 2024 / 22. adaru II 5784": dateline.CodeCalendar,
	} {
		rep := dateline.Check(in, ref)
		if assert.NotEmpty(t, rep.Problems, in) {
			assert.Equal(t, code, rep.Problems[0].Code, in)
		}
	}
}
