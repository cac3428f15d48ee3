package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout171CalendarNamedRelative: a relative clause that names the
// other calendar between the two calendars' dates of one day, its verb
// for "is" before the name or after it: "10. mail, mis on juudikalendri
// järgi 6. Iyar" (Eesti Päevaleht, epl.delfi.ee, the
// hundred-and-seventy-first held-out round: on 10 May, which is by the
// Jewish calendar 6 Iyar) was no date, and found in a sentence it was the
// Hebrew date alone, in the Hebrew year nearest the reference (6 Iyyar
// 5787). The phrase alone, without the clause ("October 12, 2024 (on the
// Jewish calendar, 10 Tishrei 5785)"), was read already; Estonian,
// Finnish, Latvian, Lithuanian, Bulgarian and Greek had no such phrase.
// The two dates are one dateline's, checked against each other, and
// without a year read in the year in which they fit (2011), with an info.
// The same clause before a civil date names the Gregorian calendar.
func TestHeldout171CalendarNamedRelative(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"10. mail, mis on juudikalendri järgi 6. Iyar", "2011-05-10", "6 Iyyar 5771"}, // the row
		{"10. mail 2011, mis juudikalendri järgi on 6. Iyar 5771", "2011-05-10", "6 Iyyar 5771"},
		{"15. aprillil 2022, mis on juudikalendri järgi 14. Nisan 5782", "2022-04-15", "14 Nisan 5782"},
		{"10. toukokuuta 2011, joka on juutalaisen kalenterin mukaan 6. Iyar 5771", "2011-05-10", "6 Iyyar 5771"},
		{"2019. gada 4. jūlijā, kas pēc ebreju kalendāra ir 1. Tammuz 5779", "2019-07-04", "1 Tammuz 5779"},
		{"2019 m. liepos 4 d., kuri pagal žydų kalendorių yra 1 Tammuz 5779", "2019-07-04", "1 Tammuz 5779"},
		{"15 април 2022 г., което по еврейския календар е 14 Нисан 5782", "2022-04-15", "14 Nisan 5782"},
		{"15. april 2022, što je po jevrejskom kalendaru 14. Nisan 5782", "2022-04-15", "14 Nisan 5782"},
		{"10 мая, что по еврейскому календарю 6 ияра", "2011-05-10", "6 Iyyar 5771"},
		// Greek's names of the Hebrew months are not read yet: "Nisan".
		{"Τρίτη 11 Απριλίου 2017, που σύμφωνα με το εβραϊκό ημερολόγιο είναι 15 Nisan 5777", "2017-04-11", "15 Nisan 5777"},
		{"May 10, 2011, which in the Jewish calendar is 6 Iyar 5771", "2011-05-10", "6 Iyyar 5771"},
		{"May 10, 2011, which is, on the Hebrew calendar, 6 Iyar 5771", "2011-05-10", "6 Iyyar 5771"},
		{"May 10, which is on the Jewish calendar 6 Iyar", "2011-05-10", "6 Iyyar 5771"},
		// The other way: the clause names the Gregorian calendar.
		{"6. Iyar 5771, mis on Gregoriuse kalendri järgi 10. mai 2011", "2011-05-10", "6 Iyyar 5771"},
		{"14 Nisan 5782, što je po gregorijanskom kalendaru 15. april 2022", "2022-04-15", "14 Nisan 5782"},
		{"14 Nisan 5782, joka on gregoriaanisen kalenterin mukaan 15. huhtikuuta 2022", "2022-04-15", "14 Nisan 5782"},
	})
	// Found in the page's sentence, the whole clause is the match.
	m := findOneOK(t, "Iisraelis tähistatakse iseseisvuspäeva 10. mail, mis on juudikalendri järgi 6. Iyar.", heldoutRef)
	assert.Equal(t, "10. mail, mis on juudikalendri järgi 6. Iyar", m.Input)
	assert.Equal(t, "6 Iyyar 5771", m.Dateline.Hebrew.String())
	// Two dates that disagree are said to.
	for _, text := range []string{
		"10. mail 2011, mis on juudikalendri järgi 8. Iyar 5771",
		"May 10, 2011, which in the Jewish calendar is 8 Iyar 5771",
	} {
		rep := dateline.Check(text, heldoutRef)
		require.NotEmpty(t, rep.Problems, text)
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code, text)
	}
	// No date of the other calendar after the clause, or a clause after a
	// Hebrew date that names its own calendar: prose, as before.
	checkUnread(t, heldoutRef,
		"10. mail, mis on juudikalendri järgi tähtis päev",
		"May 10, which is a Sunday",
		"6 Iyar, which in the Jewish calendar is May 10",
		"May 10, 2011, which on the Jewish calendar was a fast day")
}
