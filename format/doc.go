// Package format is the vocabulary of datelines: the elements a dateline is
// made of (weekdays, days, months and years of both calendars, clock times,
// zones and the literal text between them), their styles, the compiled
// [Layout], and rendering values into bytes.
//
// It is built in the issue that follows the hebrew package; until then it
// holds nothing.
package format
