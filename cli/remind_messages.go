package cli

import (
	"strings"

	"tramite/casebook"
	"tramite/i18n"
	"tramite/procedures"
	"tramite/record"
)

// clientMessage is what `tramite remind --messages` writes for one due
// date (casebook.ClientMessage: the case view writes the same).
type clientMessage = casebook.ClientMessage

// newClientMessage writes the message for item it, whose case is v, to its
// person p (casebook.NewClientMessage).
func newClientMessage(l *i18n.Printer, p record.Person, v casebook.Detail, it casebook.DueItem, today procedures.Date) clientMessage {
	return casebook.NewClientMessage(l, p, v, it, today)
}

// waNumber is a phone number as wa.me wants it (casebook.WaNumber).
func waNumber(phone string) string { return casebook.WaNumber(phone) }

// clientMessages writes the message of each item, reading the cases and
// their people from the database (read-only, with its office closures).
func (a *app) clientMessages(items []casebook.DueItem, today procedures.Date) ([]clientMessage, error) {
	if len(items) == 0 {
		return nil, nil
	}
	st, err := a.openStore(true)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	ctx, err := a.contextFor(st)
	if err != nil {
		return nil, err
	}
	ctx.Today = today
	book := casebook.New(st)
	details := map[uint64]casebook.Detail{}
	out := make([]clientMessage, len(items))
	for i, it := range items {
		v, ok := details[it.CaseID]
		if !ok {
			if v, err = book.Detail(it.CaseID, ctx); err != nil {
				return nil, err
			}
			details[it.CaseID] = v
		}
		out[i] = newClientMessage(a.lang, v.Person, v, it, today)
	}
	return out, nil
}

// printMessage writes m below its item's line, indented, with its links.
func printMessage(w *errWriter, l *i18n.Printer, m clientMessage) {
	to := []string{}
	if m.Email != "" {
		to = append(to, m.Email)
	}
	if m.Phone != "" {
		to = append(to, m.Phone)
	}
	if len(to) == 0 {
		to = append(to, l.T("no e-mail or phone on file (tramite person set NAME email=... phone=...)"))
	}
	w.printf("%s", l.T("    To: %s\n    Subject: %s\n", strings.Join(to, ", "), m.Subject))
	for _, l := range strings.Split(m.Text, "\n") {
		if l == "" {
			w.printf("    |\n")
			continue
		}
		w.printf("    | %s\n", l)
	}
	for _, link := range []string{m.Mailto, m.WhatsApp} {
		if link != "" {
			w.printf("    %s\n", link)
		}
	}
}
