package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/textsafe"
)

// The case view's messages to the client (issue 20): m writes, for each of
// the case's dates due by the lead times in use, the message `tramite
// remind --messages` writes (casebook.MessagesFor), in tramite's language,
// with its mailto: and wa.me links. c copies the text, e the e-mail link,
// w the WhatsApp link (OSC 52, tea.SetClipboard); tab goes to the next
// message; esc back to the case. tramite sends nothing.

// messageKeys are the messages view's keys.
type messageKeys struct {
	Open, Copy, Mail, WhatsApp, Next, Prev key.Binding
}

func messageKeysIn(l *i18n.Printer) messageKeys {
	b := func(keys []string, k, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, l.T(help)))
	}
	return messageKeys{
		Open:     b([]string{"m"}, "m", "messages to the client"),
		Copy:     b([]string{"c"}, "c", "copy text"),
		Mail:     b([]string{"e"}, "e", "copy e-mail link"),
		WhatsApp: b([]string{"w"}, "w", "copy WhatsApp link"),
		Next:     b([]string{"tab"}, "tab", "next message"),
		Prev:     b([]string{"shift+tab"}, "shift+tab", "previous message"),
	}
}

// messagesView is what the messages view shows: the messages and which
// one is on screen.
type messagesView struct {
	list []casebook.ClientMessage
	at   int
	vp   viewport.Model
}

// openMessages writes the case's messages and shows the first.
func (m caseViewModel) openMessages() (caseViewModel, tea.Cmd) {
	l := m.opts.Context.Lang
	m.msgs = messagesView{list: casebook.MessagesFor(l, m.detail, m.opts.Context.Today, casebook.LeadTimesInUse()), vp: viewport.New()}
	m.msgs.vp.KeyMap = viewport.KeyMap{} // keys come from KeyMap, matched here
	m.mode, m.status, m.err = modeMessages, "", nil
	m.sizeMessages()
	return m, nil
}

// followMessages writes the messages again for the case as stored now,
// keeping the one on show (by its subject, else its place) and the scroll.
func (m *caseViewModel) followMessages() {
	was := m.msgs
	m.msgs.list = casebook.MessagesFor(m.opts.Context.Lang, m.detail, m.opts.Context.Today, casebook.LeadTimesInUse())
	m.msgs.at = 0
	if len(was.list) > 0 {
		subject := was.list[was.at].Subject
		m.msgs.at = min(was.at, max(len(m.msgs.list)-1, 0))
		for i, msg := range m.msgs.list {
			if msg.Subject == subject {
				m.msgs.at = i
				break
			}
		}
	}
	m.sizeMessages() // the viewport keeps its offset where the text still reaches
}

// sizeMessages fits the messages view to the case view and writes its
// lines.
func (m *caseViewModel) sizeMessages() {
	m.msgs.vp.SetWidth(m.width)
	m.msgs.vp.SetHeight(max(m.height-1, 0))
	m.msgs.vp.SetContentLines(m.messageLines())
}

