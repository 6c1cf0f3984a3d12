package export

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// A long packet is drawn in parts (issues 14 and 15). gopdf keeps every
// page of a document in memory until WriteTo (about 14 KB a page, 80 KB a
// case) and its WriteTo builds the page tree's list of kids by copying it
// once per page (quadratic: 357 s and 7.5 GB for 20,000 cases). So the
// packet is drawn as a series of gopdf documents of partPages pages each,
// cut at a page break (sheet.page), and pdfJoiner copies each part's
// pages into the one output file as soon as the part is written,
// renumbered, keeping only their offsets. The reader sees one document: a
// page tree whose kids are the parts' page trees, in order, and one copy
// of each font: the parts' own subsets are dropped and every page names
// one resource dictionary whose fonts, written last, carry every
// character the pages set (sheet.fontDocument). A packet that fits in one
// part is gopdf's output unchanged.

// partPages is the page count of a part: about 4 MB of gopdf's memory.
// A variable so that tests can cut small packets into many parts.
var partPages = 300

// pdfJoiner writes the parts of a packet, each a complete PDF from gopdf,
// to w as one PDF. Objects 1 (catalog) and 2 (the root of the page tree)
// are written last; each part's objects get the numbers from 3 on.
type pdfJoiner struct {
	w   *bufio.Writer
	off int64
	// Where each object starts, for the cross-reference table: objects
	// 1 to resourcesID (written last) in low, the others, written in
	// order, in offs as the distance from the one before (a few bytes an
	// object, issue 15: a slice of 8-byte offsets doubling as it grew was
	// 9 MB at 100,000 cases). size is the number of the next object;
	// last the offset appended last.
	low  [resourcesID + 1]int64
	offs varLog
	size int
	last int64
	// kids are the numbers of the parts' page trees; count their pages.
	kids  []int
	count int
	// info is the first part's document information (title, creator,
	// date) from its trailer; mediaBox its paper.
	info     []byte
	mediaBox []byte
	err      error
	// z compresses the pages' content (compress), one writer reused for
	// every page; zbuf holds its output.
	z    *zlib.Writer
	zbuf bytes.Buffer
	// part is the buffer gopdf writes each part into (sheet.cutLast).
	part bytes.Buffer
}

func newPDFJoiner(w io.Writer) *pdfJoiner {
	return &pdfJoiner{w: bufio.NewWriterSize(w, 64<<10), size: resourcesID + 1}
}

// placed records that object j.size starts at off, after the one before.
func (j *pdfJoiner) placed(off int64) {
	j.offs.uint(uint64(off - j.last))
	j.last = off
	j.size++
}

func (j *pdfJoiner) write(p []byte) {
	if j.err != nil {
		return
	}
	n, err := j.w.Write(p)
	j.off += int64(n)
	if err != nil {
		j.err = err
	}
}

var (
	reRef      = lazyRegexp(`(\d+) 0 R`)
	rePagesRef = lazyRegexp(`/Pages (\d+) 0 R`)
	reCount    = lazyRegexp(`/Count (\d+)`)
	reMediaBox = lazyRegexp(`/MediaBox \[[^\]]*\]`)
	reContents = lazyRegexp(`/Contents ([0-9 R]+)\n`)
)

// The pages' content is compressed here rather than by gopdf, which
// writes it glyph by glyph (an fmt.Fprintf of four hex digits) straight
// into a new zlib writer for every page: two thirds of a packet's time
// went to those small writes and to the writers' 1 MB each (issue 14).
// newDocument turns gopdf's compression off; compress turns each page's
// stream back into what gopdf would have written: the same level, the
// same bytes.

// contentIDs are the numbers of the page content streams of a part: the
// /Contents of its pages.
func contentIDs(objs [][]byte) map[int]bool {
	ids := map[int]bool{}
	for _, o := range objs {
		if !bytes.Contains(o, []byte("/Type /Page\n")) {
			continue
		}
		if m := reContents().FindSubmatch(o); m != nil {
			for _, r := range reRef().FindAllSubmatch(m[1], -1) {
				id, _ := strconv.Atoi(string(r[1]))
				ids[id] = true
			}
		}
	}
	return ids
}

