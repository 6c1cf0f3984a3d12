package tui

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// press builds the key press a terminal sends for s ("j", "enter", "ctrl+c").
func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+s":
		return tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	k := tea.KeyPressMsg{Code: r, Text: s}
	if r >= 'A' && r <= 'Z' {
		k.Code, k.ShiftedCode, k.Mod = r+('a'-'A'), r, tea.ModShift
	}
	return k
}

// runCmd executes cmd and every command it batches, returning the
// messages produced. The commands of a round run at once; those still
// running after a short wait (cursor blinks, ticks) are dropped, so tests
// never sleep on them.
func runCmd(cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	round := []tea.Cmd{cmd}
	for len(round) > 0 {
		ch := make(chan tea.Msg, len(round))
		n := 0
		for _, c := range round {
			if c != nil {
				n++
				go runTestCmd(c, ch)
			}
		}
		round = nil
		deadline := time.Now().Add(slowdown * 5 * time.Second)
		poll := time.NewTicker(slowdown * 15 * time.Millisecond)
	collect:
		for ; n > 0; n-- {
			var msg tea.Msg
		wait:
			for {
				select {
				case msg = <-ch:
					break wait
				case <-poll.C:
					// A command still running after a wait is a tick (a
					// timer, a blink) or one waiting for another to act:
					// drop it. One at work (on a CPU or in a system call,
					// a store writing on a loaded machine) is waited for.
					if !commandsAtWork() || time.Now().After(deadline) {
						// A command that sent as the poll fired is gone
						// from the stacks but its message is here (select
						// picks either case when both are ready).
						select {
						case msg = <-ch:
							break wait
						default:
						}
						poll.Stop()
						break collect
					}
				}
			}
			if b, ok := msg.(tea.BatchMsg); ok {
				round = append(round, b...)
				continue
			}
			if v := reflect.ValueOf(msg); v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
				for i := 0; i < v.Len(); i++ {
					round = append(round, v.Index(i).Interface().(tea.Cmd))
				}
				continue
			}
			if msg != nil {
				out = append(out, msg)
			}
		}
	}
	return out
}

// runTestCmd runs one command of runCmd; its name marks its goroutines in
// a stack dump (commandsAtWork).
func runTestCmd(c tea.Cmd, ch chan<- tea.Msg) { ch <- c() }

// commandsAtWork reports whether a command runCmd started is at work:
// anything but waiting on a channel, a select or a sleep (a tick, a
// blink, or another command to act). A command waiting for a mutex, the
// garbage collector or a preemption is at work on a loaded machine (the
// export test lost its file's save that way at load 14).
func commandsAtWork() bool {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	for _, g := range strings.Split(string(buf), "\n\n") {
		if !strings.Contains(g, "created by tramite/tui.runCmd") && !strings.Contains(g, "tramite/tui.runTestCmd(") {
			continue
		}
		head, _, _ := strings.Cut(g, "\n")
		idle := false
		for _, waiting := range []string{"[chan receive", "[chan send", "[select", "[sleep"} {
			idle = idle || strings.Contains(head, waiting)
		}
		if !idle {
			return true
		}
	}
	return false
}

// settle feeds the messages of cmd back into the app until nothing is
// left (or a bound is hit), like the Bubble Tea runtime would, and returns
// every message seen.
func settle(t *testing.T, a *App, cmd tea.Cmd) (*App, []tea.Msg) {
	t.Helper()
	var seen []tea.Msg
	pending := []tea.Cmd{cmd}
	for i := 0; i < 50 && len(pending) > 0; i++ {
		c := pending[0]
		pending = pending[1:]
		for _, msg := range runCmd(c) {
			seen = append(seen, msg)
			if _, quit := msg.(tea.QuitMsg); quit {
				continue
			}
			m, next := a.Update(msg)
			a = m.(*App)
			pending = append(pending, next)
		}
	}
	return a, seen
}

// send gives the app one message and settles what it starts.
func send(t *testing.T, a *App, msg tea.Msg) (*App, []tea.Msg) {
	t.Helper()
	m, cmd := a.Update(msg)
	return settle(t, m.(*App), cmd)
}

// keys presses each key in turn.
func keys(t *testing.T, a *App, ks ...string) *App {
	t.Helper()
	for _, k := range ks {
		a, _ = send(t, a, press(k))
	}
	return a
}

// typeText types s one rune at a time.
func typeText(t *testing.T, a *App, s string) *App {
	t.Helper()
	for _, r := range s {
		a, _ = send(t, a, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return a
}

// startApp builds an App on st at w×h and runs its start-up.
func startApp(t *testing.T, st Store, w, h int) *App {
	t.Helper()
	a := NewApp(st, Options{Context: testCtx(), ExportDir: t.TempDir()})
	a, _ = send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	if a.screen == screenLoading {
		// The household is read without settle's patience (it gives up on
		// a Cmd after 30 ms to skip the cursor's blink): a loaded machine
		// may take longer to read hundreds of cases.
		a, _ = send(t, a, startCmd(st, testCtx().Today, testCtx().Lang)())
		return a
	}
	a, _ = settle(t, a, a.Init())
	return a
}

// screenText is the app's frame without colour.
func screenText(a *App) string { return ansi.Strip(a.View().Content) }

func hasMsg[T any](msgs []tea.Msg) (T, bool) {
	for _, m := range msgs {
		if v, ok := m.(T); ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

func mustContain(t *testing.T, screen string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(screen, w) {
			t.Errorf("screen lacks %q:\n%s", w, screen)
		}
	}
}
