package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"tramite/procedures"
	"tramite/record"
)

// pendingForm holds what a dialog form edits. It lives behind a pointer
// because huh binds fields to addresses; it also keeps the values typed
// when a save fails, so reopening the form loses nothing.
type pendingForm struct {
	target                            procedures.Stage // "" for the export form
	date1, time1, text1, text2, date2 string
	// date3 is the first payment of a change of status (filed, R-PAY-TWO).
	date3 string

	format, path string
	// paper is the PDF packet's paper size (export.PaperLetter or PaperA4).
	paper string
	// base is the version of the case the stage form opened on: the stage
	// is saved over it (a reload behind the form does not move it).
	base uint64
}

// advance moves the case to its next stage, asking first for the dates
// that stage needs (appointment, filing, card received).
func (m caseViewModel) advance() (caseViewModel, tea.Cmd) {
	next, ok := m.proc.NextStageFor(m.c.Progress, m.outcome.Appointment)
	if !ok {
		return m, nil
	}
	// Filing a procedure the rules say does not apply is the user's call
	// (sources may differ, the office may decide otherwise), but never a
	// keystroke made without seeing the verdict.
	if m.outcome.Verdict.Status == procedures.NotEligible && !m.c.Progress.StageAtLeast(procedures.StageBooked) && m.mode != modeNotApplying {
		m.mode = modeNotApplying
		return m, nil
	}
	m.mode = modeView
	return m.advanceTo(next)
}

// advanceTo moves the case to next: at once for "ready", through the
// stage's form for the others.
func (m caseViewModel) advanceTo(next procedures.Stage) (caseViewModel, tea.Cmd) {
	if next == procedures.StageReady {
		if m.outcome.Verdict.Status == procedures.Incomplete {
			m.err = errors.New(m.T("some answers are missing: press E to finish the interview before marking the case ready"))
			m.rebuild()
			return m, nil
		}
		pr := m.c.Progress
		pr.Stage = next
		// Marking ready is the user's call, but never a silent one: what
		// is still missing is said with the confirmation.
		status := m.T("Marked ready to file")
		if ws := procedures.ReadyWarnings(m.proc, m.c.Answers, m.c.Ticks, m.opts.Context); len(ws) > 0 {
			status += m.T(". Note: %s", strings.Join(ws, " "))
		}
		return m, saveProgressCmd(m.st, m.c.ID, m.c.Version, pr, status)
	}
	if m.pend == nil || m.pend.target != next {
		m.pend = m.prefill(next)
	}
	m.pend.base = m.c.Version
	m.form, m.formFields = m.stageForm(m.pend)
	m.mode = modeForm
	return m, m.form.Init()
}