// compress is an uncompressed content stream object's body ("<<\n/Length
// N\n>>\nstream\n", N bytes, "endstream\n"), compressed as gopdf does.
func (j *pdfJoiner) compress(body []byte) ([]byte, error) {
	bad := errors.New("joining the packet's parts: bad page content")
	const head = "<<\n/Length "
	if !bytes.HasPrefix(body, []byte(head)) {
		return nil, bad
	}
	rest := body[len(head):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return nil, bad
	}
	n, err := strconv.Atoi(string(rest[:nl]))
	rest = rest[nl:]
	if err != nil || !bytes.HasPrefix(rest, []byte("\n>>\nstream\n")) {
		return nil, bad
	}
	rest = rest[len("\n>>\nstream\n"):]
	if len(rest) != n+len("endstream\n") || !bytes.HasSuffix(rest, []byte("endstream\n")) {
		return nil, bad
	}
	j.zbuf.Reset()
	if j.z == nil {
		j.z = zlib.NewWriter(&j.zbuf)
	} else {
		j.z.Reset(&j.zbuf)
	}
	if _, err := j.z.Write(rest[:n]); err != nil {
		return nil, err
	}
	if err := j.z.Close(); err != nil {
		return nil, err
	}
	out := fmt.Appendf(nil, "<<\n/Filter/FlateDecode/Length %d\n>>\nstream\n", j.zbuf.Len())
	out = append(out, j.zbuf.Bytes()...)
	return append(out, "\nendstream\n"...), nil
}

