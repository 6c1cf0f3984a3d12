package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"sync/atomic"

	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// dashView is which list the dashboard shows.
type dashView int

const (
	viewDeadlines dashView = iota
	viewCases
)

// summariesMsg carries the dashboard's data: one store call, and the
// rows built from it in the same Cmd (nil when the sender built none).
type summariesMsg struct {
	sums []record.Summary
	data *dashData
	// seq orders the reads (nextDataSeq): one started earlier that ends
	// later is older data, and is dropped.
	seq uint64
}

// dataSeq numbers the dashboard's reads of the household in the order
// they are started.
var dataSeq atomic.Uint64

// nextDataSeq is the number of a read started now: called where its Cmd
// is made, on the event loop, not when the Cmd runs.
func nextDataSeq() uint64 { return dataSeq.Add(1) }

// dashData is what the dashboard derives from the summaries: its rows, the
// filter choices and the column widths. It depends only on the summaries
// and today, so start-up builds it in the tea.Cmd that reads them
// (startCmd), off the event loop: the loading frame is drawn, and keys are
// answered, while 10,000 cases are sorted.
type dashData struct {
	sums []record.Summary
	// col is the rows' search column.
	col *searchCol
	// today and lang are what the rows were built for.
	today                     procedures.Date
	lang                      *i18n.Printer
	deadlines                 []deadlineRow
	cases                     []caseRow
	people, procs             []choice
	personW, procW, procNameW int
	// stageW is the widest stage label of the cases ("draft" … "resolution
	// received"): the stage column takes no more.
	stageW int
	// whenW is the width of the "when" column: whenWidth, or in Spanish
	// the widest of its texts ("123 días de RETRASO") up to whenWidthEs.
	whenW int
	// n is the number of cases; maybeUnfinished the drafts without a
	// date (unfinishedCmd looks at them).
	n               int
	maybeUnfinished []uint64
	// streamed: built from the store's streamed read, with no summaries
	// (sums is nil).
	streamed bool
	// latest is the most recently updated case.
	latest *latestCase
}

// buildDashData builds the dashboard's data from sums.
func buildDashData(sums []record.Summary, today procedures.Date, l *i18n.Printer) *dashData {
	b := newRowBuilder(today, l)
	for i := range sums {
		b.add(&sums[i])
	}
	d := b.dashData(l)
	d.sums = sums
	return d
}

// dashData finishes the build (finish) into the dashboard's data.
func (b *rowBuilder) dashData(l *i18n.Printer) *dashData {
	d := &dashData{today: b.today, lang: l, n: b.nc, maybeUnfinished: b.maybeUnfinished}
	if b.hasLatest {
		d.latest = &latestCase{id: b.latest.id, stage: b.latest.stage}
	}
	d.deadlines, d.cases, d.col = b.finish()
	d.people, d.procs = filterChoices(d.cases)
	for _, p := range d.procs {
		d.procW = max(d.procW, ansi.StringWidth(procedures.ShortIn(l, p.key)))
		d.procNameW = max(d.procNameW, ansi.StringWidth(p.label))
	}
	for _, p := range d.people {
		d.personW = max(d.personW, ansi.StringWidth(p.label))
	}
	d.whenW = whenWidth
	if l.Spanish() {
		// Each distinct text once: a row's words depend on its urgency
		// and days only.
		seen := map[[2]int]bool{}
		for i := range d.deadlines {
			r := &d.deadlines[i]
			k := [2]int{int(r.u), int(r.d)}
			if !seen[k] {
				seen[k] = true
				d.whenW = min(max(d.whenW, ansi.StringWidth(daysText(l, r.days(), r.urg()))), whenWidthEs)
			}
		}
	}
	d.stageW = ansi.StringWidth(l.T("stage"))
	type procStage struct {
		proc  *procInfo
		stage procedures.Stage
	}
	seen := map[procStage]bool{}
	for _, c := range d.cases {
		if k := (procStage{c.procInfo, c.stage}); !seen[k] {
			seen[k] = true
			d.stageW = max(d.stageW, ansi.StringWidth(stageLabel(l, c.procID, c.stage)))
		}
	}
	return d
}

