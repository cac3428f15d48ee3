package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
	"github.com/dualdate/dualdate/occasion"
)

func TestParseOccasions(t *testing.T) {
	tests := []struct {
		in     string
		kind   layout.Kind
		name   string // the occasion's key
		family hebrew.Family
		layout string
	}{
		{"Purim 5784", layout.Holiday, "purim", hebrew.Hebcal, "Chanukah: 8th Day 5766"},
		{"PURIM 5784", layout.Holiday, "purim", hebrew.Hebcal, "CHANUKAH: 8TH DAY 5766"},
		{"Shabbat Zachor, March 23, 2024", layout.Holiday, "shabbat zachor", hebrew.Hebcal, "Chanukah: 8th Day, January 2, 2006"},
		{"Yom Kippur 5785", layout.Holiday, "yom kippur", hebrew.Hebcal, "Chanukah: 8th Day 5766"},
		{"Erev Pesach 5784", layout.Holiday, "erev pesach", hebrew.Hebcal, "Chanukah: 8th Day 5766"},
		{"Rosh Hashana 5784", layout.Holiday, "rosh hashana", hebrew.Hebcal, "Chanukah: 8th Day 5766"},
		{"Tish’a B’Av 5784", layout.Holiday, "tisha bav", hebrew.Hebcal, "Chanukah: 8th Day 5766"},
		{"פורים תשפ״ד", layout.Holiday, "פורים", hebrew.Hebrew, "חנוכה: יום ח׳ תשס״ו"},
		{"פּוּרִים תשפ״ד", layout.Holiday, "פורים", hebrew.Niqqud, "חֲנוּכָּה: יוֹם ח׳ תשס״ו"},
		{"Friday, March 1st | 21 Adar I 5784 | Parashat Ki Tisa", layout.Portion, "ki tisa", hebrew.Hebcal, "Monday, January 2nd | 2 Tevet 5766 | Parashat Vayigash"},
		{"21 Adar I 5784, Parshas Ki Sisa", layout.Portion, "ki sisa", hebrew.Ashkenazi, "2 Tevet 5766, Parshas Vayigash"},
		{"כ״א אדר א׳ תשפ״ד, פרשת כי תשא", layout.Portion, "כי תשא", hebrew.Hebrew, "ב׳ טבת תשס״ו, פרשת ויגש"},
		// A special Shabbat joined to the portion by the word after
		// "Shabbat" in its name, as bulletins write it.
		{"Parshat Vayakhel-Shekalim, March 9, 2024", layout.Holiday, "shabbat shekalim", hebrew.Hebcal, "Parshat Vayigash-Chanukah: 8th Day, January 2, 2006"},
		{"Parshat Tetzaveh / Zachor, March 23, 2024", layout.Holiday, "shabbat zachor", hebrew.Hebcal, "Parshat Vayigash / Chanukah: 8th Day, January 2, 2006"},
		// A portion with its Hebrew year and no date names the Shabbat
		// it is read on, the year after it or heading the dateline
		// (heldout16: 'תשע"ו | שבת פרשת ויגש').
		{"Parashat Noach 5784", layout.Portion, "noach", hebrew.Hebcal, "Parashat Vayigash 5766"},
		{"שבת פרשת נח תשפ״ד", layout.Portion, "נח", hebrew.Hebrew, "יום שני פרשת ויגש תשס״ו"},
		{"תשפ״ד | שבת פרשת נח", layout.Portion, "נח", hebrew.Hebrew, "תשס״ו | יום שני פרשת ויגש"},
		{"ה׳תשפ״ד, פרשת נח", layout.Portion, "נח", hebrew.Hebrew, "ה׳תשס״ו, פרשת ויגש"},
	}
	names := occasion.Names()
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			f, ok := r.Get(tc.kind)
			require.True(t, ok)
			require.Less(t, f.Value, len(names))
			assert.Equal(t, tc.name, occasion.Key(names[f.Value].Text))
			assert.Equal(t, tc.family, f.Spelling.Family)
			assert.Equal(t, tc.layout, r.Layout().String())
		})
	}
}

