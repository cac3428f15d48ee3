// Command peertables extracts the test tables of the peers,
// github.com/araddon/dateparse and github.com/markusmobius/go-dateparser,
// from their sources in the module cache into data files, with each row's
// expected answer, the reference time ("now"), zone and settings the
// peer's test gives it, and the class that decides whether the comparison
// counts it (see ../../README.md, "The peers' own tests").
//
// Usage, from bench/:
//
//	go mod download
//	go run ./internal/peertables
//
// It reads the Go source of the peers' tests (go/ast, nothing is run) and
// writes testdata/peers/dateparse.tsv and testdata/peers/go-dateparser.tsv.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dualdate/dualdate/format"
)

// A row is one string a peer's test reads, with what the test expects.
type row struct {
	source   string    // file:line and the test's table
	text     string    // the input
	want     time.Time // the expected instant; zero when the test expects an error
	now      time.Time // the reference time; zero when the test gives none
	zone     string    // IANA zone of text that names none; "" is UTC
	order    string    // a date order the test sets (DMY, MDY, YMD ...)
	lang     string    // the language the test sets, or that the table's section names
	settings []string  // other settings of the peer the test sets
	class    string    // absolute, or why the row is left out
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "peertables:", err)
		os.Exit(1)
	}
}

func run() error {
	dp, err := moduleDir("github.com/araddon/dateparse")
	if err != nil {
		return err
	}
	gdp, err := moduleDir("github.com/markusmobius/go-dateparser")
	if err != nil {
		return err
	}
	rows, err := dateparseRows(filepath.Join(dp.Dir, "parseany_test.go"))
	if err != nil {
		return err
	}
	if err := write("testdata/peers/dateparse.tsv", dp, "parseany_test.go",
		"MIT License, Copyright (c) 2015-2017 Aaron Raddon: see LICENSE.dateparse", rows); err != nil {
		return err
	}
	rows, err = goDateparserRows(filepath.Join(gdp.Dir, "parser_test.go"))
	if err != nil {
		return err
	}
	return write("testdata/peers/go-dateparser.tsv", gdp, "parser_test.go",
		"BSD 3-Clause License, Copyright (c) 2021 Markus Mobius, ported from Python dateparser, Copyright (c) 2014 Scrapinghub: see LICENSE.go-dateparser", rows)
}

type module struct {
	Path, Version, Dir, Sum string
	Time                    *time.Time
}

func moduleDir(path string) (module, error) {
	out, err := exec.Command("go", "list", "-m", "-json", path).Output()
	if err != nil {
		return module{}, fmt.Errorf("go list -m %s: %v (run go mod download first)", path, err)
	}
	var m module
	if err := json.Unmarshal(out, &m); err != nil {
		return m, err
	}
	if m.Dir == "" {
		return m, fmt.Errorf("%s is not in the module cache: run go mod download", path)
	}
	sum, err := exec.Command("go", "mod", "download", "-json", path+"@"+m.Version).Output()
	if err == nil {
		var d struct{ Sum string }
		if json.Unmarshal(sum, &d) == nil {
			m.Sum = d.Sum
		}
	}
	return m, nil
}

func write(name string, m module, file, license string, rows []row) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# The test table of %s %s, file %s, extracted by bench/internal/peertables.\n", m.Path, m.Version, file)
	if i := strings.LastIndexByte(m.Version, '-'); strings.HasPrefix(m.Version, "v0.0.0-") && i > 0 {
		fmt.Fprintf(&b, "# Commit %s. Module sum %s.\n", m.Version[i+1:], m.Sum)
	} else {
		fmt.Fprintf(&b, "# Tag %s. Module sum %s.\n", m.Version, m.Sum)
	}
	fmt.Fprintf(&b, "# %s.\n", license)
	b.WriteString("# Columns: source, text (Go-quoted), want (RFC 3339 in UTC, or \"error\"), now (\"-\": none), zone (\"-\": UTC), order, lang, settings, class.\n")
	b.WriteString("source\ttext\twant\tnow\tzone\torder\tlang\tsettings\tclass\n")
	for _, r := range rows {
		want := "error"
		if !r.want.IsZero() {
			want = r.want.UTC().Format(time.RFC3339Nano)
		}
		now := "-"
		if !r.now.IsZero() {
			now = r.now.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.source, strconv.Quote(r.text), want, now,
			dash(r.zone), dash(r.order), dash(r.lang), dash(strings.Join(r.settings, ",")), r.class)
	}
	return os.WriteFile(name, b.Bytes(), 0o644)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// --- araddon/dateparse ---------------------------------------------------