// built reports whether d was built from exactly sums (the same slice).
func (d *dashData) built(sums []record.Summary) bool {
	return d != nil && len(d.sums) == len(sums) && (len(sums) == 0 || &d.sums[0] == &sums[0])
}

// loadSummariesCmd reads the deadline index (never whole cases) and builds
// the dashboard's rows from it for ctx's today and language, off the
// event loop: returning from a case view at 100,000 cases sorts 200,000
// rows, which in Update would stop every key for a third of a second.
func loadSummariesCmd(st Store, ctx procedures.Context) tea.Cmd {
	seq := nextDataSeq()
	return func() tea.Msg {
		if d, ok, err := streamDashData(st, ctx.Today, ctx.Lang); ok {
			if err != nil {
				return errMsg{err: wrapf(err, "could not read the cases")}
			}
			return summariesMsg{data: d, seq: seq}
		}
		sums, err := readSummaries(st)
		if err != nil {
			return errMsg{err: wrapf(err, "could not read the cases")}
		}
		// The build's garbage comes after the read (which starts while
		// the preview's frame may still be drawn): pace it from here.
		defer leanHeap()()
		return summariesMsg{sums: sums, data: buildDashData(sums, ctx.Today, ctx.Lang), seq: seq}
	}
}

// dashboardModel shows every deadline of the household, or every case,
// with filters and a search box. Rows are computed once per data or filter
// change; View renders only the visible ones, so moving the cursor costs
// the same with ten cases or ten thousand.
type dashboardModel struct {
	ctx    procedures.Context
	styles Styles
	keys   KeyMap

	width, height int

	loaded bool
	// preview: the rows are the head of the deadlines list only
	// (setPreview), until setData gives them all.
	preview bool
	view    dashView
	filter  filter
	// prebuilt is data built in a Cmd for the summaries about to arrive
	// (startMsg); setData uses it when they are the ones it was built from.
	prebuilt *dashData

	// col is the search column of deadlines and cases.
	col *searchCol
	// visFilter and visView are what visible was filtered with (valid
	// while visValid: the rows have not changed since).
	visFilter filter
	visView   dashView
	visValid  bool
	// All rows, built by buildRows on each summariesMsg.
	deadlines []deadlineRow
	cases     []caseRow
	people    []choice
	procs     []choice
	// personW and procW are the widest name and procedure id, so their
	// columns shrink to fit the data.
	personW, procW, procNameW int
	stageW                    int // as dashData.stageW
	whenW                     int // as dashData.whenW
	// personIdx and procIdx are positions in people/procs; -1 means all.
	personIdx, procIdx int

	// visible holds the indexes of the rows the filter keeps, in the
	// current view.
	visible []int
	cursor  int
	offset  int

	search    textinput.Model
	searching bool
	// picker is the person filter's list (p), open while picking.
	picker  personPicker
	picking bool

	// nav is a screen this key asked to open: the root takes it in the
	// same Update (app_nav.go), so no key typed after it lands here.
	nav tea.Msg

	// unfinished are the drafts whose interview stopped half way
	// (unfinished.go), marked in the cases list.
	unfinished map[uint64]bool
}

func newDashboardModel(ctx procedures.Context, styles Styles, keys KeyMap) dashboardModel {
	ti := textinput.New()
	ti.Prompt = ctx.Lang.T("search: ")
	ti.Placeholder = ctx.Lang.T("name, procedure or deadline")
	ti.CharLimit = 80
	m := dashboardModel{ctx: ctx, styles: styles, keys: keys, search: ti, personIdx: -1, procIdx: -1}
	m.setStyles(styles)
	return m
}

// setStyles applies new styles (after the background colour is known).
func (m *dashboardModel) setStyles(s Styles) {
	m.styles = s
	ts := m.search.Styles()
	ts.Focused.Prompt = s.Dashboard.Filter
	ts.Blurred.Prompt = s.Muted
	ts.Focused.Placeholder = s.Muted
	ts.Blurred.Placeholder = s.Muted
	m.search.SetStyles(ts)
}

