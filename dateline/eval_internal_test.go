package dateline

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
)

// TestDateErrorOf: the conversions whose errors the resolver reads return
// a *hebrew.DateError as it stands, which dateErrorOf finds as errors.As
// does, with the sentinel errors.Is matches in its Err.
func TestDateErrorOf(t *testing.T) {
	cases := []struct {
		err      error
		sentinel error
	}{
		{func() error { _, err := hebrew.FromGregorian(2014, time.February, 30); return err }(), hebrew.ErrNoSuchDay},
		{func() error { _, err := hebrew.FromGregorian(2014, 13, 1); return err }(), hebrew.ErrRange},
		{func() error { _, err := hebrew.FromGregorian(7000, time.January, 1); return err }(), hebrew.ErrRange},
		{func() error { _, err := hebrew.NewDate(5783, hebrew.AdarII, 1); return err }(), hebrew.ErrAdarCommonYear},
		{func() error { _, err := hebrew.NewDate(5784, hebrew.Cheshvan, 30); return err }(), hebrew.ErrNoSuchDay},
		{func() error { _, err := hebrew.NewDate(10000, hebrew.Nisan, 1); return err }(), hebrew.ErrRange},
	}
	for _, tc := range cases {
		require.Error(t, tc.err)
		de, ok := dateErrorOf(tc.err)
		var want *hebrew.DateError
		require.True(t, errors.As(tc.err, &want), tc.err.Error())
		assert.True(t, ok, tc.err.Error())
		assert.Same(t, want, de, tc.err.Error())
		assert.Equal(t, tc.sentinel, de.Err, tc.err.Error())
		assert.True(t, errors.Is(tc.err, tc.sentinel), tc.err.Error())
	}
}
