package export

import (
	"strings"

	"tramite/i18n"
)

// sourceNames say in words what each source id of DOMAIN.md's "Sources"
// is, for the packet's sources page (issue 21): a reader cannot look up
// "L-LM" in a file they do not have. Titles and laws keep their own
// names; the rest is translated through the catalog. A site named as a
// source (knr.mx) is its own name.
var sourceNames = map[string]string{
	"S0":       `Mexpro, "Get Your Mexico Residency Card in 1 Hour"`,
	"S1":       "a facilitators' blog (former INM officers), on INM's online appointment system",
	"S2":       "Mexperience, on INM's online appointment system",
	"S3":       `Mexperience, "Residency Assist: Renew Your Residency Card"`,
	"S4":       `BizQro, "Solutions for expats in Mexico", on the exit and re-entry permit`,
	"L-LM":     "Ley de Migración (arts. 52, 54, 55, 59, 63, 128, 130, 146, 158)",
	"L-RLM":    "Reglamento de la Ley de Migración (art. 144)",
	"L-LIN":    "Lineamientos para trámites y procedimientos migratorios (arts. 32, 56)",
	"L-LFPA":   "Ley Federal de Procedimiento Administrativo (arts. 2, 15, 15-A, 28)",
	"L-LFT74":  "Ley Federal del Trabajo, art. 74",
	"L-CAL":    "Calendario Oficial (DOF, 12 Jul 2024)",
	"O-INM820": "gob.mx, INM820: Renovación de documento migratorio",
	"O-INM823": "gob.mx, INM823: Cambio de residente temporal a residente permanente",
	"O-INMFAQ": "gob.mx, INM: preguntas frecuentes para notificar cambios",
	"O-SRE":    "SRE, pages of the embassies and consulates (canje, card terms)",
	"O-VU":     "Ventanilla Única, trámite 330 (canje: 30 calendar days from arrival)",
}

// sourceWords is id in words: "Ley de Migración (arts. …) [L-LM]"; an id
// without a known name is itself.
func sourceWords(l *i18n.Printer, id string) string {
	name, ok := sourceNames[id]
	if !ok {
		return id
	}
	return l.Text(name) + " [" + id + "]"
}

// sourcesInWords lists ids in words, one per line.
func sourcesInWords(l *i18n.Printer, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = "· " + sourceWords(l, id)
	}
	return strings.Join(out, "\n")
}