// SetSize sets the area the dashboard may draw in.
func (m *dashboardModel) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.search.SetWidth(max(m.width-ansi.StringWidth(m.search.Prompt)-1, 1))
	m.picker.input.SetWidth(max(m.width-ansi.StringWidth(m.picker.input.Prompt)-1, 1))
	m.clampOffset()
}

const lenSearchPrompt = len("search: ")

// Capturing reports whether the search box or the person picker has the
// keyboard: the root then lets q and ? through as text.
func (m dashboardModel) Capturing() bool { return m.searching || m.picking }

// setData rebuilds every row from fresh summaries, keeping the cursor on
// the same case (and deadline) when it still exists.
func (m *dashboardModel) setData(sums []record.Summary) {
	selCase, selKey := m.selected()
	d := m.prebuilt
	m.prebuilt = nil
	if d != nil && d.streamed && sums == nil && (d.today != m.ctx.Today || d.lang != m.ctx.Lang) {
		// Streamed for another language (L pressed meanwhile, which
		// reads them again): the rows of the new read are on their way.
		return
	}
	// Built in a Cmd for other summaries, another day or language (L
	// pressed meanwhile): build again.
	if !d.built(sums) || d.today != m.ctx.Today || d.lang != m.ctx.Lang {
		d = buildDashData(sums, m.ctx.Today, m.ctx.Lang)
	}
	m.deadlines, m.cases, m.col = d.deadlines, d.cases, d.col
	m.people, m.procs = d.people, d.procs
	m.personW, m.procW, m.procNameW, m.stageW, m.whenW = d.personW, d.procW, d.procNameW, d.stageW, d.whenW
	m.personIdx = indexOfChoice(m.people, m.filter.personID, "")
	m.procIdx = indexOfChoice(m.procs, 0, m.filter.procID)
	if m.personIdx < 0 {
		m.filter.personID = 0
	}
	if m.procIdx < 0 {
		m.filter.procID = ""
	}
	m.loaded, m.preview = true, false
	m.visValid = false // new rows: filter them all
	m.refilter()
	m.selectCase(selCase, selKey)
}

func indexOfChoice(cs []choice, id uint64, k string) int {
	if id == 0 && k == "" {
		return -1
	}
	for i, c := range cs {
		if (id != 0 && c.id == id) || (k != "" && c.key == k) {
			return i
		}
	}
	return -1
}

// refilter recomputes the visible rows of the current view: from the
// rows visible now when the filter only narrows them (a search letter
// added), else from every row.
func (m *dashboardModel) refilter() {
	narrow := m.visValid && m.visView == m.view && narrowFrom(m.visFilter, m.filter)
	switch {
	case m.col.usable(m.filter.query, len(m.deadlines), len(m.cases)):
		var idx []int
		if narrow {
			idx = m.visible
		}
		if m.view == viewCases {
			m.visible = m.col.filterCases(m.cases, m.filter, idx, narrow)
		} else {
			m.visible = m.col.filterDeadlines(m.deadlines, m.filter, idx, narrow)
		}
	case m.view == viewCases && narrow:
		m.visible = filterCasesIn(m.cases, m.filter, m.visible)
	case m.view == viewCases:
		m.visible = filterCases(m.cases, m.filter)
	case narrow:
		m.visible = filterDeadlinesIn(m.deadlines, m.filter, m.visible)
	default:
		m.visible = filterDeadlines(m.deadlines, m.filter)
	}
	m.visValid, m.visView, m.visFilter = true, m.view, m.filter
	m.cursor = min(m.cursor, max(len(m.visible)-1, 0))
	m.clampOffset()
	m.updateKeys()
}

// selected returns the case id and deadline key under the cursor.
func (m dashboardModel) selected() (uint64, string) {
	if m.cursor >= len(m.visible) {
		return 0, ""
	}
	i := m.visible[m.cursor]
	if m.view == viewCases {
		return m.cases[i].caseID, ""
	}
	return m.deadlines[i].caseID, m.deadlines[i].key()
}

