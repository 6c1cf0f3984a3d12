package procedures

import (
	"sort"
	"strings"

	"tramite/i18n"
)

func sortStable(ds []Deadline, less func(x, y Deadline) bool) {
	sort.SliceStable(ds, func(i, j int) bool { return less(ds[i], ds[j]) })
}

// Context is what every rule is evaluated against.
type Context struct {
	Today    Date
	Calendar Calendar
	// Lang words the texts the rules return (reasons, titles, notes,
	// steps) in the user's language; nil is English. Ids, keys and
	// dates never depend on it.
	Lang *i18n.Printer
}

// T words a message in the context's language (i18n.Printer.T). The rules
// build sentences from parts: an argument that is a plain string (a part
// such as VerifyWithOffice, or one already worded) is looked up too, so a
// part the catalog knows reads in the language; dates and numbers are as
// they are.
func (c Context) T(key string, args ...any) string {
	if !c.Lang.Spanish() {
		return c.Lang.T(key, args...)
	}
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = c.Lang.Text(s)
		}
	}
	// A part that begins with "el" joins "de" and "a" as Spanish does:
	// "antes del vencimiento", not "antes de el".
	return contractions.Replace(c.Lang.T(key, args...))
}

var contractions = strings.NewReplacer(" de el ", " del ", " a el ", " al ")

// Procedure is one INM procedure: its questions and what the answers mean.
type Procedure struct {
	// ID is the stable lowercase id (e.g. "renewal").
	ID      string
	Name    string // English
	Spanish string // as INM names it
	// Summary is one line on what the procedure is for.
	Summary string
	// Triage is one line on when a person needs it ("you hold a consular
	// visa and just entered Mexico").
	Triage    string
	Questions []Question
	// Sources are the DOMAIN.md source ids behind the procedure.
	Sources []string
	// Shared lists the answer keys that a family member filing the same
	// procedure usually shares (e.g. entry_date for a family entering
	// together); the wizard copies them.
	Shared []string
	// AfterCard returns the deadlines a newly received card schedules
	// (R-CASE-NEXT): the next renewal window, the four-year date. nil when
	// the card never expires or the procedure yields no card.
	AfterCard func(a Answers, newExpiry Date, c Context) []Deadline
	// AfterFiled returns the procedure's own dates that follow the filing
	// date the user records on the case (e.g. INM's answer to a
	// notification, R-NOTIFY-FEE); nil when there are none.
	AfterFiled func(a Answers, filed Date, c Context) []Deadline
	// Regularising reports whether a case filed on filed is a
	// regularisation (e.g. a renewal filed after the card expired), whose
	// decision date carries the note of R-CASE-DECIDE; nil means never.
	Regularising func(a Answers, filed Date) bool
	// ProgressWarnings, when set, are the procedure's own warnings about
	// its answers given the case's progress (an exit permit asked at an
	// appointment later than the day planned); Warnings adds them.
	ProgressWarnings func(a Answers, pr Progress, c Context) []string
	// SecondPayment marks a procedure paid twice (R-PAY-TWO): a fee to
	// file, then, once approved, the card fee (StageApproved).
	SecondPayment bool
	// Yields is what INM hands over at the end, as the last stage names
	// it ("permit received"): YieldsCard when empty.
	Yields string
	// Aliases are former answer keys still accepted, so stored cases keep
	// working: Canonical moves each to its new key.
	Aliases []Alias
	// Retired are questions no longer asked nor used, whose stored answers
	// are still accepted so that stored and exported cases stay valid
	// (e.g. financially_dependent, dropped by R-STATUS-2Y).
	Retired []Question
	// evaluate computes the outcome of complete, valid answers.
	evaluate func(a Answers, c Context) Outcome
}

// Alias is a former answer key (From) now asked under another (To).
type Alias struct {
	From, To string
	// Note is shown with the outcome while a case answers From but not To:
	// what differs between the two, and what to type.
	Note string
}

// Canonical returns a with each alias key (Procedure.Aliases) moved to its
// new key, unless that key is answered already; a itself when it holds no
// alias key. The case layer may store the result to migrate old cases.
func (p *Procedure) Canonical(a Answers) Answers {
	var out Answers
	for _, al := range p.Aliases {
		v, old := a[al.From]
		if !old {
			continue
		}
		if out == nil {
			out = a.Clone()
		}
		delete(out, al.From)
		if _, has := out[al.To]; !has {
			out[al.To] = v
		}
	}
	if out == nil {
		return a
	}
	return out
}

