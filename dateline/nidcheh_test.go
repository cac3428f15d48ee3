package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestTishaBavNidcheh: Tish'a B'Av put off from Shabbat to Sunday, 10
// Av, by its Hebrew word nidcheh, is the fast's day ("Tisha B'Av
// Nidcheh 5779" was refused, adversarial review 48, finding 10). In a
// year the fast is not put off there is none.
func TestTishaBavNidcheh(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day string }{
		{"Tisha B'Av Nidcheh 5779", "2019-08-11"},
		{"Tisha B'Av Nidche 5782", "2022-08-07"},
		{"Tishah B'Av Nidcheh, Sunday, August 11, 2019", "2019-08-11"},
		{"Tisha BeAv Nidcheh 5789", "2029-07-22"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, text := range []string{"Tisha B'Av Nidcheh 5784", "Tisha B'Av Nidcheh, Monday, August 12, 2019"} {
		t.Run("near miss "+text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.False(t, rep.OK(), "%v", rep.Problems)
		})
	}
}
