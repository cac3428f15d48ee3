package dateline_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// TestConcurrentUse runs every entry point from many goroutines at once,
// with layouts that are new to the cache, so that the race detector sees
// the layout cache and the zone caches filled concurrently.
func TestConcurrentUse(t *testing.T) {
	const workers = 16
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			day := time.Date(2024, time.March, 2+w, 10, 39, 0, 0, time.UTC)
			d := dateline.New(day)
			for i := range 50 {
				layout := fmt.Sprintf("Monday, January 2nd | 2 Tevet 5766 #%d", i%7)
				s := d.Format(layout)
				rep := dateline.Check(s[:len(s)-3])
				if !rep.OK() {
					errs <- fmt.Errorf("%q: %+v", s, rep.Problems)
					return
				}
				_ = dateline.Find("On " + s + " at 10:39 am EDT and " + d.Format(format.Published) + " IST")
				if _, err := dateline.LayoutOf(d.Format(format.Full)); err != nil {
					errs <- err
					return
				}
				b, _ := d.MarshalJSON()
				var back dateline.Dateline
				if err := back.UnmarshalJSON(b); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
}
