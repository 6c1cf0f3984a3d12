package cli

import (
	"fmt"
	"io"
	"strconv"
)

// The JSON of a list of built rows: the oracle the streamed `cases --json`
// (casesJSONWriter.addSummary) is held to, row by row.

// writeCasesJSON prints rows as a JSON array (see casesJSONWriter).
func writeCasesJSON(w io.Writer, rows []caseJSON) error {
	jw := newCasesJSONWriter(w)
	for _, r := range rows {
		if err := jw.add(r); err != nil {
			return err
		}
	}
	return jw.close()
}

// add prints one case.
func (jw *casesJSONWriter) add(r caseJSON) error {
	buf := jw.buf[:0]
	if jw.n > 0 {
		buf = append(buf, ',')
	}
	jw.n++
	buf = append(buf, "\n  {\"case\":"...)
	buf = strconv.AppendUint(buf, r.Case, 10)
	buf = append(buf, `,"person_id":`...)
	buf = strconv.AppendUint(buf, r.PersonID, 10)
	buf = appendField(buf, "person", r.Person)
	buf = appendField(buf, "procedure", r.Procedure)
	buf = appendField(buf, "stage", r.Stage)
	if n := r.Next; n != nil {
		buf = append(buf, `,"next":{"date":`...)
		buf = appendJSONString(buf, n.Date)
		if n.ActBy != "" {
			buf = appendField(buf, "act_by", n.ActBy)
		}
		buf = append(buf, `,"days_left":`...)
		buf = strconv.AppendInt(buf, int64(n.DaysLeft), 10)
		buf = appendField(buf, "kind", n.Kind)
		buf = appendField(buf, "title", n.Title)
		if n.Rule != "" {
			buf = appendField(buf, "rule", n.Rule)
		}
		buf = append(buf, `,"done":`...)
		buf = strconv.AppendBool(buf, n.Done)
		buf = appendField(buf, "urgency", n.Urgency)
		buf = append(buf, '}')
	}
	buf = append(buf, '}')
	jw.buf = buf
	if _, err := jw.bw.Write(buf); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}
