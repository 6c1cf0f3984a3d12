package export

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/record"
)

// The JSON format, version 1.
//
// A tramite JSON file is one object:
//
//	{
//	  "format": "tramite",          // always "tramite"
//	  "version": 1,                 // this format; Import refuses others
//	  "exported": "2026-11-23",     // the day of the export (informative)
//	  "rules_checked": "2026-11-23",// procedures.RulesChecked (informative)
//	  "people": [Person...],
//	  "cases": [Case...]
//	}
//
// Person:
//
//	{"id": 1, "name": "Ana García", "birth_date": "1990-04-02",
//	 "nationality": "Colombian", "details": {"passport_number": "…"},
//	 "created": "2026-01-05T10:00:00Z", "updated": "…"}
//
// Case:
//
//	{"id": 3, "person": 1, "procedure": "renewal",
//	 "answers": {"card_expiry": "2026-12-26", …},
//	 "progress": {"stage": "booked", "appointment_date": "2026-12-01",
//	              "appointment_time": "10:30", "office": "…", "pieza": "…",
//	              "filed_date": "", "nut": "", "correction_notice": "",
//	              "received_date": "", "new_card_expiry": ""},
//	 "ticks": ["D-FORM", "D-PASS"], "notes": "…",
//	 "created": "…", "updated": "…",
//	 "verdict": {…}, "deadlines": [{…}]}
//
// Rules of the format:
//   - "uid" (optional) is a record's stable unique id, a UUID: importing a
//     file whose uids are already in the database updates those records
//     instead of adding them again.
//   - ids are positive integers unique within the file; a case's "person"
//     is the id of an entry of "people". Import gives every record a new id
//     in the database it imports into, so ids need not match anything there.
//   - dates are ISO "YYYY-MM-DD" (Import also reads the forms
//     procedures.ParseDate accepts); an absent or empty date means not known.
//     Timestamps ("created", "updated") are RFC 3339 and optional.
//   - answers use the procedure's stable answer keys (`tramite procedures
//     show ID`), stored normalised: dates ISO, choices by id, "yes"/"no".
//   - "ticks" lists the document ids ticked off the checklist.
//   - "verdict" and "deadlines" are computed on export for other tools and
//     ignored on import: tramite recomputes them from the answers.
//   - unknown members are refused, so a misspelt key is reported rather than
//     silently dropped. A future format bumps "version".
const (
	// Format is the "format" member of every tramite JSON file.
	Format = "tramite"
	// Version is the version of the format this package writes and reads.
	Version = 1
)

// File is a tramite JSON file (version 1).
type File struct {
	Format       string       `json:"format"`
	Version      int          `json:"version"`
	Exported     string       `json:"exported,omitempty"`
	RulesChecked string       `json:"rules_checked,omitempty"`
	People       []FilePerson `json:"people"`
	Cases        []FileCase   `json:"cases"`
}

// FilePerson is a person in a File.
type FilePerson struct {
	ID          uint64            `json:"id"`
	UID         string            `json:"uid,omitempty"`
	Name        string            `json:"name"`
	BirthDate   string            `json:"birth_date,omitempty"`
	Nationality string            `json:"nationality,omitempty"`
	Details     map[string]string `json:"details,omitempty"`
	Created     string            `json:"created,omitempty"`
	Updated     string            `json:"updated,omitempty"`
}

// FileCase is a case in a File. Verdict and Deadlines are computed on
// export and ignored on import.
type FileCase struct {
	ID        uint64            `json:"id"`
	UID       string            `json:"uid,omitempty"`
	Person    uint64            `json:"person"`
	Procedure string            `json:"procedure"`
	Answers   map[string]string `json:"answers"`
	Progress  FileProgress      `json:"progress"`
	Ticks     []string          `json:"ticks,omitempty"`
	Notes     string            `json:"notes,omitempty"`
	History   []FileEvent       `json:"history,omitempty"` // history.go
	Created   string            `json:"created,omitempty"`
	Updated   string            `json:"updated,omitempty"`
	Verdict   *FileVerdict      `json:"verdict,omitempty"`
	Deadlines []FileDeadline    `json:"deadlines,omitempty"`
}

// FileProgress is a case's progress (procedures.Progress) in a File.
type FileProgress struct {
	Stage            string `json:"stage"`
	AppointmentDate  string `json:"appointment_date,omitempty"`
	AppointmentTime  string `json:"appointment_time,omitempty"`
	Office           string `json:"office,omitempty"`
	Pieza            string `json:"pieza,omitempty"`
	PiezaDate        string `json:"pieza_date,omitempty"`
	PiezaHint        string `json:"pieza_hint,omitempty"`
	FiledDate        string `json:"filed_date,omitempty"`
	NUT              string `json:"nut,omitempty"`
	CorrectionNotice string `json:"correction_notice,omitempty"`
	ReceivedDate     string `json:"received_date,omitempty"`
	NewCardExpiry    string `json:"new_card_expiry,omitempty"`
	FeePaid          string `json:"fee_paid,omitempty"`
	ApprovedDate     string `json:"approved_date,omitempty"`
	CardFeePaid      string `json:"card_fee_paid,omitempty"`
	RefusedDate      string `json:"refused_date,omitempty"`
}

// FileVerdict is the computed verdict of a case (export only).
type FileVerdict struct {
	Status string   `json:"status"`
	From   string   `json:"from,omitempty"`
	Reason string   `json:"reason,omitempty"`
	Route  string   `json:"route,omitempty"`
	Rules  []string `json:"rules,omitempty"`
}

