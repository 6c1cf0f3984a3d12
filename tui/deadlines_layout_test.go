package tui

import "testing"

// TestDeadlinesListKeepsWhatToDoReadable: from 60 columns up, in both
// languages' "when" widths, the deadlines list gives "what to do" at
// least 19 cells (it had 8 at 60 columns in Spanish), keeps the urgency
// marker and the "when" words (which carry LATE and TODAY), and fills the
// width exactly; the date gives way first, and never at 80 columns or
// more.
func TestDeadlinesListKeepsWhatToDoReadable(t *testing.T) {
	for _, whenW := range []int{whenWidth, whenWidthEs, 10} {
		for w := 60; w <= 200; w++ {
			c := layout(w, viewDeadlines, 15, 14, 0, whenW)
			if c.what < 19 {
				t.Errorf("width %d, when %d: what to do gets %d cells, want ≥ 19 (%+v)", w, whenW, c.what, c)
			}
			if c.marker == 0 || c.when != whenW || c.person == 0 {
				t.Errorf("width %d, when %d: a column that must stay is hidden: %+v", w, whenW, c)
			}
			if c.date == 0 && w >= 80 {
				t.Errorf("width %d, when %d: the date is hidden: %+v", w, whenW, c)
			}
			used := cursorWidth - 1
			for _, n := range []int{c.marker, c.date, c.when, c.person, c.proc, c.what} {
				if n > 0 {
					used += n + 1
				}
			}
			if used != w {
				t.Errorf("width %d, when %d: the columns fill %d cells: %+v", w, whenW, used, c)
			}
		}
	}
}
