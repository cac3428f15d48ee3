package occasion_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

// TestFindFestival: festivals named as a whole and the spellings people
// write give the festival's first day, as hebcal dates it.
func TestFindFestival(t *testing.T) {
	tests := []struct {
		name     string
		year     int
		schedule occasion.Schedule
		want     hebrew.Date
		first    string // hebcal's name of the day found
	}{
		{"Passover", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}, "Pesach I"},
		{"Pesach", 5784, occasion.Israel, hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}, "Pesach I"},
		{"פסח", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}, "Pesach I"},
		{"Rosh Hashanah", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}, "Rosh Hashana 5785"},
		{"Rosh HaShana", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}, "Rosh Hashana 5785"},
		{"Hanukkah", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 25}, "Chanukah: 2 Candles"},
		{"Chanukah", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 25}, "Chanukah: 2 Candles"},
		{"Hanukah", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 25}, "Chanukah: 2 Candles"},
		{"חנוכה", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 25}, "Chanukah: 2 Candles"},
		{"Sukkot", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 15}, "Sukkot I"},
		{"Sukkos", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 15}, "Sukkot I"},
		{"סוכות", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 15}, "Sukkot I"},
		{"Shavuot", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Sivan, Day: 6}, "Shavuot I"},
		{"Shavuot", 5785, occasion.Israel, hebrew.Date{Year: 5785, Month: hebrew.Sivan, Day: 6}, "Shavuot"},
		{"Shavuos", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Sivan, Day: 6}, "Shavuot I"},
		{"Shemini Atzeret", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 22}, "Shmini Atzeret"},
		{"Simchat Torah", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 23}, "Simchat Torah"},
		{"Tu B'Shvat", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Shevat, Day: 15}, "Tu BiShvat"},
		{"Tu BiShvat", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Shevat, Day: 15}, "Tu BiShvat"},
		{"Lag B'Omer", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Iyyar, Day: 18}, "Lag BaOmer"},
		{"Tisha B'Av", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Av, Day: 9}, "Tish'a B'Av"},
		{"Yom HaShoah", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 28}, "Yom HaShoah"},
		{"Yom HaAtzmaut", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Iyyar, Day: 6}, "Yom HaAtzma'ut"},
		{"Yom Kippur", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 10}, "Yom Kippur"},
		{"יום כיפורים", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 10}, "Yom Kippur"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, ok := occasion.Find(tc.name, tc.year, tc.schedule)
			require.True(t, ok)
			assert.Equal(t, tc.want, o.Date)
			assert.Equal(t, tc.first, o.String())
			assert.True(t, o.Is(tc.name))
		})
	}
	for _, name := range []string{"Pesach Sheni", "Erev Pesach"} {
		o, ok := occasion.Find(name, 5784, occasion.Diaspora)
		require.True(t, ok, name)
		assert.Equal(t, name, o.String(), "a name of its own is not the festival's")
	}
	_, ok := occasion.Find("Passovr", 5784, occasion.Diaspora)
	assert.False(t, ok)
}

// TestFestivalIs: every day of a festival is called by its name, its eves
// named "Erev" are not, and a day of another festival is not.
func TestFestivalIs(t *testing.T) {
	days := func(m hebrew.Month, from, to int) []hebrew.Date {
		var out []hebrew.Date
		for d := from; d <= to; d++ {
			out = append(out, hebrew.Date{Year: 5785, Month: m, Day: d})
		}
		return out
	}
	tests := []struct {
		names []string
		on    []hebrew.Date
		off   []hebrew.Date
	}{
		{[]string{"Pesach", "Passover", "פסח"}, days(hebrew.Nisan, 15, 22), []hebrew.Date{{Year: 5785, Month: hebrew.Nisan, Day: 14}, {Year: 5785, Month: hebrew.Iyyar, Day: 14}}},
		// The first candle is lit on the evening of 24 Kislev, hebcal's
		// "Chanukah: 1 Candle"; the eighth day is 2 Tevet in 5785.
		{[]string{"Chanukah", "Hanukkah", "חנוכה"}, append(days(hebrew.Kislev, 24, 30), days(hebrew.Tevet, 1, 2)...), []hebrew.Date{{Year: 5785, Month: hebrew.Kislev, Day: 23}, {Year: 5785, Month: hebrew.Tevet, Day: 3}}},
		{[]string{"Sukkot", "Sukkos", "Succot"}, days(hebrew.Tishrei, 15, 21), []hebrew.Date{{Year: 5785, Month: hebrew.Tishrei, Day: 14}, {Year: 5785, Month: hebrew.Tishrei, Day: 22}}},
		{[]string{"Rosh Hashanah", "Rosh Hashana"}, days(hebrew.Tishrei, 1, 2), []hebrew.Date{{Year: 5785, Month: hebrew.Tishrei, Day: 3}}},
	}
	for _, tc := range tests {
		for _, name := range tc.names {
			t.Run(name, func(t *testing.T) {
				is := func(d hebrew.Date) bool {
					for _, o := range occasion.On(d, occasion.Diaspora) {
						if o.Is(name) {
							return true
						}
					}
					return false
				}
				for _, d := range tc.on {
					assert.True(t, is(d), "%s on %s", name, d)
				}
				for _, d := range tc.off {
					assert.False(t, is(d), "%s on %s", name, d)
				}
			})
		}
	}
}

// TestOccasionNamesSpellings: the festivals and the common spellings are
// among the names a reader knows, and no name is listed twice. (The names
// of hebcal's other locales fold to their English name's key, so a key
// has several names: Shavuot, Chavouot, Шавуот.)
func TestOccasionNamesSpellings(t *testing.T) {
	keys := map[string]bool{}
	names := map[string]int{}
	for _, n := range occasion.Names() {
		keys[occasion.Key(n.Text)] = true
		names[n.Text]++
	}
	for _, name := range []string{"Passover", "Pesach", "פסח", "Hanukkah", "Chanukah", "חנוכה", "Sukkot", "Sukkos", "סוכות",
		"Shavuot", "Rosh Hashanah", "Rosh Hashana", "Shemini Atzeret", "Tu B'Shvat", "Lag B'Omer", "Tishah B'Av"} {
		assert.True(t, keys[occasion.Key(name)], name)
	}
	for n, c := range names {
		assert.Equal(t, 1, c, n)
	}
}
