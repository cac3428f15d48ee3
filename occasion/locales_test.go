package occasion

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
)

// TestOccasionLocales: occasions are named in every locale, and read back
// to the same occasion.
func TestOccasionLocales(t *testing.T) {
	d := hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}
	occ := On(d, Diaspora)
	require.NotEmpty(t, occ)
	assert.Equal(t, "Roch Hachanah 5785", occ[0].Name(hebrew.French))
	assert.Equal(t, "Рош-А-Шана 5785", occ[0].Name(hebrew.RussianGenitive))
	rc := On(hebrew.Date{Year: 5784, Month: hebrew.Kislev, Day: 1}, Diaspora)
	require.NotEmpty(t, rc)
	assert.Equal(t, "Roch H̲odech Kislav", rc[0].Name(hebrew.French))
	for _, name := range []string{"Roch Hachanah", "Рош-А-Шана 5785", "Pourim", "Пурим"} {
		_, ok := Find(name, 5785, Diaspora)
		assert.True(t, ok, "%q", name)
	}
	assert.Equal(t, Key("Purim"), Key("Pourim"))
	assert.Equal(t, Key("Rosh Hashana"), Key("Рош-А-Шана 5785"))
}
