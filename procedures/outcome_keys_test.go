package procedures

import (
	"regexp"
	"strings"
	"testing"

	"tramite/i18n"
)

// answerKeyRe finds a word written like an answer key (departure_date).
var answerKeyRe = regexp.MustCompile(`\b[a-z]+(?:_[a-z]+)+\b`)

// allAnswerKeys are the answer keys of every procedure (former and
// retired ones included) and the personal keys.
func allAnswerKeys() map[string]bool {
	keys := map[string]bool{}
	for _, k := range PersonKeys {
		keys[k] = true
	}
	for _, p := range Catalog() {
		for _, q := range append(append([]Question{}, p.Questions...), p.Retired...) {
			keys[q.Key] = true
		}
		for _, al := range p.Aliases {
			keys[al.From], keys[al.To] = true, true
		}
	}
	return keys
}

// outcomeTexts are the texts of an outcome a person reads, by where they
// come from.
func outcomeTexts(out Outcome, tracked []Deadline) map[string]string {
	texts := map[string]string{
		"verdict reason": out.Verdict.Reason,
		"verdict route":  out.Verdict.Route,
		"fee":            out.Fee.Text,
	}
	for i, s := range out.Steps {
		texts["step "+string(rune('a'+i%26))] = s
	}
	for i, n := range out.Notes {
		texts["note "+string(rune('a'+i%26))] = n
	}
	for _, d := range append(append([]Deadline{}, out.Deadlines...), tracked...) {
		texts["deadline "+d.Key+" title"] = d.Title
		texts["deadline "+d.Key+" note"] = d.Note
	}
	for _, d := range out.Documents {
		texts["document "+d.ID+" note"] = d.Note
		texts["document "+d.ID+" copies"] = d.Copies
	}
	return texts
}

// TestNoAnswerKeyInOutcomes: the outcome notes, reasons, routes, steps and
// dates of every procedure, in both languages, say in words what to type
// ("the date printed on the permit"), never an answer key such as
// permit_date (issue 21), which only the command line's `case set` reads.
// The answers are the catalog's sample walks, each also with every
// optional answer left out (where the estimated dates ask for it), at
// several todays, and tracked at every stage.
func TestNoAnswerKeyInOutcomes(t *testing.T) {
	keys := allAnswerKeys()
	for _, p := range Catalog() {
		for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
			for _, today := range []string{"2026-11-23", "2025-01-10", "2028-06-30"} {
				ctx := Context{Today: MustDate(today), Lang: i18n.For(lang)}
				var sets []Answers
				if p.ID == "canje" {
					// An entry after today: the verdict waits for a
					// real date.
					sets = append(sets, twCanje("2026-09-01", "2026-12-01"))
				}
				for _, a := range sampleAnswerSets(t, p, ctx.Today) {
					sets = append(sets, a)
					bare := a.Clone()
					for _, q := range p.Questions {
						if q.Optional {
							delete(bare, q.Key)
						}
					}
					sets = append(sets, bare)
				}
				for _, a := range sets {
					out := p.Evaluate(a, ctx)
					if out.Verdict.Status == Incomplete && p.Validate(a) != nil {
						// A missing or refused answer: the command
						// line's message, which the interview words
						// (TestNoAnswerKeyInMessages in wizard).
						continue
					}
					var tracked []Deadline
					for _, pr := range []Progress{
						{Stage: StageFiled, FiledDate: ctx.Today},
						{Stage: StageReceived, AppointmentDate: ctx.Today, FiledDate: ctx.Today,
							CorrectionNotice: ctx.Today.AddDays(3), ReceivedDate: ctx.Today.AddDays(20), NewCardExpiry: ctx.Today.AddYears(1)},
					} {
						tracked = append(tracked, Track(p, a, pr, ctx)...)
					}
					for where, text := range outcomeTexts(out, tracked) {
						// Steps and titles are catalog ids the
						// front-ends word: read them in the language too.
						for _, k := range answerKeyRe.FindAllString(text+" "+ctx.Lang.Text(text), -1) {
							if keys[k] {
								t.Errorf("%s (%s, today %s) %s names the answer key %s: %q", p.ID, lang, today, where, k, firstLine(text))
							}
						}
					}
				}
			}
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
