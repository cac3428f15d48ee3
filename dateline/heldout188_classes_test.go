package dateline_test

import (
	"testing"
)

// TestHeldout188UkrainianTa: Ukrainian's "та" (and), which its pages
// write between two days as often as "і": "За два дні 29 та 30 вересня
// 1941-го року" (nugayulya.at.ua, the hundred-and-eighty-eighth held-out
// round, incoming line 2715) was its second day alone, the 30th, with
// nothing said. The pair gives its first day, as "29 і 30 вересня" does;
// two years so joined, a day out of its month and days of no month stay
// unread.
func TestHeldout188UkrainianTa(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"29 та 30 вересня 1941 року", "1941-09-29"},
		{"12 та 13 грудня 2023 року", "2023-12-12"},
		{"7 та 8 квітня 2024", "2024-04-07"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"За два дні 29 та 30 вересня 1941 року там розстріляли майже 34 тисячі євреїв.", "1941-09-29", "8 Tishrei 5702"},
		{"Концерти відбудуться 12 та 13 грудня 2023 року.", "2023-12-12", "29 Kislev 5784"},
	})
	checkUnread(t, heldoutRef, "29 та 35 вересня 1941 року", "у 2023 та 2024 роках", "було 29 та 30 людей")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"у 2023 та 2024 роках", ""},
		{"було 29 та 30 людей", ""},
	})
}
