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

// asideEnds returns the index after the ')' of an aside in brackets at
// s[at], after a range's start, where a verb of ending (endsJoin) follows
// it; or at. Pages say in brackets when the start's day begins: "В этом
// году Йом Кипур начался с вечера 24 сентября (за несколько минут до
// захода солнца) и закончился ночью 25 сентября" (this year Yom Kippur
// began on the evening of 24 September (a few minutes before sunset) and
// ended at night on 25 September; 103news.com, incoming.tsv) was two
// datelines, the second in the year nearest the reference; "(a few
// minutes before sunset) and ends at nightfall on", "(kurz vor
// Sonnenuntergang) und endet am". The aside is words alone: a number in
// it (a time, a date) is not read over, nor a bracket inside it, nor more
// than maxAside bytes, as the parser's aside (see parser.aside); only
// a verb of ending joins after it, not a dash or "to" ("September 24
// (Sunday) – September 25" is a weekday's bracket, see civilBracketed).
func asideEnds(s string, at int) int {
	k := skipSpace(s, at)
	if k == at || k >= len(s) || s[k] != '(' {
		return at
	}
	e := k + 1
	for e < len(s) && e-k <= maxAside && s[e] != ')' {
		if c := s[e]; c == '(' || c == '[' || isDigit(s, e) || c == '\n' {
			return at
		}
		e++
	}
	if e >= len(s) || s[e] != ')' || e == k+1 {
		return at
	}
	if endsJoin(s, e+1) > e+1 {
		return e + 1
	}
	return at
}
