// Package wizard turns any procedure's questions into a guided, resumable
// interview built from huh forms: one small form per question, with
// procedures.Procedure.Next and Asked deciding what comes next from the
// answers so far, a way back, and a review screen where every answer can
// be changed before confirming.
//
// The wizard never switches on a procedure id and never touches the store:
// it emits AnswerMsg and RemoveMsg for the host to save, and DoneMsg or
// CancelMsg when the person confirms or leaves.
package wizard

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
)

// AnswerMsg reports a confirmed answer, already normalised (dates ISO,
// choice ids): the host saves it at once.
type AnswerMsg struct {
	Key, Value string
}

// RemoveMsg reports an answer that no longer applies: a changed answer
// means its question is not asked any more. The host deletes it, so the
// stored answers are exactly the interview's and a rule can never read a
// stale answer to a question the person was not asked.
type RemoveMsg struct {
	Key string
}

// DoneMsg reports that the person confirmed the review screen; Answers are
// complete and pass Procedure.Validate.
type DoneMsg struct {
	Answers procedures.Answers
}

// CancelMsg reports that the person left the interview (esc or ctrl+c).
// Every confirmed answer was already reported by an AnswerMsg.
type CancelMsg struct{}

// Options configure a Model.
type Options struct {
	// Theme styles the huh fields; nil means huh's Charm theme.
	Theme huh.Theme
	// Styles builds the wizard's own styles for a background; nil means
	// DefaultStyles.
	Styles func(isDark bool) Styles
	// Keys are the wizard's bindings; the zero value means DefaultKeyMap.
	Keys *KeyMap
	// Width and Height are the initial size (SetSize changes them).
	Width, Height int
	// Review opens the review screen first ("edit answers").
	Review bool
	// Given are keys answered elsewhere (a family member's case copies
	// the procedure's shared answers): walking forward does not stop at
	// them and the step counter does not count them; back and the review
	// screen still reach them. A key without an answer is asked as usual.
	Given []string
	// Context is today and the office calendar: a new or changed answer
	// cannot put a past fact in the future or a plan in the past
	// (Procedure.AnswerOn), and an answer the rules warn about says so at
	// once (Procedure.AnswerWarning). A zero Today skips those checks.
	Context procedures.Context
}

type screen int

const (
	screenQuestion screen = iota
	screenReview
	screenDone
)

// Model is one interview. Build it with New.
type Model struct {
	proc    *procedures.Procedure
	answers procedures.Answers
	// stash keeps answers removed as stale during this session, so a
	// question asked again (the person flips a choice back) is prefilled.
	// It is never saved.
	stash map[string]string

	opts   Options
	keys   KeyMap
	styles Styles
	isDark bool
	width  int
	height int

	screen  screen
	current string // key of the open question
	// fromReview: the open question was picked on the review screen, so
	// confirming it returns there.
	fromReview bool
	form       *huh.Form
	fit        fit         // how the open form fits the size (fit.go)
	formKeys   *huh.KeyMap // the open form's keys: Enter is read from them
	initCmd    tea.Cmd

	cursor int    // review row
	notice string // why confirming (review) or an answer was refused

	// span is the length of the routes still open (count.go), counted
	// when a question or the review opens: the answers change only then.
	span span
	// sources is the open question's Sources line (sources.go), or "".
	sources string

	// submits counts the answers taken (Submits): a host that must save
	// an answer before the next question shows compares it across Update.
	submits int
}

// New starts an interview of proc over the answers already given (nil for
// a new case). It opens at the first unanswered question, or at the review
// screen when every asked question has an answer or opts.Review is set.
func New(proc *procedures.Procedure, answers procedures.Answers, opts Options) Model {
	m := Model{
		proc:    proc,
		answers: answers.Clone(),
		stash:   map[string]string{},
		opts:    opts,
		keys:    DefaultKeyMap(),
		isDark:  true, // dark until the terminal says otherwise
		width:   opts.Width,
		height:  opts.Height,
	}
	if opts.Keys != nil {
		m.keys = *opts.Keys
	}
	m.styles = m.buildStyles()
	if q, ok := proc.Next(m.answers); ok && !opts.Review {
		m.initCmd = m.open(q, false)
	} else {
		m.toReview()
		if !opts.Review {
			m.cursor = len(asked(proc, m.answers, m.opts.Context.Lang)) // complete: offer confirm
		}
	}
	return m
}

// Init returns the first form's start-up command (focus, cursor blink).
func (m Model) Init() tea.Cmd { return m.initCmd }

// Answers returns a copy of the answers as the wizard holds them now.
func (m Model) Answers() procedures.Answers { return m.answers.Clone() }

