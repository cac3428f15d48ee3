package occasion_test

import (
	"math"
	"testing"

	"github.com/hebcal/hebcal-go/event"
	"github.com/hebcal/hebcal-go/hebcal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

// TestOccasionsAgainstHebcal: for every day of 5780 to 5800 in both
// schedules, Occasions and PortionOf give what hebcal-go's own calendar
// (HebrewCalendar, a different path through hebcal-go than the one they
// use) lists for that day, in every locale.
func TestOccasionsAgainstHebcal(t *testing.T) {
	first, last := 5780, 5800
	if testing.Short() {
		first, last = 5784, 5785
	}
	for _, sched := range []occasion.Schedule{occasion.Diaspora, occasion.Israel} {
		il := sched == occasion.Israel
		for year := first; year <= last; year++ {
			evs, err := hebcal.HebrewCalendar(&hebcal.CalOptions{
				Year: year, IsHebrewYear: true, IL: il, Sedrot: true, ShabbatMevarchim: true,
			})
			require.NoError(t, err)
			type day struct{ holidays, portions map[string]bool }
			want := map[hebrew.Date]*day{}
			for _, ev := range evs {
				hd := ev.GetDate()
				d := hebrew.Date{Year: hd.Year(), Month: hebrew.Month(hd.Month()), Day: hd.Day()}
				if want[d] == nil {
					want[d] = &day{map[string]bool{}, map[string]bool{}}
				}
				for _, l := range []string{"en", "ashkenazi", "he"} {
					if ev.GetFlags()&event.PARSHA_HASHAVUA != 0 {
						want[d].portions[ev.Render(l)] = true
					} else {
						want[d].holidays[ev.Render(l)] = true
					}
				}
			}
			days := hebrew.DaysInYear(year)
			d := hebrew.Date{Year: year, Month: hebrew.Tishrei, Day: 1}
			for k := 0; k < days; k, d = k+1, d.AddDays(1) {
				w := want[d]
				if w == nil {
					w = &day{map[string]bool{}, map[string]bool{}}
				}
				got := map[string]bool{}
				for _, o := range occasion.On(d, sched) {
					assert.Equal(t, d, o.Date)
					for _, f := range []hebrew.Family{hebrew.Hebcal, hebrew.Ashkenazi, hebrew.Niqqud} {
						got[o.Name(f)] = true
					}
				}
				if !assert.Equal(t, w.holidays, got, "%v israel=%v", d, il) {
					return
				}
				// On a Shabbat, the portion hebcal lists is the one of
				// that Shabbat and of the six days before it.
				if d.Weekday() == 6 {
					for back := 0; back < 7; back++ {
						on := d.AddDays(-back)
						p, ok := occasion.PortionOf(on, sched)
						assert.Equal(t, len(w.portions) > 0, ok, "%v israel=%v", on, il)
						if ok {
							assert.Equal(t, d, p.Date)
							assert.True(t, w.portions["Parashat "+p.Name(hebrew.Hebcal)], "%v: %q not in %v", on, p.Name(hebrew.Hebcal), w.portions)
							assert.True(t, w.portions[p.Name(hebrew.Niqqud)] || w.portions["פָּרָשַׁת "+p.Name(hebrew.Niqqud)], "%v: %q not in %v", on, p.Name(hebrew.Niqqud), w.portions)
						}
					}
				}
			}
		}
	}
}

// TestBadYears: years outside the calendar's, and the extremes of int,
// have no occasions and make nothing panic (moved from hebrew's
// TestBadYears with the occasions).
func TestBadYears(t *testing.T) {
	for _, y := range []int{0, -1, 10000, math.MaxInt, math.MinInt} {
		assert.NotPanics(t, func() {
			_ = occasion.On(hebrew.Date{Year: y, Month: hebrew.Tishrei, Day: 1}, occasion.Diaspora)
			_, _ = occasion.PortionOf(hebrew.Date{Year: y, Month: hebrew.Tishrei, Day: 1}, occasion.Israel)
			_, _ = occasion.Find("Purim", y, occasion.Diaspora)
		})
	}
}

func TestOccasionsInvalid(t *testing.T) {
	for _, d := range []hebrew.Date{{}, {Year: 5784, Month: 14, Day: 1}, {Year: 1, Month: hebrew.Tishrei, Day: 1}, {Year: 9999, Month: hebrew.Elul, Day: 29}} {
		assert.NotPanics(t, func() { _ = occasion.On(d, occasion.Diaspora) })
		assert.NotPanics(t, func() { _, _ = occasion.PortionOf(d, occasion.Israel) })
	}
	assert.Nil(t, occasion.On(hebrew.Date{}, occasion.Diaspora))
	_, ok := occasion.PortionOf(hebrew.Date{}, occasion.Diaspora)
	assert.False(t, ok)
}

func TestFindOccasion(t *testing.T) {
	tests := []struct {
		name     string
		year     int
		schedule occasion.Schedule
		want     hebrew.Date
	}{
		{"Purim", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 14}},
		{"purim", 5783, occasion.Diaspora, hebrew.Date{Year: 5783, Month: hebrew.Adar, Day: 14}},
		{"פורים", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 14}},
		{"Rosh Hashana", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}},
		{"Rosh Hashana 5785", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}},
		{"Shabbat Zachor", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 13}},
		{"Tish'a B'Av", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Av, Day: 9}},
		{"Tish'a B'Av (observed)", 5782, occasion.Diaspora, hebrew.Date{Year: 5782, Month: hebrew.Av, Day: 10}}, // 9 Av 5782 was a Shabbat
		{"Ki Tisa", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 22}},
		{"Pesach VIII", 5784, occasion.Diaspora, hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 22}},
		// One half of the year's double portion is read on the pair's
		// Shabbat (hd: 2023-09-09 is 23 Elul 5783, 2023-03-18 25 Adar
		// 5783, 2023-07-15 26 Tammuz 5783); a year that reads it alone
		// too gives that Shabbat (2022-10-01, 6 Tishrei 5783).
		{"Nitzavim", 5783, occasion.Diaspora, hebrew.Date{Year: 5783, Month: hebrew.Elul, Day: 23}},
		{"נצבים", 5783, occasion.Israel, hebrew.Date{Year: 5783, Month: hebrew.Elul, Day: 23}},
		{"Pekudei", 5783, occasion.Diaspora, hebrew.Date{Year: 5783, Month: hebrew.Adar, Day: 25}},
		{"Matos", 5783, occasion.Diaspora, hebrew.Date{Year: 5783, Month: hebrew.Tammuz, Day: 26}},
		{"Vayeilech", 5783, occasion.Diaspora, hebrew.Date{Year: 5783, Month: hebrew.Tishrei, Day: 6}},
		{"Nitzavim", 5785, occasion.Diaspora, hebrew.Date{Year: 5785, Month: hebrew.Elul, Day: 27}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, ok := occasion.Find(tc.name, tc.year, tc.schedule)
			require.True(t, ok)
			assert.Equal(t, tc.want, o.Date)
		})
	}
	_, ok := occasion.Find("Pesach VIII", 5784, occasion.Israel) // one day shorter in Israel
	assert.False(t, ok)
	_, ok = occasion.Find("Chicken", 5784, occasion.Diaspora)
	assert.False(t, ok)
	_, ok = occasion.Find("", 5784, occasion.Diaspora)
	assert.False(t, ok)
	_, ok = occasion.Find("Lech", 5784, occasion.Diaspora) // Lech-Lecha is one portion
	assert.False(t, ok)
	pair, ok := occasion.PortionOf(hebrew.Date{Year: 5783, Month: hebrew.Elul, Day: 23}, occasion.Diaspora)
	require.True(t, ok)
	assert.True(t, pair.Is("Nitzavim"))
	assert.True(t, pair.Is("Vayelech"))
	assert.True(t, pair.Is("Nitzavim-Vayeilech"))
	assert.False(t, pair.Is("Ha'azinu"))
}

