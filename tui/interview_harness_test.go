package tui

import (
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"tramite/procedures"
	"tramite/record"
	"tramite/store"
)

// The interview's screen tests drive the real root App through teatest v2
// at 80x24 over a real store in t.TempDir(). Bubble Tea repaints only the
// cells that change, so the raw output stream cannot be searched for a
// whole prompt; screenModel records the last frame the App rendered, as
// plain text, and the tests wait on that.

type frame struct {
	mu   sync.Mutex
	text string
}

func (f *frame) get() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.text
}

// screenModel wraps the App and records each frame it renders.
type screenModel struct {
	app   tea.Model
	frame *frame
}

func (s screenModel) Init() tea.Cmd { return s.app.Init() }

func (s screenModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := s.app.Update(msg)
	s.app = m
	return s, cmd
}

func (s screenModel) View() tea.View {
	v := s.app.View()
	s.frame.mu.Lock()
	s.frame.text = ansi.Strip(v.Content)
	s.frame.mu.Unlock()
	return v
}

// session is one run of the app over a store.
type session struct {
	t     *testing.T
	tm    *teatest.TestModel
	frame *frame
}

func openTestStore(t *testing.T) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tramite.db")
	st, err := store.Open(path, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatalf("opening the store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

func startSession(t *testing.T, st Store, opts Options) *session {
	t.Helper()
	opts.Context = testCtx()
	f := &frame{}
	tm := teatest.NewTestModel(t, screenModel{app: NewApp(st, opts), frame: f},
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	s := &session{t: t, tm: tm, frame: f}
	t.Cleanup(func() { s.quit() })
	return s
}

func (s *session) quit() {
	_ = s.tm.Quit()
	s.tm.WaitFinished(s.t, teatest.WithFinalTimeout(slowdown*5*time.Second))
}

var spaces = regexp.MustCompile(`[\s┃│]+`)

// flat is the screen with borders dropped and whitespace collapsed, so a
// prompt wrapped over two lines still matches.
func flat(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// waitFor waits until the screen contains every one of subs.
func (s *session) waitFor(subs ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(slowdown * 5 * time.Second)
	for {
		screen := s.frame.get()
		ok := true
		for _, sub := range subs {
			if !strings.Contains(flat(screen), flat(sub)) {
				ok = false
			}
		}
		if ok {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen never showed %q; last screen:\n%s", subs, screen)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitGone waits until the screen no longer contains sub.
func (s *session) waitGone(sub string) string {
	s.t.Helper()
	deadline := time.Now().Add(slowdown * 5 * time.Second)
	for {
		screen := s.frame.get()
		if !strings.Contains(flat(screen), flat(sub)) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen still shows %q:\n%s", sub, screen)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (s *session) key(code rune, mod tea.KeyMod) { s.tm.Send(tea.KeyPressMsg{Code: code, Mod: mod}) }
func (s *session) enter()                        { s.key(tea.KeyEnter, 0) }
func (s *session) esc()                          { s.key(tea.KeyEscape, 0) }
func (s *session) back()                         { s.key(tea.KeyTab, tea.ModShift) }
func (s *session) down()                         { s.key(tea.KeyDown, 0) }
func (s *session) up()                           { s.key(tea.KeyUp, 0) }

// typeLine clears the input, types text and confirms it.
func (s *session) typeLine(text string) {
	s.key('u', tea.ModCtrl)
	s.tm.Type(text)
	s.enter()
}

// answer answers the open question q (already on screen) with the typed
// text; for a choice, typed is the choice id and from is the id the
// cursor starts on ("" for the first option).
func (s *session) answer(q procedures.Question, typed, from string) {
	s.t.Helper()
	switch q.Kind {
	case procedures.KindChoice, procedures.KindYesNo:
		start, target := 0, -1
		if from == "" {
			from = q.Likely() // highlighted before an answer
		}
		for i, c := range q.Options() {
			if c.ID == from {
				start = i
			}
			if c.ID == typed {
				target = i
			}
		}
		if target < 0 {
			s.t.Fatalf("%s: %q is not a choice", q.Key, typed)
		}
		for ; start < target; start++ {
			s.down()
		}
		for ; start > target; start-- {
			s.up()
		}
		s.enter()
	default:
		s.typeLine(typed)
	}
}

// answerUntil answers the questions the procedure asks, in the order Next
// gives them, from script (typed text or choice ids), until stop returns
// true for the next question or none is left. It returns the answers as
// the procedure normalises them.
func (s *session) answerUntil(p *procedures.Procedure, given procedures.Answers, script map[string]string, stop func(q procedures.Question) bool) procedures.Answers {
	s.t.Helper()
	for {
		q, ok := p.Next(given)
		if !ok || (stop != nil && stop(q)) {
			return given
		}
		typed, ok := script[q.Key]
		if !ok {
			s.t.Fatalf("%s asks %s (%q) and the script has no answer", p.ID, q.Key, q.Prompt)
		}
		s.waitFor(q.Prompt)
		s.answer(q, typed, "")
		v, err := p.Answer(q.Key, typed, given)
		if err != nil {
			s.t.Fatalf("script answer %s=%q is refused: %v", q.Key, typed, err)
		}
		given[q.Key] = v
	}
}

// waitStored waits until the store's answers of the only case equal want.
func waitStored(t *testing.T, st Store, want procedures.Answers) record.Case {
	t.Helper()
	deadline := time.Now().Add(slowdown * 5 * time.Second)
	for {
		cs, err := st.Cases()
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 1 && equalAnswers(cs[0].Answers, want) {
			return cs[0]
		}
		if time.Now().After(deadline) {
			var got procedures.Answers
			if len(cs) > 0 {
				got = cs[0].Answers
			}
			t.Fatalf("stored answers (of %d cases) = %v, want %v", len(cs), got, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func equalAnswers(a, b procedures.Answers) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
