package export

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signintech/gopdf"

	"tramite/casebook"
)

// packetOf writes the packet of the first n benchmark cases with parts of
// (about) pages pages.
func packetOf(t *testing.T, n, pages int) []byte {
	t.Helper()
	people, cases := benchHousehold(t)
	// Characters beyond Latin in the later parts only: Greek, Cyrillic,
	// and what the Go fonts lack (a white square), in both fonts.
	for i := range people {
		if i%5 == 4 {
			people[i].Name += " Ζωή Дмитрий Łódź 😀 李"
		}
	}
	ctx := testContext()
	vs, err := casebook.Household(people, cases[:n], ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func(p int) { partPages = p }(partPages)
	partPages = pages
	var b bytes.Buffer
	if err := PDFFrom(context.Background(), &b, Cases(people, vs), ctx, PaperA4); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// popplerStrict is poppler's output (args with "PDF" where the file goes), failing on any complaint poppler
// writes about the file (a broken cross-reference table, a bad object).
func popplerStrict(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	bin, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s not found: install poppler-utils", tool)
	}
	path := filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	// The file goes where args says "PDF", else last.
	full, placed := []string{}, false
	for _, a := range args {
		if a == "PDF" {
			a, placed = path, true
		}
		full = append(full, a)
	}
	if !placed {
		full = append(full, path)
	}
	cmd := exec.Command(bin, full...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || errb.Len() > 0 {
		t.Fatalf("%s: %v\n%s", tool, err, errb.String())
	}
	return out.String()
}

// A packet written in parts reads the same as one written whole: the same
// pages, the same text, the same title, and poppler finds nothing wrong.
func TestPacketInParts(t *testing.T) {
	whole := packetOf(t, 12, 1<<30)
	parts := packetOf(t, 12, 10)
	if bytes.Equal(whole, parts) {
		t.Fatal("the packet was not cut into parts")
	}
	if got := bytes.Count(parts, []byte("/Type /Catalog")); got != 1 {
		t.Errorf("%d catalogs, want 1", got)
	}
	if got := bytes.Count(parts, []byte("/Parent 2 0 R")); got < 3 {
		t.Errorf("%d parts hang from the page tree, want at least 3", got)
	}
	// One copy of each font, with every character of every part.
	for _, font := range []string{"/FontName /go-regular", "/FontName /go-bold"} {
		if got := bytes.Count(parts, []byte(font)); got != 1 {
			t.Errorf("%d %s, want 1", got, font)
		}
	}
	if len(parts) > len(whole)+len(whole)/100 {
		t.Errorf("the packet in parts is %d bytes, the whole %d", len(parts), len(whole))
	}
	wt := popplerStrict(t, "pdftotext", whole, "PDF", "-")
	pt := popplerStrict(t, "pdftotext", parts, "PDF", "-")
	if wt != pt {
		t.Errorf("the text of the packet in parts differs from the whole:\n%s", firstDiff(wt, pt))
	}
	wi := popplerStrict(t, "pdfinfo", whole)
	pi := popplerStrict(t, "pdfinfo", parts)
	for _, field := range []string{"Title:", "Creator:", "CreationDate:", "Pages:", "Page size:"} {
		if a, b := infoLine(wi, field), infoLine(pi, field); a != b || a == "" {
			t.Errorf("pdfinfo %s whole %q, in parts %q", field, a, b)
		}
	}
}

// The pages either side of a cut look the same as in the whole packet:
// the font and colour go on in the new part.
func TestPacketInPartsLooksTheSame(t *testing.T) {
	whole := packetOf(t, 4, 1<<30)
	parts := packetOf(t, 4, 7)
	for _, page := range []string{"7", "8", "14", "15"} {
		a := popplerStrict(t, "pdftoppm", whole, "-r", "40", "-f", page, "-l", page, "-gray")
		b := popplerStrict(t, "pdftoppm", parts, "-r", "40", "-f", page, "-l", page, "-gray")
		if a != b || len(a) < 1000 {
			t.Errorf("page %s differs in the packet in parts (%d and %d bytes)", page, len(a), len(b))
		}
	}
}

// A packet that fits in one part is byte for byte what gopdf writes
// when it compresses the pages itself.
func TestPacketOnePartIsGopdfs(t *testing.T) {
	people, cases := benchHousehold(t)
	ctx := testContext()
	vs, err := casebook.Household(people, cases[:3], ctx)
	if err != nil {
		t.Fatal(err)
	}
	// pdfFrom's drawing, written by gopdf with its own compression.
	s, err := newSheet(*gopdf.PageSizeA4)
	if err != nil {
		t.Fatal(err)
	}
	var sources sourceLog
	for i, v := range vs {
		c := PacketFromView(v, ctx)
		if i == 0 {
			s.pdf.SetInfo(gopdf.PdfInfo{Title: c.Lang.T("tramite packet: %s", c.Person.Name), Creator: "tramite",
				CreationDate: time.Date(ctx.Today.Year, ctx.Today.Month, ctx.Today.Day, 12, 0, 0, 0, time.UTC)})
		}
		pdfCover(s, c, ctx)
		pdfChecklist(s, c)
		pdfHistory(s, c)
		pdfLetters(s, c)
		pdfGuide(s, c)
		sources.add(c)
	}
	pdfSources(s, &sources)
	if s.err != nil {
		t.Fatal(s.err)
	}
	s.pdf.SetCompressLevel(zlib.DefaultCompression)
	var want bytes.Buffer
	if _, err := s.pdf.WriteTo(&want); err != nil {
		t.Fatal(err)
	}
	if got := packetOf(t, 3, 600); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("the 3-case packet (%d bytes) is not gopdf's own (%d bytes)", len(got), want.Len())
	}
}

// A full disk in the middle of a packet in parts is an error, never a
// short file reported as written.
func TestPacketInPartsWriteError(t *testing.T) {
	people, cases := benchHousehold(t)
	ctx := testContext()
	vs, err := casebook.Household(people, cases[:8], ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func(p int) { partPages = p }(partPages)
	partPages = 5
	var full bytes.Buffer
	if err := PDFFrom(context.Background(), &full, Cases(people, vs), ctx, PaperA4); err != nil {
		t.Fatal(err)
	}
	for _, after := range []int{0, 1000, full.Len() / 2, full.Len() - 100, full.Len() - 1} {
		w := &fullDisk{w: io.Discard, n: after}
		err := PDFFrom(context.Background(), w, Cases(people, vs), ctx, PaperA4)
		if !errors.Is(err, errDiskFull) {
			t.Errorf("failing after %d bytes: %v, want the disk's error", after, err)
		}
	}
}

// Ctrl-C between parts stops the packet.
func TestPacketInPartsCancel(t *testing.T) {
	people, cases := benchHousehold(t)
	ctx := testContext()
	vs, err := casebook.Household(people, cases[:8], ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func(p int) { partPages = p }(partPages)
	partPages = 5
	run, cancel := context.WithCancel(context.Background())
	src := cancelAfter{Source: Cases(people, vs), at: 4, cancel: cancel}
	if err := PDFFrom(run, &bytes.Buffer{}, src, ctx, PaperA4); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled at case 4: %v", err)
	}
}

type cancelAfter struct {
	Source
	at     int
	cancel func()
}

func (c cancelAfter) Detail(i int) (casebook.Detail, error) {
	if i == c.at {
		c.cancel()
	}
	return c.Source.Detail(i)
}

func infoLine(info, field string) string {
	for _, l := range strings.Split(info, "\n") {
		if strings.HasPrefix(l, field) {
			return strings.TrimSpace(strings.TrimPrefix(l, field))
		}
	}
	return ""
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: %q vs %q", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines vs %d", len(al), len(bl))
}
