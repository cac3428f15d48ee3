package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// resolveLayout returns the layout string of --layout L: a preset's, or L
// itself if it holds something a dateline shows (a date, weekday or time)
// and compiles (see dateline.Compile): a layout that would keep a part of
// the reference day as text is a usage error that names the part.
func resolveLayout(l string) (string, error) {
	for _, p := range presets {
		if strings.EqualFold(l, p.name) {
			return p.layout, nil
		}
	}
	compiled, err := dateline.Compile(l)
	if err != nil {
		return "", fmt.Errorf("--layout %q: %w", l, err)
	}
	for i := range compiled.Len() {
		if compiled.At(i).Kind != format.Literal {
			return l, nil
		}
	}
	names := make([]string, len(presets))
	for i, p := range presets {
		names[i] = p.name
	}
	return "", fmt.Errorf("--layout %q shows no date, weekday or time: write a dateline for Monday, January 2, 2006 (2 Tevet 5766), or name a preset (%s)", l, strings.Join(names, ", "))
}

// lookupCity returns the city zmanim knows by name, read leniently: case,
// spaces and punctuation do not matter ("tel-aviv", "NewYork").
func lookupCity(name string) (*zmanim.Location, bool) {
	if c := zmanim.LookupCity(name); c != nil {
		return c, true
	}
	key := cityKey(name)
	for _, c := range zmanim.AllCities() {
		if key != "" && cityKey(c.Name) == key {
			return &c, true
		}
	}
	return nil, false
}

// unknownCity returns the message for a --city that zmanim does not know,
// naming the known cities closest to it.
func unknownCity(name string) string {
	cities := zmanim.AllCities()
	type scored struct {
		name  string
		score int
	}
	var close []scored
	key := cityKey(name)
	for _, c := range cities {
		if s, ok := closeness(key, cityKey(c.Name)); ok {
			close = append(close, scored{c.Name, s})
		}
	}
	slices.SortStableFunc(close, func(a, b scored) int { return a.score - b.score })
	if len(close) > 5 {
		close = close[:5]
	}
	if len(close) == 0 {
		names := make([]string, len(cities))
		for i, c := range cities {
			names[i] = c.Name
		}
		slices.Sort(names)
		return fmt.Sprintf("unknown city %q; the cities are:\n%s", name, wrap(names, 78))
	}
	names := make([]string, len(close))
	for i, c := range close {
		names[i] = c.name
	}
	return fmt.Sprintf("unknown city %q; did you mean %s?", name, orList(names))
}

// cityKey returns a city name lower-cased with only its letters and digits,
// so that "tel-aviv" and "Tel Aviv" compare equal.
func cityKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// closeness says whether the typed key is close to a city's key, and how
// close (lower is closer): a prefix either way, a substring, or a few
// letters off.
func closeness(typed, city string) (int, bool) {
	switch {
	case typed == "":
		return 0, false
	case strings.HasPrefix(city, typed), strings.HasPrefix(typed, city):
		return 0, true
	case len(typed) >= 3 && strings.Contains(city, typed):
		return 1, true
	}
	d := editDistance(typed, city)
	limit := max(1, min(len(typed), len(city))/3)
	if d <= limit {
		return 1 + d, true
	}
	return 0, false
}

// editDistance returns the Levenshtein distance between a and b, counting
// runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// wrap joins names with commas into indented lines at most width long.
func wrap(names []string, width int) string {
	var b strings.Builder
	col := 0
	for i, n := range names {
		if i < len(names)-1 {
			n += ","
		}
		if col > 0 && col+1+len(n) > width {
			b.WriteByte('\n')
			col = 0
		}
		if col == 0 {
			b.WriteString("  ")
			col = 2
		} else {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(n)
		col += len(n)
	}
	return b.String()
}

// orList writes names as "A", "A or B", "A, B or C".
func orList(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// resolveLang returns the language of --lang CODE; the error lists the
// codes.
func resolveLang(code string) (format.Lang, error) {
	if l, ok := format.LookupLang(code); ok {
		return l, nil
	}
	codes := make([]string, 0, len(format.Langs()))
	for _, l := range format.Langs() {
		codes = append(codes, l.String())
	}
	return 0, fmt.Errorf("--lang %q: unknown language; the languages are %s", code, orList(codes))
}

// inLang returns layout l with its names in language lang (see
// format.Layout.In), or l itself for English.
func inLang(l string, lang format.Lang) string {
	if lang == format.English {
		return l
	}
	compiled, err := dateline.Compile(l)
	if err != nil {
		return l
	}
	return compiled.In(lang).String()
}

// portionWord returns the word before a weekly portion's name in language
// lang: "Parashat ", "Parachah ", "Глава ".
func portionWord(lang format.Lang) string {
	if w := hebrew.PortionWord(lang.Family()); w != "" {
		return w + " "
	}
	return "Parashat "
}
