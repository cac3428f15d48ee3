package layout_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/layout"
)

// TestDeclinedWeekday: the declensions of the weekdays a sentence writes,
// derived from CLDR's names, and none where a language writes a name alike
// or does not decline it so.
func TestDeclinedWeekday(t *testing.T) {
	for _, tc := range []struct {
		l    layout.Lang
		w    int
		d    layout.Declension
		want string
	}{
		{layout.Russian, 3, layout.Accusative, "среду"},
		{layout.Russian, 1, layout.Accusative, ""}, // понедельник is its own
		{layout.Russian, 3, layout.Genitive, "среды"},
		{layout.Russian, 1, layout.Genitive, "понедельника"},
		{layout.Ukrainian, 0, layout.Genitive, "неділі"},
		{layout.Ukrainian, 4, layout.Genitive, "четверга"},
		{layout.Belarusian, 0, layout.Accusative, "нядзелю"},
		{layout.Belarusian, 3, layout.Accusative, "сераду"},
		{layout.Belarusian, 4, layout.Accusative, ""}, // чацвер is its own
		{layout.Belarusian, 0, layout.Genitive, "нядзелі"},
		{layout.Belarusian, 1, layout.Genitive, "панядзелка"},
		{layout.Belarusian, 3, layout.Genitive, "серады"},
		{layout.Belarusian, 4, layout.Genitive, "чацвярга"},
		{layout.Belarusian, 6, layout.Genitive, "суботы"},
		{layout.Polish, 3, layout.Accusative, "środę"},
		{layout.Serbian, 5, layout.Genitive, "petka"},
		{layout.Hungarian, 1, layout.Superessive, "hétfőn"},
		{layout.Hungarian, 0, layout.Superessive, ""}, // vasárnap
		{layout.Swedish, 6, layout.Definite, "lördagen"},
		{layout.Finnish, 6, layout.Undeclined, "lauantai"},
		{layout.Estonian, 6, layout.Allative, "laupäevale"},
		{layout.Estonian, 5, layout.Allative, "reedele"},
		{layout.Finnish, 6, layout.Allative, "lauantaille"},
		{layout.Finnish, 3, layout.Allative, "keskiviikolle"},
		{layout.Latvian, 6, layout.Allative, ""},
		{layout.German, 3, layout.Accusative, ""},
		{layout.English, 3, layout.Genitive, ""},
	} {
		assert.Equal(t, tc.want, tc.l.DeclinedWeekday(tc.w, tc.d), "%s %d %d", tc.l, tc.w, tc.d)
	}
	assert.True(t, layout.Russian.Declines(layout.Accusative))
	assert.False(t, layout.French.Declines(layout.Accusative))
}
