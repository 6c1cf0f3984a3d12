package casebook

// eachRuleID calls fn with each DOMAIN.md rule or document id quoted in s
// ("... (R-DOC-PAY)"), in order: the matches of the regular expression
// \b[RD]-[A-Z0-9]+(?:-[A-Z0-9]+)*\b, found by a scan of s. The regular
// expression cost a seventh of a household's text export, run over every
// note, step and title of 100,000 cases (TestRuleIDsAreTheRegexpsMatches
// holds the two together).
func eachRuleID(s string, fn func(string)) {
	for i := 0; i+2 < len(s); i++ {
		if (s[i] != 'R' && s[i] != 'D') || s[i+1] != '-' || (i > 0 && isWordByte(s[i-1])) {
			continue
		}
		// Segments of [A-Z0-9]+ joined by '-': the match is the longest
		// run of whole segments followed by a word boundary.
		end, j := -1, i+1
		for j < len(s) && s[j] == '-' {
			k := j + 1
			for k < len(s) && isUpperOrDigit(s[k]) {
				k++
			}
			if k == j+1 {
				break // a '-' with no segment after it
			}
			if k == len(s) || !isWordByte(s[k]) {
				end = k
			}
			j = k
			if k < len(s) && s[k] != '-' {
				break
			}
		}
		if end > 0 {
			fn(s[i:end])
			i = end - 1
		}
	}
}

func isUpperOrDigit(c byte) bool { return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' }

// isWordByte is \w of Go's regular expressions: [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return isUpperOrDigit(c) || 'a' <= c && c <= 'z' || c == '_'
}