// dateparseRows reads testInputs (ParseAny and ParseIn, with out the
// expected instant), the table of TestParseLayout (out is the layout
// ParseFormat gives, read here with time.Parse for the instant; a row
// whose layout does not read its input is left out) and
// testParseErrors (inputs ParseAny refuses).
func dateparseRows(name string) ([]row, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var rows []row
	var ferr error
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 {
			return true
		}
		table := vs.Names[0].Name
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, e := range lit.Elts {
			el, ok := e.(*ast.CompositeLit)
			if !ok {
				continue
			}
			kv := keyed(el)
			in, out, loc := str(kv["in"]), str(kv["out"]), str(kv["loc"])
			r := row{source: fmt.Sprintf("%s:%d %s", filepath.Base(name), fset.Position(el.Pos()).Line, table), text: in, zone: loc}
			switch table {
			case "testInputs":
				if r.want, err = time.Parse("2006-01-02 15:04:05.999999999 -0700 MST", out); err != nil {
					ferr = fmt.Errorf("%s: %v", r.source, err)
					return false
				}
			case "testParseFormat":
				if ident(kv["err"]) == "true" {
					break
				}
				if r.want, err = time.Parse(out, in); err != nil {
					// The layout ParseFormat gives does not read the
					// input back ("Jan. 2, 2006" for "sept. 7, 1970"):
					// the row has no instant to compare. Each such
					// input is in testInputs too.
					continue
				}
				r.settings = []string{"layout=" + out}
			case "testParseErrors":
			default:
				continue
			}
			r.lang = langOf(in, "")
			r.class = classify(r)
			rows = append(rows, r)
		}
		return true
	})
	return rows, ferr
}

// --- markusmobius/go-dateparser ------------------------------------------

// A tableSpec says how to read the table of one test function of
// go-dateparser: the names of its columns, in order, for a table of
// unkeyed rows (ts(...) calls, or struct literals without keys), and the
// configuration the function gives every row.
type tableSpec struct {
	columns  []string // Text, Expected, BaseTime, Language(s), DateOrder, Source, DefaultTz, ...
	now      time.Time
	settings []string
}

func tt(y, m, d int, times ...int) time.Time {
	t := make([]int, 4)
	copy(t, times)
	return time.Date(y, time.Month(m), d, t[0], t[1], t[2], t[3]*1000, time.UTC)
}

// specs are the test functions of parser_test.go whose tables are read:
// every table of rows with an input and an expected time. The others
// (correctedTimezoneOffsets, surroundingTimezones, givenLanguageOrder,
// USLocale, customConfig, detectLocale ...) assert on single calls or on
// other results than the time, and are left out.
var specs = map[string]tableSpec{
	"TestParser_Parse":                             {columns: []string{"Text", "Expected"}, now: tt(2012, 11, 13)},
	"TestParser_Parse_withLanguage":                {columns: []string{"Language", "Text", "Expected"}, now: tt(2012, 11, 13)},
	"TestParser_Parse_hasPreferredDateSource":      {columns: []string{"Source", "Text", "Expected", "BaseTime"}},
	"TestParser_Parse_hasPreferredDayOfMonth":      {columns: []string{"DayOfMonth", "Text", "BaseTime", "Expected"}},
	"TestParser_Parse_returnTimeAsPeriod":          {columns: []string{"Text", "Period", "Expected", "BaseTime"}, settings: []string{"ReturnTimeAsPeriod"}},
	"TestParser_Parse_checkPeriod":                 {columns: []string{"Text", "Expected", "Period"}, now: tt(2015, 2, 15, 15, 30)},
	"TestParser_Parse_customOrder":                 {columns: []string{"Text", "Expected", "DateOrder"}},
	"TestParser_Parse_preferDatesFromWithTimezone": {columns: []string{"Text", "Expected", "Source", "DefaultTz"}, now: tt(2021, 10, 19, 18, 0)},
	"TestParser_Parse_datesWithNoDayOrMonth":       {columns: []string{"Text", "PreferDay", "PreferMonth", "BaseTime", "Expected"}},
	"TestParser_Parse_dateStepBack":                {columns: []string{"Text", "Expected"}, now: tt(2021, 10, 19, 18, 0), settings: []string{"PreferredDateSource=Past"}},
	"TestParser_Parse_format":                      {columns: []string{"Text", "Expected", "Format"}},
	"TestParser_Parse_requiredParts":               {columns: []string{"Text", "Parts", "DateOrder", "Expected"}, now: tt(2025, 9, 10)},
	"TestParser_Parse_ignoreSurroundingText":       {columns: []string{"Text", "Languages", "Expected"}, now: tt(2019, 4, 17, 12), settings: []string{"IgnoreSurroundingText"}},
	"TestParser_Parse_yearFirstComponents":         {columns: []string{"Text", "Languages", "DateOrder", "Expected"}, now: tt(2019, 6, 27)},
	"TestParser_Parse_UpstreamTranslations":        {columns: []string{"Language", "Text", "Expected"}, now: tt(2025, 8, 1)},
	"TestParser_Parse_OnlyWeekdays":                {columns: []string{"Text", "Source", "BaseTime", "Expected"}},
}

