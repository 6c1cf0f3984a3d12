package cli

import (
	"slices"
	"testing"
)

// TestNarrowColumns: the widest column gives way first, none below its
// least, only as much as the width needs; a table that cannot fit stops
// at the leasts.
func TestNarrowColumns(t *testing.T) {
	tests := []struct {
		name                 string
		widths, order, least []int
		last, width          int
		want                 []int
		wantNarrowed         bool
	}{
		{"fits: unchanged", []int{2, 20, 13, 20}, []int{3, 1, 2}, []int{8, 10, 6}, 24, 120, []int{2, 20, 13, 20}, false},
		{"the widest first, evenly", []int{2, 20, 13, 20}, []int{3, 1, 2}, []int{8, 10, 6}, 24, 80, []int{2, 17, 13, 16}, true},
		{"down to the leasts", []int{2, 20, 13, 20}, []int{3, 1, 2}, []int{8, 10, 6}, 24, 30, []int{2, 10, 6, 8}, true},
		{"a column already under its least is left", []int{2, 9, 12, 20}, []int{3, 1, 2}, []int{8, 10, 6}, 24, 60, []int{2, 9, 9, 8}, true},
	}
	for _, tt := range tests {
		got, narrowed := narrowColumns(tt.widths, tt.order, tt.least, 2, tt.last, tt.width)
		if !slices.Equal(got, tt.want) || narrowed != tt.wantNarrowed {
			t.Errorf("%s: %v %v, want %v %v", tt.name, got, narrowed, tt.want, tt.wantNarrowed)
		}
	}
}