func TestOccasionKey(t *testing.T) {
	assert.Equal(t, "tisha bav", occasion.Key("Tish’a  B'Av"))
	assert.Equal(t, "chanukah 8th day", occasion.Key("Chanukah: 8th Day"))
	assert.Equal(t, "rosh hashana", occasion.Key("Rosh Hashana 5784"))
	assert.Equal(t, "ראש השנה", occasion.Key("ראש השנה תשפ״ד"))
	assert.Equal(t, "rosh hashana labehemot", occasion.Key("Rosh Hashana LaBehemot"))
	assert.Equal(t, "חנוכה יום ח", occasion.Key("חֲנוּכָּה: יוֹם ח׳"))
	assert.Equal(t, "", occasion.Key(" -: "))
}

func TestOccasionNames(t *testing.T) {
	names := occasion.Names()
	seen := map[string]bool{}
	kinds := map[occasion.Kind]bool{}
	var others []occasion.Name
	for _, n := range names {
		switch n.Family {
		case hebrew.Hebcal, hebrew.Ashkenazi, hebrew.Hebrew, hebrew.Niqqud:
		default:
			others = append(others, n)
			continue
		}
		k := occasion.Key(n.Text)
		assert.False(t, seen[k], "%q twice", n.Text)
		seen[k] = true
		kinds[n.Kind] = true
	}
	// A name in another locale keys to its English name, unless two
	// occasions share it.
	unknown := 0
	for _, n := range others {
		if !seen[occasion.Key(n.Text)] {
			unknown++
		}
	}
	assert.Less(t, unknown, len(others)/50, "names of other locales that key to no English name")
	for _, want := range []string{"purim", "yom kippur", "rosh hashana", "shabbat zachor", "vayigash", "ויגש", "chanukah 8th day", "rosh chodesh teves"} {
		assert.True(t, seen[want], want)
	}
	for k := occasion.YomTov; k <= occasion.Portion; k++ {
		assert.True(t, kinds[k], "%v", k)
		assert.NotContains(t, k.String(), "%!")
	}
	assert.Equal(t, "%!Kind(0)", occasion.Kind(0).String())
}

