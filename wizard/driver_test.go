package wizard

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// driver feeds a Model key presses and runs the commands it returns
// synchronously, the way huh's own tests do with batchUpdate, collecting the
// wizard's outward messages. Commands that block (cursor blink ticks) are
// dropped after a short wait.
type driver struct {
	t       *testing.T
	m       Model
	emitted []tea.Msg
}

func newDriver(t *testing.T, m Model) *driver {
	t.Helper()
	d := &driver{t: t, m: m}
	d.m.SetSize(80, 22)
	d.run(d.m.Init(), 0)
	return d
}

var cmdType = reflect.TypeOf((*tea.Cmd)(nil)).Elem()

func (d *driver) send(msg tea.Msg) {
	m, cmd := d.m.Update(msg)
	d.m = m
	d.run(cmd, 0)
}

func (d *driver) run(cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 30 {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(30 * time.Millisecond):
		return
	}
	if msg == nil {
		return
	}
	switch msg.(type) {
	case AnswerMsg, RemoveMsg, DoneMsg, CancelMsg:
		d.emitted = append(d.emitted, msg)
		return
	}
	// tea.BatchMsg and tea's unexported sequenceMsg are both []tea.Cmd.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		for i := 0; i < v.Len(); i++ {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			d.run(c, depth+1)
		}
		return
	}
	m, next := d.m.Update(msg)
	d.m = m
	d.run(next, depth+1)
}

// burst sends every message through Update before running any of the
// commands they return, then runs those commands in order: keys that
// arrive faster than the program processes commands (a paste, a fast
// typist, a screen reader's tools).
func (d *driver) burst(msgs ...tea.Msg) {
	var cmds []tea.Cmd
	for _, msg := range msgs {
		m, cmd := d.m.Update(msg)
		d.m = m
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		d.run(cmd, 0)
	}
}

// keys are the key presses that type s.
func keys(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

var (
	enterKey = tea.KeyPressMsg{Code: tea.KeyEnter}
	downKey  = tea.KeyPressMsg{Code: tea.KeyDown}
	backKey  = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
)

// script joins typed text (string) and single keys (tea.Msg) into one
// burst of key presses.
func script(parts ...any) []tea.Msg {
	var out []tea.Msg
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			out = append(out, keys(p)...)
		case tea.Msg:
			out = append(out, p)
		}
	}
	return out
}

func (d *driver) typeText(s string) {
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (d *driver) enter()    { d.send(tea.KeyPressMsg{Code: tea.KeyEnter}) }
func (d *driver) back()     { d.send(tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}) }
func (d *driver) down()     { d.send(tea.KeyPressMsg{Code: tea.KeyDown}) }
func (d *driver) up()       { d.send(tea.KeyPressMsg{Code: tea.KeyUp}) }
func (d *driver) esc()      { d.send(tea.KeyPressMsg{Code: tea.KeyEscape}) }
func (d *driver) clearRow() { d.send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}) }

// answer types s into the open text question and confirms it.
func (d *driver) answer(s string) {
	d.clearRow()
	d.typeText(s)
	d.enter()
}

// view is the screen as plain text.
func (d *driver) view() string { return ansi.Strip(d.m.View()) }

func (d *driver) takeEmitted() []tea.Msg {
	out := d.emitted
	d.emitted = nil
	return out
}

func (d *driver) wantCurrent(key string) {
	d.t.Helper()
	if got := d.m.Current(); got != key {
		d.t.Fatalf("open question = %q, want %q\nscreen:\n%s", got, key, d.view())
	}
}

func (d *driver) wantView(sub string) {
	d.t.Helper()
	if !strings.Contains(d.view(), sub) {
		d.t.Fatalf("screen lacks %q:\n%s", sub, d.view())
	}
}
