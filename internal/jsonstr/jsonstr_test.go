package jsonstr

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAppend: what Append writes is a JSON string that reads back as
// encoding/json's writing of s does (invalid UTF-8 as U+FFFD), with
// nothing in it that would end a line or a script tag.
func TestAppend(t *testing.T) {
	tests := []string{
		"",
		"Saturday, March 2nd | 22 Adar I 5784",
		"כ״ב אדר א׳ תשפ״ד",
		`"quoted" \ back`,
		"tab\tnew\nline\rreturn\x00\x1f\x7f",
		"<script>&</script>",
		"line\u2028para\u2029",
		"bad \xff\xfe utf-8 \xe2\x82",
	}
	for b := range 256 {
		tests = append(tests, string([]byte{byte(b)}))
	}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			got := Append([]byte("x"), s)
			require.Equal(t, byte('x'), got[0])
			got = got[1:]
			require.True(t, json.Valid(got), "%s", got)

			var back, want string
			require.NoError(t, json.Unmarshal(got, &back))
			std, err := json.Marshal(s)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(std, &want))
			assert.Equal(t, want, back)

			assert.False(t, strings.ContainsAny(string(got), "<>&\n\r\u2028\u2029"), "%s", got)
		})
	}
}
