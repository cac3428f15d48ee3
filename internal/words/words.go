// Package words carries, from package hebrew to package parse, the first
// words of the Latin spellings of the Hebrew months, so that parse can tell
// by one table lookup that a word of prose starts no month name. It is
// plumbing between the layers, not for users.
package words

// MonthFirst is set by package hebrew's initialisation: the first word of
// each Latin spelling of a month ("adar" of "adar rishon", "sh'vat"), lower
// case, each once, and each Cyrillic spelling ("тишрея").
var MonthFirst []string
