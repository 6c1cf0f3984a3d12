package cli

import (
	"encoding/json"
	"testing"
)

// FuzzAppendJSONString: the hand-written JSON string escaper (used by
// `deadlines --json`, whose titles and notes hold names the user typed)
// always writes valid JSON that reads back as encoding/json's own
// encoding of the same string does, invalid UTF-8 included.
func FuzzAppendJSONString(f *testing.F) {
	for _, seed := range []string{
		"", "plain ASCII, longer than eight bytes", `"quoted" and \back\slashed`,
		"tab\there\nnewline \x01 <&> \x7f", "ünïcødé … Cancún 🇲🇽", "\xff\xfe invalid", "12345678\"",
		"1234567\xc3", "abcdefg\u2028h", "\x00\x1f\x20",
		"exactly thirty-two plain bytes..", "sixteen bytes...\"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := appendJSONString(nil, s)
		var got string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("appendJSONString(%q) = %s: not a JSON string: %v", s, out, err)
		}
		ref, _ := json.Marshal(s)
		var want string
		_ = json.Unmarshal(ref, &want)
		if got != want {
			t.Errorf("appendJSONString(%q) reads back as %q; encoding/json gives %q", s, got, want)
		}
	})
}
