package procedures

import (
	"fmt"
	"strings"
)

// letterWriter collects what the letters of one case need, noting every
// missing key instead of stopping at the first, so the user learns them all
// at once.
type letterWriter struct {
	p       *Procedure
	a       Answers
	person  LetterPerson
	c       Context
	pr      Progress
	missing []string
}

func newLetterWriter(p *Procedure, a Answers, person LetterPerson, c Context) *letterWriter {
	// A person key answered on the case stands in for the person's own
	// record, never the other way round.
	fill := func(dst *string, key string) {
		if strings.TrimSpace(*dst) == "" {
			*dst = strings.TrimSpace(a[key])
		}
	}
	fill(&person.Nationality, "nationality")
	fill(&person.PassportNumber, "passport_number")
	fill(&person.Address, "address")
	fill(&person.Phone, "phone")
	fill(&person.Email, "email")
	fill(&person.Office, "office")
	if person.BirthDate.IsZero() {
		person.BirthDate = a.Date("birth_date")
	}
	return &letterWriter{p: p, a: a, person: person, c: c}
}

// note records key as missing (once).
func (w *letterWriter) note(key string) {
	for _, k := range w.missing {
		if k == key {
			return
		}
	}
	w.missing = append(w.missing, key)
}

// given returns v trimmed, noting key as missing when v is empty.
func (w *letterWriter) given(key, v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		w.note(key)
	}
	return v
}

// need returns the case's answer under key, noting it when absent.
func (w *letterWriter) need(key string) string { return w.given(key, w.a[key]) }

// needDate returns the answer under key as a Spanish date (FormatSpanish),
// noting it when absent or not a date.
func (w *letterWriter) needDate(key string) string {
	d := w.a.Date(key)
	if d.IsZero() {
		w.note(key)
		return ""
	}
	return FormatSpanish(d)
}

// err returns the *MissingError of everything noted, person keys first in
// PersonKeys order, or nil.
func (w *letterWriter) err() error {
	if len(w.missing) == 0 {
		return nil
	}
	var keys []string
	for _, k := range append([]string{"name"}, PersonKeys...) {
		for _, m := range w.missing {
			if m == k {
				keys = append(keys, k)
			}
		}
	}
	for _, m := range w.missing {
		if !IsPersonKey(m) {
			keys = append(keys, m)
		}
	}
	return &MissingError{Procedure: w.p.ID, Keys: keys}
}

// identity is the applicant's name, nationality and passport (R-LETTER-WHAT),
// noting what is missing: "Ana López, de nacionalidad canadiense, con
// pasaporte número X".
func (w *letterWriter) identity() string {
	s := w.given("name", w.person.Name) +
		", " + w.nationality() +
		", con pasaporte número " + w.given("passport_number", w.person.PassportNumber)
	if !w.person.BirthDate.IsZero() {
		s += ", con fecha de nacimiento " + FormatSpanish(w.person.BirthDate)
	}
	return s
}

// nationality words the person's nationality in Spanish ("de nacionalidad
// canadiense", "nacional de Francia"), noting the key when it is missing or
// names no country tramite can write in Spanish.
func (w *letterWriter) nationality() string {
	v := w.given("nationality", w.person.Nationality)
	if v == "" {
		return "de nacionalidad "
	}
	s, ok := SpanishNationality(v)
	if !ok {
		w.note("nationality")
		return "de nacionalidad " + v
	}
	return s
}

// domicile is the domicile for notifications (R-LETTER-WHAT).
func (w *letterWriter) domicile() string {
	return "señalando como domicilio para oír y recibir notificaciones el ubicado en " +
		w.given("address", w.person.Address)
}

