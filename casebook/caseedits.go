package casebook

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"tramite/procedures"
	"tramite/record"
)

// The case edits every front-end shares: the command line's `tramite
// case ...` and the case view call these, so a value refused in one is
// refused in the other. Each checks everything first and then writes once:
// a refusal changes nothing.

// SetAnswers checks raw answers (key → value as typed) as the interview
// does, each given the others (Procedure.AnswerOn with ctx.Today: formats,
// cross-checks, no fact after today), and saves them in one write with the
// case's other answers. An empty value skips an optional question; a key
// that is not a question of the case's procedure is refused. Answers that
// the new ones make unasked are dropped, as the interview would (their
// keys returned). Every problem is reported at once, by key.
func (b *Book) SetAnswers(id uint64, raw map[string]string, ctx procedures.Context) (record.Case, []string, error) {
	c, err := b.Case(id)
	if err != nil {
		return c, nil, err
	}
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		return c, nil, fmt.Errorf("case %d: %w", id, err)
	}
	a := c.Answers.Clone()
	if a == nil {
		a = procedures.Answers{}
	}
	keys := slices.Sorted(maps.Keys(raw))
	var problems []error
	for _, k := range keys {
		if _, ok := proc.Question(k); !ok {
			problems = append(problems, procedures.Problemf("%s is not a question of %s: see the keys with `tramite procedures show %s`", k, proc.ID, proc.ID))
			continue
		}
		a[k] = strings.TrimSpace(raw[k])
	}
	for _, k := range keys {
		q, ok := proc.Question(k)
		if !ok {
			continue
		}
		v := a[k]
		if v == "" {
			if !q.Optional {
				problems = append(problems, procedures.Problemf("%s: an answer is needed (%s)", k, q.Prompt))
			}
			continue
		}
		others := a.Clone()
		delete(others, k)
		norm, err := proc.AnswerOn(k, v, others, ctx.Today)
		if err != nil {
			problems = append(problems, keyed(k, err))
			continue
		}
		a[k] = norm
	}
	if len(problems) > 0 {
		return c, nil, errors.Join(problems...)
	}
	dropped := Complete(proc, a)
	c.Answers = a
	if err := b.SaveCase(&c); err != nil {
		return c, nil, err
	}
	return c, dropped, nil
}

// keyed makes err start with key, as the interview's messages do.
func keyed(key string, err error) error {
	if strings.HasPrefix(err.Error(), key) {
		return err
	}
	return fmt.Errorf("%s: %w", key, err)
}

// StageMove is a stage change asked for outside the case view.
type StageMove struct {
	Target procedures.Stage
	// Values are what the target stage records (procedures.StageFields:
	// appointment_date, office, filed_date, nut, ...), as typed.
	Values map[string]string
	// Anyway moves a case the rules say does not apply (the case view
	// asks first; a script says so with this).
	Anyway bool
}

// ErrNotApplying refuses filing a case whose verdict is "not eligible"
// unless StageMove.Anyway is set.
var ErrNotApplying = procedures.Problemf("the rules say this procedure does not apply to the case")

// MoveStage moves case id to m.Target through the stage machine
// (procedures.Procedure.MoveToStage: each value checked, dates in order),
// as the case view's stage forms do, and saves the progress. A case whose
// interview is unfinished cannot be marked ready; one the rules say does
// not apply moves past ready only with m.Anyway. Keys the target stage
// does not record are refused.
func (b *Book) MoveStage(id uint64, m StageMove, ctx procedures.Context) (record.Case, error) {
	c, err := b.Case(id)
	if err != nil {
		return c, err
	}
	proc, err := procedures.Lookup(c.Procedure)
	if err != nil {
		return c, fmt.Errorf("case %d: %w", id, err)
	}
	fields := proc.StageFields(m.Target)
	for _, k := range slices.Sorted(maps.Keys(m.Values)) {
		if !slices.ContainsFunc(fields, func(f procedures.StageField) bool { return f.Key == k }) {
			return c, procedures.Problemf("%s is not recorded at stage %s: %s", k, string(m.Target), stageKeysText(fields))
		}
	}
	out := proc.Evaluate(c.Answers, ctx)
	if m.Target != procedures.StageDraft && out.Verdict.Status == procedures.Incomplete {
		return c, procedures.Problemf("some answers are missing: answer them first (`tramite case set`, or E in the case view)")
	}
	forward := stageIndex(m.Target) > stageIndex(c.Progress.Stage)
	if forward && out.Verdict.Status == procedures.NotEligible && stageIndex(m.Target) > stageIndex(procedures.StageReady) && !m.Anyway {
		return c, ErrNotApplying
	}
	pr, err := proc.MoveToStage(c.Progress, m.Target, m.Values, c.Answers, ctx)
	if err != nil {
		return c, err
	}
	if err := b.SetProgress(id, pr); err != nil {
		return c, err
	}
	c.Progress = pr
	return c, nil
}

func stageIndex(s procedures.Stage) int {
	if s == "" {
		return 0
	}
	return slices.Index(procedures.Stages, s)
}

// stageKeysText lists what a stage records, or says it records nothing.
func stageKeysText(fields []procedures.StageField) string {
	if len(fields) == 0 {
		return "this stage records nothing"
	}
	var ks []string
	for _, f := range fields {
		ks = append(ks, f.Key)
	}
	return "it records " + strings.Join(ks, ", ")
}

// Tick ticks (on) or unticks a document of the case's checklist; an id
// that is not on the checklist is refused with the ids that are.
func (b *Book) Tick(id uint64, docID string, on bool, ctx procedures.Context) (procedures.Document, error) {
	d, err := b.Detail(id, ctx)
	if err != nil {
		return procedures.Document{}, err
	}
	var ids []string
	for _, doc := range d.Outcome.Documents {
		if strings.EqualFold(doc.ID, docID) {
			return doc, b.SetTick(id, doc.ID, on)
		}
		ids = append(ids, doc.ID)
	}
	if len(ids) == 0 {
		return procedures.Document{}, procedures.Problemf("case %d has no checklist yet: finish its answers first", id)
	}
	return procedures.Document{}, procedures.Problemf("%s is not on case %d's checklist: use one of %s", docID, id, strings.Join(ids, ", "))
}

// AddNote adds text as a new line at the end of the case's notes.
func (b *Book) AddNote(id uint64, text string) (record.Case, error) {
	c, err := b.Case(id)
	if err != nil {
		return c, err
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return c, procedures.Problemf("the note is empty: type the text to add")
	}
	notes := text
	if c.Notes != "" {
		notes = strings.TrimRight(c.Notes, "\n") + "\n" + text
	}
	if err := record.ValidateNotes(notes); err != nil {
		return c, err
	}
	if err := b.SetNotes(id, notes); err != nil {
		return c, err
	}
	c.Notes = notes
	return c, nil
}
