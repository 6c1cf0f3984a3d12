package wizard

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"tramite/procedures"
)

// recorder collects what RunAccessible saves and removes, in order.
type recorder struct{ log []string }

func (r *recorder) save(k, v string) error { r.log = append(r.log, k+"="+v); return nil }
func (r *recorder) remove(k string) error  { r.log = append(r.log, "-"+k); return nil }

func TestAccessiblePipedAnswers(t *testing.T) {
	tests := map[string]struct {
		input   string
		prev    procedures.Answers
		wantLog []string
		wantErr error
		wantOut []string
	}{
		"a bad date is refused and asked again": {
			input:   "next week\n15/03/2026\n1\nACME\n2\n\n\n",
			wantLog: []string{"entry_date=2026-03-15", "has_job=yes", "employer=ACME", "route=permanente", "children="},
			wantOut: []string{"Test procedure · Step 1 of about 5", "When did you enter Mexico?", "is not a date: type a date as 2026-03-15",
				"1. Temporary resident", "Review your answers: Test procedure", "3. Who is the employer?: ACME"},
		},
		"choices by id or label as well as number": {
			input:   "2026-03-15\nno\npermanent resident\n3\n",
			wantLog: []string{"entry_date=2026-03-15", "has_job=no", "route=permanente", "children=3"},
		},
		"input ending early keeps what was saved": {
			input:   "15/03/2026\n",
			wantLog: []string{"entry_date=2026-03-15"},
			wantErr: ErrInputEnded,
		},
		"resume asks only what is missing": {
			input:   "2\n\n",
			prev:    procedures.Answers{"entry_date": "2026-03-15", "has_job": "no", "children": "1"},
			wantLog: []string{"route=permanente"},
			wantOut: []string{"Step 3 of 4"},
		},
		"an edit at the review removes answers no longer asked": {
			input:   "2026-03-15\nyes\nACME\n1\n\n2\n2\n\n",
			wantLog: []string{"entry_date=2026-03-15", "has_job=yes", "employer=ACME", "route=temporal", "children=", "has_job=no", "-employer"},
			wantOut: []string{`Press enter to keep "Yes"`},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var out strings.Builder
			rec := &recorder{}
			got, err := RunAccessible(strings.NewReader(tc.input), &out, testProc(), tc.prev, rec.save, rec.remove, procedures.Context{})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v\noutput:\n%s", err, tc.wantErr, out.String())
			}
			if !reflect.DeepEqual(rec.log, tc.wantLog) {
				t.Fatalf("saved %q, want %q\noutput:\n%s", rec.log, tc.wantLog, out.String())
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			if strings.Contains(out.String(), "\x1b[") {
				t.Errorf("output has escape codes, which screen readers read aloud:\n%q", out.String())
			}
			if tc.wantErr == nil {
				if err := testProc().Validate(got); err != nil {
					t.Errorf("returned answers do not validate: %v", err)
				}
			}
		})
	}
}

func TestDuplicateKeyIsAskedOnce(t *testing.T) {
	p := testProc()
	// A key listed twice (a procedure refactor left both copies).
	p.Questions = append(p.Questions, procedures.Question{Key: "employer", Prompt: "Employer again?", Kind: procedures.KindText,
		AskIf: func(a procedures.Answers) bool { return a.Yes("has_job") }})
	d := newDriver(t, New(p, procedures.Answers{"entry_date": "2026-03-15", "has_job": "yes"}, Options{}))
	d.wantCurrent("employer")
	d.wantView("Step 3 of 5")
	d.answer("ACME")
	d.wantCurrent("route")
}
