package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// cosmeticRef is the reference of the adversarial review of the texts:
// March 2, 2024.
var cosmeticRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// TestFixcosmeticListDayMessage: the other day of a list that does not
// exist was told there was no such day "for the range to end on"
// ("10, 20, 30 Adar II 5784"; Adar II 5784 has 29 days). A list says
// "in the list", a range joined by a dash keeps "for the range to end
// on", and two days joined by a word ("and", "al") say neither.
func TestFixcosmeticListDayMessage(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"10, 20, 30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II in the list"},
		{"10, 20, 30 באדר ב׳ תשפ״ד", "Adar II 5784 has 29 days, so there is no 30 Adar II in the list"},
		{"February 10, 20, 30, 2023", "February 2023 has 28 days, so there is no February 30 in the list"},
		{"10., 20., 30. Februar 2023", "February 2023 has 28 days, so there is no February 30 in the list"},
		{"February 4 and 30, 2023", "February 2023 has 28 days, so there is no February 30"},
		{"del 10 al 30 de febrero de 2023", "February 2023 has 28 days, so there is no February 30"},
		// Near misses: ranges stay ranges.
		{"10-30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II for the range to end on"},
		{"10 – 30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II for the range to end on"},
		{"February 10-30, 2023", "February 2023 has 28 days, so there is no February 30 for the range to end on"},
		{"10.-30. Februar 2023", "February 2023 has 28 days, so there is no February 30 for the range to end on"},
		{"Monday, March 4, 2024 | 24 Adar I-30 Adar II 5784", "Adar II 5784 has 29 days, so there is no 30 Adar II for the range to end on"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, cosmeticRef)
			require.False(t, rep.OK())
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeNoSuchDay, rep.Problems[0].Code)
			assert.Equal(t, tc.want, rep.Problems[0].Message)
		})
	}
}