// whole writes a packet of one part: gopdf's document, object for object,
// its pages' content compressed.
func (j *pdfJoiner) whole(part []byte) error {
	header, objs, trailer, err := partObjects(part)
	if err != nil {
		return err
	}
	contents := contentIDs(objs)
	offsets := make([]int64, len(objs))
	j.write(header)
	for id := 1; id < len(objs); id++ {
		body := objs[id]
		if contents[id] {
			if body, err = j.compress(body); err != nil {
				return err
			}
		}
		offsets[id] = j.off
		j.write(fmt.Appendf(nil, "%d 0 obj\n", id))
		j.write(body)
		j.write([]byte("endobj\n\n"))
	}
	j.xref(len(objs), func(id int) int64 { return offsets[id] }, trailer)
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

// xref writes the cross-reference table of objects 1 to size-1, where
// object id starts at at(id) (called in order), and the trailer.
func (j *pdfJoiner) xref(size int, at func(id int) int64, trailer []byte) {
	start := j.off
	j.write(fmt.Appendf(nil, "xref\n0 %d\n0000000000 65535 f \n", size))
	line := make([]byte, 0, 20)
	for id := 1; id < size; id++ {
		line = fmt.Appendf(line[:0], "%010d 00000 n \n", at(id))
		j.write(line)
	}
	j.write(trailer)
	j.write(fmt.Appendf(nil, "startxref\n%d\n%%%%EOF\n", start))
}

// partObjects splits a PDF written by gopdf into its objects' bodies
// (between "N 0 obj\n" and "endobj"), by the offsets of its
// cross-reference table, with the header before the first object and the
// trailer's dictionary.
func partObjects(part []byte) (header []byte, objs [][]byte, trailer []byte, err error) {
	bad := func(what string) error { return fmt.Errorf("joining the packet's parts: %s", what) }
	sx := bytes.LastIndex(part, []byte("startxref\n"))
	if sx < 0 {
		return nil, nil, nil, bad("no startxref")
	}
	rest := part[sx+len("startxref\n"):]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	xref, err := strconv.Atoi(string(rest))
	if err != nil || xref <= 0 || xref >= len(part) {
		return nil, nil, nil, bad("bad startxref")
	}
	tab := part[xref:]
	if !bytes.HasPrefix(tab, []byte("xref\n0 ")) {
		return nil, nil, nil, bad("no xref table")
	}
	tab = tab[len("xref\n0 "):]
	nl := bytes.IndexByte(tab, '\n')
	if nl < 0 {
		return nil, nil, nil, bad("bad xref table")
	}
	size, err := strconv.Atoi(string(tab[:nl]))
	if err != nil || size < 2 || len(tab) < nl+1+20*size {
		return nil, nil, nil, bad("bad xref size")
	}
	entries := tab[nl+1:]
	offs := make([]int, size+1)
	for id := 1; id < size; id++ {
		e := entries[20*id : 20*id+20]
		o, err := strconv.Atoi(string(e[:10]))
		if err != nil || e[17] != 'n' {
			return nil, nil, nil, bad("bad xref entry")
		}
		offs[id] = o
	}
	offs[size] = xref
	objs = make([][]byte, size)
	for id := 1; id < size; id++ {
		if offs[id] >= offs[id+1] {
			return nil, nil, nil, bad("objects out of order")
		}
		obj := part[offs[id]:offs[id+1]]
		head := fmt.Appendf(nil, "%d 0 obj\n", id)
		end := bytes.LastIndex(obj, []byte("endobj"))
		if !bytes.HasPrefix(obj, head) || end < len(head) {
			return nil, nil, nil, bad("bad object")
		}
		objs[id] = obj[len(head):end]
	}
	t := part[xref+len("xref\n0 ")+nl+1+20*size:]
	if e := bytes.Index(t, []byte("startxref")); e >= 0 {
		t = t[:e]
	}
	return part[:offs[1]], objs, t, nil
}

// resourcesID is the number of the joined document's one resource
// dictionary (the fonts), which every page names; finish writes it.
const resourcesID = 3

// dictOf is the dictionary of an object's body: what comes before its
// stream, if any.
func dictOf(body []byte) (dict, stream []byte) {
	if k := bytes.Index(body, []byte("stream\n")); k >= 0 {
		return body[:k], body[k:]
	}
	return body, nil
}

// refs are the object numbers a dictionary refers to.
func refs(dict []byte) []int {
	var out []int
	for _, m := range reRef().FindAllSubmatch(dict, -1) {
		id, _ := strconv.Atoi(string(m[1]))
		out = append(out, id)
	}
	return out
}

var reResources = lazyRegexp(`/Resources (\d+) 0 R`)

// add copies the pages of one part, a complete PDF written by gopdf, to
// the output: its page tree, its pages and their content, renumbered.
// Its fonts are left out: every page names the document's resources
// (resourcesID), whose fonts finish writes once, with every character
// the parts used.
func (j *pdfJoiner) add(part []byte) error {
	header, objs, trailer, err := partObjects(part)
	if err != nil {
		return err
	}
	bad := func(what string) error { return fmt.Errorf("joining the packet's parts: %s", what) }
	first := len(j.kids) == 0
	if first {
		j.write(header)
		if i := bytes.Index(trailer, []byte("/Info")); i >= 0 {
			if e := bytes.LastIndex(trailer, []byte(">>")); e > i {
				j.info = bytes.Clone(bytes.TrimRight(trailer[i:e], " \n"))
			}
		}
	}
	// The catalog (object 1) names the part's page tree.
	m := rePagesRef().FindSubmatch(objs[1])
	if m == nil {
		return bad("no page tree")
	}
	valid := func(id int) bool { return id > 1 && id < len(objs) }
	pagesID, _ := strconv.Atoi(string(m[1]))
	if !valid(pagesID) {
		return bad("bad page tree")
	}
	renum := make([]int, len(objs))
	next := j.size
	keep := func(id int) {
		renum[id] = next
		next++
	}
	keep(pagesID)
	kids, _ := dictOf(objs[pagesID])
	contents := map[int]bool{}
	for _, page := range refs(kids) {
		if !valid(page) || renum[page] != 0 {
			return bad("bad page")
		}
		keep(page)
		r := reResources().FindSubmatch(objs[page])
		c := reContents().FindSubmatch(objs[page])
		if r == nil || c == nil {
			return bad("a page without resources or content")
		}
		res, _ := strconv.Atoi(string(r[1]))
		if !valid(res) {
			return bad("bad resources")
		}
		renum[res] = resourcesID
		for _, id := range refs(c[1]) {
			if !valid(id) || renum[id] != 0 {
				return bad("bad page content")
			}
			keep(id)
			contents[id] = true
		}
	}
	remap := func(ref []byte) []byte {
		sub := reRef().FindSubmatch(ref)
		id, _ := strconv.Atoi(string(sub[1]))
		if id <= 0 || id >= len(renum) || renum[id] == 0 {
			if err == nil {
				err = bad(fmt.Sprintf("reference to object %d", id))
			}
			return ref
		}
		return fmt.Appendf(nil, "%d 0 R", renum[id])
	}
	for id := 2; id < len(objs); id++ {
		if renum[id] == 0 || renum[id] == resourcesID {
			continue
		}
		body := objs[id]
		if contents[id] {
			if body, err = j.compress(body); err != nil {
				return err
			}
		}
		// Only the dictionary has references; a stream's bytes are copied
		// as they are.
		dict, stream := dictOf(body)
		dict = reRef().ReplaceAllFunc(dict, remap)
		if id == pagesID {
			c := reCount().FindSubmatch(dict)
			if c == nil {
				return bad("page tree without count")
			}
			n, _ := strconv.Atoi(string(c[1]))
			j.count += n
			j.kids = append(j.kids, renum[id])
			if first {
				j.mediaBox = bytes.Clone(reMediaBox().Find(dict))
			}
			// The part's page tree hangs from the document's.
			dict = bytes.Replace(dict, []byte("<<"), []byte("<<\n  /Parent 2 0 R"), 1)
		}
		if j.size != renum[id] {
			return bad("objects out of order")
		}
		j.placed(j.off)
		j.write(fmt.Appendf(nil, "%d 0 obj\n", renum[id]))
		j.write(dict)
		j.write(stream)
		j.write([]byte("endobj\n\n"))
		if err != nil {
			return err
		}
	}
	return j.err
}

// fonts writes the document's resources (resourcesID) and the fonts they
// name from fontDoc, a PDF written by gopdf whose one page uses every
// character the parts used.
func (j *pdfJoiner) fonts(fontDoc []byte) error {
	_, objs, _, err := partObjects(fontDoc)
	if err != nil {
		return err
	}
	bad := func(what string) error { return fmt.Errorf("joining the packet's fonts: %s", what) }
	var res int
	for _, o := range objs {
		if r := reResources().FindSubmatch(o); r != nil && bytes.Contains(o, []byte("/Type /Page\n")) {
			res, _ = strconv.Atoi(string(r[1]))
			break
		}
	}
	if res <= 1 || res >= len(objs) {
		return bad("no resources")
	}
	// The resources and every object they lead to, in order.
	renum := make([]int, len(objs))
	renum[res] = resourcesID
	queue := []int{res}
	var order []int
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		order = append(order, id)
		dict, _ := dictOf(objs[id])
		for _, r := range refs(dict) {
			if r <= 1 || r >= len(objs) {
				return bad("bad reference")
			}
			if renum[r] == 0 {
				renum[r] = -1
				queue = append(queue, r)
			}
		}
	}
	next := j.size
	for _, id := range order[1:] {
		renum[id] = next
		next++
	}
	for _, id := range order {
		dict, stream := dictOf(objs[id])
		dict = reRef().ReplaceAllFunc(dict, func(ref []byte) []byte {
			r, _ := strconv.Atoi(string(reRef().FindSubmatch(ref)[1]))
			return fmt.Appendf(nil, "%d 0 R", renum[r])
		})
		switch {
		case id == res:
			j.low[resourcesID] = j.off
		case renum[id] == j.size:
			j.placed(j.off)
		default:
			return bad("objects out of order")
		}
		j.write(fmt.Appendf(nil, "%d 0 obj\n", renum[id]))
		j.write(dict)
		j.write(stream)
		j.write([]byte("endobj\n\n"))
	}
	return j.err
}

