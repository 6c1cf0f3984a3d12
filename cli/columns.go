package cli

// narrowColumns fits a terminal table into width: it narrows the columns
// named in order (indexes into widths), one cell at a time from the
// widest of them, none below its least, until the columns, a gap after
// each, and last cells for the last column fit; ties go to the column
// named first. A table still too wide after that is left at the leasts
// (the terminal wraps it). It returns the new widths and whether any
// column narrowed.
func narrowColumns(widths []int, order []int, least []int, gap, last, width int) ([]int, bool) {
	total := last
	for _, w := range widths {
		total += w + gap
	}
	out := append([]int(nil), widths...)
	narrowed := false
	for total > width {
		widest := -1
		for k, j := range order {
			if out[j] > least[k] && (widest < 0 || out[j] > out[order[widest]]) {
				widest = k
			}
		}
		if widest < 0 {
			break
		}
		out[order[widest]]--
		total--
		narrowed = true
	}
	return out, narrowed
}