func TestParseOccasionErrors(t *testing.T) {
	// A Hebrew year before what is no date is none either. (A portion
	// with a civil year is the Shabbat that reads it in that year, which
	// the check finds or says is two or none: see
	// TestParsePortionCivilYear; a portion alone, "Parashat Noach", is a
	// whole dateline whose year the check infers: see TestParsePortionAlone.)
	for _, in := range []string{"Purimm 5784", "Parashat Chicken", "Parashat", "Shabbat Chicken 5784", "תשפ״ד | גיליון 12"} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			var pe *parse.Error
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, parse.ErrSyntax)
		})
	}
}

func TestAllOccasions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A holiday alone in free text is a word, not a date.
		{"Come to our Chanukah party and a Purim spiel.", nil},
		{"The Bo of Parashat Bo.", nil},
		{"The Bo of Parashat Bo 5784 is read in January.", []string{"Parashat Bo 5784"}},
		{`בגיליון שנת תשע"ו | שבת פרשת ויגש נכתב`, []string{`תשע"ו | שבת פרשת ויגש`}},
		{"This year Purim 5784 falls in Adar II.", []string{"Purim 5784"}},
		{"Purim, March 24, 2024 at the shul", []string{"Purim, March 24, 2024"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, nilIfEmpty(spans(collect(t, tc.text))))
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestOccasionLists: a day's occasions, as the Holiday element writes
// them, are one Holiday field, and OccasionsIn names each.
func TestOccasionLists(t *testing.T) {
	r, err := parse.Parse("Chag HaBanot, Chanukah: 7 Candles 5785")
	require.NoError(t, err)
	f, ok := r.Get(layout.Holiday)
	require.True(t, ok)
	text := r.Input[f.Start:f.End]
	assert.Equal(t, "Chag HaBanot, Chanukah: 7 Candles", text)
	assert.Equal(t, "Chanukah: 8th Day 5766", r.Layout().String())
	names := occasion.Names()
	var got []string
	for _, i := range parse.OccasionsIn(nil, text) {
		got = append(got, occasion.Key(names[i].Text))
	}
	assert.Equal(t, []string{"chag habanot", "chanukah 7 candles"}, got)
	// A comma before a date is not a list.
	r, err = parse.Parse("Purim, March 24, 2024")
	require.NoError(t, err)
	f, _ = r.Get(layout.Holiday)
	assert.Equal(t, "Purim", r.Input[f.Start:f.End])
	assert.Empty(t, parse.OccasionsIn(nil, "March 24"))
	// A locale writes in English the names it has none of its own for:
	// the list is Finnish's, which names Shabbat Shekalim, not English's.
	r, err = parse.Parse("Shabbat Mevarchim Chodesh Adar II, Shabat shkalim")
	require.NoError(t, err)
	assert.Equal(t, "Hanuka 8. päivä", r.Layout().String())
	r, err = parse.Parse("Shabbat Mevarchim Chodesh Adar II, Shabbat Shekalim")
	require.NoError(t, err)
	assert.Equal(t, "Chanukah: 8th Day", r.Layout().String())
}

// TestParsePortionCivilYear: a weekly portion with a Gregorian year of
// four digits after it, with a comma or not, reads both ("Parashat
// Nitzavim 2025" was refused at its year); a Hebrew year stays one.
func TestParsePortionCivilYear(t *testing.T) {
	for _, tc := range []struct {
		in   string
		year int
		kind layout.Kind
	}{
		{"Parashat Nitzavim 2025", 2025, layout.Year},
		{"Parshas Noach, 2024", 2024, layout.Year},
		{"פרשת נח 2024", 2024, layout.Year},
		{"Parashat Noach 5785", 5785, layout.HebrewYear},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			_, ok := r.Get(layout.Portion)
			assert.True(t, ok)
			f, ok := r.Get(tc.kind)
			require.True(t, ok)
			assert.Equal(t, tc.year, f.Value)
		})
	}
}

// TestParsePortionAlone: a weekly portion's name with no date or year,
// or with a weekday alone, is a whole dateline of a Portion field (and
// the weekday's), whose year the dateline layer infers; after a word
// that is no date it is still none.
func TestParsePortionAlone(t *testing.T) {
	for _, in := range []string{"Parashat Noach", "פרשת נח", "Shabbat Parashat Noach", "יום ג׳ פרשת נח"} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			_, ok := r.Get(layout.Portion)
			assert.True(t, ok)
			_, ok = r.Get(layout.HebrewYear)
			assert.False(t, ok)
		})
	}
	_, err := parse.Parse("Dvar Torah on Parashat Noach")
	assert.ErrorIs(t, err, parse.ErrSyntax)
}