// tsColumns are the arguments of the ts helper of the two functions that
// write their rows with it.
var tsColumns = map[string][]string{
	"TestParser_Parse_hasPreferredDateSource": {"Source", "Text", "Expected", "BaseTime"},
	"TestParser_Parse_returnTimeAsPeriod":     {"Text", "Period", "Expected", "BaseTime"},
}

// defaultBase is the base time ts gives a row that names none.
var defaultBase = map[string]time.Time{
	"TestParser_Parse_hasPreferredDateSource": tt(2015, 2, 15, 15, 30),
}

// sectionLangs gives the language of each section of TestParser_Parse by
// its comment; "" leaves it to langOf.
var sectionLangs = map[string]string{
	"English dates": "en", "French dates": "fr", "Spanish dates": "es", "Dutch dates": "nl",
	"Italian dates": "it", "Portuguese dates": "pt", "Russian dates": "ru", "Turkish dates": "tr",
	"Romanian dates": "ro", "German dates": "de", "Czech dates": "cs", "Thai dates": "th",
	"Vietnamese dates": "vi", "Belarusian dates": "be", "Ukrainian dates": "uk", "Tagalog dates": "tl",
	"Japanese dates": "ja", "Chinese dates": "zh", "Bulgarian": "bg", "Bangla dates": "bn",
	"Hindi dates": "hi", "Georgian dates": "ka", "Finnish dates": "fi", "Croatian dates": "hr",
	"=== CONTAINS TIMEZONE ===": "en",
}

func goDateparserRows(name string) ([]row, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var rows []row
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		spec, ok := specs[fn.Name.Name]
		if !ok {
			continue
		}
		lit := testsLiteral(fn)
		if lit == nil {
			return nil, fmt.Errorf("%s: no tests table", fn.Name.Name)
		}
		for _, e := range lit.Elts {
			cols, err := columns(fn.Name.Name, spec, e)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", filepath.Base(name), fset.Position(e.Pos()).Line, err)
			}
			r := row{
				source:   fmt.Sprintf("%s:%d %s", filepath.Base(name), fset.Position(e.Pos()).Line, fn.Name.Name),
				text:     cols.str("Text"),
				now:      spec.now,
				settings: append([]string(nil), spec.settings...),
			}
			if w, ok := cols["Expected"].(time.Time); ok {
				r.want = w
			}
			if b, ok := cols["BaseTime"].(time.Time); ok && !b.IsZero() {
				r.now = b
			} else if b, ok := defaultBase[fn.Name.Name]; ok {
				r.now = b
			}
			switch o := cols.str("DateOrder"); o {
			case "", "nil":
			default:
				r.order = o
			}
			if tz := cols.str("DefaultTz"); tz != "" && tz != "nil" {
				r.zone = map[string]string{"tzEDT": "America/New_York", "tzAEDT": "Australia/Sydney"}[tz]
			}
			for _, k := range []string{"Source", "DayOfMonth", "PreferDay", "PreferMonth"} {
				if v := cols.str(k); v != "" && v != "nil" {
					r.settings = append(r.settings, settingName[k]+"="+v)
				}
			}
			if v := cols.str("Format"); v != "" {
				r.settings = append(r.settings, "layout="+v)
			}
			if v, ok := cols["Parts"].([]string); ok {
				r.settings = append(r.settings, "RequiredParts="+strings.Join(v, "+"))
			}
			lang := cols.str("Language")
			if v, ok := cols["Languages"].([]string); ok && len(v) > 0 {
				lang = strings.Join(v, "+")
			}
			if lang != "" {
				r.settings = append(r.settings, "Languages="+lang)
			}
			if lang == "" && fn.Name.Name == "TestParser_Parse" {
				lang = sectionLangs[section(f, lit, e)]
			}
			r.lang = langOf(r.text, lang)
			r.class = classify(r)
			rows = append(rows, r)
		}
	}
	return rows, nil
}

var settingName = map[string]string{
	"Source": "PreferredDateSource", "DayOfMonth": "PreferredDayOfMonth",
	"PreferDay": "PreferredDayOfMonth", "PreferMonth": "PreferredMonthOfYear",
}

// testsLiteral returns the composite literal assigned to tests in fn.
func testsLiteral(fn *ast.FuncDecl) *ast.CompositeLit {
	var lit *ast.CompositeLit
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || lit != nil || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name == "tests" {
			lit, _ = as.Rhs[0].(*ast.CompositeLit)
		}
		return true
	})
	if lit == nil {
		// for _, test := range []struct{...}{...}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if rs, ok := n.(*ast.RangeStmt); ok && lit == nil {
				lit, _ = rs.X.(*ast.CompositeLit)
			}
			return true
		})
	}
	return lit
}

