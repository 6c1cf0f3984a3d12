package wizard

import (
	"strings"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/procedures"
	"tramite/textwrap"
)

// Fitting a question into a short terminal. Each question is asked in a
// form of its own, so on a small screen the form is built smaller rather
// than clipped: huh's viewport keeps the top of a field, so a title and
// help taller than the space would push the input line (or the choices)
// out of sight. In order, as the space shrinks: the blank line under the
// progress line goes, then the help, then the title is cut to the lines
// left over the input line.

// fit is how the open question is drawn in the space there is.
type fit struct {
	// gap: a blank line under the progress line.
	gap bool
	// help: the field shows its description.
	help bool
	// titleLines cuts the title to this many lines; 0 keeps it whole.
	titleLines int
	// width is the field's width the title and description were wrapped
	// to (wordWrapped): another width builds the form again.
	width int
}

// fullFit is the question drawn whole, as on any ordinary terminal.
var fullFit = fit{gap: true, help: true}

// fitFor works out how q fits in the wizard's size; desc is the field's
// help as the form shows it (with the optional note), errText the error
// the field shows under it now ("" for none).
func (m Model) fitFor(q procedures.Question, desc, errText string) fit {
	f := m.fitIgnoringWidth(q, desc, errText)
	if m.width > 0 && m.height > 0 {
		f.width = m.fieldWidth()
	}
	return f
}

func (m Model) fitIgnoringWidth(q procedures.Question, desc, errText string) fit {
	if m.width <= 0 || m.height <= 0 {
		return fullFit
	}
	st := m.theme().Theme(m.isDark)
	maxW := max(m.width-st.Focused.Base.GetHorizontalFrameSize(), 1)
	title := lineCount(q.Prompt, maxW)
	help := 0
	if desc != "" {
		help = lineCount(desc, maxW)
	}
	body := 1 // the input line
	if isChoice(q) {
		// Every option, for the help to stay: with the help the options
		// must all show, or the person scrolls choices they cannot see
		// next to text about them.
		body = 0
		for _, c := range q.Options() {
			body += lineCount(c.Label, maxW-lipgloss.Width(st.Focused.SelectSelector.String()))
		}
	}
	room := m.height - 1 - m.linesUnderTheForm()
	if errText != "" {
		// huh draws a refused answer's error under the field, after a
		// blank line, wrapped to the form's width.
		room -= 1 + lipgloss.Height(huhWrap(st.Focused.ErrorMessage.Render(errText), m.width))
	}
	if title+help+body <= room-1 {
		return fullFit
	}
	if title+help+body <= room {
		return fit{help: true}
	}
	// Without the help a choice scrolls its options, so one line does.
	if title+1 <= room {
		return fit{}
	}
	return fit{titleLines: max(room-1, 1)}
}

// formHeight is the lines the form may take under the progress line.
func (m Model) formHeight() int {
	h := m.height - 1
	if m.fit.gap {
		h--
	}
	return h - m.linesUnderTheForm()
}

// linesUnderTheForm is the height of what View draws under the form: the
// notice (a refusal, or a warning about the last answer) and the Sources
// line, each wrapped to the width.
func (m Model) linesUnderTheForm() int {
	n := 0
	if m.notice != "" {
		n += lineCount(m.notice, max(m.width, 20))
	}
	if m.sources != "" {
		n += lineCount(m.sources, m.width)
	}
	return n
}

// fieldWidth is the width a field wraps its title and help to: huh's
// wrap width (the form's width less the field's border and padding).
func (m Model) fieldWidth() int {
	st := m.theme().Theme(m.isDark)
	return max(m.width-st.Focused.Base.GetHorizontalFrameSize(), 1)
}

// refit builds the open form again when it no longer fits as it was
// built: the size changed, or an error under the field appeared or went.
// The new form holds what was typed or highlighted (the text cursor goes
// to the end of the text) and shows the same error.
func (m *Model) refit() {
	if m.screen != screenQuestion || m.form == nil || m.form.State != huh.StateNormal {
		return
	}
	q, ok := m.proc.Question(m.current)
	if !ok {
		return
	}
	// newForm cites q itself: given a cited q it would find no ids and
	// drop the Sources line.
	shown := m.cited(q.Localized(m.opts.Context.Lang))
	fld := m.form.GetFocusedField()
	errText := fieldError(fld)
	if m.fitFor(shown, fieldDesc(m.opts.Context.Lang, shown), errText) == m.fit {
		return
	}
	m.form = m.newForm(q, fieldValue(fld), errText)
	// Init focuses the field at once; its commands (cursor blink, a size
	// request) are not needed to type.
	m.form.Init()
	if errText != "" {
		// Blurring validates the value again: the same value gives the
		// same error, shown as before.
		nf := m.form.GetFocusedField()
		nf.Blur()
		nf.Focus()
	}
	m.form.Update(bgMsg(m.isDark))
	m.sizeForm()
}

// fieldError is the error a field shows, or "".
func fieldError(f huh.Field) string {
	if f == nil || f.Error() == nil {
		return ""
	}
	return f.Error().Error()
}

// lineCount is how many lines s takes wrapped as huh wraps it.
func lineCount(s string, w int) int {
	return lipgloss.Height(huhWrap(s, w))
}

// huhWrap wraps as huh's fields show a text given to them wordWrapped
// (huh.wrap is unexported).
func huhWrap(s string, w int) string { return lipgloss.Wrap(wordWrapped(s, w), max(w, 1), ",.-; ") }

// wordWrapped is s broken at spaces to w cells: the form's titles and
// descriptions are given to huh wrapped so. huh's own wrap, breaking also
// after ",.-;", lets such a line run one cell past w, and the field's
// frame then moves its last word to a line of its own ("(oferta de" /
// "empleo," / "permiso para trabajar)").
// Before the width is known (w ≤ 1) s stays as it is.
func wordWrapped(s string, w int) string {
	if w <= 1 {
		return s
	}
	return textwrap.Wordwrap(s, w)
}

// cutTitle keeps the first n lines of title wrapped to w, the last cut
// with "…" when anything was left out.
func cutTitle(title string, w, n int) string {
	if n <= 0 {
		return title
	}
	lines := strings.Split(huhWrap(title, w), "\n")
	if len(lines) <= n {
		return title
	}
	lines = lines[:n]
	last := strings.TrimRight(lines[n-1], " ")
	lines[n-1] = ansi.Truncate(last, max(w-1, 0), "") + "…"
	return strings.Join(lines, "\n")
}

func isChoice(q procedures.Question) bool {
	return q.Kind == procedures.KindChoice || q.Kind == procedures.KindYesNo
}
