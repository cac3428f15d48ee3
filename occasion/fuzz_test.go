package occasion_test

import (
	"testing"

	"github.com/dualdate/dualdate/occasion"
)

// FuzzFind: Find reads any text and year without panicking, and an
// occasion it finds is of the year asked for, and is called by the name it
// was found by (Occasion.Is).
func FuzzFind(f *testing.F) {
	for _, name := range []string{"Purim", "Passover", "פסח", "Rosh Hashana 5785", "Pourim", "Рош-А-Шана", "Ki Tisa",
		"Chanukah: 8th Day", "Shemini Atzeres", "Tish’a  B'Av", "", " -: ", "\xff"} {
		f.Add(name, 5784, false)
		f.Add(name, 5785, true)
	}
	f.Add("Purim", 10000, false)
	f.Add("Purim", 1, true)
	f.Fuzz(func(t *testing.T, name string, year int, israel bool) {
		s := occasion.Diaspora
		if israel {
			s = occasion.Israel
		}
		_ = occasion.Key(name)
		o, ok := occasion.Find(name, year, s)
		if !ok {
			return
		}
		if o.Date.Year != year {
			t.Errorf("Find(%q, %d, %v) is on %v, in another year", name, year, s, o.Date)
		}
		if !o.Is(name) {
			t.Errorf("Find(%q, %d, %v) is %q, which Is says %q does not name", name, year, s, o, name)
		}
	})
}