// parts is how many parts were added.
func (j *pdfJoiner) parts() int { return len(j.kids) }

// finish writes the fonts (see fonts), the catalog, the page tree's root,
// the cross-reference table and the trailer, and flushes the output.
func (j *pdfJoiner) finish(fontDoc []byte) error {
	if len(j.kids) == 0 {
		return errors.New("joining the packet's parts: no part")
	}
	if err := j.fonts(fontDoc); err != nil {
		return err
	}
	j.low[1] = j.off
	j.write([]byte("1 0 obj\n<<\n  /Type /Catalog\n  /Pages 2 0 R\n>>\nendobj\n\n"))
	j.low[2] = j.off
	var b bytes.Buffer
	fmt.Fprintf(&b, "2 0 obj\n<<\n  /Type /Pages\n")
	if j.mediaBox != nil {
		fmt.Fprintf(&b, "  %s\n", j.mediaBox)
	}
	fmt.Fprintf(&b, "  /Count %d\n  /Kids [", j.count)
	for _, k := range j.kids {
		fmt.Fprintf(&b, " %d 0 R", k)
	}
	b.WriteString(" ]\n>>\nendobj\n\n")
	j.write(b.Bytes())
	b.Reset()
	fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n/Root 1 0 R\n", j.size)
	if j.info != nil {
		b.Write(j.info)
		b.WriteString("\n")
	}
	b.WriteString(">>\n")
	r := logReader{l: &j.offs}
	var off int64
	j.xref(j.size, func(id int) int64 {
		if id <= resourcesID {
			return j.low[id]
		}
		off += int64(r.uint())
		return off
	}, b.Bytes())
	if r.err != nil {
		return fmt.Errorf("joining the packet's parts: %w", r.err)
	}
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}
