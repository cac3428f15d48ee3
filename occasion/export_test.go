package occasion

// CachedYears returns how many years and schedules the occasions cache
// holds, and the most it may hold.
func CachedYears() (n, max int) {
	years.Lock()
	defer years.Unlock()
	return len(years.slot), cachedYears
}
