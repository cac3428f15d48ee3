// Package htmltext reads the text of an HTML page as a browser shows it
// ([Read]), for both of its readers, dateline.FindHTML (and so `dualdate
// scan` on HTML) and the crawl's Text, so that the crawl finds the
// datelines scan finds: which elements' text a browser does not show
// ([Hidden]), which elements are blocks a dateline does not run across
// ([Block]), how a <br>, a line break inside a block, reads with the
// white space of the page's source around it ([LineBreak]), and where in
// the page each piece of the text came from ([Text.PageStart]).
//
// Each reader kept its own tokenizer loop and tables, and they drifted:
// the crawl read the text of a <select>'s options and of a <textarea>,
// which scan leaves out, and ran a <legend> or <summary> into the text
// after it, where scan reads each as a block. The crawl is a module of its own, but its import
// path is under this module's, so it may import this package; users of
// the dateline package see none of it.
package htmltext
