package procedures

import (
	"strconv"
	"strings"
	"sync"
)

// The text for the form's "Comentarios" box (R-FORM-COMMENTS): the
// documents handed in, by their Spanish names from the checklist, and for
// a change of status the route stated expressly.

// guideSpanishNames are tramite's own Spanish wording for checklist lines
// DOMAIN.md gives no Spanish name (R-EXIT-DOCS lines; the proof of a
// concubinage). They are written by the project, not INM's names: the
// guide says so.
var guideSpanishNames = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"D-EXIT-TRAVEL": "Copia del itinerario de vuelo (o de otro medio de viaje)",
		"D-EXIT-STATUS": "Copia del documento que muestra el estado de la solicitud, con su Número Único de Trámite (NUT)",
		"D-EXIT-PROOF":  "Comprobante de la emergencia (por ejemplo, constancia médica)",
		"D-EXIT-FORCE":  "Escrito en que se expone la causa de fuerza mayor",
		"D-LINK":        "Documento que acredita el concubinato",
	}
})

// CommentDocument is one document line of the comments text: its Spanish
// name and whether the name is tramite's own wording (no INM name known).
type CommentDocument struct {
	ID      string
	Spanish string
	Own     bool
}

// CommentDocuments returns the Spanish names of the checklist's documents,
// one per document, in the checklist's order.
func CommentDocuments(p *Procedure, a Answers, docs []Document) []CommentDocument {
	out := make([]CommentDocument, 0, len(docs))
	for _, d := range docs {
		cd := CommentDocument{ID: d.ID, Spanish: d.Spanish}
		if cd.Spanish == "" {
			cd.Own = true
			cd.Spanish = guideSpanishNames()[d.ID]
			if cd.Spanish == "" {
				// No wording at all: the English name, for the user to
				// put in Spanish as the office names it.
				cd.Spanish = d.Name
			}
		}
		if d.ID == "D-EXIT-STATUS" && strings.TrimSpace(a["nut"]) != "" {
			cd.Spanish += ": " + strings.TrimSpace(a["nut"])
		}
		out = append(out, cd)
	}
	return out
}

// routeSentence is the route of a change of status stated in Spanish, as
// the covering letter states it; "" for other procedures.
func routeSentence(p *Procedure, a Answers) string {
	if p.ID != "status-change" {
		return ""
	}
	const toPermanent = "Solicito el cambio de condición de estancia de residente temporal a residente permanente"
	switch statusRoute(a) {
	case "four-years":
		return toPermanent + " por la vía de cuatro años consecutivos como residente temporal, con fundamento en el artículo 54, fracción V, de la Ley de Migración."
	case "marriage":
		bond := map[string]string{"spouse": "matrimonial", "concubine": "de concubinato"}[a["link"]]
		rel := map[string]string{"mexican": "una persona de nacionalidad mexicana", "permanent-resident": "una persona residente permanente en México"}[a["relative_status"]]
		if bond == "" || rel == "" {
			return toPermanent + " por la vía del vínculo con una persona de nacionalidad mexicana o residente permanente en México."
		}
		return toPermanent + " por la vía del vínculo " + bond + " con " + rel + "."
	case "pension":
		return toPermanent + " por contar con una pensión o con medios económicos suficientes."
	case "family-unity":
		from := map[string]string{"visitor": "visitante", "temporary": "residente temporal"}[a["current_status"]]
		to := statusSpanish()[a["target"]]
		if from == "" || to == "" {
			return "Solicito el cambio de condición de estancia por la vía de unidad familiar, con fundamento en el artículo 55 de la Ley de Migración."
		}
		return "Solicito el cambio de condición de estancia de " + from + " a " + to + " por la vía de unidad familiar, con fundamento en el artículo 55 de la Ley de Migración."
	}
	return ""
}

// CommentsText is the Spanish text to paste in the form's "Comentarios"
// box: the route of a change of status, then the documents handed in,
// numbered, exactly the checklist's (R-FORM-COMMENTS).
func CommentsText(p *Procedure, a Answers, docs []Document) string {
	var b strings.Builder
	if s := routeSentence(p, a); s != "" {
		b.WriteString(s + "\n")
	}
	b.WriteString("Documentos que se entregan:\n")
	for i, d := range CommentDocuments(p, a, docs) {
		b.WriteString(strconv.Itoa(i+1) + ". " + d.Spanish + "\n")
	}
	return b.String()
}

func guideComments(p *Procedure, a Answers, out Outcome, c Context) (string, GuidePart) {
	part := GuidePart{Key: "comments", Title: "The comments box (Comentarios)"}
	add := func(text, rule string, secondary bool) {
		part.Lines = append(part.Lines, GuideLine{Text: text, Rule: rule, Secondary: secondary})
	}
	if len(out.Documents) == 0 {
		add("The checklist is not ready (the interview is not finished), so the comments text cannot be written yet: finish the interview first.", "R-FORM-COMMENTS", false)
		return "", part
	}
	text := CommentsText(p, a, out.Documents)
	add("List in the form's \"Comentarios\" box the documents you hand in: paste the Spanish text below, which names the checklist's documents.", "R-FORM-COMMENTS", false)
	if p.ID == "status-change" {
		if statusRoute(a) == "four-years" {
			add("For the four-year change the route must be stated expressly in the box: the text's first sentence does it.", "R-FORM-COMMENTS", false)
		} else if routeSentence(p, a) != "" {
			add("The first sentence states the route, as the covering letter does; DOMAIN.md requires it expressly only for the four-year change.", "R-FORM-COMMENTS", false)
		}
	}
	var own, english []string
	for _, d := range CommentDocuments(p, a, out.Documents) {
		if !d.Own {
			continue
		}
		if guideSpanishNames()[d.ID] != "" {
			own = append(own, d.ID)
		} else {
			english = append(english, d.ID)
		}
	}
	if len(own) > 0 {
		add(c.T("INM's Spanish name is not known for %s: the text uses tramite's own wording; %s.", strings.Join(own, ", "), VerifyWithOffice), "R-FORM-COMMENTS", false)
	}
	if len(english) > 0 {
		add(c.T("No Spanish name at all for %s: the text gives it in English; write it as your office names it (%s).", strings.Join(english, ", "), VerifyWithOffice), "R-FORM-COMMENTS", false)
	}
	return text, part
}
