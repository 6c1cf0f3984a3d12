package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// The case view's "INM notice received" (issue 19): i asks what INM's
// notice was (R-STATUS-ONLINE) and its date. A request for corrections
// sets the R-CASE-CORRECT deadline (10 business days); the resolution
// moves the case to its next stage (approved, pay the card fee, for a
// change of status whose first payment is recorded: R-PAY-TWO). The case
// layer records it with its history entry in one save (RecordNotice).

// noticeForm holds what the notice form edits (huh binds addresses).
type noticeForm struct {
	kind, date, expiry string
	// base is the version of the case the form opened on: the notice is
	// recorded over it (casebook.RecordNoticeAt), so a change made at
	// another desk meanwhile is refused, not built upon unseen.
	base uint64
}

// openNotice opens the notice form, dated today.
func (m caseViewModel) openNotice() (caseViewModel, tea.Cmd) {
	if m.notice == nil {
		m.notice = &noticeForm{kind: string(procedures.NoticeCorrections), date: m.opts.Context.Today.String()}
	}
	m.notice.base = m.c.Version
	m.form, m.formFields = m.noticeFormFields(m.notice)
	m.mode, m.status, m.err = modeNotice, "", nil
	return m, m.form.Init()
}

// noticeFormFields builds the form: what the notice was, its date and,
// when the resolution brings a card with an expiry, that expiry.
func (m caseViewModel) noticeFormFields(n *noticeForm) (*huh.Form, []huh.Field) {
	fields := []huh.Field{
		huh.NewSelect[string]().Title(m.T("What was INM's notice?")).Options(
			huh.NewOption(m.T("A requirement is missing (prevención): 10 business days to correct"), string(procedures.NoticeCorrections)),
			huh.NewOption(m.T("The resolution (oficio de resolución): the next stage"), string(procedures.NoticeResolution)),
			huh.NewOption(m.T("INM refused the application (negativa): close the case"), string(procedures.NoticeRefusal)),
		).Description(m.opts.Context.Lang.Text(procedures.RefusalNote)).Value(&n.kind),
		huh.NewInput().Title(m.T("Date the notice bears")).Description(m.T(procedures.DateFormatsHelp)).
			Value(&n.date).Validate(m.noticeDateCheck),
	}
	if next, _ := m.proc.NextStageFor(m.c.Progress, m.outcome.Appointment); next == procedures.StageReceived && procedures.NeedsCardExpiry(m.proc, m.c.Answers) {
		fields = append(fields, huh.NewInput().Title(m.T("Expiry printed on the new card")).
			Description(m.T("only for the resolution, once the card is in hand; leave empty otherwise")).
			Value(&n.expiry).Validate(m.stageCheck(procedures.StageKeyNewCardExpiry)))
	}
	return m.newForm(m.T("INM notice received"), fields...)
}

// noticeDateCheck refuses an empty date, one that is not a date, or one
// after today.
func (m caseViewModel) noticeDateCheck(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(m.T("type the date the notice bears, e.g. %s", m.opts.Context.Today))
	}
	return m.stageCheck(procedures.StageKeyCorrectionNotice)(s)
}

// updateNotice forwards a message to the notice form and records the
// notice when it completes; esc cancels.
func (m caseViewModel) updateNotice(msg tea.Msg) (caseViewModel, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Back) {
		m.mode, m.form, m.formFields = modeView, nil, nil
		m.status = m.T("Cancelled: nothing changed")
		m.rebuild()
		return m, nil
	}
	if m.form == nil {
		return m, nil
	}
	cmd := m.updateForm(msg)
	if m.form.State != huh.StateCompleted {
		return m, cmd
	}
	m.mode, m.form, m.formFields = modeView, nil, nil
	n := *m.notice
	m.notice = nil // a refusal puts it back (noticeFailed)
	var values map[string]string
	if strings.TrimSpace(n.expiry) != "" {
		values = map[string]string{procedures.StageKeyNewCardExpiry: n.expiry}
	}
	st, id, ctx, proc := m.st, m.c.ID, m.opts.Context, m.proc
	kind := procedures.NoticeKind(n.kind)
	return m, func() tea.Msg {
		res, err := casebook.New(st).RecordNoticeAt(id, n.base, kind, n.date, values, ctx)
		var ce *record.ConflictError
		if errors.As(err, &ce) {
			// Another desk changed the case: reload it, keep the form.
			msg := noticeFailedMsg{err: err, form: n, conflict: ce}
			if msg.c, msg.reloadErr = st.Case(id); msg.reloadErr == nil {
				msg.person, _ = st.Person(msg.c.PersonID)
			}
			return msg
		}
		if err != nil {
			return noticeFailedMsg{err: err, form: n}
		}
		pr, hist := res.Case.Progress, res.Case.History
		status := ctx.T("Recorded the notice of corrections: hand in what it asks by %s (R-CASE-CORRECT)", res.DueDate())
		switch kind {
		case procedures.NoticeResolution:
			status = ctx.T("Recorded INM's resolution: the case is now at %s", proc.StageLabelIn(ctx.Lang, pr.Stage))
		case procedures.NoticeRefusal:
			status = ctx.T("Recorded INM's refusal: the case is closed. %s", ctx.Lang.Text(procedures.RefusalNote))
		}
		saved := res.Case
		return caseSavedMsg{status: status, progress: true, apply: func(c *record.Case) {
			c.Progress, c.History = pr, hist
			// The version the notice was saved at: the next note is
			// checked against it, not against the one before the notice.
			c.Version, c.Updated = saved.Version, saved.Updated
		}}
	}
}

// noticeFailedMsg reports a refused or failed notice: the form opens
// again with what was typed.
type noticeFailedMsg struct {
	err  error
	form noticeForm
	// conflict: refused because the case changed at another desk; c and
	// person are the case as now stored (reloadErr when unreadable).
	conflict  *record.ConflictError
	c         record.Case
	person    record.Person
	reloadErr error
}

func (noticeFailedMsg) caseViewMsg() {}

func (m caseViewModel) noticeFailed(msg noticeFailedMsg) (caseViewModel, tea.Cmd) {
	f := msg.form
	m.notice = &f
	if msg.conflict != nil && msg.reloadErr == nil {
		// As a stage form's conflict: the case reloaded, the form open
		// again with what was typed, over the version now shown.
		m.person = msg.person
		m.setCase(msg.c)
		var cmd tea.Cmd
		m, cmd = m.openNotice()
		m.err = &conflictError{at: msg.conflict.At, kind: conflictStage, err: msg.conflict}
		m.rebuild()
		return m, tea.Batch(cmd, func() tea.Msg { return dataChangedMsg{} })
	}
	m.err = errors.New(procedures.MessageIn(m.opts.Context.Lang, msg.err))
	m.rebuild()
	return m, nil
}