// Current returns the key of the open question, or "" on the review screen.
func (m Model) Current() string {
	if m.screen != screenQuestion {
		return ""
	}
	return m.current
}

// AtFirstQuestion reports whether the open question is the first one
// asked and was not picked on the review screen: there back has nowhere
// to go inside the wizard, so a host may give it a meaning of its own
// (the tui goes back to the person's name).
func (m Model) AtFirstQuestion() bool {
	n, _ := m.Progress()
	return n == 1 && !m.fromReview
}

// Submits counts the answers the person confirmed in this interview. A
// host compares it before and after Update: when it grew, the key just
// handled took an answer (and opened the next question or the review),
// so the host can keep showing what was on screen until its save of the
// answer has returned (issue 14: an answer confirmed with enter is
// durable before the next question shows).
func (m Model) Submits() int { return m.submits }

// Reviewing reports whether the review screen is open.
func (m Model) Reviewing() bool { return m.screen == screenReview }

// Progress returns the open question's position among the questions asked
// given the answers so far ("step n of total"); 0, total on review. The
// step counter shows Span's longest route instead of total.
func (m Model) Progress() (n, total int) {
	steps := m.steps()
	for i, q := range steps {
		if m.screen == screenQuestion && q.Key == m.current {
			return i + 1, len(steps)
		}
	}
	return 0, len(steps)
}

// given reports whether key was answered elsewhere (Options.Given) and
// still holds that answer.
func (m Model) given(key string) bool {
	if _, ok := m.answers[key]; !ok {
		return false
	}
	for _, k := range m.opts.Given {
		if k == key {
			return true
		}
	}
	return false
}

// steps are the asked questions the interview walks through: all of them
// but the given ones (the open question always counts).
func (m Model) steps() []procedures.Question {
	var out []procedures.Question
	for _, q := range asked(m.proc, m.answers, m.opts.Context.Lang) {
		if !m.given(q.Key) || q.Key == m.current && m.screen == screenQuestion {
			out = append(out, q)
		}
	}
	return out
}

// Span returns the fewest and the most questions the routes still open
// ask given the answers so far (count.go): equal once the route is known.
func (m Model) Span() (fewest, most int) { return m.span.min, m.span.max }

// SetSize sets the space the wizard may draw in. When the open question
// no longer fits the way its form was built (or now fits whole again),
// the form is built anew holding what was typed or highlighted (fit.go).
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.refit()
	m.sizeForm()
}

func (m *Model) sizeForm() {
	if m.form == nil || m.width <= 0 {
		return
	}
	m.form.WithWidth(m.width)
	// A size message makes huh recompute each group's height for the
	// wrapped width; the chrome above the form is the progress line.
	h := m.formHeight()
	if m.height <= 0 {
		h = 20
	}
	m.form.Update(tea.WindowSizeMsg{Width: m.width, Height: max(h, 1)})
}

func (m Model) buildStyles() Styles {
	if m.opts.Styles != nil {
		return m.opts.Styles(m.isDark)
	}
	return DefaultStyles(m.isDark)
}

func (m Model) theme() huh.Theme {
	if m.opts.Theme != nil {
		return m.opts.Theme
	}
	return defaultTheme()
}

// Update implements the interview: keys go to the open form or the review
// screen; size and background go to the form.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.styles = m.buildStyles()
	case tea.KeyPressMsg:
		switch {
		case m.screen == screenDone:
			return m, nil
		case key.Matches(msg, m.keys.Quit):
			return m, emit(CancelMsg{})
		case key.Matches(msg, m.keys.Back):
			return m, m.back()
		case m.screen == screenReview:
			return m.updateReview(msg)
		}
	}
	if m.screen != screenQuestion || m.form == nil {
		return m, nil
	}
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey {
		m.setNotice("")
	}
	if isKey {
		if moves := m.letterJump(k); moves != nil {
			var cmd tea.Cmd
			m.form, cmd = PressAll(m.form, moves)
			m.refit()
			return m, cmd
		}
	}
	f, cmd := m.form.Update(msg)
	m.form = f.(*huh.Form)
	// Enter is taken here, not through huh. huh would answer it with a
	// NextField command and only complete the form one more round trip
	// later (nextFieldMsg, then nextGroupMsg); keys typed ahead in the
	// meantime (a paste, a fast typist, a screen reader's tools) would go
	// to the question already answered, or be lost. The field has just
	// validated the value (its error shows inline when it fails) and set
	// its bound value (a Select's is the highlighted option), so when it
	// passed, the answer is taken and the next form is built and focused
	// in this same Update: the next key lands in the next question. The
	// dropped command held only that NextField.
	if isKey && key.Matches(k, m.formKeys.Input.Submit, m.formKeys.Select.Submit) {
		if fld := m.form.GetFocusedField(); fld != nil && fld.Error() == nil {
			return m, m.submit(fieldValue(fld))
		}
		m.refit() // the error under the field takes room
		return m, cmd
	}
	if m.form.State == huh.StateCompleted {
		// Not expected any more (Enter is taken above), but a form that
		// finished on its own must still give its answer.
		return m, m.submit(fieldValue(m.form.GetFocusedField()))
	}
	if isKey {
		m.refit() // a key clears the error under the field
	}
	return m, cmd
}

