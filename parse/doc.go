// Package parse reads datelines and timestamps: a single-pass lexer and the
// recognizers that turn its tokens into what the text states, where, and in
// which layout.
//
// It is built in the issue that follows the format package; until then it
// holds nothing.
package parse