// FileDeadline is one computed deadline of a case (export only).
type FileDeadline struct {
	Key   string `json:"key"`
	Date  string `json:"date"`
	ActBy string `json:"act_by,omitempty"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Note  string `json:"note,omitempty"`
	Rule  string `json:"rule,omitempty"`
	Done  bool   `json:"done,omitempty"`
}

// JSON writes people and the cases in cs as a File, indented. The
// people of the cases are added when missing from people, so a single
// case exports with its person.
func JSON(w io.Writer, people []record.Person, cs []casebook.Detail, ctx procedures.Context) error {
	return JSONFrom(context.Background(), w, Cases(people, cs), ctx)
}

// JSONFrom writes src as a File, one person and one case at a time (the
// bytes json.Encoder with a two-space indent gives for the whole File), so
// a household of 100,000 cases needs the memory of one; it stops when run
// is cancelled.
func JSONFrom(run context.Context, w io.Writer, src Source, ctx procedures.Context) error {
	if err := jsonFrom(run, w, src, ctx); err != nil {
		if run.Err() != nil && errors.Is(err, run.Err()) {
			return err
		}
		return fmt.Errorf("writing the JSON export: %w", err)
	}
	return nil
}

func jsonFrom(run context.Context, w io.Writer, src Source, ctx procedures.Context) error {
	cw := &checkedWriter{w: w}
	bw := bufio.NewWriterSize(cw, 64<<10)
	head := func(key, value string) {
		if value != "" {
			b, _ := json.Marshal(value)
			fmt.Fprintf(bw, "  %q: %s,\n", key, b)
		}
	}
	fmt.Fprintf(bw, "{\n  \"format\": %q,\n  \"version\": %d,\n", Format, Version)
	head("exported", ctx.Today.String())
	head("rules_checked", procedures.RulesChecked)
	n := 0
	item := func(v any) error {
		b, err := json.MarshalIndent(v, "    ", "  ")
		if err != nil {
			return err
		}
		if n == 0 {
			bw.WriteString("\n    ")
		} else {
			bw.WriteString(",\n    ")
		}
		n++
		_, err = bw.Write(b)
		return err
	}
	end := func() {
		if n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]")
		n = 0
	}
	bw.WriteString(`  "people": [`)
	if err := src.EachPerson(func(p record.Person) error {
		if err := run.Err(); err != nil {
			return err
		}
		return item(filePerson(p))
	}); err != nil {
		return err
	}
	end()
	bw.WriteString(",\n  \"cases\": [")
	// The file is the same whatever the user's language: its texts (the
	// verdict's reason, the dates' titles) are the rules' English, for
	// scripts and for import.
	english := ctx
	english.Lang = nil
	if err := eachCase(run, src, src.Len(), func(_ int, v casebook.Detail) error {
		if v.Lang.Spanish() {
			if ev, err := casebook.NewDetail(v.Person, v.Case, english); err == nil {
				v = ev
			}
		}
		return item(fileCase(v))
	}); err != nil {
		return err
	}
	end()
	bw.WriteString("\n}\n")
	if err := bw.Flush(); err != nil {
		return err
	}
	return cw.err
}

func filePerson(p record.Person) FilePerson {
	return FilePerson{ID: p.ID, UID: p.UID, Name: p.Name, BirthDate: p.BirthDate.String(), Nationality: p.Nationality,
		Details: p.Details, Created: stamp(p.Created), Updated: stamp(p.Updated)}
}

func fileCase(v casebook.Detail) FileCase {
	c, pr := v.Case, v.Case.Progress
	answers := c.Answers
	if answers == nil {
		answers = procedures.Answers{}
	}
	var ticks []string
	for _, id := range slices.Sorted(maps.Keys(c.Ticks)) {
		if c.Ticks[id] {
			ticks = append(ticks, id)
		}
	}
	vd := v.Outcome.Verdict
	fc := FileCase{
		ID: c.ID, UID: c.UID, Person: c.PersonID, Procedure: c.Procedure, Answers: answers,
		Progress: FileProgress{
			Stage: string(stageOf(v)), AppointmentDate: pr.AppointmentDate.String(),
			AppointmentTime: pr.AppointmentTime, Office: pr.Office, Pieza: pr.Pieza,
			PiezaDate: pr.PiezaDate.String(), PiezaHint: pr.PiezaHint,
			FiledDate: pr.FiledDate.String(), NUT: pr.NUT, CorrectionNotice: pr.CorrectionNotice.String(),
			ReceivedDate: pr.ReceivedDate.String(), NewCardExpiry: pr.NewCardExpiry.String(),
			FeePaid: pr.FeePaid.String(), ApprovedDate: pr.ApprovedDate.String(), CardFeePaid: pr.CardFeePaid.String(), RefusedDate: pr.RefusedDate.String(),
		},
		History: fileHistory(c.History),
		Ticks:   ticks, Notes: c.Notes, Created: stamp(c.Created), Updated: stamp(c.Updated),
		Verdict: &FileVerdict{Status: vd.Status.String(), From: vd.From.String(), Reason: vd.Reason,
			Route: vd.Route, Rules: vd.Rules},
	}
	for _, d := range v.Deadlines {
		fc.Deadlines = append(fc.Deadlines, FileDeadline{Key: d.Key, Date: d.Date.String(),
			ActBy: d.ActBy.String(), Kind: d.Kind.String(), Title: d.Title, Note: d.Note, Rule: d.Rule, Done: d.Done})
	}
	return fc
}

// stamp formats a timestamp as RFC 3339 in UTC, "" when unset.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
