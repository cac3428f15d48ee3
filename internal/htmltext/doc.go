// Package htmltext holds what the two readers of an HTML page's text,
// dateline.FindHTML (and so `dualdate scan` on HTML) and the crawl's Text,
// agree on, so that the crawl finds the datelines scan finds: which
// elements' text a browser does not show ([Hidden]), which elements are
// blocks a dateline does not run across ([Block]), and how a <br>, a line
// break inside a block, reads with the white space of the page's source
// around it ([LineBreak]).
//
// Each reader kept its own tables, and they drifted: the crawl read the
// text of a <select>'s options and of a <textarea>, which scan leaves
// out, and ran a <legend> or <summary> into the text after it, where scan
// reads each as a block. The crawl is a module of its own, but its import
// path is under this module's, so it may import this package; users of
// the dateline package see none of it.
package htmltext
