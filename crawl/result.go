package crawl

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// A PageResult is the JSON object written for one page.
type PageResult struct {
	URL       string        `json:"url"`
	Site      string        `json:"site"`
	CrawlDate time.Time     `json:"crawl_date"`
	File      string        `json:"file"`
	Offset    int64         `json:"offset"`            // the record's offset in the file
	Charset   string        `json:"charset,omitempty"` // the charset decoded from, if not UTF-8
	Matches   []MatchResult `json:"matches"`
}

// A MatchResult is one dateline or timestamp found on a page.
type MatchResult struct {
	Start    int               `json:"start"` // byte span in the page's text (see Text)
	End      int               `json:"end"`
	Text     string            `json:"text"`
	OK       bool              `json:"ok"`       // no problem of severity error
	Dateline dateline.Dateline `json:"dateline"` // the metadata object; null if no day could be resolved
	Layout   string            `json:"layout"`
	// Also are the other days the match names (a range's end, a list's
	// days; see dateline.Report.Also), and Updated the update of a
	// byline that gives one after its publication (see
	// dateline.Report.Updated): each left out when there is none.
	Also     []dateline.Dateline `json:"also,omitempty"`
	Updated  *dateline.Dateline  `json:"updated,omitempty"`
	Problems []ProblemResult     `json:"problems"`
}

// A ProblemResult is a problem of a match; its span is in the match's text.
type ProblemResult struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Message  string `json:"message"`
}

// Analyze finds the datelines of a page, with the crawl date as the
// reference for text that names no year, and returns the page's result
// and its contribution to its site's summary.
func Analyze(p Page, file string) (PageResult, Summary) {
	r := PageResult{URL: p.URL, Site: Site(p.URL), CrawlDate: p.Date.UTC(), File: file, Offset: p.Offset, Charset: p.Charset, Matches: []MatchResult{}}
	s := Summary{Pages: 1}
	if p.Charset != "" {
		s.Charsets = map[string]int64{p.Charset: 1}
	}
	var opts []dateline.Option
	if !p.Date.IsZero() {
		opts = append(opts, dateline.Reference(p.Date))
	}
	for _, m := range dateline.Find(p.Text, opts...) {
		mr := MatchResult{Start: m.Start, End: m.End, Text: m.Input, OK: m.OK(), Dateline: m.Dateline, Layout: m.Layout, Also: m.Also, Problems: []ProblemResult{}}
		if !m.Updated.IsZero() {
			u := m.Updated
			mr.Updated = &u
		}
		for _, pr := range m.Problems {
			mr.Problems = append(mr.Problems, ProblemResult{Code: string(pr.Code), Severity: pr.Severity.String(), Start: pr.Start, End: pr.End, Message: pr.Message})
			add(&s.Problems, string(pr.Code), 1)
		}
		r.Matches = append(r.Matches, mr)
		s.Datelines++
		if m.Layout != "" {
			add(&s.Layouts, m.Layout, 1)
		}
	}
	return r, s
}

// Site is the site a URL belongs to: its host, lower case, without a
// leading "www."; "" when the URL has none.
func Site(u string) string {
	pu, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(pu.Hostname()), "www.")
}

// A Summary counts what the crawl found on one site. Summaries merge by
// adding (Merge), so they combine in any order on any worker.
type Summary struct {
	Pages     int64
	Datelines int64
	Problems  map[string]int64 // by problem code
	Layouts   map[string]int64 // by layout
	Skipped   map[string]int64 // records skipped, by reason
	Charsets  map[string]int64 // pages decoded from a charset other than UTF-8
}

func add(m *map[string]int64, k string, n int64) {
	if *m == nil {
		*m = make(map[string]int64)
	}
	(*m)[k] += n
}

// Merge returns the sum of a and b. It does not change b; a's maps may be
// reused.
func Merge(a, b Summary) Summary {
	a.Pages += b.Pages
	a.Datelines += b.Datelines
	for _, f := range [...]struct {
		to   *map[string]int64
		from map[string]int64
	}{
		{&a.Problems, b.Problems}, {&a.Layouts, b.Layouts}, {&a.Skipped, b.Skipped}, {&a.Charsets, b.Charsets},
	} {
		for k, n := range f.from {
			add(f.to, k, n)
		}
	}
	return a
}

// A SiteResult is the JSON object written for one site.
type SiteResult struct {
	Site      string           `json:"site"`
	Pages     int64            `json:"pages"`
	Datelines int64            `json:"datelines"`
	Problems  map[string]int64 `json:"problems"` // by code
	Layouts   []LayoutCount    `json:"layouts"`  // most frequent first
	Skipped   map[string]int64 `json:"skipped"`  // by reason
	Charsets  map[string]int64 `json:"charsets,omitempty"`
}

// A LayoutCount is a layout and how many datelines were written in it.
type LayoutCount struct {
	Layout string `json:"layout"`
	Count  int64  `json:"count"`
}

// Result returns the site's JSON object.
func (s Summary) Result(site string) SiteResult {
	r := SiteResult{Site: site, Pages: s.Pages, Datelines: s.Datelines, Problems: s.Problems, Skipped: s.Skipped, Charsets: s.Charsets, Layouts: []LayoutCount{}}
	if r.Problems == nil {
		r.Problems = map[string]int64{}
	}
	if r.Skipped == nil {
		r.Skipped = map[string]int64{}
	}
	for l, n := range s.Layouts {
		r.Layouts = append(r.Layouts, LayoutCount{l, n})
	}
	slices.SortFunc(r.Layouts, func(a, b LayoutCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Layout, b.Layout))
	})
	return r
}
