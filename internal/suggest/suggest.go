// Package suggest finds, among known names, those closest to a name that
// was not found: the cities of dateline.City, the words of dualdate
// convert. It is plumbing between the layers, not for users.
package suggest

import (
	"slices"
	"strings"
	"unicode"
)

// Key returns a name lower-cased with only its letters and digits, so that
// "tel-aviv" and "Tel Aviv", "Tu B'Shvat" and "tu bshvat" compare equal.
func Key(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Closest returns at most n of names whose keys are close to typed's, the
// closest first (and in the order of names among equals), each once. A
// name is close when its key starts with typed's or typed's with it, holds
// it (three letters or more), or is a few edits away: at most a third of
// the shorter key's letters, and at least one.
func Closest(typed string, names []string, n int) []string {
	key := Key(typed)
	if key == "" {
		return nil
	}
	type scored struct {
		name  string
		score int
	}
	var close []scored
	seen := map[string]bool{}
	for _, name := range names {
		if seen[name] {
			continue
		}
		if s, ok := closeness(key, Key(name)); ok {
			seen[name] = true
			close = append(close, scored{name, s})
		}
	}
	slices.SortStableFunc(close, func(a, b scored) int { return a.score - b.score })
	out := make([]string, 0, min(n, len(close)))
	for _, c := range close[:min(n, len(close))] {
		out = append(out, c.name)
	}
	return out
}

// closeness says whether the typed key is close to a name's key, and how
// close (lower is closer): a prefix either way, a substring, or a few
// letters off.
func closeness(typed, name string) (int, bool) {
	switch {
	case typed == "" || name == "":
		return 0, false
	case strings.HasPrefix(name, typed), strings.HasPrefix(typed, name):
		return 0, true
	case len(typed) >= 3 && strings.Contains(name, typed):
		return 1, true
	}
	d := Distance(typed, name)
	limit := max(1, min(len([]rune(typed)), len([]rune(name)))/3)
	if d <= limit {
		return 1 + d, true
	}
	return 0, false
}

// Distance returns the edit distance between a and b, counting runes:
// a rune added, dropped or changed, or two adjacent runes swapped (the
// commonest slip of a typist: "scna" for scan), costs one.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	before := make([]int, len(rb)+1) // the row before prev, for swaps
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
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(rb)]
}

// OrList writes names as "A", "A or B", "A, B or C".
func OrList(names []string) string { return list(names, " or ") }

// AndList writes names as "A", "A and B", "A, B and C".
func AndList(names []string) string { return list(names, " and ") }

func list(names []string, last string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + last + names[len(names)-1]
}
