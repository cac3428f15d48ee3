package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestUpdateBetween: the words between a byline's publication and its
// update, written here as "…" and "…" around them, in the languages the
// reader knows; and words between two dates that say no update.
func TestUpdateBetween(t *testing.T) {
	cases := []struct {
		text        string
		ok, bracket bool
	}{
		{"…, updated …", true, false},
		{"… | Last updated: …", true, false},
		{"… - Updated on …", true, false},
		{"… · edited …", true, false},
		{"… | Atualizado em: …", true, false},
		{"… - Atualizado em …", true, false},
		{"…, actualizado el …", true, false},
		{"… Actualitzat …", true, false},
		{"…, mis à jour le …", true, false},
		{"… / geändert am …", true, false},
		{"…, zuletzt aktualisiert am …", true, false},
		{"…, aggiornato il …", true, false},
		{"…, bijgewerkt op …", true, false},
		{"… / päivitetty …", true, false},
		{"…, uppdaterad …", true, false},
		{"…, oppdatert …", true, false},
		{"…, aktualizacja: …", true, false},
		{"…, обновлено …", true, false},
		{"…, оновлено …", true, false},
		{"… (Son Güncelleme:…", true, true},
		{"… [UPDATED: …", true, true},
		{"… | עודכן: …", true, false},
		{"… | עדכון אחרון: …", true, false},
		// Near misses: no update's word, or more words after it.
		{"… to …", false, false},
		{"…, died …", false, false},
		{"… and …", false, false},
		{"…, updated by Bob on …", false, false},
		{"…, updatedness …", false, false},
		{"… update …", false, false},
		{"…, updated; …", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			end := len("…")
			start := strings.LastIndex(tc.text, "…")
			ok, bracket := parse.UpdateBetween(tc.text, end, start)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.bracket, bracket)
		})
	}
	ok, _ := parse.UpdateBetween("…, updated …", 10, 2) // a span that ends before it starts
	assert.False(t, ok)
	far := "…," + strings.Repeat(" ", 200) + "updated …" // more blank than a byline's markup holds
	ok, _ = parse.UpdateBetween(far, len("…"), strings.LastIndex(far, "…"))
	assert.False(t, ok)
	near := "…,\n        updated …" // a byline over two lines of a page
	ok, _ = parse.UpdateBetween(near, len("…"), strings.LastIndex(near, "…"))
	assert.True(t, ok)
}
