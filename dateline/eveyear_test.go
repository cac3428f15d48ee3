package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestEveLayoutEveryDay: a layout that names an eve and then a Hebrew
// year, written for every day of three years, reads back as the day it
// was written for, or as no day. Its year has the eve's shift of its
// own, and the writer moved it a day again: "Thursday Elul 28, 5763" was
// written for 28 Elul 5762, a day without an eve (the eve's phrase left
// out), and read as 28 Elul 5763, a Thursday too, a year later.
func TestEveLayoutEveryDay(t *testing.T) {
	layouts := []string{
		"Thursday Kislev 24, Eve of Chanuka, 5703",
		"Sunday, 29 Sivan , Erev Rosh Chodesh Tamuz 5769",
	}
	for _, text := range layouts {
		l, err := dateline.LayoutOf(text)
		if !assert.NoError(t, err, text) {
			continue
		}
		unread := 0
		for day := time.Date(2002, time.January, 1, 12, 0, 0, 0, time.UTC); day.Year() < 2005; day = day.AddDate(0, 0, 1) {
			s := dateline.New(day).Format(l.String())
			if strings.HasPrefix(s, "%!") {
				continue
			}
			rep := dateline.Check(s, dateline.Reference(day))
			if rep.Err() != nil || rep.Dateline.Time.IsZero() {
				unread++
				continue
			}
			assert.Equal(t, day.Format("2006-01-02"), rep.Dateline.Time.Format("2006-01-02"), "%q writes %q", text, s)
		}
		assert.Less(t, unread, 30, text)
	}
}
