package cli

import (
	"errors"
	"strings"

	"github.com/spf13/pflag"
)

// numberExample says what a number flag takes, for the error when its
// value is not a number.
func numberExample(name string) string {
	switch name {
	case "within":
		return "a whole number of days, such as 30"
	case "cases":
		return "a whole number of cases, such as 30"
	}
	return "a whole number from 0 up, such as 7"
}

// flagError rewords a flag mistake before it becomes a usage error (exit
// 2): a number flag given something else says what to type instead of
// pflag's strconv.ParseInt wording.
func flagError(err error) error {
	var ive *pflag.InvalidValueError
	if errors.As(err, &ive) && ive.GetFlag() != nil {
		f := ive.GetFlag()
		if t := f.Value.Type(); strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint") {
			return usagef("--%s takes %s (got %q)", f.Name, numberExample(f.Name), ive.GetValue())
		}
	}
	return usageErr(err)
}
