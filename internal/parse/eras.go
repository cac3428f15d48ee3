package parse

// The eras a civil year is counted in as German, Dutch and the
// Scandinavian languages abbreviate them after the year, each letter
// group with its point: "n. Chr." or "n.Chr." (nach Christus, na
// Christus), "n. d. Z." (nach der Zeitrechnung), "n. u. Z." and "u. Z."
// (nach unserer, unserer Zeitrechnung), "n.o.j." (na onze jaartelling),
// "e.Kr." (efter, etter Kristus) and "e.v.t." (efter vor tidsregning,
// efter vår tideräkning). A Dutch copy of a German calendar box prints
// "vrijdag 10 september 2021 n.D. Z. 4. Tischri AM 5782" (the
// hundred-and-thirty-seventh held-out round). The eras before the
// common era, "v. Chr.", "v. d. Z.", "v. u. Z.", "v.o.j.", "f.Kr." and
// "f.v.t.", make the year no year of the common era (beforeCommonEra).
// They are written folded and without spaces; dottedEra compares them.
var (
	commonEras = [...]string{"n.chr.", "n.d.z.", "n.u.z.", "u.z.", "n.o.j.", "e.kr.", "e.v.t."}
	beforeEras = [...]string{"v.chr.", "v.d.z.", "v.u.z.", "v.o.j.", "f.kr.", "f.v.t."}
)

// dottedEra returns the end of the first of eras at s[i], its letters
// compared without case and a space allowed after each inner point
// ("n. Chr.", "n.Chr.", "n.D. Z."), or i. Every era ends with its point,
// so what follows it is not looked at.
func dottedEra(s string, i int, eras []string) int {
	if i >= len(s) || latinLetterLower(s[i]) == 0 {
		return i // the cheap first test: most words after a year are no era
	}
	for _, w := range eras {
		if e := matchDotted(s, i, w); e > i {
			return e
		}
	}
	return i
}

// matchDotted returns the end of the folded, spaceless abbreviation w at
// s[i], with spaces allowed after its inner points, or i.
func matchDotted(s string, i int, w string) int {
	j := i
	for k := 0; k < len(w); k++ {
		if k > 0 && w[k-1] == '.' {
			j = skipSpace(s, j)
		}
		if j >= len(s) {
			return i
		}
		c := s[j]
		if w[k] != '.' {
			c = latinLetterLower(c)
		}
		if c != w[k] {
			return i
		}
		j++
	}
	return j
}
