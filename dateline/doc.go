// Package dateline is the API that publishing backends and scrapers import:
// the Dateline value, New, Parse, Check, Find, Format and LayoutOf.
//
// It is built on packages hebrew, format and parse; until its issue is done
// it holds nothing.
package dateline
