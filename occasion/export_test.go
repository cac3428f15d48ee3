package occasion

// CachedYears returns how many years and schedules the occasions cache
// holds, and the most it may hold.
func CachedYears() (n, max int) {
	years.Lock()
	defer years.Unlock()
	return len(years.slot), cachedYears
}

// CommonSpelling reports whether the key of a name is a common spelling's
// (see commonSpellings), which names hebcal's English name by its own key.
func CommonSpelling(key string) bool {
	_, ok := spellingKeys()[key]
	return ok
}