// contact is the optional sentence with the phone and e-mail, "" when
// neither was given.
func (w *letterWriter) contact() string {
	var parts []string
	if p := strings.TrimSpace(w.person.Phone); p != "" {
		parts = append(parts, "en el teléfono "+p)
	}
	if e := strings.TrimSpace(w.person.Email); e != "" {
		parts = append(parts, "en el correo electrónico "+e)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Para cualquier comunicación sobre este trámite, pueden localizarme " + strings.Join(parts, " y ") + "."
}

// frame is the part every letter shares: the dateline at the office's city
// and the authority addressed (R-LETTER-WHAT, R-LETTER-INM).
func (w *letterWriter) frame(kind, doc, title, subject string) Letter {
	office := w.given("office", w.person.Office)
	return Letter{
		Kind: kind, Doc: doc, Title: title,
		Place: office + ", a " + FormatSpanish(w.c.Today),
		To: []string{
			"Instituto Nacional de Migración",
			"Oficina de Representación en " + office,
			"Presente",
		},
		Subject: "Asunto: " + subject,
		Closing: "Atentamente,",
		Signers: []Signer{{Name: w.person.Name}},
		Rules:   []string{"R-LETTER-WHAT", "R-LETTER-INM", doc},
	}
}

// request is an escrito libre in the applicant's own name: the frame, the
// opening with identity and domicile, the facts and request, the contact
// line, the documents enclosed (R-CASE-COPIES) and the signature.
func (w *letterWriter) request(kind, doc, title, subject string, body ...string) Letter {
	l := w.frame(kind, doc, title, subject)
	l.Paragraphs = append(l.Paragraphs,
		"Yo, "+w.identity()+", "+ownRight+" y "+w.domicile()+
			", comparezco respetuosamente ante esa Oficina de Representación para exponer y solicitar lo siguiente:")
	l.Paragraphs = append(l.Paragraphs, body...)
	if f := w.fileNumbers(); f != "" {
		l.Paragraphs = append(l.Paragraphs, f)
	}
	if c := w.contact(); c != "" {
		l.Paragraphs = append(l.Paragraphs, c)
	}
	l.Paragraphs = append(l.Paragraphs, w.enclosed(doc),
		"Agradezco de antemano la atención que se sirva dar a esta solicitud.")
	return l
}

// fileNumbers is the sentence with the número de pieza of the online form
// (R-FORM-PIEZA) and the NUT, when the case records them; "" otherwise.
func (w *letterWriter) fileNumbers() string {
	var parts []string
	if p := strings.TrimSpace(w.pr.Pieza); p != "" {
		parts = append(parts, "el número de pieza "+p+" del formato de solicitud")
	}
	if n := strings.TrimSpace(w.pr.NUT); n != "" && !strings.Contains(w.a["nut"], n) {
		parts = append(parts, "el Número Único de Trámite (NUT) "+n)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Este trámite tiene " + strings.Join(parts, " y ") + "."
}

// enclosed is the request's line on the documents enclosed, originals
// shown and plain copies handed in (R-LETTER-WHAT, R-CASE-COPIES): the
// case's checklist in Spanish, without the letter itself (doc); the
// general line when the checklist is empty.
func (w *letterWriter) enclosed(doc string) string {
	var names []string
	for _, d := range w.p.Evaluate(w.a, w.c).Documents {
		if d.ID == doc || d.ID == "D-LETTER" || d.ID == "D-EXIT-FORCE" {
			continue
		}
		if n := spanishDocName(d); n != "" {
			names = append(names, fmt.Sprintf("%d) %s", len(names)+1, n))
		}
	}
	if len(names) == 0 {
		return enclosure
	}
	return "Acompaño a este escrito, en original para cotejo y en copia simple, los documentos siguientes: " + strings.Join(names, "; ") + "."
}

// spanishDocName is a checklist line as the letter names it: the Spanish
// name INM uses, or tramite's Spanish wording of lines DOMAIN.md names in
// English only; "" leaves the line out.
func spanishDocName(d Document) string {
	switch d.ID {
	case "D-EXIT-TRAVEL":
		return "Copia del itinerario de viaje"
	case "D-EXIT-STATUS":
		return "Copia del documento que acredita el estado de mi trámite, con su Número Único de Trámite"
	case "D-EXIT-PROOF":
		return "Documento que acredita la causa de fuerza mayor"
	case "D-LINK":
		if d.Spanish == "" {
			return "Documento que acredita el concubinato"
		}
	}
	return d.Spanish
}

// ownRight and byGuardian say who acts for the applicant: an adult on
// their own behalf, a minor through a parent or guardian (R-RENEW-INPERSON).
const (
	ownRight   = "por mi propio derecho"
	byGuardian = "por conducto de mi madre, mi padre o mi tutor, quien firma este escrito,"
)

// enclosure is the request's line on the documents enclosed, originals
// shown and plain copies handed in (R-LETTER-WHAT, R-CASE-COPIES).
const enclosure = "Acompaño a este escrito los documentos que el trámite requiere, en original para cotejo y en copia simple."

// withEnclosure replaces the enclosure line of l (enclosed) with text.
func withEnclosure(l Letter, text string) Letter {
	for i, p := range l.Paragraphs {
		if strings.HasPrefix(p, "Acompaño a este escrito") {
			l.Paragraphs[i] = text
		}
	}
	return l
}

// underOath marks l as made bajo protesta de decir verdad.
func underOath(l Letter) Letter {
	l.Oath = true
	return l
}

// choiceLabel returns the Spanish wording of the answer under key from
// labels, noting key when it is absent; an answer not in labels is noted
// too, since the letter cannot word it.
func (w *letterWriter) choiceLabel(key string, labels map[string]string) string {
	v := w.need(key)
	if v == "" {
		return ""
	}
	l, ok := labels[v]
	if !ok {
		w.note(key)
	}
	return l
}

// sentence ends s, a text the user typed, with a full stop unless it
// already ends with one (an address ending "Qro.").
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}