type colValues map[string]any

func (c colValues) str(k string) string {
	s, _ := c[k].(string)
	return s
}

// columns evaluates one row of a table.
func columns(fn string, spec tableSpec, e ast.Expr) (colValues, error) {
	cols := colValues{}
	switch e := e.(type) {
	case *ast.CallExpr: // ts(...)
		names := tsColumns[fn]
		for i, a := range e.Args {
			if i >= len(names) {
				return nil, fmt.Errorf("too many arguments")
			}
			v, err := eval(a)
			if err != nil {
				return nil, err
			}
			cols[names[i]] = v
		}
	case *ast.CompositeLit:
		for i, x := range e.Elts {
			name := ""
			if kv, ok := x.(*ast.KeyValueExpr); ok {
				name, x = kv.Key.(*ast.Ident).Name, kv.Value
			} else if i < len(spec.columns) {
				name = spec.columns[i]
			} else {
				return nil, fmt.Errorf("too many columns")
			}
			v, err := eval(x)
			if err != nil {
				return nil, err
			}
			cols[name] = v
		}
	default:
		return nil, fmt.Errorf("row of type %T", e)
	}
	return cols, nil
}

// eval evaluates the expressions the tables are written in: strings,
// tt(...) and time.Time{}, identifiers and selectors (by name), []string
// literals.
func eval(x ast.Expr) (any, error) {
	switch x := x.(type) {
	case *ast.BasicLit:
		switch x.Kind {
		case token.STRING:
			return strconv.Unquote(x.Value)
		case token.INT:
			return strconv.Atoi(x.Value)
		}
	case *ast.Ident:
		return x.Name, nil
	case *ast.SelectorExpr:
		return x.Sel.Name, nil
	case *ast.UnaryExpr:
		if x.Op == token.SUB {
			v, err := eval(x.X)
			if n, ok := v.(int); ok && err == nil {
				return -n, nil
			}
		}
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "tt" {
			var n []int
			for _, a := range x.Args {
				v, err := eval(a)
				if err != nil {
					return nil, err
				}
				i, ok := v.(int)
				if !ok {
					return nil, fmt.Errorf("tt argument %v", v)
				}
				n = append(n, i)
			}
			if len(n) < 3 {
				return nil, fmt.Errorf("tt with %d arguments", len(n))
			}
			return tt(n[0], n[1], n[2], n[3:]...), nil
		}
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok && len(x.Args) == 1 {
			// dps.DateOrder("") and the like: the argument.
			_ = sel
			return eval(x.Args[0])
		}
	case *ast.CompositeLit:
		if sel, ok := x.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Time" && len(x.Elts) == 0 {
			return time.Time{}, nil
		}
		if at, ok := x.Type.(*ast.ArrayType); ok {
			if id, ok := at.Elt.(*ast.Ident); ok && id.Name == "string" {
				out := []string{}
				for _, e := range x.Elts {
					v, err := eval(e)
					if err != nil {
						return nil, err
					}
					out = append(out, v.(string))
				}
				return out, nil
			}
		}
	}
	return nil, fmt.Errorf("cannot evaluate %T", x)
}

// section returns the heading of the section of lit that e is in: the last
// comment before e that names a section (English dates, === CONTAINS
// TIMEZONE ===, Others ...), not a note after a row (// forum.codenet.ru).
func section(f *ast.File, lit *ast.CompositeLit, e ast.Expr) string {
	text := ""
	for _, cg := range f.Comments {
		if cg.Pos() > lit.Lbrace && cg.End() < e.Pos() {
			c := strings.TrimSpace(strings.TrimPrefix(cg.List[len(cg.List)-1].Text, "//"))
			if _, ok := sectionLangs[c]; ok || strings.HasPrefix(c, "===") || strings.HasSuffix(c, "dates") || strings.HasPrefix(c, "Others") {
				text = c
			}
		}
	}
	return text
}

// --- selection -------------------------------------------------------------

// langOf returns the language of text: the one its test or section names,
// corrected for the rows of mixed sections, "en" for English words and
// "-" for text of numbers and signs only.
func langOf(text, given string) string {
	if l, ok := langOverrides[text]; ok {
		return l
	}
	if !hasLetters.MatchString(isoLetters.ReplaceAllString(text, "$1 $2")) {
		return "-"
	}
	if given != "" && given != "en" {
		return given
	}
	if !isASCII(text) {
		return "?"
	}
	return "en"
}

