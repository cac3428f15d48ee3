package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

const none = dateline.Severity(255)

// TestSchedules: an occasion of one schedule only is no error without a
// schedule chosen, but an info that names the schedule; with one chosen,
// the other's occasion is an error (issue 13, item 7).
func TestSchedules(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		in   string
		opts []dateline.Option
		day  string
		sev  dateline.Severity // of the occasion problem; none for none
		word string            // in its message
	}{
		{"Simchat Torah, 22 Tishrei 5785", nil, "2024-10-24", dateline.Info, "Israel's"},
		{"Thursday, October 24, 2024 | 22 Tishrei 5785 | Simchat Torah", nil, "2024-10-24", dateline.Info, "Israel's"},
		{"Simchat Torah, 22 Tishrei 5785", []dateline.Option{dateline.Israel()}, "2024-10-24", none, ""},
		{"Simchat Torah, 22 Tishrei 5785", []dateline.Option{dateline.Diaspora()}, "2024-10-24", dateline.Error, ""},
		{"Simchat Torah, 23 Tishrei 5785", nil, "2024-10-25", dateline.Info, "the Diaspora's"},
		{"Simchat Torah, 23 Tishrei 5785", []dateline.Option{dateline.Israel()}, "2024-10-25", dateline.Error, ""},
		{"Shmini Atzeret, 22 Tishrei 5785", nil, "2024-10-24", none, ""},
		{"שמחת תורה, כ״ב תשרי תשפ״ה", nil, "2024-10-24", dateline.Info, "Israel's"},
		{"Simchat Torah 5785", []dateline.Option{dateline.Israel()}, "2024-10-24", none, ""},
		{"Simchat Torah 5785", nil, "2024-10-25", dateline.Info, "the Diaspora's"},
		{"Pesach VIII 5782", nil, "2022-04-23", dateline.Info, "the Diaspora's"},
		{"April 23, 2022 | Parashat Achrei Mot", nil, "2022-04-23", dateline.Info, "Israel's"},
		{"April 23, 2022 | Parashat Achrei Mot", []dateline.Option{dateline.Diaspora()}, "2022-04-23", dateline.Error, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, append(tc.opts, ref)...)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			var got *dateline.Problem
			for i, p := range rep.Problems {
				if p.Code == dateline.CodeOccasion {
					got = &rep.Problems[i]
				}
			}
			if tc.sev == none {
				assert.Nil(t, got, "%+v", rep.Problems)
				return
			}
			if assert.NotNil(t, got, "%+v", rep.Problems) {
				assert.Equal(t, tc.sev, got.Severity)
				assert.Contains(t, got.Message, tc.word)
			}
		})
	}
}