// fieldValue is the answer a field holds now: an Input's text, a Select's
// highlighted option.
func fieldValue(f huh.Field) string {
	if f == nil {
		return ""
	}
	v, _ := f.GetValue().(string)
	return v
}

// View renders the open question with its progress line, or the review.
func (m Model) View() string {
	switch m.screen {
	case screenReview:
		return m.reviewView()
	case screenDone:
		return ""
	}
	n, _ := m.Progress()
	l := m.opts.Context.Lang
	line := progressLine(l, n, m.span)
	if m.fromReview {
		line = l.T("Changing an answer · %s · shift+tab: back to the review", line)
	}
	head := m.styles.Progress.Render(line)
	sep := "\n"
	if m.fit.gap {
		sep = "\n\n"
	}
	out := head + sep + m.form.View()
	if m.notice != "" {
		// Wrapped: a warning is a sentence or two ("⚠ Your planned return
		// on … is after …, the end of the stay …"), and its end matters.
		out += "\n" + m.styles.Error.Render(huhWrap(m.notice, max(m.width, 20)))
	}
	if m.sources != "" {
		out += "\n" + m.styles.Progress.Render(huhWrap(m.sources, max(m.width, 20)))
	}
	return out
}

// ShortHelp implements help.KeyMap for the host's help bar.
func (m Model) ShortHelp() []key.Binding {
	if m.screen == screenReview {
		// ↑/↓ go without saying on a list; they are in FullHelp. On the
		// last row enter confirms, and says so.
		if m.cursor >= len(asked(m.proc, m.answers, m.opts.Context.Lang)) {
			edit := m.keys.Edit
			edit.SetHelp(edit.Help().Key, m.keys.Confirm.Help().Desc)
			return []key.Binding{edit, m.keys.Back, m.keys.Quit}
		}
		return []key.Binding{m.keys.Edit, m.keys.Confirm, m.keys.Back, m.keys.Quit}
	}
	// The way to answer (enter) before the moves in a list: a narrow help
	// bar drops its last keys first, and ↑/↓ go without saying.
	var out, moves []key.Binding
	if m.form != nil {
		for _, b := range m.form.KeyBinds() {
			if slices.Contains(b.Keys(), "up") || slices.Contains(b.Keys(), "down") {
				moves = append(moves, b)
			} else {
				out = append(out, b)
			}
		}
	}
	back := m.keys.Back
	back.SetEnabled(m.canGoBack())
	return append(append(out, back, m.keys.Quit), oneMove(moves)...)
}

// oneMove is ↑ and ↓ as one hint, "↑/↓ up/down", so that a narrow help
// bar keeps both or neither.
func oneMove(moves []key.Binding) []key.Binding {
	var on []key.Binding
	for _, b := range moves {
		if b.Enabled() {
			on = append(on, b)
		}
	}
	if len(on) != 2 {
		return on
	}
	up, down := on[0].Help(), on[1].Help()
	return []key.Binding{key.NewBinding(key.WithKeys(append(on[0].Keys(), on[1].Keys()...)...),
		key.WithHelp(up.Key+"/"+down.Key, up.Desc+"/"+down.Desc))}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	if m.screen == screenReview {
		return [][]key.Binding{{m.keys.Up, m.keys.Down}, m.ShortHelp()}
	}
	if letter := m.ChoiceHelp(); letter != nil {
		return [][]key.Binding{m.ShortHelp(), letter}
	}
	return [][]key.Binding{m.ShortHelp()}
}

// ChoiceHelp is the help of what a choice question adds (a typed letter
// goes to its option), nil on any other screen.
func (m Model) ChoiceHelp() []key.Binding {
	if m.screen != screenQuestion {
		return nil
	}
	if q, ok := m.proc.Question(m.current); ok && (q.Kind == procedures.KindChoice || q.Kind == procedures.KindYesNo) {
		return []key.Binding{m.keys.Letter}
	}
	return nil
}

func (m Model) canGoBack() bool {
	if m.fromReview {
		return true
	}
	n, _ := m.Progress()
	return n > 1
}

func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
