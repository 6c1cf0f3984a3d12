package cli

import (
	"net/url"
	"strings"
	"testing"

	"tramite/casebook"
	"tramite/procedures"
	"tramite/store"
)

func TestWANumber(t *testing.T) {
	tests := map[string]string{
		"+52 (55) 1234-5678": "525512345678",
		"+1 555 010 0199":    "15550100199",
		"0044 20 7946 0000":  "442079460000",
		"55 1234 5678":       "525512345678", // 10 digits, no country code: Mexico (52)
		"":                   "",
		"123":                "",
	}
	for in, want := range tests {
		if got := waNumber(in); got != want {
			t.Errorf("waNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRemindMessages: R-NOTIFY-90 for Ana, who has an e-mail and a phone,
// 7 days ahead and once missed; the links decode back to the text.
func TestRemindMessages(t *testing.T) {
	db := seedRemindDB(t)
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	v, err := casebook.New(st).Detail(1, procedures.Context{Today: procedures.MustDate("2026-08-24")})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	var notifyDue procedures.Deadline
	for _, d := range v.Deadlines {
		if d.Key == "notify-due" {
			notifyDue = d
		}
	}
	var bring []string
	for _, d := range v.Outcome.Documents {
		bring = append(bring, "- "+d.Name)
	}
	if len(bring) == 0 {
		t.Fatal("the notification has no checklist: the test would check nothing")
	}
	tests := map[string]struct {
		today string
		due   casebook.Due
		days  int
		text  string
	}{
		"7 days ahead: what, by when, what to have ready, the rule": {"2026-08-24", casebook.DueSoon, 7,
			"Hello Ana López,\n\nA reminder about your notification of changes (Notificación de cambios): Notify INM of the change (90 days after it), by 2026-08-31 (Mon), in 7 days.\n\n" +
				"Please have these ready:\n" + strings.Join(bring, "\n") + "\n\n(Rule R-NOTIFY-90; check with your INM office.)"},
		"missed: it says so and asks to get in touch": {"2026-09-03", casebook.DueLate, -3,
			"Hello Ana López,\n\nThe date for your notification of changes (Notificación de cambios) has passed: Notify INM of the change (90 days after it), 2026-08-31 (Mon), 3 days late. " +
				"Please get in touch as soon as you can, so we can see what can still be done.\n\n(Rule R-NOTIFY-90; check with your INM office.)"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			it := casebook.DueItem{CaseID: 1, Person: "Ana López", Procedure: "notification", Deadline: notifyDue, Due: tt.due, Days: tt.days}
			m := newClientMessage(nil, v.Person, v, it, procedures.MustDate(tt.today))
			if m.Text != tt.text {
				t.Errorf("text =\n%s\nwant\n%s", m.Text, tt.text)
			}
			if m.Subject != "Reminder: notification of changes, 2026-08-31 (Mon)" {
				t.Errorf("subject = %q", m.Subject)
			}
			// mailto: the address, then subject and body that decode back.
			mu, err := url.Parse(m.Mailto)
			if err != nil || mu.Scheme != "mailto" || mu.Opaque != "ana@example.org" {
				t.Fatalf("mailto = %q (%v)", m.Mailto, err)
			}
			q, _ := url.ParseQuery(mu.RawQuery)
			if q.Get("subject") != m.Subject || q.Get("body") != m.Text {
				t.Errorf("mailto decodes to subject %q, body %q", q.Get("subject"), q.Get("body"))
			}
			// wa.me: the international digits, the text escaped whole.
			wu, err := url.Parse(m.WhatsApp)
			if err != nil || wu.Host != "wa.me" || wu.Path != "/525512345678" {
				t.Fatalf("whatsapp = %q (%v)", m.WhatsApp, err)
			}
			wq, _ := url.ParseQuery(wu.RawQuery)
			if wq.Get("text") != m.Text {
				t.Errorf("wa.me text decodes to %q", wq.Get("text"))
			}
			for _, link := range []string{m.Mailto, m.WhatsApp} {
				if strings.ContainsAny(link, " +\n(),;") {
					t.Errorf("link has an unescaped space, +, newline or punctuation: %q", link)
				}
			}
		})
	}
	t.Run("no e-mail or phone: no links, and the listing says how to add them", func(t *testing.T) {
		out, _, code := runRemindCLI(t, db, t.TempDir()+"/c.toml", "2027-01-28", "remind", "--messages")
		if code != 1 {
			t.Fatalf("exit %d", code)
		}
		ben := out[strings.Index(out, "Ben Ortiz, renewal"):]
		if strings.Contains(ben, "mailto:") || strings.Contains(ben, "wa.me") || !strings.Contains(ben, "tramite person set NAME email=") {
			t.Errorf("Ben's messages:\n%s", ben)
		}
		if strings.Count(out, "mailto:ana@example.org?") != 1 || strings.Count(out, "https://wa.me/525512345678?text=") != 1 {
			t.Errorf("Ana's links missing:\n%s", out)
		}
	})
	t.Run("--json carries the message", func(t *testing.T) {
		out, _, _ := runRemindCLI(t, db, t.TempDir()+"/c.toml", "2026-08-24", "remind", "--messages", "--json")
		if !strings.Contains(out, `"message": {`) || !strings.Contains(out, `"whatsapp": "https://wa.me/525512345678?text=`) {
			t.Errorf("--json --messages:\n%s", out)
		}
	})
}
