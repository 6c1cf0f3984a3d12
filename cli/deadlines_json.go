package cli

import (
	"fmt"
	"io"
)

// jsonBlock is how many rows a goroutine encodes at a time: about 100 KB
// of JSON, large enough that handing blocks over costs little, small
// enough that the three buffers in flight stay off most of the fresh-heap
// page faults.
const jsonBlock = 256

// writeJSON prints the list as writeDeadlinesJSON prints its rows, byte
// for byte, encoding on two goroutines: writing the JSON is the largest
// part of `deadlines --json` over 10,000 cases, and the machines it runs
// on have a second core. The main goroutine encodes the even blocks of
// rows and writes every block in order; a helper encodes the odd ones into
// two buffers that go back and forth, so it runs at most two blocks ahead.
func (l *deadlineList) writeJSON(w io.Writer) error {
	n := l.len()
	texts := l.a.Texts()
	blocks := (n + jsonBlock - 1) / jsonBlock
	encode := func(buf []byte, c *rowCache, b int) []byte {
		c.touched ^= l.a.Prefetch(b*jsonBlock, (b+1)*jsonBlock)
		for i := b * jsonBlock; i < min(n, (b+1)*jsonBlock); i++ {
			buf = l.appendRowJSON(buf, c, texts, i)
		}
		return buf
	}
	if n <= 2*jsonBlock || !l.a.ConcurrentRows() {
		// One goroutine, block after block.
		buf := append(make([]byte, 0, jsonBlock*1024), '[')
		for b := range blocks {
			buf = encode(buf, &l.cache, b)
			if b == blocks-1 {
				buf = append(buf, jsonListEnd(n)...)
			}
			if _, err := w.Write(buf); err != nil {
				return fmt.Errorf("write JSON: %w", err)
			}
			buf = buf[:0]
		}
		if blocks == 0 {
			if _, err := w.Write([]byte("[" + jsonListEnd(0))); err != nil {
				return fmt.Errorf("write JSON: %w", err)
			}
		}
		return nil
	}
	const bufSize = jsonBlock * 1024
	free := make(chan []byte, 2)
	done := make(chan []byte, 2)
	quit := make(chan struct{})
	defer close(quit)
	free <- make([]byte, 0, bufSize)
	free <- make([]byte, 0, bufSize)
	go func() {
		c := newRowCache()
		for b := 1; b < blocks; b += 2 {
			var buf []byte
			select {
			case buf = <-free:
			case <-quit:
				return
			}
			// Only two buffers exist: done never blocks.
			done <- encode(buf[:0], &c, b)
		}
	}()
	mine := append(make([]byte, 0, bufSize), '[')
	for b := range blocks {
		var buf []byte
		if b%2 == 0 {
			mine = encode(mine, &l.cache, b)
			buf = mine
		} else {
			buf = <-done
		}
		if b == blocks-1 {
			buf = append(buf, jsonListEnd(n)...)
		}
		if _, err := w.Write(buf); err != nil {
			return fmt.Errorf("write JSON: %w", err)
		}
		if b%2 == 0 {
			mine = mine[:0]
		} else {
			free <- buf
		}
	}
	return nil
}
