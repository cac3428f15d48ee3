package dateline_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFindUpdated: a byline's publication followed by the words for
// "updated" and the time of the update, in any language the reader
// knows, is one dateline, the publication, with the update in
// Report.Updated. "Publicado em: 22/12/2019 21:26 | Atualizado em:
// 22/12/2019 22:22" and "on December 11, 2009 at 8:27 AM, updated December
// 11, 2009 at 4:01 PM" (incoming.tsv) were two datelines. The leading
// label (Posted on, Publicado em:, Erstellt am) stays outside the match,
// as it was. An update before the publication is a warning; one that is
// no real day is the byline's error, and no update is given. A numeric
// date that reads both ways keeps its warning, at either end.
func TestFindUpdated(t *testing.T) {
	cases := []struct {
		text, match string
		pub, upd    string // "2006-01-02 15:04", or a day alone "2006-01-02"; upd "" for none
		pubHeb      string
		warnings    []dateline.Code
		errors      []dateline.Code
	}{
		{text: "Posted on March 5, 2024 at 10:00 am, updated March 6, 2024 at 11:15 am",
			match: "March 5, 2024 at 10:00 am, updated March 6, 2024 at 11:15 am",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "Published: March 5, 2024 10:00 AM | Last updated: March 5, 2024 4:30 PM",
			match: "March 5, 2024 10:00 AM | Last updated: March 5, 2024 4:30 PM",
			pub:   "2024-03-05 10:00", upd: "2024-03-05 16:30", pubHeb: "25 Adar I 5784"},
		{text: "Publicado em: 05/03/2024 10:00 | Atualizado em: 06/03/2024 11:15",
			match: "05/03/2024 10:00 | Atualizado em: 06/03/2024 11:15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "05/03/2024 10h00 - Atualizado em 05/03/2024 18h40",
			pub: "2024-03-05 10:00", upd: "2024-03-05 18:40", pubHeb: "25 Adar I 5784",
			warnings: []dateline.Code{dateline.CodeDateAmbiguous}},
		{text: "Publicado el 5 de marzo de 2024 a las 10:00, actualizado el 6 de marzo de 2024",
			match: "5 de marzo de 2024 a las 10:00, actualizado el 6 de marzo de 2024",
			pub:   "2024-03-05 10:00", upd: "2024-03-06", pubHeb: "25 Adar I 5784"},
		{text: "Publié le 5 mars 2024 à 10h00, mis à jour le 6 mars 2024 à 11h15",
			match: "5 mars 2024 à 10h00, mis à jour le 6 mars 2024 à 11h15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "(Erstellt am 5. März 2024 10:00 Uhr / geändert am 6. März 2024 11:15 Uhr)",
			match: "5. März 2024 10:00 Uhr / geändert am 6. März 2024 11:15 Uhr",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "Veröffentlicht am 05.03.2024, zuletzt aktualisiert am 06.03.2024 um 11:15 Uhr",
			match: "05.03.2024, zuletzt aktualisiert am 06.03.2024 um 11:15 Uhr",
			pub:   "2024-03-05", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "Pubblicato il 5 marzo 2024 alle 10:00, aggiornato il 6 marzo 2024 alle 11:15",
			match: "5 marzo 2024 alle 10:00, aggiornato il 6 marzo 2024 alle 11:15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "Gepubliceerd op 5 maart 2024 om 10:00, bijgewerkt op 6 maart 2024 om 11:15",
			match: "5 maart 2024 om 10:00, bijgewerkt op 6 maart 2024 om 11:15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "5.3.2024, 10:00 / päivitetty 5.3.2024, 17:29",
			pub: "2024-03-05 10:00", upd: "2024-03-05 17:29", pubHeb: "25 Adar I 5784",
			warnings: []dateline.Code{dateline.CodeDateAmbiguous}},
		{text: "Publicerad 5 mars 2024 10:00, uppdaterad 6 mars 2024 11:15",
			match: "5 mars 2024 10:00, uppdaterad 6 mars 2024 11:15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "Opublikowano: 5 marca 2024 10:00, aktualizacja: 6 marca 2024 11:15",
			match: "5 marca 2024 10:00, aktualizacja: 6 marca 2024 11:15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "Опубликовано 5 марта 2024, 10:00, обновлено 6 марта 2024, 11:15",
			match: "5 марта 2024, 10:00, обновлено 6 марта 2024, 11:15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "Опубліковано 5 березня 2024, оновлено 6 березня 2024",
			match: "5 березня 2024, оновлено 6 березня 2024",
			pub:   "2024-03-05", upd: "2024-03-06", pubHeb: "25 Adar I 5784"},
		{text: "05.03.2024-10:00 (Son Güncelleme:06.03.2024-11:15)",
			pub: "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784",
			warnings: []dateline.Code{dateline.CodeDateAmbiguous}},
		{text: "פורסם: 05/03/2024 10:00 | עודכן: 06/03/2024 11:15",
			match: "05/03/2024 10:00 | עודכן: 06/03/2024 11:15",
			pub:   "2024-03-05 10:00", upd: "2024-03-06 11:15", pubHeb: "25 Adar I 5784"},
		{text: "05/03/2024 - 10.00 Actualitzat 05/03/2024 - 11.15",
			pub: "2024-03-05 10:00", upd: "2024-03-05 11:15", pubHeb: "25 Adar I 5784",
			warnings: []dateline.Code{dateline.CodeDateAmbiguous, dateline.CodeDateAmbiguous}},
		// An update that is a Hebrew date: the same day.
		{text: "Published September 28, 2022 10:39 am, updated 3 Tishrei 5783.",
			match: "September 28, 2022 10:39 am, updated 3 Tishrei 5783",
			pub:   "2022-09-28 10:39", upd: "2022-09-28", pubHeb: "3 Tishrei 5783"},
		// The same minute, as a site that stamps both at once prints it.
		{text: "06.03.2024-18:30 (Son Güncelleme:06.03.2024-18:30)",
			pub: "2024-03-06 18:30", upd: "2024-03-06 18:30", pubHeb: "26 Adar I 5784",
			warnings: []dateline.Code{dateline.CodeDateAmbiguous}},
		// An update before the publication: a warning, with both.
		{text: "Posted on March 5, 2024 at 10:00 am, updated March 4, 2024 at 9:00 am",
			match: "March 5, 2024 at 10:00 am, updated March 4, 2024 at 9:00 am",
			pub:   "2024-03-05 10:00", upd: "2024-03-04 09:00", pubHeb: "25 Adar I 5784",
			warnings: []dateline.Code{dateline.CodeUpdate}},
		{text: "Publié le 5 mars 2024 à 10h00, modifié le 5 mars 2024 à 9h15",
			match: "5 mars 2024 à 10h00, modifié le 5 mars 2024 à 9h15",
			pub:   "2024-03-05 10:00", upd: "2024-03-05 09:15", pubHeb: "25 Adar I 5784",
			warnings: []dateline.Code{dateline.CodeUpdate}},
		// An update that is no day: the byline's error, no update given.
		{text: "Posted on March 5, 2024 at 10:00 am, updated February 30, 2024 at 9:00 am",
			match: "March 5, 2024 at 10:00 am, updated February 30, 2024 at 9:00 am",
			pub:   "2024-03-05 10:00", pubHeb: "25 Adar I 5784",
			errors: []dateline.Code{dateline.CodeNoSuchDay}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			want := tc.match
			if want == "" {
				want = tc.text
			}
			assert.Equal(t, want, tc.text[m.Start:m.End])
			assert.Equal(t, want, m.Input)
			assert.Equal(t, tc.pub, instant(m.Dateline))
			assert.Equal(t, tc.pubHeb, m.Dateline.Hebrew.String())
			assert.Equal(t, tc.upd, instant(m.Updated))
			assert.Empty(t, m.Also)
			assert.Equal(t, tc.warnings, severityCodes(m, dateline.Warning))
			assert.Equal(t, tc.errors, severityCodes(m, dateline.Error))
		})
	}
}

