package tui

// Messages exchanged between the root App and its screens. Children talk
// upward only by returning these from their commands; async results
// (loaded, saved, failed) are routed by the root to the model that owns
// them, whatever has focus.

// openNewCaseMsg asks the root to open the new-case chooser. Procedure,
// when set, preselects a procedure id (straight to the person choice).
type openNewCaseMsg struct {
	Procedure string
	// Welcome shows the first-run welcome line in the chooser.
	Welcome bool
}

// openInterviewMsg asks the root to load a case and open its interview.
// Review starts at the review screen ("edit answers" from the case view).
type openInterviewMsg struct {
	CaseID uint64
	Review bool
	// Copied are the answers a family member's new case copied from
	// From's case: the interview does not stop at them and says so.
	Copied []string
	From   string
}

// interviewDoneMsg reports a finished interview (review confirmed): the
// root opens that case's view and reloads the dashboard.
type interviewDoneMsg struct {
	CaseID uint64
}

// closeScreenMsg leaves the current screen for the dashboard; whatever the
// screen edited is already saved.
type closeScreenMsg struct{}

// openCaseMsg asks the root to open the case view of CaseID.
type openCaseMsg struct {
	CaseID uint64
}

// dataChangedMsg reports that something was saved: the dashboard reloads
// its summaries (one store call, in a Cmd).
type dataChangedMsg struct{}

// errMsg carries a failure to the root's error line.
type errMsg struct {
	err error
}

// Error implements error so an errMsg can be wrapped and compared in tests.
func (e errMsg) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}