// messageLines are the lines of the message on screen.
func (m caseViewModel) messageLines() []string {
	cs := m.styles.Case
	w := max(m.width-2, 10)
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range wordWrap(textsafe.Line(text), w) {
			lines = append(lines, "  "+style(l))
		}
	}
	// link is a URL cut at the width: it has no spaces to wrap at, and
	// the copy keys give it whole.
	link := func(u string) {
		for len(u) > 0 {
			n := min(len(u), w)
			lines = append(lines, "  "+cs.Value.Render(u[:n]))
			u = u[n:]
		}
	}
	v := m.msgs
	if len(v.list) == 0 {
		lines = append(lines, cs.Section.MarginTop(0).Render(m.T("Messages to the client")))
		add(cs.Value.Render, m.T("Nothing of this case is due within its lead times: there is no message to write."))
		return lines
	}
	msg := v.list[v.at]
	lines = append(lines, cs.Section.MarginTop(0).Render(m.T("Message to the client %d of %d", v.at+1, len(v.list))))
	var to []string
	for _, s := range []string{msg.Email, msg.Phone} {
		if s != "" {
			to = append(to, s)
		}
	}
	if len(to) == 0 {
		add(m.styles.Warning.Render, m.T("No e-mail or phone on file: add them in the person's details to get the links."))
	} else {
		add(cs.Label.Render, m.T("To: %s", strings.Join(to, ", ")))
	}
	add(cs.Label.Render, m.T("Subject: %s", msg.Subject))
	lines = append(lines, "")
	for _, l := range strings.Split(msg.Text, "\n") {
		if l == "" {
			lines = append(lines, "")
			continue
		}
		add(cs.Value.Render, l)
	}
	if msg.Mailto != "" {
		lines = append(lines, "")
		add(cs.Label.Render, m.T("E-mail link (e copies it):"))
		link(msg.Mailto)
	}
	if msg.WhatsApp != "" {
		lines = append(lines, "")
		add(cs.Label.Render, m.T("WhatsApp link (w copies it):"))
		link(msg.WhatsApp)
	}
	lines = append(lines, "")
	add(m.styles.Muted.Render, m.T("tramite sends nothing: copy the text or a link and send it yourself."))
	for i, l := range lines {
		if ansi.StringWidth(l) > m.width {
			lines[i] = ansi.Truncate(l, m.width, "…")
		}
	}
	return lines
}

// messagesBody is the messages view's body.
func (m caseViewModel) messagesBody() string { return m.msgs.vp.View() }

// messagesHelp is the help bar of the messages view.
func (m caseViewModel) messagesHelp() []key.Binding {
	k := messageKeysIn(m.opts.Context.Lang)
	back := m.keys.Back
	back.SetHelp(back.Help().Key, m.T("back to the case"))
	if len(m.msgs.list) == 0 {
		return []key.Binding{back}
	}
	bs := []key.Binding{k.Copy}
	msg := m.msgs.list[m.msgs.at]
	if msg.Mailto != "" {
		bs = append(bs, k.Mail)
	}
	if msg.WhatsApp != "" {
		bs = append(bs, k.WhatsApp)
	}
	if len(m.msgs.list) > 1 {
		bs = append(bs, k.Next)
	}
	return append(bs, back)
}

// updateMessagesKey handles a key in the messages view.
func (m caseViewModel) updateMessagesKey(msg tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	k := messageKeysIn(m.opts.Context.Lang)
	v := &m.msgs
	switch {
	case key.Matches(msg, m.keys.Back):
		m.mode, m.status = modeView, ""
		m.rebuild()
		return m, nil
	case len(v.list) == 0:
		return m, nil
	case key.Matches(msg, k.Next), key.Matches(msg, k.Prev):
		step := 1
		if key.Matches(msg, k.Prev) {
			step = len(v.list) - 1
		}
		v.at = (v.at + step) % len(v.list)
		m.status = ""
		m.sizeMessages()
		v.vp.GotoTop()
		return m, nil
	case key.Matches(msg, k.Copy):
		text := v.list[v.at].Text
		m.status = m.T("Copied the message (%d lines); if it is not on the clipboard, select it", strings.Count(text, "\n")+1)
		return m, tea.SetClipboard(text)
	case key.Matches(msg, k.Mail):
		if u := v.list[v.at].Mailto; u != "" {
			m.status = m.T("Copied the e-mail link; if it is not on the clipboard, select it")
			return m, tea.SetClipboard(u)
		}
		m.status = m.T("No e-mail on file for this person: nothing copied")
	case key.Matches(msg, k.WhatsApp):
		if u := v.list[v.at].WhatsApp; u != "" {
			m.status = m.T("Copied the WhatsApp link; if it is not on the clipboard, select it")
			return m, tea.SetClipboard(u)
		}
		m.status = m.T("No phone on file for this person: nothing copied")
	case key.Matches(msg, m.keys.Up):
		v.vp.ScrollUp(1)
	case key.Matches(msg, m.keys.Down):
		v.vp.ScrollDown(1)
	default:
		pageViewport(&v.vp, m.keys, msg)
	}
	return m, nil
}