// aliasNotes are the notes of the aliases a answers under their old key
// only.
func (p *Procedure) aliasNotes(a Answers) []string {
	var notes []string
	for _, al := range p.Aliases {
		_, old := a[al.From]
		_, now := a[al.To]
		if old && !now && al.Note != "" {
			notes = append(notes, al.Note)
		}
	}
	return notes
}

// accepted reports whether k is an answer key p takes: a question (a
// former or retired one included) or a person key.
func (p *Procedure) accepted(k string) bool {
	_, ok := p.Question(k)
	return ok || isPersonKey(k)
}

// never is the AskIf of former and retired keys.
func never(Answers) bool { return false }

var catalog = map[string]*Procedure{}

// register adds p to the catalog; every procedure file calls it in init.
func register(p *Procedure) {
	if _, dup := catalog[p.ID]; dup {
		panic("procedures: duplicate id " + p.ID)
	}
	catalog[p.ID] = p
}

// order fixes the catalog's display order; unknown ids sort after, by id.
var order = []string{"canje", "renewal", "status-change", "exit-permit", "notification", "replacement", "work-permit"}

// Catalog returns every procedure in display order.
func Catalog() []*Procedure {
	rank := map[string]int{}
	for i, id := range order {
		rank[id] = i + 1
	}
	out := make([]*Procedure, 0, len(catalog))
	for _, p := range catalog {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		ri, rj := rank[out[i].ID], rank[out[j].ID]
		if ri == 0 {
			ri = len(order) + 1
		}
		if rj == 0 {
			rj = len(order) + 1
		}
		if ri != rj {
			return ri < rj
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Lookup returns the procedure with the given id.
func Lookup(id string) (*Procedure, error) {
	if p, ok := catalog[id]; ok {
		return p, nil
	}
	ids := make([]string, 0, len(catalog))
	for _, p := range Catalog() {
		ids = append(ids, p.ID)
	}
	return nil, problemf("no procedure %q: use one of %v", id, ids)
}

// Question returns the question with the given key. A former key
// (Aliases) gives the question that now takes its answer, under the
// former key; a retired key its old question: both are never asked, so
// the interview skips them while importers and Validate still take their
// stored answers.
func (p *Procedure) Question(key string) (Question, bool) {
	for _, q := range p.Questions {
		if q.Key == key {
			return q, true
		}
	}
	for _, al := range p.Aliases {
		if al.From != key {
			continue
		}
		for _, q := range p.Questions {
			if q.Key == al.To {
				q.Key, q.AskIf, q.Optional = al.From, never, true
				q.Condition = "former key, read as " + al.To + "; not asked"
				return q, true
			}
		}
	}
	for _, q := range p.Retired {
		if q.Key == key {
			q.AskIf, q.Optional = never, true
			return q, true
		}
	}
	return Question{}, false
}

// Asked returns the questions asked given the answers so far, in order.
func (p *Procedure) Asked(a Answers) []Question {
	a = p.Canonical(a)
	var out []Question
	for _, q := range p.Questions {
		if q.Asked(a) {
			out = append(out, q)
		}
	}
	return out
}

// Next returns the first asked question that has no answer yet; ok is false
// when the interview is complete.
func (p *Procedure) Next(a Answers) (q Question, ok bool) {
	a = p.Canonical(a)
	for _, q := range p.Asked(a) {
		if _, answered := a[q.Key]; !answered {
			return q, true
		}
	}
	return Question{}, false
}

// Answer validates one raw answer for key given the other answers and
// returns its stored form. The error names the key and says what to type.
func (p *Procedure) Answer(key, raw string, a Answers) (string, error) {
	q, ok := p.Question(key)
	if !ok {
		return "", problemf("%s is not a question of %s", key, p.ID)
	}
	v, err := q.Normalize(raw)
	if err != nil {
		return "", err
	}
	a = p.Canonical(a)
	if q.Check != nil && v != "" {
		if err := q.Check(v, a); err != nil {
			return "", problemf("%s: %w", key, err)
		}
	}
	return v, nil
}

// AnswerOn is Answer with the question's date bound checked against today
// (Question.Bound): a birth or an entry after today, or a departure before
// it, is refused with a message that says what to type. Front-ends call it
// as the user types a value; a zero today skips the bound.
func (p *Procedure) AnswerOn(key, raw string, a Answers, today Date) (string, error) {
	v, err := p.Answer(key, raw, a)
	if err != nil || v == "" {
		return v, err
	}
	q, _ := p.Question(key)
	return v, q.CheckBound(v, today)
}

// futureFact is the first answered NotAfterToday date of a that is after
// today, as an error saying what to type; nil when there is none.
func (p *Procedure) futureFact(a Answers, today Date) error {
	for _, q := range p.Asked(a) {
		if q.Bound != NotAfterToday {
			continue
		}
		if err := q.CheckBound(a[q.Key], today); err != nil {
			return err
		}
	}
	return nil
}

// AnswerWarning returns the warning to show beside a valid stored answer
// to key, given the other answers and the context (Question.Warn), or ""
// when there is none. Front-ends call it after Answer accepts the value,
// e.g. at the exit permit's return date (R-EXIT-STAY).
func (p *Procedure) AnswerWarning(key, value string, a Answers, c Context) string {
	q, ok := p.Question(key)
	if !ok || q.Warn == nil || value == "" {
		return ""
	}
	return q.Warn(value, a, c)
}

// Validate checks a whole set of answers: every asked question answered
// and valid, no unknown key. It returns the first problem, naming its key.
func (p *Procedure) Validate(a Answers) error {
	for k := range a {
		if !p.accepted(k) {
			return problemf("%s is not a question of %s (see `tramite procedures show %s`)", k, p.ID, p.ID)
		}
	}
	// An alias answered beside its new key is not checked: the new one
	// wins (Canonical).
	a = p.Canonical(a)
	for _, q := range p.Asked(a) {
		raw, answered := a[q.Key]
		if !answered && !q.Optional {
			return problemf("%s: an answer is needed (%s)", q.Key, q.Prompt)
		}
		if _, err := p.Answer(q.Key, raw, a); err != nil {
			return err
		}
	}
	return nil
}

// Evaluate computes the outcome of the answers. With incomplete answers the
// verdict is Incomplete and the outcome holds what is already known.
func (p *Procedure) Evaluate(a Answers, c Context) Outcome {
	if err := p.Validate(a); err != nil {
		return Outcome{Verdict: Verdict{Status: Incomplete, Reason: err.Error()}}
	}
	out := p.evaluate(p.Canonical(a), c)
	out.Notes = append(p.aliasNotes(a), out.Notes...)
	if err := p.futureFact(p.Canonical(a), c.Today); err != nil && out.Verdict.Status != Incomplete {
		// The dates stay what the answers give (they are indexed once);
		// only the verdict waits for a real date, saying in words which
		// (issue 21: "visa issue date", never visa_issue_date).
		out.Verdict = Verdict{Status: Incomplete, Reason: MessageIn(c.Lang, keysInWords(err))}
	}
	if out.Verdict.Status == NotEligible {
		routeOnly(&out)
	}
	return out
}

// routeOnly strips a case that does not apply of its filing checklist,
// steps and fee: they belong to a procedure the person cannot file, and
// beside "start again at a consulate" they mislead (issue 13). What is
// left is the verdict's reason and route, the dates (the index keeps
// them) and the notes.
func routeOnly(out *Outcome) {
	out.Documents = nil
	out.Steps = []string{insteadPrefix + out.Verdict.Route}
	out.Fee = Fee{Text: "No fee for this procedure as answered; the route named above has its own: " + VerifyWithOffice, Rule: "D-FEE"}
}

// insteadPrefix begins the one step of a case that does not apply: the
// route to take instead.
const insteadPrefix = "Instead: "

// PersonKeys are the personal answer keys shared by all of a person's
// cases (issue 9): accepted alongside any procedure's own keys.
var PersonKeys = []string{"nationality", "passport_number", "birth_date", "address", "phone", "email", "office"}

func isPersonKey(k string) bool {
	for _, pk := range PersonKeys {
		if pk == k {
			return true
		}
	}
	return false
}