// TestAppendOnAllocs: once a year is computed, AppendOn into a slice with
// room and PortionOf allocate nothing, as format's Holiday and Portion
// elements need.
func TestAppendOnAllocs(t *testing.T) {
	d := hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 25}
	var buf [8]occasion.Occasion
	require.NotEmpty(t, occasion.AppendOn(buf[:0], d, occasion.Diaspora))
	assert.Zero(t, testing.AllocsPerRun(100, func() { occasion.AppendOn(buf[:0], d, occasion.Diaspora) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { occasion.PortionOf(d, occasion.Diaspora) }))
}

// TestNamesCopies: Names returns a copy, in the same order each time: a
// caller that modifies its slice changes no other caller's.
func TestNamesCopies(t *testing.T) {
	a := occasion.Names()
	require.NotEmpty(t, a)
	want := a[0]
	a[0] = occasion.Name{Text: "changed"}
	b := occasion.Names()
	assert.Equal(t, want, b[0])
	assert.Equal(t, len(a), len(b))
}

// TestOccasionCacheBounded: the occasions cache holds a fixed number of
// years, however many years are asked for, and answers the same after a
// year was evicted (issue 11, item 5: every year was kept, 563 MB for
// "Purim 1" … "Purim 9999").
func TestOccasionCacheBounded(t *testing.T) {
	step := 1
	if testing.Short() {
		step = 37
	}
	first := occasion.On(hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 14}, occasion.Diaspora)
	for year := 2; year <= 9998; year += step {
		for _, s := range []occasion.Schedule{occasion.Diaspora, occasion.Israel} {
			occasion.On(hebrew.Date{Year: year, Month: hebrew.Tishrei, Day: 10}, s)
			n, most := occasion.CachedYears()
			require.LessOrEqual(t, n, most)
		}
	}
	assert.Equal(t, first, occasion.On(hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 14}, occasion.Diaspora))
}

