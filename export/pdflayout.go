package export

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// sheet is a small flowing layout on top of gopdf, which places text at
// coordinates and leaves wrapping and page breaks to its caller: a cursor
// that moves down the page, wraps paragraphs to the text width and starts a
// new page when the next block does not fit. The first error sticks in err
// and every later call is a no-op, so the page code reads top to bottom.
type sheet struct {
	pdf    *gopdf.GoPdf
	pageW  float64
	pageH  float64
	margin float64
	y      float64
	err    error
	// The current font and size (setFont), and the widths of the
	// characters measured so far in each (runeWidth).
	font   string
	size   float64
	widths map[widthKey]float64
	// letter is set while the page is a letter's: nothing else goes on it.
	letter bool
	// st is the style setFont applied last.
	st style
	// parts, when set, takes the pages every partPages pages: page cuts
	// the document there (cutPart).
	parts *pdfJoiner
	// used are the characters set in each font, for the fonts of a
	// packet in parts (fontDocument).
	used map[string]*runeSet
}

// runeSet is a set of characters.
type runeSet struct {
	latin [0x250]bool // Latin-1 and Latin Extended-A and B
	more  map[rune]bool
	list  []rune // in the order first set
}

func (u *runeSet) add(text string) {
	for _, r := range text {
		if r >= 0 && int(r) < len(u.latin) {
			if u.latin[r] {
				continue
			}
			u.latin[r] = true
		} else {
			if u.more[r] {
				continue
			}
			if u.more == nil {
				u.more = map[rune]bool{}
			}
			u.more[r] = true
		}
		u.list = append(u.list, r)
	}
}

// fontDocument is a one-page gopdf document that sets every character
// the packet's pages set, in the same fonts: its font subsets serve
// every part (pdfJoiner.fonts).
func (s *sheet) fontDocument() ([]byte, error) {
	pdf, err := newDocument(gopdf.Rect{W: s.pageW, H: s.pageH})
	if err != nil {
		return nil, err
	}
	pdf.AddPage()
	for _, font := range []string{fontRegular, fontBold} {
		if err := pdf.SetFont(font, "", 10); err != nil {
			return nil, err
		}
		text := " "
		if u := s.used[font]; u != nil {
			text = string(u.list)
		}
		pdf.SetXY(s.margin, s.margin)
		if err := pdf.CellWithOption(&gopdf.Rect{W: s.textWidth(), H: 14}, text, gopdf.CellOption{Align: gopdf.Left | gopdf.Top}); err != nil {
			return nil, err
		}
	}
	var b bytes.Buffer
	if _, err := pdf.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Font families registered in newSheet. The Go fonts carry Latin-1 and
// Latin Extended-A (á, é, ñ, ü, ¿, ¡) and are embedded in the PDF, so the
// Spanish names render the same on every machine.
const (
	fontRegular = "go-regular"
	fontBold    = "go-bold"
)

// missingGlyph replaces a character the Go fonts lack (emoji, most
// non-Latin scripts): a visible white square rather than a silent gap.
const missingGlyph = '□'

// newSheet starts a document on paper of the given size (points), with
// the Go fonts embedded.
func newSheet(size gopdf.Rect) (*sheet, error) {
	pdf, err := newDocument(size)
	if err != nil {
		return nil, err
	}
	return &sheet{pdf: pdf, pageW: size.W, pageH: size.H, margin: 56}, nil
}

// newDocument is an empty gopdf document with the Go fonts.
func newDocument(size gopdf.Rect) (*gopdf.GoPdf, error) {
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: size, Unit: gopdf.UnitPT})
	// The pages' content is compressed by the joiner (pdfparts.go).
	pdf.SetNoCompression()
	opt := gopdf.TtfOption{OnGlyphNotFoundSubstitute: func(rune) rune { return missingGlyph }}
	if err := pdf.AddTTFFontDataWithOption(fontRegular, goregular.TTF, opt); err != nil {
		return nil, fmt.Errorf("loading the regular font: %w", err)
	}
	if err := pdf.AddTTFFontDataWithOption(fontBold, gobold.TTF, opt); err != nil {
		return nil, fmt.Errorf("loading the bold font: %w", err)
	}
	return pdf, nil
}

