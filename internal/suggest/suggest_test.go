package suggest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClosest(t *testing.T) {
	names := []string{"Jerusalem", "New York", "Newark", "Paris", "San Diego", "San Jose", "Tel Aviv"}
	tests := []struct {
		typed string
		want  []string
	}{
		{"Jeruslem", []string{"Jerusalem"}},
		{"newyork", []string{"New York", "Newark"}},
		{"san", []string{"San Diego", "San Jose"}},
		{"Pari", []string{"Paris"}},
		{"tel-aviv", []string{"Tel Aviv"}},
		{"Xyzzyville", []string{}},
		{"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.typed, func(t *testing.T) {
			assert.Equal(t, tc.want, Closest(tc.typed, names, 5))
		})
	}
	assert.Equal(t, []string{"San Diego"}, Closest("san", names, 1))
}

func TestDistance(t *testing.T) {
	assert.Equal(t, 1, Distance("Jeruslem", "Jerusalem"))
	assert.Equal(t, 0, Distance("", ""))
	assert.Equal(t, 3, Distance("abc", ""))
	assert.Equal(t, 1, Distance("פסח", "פסך"))
	// Two adjacent letters swapped are one slip.
	assert.Equal(t, 1, Distance("scna", "scan"))
	assert.Equal(t, 1, Distance("cla", "cal"))
	assert.Equal(t, 1, Distance("Jersualem", "Jerusalem"))
	assert.Equal(t, 2, Distance("ab", "bac"))
	assert.Equal(t, []string{"scan"}, Closest("scna", []string{"today", "convert", "check", "scan", "cal"}, 2))
}

func TestOrList(t *testing.T) {
	assert.Equal(t, "", OrList(nil))
	assert.Equal(t, "A", OrList([]string{"A"}))
	assert.Equal(t, "A or B", OrList([]string{"A", "B"}))
	assert.Equal(t, "A, B or C", OrList([]string{"A", "B", "C"}))
}

func TestAndList(t *testing.T) {
	assert.Equal(t, "", AndList(nil))
	assert.Equal(t, "sunset", AndList([]string{"sunset"}))
	assert.Equal(t, "sunset and havdalah", AndList([]string{"sunset", "havdalah"}))
	assert.Equal(t, "sunset, candle lighting and havdalah", AndList([]string{"sunset", "candle lighting", "havdalah"}))
}
