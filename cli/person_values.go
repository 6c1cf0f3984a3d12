package cli

import (
	"strings"

	"tramite/procedures"
)

// personFieldKeys are the keys `tramite person set` accepts: the personal
// answer keys plus name, to rename.
func personFieldKeys() []string { return procedures.PersonFieldKeys() }

// parseKeyValues splits key=value arguments; the error names the argument.
func parseKeyValues(args []string, flag string) ([][2]string, error) {
	out := make([][2]string, 0, len(args))
	for _, arg := range args {
		k, v, ok := strings.Cut(arg, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			if flag == "" {
				return nil, usagef("%q: write it as key=value, e.g. birth_date=1985-04-12", arg)
			}
			return nil, usagef("%s %q: write it as key=value, e.g. %s birth_date=1985-04-12", flag, arg, flag)
		}
		out = append(out, [2]string{k, v})
	}
	return out, nil
}