// cutPart hands the pages drawn so far to s.parts as one part and goes on
// in a new document (pdfparts.go), in the same font and colour.
func (s *sheet) cutPart() {
	s.cutLast()
	if s.err != nil {
		return
	}
	pdf, err := newDocument(gopdf.Rect{W: s.pageW, H: s.pageH})
	if err != nil {
		s.err = err
		return
	}
	s.pdf = pdf
	if s.font != "" {
		s.setFont(s.st)
	}
}

// cutLast hands the pages drawn so far to s.parts as the last part.
func (s *sheet) cutLast() {
	if s.err != nil {
		return
	}
	// One buffer for every part: it grows to the largest once.
	b := &s.parts.part
	b.Reset()
	if _, err := s.pdf.WriteTo(b); err != nil {
		s.err = err
		return
	}
	// The part's pages are gone from memory before the next are drawn.
	s.pdf = nil
	if err := s.parts.add(b.Bytes()); err != nil {
		s.err = err
	}
}

// textWidth is the width available between the margins.
func (s *sheet) textWidth() float64 { return s.pageW - 2*s.margin }

// page starts a new page with the cursor at the top margin.
func (s *sheet) page() {
	if s.err != nil {
		return
	}
	if s.parts != nil && s.pdf.GetNumberOfPages() >= partPages {
		s.cutPart()
		if s.err != nil {
			return
		}
	}
	s.pdf.AddPage()
	s.y = s.margin
	s.letter = false
}

// ensure starts a new page unless h points still fit above the bottom
// margin; blocks that belong together (a signature) call it first.
func (s *sheet) ensure(h float64) {
	if s.y+h > s.pageH-s.margin {
		s.page()
	}
}

// gap moves the cursor down h points.
func (s *sheet) gap(h float64) { s.y += h }

// style is how a paragraph is set: size in points, bold, grey, the left
// indent and the alignment.
type style struct {
	size   float64
	bold   bool
	grey   bool
	indent float64
	align  int // gopdf.Left, gopdf.Right or gopdf.Center
}

func (st style) lineHeight() float64 { return st.size * 1.35 }

// setFont applies st's font and colour.
func (s *sheet) setFont(st style) {
	if s.err != nil {
		return
	}
	family := fontRegular
	if st.bold {
		family = fontBold
	}
	if err := s.pdf.SetFont(family, "", st.size); err != nil {
		s.err = fmt.Errorf("setting the font: %w", err)
		return
	}
	s.font, s.size, s.st = family, st.size, st
	if st.grey {
		s.pdf.SetTextColor(90, 90, 90)
	} else {
		s.pdf.SetTextColor(0, 0, 0)
	}
}

// para sets text wrapped to the text width (less the indent), breaking
// pages as needed. Explicit newlines are kept.
func (s *sheet) para(text string, st style) {
	if s.err != nil {
		return
	}
	s.setFont(st)
	width := s.textWidth() - st.indent
	for _, src := range strings.Split(clean(text), "\n") {
		lines, err := s.wrap(src, width)
		if err != nil {
			s.err = err
			return
		}
		for _, ln := range lines {
			s.line(ln, st, width)
		}
	}
}

// wrap breaks one line of text at spaces to fit width; a word wider than
// width (a 200-character name with no space) is cut. It measures each
// character once per font (runeWidth), so its cost is linear in the text:
// gopdf's SplitTextWithWordWrap measures the whole line again for every
// character, which made a 20,000-case packet take many minutes (issue 14).
func (s *sheet) wrap(text string, width float64) ([]string, error) {
	if strings.TrimSpace(text) == "" {
		return []string{""}, nil
	}
	space, err := s.runeWidth(' ')
	if err != nil {
		return nil, err
	}
	var lines []string
	var line strings.Builder
	lineW := 0.0
	flush := func() {
		lines = append(lines, line.String())
		line.Reset()
		lineW = 0
	}
	for _, word := range strings.Split(text, " ") {
		wordW := 0.0
		for _, r := range word {
			w, err := s.runeWidth(r)
			if err != nil {
				return nil, err
			}
			wordW += w
		}
		sep := 0.0
		if line.Len() > 0 {
			sep = space
		}
		if line.Len() > 0 && lineW+sep+wordW > width {
			flush()
			sep = 0
		}
		if wordW <= width-lineW-sep {
			if sep > 0 {
				line.WriteByte(' ')
			}
			line.WriteString(word)
			lineW += sep + wordW
			continue
		}
		// A word wider than the line: cut it where the width runs out.
		if sep > 0 {
			line.WriteByte(' ')
			lineW += sep
		}
		for _, r := range word {
			w, _ := s.runeWidth(r)
			if line.Len() > 0 && lineW+w > width {
				flush()
			}
			line.WriteRune(r)
			lineW += w
		}
	}
	if line.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines, nil
}

