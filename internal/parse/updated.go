package parse

import (
	"strings"

	"github.com/dualdate/dualdate/internal/script"
)

// updateWords are the words a byline puts between the time an article was
// published and the time it was updated, in every language the reader
// knows ("on December 11, 2009 at 8:27 AM, updated December 11, 2009 at
// 4:01 PM", "Publicado em: 22/12/2019 21:26 | Atualizado em: 22/12/2019
// 22:22", "20.11.2020, 11:55 / päivitetty 20.11.2020, 17:29", "06.09.2021-
// 18:30 (Son Güncelleme:06.09.2021-18:30)"): "updated", "last updated",
// "modified", "edited", and their words in the other languages, as a
// participle, a noun ("Actualització", "aktualizacja") or a phrase ("mis à
// jour", "zuletzt aktualisiert", "עדכון אחרון"). Such a byline was two
// datelines (incoming.tsv), the second the update (see UpdateBetween).
// The words are matched whole, in any letter case, the longest first.
var updateWords = [...]string{
	// English
	"updated", "last updated", "modified", "last modified", "edited", "last edited", "last update",
	// Portuguese, Spanish, Catalan, Galician
	"atualizado", "atualizada", "atualização", "última atualização", "actualizado", "actualizada",
	"actualización", "última actualización", "modificado", "modificada", "editado", "editada",
	"actualitzat", "actualitzada", "actualització", "darrera actualització", "modificat",
	// French
	"mis à jour", "mise à jour", "dernière mise à jour", "modifié", "modifiée",
	// German
	"aktualisiert", "geändert", "zuletzt aktualisiert", "zuletzt geändert", "bearbeitet", "zuletzt bearbeitet",
	// Italian
	"aggiornato", "aggiornata", "ultimo aggiornamento", "aggiornamento", "modificato", "modificata",
	// Dutch
	"bijgewerkt", "gewijzigd", "laatst bijgewerkt", "laatst gewijzigd", "aangepast",
	// Finnish, Swedish, Danish, Norwegian
	"päivitetty", "muokattu", "uppdaterad", "uppdaterat", "senast uppdaterad", "ändrad",
	"opdateret", "sidst opdateret", "oppdatert", "sist oppdatert", "endret",
	// Polish, Czech, Slovak
	"aktualizacja", "zaktualizowano", "ostatnia aktualizacja", "zmodyfikowano",
	"aktualizováno", "aktualizace", "aktualizované", "aktualizácia",
	// Russian, Ukrainian, Bulgarian
	"обновлено", "обновление", "оновлено", "оновлення", "обновено", "актуализирано",
	// Turkish
	"güncelleme", "son güncelleme", "güncellendi", "güncellenme",
	// Romanian, Hungarian, Greek, South Slavic
	"actualizat", "actualizare", "frissítve", "módosítva", "ενημερώθηκε", "ενημέρωση",
	"ažurirano", "ажурирано",
	// Hebrew
	"עודכן", "עודכן לאחרונה", "עדכון אחרון", "עדכון",
}

// updateLinks are the prepositions a byline may put after a word of
// updateWords, before the update's date or time: "Atualizado em",
// "geändert am", "updated on", "mis à jour le", "bijgewerkt op", "עודכן
// ב-", "Updated at".
var updateLinks = [...]string{"on", "at", "em", "às", "a", "el", "le", "à", "am", "um", "il", "alle", "op", "om",
	"den", "dnia", "dne", "в", "на", "от", "ב-", "ב", "בתאריך"}

// maxUpdateGap is the most bytes UpdateBetween reads between two
// datelines: the longest words of updateWords and updateLinks, with room
// for the spaces and line breaks of a page's markup around them.
const maxUpdateGap = 128

// UpdateBetween reports whether text[end:start], between the end of a
// dateline and the start of the next, says that the second is when the
// first was updated: spaces, a separator or none (a comma, a bar, a
// slash, a dash, a middle dot, a semicolon, an opening bracket), a word
// of updateWords, a preposition of updateLinks or none, and a colon or
// none. bracket reports whether the separator was an opening bracket,
// which the caller closes after the update: "06.09.2021-18:30 (Son
// Güncelleme:06.09.2021-18:30)".
func UpdateBetween(text string, end, start int) (ok, bracket bool) {
	if end < 0 || end > start || start > len(text) || start-end > maxUpdateGap {
		return false, false
	}
	s := text[:start]
	k := skipSpace(s, end)
	if k < len(s) {
		switch r, n := decode(s, k); {
		case r == '(' || r == '[':
			k, bracket = skipSpace(s, k+n), true
		case r == ',' || r == '|' || r == '/' || r == ';' || r == '·' || r == '•' || script.IsDash(r):
			k = skipSpace(s, k+n)
		}
	}
	w := wordOf(s, k, updateWords[:])
	if w == k {
		return false, false
	}
	k = skipSpace(s, w)
	if l := wordOf(s, k, updateLinks[:]); l > k {
		k = skipSpace(s, l)
	}
	if k < len(s) && s[k] == ':' {
		k = skipSpace(s, k+1)
	}
	return k == len(s), bracket
}

// wordOf returns the end of the longest of words that starts s[k:], in
// any letter case, and ends a word there (or ends in a hyphen, as
// Hebrew's ב- does), or k.
func wordOf(s string, k int, words []string) int {
	best := k
	for _, w := range words {
		e := k + len(w)
		if e <= len(s) && e > best && strings.EqualFold(s[k:e], w) && (w[len(w)-1] == '-' || script.WordEnds(s, e)) {
			best = e
		}
	}
	return best
}
