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

// presetIn returns the layout of --layout name, whose layout string is l,
// in language lang: a preset of a dateline (header, full, published) in
// the language's own order, as its people write it (Montag, 2. Januar |
// 2 Tewet 5766), and any other layout, the user's own, in its own order
// with its names in the language (see inLang). The names of a preset are
// the language's too where another language spells them alike (the
// Serbian januar of "02. januar 2006., 15:04" is German's Januar).
func presetIn(name string, lang layout.Lang, l string) string {
	if lang != layout.English {
		switch strings.ToLower(name) {
		case "header":
			l = lang.LayoutHeader()
		case "full":
			l = lang.Layout()
		case "published":
			l = lang.LayoutPublished()
		}
	}
	return inLang(l, lang)
}

// writesLang refuses a layout in language lang whose names, written for
// the reference day, read as another language's: Swedish's "2 januari
// 2006, 15:04" is Dutch, and Serbian's "januar 2, 2006" German, as the
// layout string is read, so that March would be written maart or märz.
// A weekday's name, or a month's that no other language shares, says
// the language.
func writesLang(l string, lang layout.Lang) error {
	compiled, err := dateline.Compile(l)
	if err != nil {
		return nil // reported where the layout is used
	}
	for _, e := range layout.Unwrap(compiled).Elements() {
		if (e.Kind == layout.Weekday || e.Kind == layout.Month) && e.Lang != lang &&
			(e.Form == layout.Long || e.Form == layout.Short || e.Form == layout.ShortDot) {
			return fmt.Errorf("--lang %s cannot write --layout as %q: its names read as another language's (%s); use a layout with the weekday's name, such as --layout full",
				lang, l, e.Lang)
		}
	}
	return nil
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