// runeWidth is the width of r in the current font and size, measured by
// gopdf once and then kept.
func (s *sheet) runeWidth(r rune) (float64, error) {
	k := widthKey{font: s.font, size: s.size, r: r}
	if w, ok := s.widths[k]; ok {
		return w, nil
	}
	w, err := s.pdf.MeasureTextWidth(string(r))
	if err != nil {
		return 0, fmt.Errorf("measuring %q: %w", r, err)
	}
	if s.widths == nil {
		s.widths = map[widthKey]float64{}
	}
	s.widths[k] = w
	return w, nil
}

// widthKey names a character's width in one font at one size.
type widthKey struct {
	font string
	size float64
	r    rune
}

// line sets one already-wrapped line and moves the cursor down.
func (s *sheet) line(text string, st style, width float64) {
	s.ensure(st.lineHeight())
	if s.err != nil {
		return
	}
	s.pdf.SetXY(s.margin+st.indent, s.y)
	align := st.align
	if align == 0 {
		align = gopdf.Left
	}
	rect := &gopdf.Rect{W: width, H: st.lineHeight()}
	text = strings.TrimRight(text, " ")
	if err := s.pdf.CellWithOption(rect, text, gopdf.CellOption{Align: align | gopdf.Top}); err != nil {
		s.err = fmt.Errorf("writing text: %w", err)
		return
	}
	if s.used == nil {
		s.used = map[string]*runeSet{}
	}
	u := s.used[s.font]
	if u == nil {
		u = &runeSet{}
		s.used[s.font] = u
	}
	u.add(text)
	s.y += st.lineHeight()
}

// rule draws a thin line across the text width.
func (s *sheet) rule() {
	if s.err != nil {
		return
	}
	s.pdf.SetLineWidth(0.5)
	s.pdf.SetStrokeColor(150, 150, 150)
	s.pdf.Line(s.margin, s.y, s.pageW-s.margin, s.y)
	s.y += 6
}

// checkbox draws a box at the cursor's line, indented by x, with a tick
// drawn in it when ticked (a drawn tick: the Go fonts have no ✓).
func (s *sheet) checkbox(x float64, ticked bool) {
	if s.err != nil {
		return
	}
	const side = 9
	left, top := s.margin+x, s.y+2
	s.pdf.SetLineWidth(0.8)
	s.pdf.SetStrokeColor(0, 0, 0)
	s.pdf.RectFromUpperLeftWithStyle(left, top, side, side, "D")
	if ticked {
		s.pdf.SetLineWidth(1.4)
		s.pdf.Line(left+1.8, top+4.8, left+3.8, top+7.2)
		s.pdf.Line(left+3.8, top+7.2, left+7.6, top+1.6)
	}
}

// signature draws a signing line centred on the page with the name and
// caption under it, kept together on one page.
func (s *sheet) signature(name, caption string) {
	s.ensure(80)
	s.gap(44)
	if s.err != nil {
		return
	}
	const w = 240
	left := (s.pageW - w) / 2
	s.pdf.SetLineWidth(0.7)
	s.pdf.SetStrokeColor(0, 0, 0)
	s.pdf.Line(left, s.y, left+w, s.y)
	s.gap(4)
	if name != "" {
		s.para(name, style{size: 11, align: gopdf.Center})
	}
	if caption != "" {
		s.para(caption, style{size: 9, grey: true, align: gopdf.Center})
	}
}

// clean makes user text safe to set: tabs become spaces, other control
// characters and invisible format runes (zero-width joiners of emoji
// sequences, variation selectors) are dropped.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Mn, r) && r >= 0xFE00 && r <= 0xFE0F:
			return -1
		}
		return r
	}, s)
}
