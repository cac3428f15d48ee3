package parse

import "github.com/dualdate/dualdate/internal/layout"

// bracketedStart returns the index, after the ')' at s[at], of the words
// that join a range's start written whole in brackets to its end with a
// verb of ending (endsJoin), after a sunset or not: English pages set the
// day, weekday and all, in brackets after the verb that says the
// occasion begins, "Yom Kippur for Hebrew Year 5784 begins tonight
// (Sunday, 24 September 2023) at sundown and ends at nightfall on Monday,
// 25 September 2023." (jimmy.ekota.net, the ninetieth held-out round),
// which was read as two datelines, the bracket's day and the end's. The
// sunset is text of the dateline. It returns at where no such words
// follow, or where the bracket does not open right before the date's
// first field (see civilBracketed for a civil date in brackets after its
// weekday or its Hebrew date): a dash or "to" after a date in brackets
// ("(March 2, 2024) – March 5") is not read as a range, nor a date whose
// dateline starts inside the brackets ("The office opens (Sunday, March
// 3, 2024) and ends its season on ...": no words before the bracket are
// the dateline's, which would end at a ')' it does not open).
func (p *parser) bracketedStart(at int) int {
	s := p.s
	if at+len(") and") >= len(s) || s[at] != ')' {
		return at // the cheap first test
	}
	start := p.dateStart()
	open := start - 1
	for open >= 0 && s[open] == ' ' {
		open--
	}
	if open < 0 || s[open] != '(' {
		return at
	}
	before := false
	for _, f := range p.fields() {
		if f.End > at || f.Start >= start && f.Kind != layout.Weekday && f.Kind != layout.Literal && !dateKind(f.Kind) {
			return at // a field after the ')', or other than the date's inside
		}
		before = before || f.End <= open
	}
	if !before {
		return at // the dateline starts inside the brackets: its ')' is not its text
	}
	k := at + 1
	if j := skipSpace(s, k); j > k {
		if a := skipAtSunset(s, j); a > j {
			// The sunset's words; the spaces (or comma) after them are
			// the join's.
			k = a
			for k > j && s[k-1] == ' ' {
				k--
			}
			if s[k-1] == ',' {
				k--
			}
		}
	}
	if endsJoin(s, k) > k {
		return k
	}
	return at
}