// TestEvening: hebcal names Chanukah's days by the candles lit at their
// sunset, and its eighth day by the day; Leil Selichot by the night after
// the Shabbat it dates it to (September 28, 2024, 25 Elul 5784), though it
// flags it as a minor holiday alone.
func TestEvening(t *testing.T) {
	for _, tc := range []struct {
		day  hebrew.Date
		want bool
	}{
		{hebrew.Date{Year: 5778, Month: hebrew.Kislev, Day: 24}, true}, // Chanukah: 1 Candle
		{hebrew.Date{Year: 5778, Month: hebrew.Kislev, Day: 25}, true}, // 2 Candles
		{hebrew.Date{Year: 5778, Month: hebrew.Tevet, Day: 1}, true},   // 8 Candles
		{hebrew.Date{Year: 5778, Month: hebrew.Tevet, Day: 2}, false},  // 8th Day
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 15}, false}, // Pesach I
		{hebrew.Date{Year: 5784, Month: hebrew.Elul, Day: 25}, true},   // Leil Selichot
		{hebrew.Date{Year: 5784, Month: hebrew.Elul, Day: 26}, false},
		{hebrew.Date{Year: 5784, Month: hebrew.Nisan, Day: 14}, false},  // Erev Pesach: the day
		{hebrew.Date{Year: 5785, Month: hebrew.Shevat, Day: 15}, false}, // Tu BiShvat, a minor holiday too
	} {
		var evening bool
		for _, o := range occasion.On(tc.day, occasion.Diaspora) {
			evening = evening || o.Evening()
		}
		assert.Equal(t, tc.want, evening, "%v", tc.day)
	}
	for _, n := range []string{"Chanukah: 1 Candle", "Chanukah: 3 Candles", "chanukah: 8 candles", "חנוכה: ג׳ נרות", "Leil Selichot", "סליחות"} {
		assert.True(t, occasion.EveningName(n), n)
	}
	for _, n := range []string{"Chanukah", "Hanukkah", "Chanukah: 8th Day", "Pesach I", "Purim", "Erev Pesach", "Tu BiShvat", ""} {
		assert.False(t, occasion.EveningName(n), n)
	}
}

// TestFindPortions: every Shabbat of a year that reads a portion, alone
// or as half of a pair, in order: 5783 reads Vayeilech on 6 Tishrei and
// in Nitzavim-Vayeilech on 23 Elul (hd: 2022-10-01, 2023-09-09), where
// Find gives the first alone. A year that reads it once gives one, and a
// name that is no portion's none.
func TestFindPortions(t *testing.T) {
	day := func(y int, m hebrew.Month, d int) hebrew.Date { return hebrew.Date{Year: y, Month: m, Day: d} }
	for _, tc := range []struct {
		name string
		year int
		want []hebrew.Date
	}{
		{"Vayeilech", 5783, []hebrew.Date{day(5783, hebrew.Tishrei, 6), day(5783, hebrew.Elul, 23)}},
		{"וילך", 5786, []hebrew.Date{day(5786, hebrew.Tishrei, 5), day(5786, hebrew.Elul, 23)}},
		{"Vayeilech", 5784, []hebrew.Date{day(5784, hebrew.Elul, 25)}},
		{"Nitzavim", 5783, []hebrew.Date{day(5783, hebrew.Elul, 23)}},
		{"Ki Tisa", 5784, []hebrew.Date{day(5784, hebrew.AdarI, 22)}},
		{"Vayeilech", 5781, nil},
		{"Purim", 5784, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []hebrew.Date
			for _, o := range occasion.FindPortions(tc.name, tc.year, occasion.Diaspora) {
				got = append(got, o.Date)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