// prefill starts a stage form from what the case already records.
func (m caseViewModel) prefill(next procedures.Stage) *pendingForm {
	pr := m.c.Progress
	p := &pendingForm{target: next}
	switch next {
	case procedures.StageBooked:
		p.date1, p.time1, p.text1, p.text2 = pr.AppointmentDate.String(), pr.AppointmentTime, pr.Office, pr.Pieza
		if p.text1 == "" {
			p.text1 = firstNonEmpty(m.c.Answers["office"], m.person.Details["office"])
		}
	case procedures.StageFiled:
		p.date1, p.text1, p.date2 = pr.FiledDate.String(), pr.NUT, pr.CorrectionNotice.String()
		p.date3 = pr.FeePaid.String()
		if p.date1 == "" {
			p.date1 = pr.AppointmentDate.String()
		}
	case procedures.StageApproved:
		p.date1, p.date2 = pr.ApprovedDate.String(), pr.CardFeePaid.String()
	case procedures.StageReceived:
		p.date1, p.date2 = pr.ReceivedDate.String(), pr.NewCardExpiry.String()
	}
	return p
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// stageCheck validates a stage form's field with the stage machine's own
// check (procedures.CheckStageValue): the form refuses what the case layer
// would.
func (m caseViewModel) stageCheck(key string) func(string) error {
	return func(s string) error {
		if err := procedures.CheckStageValue(key, s, m.opts.Context); err != nil {
			return errors.New(procedures.MessageIn(m.opts.Context.Lang, err))
		}
		return nil
	}
}

// expiryCheck validates the new card's expiry: a date when typed, and
// typed when the card has one (procedures.CheckCardExpiry).
func (m caseViewModel) expiryCheck(p *pendingForm) func(string) error {
	return func(s string) error {
		if err := m.stageCheck(procedures.StageKeyNewCardExpiry)(s); err != nil {
			return err
		}
		received, _ := procedures.ParseDate(p.date1)
		expiry, _ := procedures.ParseDate(s)
		if err := procedures.CheckCardExpiry(m.proc, m.c.Answers, received, expiry); err != nil {
			return errors.New(procedures.MessageIn(m.opts.Context.Lang, err))
		}
		return nil
	}
}

// stageForm builds the small form for the stage p.target, and returns its
// fields in order.
func (m caseViewModel) stageForm(p *pendingForm) (*huh.Form, []huh.Field) {
	var fields []huh.Field
	switch p.target {
	case procedures.StageBooked:
		fields = []huh.Field{
			huh.NewInput().Title(m.T("Appointment date")).Description(m.T(procedures.DateFormatsHelp)).Value(&p.date1).Validate(m.stageCheck(procedures.StageKeyAppointmentDate)),
			huh.NewInput().Title(m.T("Time (optional)")).Description(m.T("24-hour clock, e.g. 09:30")).Value(&p.time1).Validate(m.stageCheck(procedures.StageKeyAppointmentTime)),
			huh.NewInput().Title(m.T("Office (optional)")).Value(&p.text1).CharLimit(120),
			huh.NewInput().Title(m.T("Número de pieza (optional)")).Description(m.T("the number the online booking form gave you")).Value(&p.text2).CharLimit(60),
		}
	case procedures.StageFiled:
		fields = []huh.Field{
			huh.NewInput().Title(m.T("Date you filed")).Description(m.T(procedures.DateFormatsHelp)).Value(&p.date1).Validate(m.stageCheck(procedures.StageKeyFiledDate)),
			huh.NewInput().Title(m.T("NUT (file number, optional)")).Value(&p.text1).CharLimit(60),
			huh.NewInput().Title(m.T("Date of a correction notice (prevención), if INM sent one")).
				Description(m.T("leave empty if none; %s", m.T(procedures.DateFormatsHelp))).Value(&p.date2).Validate(m.stageCheck(procedures.StageKeyCorrectionNotice)),
		}
		if m.proc.PaysTwice() {
			// R-PAY-TWO: the first payment puts the approval on the path.
			fields = append(fields, huh.NewInput().Title(m.T("Date of the first payment (recepción y estudio)")).
				Description(m.T("on the bank receipt; leave empty if not paid yet")).Value(&p.date3).Validate(m.stageCheck(procedures.StageKeyFeePaid)))
		}
	case procedures.StageApproved:
		fields = []huh.Field{
			huh.NewInput().Title(m.T("Date of INM's approval")).Description(m.T(procedures.DateFormatsHelp)).Value(&p.date1).Validate(m.stageCheck(procedures.StageKeyApprovedDate)),
			huh.NewInput().Title(m.T("Date the card fee was paid (optional)")).
				Description(m.T("the second payment (R-PAY-TWO); leave empty if not paid yet")).Value(&p.date2).Validate(m.stageCheck(procedures.StageKeyCardFeePaid)),
		}
	case procedures.StageReceived:
		yields := procedures.YieldsCard
		if m.proc != nil && m.proc.Yields != "" {
			yields = m.proc.Yields
		}
		fields = []huh.Field{
			huh.NewInput().Title(m.opts.Context.Lang.Text("Date you received the " + yields)).Description(m.T(procedures.DateFormatsHelp)).Value(&p.date1).Validate(m.stageCheck(procedures.StageKeyReceivedDate)),
		}
		if yields == procedures.YieldsCard {
			// Only a card has an expiry to schedule the next renewal from;
			// only an adult's permanent card has none (CheckCardExpiry).
			desc := m.T("leave empty for an adult's permanent card, which has no expiry")
			if procedures.NeedsCardExpiry(m.proc, m.c.Answers) {
				desc = m.T("printed on the card: the next renewal window follows from it")
			}
			fields = append(fields, huh.NewInput().Title(m.T("Expiry printed on the new card")).
				Description(desc).Value(&p.date2).Validate(m.expiryCheck(p)))
		}
	}
	return m.newForm(m.T("Mark %s", m.proc.StageLabelIn(m.opts.Context.Lang, p.target)), fields...)
}

// values are the form's fields by the stage machine's keys.
func (p *pendingForm) values() map[string]string {
	switch p.target {
	case procedures.StageBooked:
		return map[string]string{procedures.StageKeyAppointmentDate: p.date1, procedures.StageKeyAppointmentTime: p.time1,
			procedures.StageKeyOffice: p.text1, procedures.StageKeyPieza: p.text2}
	case procedures.StageFiled:
		return map[string]string{procedures.StageKeyFiledDate: p.date1, procedures.StageKeyNUT: p.text1,
			procedures.StageKeyCorrectionNotice: p.date2, procedures.StageKeyFeePaid: p.date3}
	case procedures.StageApproved:
		return map[string]string{procedures.StageKeyApprovedDate: p.date1, procedures.StageKeyCardFeePaid: p.date2}
	case procedures.StageReceived:
		return map[string]string{procedures.StageKeyReceivedDate: p.date1, procedures.StageKeyNewCardExpiry: p.date2}
	}
	return nil
}

// updateDialogKey gives a key to the open dialog; esc cancels any dialog.
func (m caseViewModel) updateDialogKey(msg tea.KeyPressMsg) (caseViewModel, tea.Cmd) {
	switch m.mode {
	case modeNotApplying:
		if key.Matches(msg, m.keys.Confirm) {
			return m.advance()
		}
		m.mode = modeView
		m.status = m.T("Stage not changed")
		m.rebuild()
		return m, nil
	case modeDelete:
		switch {
		case key.Matches(msg, m.keys.Confirm):
			m.mode = modeView
			st, id := m.st, m.c.ID
			return m, func() tea.Msg {
				if err := st.DeleteCase(id); err != nil {
					return caseFailedMsg{err: wrapf(err, "could not delete the case")}
				}
				return caseDeletedMsg{}
			}
		default:
			// Anything but y keeps the case: deleting must be deliberate.
			m.mode = modeView
			m.status = m.T("Not deleted")
			m.rebuild()
		}
		return m, nil
	case modeNotes:
		switch {
		case key.Matches(msg, m.keys.Back) && m.notes.Value() != m.c.Notes:
			// esc is how every other dialog is left: throwing away what
			// was typed there would lose work, so leaving saves it.
			return m.saveNotes()
		case key.Matches(msg, m.keys.Back):
			m.mode = modeView
			m.endConflict()
			m.notes.Blur()
			m.status = m.T("Notes not changed")
			m.rebuild()
			return m, nil
		case key.Matches(msg, m.keys.Save):
			return m.saveNotes()
		}
	case modeLetter:
		return m.updateLetterKey(msg)
	case modeGuide:
		return m.updateGuideKey(msg)
	case modeMessages:
		return m.updateMessagesKey(msg)
	case modeHistory:
		return m.updateHistoryKey(msg)
	case modeNotice:
		return m.updateNotice(msg)
	case modeReplace:
		return m.updateReplaceKey(msg)
	case modeForm:
		if key.Matches(msg, m.keys.Back) {
			m.mode, m.form, m.formFields = modeView, nil, nil
			m.status = m.T("Cancelled: nothing changed")
			m.rebuild()
			return m, nil
		}
	}
	return m.updateDialog(msg)
}

// updateDialog forwards any message to the open form or editor and acts
// when the form completes.
func (m caseViewModel) updateDialog(msg tea.Msg) (caseViewModel, tea.Cmd) {
	switch m.mode {
	case modeLetter:
		return m.updateLetter(msg)
	case modeGuide:
		return m.updateGuide(msg)
	case modeNotice:
		return m.updateNotice(msg)
	case modeNotes:
		var cmd tea.Cmd
		m.notes, cmd = m.notes.Update(msg)
		return m, cmd
	case modeForm:
		if m.form == nil {
			return m, nil
		}
		cmd := m.updateForm(msg)
		if m.form.State != huh.StateCompleted {
			return m, cmd
		}
		m.mode, m.form, m.formFields = modeView, nil, nil
		p := m.pend
		if p.target == "" {
			return m.export(p, false)
		}
		pr, err := m.proc.MoveToStage(m.c.Progress, p.target, p.values(), m.c.Answers, m.opts.Context)
		if err != nil {
			// Not expected (the fields check the same), but nothing is
			// saved that the stage machine refuses: open it again, values
			// kept.
			m.err = err
			m.form, m.formFields = m.stageForm(p)
			m.mode = modeForm
			return m, m.form.Init()
		}
		// m.pend stays until the save succeeds, so a failed save can be
		// retried with the same values.
		return m, saveProgressCmd(m.st, m.c.ID, p.base, pr, m.T("Marked %s", m.proc.StageLabelIn(m.opts.Context.Lang, p.target)))
	}
	return m, nil
}

// saveNotes saves the notes over the version of the case the view shows;
// the editor stays open until the store says they are saved, so a failure
// loses nothing, and a case changed at another desk meanwhile is reloaded
// with the text kept in the editor (caseConflictMsg).
func (m caseViewModel) saveNotes() (caseViewModel, tea.Cmd) {
	text := m.notes.Value()
	status := m.T("Notes saved")
	return m, versionedSaveCmd(m.st, m.c.ID, m.notesBase, conflictNotes, func(c *record.Case) { c.Notes = text },
		"could not save the notes (your text is still here)",
		func(saved record.Case) tea.Msg {
			return caseSavedMsg{status: status, apply: func(c *record.Case) {
				c.Notes, c.Version, c.Updated = text, saved.Version, saved.Updated
			}}
		})
}

// firstPaymentHelp tells, in the help of a case paid twice (R-PAY-TWO),
// where the first payment is recorded: the filing stage's form asks its
// date (what `tramite case pay` records), so there is no key of its own.
func (m caseViewModel) firstPaymentHelp() string {
	if !m.proc.PaysTwice() {
		return ""
	}
	return " " + m.T("The first payment (recepción y estudio, R-PAY-TWO) is recorded in the filing stage's form: s at filing asks its date, from the bank receipt; once approved, the approval's form asks the card fee.")
}
