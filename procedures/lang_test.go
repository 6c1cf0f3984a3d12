package procedures

import (
	"testing"

	"tramite/i18n"
)

var es = i18n.For(i18n.Spanish)

// TestQuestionsInSpanish: every question of every procedure (prompt, help,
// condition, choices), its summary and triage have their Spanish, and
// localizing keeps the keys and choice ids.
func TestQuestionsInSpanish(t *testing.T) {
	need := func(where, s string) {
		if s != "" && !es.Has(s) {
			t.Errorf("%s: no Spanish for %q", where, s)
		}
	}
	for _, p := range Catalog() {
		need(p.ID+" summary", p.Summary)
		need(p.ID+" triage", p.Triage)
		for _, q := range p.Questions {
			need(p.ID+"."+q.Key+" prompt", q.Prompt)
			need(p.ID+"."+q.Key+" help", q.Help)
			need(p.ID+"."+q.Key+" condition", q.Condition)
			for _, c := range q.Options() {
				if c.Label != "No" {
					need(p.ID+"."+q.Key+" choice "+c.ID, c.Label)
				}
			}
			lq := q.Localized(es)
			if lq.Key != q.Key || lq.Kind != q.Kind || len(lq.Options()) != len(q.Options()) {
				t.Errorf("%s.%s: localizing changed the question's shape", p.ID, q.Key)
			}
			for i, c := range lq.Options() {
				if c.ID != q.Options()[i].ID {
					t.Errorf("%s.%s: choice id %q became %q", p.ID, q.Key, q.Options()[i].ID, c.ID)
				}
			}
		}
	}
}

func TestMessageIn(t *testing.T) {
	_, err := ParseDate("30/02/2026")
	if got, want := MessageIn(es, err), `"30/02/2026" no existe: febrero de 2026 tiene 28 días: escriba un día del 1 al 28`; got != want {
		t.Errorf("MessageIn = %q, want %q", got, want)
	}
	if got := MessageIn(nil, err); got != err.Error() {
		t.Errorf("English MessageIn = %q, want the error's own %q", got, err.Error())
	}
	p, _ := Lookup("renewal")
	_, err = p.Answer("card_type", "green", Answers{})
	if got, want := MessageIn(es, err), `card_type: "green" no es una opción: escriba una de temporary, permanent-minor`; got != want {
		t.Errorf("MessageIn = %q, want %q", got, want)
	}
}

func TestTitleIn(t *testing.T) {
	for in, want := range map[string]string{
		"Appointment at the INM office at 10:00, INM Mérida":                              "Cita en la oficina del INM a las 10:00, INM Mérida",
		"Appointment at the INM office, Querétaro":                                        "Cita en la oficina del INM, Querétaro",
		"Renewal window closes: the card expires; the renewal must be registered by then": "Cierra el periodo de renovación: la tarjeta vence; la renovación debe registrarse a más tardar ese día",
		"A title nobody translated":                                                       "A title nobody translated",
	} {
		if got := TitleIn(es, in); got != want {
			t.Errorf("TitleIn(%q) = %q, want %q", in, got, want)
		}
		if got := TitleIn(nil, in); got != in {
			t.Errorf("English TitleIn changed %q to %q", in, got)
		}
	}
}

// TestContextContractions: "de" and "a" before a part beginning with
// "el" contract, as Spanish writes them.
func TestContextContractions(t *testing.T) {
	c := Context{Lang: es}
	got := c.T("The %d days before %s (%s) begin on %s counting %s as day 1 (used here, the safe day); another reading begins them on %s (R-DAYS-CAL).",
		30, "the expiry", MustDate("2027-03-15"), MustDate("2027-02-14"), "the expiry", MustDate("2027-02-13"))
	want := "Los 30 días antes del vencimiento (2027-03-15) empiezan el 2027-02-14 contando el vencimiento como día 1 (lo que se usa aquí, el día seguro); otra lectura los empieza el 2027-02-13 (R-DAYS-CAL)."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
