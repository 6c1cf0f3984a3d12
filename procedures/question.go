package procedures

import (
	"strconv"
	"strings"
)

// Kind is the kind of answer a question takes.
type Kind int

// The kinds of answer.
const (
	KindText Kind = iota
	KindDate
	KindChoice
	KindYesNo
	KindNumber
)

var kindNames = [...]string{"text", "date", "choice", "yes/no", "number"}

// String returns the kind's name as `tramite procedures show` prints it.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// ParseKind is the inverse of Kind.String.
func ParseKind(s string) (Kind, error) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), nil
		}
	}
	return 0, problemf("unknown kind %q: use one of %s", s, strings.Join(kindNames[:], ", "))
}

// Choice is one option of a KindChoice question. ID is the stored answer:
// a lowercase id that is part of the public contract.
type Choice struct {
	ID    string
	Label string
}

// YesNo are the choices of every KindYesNo question.
var YesNo = []Choice{{"yes", "Yes"}, {"no", "No"}}

// Answers maps a question's stable key to its normalised answer: dates as
// ISO YYYY-MM-DD, choices as their lowercase id, yes/no as "yes" or "no".
type Answers map[string]string

// Date returns the answer under key as a Date (zero when absent or bad).
func (a Answers) Date(key string) Date {
	d, err := ParseDate(a[key])
	if err != nil {
		return Date{}
	}
	return d
}

// Yes reports whether the answer under key is "yes".
func (a Answers) Yes(key string) bool { return a[key] == "yes" }

// Clone returns a copy of a.
func (a Answers) Clone() Answers {
	c := make(Answers, len(a))
	for k, v := range a {
		c[k] = v
	}
	return c
}

// Question is one step of an interview.
type Question struct {
	// Key is the stable answer key: part of the public contract.
	Key string
	// Prompt is the question in English, with the Spanish term INM uses in
	// parentheses where there is one.
	Prompt string
	// Help explains the question: where to find the answer on a document.
	Help string
	Kind Kind
	// Choices lists the options of KindChoice (KindYesNo uses YesNo, or
	// NoYes when "no" is the likelier answer).
	Choices []Choice
	// Optional questions may be skipped with an empty answer.
	Optional bool
	// AskIf decides from earlier answers whether the question is asked; nil
	// means always. Condition says the same in words, for `procedures show`.
	AskIf     func(Answers) bool
	Condition string
	// Check validates a well-formed answer against the other answers (e.g.
	// an expiry before the first card). It returns a message that names
	// what to type instead. nil means no extra check.
	Check func(value string, a Answers) error
	// Bound limits a date answer relative to today (impossible dates, issue
	// 13): a fact that has happened is not after today, a plan not before.
	// Procedure.AnswerOn checks it as the user types; Evaluate re-checks
	// NotAfterToday, so a stored future fact gives no verdict.
	Bound DateBound
	// Warn, when set, words a warning on a valid answer that the user
	// should see at once, without refusing it (e.g. a planned return after
	// the exit permit's stay, R-EXIT-STAY); "" when there is none.
	// Procedure.AnswerWarning calls it.
	Warn func(value string, a Answers, c Context) string
}

// Asked reports whether q is asked given the answers so far.
func (q Question) Asked(a Answers) bool { return q.AskIf == nil || q.AskIf(a) }

// Options returns the choices offered: Choices, or YesNo for KindYesNo.
// A yes/no question offers Yes before No everywhere (the interview, the
// accessible mode's numbers, `procedures show`), whatever order its
// Choices list: one that lists NoYes has "no" as the likelier answer,
// which Likely gives for the interview to highlight first, so a quick
// enter does not answer "yes".
func (q Question) Options() []Choice {
	if q.Kind != KindYesNo {
		return q.Choices
	}
	if len(q.Choices) == 0 {
		return YesNo
	}
	out := make([]Choice, 0, len(q.Choices))
	for _, id := range []string{"yes", "no"} {
		for _, c := range q.Choices {
			if c.ID == id {
				out = append(out, c)
			}
		}
	}
	return out
}

// Likely is the choice to highlight before an answer is given: the first
// that Choices lists when that is not also the first offered ("no" for a
// question listing NoYes); "" otherwise.
func (q Question) Likely() string {
	if q.Kind == KindYesNo && len(q.Choices) > 0 && q.Choices[0].ID != q.Options()[0].ID {
		return q.Choices[0].ID
	}
	return ""
}

// NoYes are the choices of a yes/no question whose usual answer is no.
var NoYes = []Choice{{"no", "No"}, {"yes", "Yes"}}

// Normalize checks one raw answer by its kind and returns the stored form:
// an ISO date, a choice id, a trimmed text. The error says what to type.
// It does not run Check; Procedure.Answer does both.
func (q Question) Normalize(raw string) (string, error) {
	v := strings.TrimSpace(raw)
	if v == "" {
		if q.Optional {
			return "", nil
		}
		return "", problemf("%s: an answer is needed", q.Key)
	}
	switch q.Kind {
	case KindDate:
		d, err := ParseDate(v)
		if err != nil {
			return "", problemf("%s: %w", q.Key, err)
		}
		return d.String(), nil
	case KindChoice, KindYesNo:
		low := strings.ToLower(v)
		if q.Kind == KindYesNo {
			switch low {
			case "y", "si", "sí", "true":
				low = "yes"
			case "n", "false":
				low = "no"
			}
		}
		var ids []string
		for _, c := range q.Options() {
			if c.ID == low {
				return c.ID, nil
			}
			ids = append(ids, c.ID)
		}
		return "", problemf("%s: %q is not an option: type one of %s", q.Key, v, strings.Join(ids, ", "))
	case KindNumber:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return "", problemf("%s: %q is not a number: type a whole number such as 2", q.Key, v)
		}
		return strconv.Itoa(n), nil
	default:
		if len(v) > 500 {
			return "", problemf("%s: the answer is %d characters long: keep it under 500", q.Key, len(v))
		}
		return v, nil
	}
}

// DateBound limits a date answer relative to today.
type DateBound int

// The bounds of a date answer.
const (
	// AnyDate: past or future.
	AnyDate DateBound = iota
	// NotAfterToday: a fact that has already happened (a birth, an entry,
	// a document issued, a filing).
	NotAfterToday
	// NotBeforeToday: a plan (a departure); checked only as it is typed,
	// since a stored plan becomes past with time.
	NotBeforeToday
)

// CheckBound refuses a stored date answer v that breaks q's Bound on
// today, with a message that says what to type; a zero today or an
// unparsable v is not checked.
func (q Question) CheckBound(v string, today Date) error {
	d := parsedOrZero(v)
	if q.Kind != KindDate || today.IsZero() || d.IsZero() {
		return nil
	}
	switch {
	case q.Bound == NotAfterToday && d.After(today):
		return problemf("%s: %s is after today (%s), and this date has already happened: type it as printed on the document, on or before %s", q.Key, d, today, today)
	case q.Bound == NotBeforeToday && d.Before(today):
		return problemf("%s: %s is before today (%s): type the planned date, today or later", q.Key, d, today)
	}
	return nil
}