var (
	hasLetters = regexp.MustCompile(`\pL`)
	// The T and Z of ISO 8601 (2015-05-02T10:20:19Z) are not words.
	isoLetters = regexp.MustCompile(`(\d)[TZ](\d|$|[+-])`)
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 && s[i] != 0xa0 && !(s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0) {
			return false
		}
	}
	return true
}

// langOverrides are the rows of sections that mix languages (Others,
// Miscellaneous dates, Numeric dates) whose text is not English, and the
// rows whose letters are only a zone or a T of ISO 8601.
var langOverrides = map[string]string{
	"24 de Janeiro de 2014": "pt",
	// The test of go-dateparser that sets no language on this row sets
	// French on the same text.
	"Actualisé le 17 avril 2019": "fr",
	"2 de Enero de 2013":         "es",
	"10 giu 2018":                "it",
	"1 Ni 2015":                  "sw",
	"1 сер 2015":                 "uk",
	"2014年04月08日":                "zh",
	"2014年04月08日 19:17:22":       "zh",
	"14_luglio_15":               "it",
	"14_LUGLIO_15":               "it",
	"14 giu 13":                  "it",
	"₃₁ December":                "en",
}

var (
	relativeRE = regexp.MustCompile(`(?i)\b(ago|later|from now|in (\d+|an?|one|two|three|ten) |yesterday|today|tomorrow|next|last)\b`)
	timeRE     = regexp.MustCompile(`(?i)^\s*\d{1,2}([:.]\d\d)?\s*(a\.?m\.?|p\.?m\.?)?\s*(?-i:[A-Z]{3,4})?\s*$`)
	weekdayRE  = regexp.MustCompile(`(?i)^\s*(mon|tue|wed|thu|fri|sat|sun|tu|we|th|fr|sa|su)[a-z]*\.?\s*(\d{1,2}[:.]\d\d\s*(a\.?m\.?|p\.?m\.?)?)?\s*$`)
	monthWord  = `(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`
	monthRE    = regexp.MustCompile(`(?i)^\s*(` + monthWord + `\s*\d{4}|\d{4}\s*` + monthWord + `|` + monthWord + `|\d{4}[-.]\d{1,2})\s*$`)
	yearRE     = regexp.MustCompile(`^\s*\d{4}\s*$`)
	digitsRE   = regexp.MustCompile(`(^|[^\d.,])\d{9,}`) // not a fraction of a second
	// Digits that are not ASCII: superscripts, subscripts.
	oddDigitsRE = regexp.MustCompile(`\p{No}`)
	// A two-digit number first, as in "15-12-18" read year first.
	twoFirstRE = regexp.MustCompile(`^\s*\d{1,2}\D`)
	// A day and month without a year: "10 December", "August 15th",
	// "29/02", "4-20 18:10", "Chapter 12 March of the Penguins".
	noYearRE = regexp.MustCompile(`(?i)^\s*((\d{1,2}(st|nd|rd|th)?\s+` + monthWord + `)|(` + monthWord + `\s+\d{1,2}(st|nd|rd|th)?)|\d{1,2}[/-]\d{1,2})(\s+\d{1,2}:\d\d)?\s*$|^chapter 12 march`)
)

// classOverrides are the rows the rules below misname.
var classOverrides = map[string]string{
	"4-99": "month-only", // April 99, in year-first order
}

// classify returns "absolute" for a row in English or in numbers that
// the comparison counts, "absolute-lang" for a row of the same kinds in
// another language that dualdate reads (format.LookupLang knows it), or
// why it leaves the row out.
func classify(r row) string {
	if r.lang == "en" || r.lang == "-" {
		return classifyEnglish(r)
	}
	l, ok := format.LookupLang(r.lang)
	if !ok || r.lang == "?" {
		return "language"
	}
	// The same rules, on the text with the language's month and weekday
	// names written as English stems ("13 авг. 2005" as "13 aug 2005",
	// "sexta-feira" as "fri"), and two more for what the English rules
	// leave to their regular expressions: a relative word of the
	// language, and a day of a month with its year, which the anchored
	// rules for English do not prove on text with words around the date
	// ("Dimanche 1er Février à 21:24" has no year).
	if localRelative(l, r.text) {
		return "relative"
	}
	e := r
	e.text = englishStems(l, r.text)
	e.lang = "en"
	c := classifyEnglish(e)
	switch c {
	case "absolute", "wrong-weekday", "wrong-answer", "ambiguous":
		// What the text lacks comes first, as in classifyEnglish.
		if d := dayMonthYear(e.text); d != "" {
			return d
		}
	}
	if c == "absolute" {
		return "absolute-lang"
	}
	return c
}

