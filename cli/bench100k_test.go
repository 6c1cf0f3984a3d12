package cli

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The rows of issue 15's table that the other benchmarks of this package
// do not cover, at 100,000 demo cases (benchDB100k: TRAMITE_BENCH_DB or a
// generated file; none runs under -short). Whole-process figures beside
// their floors are in BENCHMARKS.md; these are the in-process side.

// runCommand runs one tramite command in process, its output discarded.
func runCommand(b *testing.B, args ...string) {
	b.Helper()
	a := newApp(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" }, benchNow)
	root := newRootCmd(a)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		b.Fatalf("tramite %s: %v", strings.Join(args, " "), err)
	}
}

// heapPeak samples the live heap every 2 ms while it runs; stop returns
// the highest sample in MB.
func heapPeak() (stop func() float64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() float64 {
		close(done)
		wg.Wait()
		return float64(peak) / 1e6
	}
}

// BenchmarkPersonList100k is `tramite person list` (table and JSON) over
// 100,000 demo cases: linear in people and cases, not their product.
func BenchmarkPersonList100k(b *testing.B) {
	db := benchDB100k(b)
	for _, args := range [][]string{{"person", "list"}, {"person", "list", "--json"}} {
		b.Run(strings.Join(args, "_"), func(b *testing.B) {
			for b.Loop() {
				runCommand(b, append([]string{"--db", db, "--today", "2026-11-23"}, args...)...)
			}
		})
	}
}

// BenchmarkHouseholdExport100k is `tramite export --household` in each
// streamed format over 100,000 demo cases, with the live heap's peak
// (issue 15: bounded, ≤ 60 MB whatever the size). The PDF packet's growth
// is BenchmarkPacketPDFGrowth's.
func BenchmarkHouseholdExport100k(b *testing.B) {
	db := benchDB100k(b)
	for _, format := range []string{"json", "ics", "text", "markdown"} {
		b.Run(format, func(b *testing.B) {
			var peak float64
			for b.Loop() {
				stop := heapPeak()
				runCommand(b, "--db", db, "--today", "2026-11-23", "export", "--household", "--format", format)
				peak = max(peak, stop())
			}
			b.ReportMetric(peak, "peak-heap-MB")
		})
	}
}

// BenchmarkDemo100k is `tramite demo --cases 100000` into a new file
// (issue 15: ≤ 20 s, linear), with the file's size per case (≤ 1,000 B).
func BenchmarkDemo100k(b *testing.B) {
	if testing.Short() {
		b.Skip("100,000 cases: not under -short")
	}
	const n = 100000
	var size int64
	for b.Loop() {
		db := filepath.Join(b.TempDir(), "demo.db")
		runCommand(b, "--db", db, "--today", "2026-11-23", "demo", "--cases", strconv.Itoa(n))
		fi, err := os.Stat(db)
		if err != nil {
			b.Fatal(err)
		}
		size = fi.Size()
	}
	b.ReportMetric(float64(size)/n, "file-B/case")
}

// BenchmarkProcessStart100k is the whole process of `tramite version` on
// a 100,000-case file beside bench/indexscan, a bare Go program that opens
// the same file with bbolt and reads its index (issue 15: start ≤ 3 ms
// above such a program). The built binaries run as a user runs them.
func BenchmarkProcessStart100k(b *testing.B) {
	db := benchDB100k(b)
	if buildErr != nil {
		b.Fatal(buildErr)
	}
	floor := filepath.Join(b.TempDir(), "indexscan")
	if out, err := exec.Command("go", "build", "-o", floor, "../bench/indexscan").CombinedOutput(); err != nil {
		b.Fatalf("go build bench/indexscan: %v\n%s", err, out)
	}
	for name, argv := range map[string][]string{
		"tramite_version":  {binPath, "--db", db, "version"},
		"floor_index_scan": {floor, db},
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
					b.Fatalf("%s: %v\n%s", name, err, out)
				}
			}
		})
	}
}
