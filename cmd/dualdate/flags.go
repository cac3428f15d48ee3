package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/suggest"
	"github.com/dualdate/dualdate/occasion"
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
	for _, e := range layout.Unwrap(compiled).Elements() {
		if e.Kind != layout.Literal {
			return l, nil
		}
	}
	names := make([]string, len(presets))
	for i, p := range presets {
		names[i] = p.name
	}
	return "", fmt.Errorf("--layout %q shows no date, weekday or time: write a dateline for Monday, January 2, 2006 (2 Tevet 5766), or name a preset (%s)", l, strings.Join(names, ", "))
}

// unknownCity returns the message for a --city that dateline.City does
// not know: the closest cities it names, or all of them.
func unknownCity(err error) string {
	var ce *dateline.CityError
	if !errors.As(err, &ce) {
		return err.Error()
	}
	if len(ce.Closest) > 0 {
		return fmt.Sprintf("unknown city %q; did you mean %s?", ce.Name, suggest.OrList(ce.Closest))
	}
	cities := zmanim.AllCities()
	names := make([]string, len(cities))
	for i, c := range cities {
		names[i] = c.Name
	}
	slices.Sort(names)
	return fmt.Sprintf("unknown city %q; the cities are:\n%s", ce.Name, wrap(names, 78))
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

// resolveLang returns the language of --lang CODE; the error lists the
// codes.
func resolveLang(code string) (layout.Lang, error) {
	if l, ok := layout.LookupLang(code); ok {
		return l, nil
	}
	codes := make([]string, 0, len(layout.Langs()))
	for _, l := range layout.Langs() {
		codes = append(codes, l.String())
	}
	return 0, fmt.Errorf("--lang %q: unknown language; the languages are %s", code, suggest.OrList(codes))
}

// inLang returns layout l with its names in language lang (see
// format.Layout.In), or l itself for English.
func inLang(l string, lang layout.Lang) string {
	if lang == layout.English {
		return l
	}
	compiled, err := dateline.Compile(l)
	if err != nil {
		return l
	}
	return compiled.In(format.Lang(lang)).String()
}

// portionWord returns the word before a weekly portion's name in language
// lang: "Parashat ", "Parachah ", "Глава ".
func portionWord(lang layout.Lang) string {
	if w := occasion.PortionWord(lang.Family()); w != "" {
		return w + " "
	}
	return "Parashat "
}