// classifyEnglish returns "absolute" for a row the comparison counts, or
// why it leaves the row out.
func classifyEnglish(r row) string {
	t := r.text
	if c, ok := classOverrides[t]; ok {
		return c
	}
	switch {
	case r.lang != "en" && r.lang != "-":
		return "language"
	case r.want.IsZero():
		return "expects-error"
	case relativeRE.MatchString(t):
		return "relative"
	case digitsRE.MatchString(t):
		return "digits"
	case oddDigitsRE.MatchString(t):
		return "odd-digits"
	case timeRE.MatchString(t):
		return "time-only"
	case weekdayRE.MatchString(t):
		return "weekday-only"
	case yearRE.MatchString(t):
		return "year-only"
	case monthRE.MatchString(t):
		return "month-only"
	case noYearRE.MatchString(t):
		return "no-year"
	}
	if wrongWeekday(r) {
		return "wrong-weekday"
	}
	if droppedOffset(r) {
		return "wrong-answer"
	}
	if r.order == "" && ambiguous(t) {
		return "ambiguous"
	}
	for _, s := range r.settings {
		switch {
		case strings.HasPrefix(s, "layout=") && !strings.Contains(r.source, "TestParseLayout") && !strings.Contains(r.source, "testParseFormat"):
			return "layout-given"
		case strings.HasPrefix(s, "PreferredDateSource=") && !strings.HasSuffix(s, "=current"):
			return "setting"
		}
	}
	switch r.order {
	case "", "DMY", "MDY":
	case "YMD":
		if twoFirstRE.MatchString(t) {
			return "date-order"
		}
	default:
		return "date-order"
	}
	return "absolute"
}

// keyed returns the values of a keyed struct literal by key.
func keyed(lit *ast.CompositeLit) map[string]ast.Expr {
	m := map[string]ast.Expr{}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				m[id.Name] = kv.Value
			}
		}
	}
	return m
}

// str returns the string literal x, or "".
func str(x ast.Expr) string {
	if x == nil {
		return ""
	}
	v, err := eval(x)
	if err != nil {
		return ""
	}
	s, _ := v.(string)
	return s
}

