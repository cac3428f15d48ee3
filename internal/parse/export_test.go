package parse

// CompileNames makes t's tables of names now, as its namesAfter-th
// reading would: the tests read with them from the first dateline.
func CompileNames(t *Template) { t.compileNames() }
