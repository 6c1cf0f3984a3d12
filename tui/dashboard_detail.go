package tui

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
)

// The highlighted row in full: the list's columns cut "what to do" to a
// few words, so the row under the cursor shows whole under the list (its
// text wrapped, the date to act by with the days left, the legal date
// when the office is closed on it, and the rule's note), or in a preview
// pane beside the list on a terminal wide enough for both.

// previewMinWidth is the width from which the detail is a pane beside
// the list instead of lines under it.
const previewMinWidth = 110

// previewWidth is the preview pane's width, or 0 when the detail goes
// under the list.
func (m dashboardModel) previewWidth() int {
	if m.width < previewMinWidth || m.picking {
		return 0
	}
	return clampInt(m.width/3, 36, 60)
}

// detailHeight is how many lines under the list the detail takes: the
// same for every row, so the list does not jump as the cursor moves (a
// quarter of the height, more when the rows leave lines empty); none
// beside a preview pane or on a terminal too short to spare them.
func (m dashboardModel) detailHeight() int {
	if m.previewWidth() > 0 || m.picking || m.height < 10 {
		return 0
	}
	h := clampInt((m.height+2)/4, 3, 6)
	if spare := m.height - m.headerLines() - len(m.visible) - h; spare > 0 {
		h = max(h, min(h+spare, m.height/2))
	}
	return h
}

// detailParts are the highlighted row's texts: what to do, when and for
// whom, and the note. ok is false when no row is highlighted.
func (m dashboardModel) detailParts() (title, when, note string, u urgency, ok bool) {
	if m.cursor >= len(m.visible) {
		return "", "", "", 0, false
	}
	l := m.ctx.Lang
	if m.view == viewCases {
		r := &m.cases[m.visible[m.cursor]]
		title = r.person + " · " + r.procName + " · " + m.caseStage(r)
		if r.next == nil {
			return title, l.T("No dates yet: they appear once the interview is complete."), "", urgLater, true
		}
		d := r.next
		when = l.T("Next: %s", procedures.TitleIn(l, d.title())) + " · " + actText(l, m.ctx.Calendar, d)
		return title, when, noteIn(l, d.shapeOf().note), d.urg(), true
	}
	r := &m.deadlines[m.visible[m.cursor]]
	return procedures.TitleIn(l, r.title()), upperFirst(actText(l, m.ctx.Calendar, r)) + " · " + r.person + " · " + r.procName, noteIn(l, r.shapeOf().note), r.urg(), true
}

// noteIn is a deadline's note in l's language. The deadline index keeps
// the English the rules wrote, the case's own dates in it: procedures.
// NoteIn words it from the catalog messages the rules wrote it with, so it
// reads as the case view reads it. A note it cannot word whole is left to
// the case view rather than shown in English on a Spanish screen.
func noteIn(l *i18n.Printer, note string) string {
	if !l.Spanish() || note == "" {
		return note
	}
	notesIn.Lock()
	defer notesIn.Unlock()
	if t, ok := notesIn.m[note]; ok {
		return t
	}
	t, ok := procedures.NoteIn(l, note)
	if !ok {
		t = ""
	}
	if len(notesIn.m) >= 256 {
		clear(notesIn.m)
	}
	notesIn.m[note] = t
	return t
}

// notesIn keeps the Spanish of the notes last shown: the detail line is
// drawn on every frame, the note worded once.
var notesIn = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// upperFirst capitalises s's first letter, for a text that starts a line.
func upperFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}

// actText is a deadline's date to act by with the days left, and the
// legal date when the office is closed on it (R-DAYS-CLOSED) or the last
// day should the user's office be open when offices only usually close
// then (R-DAYS-LIKELY).
func actText(l *i18n.Printer, cal procedures.Calendar, r *deadlineRow) string {
	if r.urg() == urgNoTerm {
		// No day to act by (R-PAY-TWO gives no term): since when.
		return l.T("to do since %s", r.act().String()) + " (" + daysText(l, r.days(), r.urg()) + ")"
	}
	s := l.T("act by %s", r.act().String())
	if k := r.shapeOf().kind; k == procedures.Opens || k == procedures.EligibleFrom {
		// A date something opens on is a "from", not a last day.
		s = l.T("from %s", r.act().String())
	}
	if w := daysText(l, r.days(), r.urg()); w != "" {
		s += " (" + w + ")"
	}
	if r.hasActBy() {
		legal := r.tab.date(r.date)
		if casebook.LegalDateClosed(cal, legal) {
			s += " · " + l.T("legal date %s: office closed", legal.String())
		} else {
			s += " · " + l.T("%s if your office is open", legal.String())
		}
	}
	return s
}

// detailLines renders the detail in exactly n lines of w cells: a rule
// line first when sep, then the text, the date and the note, wrapped; what
// does not fit ends in "…" (the case view has it all).
func (m dashboardModel) detailLines(w, n int, sep bool) []string {
	if n <= 0 || w <= 0 {
		return nil
	}
	var out []string
	if sep {
		out = append(out, m.styles.Muted.Render(strings.Repeat("─", w)))
	}
	title, when, note, u, ok := m.detailParts()
	if ok {
		cs := m.styles.Case
		type part struct {
			text string
			st   func(...string) string
		}
		for _, p := range []part{
			{title, m.urgencyStyle(u).UnsetStrikethrough().Render},
			{when, cs.Value.Render},
			{note, cs.Note.Render},
		} {
			if p.text == "" {
				continue
			}
			for _, l := range wordWrap(p.text, w) {
				out = append(out, p.st(l))
			}
		}
	}
	if len(out) > n {
		out = out[:n]
		last := ansi.Strip(out[n-1])
		out[n-1] = m.styles.Case.Note.Render(ansi.Truncate(strings.TrimRightFunc(last, unicode.IsSpace)+" …", w, "…"))
	}
	for len(out) < n {
		out = append(out, "")
	}
	for i, l := range out {
		if lw := ansi.StringWidth(l); lw < w {
			out[i] = l + strings.Repeat(" ", w-lw)
		}
	}
	return out
}