// selectCase moves the cursor to the row of caseID (and deadline key), if
// visible. O(rows), so only after a data or view change.
func (m *dashboardModel) selectCase(caseID uint64, dlKey string) {
	if caseID == 0 {
		return
	}
	best := -1
	for pos, i := range m.visible {
		if m.view == viewCases {
			if m.cases[i].caseID == caseID {
				best = pos
				break
			}
			continue
		}
		if m.deadlines[i].caseID == caseID {
			if m.deadlines[i].key() == dlKey {
				best = pos
				break
			}
			if best < 0 {
				best = pos
			}
		}
	}
	if best >= 0 {
		m.cursor = best
		m.clampOffset()
	}
}

// updateKeys enables only the bindings that do something now, so the help
// bar never offers a dead key.
func (m *dashboardModel) updateKeys() {
	has := len(m.visible) > 0
	m.keys.Open.SetEnabled(has)
	m.keys.Up.SetEnabled(has)
	m.keys.Down.SetEnabled(has)
	m.keys.PageUp.SetEnabled(has)
	m.keys.PageDown.SetEnabled(has)
	m.keys.Home.SetEnabled(has)
	m.keys.End.SetEnabled(has)
	m.keys.FilterPerson.SetEnabled(len(m.people) > 1 || m.filter.personID != 0)
	m.keys.FilterProcedure.SetEnabled(len(m.procs) > 1 || m.filter.procID != "")
	m.keys.ClearFilters.SetEnabled(m.filter.active())
	m.keys.ShowDone.SetEnabled(m.view == viewDeadlines)
	m.keys.SwitchView.SetEnabled(m.loaded && len(m.cases) > 0)
	m.keys.Search.SetEnabled(m.loaded && len(m.cases) > 0)
	if m.filter.showDone {
		m.keys.ShowDone.SetHelp("a", m.ctx.Lang.T("hide done/past"))
	} else {
		m.keys.ShowDone.SetHelp("a", m.ctx.Lang.T("show done/past"))
	}
}

// Update handles the dashboard's messages.
func (m dashboardModel) Update(msg tea.Msg) (dashboardModel, tea.Cmd) {
	switch msg := msg.(type) {
	case summariesMsg:
		if msg.data != nil {
			m.prebuilt = msg.data
		}
		m.setData(msg.sums)
		return m, prepareSearchCmd(m.col)
	case searchTextMsg:
		m.installSearchText(msg)
		return m, nil
	case tea.KeyPressMsg:
		if m.picking {
			return m.updatePicker(msg)
		}
		if m.searching {
			return m.updateSearch(msg)
		}
		return m.updateKey(msg)
	}
	if m.searching {
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	}
	if m.picking {
		var cmd tea.Cmd
		m.picker.input, cmd = m.picker.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

// ShortHelp implements help.KeyMap.
func (m dashboardModel) ShortHelp() []key.Binding {
	if m.picking {
		return []key.Binding{m.keys.PickPerson, m.keys.PickCancel, m.keys.Up, m.keys.Down}
	}
	if m.searching {
		return []key.Binding{m.keys.SearchKeep, m.keys.SearchClear, m.keys.Up, m.keys.Down}
	}
	// In the order a newcomer needs them: the root drops the last ones
	// first on a narrow terminal (↑/↓ go without saying; ? lists them).
	return []key.Binding{m.keys.Open, m.keys.NewCase, m.keys.SwitchView, m.keys.Search, m.keys.FilterPerson, m.keys.Language}
}

// FullHelp implements help.KeyMap, grouped by intent.
func (m dashboardModel) FullHelp() [][]key.Binding {
	if m.searching || m.picking {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown, m.keys.Home, m.keys.End},
		{m.keys.Open, m.keys.SwitchView, m.keys.NewCase, m.keys.Language},
		{m.keys.Search, m.keys.FilterPerson, m.keys.FilterProcedure, m.keys.ClearFilters, m.keys.ShowDone},
	}
}