// instant writes d's day, with its time of day if it has one, or "" for
// no day.
func instant(d dateline.Dateline) string {
	switch {
	case !d.HasDay():
		return ""
	case d.HasTime:
		return d.Time.Format("2006-01-02 15:04")
	}
	return d.Time.Format("2006-01-02")
}

// TestFindUpdatedNearMiss: two dates of prose that no word of an update
// joins stay as they were: a range, and two datelines.
func TestFindUpdatedNearMiss(t *testing.T) {
	cases := []struct {
		text    string
		matches []string
	}{
		{"The exhibition runs from 2 March to 5 May 2024.", []string{"2 March to 5 May 2024"}},
		{"She was born 1 May 1900, died 2 June 1980.", []string{"1 May 1900", "2 June 1980"}},
		{"Posted on March 5, 2024 by Ann, edited by Bob on March 6, 2024", []string{"March 5, 2024", "March 6, 2024"}},
		{"March 5, 2024 10:00 am; March 6, 2024 11:15 am", []string{"March 5, 2024 10:00 am", "March 6, 2024 11:15 am"}},
		{"Erstellt am 5. März 2024, Update folgt am 6. März 2024", []string{"5. März 2024", "6. März 2024"}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				got = append(got, m.Input)
				assert.True(t, m.Updated.IsZero(), "%q: updated", m.Input)
			}
			assert.Equal(t, tc.matches, got)
		})
	}
}

// TestUpdatedJSON: the update is the check object's "updated", after
// "layout", and reads back.
func TestUpdatedJSON(t *testing.T) {
	m := oneMatch(t, "Posted on March 5, 2024 at 10:00 am, updated March 6, 2024 at 11:15 am", heldoutRef)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.Contains(t, string(b), `,"updated":{"gregorian":"2024-03-06","weekday":"Wednesday","hebrew":"26 Adar I 5784",`)
	var back dateline.Match
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Updated.Time.Equal(m.Updated.Time))
	assert.Equal(t, m.Updated.Hebrew, back.Updated.Hebrew)
	assert.Equal(t, m.Updated.HasTime, back.Updated.HasTime)
	b, err = json.Marshal(oneMatch(t, "Posted on March 5, 2024 at 10:00 am", heldoutRef))
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"updated"`)
}