// ident returns the name of identifier x, or "".
func ident(x ast.Expr) string {
	if id, ok := x.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

var weekdayWordRE = regexp.MustCompile(`(?i)\b(sun|mon|tue|wed|thu|fri|sat)(day|s|sday|nesday|rsday|urday|rs|r)?\b`)

// wrongWeekday reports whether the text names a weekday that is not its
// date's, as in "Thu, 03 Jul 2017" (a Monday). The date the text writes is
// the expected instant in one of the zones the text may be read in (the
// row's, UTC, the offset the text states, the zone its abbreviation names)
// whose day of the month the text writes as a number of its own (not a
// part of the time of day). Such a row expects the peer to ignore half of
// what the text says.
func wrongWeekday(r row) bool {
	m := weekdayWordRE.FindStringSubmatch(r.text)
	if m == nil || r.want.IsZero() {
		return false
	}
	days := map[string]time.Weekday{"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday,
		"wed": time.Wednesday, "thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday}
	w := days[strings.ToLower(m[1])]
	zones := []*time.Location{time.UTC}
	if r.zone != "" {
		loc, err := time.LoadLocation(r.zone)
		if err != nil {
			panic(err)
		}
		zones = append(zones, loc)
	}
	if o := offsetRE.FindStringSubmatch(r.text); o != nil {
		h, _ := strconv.Atoi(o[2])
		min, _ := strconv.Atoi(o[3])
		off := h*3600 + min*60
		if o[1] == "-" {
			off = -off
		}
		zones = append(zones, time.FixedZone("", off))
	}
	for name, off := range abbreviations {
		if regexp.MustCompile(`\b` + name + `\b`).MatchString(r.text) {
			zones = append(zones, time.FixedZone(name, off*3600))
		}
	}
	days31 := map[int]bool{}
	for _, loc := range dayNumberRE.FindAllStringSubmatchIndex(r.text, -1) {
		a, b := loc[2], loc[3]
		if a > 0 && (r.text[a-1] == ':' || r.text[a-1] == '.') || b < len(r.text) && (r.text[b] == ':' || r.text[b] == '.' && b+1 < len(r.text) && r.text[b+1] >= '0' && r.text[b+1] <= '9') {
			continue
		}
		n, _ := strconv.Atoi(r.text[a:b])
		days31[n] = true
	}
	written := false
	for _, z := range zones {
		d := r.want.In(z)
		if !days31[d.Day()] {
			continue
		}
		written = true
		if d.Weekday() == w {
			return false
		}
	}
	return written
}

var dayNumberRE = regexp.MustCompile(`(?:^|\D)(\d{1,2})(?:st|nd|rd|th)?(?:\D|$)`)

var (
	offsetRE      = regexp.MustCompile(`\d\s*(?:[A-Z]{3,4})?([+-])(\d\d):?(\d\d)?\b`)
	abbreviations = map[string]int{"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "CET": 1, "CEST": 2, "MSK": 3}
)

var (
	utcOffsetRE = regexp.MustCompile(`\b(?:UTC|GMT)([+-])(\d\d):?(\d\d)?\b`)
	clockRE     = regexp.MustCompile(`(?i)\b(\d{1,2}):\d\d(?::\d\d)?\s*(am|pm)?`)
)

// droppedOffset reports whether the text gives its time as an offset from
// UTC (UTC-05, UTC-0500) that the expected answer drops: "5:00pm UTC-05"
// expected as 17:00 UTC, where it is 22:00 UTC.
func droppedOffset(r row) bool {
	o := utcOffsetRE.FindStringSubmatch(r.text)
	c := clockRE.FindStringSubmatch(r.text)
	if o == nil || c == nil || r.want.IsZero() || o[2] == "00" && (o[3] == "" || o[3] == "00") {
		return false
	}
	h, _ := strconv.Atoi(c[1])
	switch strings.ToLower(c[2]) {
	case "pm":
		h = h%12 + 12
	case "am":
		h %= 12
	}
	return r.want.UTC().Hour() == h
}

var (
	// A numeric date at the start, day and month first in either order.
	numericRE = regexp.MustCompile(`^\s*(\d{1,2})\s*[/.:-]\s*(\d{1,2})\s*[/.:-]\s*\d{2,4}\b`)
	// Six digits, a date in some order: 171113.
	sixRE = regexp.MustCompile(`^\s*(\d\d)(\d\d)(\d\d)\b`)
)

// ambiguous reports whether the text's date is written in numbers that
// read two ways, when the test sets no order: 04/02/2014 is April 2 or
// February 4, 171113 is 2017-11-13 or 17 November 2013. The answer the
// test expects is then the peer's convention, not what the text says.
func ambiguous(t string) bool {
	if m := numericRE.FindStringSubmatch(t); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		return a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12
	}
	if m := sixRE.FindStringSubmatch(t); m != nil {
		n := [3]int{}
		for i := range n {
			n[i], _ = strconv.Atoi(m[i+1])
		}
		readings := 0
		for _, md := range [][2]int{{n[1], n[2]}, {n[1], n[0]}, {n[0], n[1]}} { // yymmdd, ddmmyy, mmddyy
			if md[0] >= 1 && md[0] <= 12 && md[1] >= 1 && md[1] <= 31 {
				readings++
			}
		}
		return readings > 1
	}
	return false
}

// --- the languages dualdate reads ----------------------------------------

var englishMonths = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
var englishWeekdays = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// extraWeekdays are abbreviations of weekdays that pages print and CLDR
// does not list: Russian's three letters (Пнд, Срд, чтв), as
// go-dateparser's data for Russian has them.
var extraWeekdays = map[format.Lang][7][]string{
	format.Russian: {{"вск"}, {"пнд"}, {"втр"}, {"срд"}, {"чтв"}, {"птн"}, {"сбт"}},
}

// relativeWords are the words of a relative date in each language
// (ago, today, yesterday, tomorrow, in ...), as relativeRE has them for
// English.
var relativeWords = map[format.Lang][]string{
	format.French:     {"il y a", "hier", "aujourd'hui", "demain", "dans"},
	format.Russian:    {"назад", "вчера", "сегодня", "завтра", "через"},
	format.Spanish:    {"hace", "ayer", "hoy", "mañana", "dentro de"},
	format.German:     {"vor", "gestern", "heute", "morgen"},
	format.Portuguese: {"há", "ontem", "hoje", "amanhã", "daqui a"},
	format.Polish:     {"temu", "wczoraj", "dzisiaj", "dziś", "jutro", "za"},
	format.Hungarian:  {"ezelőtt", "tegnap", "ma", "holnap", "múlva"},
	format.Dutch:      {"geleden", "gisteren", "vandaag", "morgen", "over"},
	format.Romanian:   {"acum", "ieri", "azi", "astăzi", "mâine", "peste"},
	format.Finnish:    {"sitten", "eilen", "tänään", "huomenna", "kuluttua"},
	format.Ukrainian:  {"тому", "вчора", "сьогодні", "завтра", "через"},
	format.Italian:    {"fa", "ieri", "oggi", "domani", "tra", "fra"},
}

// localRelative reports whether text has a relative word of language l.
func localRelative(l format.Lang, text string) bool {
	t := " " + strings.Join(words(strings.ToLower(text)), " ") + " "
	for _, w := range relativeWords[l] {
		if strings.Contains(t, " "+strings.Join(words(w), " ")+" ") {
			return true
		}
	}
	return false
}

// words returns the words of s: runs of letters, with an apostrophe
// between letters splitting them ("un'ora" is un, ora).
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// englishStems writes the month and weekday names of language l in text
// as English stems: a word (letters, and a hyphen or ʼ between letters:
// sexta-feira, пʼятниця) names month m if, without its dot and accents,
// it has three letters or more and begins one of the names of only that
// month (wide, stand-alone, abbreviated: "giu", "Déc", "листоп",
// "maalis"), and weekday w if it has two letters or more and begins the
// names of only that weekday, or is its abbreviation and one letter more
// ("Пнд" of "пн"), or is one of extraWeekdays.
func englishStems(l format.Lang, text string) string {
	var b strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && (unicode.IsLetter(rs[j]) || (rs[j] == '-' || rs[j] == 'ʼ') && j+1 < len(rs) && unicode.IsLetter(rs[j+1])) {
			j++
		}
		w := fold(string(rs[i:j]))
		if m := onlyOne(w, 3, 12, func(k int) []string {
			m := time.Month(k + 1)
			return []string{l.MonthName(m), l.MonthNameAlone(m), l.MonthAbbr(m)}
		}, false); m >= 0 {
			b.WriteString(englishMonths[m])
		} else if d := onlyOne(w, 2, 7, func(k int) []string {
			return append([]string{l.WeekdayName(time.Weekday(k)), l.WeekdayAbbr(time.Weekday(k))}, extraWeekdays[l][k]...)
		}, true); d >= 0 {
			b.WriteString(englishWeekdays[d])
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}

// onlyOne returns the one k < n whose names w begins (w of min letters or
// more), or -1 if none or more than one. With abbr, w may also be a name
// of two letters or more and one letter more.
func onlyOne(w string, min, n int, names func(k int) []string, abbr bool) int {
	if len([]rune(w)) < min {
		return -1
	}
	found := -1
	for k := 0; k < n; k++ {
		for _, name := range names(k) {
			name = fold(strings.TrimSuffix(name, "."))
			if name == "" {
				continue
			}
			if strings.HasPrefix(name, w) || abbr && len([]rune(name)) >= 2 && len([]rune(w)) == len([]rune(name))+1 && strings.HasPrefix(w, name) {
				if found >= 0 && found != k {
					return -1
				}
				found = k
			}
		}
	}
	return found
}

// fold lowers s and takes the accents off its Latin letters.
func fold(s string) string {
	s = strings.ToLower(s)
	return strings.Map(func(r rune) rune {
		if f, ok := accents[r]; ok {
			return f
		}
		return r
	}, s)
}

var accents = func() map[rune]rune {
	m := map[rune]rune{}
	for base, rs := range map[rune]string{
		'a': "àáâãäåăą", 'c': "çćč", 'e': "èéêëęě", 'i': "ìíîï", 'n': "ñń", 'o': "òóôõöő",
		's': "śșşš", 't': "țţ", 'u': "ùúûüű", 'z': "źżž", 'l': "ł",
	} {
		for _, r := range rs {
			m[r] = base
		}
	}
	return m
}()

var (
	// A numeric date of three parts: 18.10.14, 5 .7 .2018, 2015-04-12.
	numericDateRE = regexp.MustCompile(`\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}`)
	// A time of day: 14:52, 14h40, 18.37, 13:12:23.
	clockOnlyRE = regexp.MustCompile(`\d{1,2}\s*[:h.]\s*\d\d(\s*:\s*\d\d)?`)
	numberRE    = regexp.MustCompile(`\d+`)
	monthStemRE = regexp.MustCompile(`(^|\PL)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(\PL|$)`)
	wdayStemRE  = regexp.MustCompile(`(^|\PL)(sun|mon|tue|wed|thu|fri|sat)(\PL|$)`)
)

// dayMonthYear returns "" when text (with English stems) names a day of a
// month and its year, a numeric date of three parts or a month's name with
// two numbers besides the time of day ("2 dec 95 11:15", "13 aug. 2005г.
// 19:13"), or else what it names: a month and a year (month-only), a day
// and a month (no-year), a weekday, a year or a time alone.
func dayMonthYear(text string) string {
	if numericDateRE.MatchString(text) {
		return ""
	}
	rest := clockOnlyRE.ReplaceAllString(text, " ")
	nums := numberRE.FindAllString(rest, -1)
	switch {
	case monthStemRE.MatchString(rest) && len(nums) >= 2:
		return ""
	case monthStemRE.MatchString(rest) && len(nums) == 1 && len(nums[0]) >= 3:
		return "month-only"
	case monthStemRE.MatchString(rest) && len(nums) == 1:
		return "no-year"
	case monthStemRE.MatchString(rest):
		return "month-only"
	case wdayStemRE.MatchString(rest):
		return "weekday-only"
	case len(nums) == 1 && len(nums[0]) >= 3:
		return "year-only"
	}
	return "time-only"
}
