package procedures

import (
	"sort"
	"strings"
	"sync"
)

// Rule is one entry of the rulebook: a rule, document or source that
// tramite's screens and exports cite by id (R-RENEW-WINDOW, D-PASS,
// L-LM), in the project's own words, so that a clone of the repository
// can look every cited id up (`tramite rules ID`). The entries follow
// the project's rules file (shared/DOMAIN.md, outside the repository);
// TestRulebookAgreesWithDomain checks them against it where it exists.
type Rule struct {
	ID string
	// Text is the rule in English; TextEs in Spanish ("" where it is not
	// written yet: then the English shows).
	Text, TextEs string
	// Confidence is the rules file's word for how sure the rule is: law,
	// official, seeds (the project's founding articles), secondary,
	// contested (sources disagree: tramite takes the safe reading) or
	// derived (from the rules above), sometimes two of them.
	Confidence string
	// Sources name where the rule comes from, in words ("Ley de
	// Migración, art. 59"), not as codes.
	Sources []string
	// Checked is the date the rule was last checked against its sources.
	Checked string
	// Part is the entry of the rules file that holds this one, when it is
	// a part of another (D-EXIT-PROOF is listed under D-EXIT); "" else.
	Part string
}

// TextIn is the rule's text in l's language where it is written in it.
func (r Rule) TextIn(l Localizer) string {
	if l != nil && l.Spanish() && r.TextEs != "" {
		return r.TextEs
	}
	return r.Text
}

// Summary is the first sentence of the rule's text in l's language, for
// one-line lists.
func (r Rule) Summary(l Localizer) string {
	t := r.TextIn(l)
	if i := strings.Index(t, ". "); i > 0 {
		return t[:i+1]
	}
	return t
}

// Localizer is what the rulebook needs of a language: whether it is
// Spanish (i18n.Printer has it).
type Localizer interface{ Spanish() bool }

// Words for the sources the rules cite most (shared/DOMAIN.md "Sources").
const (
	srcLM    = "Ley de Migración"
	srcRLM   = "Reglamento de la Ley de Migración"
	srcLIN   = "Lineamientos para trámites y procedimientos migratorios"
	srcLFPA  = "Ley Federal de Procedimiento Administrativo"
	srcLFT   = "Ley Federal del Trabajo, art. 74 (rest days; reform of 30 Sep 2024)"
	srcCAL   = "Calendario Oficial of the federal government (adds 5 May)"
	src820   = "gob.mx, INM's requirements for a renewal (ficha INM820)"
	src823   = "gob.mx, INM's requirements for temporary to permanent (ficha INM823)"
	srcFAQ   = "gob.mx, INM's questions on notifying changes"
	srcSRE   = "Mexican consulates' pages (SRE)"
	srcVU    = "Ventanilla Única (economia.gob.mx), the canje procedure"
	srcS0    = "Mexpro, on INM's same-day digital cards (founding article)"
	srcS1    = "a blog of former INM officers, on online appointments (founding article)"
	srcS2    = "Mexperience, on INM's online appointments (founding article)"
	srcS3    = "Mexperience, \"Renew Your Residency Card\" (founding article)"
	srcS4    = "BizQro, on the exit and re-entry permit (founding article)"
	srcSheet = "copies of INM's requirement sheets"
)

// rulebook is every entry, in the order of the rules file.
var rulebook = []Rule{
	// Sources.
	{ID: "S0", Text: "Mexpro, \"Get Your Mexico Residency Card in 1 Hour\": INM's digital same-day card issuing. One of the project's founding articles.", TextEs: "Mexpro, sobre la tarjeta de residente el mismo día con el sistema digital del INM. Uno de los artículos fundacionales del proyecto.", Confidence: "seeds", Sources: []string{srcS0}},
	{ID: "S1", Text: "A blog of facilitators who were INM officers, on the online appointment system reinstated on 17 September 2024. One of the project's founding articles.", TextEs: "Un blog de gestores que fueron funcionarios del INM, sobre el sistema de citas en línea restablecido el 17 de septiembre de 2024. Uno de los artículos fundacionales del proyecto.", Confidence: "seeds", Sources: []string{srcS1}},
	{ID: "S2", Text: "Mexperience, on INM's online appointment system (started 2021, suspended August 2022, back September 2024). One of the project's founding articles.", TextEs: "Mexperience, sobre el sistema de citas en línea del INM (inicio en 2021, suspendido en agosto de 2022, de vuelta en septiembre de 2024). Uno de los artículos fundacionales del proyecto.", Confidence: "seeds", Sources: []string{srcS2}},
	{ID: "S3", Text: "Mexperience, \"Residency Assist: Renew Your Residency Card\". One of the project's founding articles.", TextEs: "Mexperience, sobre la renovación de la tarjeta de residente. Uno de los artículos fundacionales del proyecto.", Confidence: "seeds", Sources: []string{srcS3}},
	{ID: "S4", Text: "BizQro, \"Solutions for expats in Mexico\", on the exit and re-entry permit. One of the project's founding articles.", TextEs: "BizQro, sobre el permiso de salida y regreso. Uno de los artículos fundacionales del proyecto.", Confidence: "seeds", Sources: []string{srcS4}},
	{ID: "L-LM", Text: "The Ley de Migración, Mexico's immigration law: art. 52 VII (temporary residence up to 4 years), 54 (permanent residence), 55 (family unity), 59 (30 days for the canje), 63 (notify changes within 90 days), 128 (INM decides within 20 business days), 130 (10 business days to correct), 146 and 158 (fines).", TextEs: "La Ley de Migración: art. 52 VII (residencia temporal hasta 4 años), 54 (residencia permanente), 55 (unidad familiar), 59 (30 días para el canje), 63 (notificar cambios en 90 días), 128 (el INM resuelve en 20 días hábiles), 130 (10 días hábiles para subsanar), 146 y 158 (multas).", Confidence: "law", Sources: []string{srcLM}},
	{ID: "L-RLM", Text: "The Reglamento de la Ley de Migración: art. 144 V (regularising a document expired no more than 60 days); arts. 139, 141, 156, 157 and 160 are known only through paraphrases.", TextEs: "El Reglamento de la Ley de Migración: art. 144 V (regularizar un documento vencido hace no más de 60 días); los arts. 139, 141, 156, 157 y 160 solo se conocen por paráfrasis.", Confidence: "law", Sources: []string{srcRLM}},
	{ID: "L-LIN", Text: "The Lineamientos para trámites y procedimientos migratorios: art. 32 (how long cards are valid), the 2020 DOF acuerdo on temporary card terms, art. 56 (notifications).", TextEs: "Los Lineamientos para trámites y procedimientos migratorios: art. 32 (vigencia de las tarjetas), el acuerdo del DOF de 2020 sobre los plazos de la tarjeta temporal, art. 56 (notificaciones).", Confidence: "law", Sources: []string{srcLIN}},
	{ID: "L-LFPA", Text: "The Ley Federal de Procedimiento Administrativo, which applies to INM's procedures where the migration law is silent: art. 15 (what a written request contains), 15-A (originals and plain copies), 28 (business days).", TextEs: "La Ley Federal de Procedimiento Administrativo, que se aplica a los trámites del INM donde la ley de migración calla: art. 15 (contenido de un escrito), 15-A (originales y copias simples), 28 (días hábiles).", Confidence: "law", Sources: []string{srcLFPA}},
	{ID: "L-LFT74", Text: "Ley Federal del Trabajo, art. 74: the official rest days (1 January, the first Monday of February, the third Monday of March, 1 May, 16 September, the third Monday of November, 1 October every six years from 2024, 25 December).", TextEs: "Ley Federal del Trabajo, art. 74: los días de descanso obligatorio (1 de enero, primer lunes de febrero, tercer lunes de marzo, 1 de mayo, 16 de septiembre, tercer lunes de noviembre, 1 de octubre cada seis años desde 2024, 25 de diciembre).", Confidence: "law", Sources: []string{srcLFT}},
	{ID: "L-CAL", Text: "The federal Calendario Oficial, which federal offices follow: the rest days of the Ley Federal del Trabajo plus 5 May.", TextEs: "El Calendario Oficial federal, que siguen las oficinas federales: los días de descanso de la Ley Federal del Trabajo más el 5 de mayo.", Confidence: "law", Sources: []string{srcCAL}},
	{ID: "O-INM820", Text: "gob.mx's sheet of INM's requirements for renewing a resident card (INM820).", TextEs: "La ficha de gob.mx con los requisitos del INM para renovar una tarjeta de residente (INM820).", Confidence: "official", Sources: []string{src820}},
	{ID: "O-INM823", Text: "gob.mx's sheet of INM's requirements for changing from temporary to permanent resident (INM823).", TextEs: "La ficha de gob.mx con los requisitos del INM para cambiar de residente temporal a permanente (INM823).", Confidence: "official", Sources: []string{src823}},
	{ID: "O-INMFAQ", Text: "gob.mx's page of INM's frequent questions on notifying changes (address, employer, civil status, name, nationality).", TextEs: "La página de gob.mx con las preguntas frecuentes del INM sobre la notificación de cambios (domicilio, empleo, estado civil, nombre, nacionalidad).", Confidence: "official", Sources: []string{srcFAQ}},
	{ID: "O-SRE", Text: "The pages of Mexico's consulates (SRE) on the canje and on how long cards run.", TextEs: "Las páginas de los consulados de México (SRE) sobre el canje y la vigencia de las tarjetas.", Confidence: "official", Sources: []string{srcSRE}},
	{ID: "O-VU", Text: "The Ventanilla Única page of the canje: 30 calendar days from arrival.", TextEs: "La página de la Ventanilla Única sobre el canje: 30 días naturales desde la llegada.", Confidence: "official", Sources: []string{srcVU}},

	// Counting days.
	{ID: "R-DAYS-CAL", Text: "A period of \"N calendar days\" counts every day, weekends and rest days included. Sources disagree on whether the day of the event is day 1 or day 0: tramite takes the safe reading, acting by event + N − 1, and shows event + N as the other reading.", TextEs: "Un plazo de \"N días naturales\" cuenta todos los días, fines de semana y días de descanso incluidos. Las fuentes no coinciden en si el día del hecho es el día 1 o el 0: tramite toma la lectura segura, actuar a más tardar el hecho + N − 1, y muestra hecho + N como la otra lectura.", Confidence: "contested", Sources: []string{srcLM + ", art. 59", "asesoriamigratoriaqro.com", srcSRE}},
	{ID: "R-DAYS-BIZ", Text: "Business days are Monday to Friday, except the rest days of the Ley Federal del Trabajo, 5 May (federal offices close), and the days a DOF acuerdo declares non-working, kept as the office closures you enter.", TextEs: "Los días hábiles son de lunes a viernes, salvo los días de descanso de la Ley Federal del Trabajo, el 5 de mayo (cierran las oficinas federales) y los días que un acuerdo del DOF declara inhábiles, que se guardan como los cierres de oficina que usted captura.", Confidence: "law", Sources: []string{srcLFT, srcCAL, srcLFPA + ", art. 28"}},
	{ID: "R-DAYS-EXAMPLES", Text: "Worked examples of the rest days: a rest day that falls on a weekend is not moved. 2026: 1 Jan, 2 Feb, 16 Mar, 1 May, 16 Sep, 16 Nov, 25 Dec, and 5 May for federal offices.", TextEs: "Ejemplos de los días de descanso: el que cae en fin de semana no se recorre. 2026: 1 ene, 2 feb, 16 mar, 1 may, 16 sep, 16 nov, 25 dic, y el 5 de mayo en las oficinas federales.", Confidence: "law", Sources: []string{srcLFT, srcCAL}},
	{ID: "R-DAYS-LIKELY", Text: "Federal offices usually close on Holy Thursday and Good Friday and for a year-end vacation (taken as 19 December to 6 January). No INM acuerdo was found for 2025 or 2026, so these are likely closures: a deadline you must meet at an office gets an act-by before them; closures you enter for a year replace the guess.", TextEs: "Las oficinas federales suelen cerrar el jueves y viernes santos y en vacaciones de fin de año (del 19 de diciembre al 6 de enero). No se encontró acuerdo del INM para 2025 ni 2026: son cierres probables, y un plazo que usted debe cumplir en una oficina se adelanta antes de ellos; los cierres que usted captura para un año reemplazan la estimación.", Confidence: "secondary", Sources: []string{"ems-ir.com", "ancectd.mx", "cronica.com.mx", "La Jornada (INM closures published in the DOF)"}},
	{ID: "R-DAYS-CLOSED", Text: "When a deadline you must meet at an INM office falls on a day the office is closed, tramite shows the legal date and, as the act-by date, the last business day before it: moving it to the next business day is never the safe reading.", TextEs: "Cuando un plazo que usted debe cumplir en una oficina del INM cae en día inhábil, tramite muestra la fecha legal y, como fecha para actuar, el último día hábil anterior: recorrerlo al día hábil siguiente nunca es la lectura segura.", Confidence: "contested", Sources: []string{"the business days of R-DAYS-BIZ", "idconline.mx (on another law)"}},
	{ID: "R-DAYS-USER-BIZ", Text: "Business days counted forward for something you must do skip only weekends and rest days; counted backward from an event (N business days before a departure) they also skip closures and likely closures, which makes the date earlier. INM's own deadlines skip rest days and the closures you entered.", TextEs: "Los días hábiles que se cuentan hacia adelante para algo que usted debe hacer solo saltan fines de semana y días de descanso; contados hacia atrás desde un hecho (N días hábiles antes de un viaje) también saltan cierres y cierres probables, lo que adelanta la fecha. Los plazos del INM saltan días de descanso y los cierres capturados.", Confidence: "contested", Sources: []string{"the project's conservative rule"}},
	{ID: "R-DAYS-MONTHS", Text: "A period in years or months ends on the same day of the month; where that day does not exist (29 February), on the last day of that month.", TextEs: "Un plazo en años o meses termina el mismo día del mes; si ese día no existe (29 de febrero), el último día de ese mes.", Confidence: "secondary", Sources: []string{"common civil-date practice"}},

	// Canje.
	{ID: "R-CANJE-WHO", Text: "Almost every residency starts at a Mexican consulate abroad, which stamps a one-entry visa in the passport; the card itself is then obtained at an INM office in Mexico.", TextEs: "Casi toda residencia empieza en un consulado de México en el extranjero, que estampa una visa de una entrada en el pasaporte; la tarjeta se obtiene después en una oficina del INM en México.", Confidence: "seeds", Sources: []string{srcS0}},
	{ID: "R-CANJE-VISA", Text: "The resident visa is good for one entry within at most 180 days: enter Mexico before the expiry printed on it (without it, tramite assumes the issue date + 180 days).", TextEs: "La visa de residente sirve para una entrada en un máximo de 180 días: entre a México antes del vencimiento impreso (si no lo hay, tramite supone la fecha de expedición + 180 días).", Confidence: "secondary", Sources: []string{"the 2025 visa Lineamientos (DOF 25 Jul 2025), as paraphrased", "gpexpatservices.com"}},
	{ID: "R-CANJE-30", Text: "The canje must be filed at INM within 30 calendar days of entering Mexico with the visa, and the term cannot be extended; missing it loses the visa, and the process may have to start again at a consulate.", TextEs: "El canje debe presentarse en el INM dentro de los 30 días naturales siguientes a la entrada a México con la visa, plazo improrrogable; si se pierde, se pierde la visa y puede haber que empezar de nuevo en un consulado.", Confidence: "law", Sources: []string{srcLM + ", art. 59", srcSRE, srcVU, "asesoriamigratoriaqro.com"}},
	{ID: "R-CANJE-FMM", Text: "On entry, the FMM (or the entry stamp) is marked \"canje\" with 30 days.", TextEs: "Al entrar, la FMM (o el sello de entrada) se marca \"canje\" con 30 días.", Confidence: "secondary", Sources: []string{"immigrationtomexico.mx"}},
	{ID: "R-CANJE-TERM", Text: "A temporary card from a canje runs 1 year from the entry into Mexico (2 to 4 years only with a work permit, per the job offer); its printed expiry sets the first renewal window.", TextEs: "La tarjeta temporal del canje vale 1 año desde la entrada a México (2 a 4 años solo con permiso de trabajo, según la oferta); su vencimiento impreso fija el primer periodo de renovación.", Confidence: "law", Sources: []string{srcLIN + ", art. 32"}},
	{ID: "R-CANJE-SAMEDAY", Text: "Offices on INM's digital system issue the card the same day, often in about an hour; elsewhere it took from a week to six months, and leaving Mexico meanwhile needs an exit and re-entry permit.", TextEs: "Las oficinas con el sistema digital del INM entregan la tarjeta el mismo día, a menudo en una hora; en otras tardaba de una semana a seis meses, y salir de México mientras tanto requiere permiso de salida y regreso.", Confidence: "seeds", Sources: []string{srcS0, srcS4, "immigrationtomexico.mx"}},
	{ID: "R-CANJE-APPT", Text: "The canje is booked through INM's online appointment system.", TextEs: "El canje se agenda en el sistema de citas en línea del INM.", Confidence: "seeds", Sources: []string{srcS1, srcS2}},

	// Renewal.
	{ID: "R-RENEW-WHO", Text: "Temporary cards, and permanent cards of minors, expire and must be renewed; an adult's permanent card never expires.", TextEs: "Las tarjetas temporales, y las permanentes de menores, vencen y deben renovarse; la permanente de un adulto no vence.", Confidence: "seeds / law", Sources: []string{srcS3, srcLIN + ", art. 32"}},
	{ID: "R-RENEW-WINDOW", Text: "A renewal is filed in the 30 calendar days before the expiry printed on the card, not sooner, and must be registered before the card expires: the window opens at expiry − 30 days and closes on the expiry date (moved earlier when the office is closed, R-DAYS-CLOSED).", TextEs: "La renovación se presenta en los 30 días naturales anteriores al vencimiento impreso en la tarjeta, no antes, y debe registrarse antes de que venza: el periodo abre en el vencimiento − 30 días y cierra el día del vencimiento (antes si la oficina está cerrada, R-DAYS-CLOSED).", Confidence: "seeds / secondary", Sources: []string{srcS3, "mexperience.com", srcRLM + ", art. 156 (as paraphrased)"}},
	{ID: "R-RENEW-INPERSON", Text: "A renewal is filed in person by the card holder at an INM office in Mexico: not at a consulate, not by a proxy. A parent or guardian signs a minor's form.", TextEs: "La renovación la presenta en persona el titular en una oficina del INM en México: no en un consulado ni por medio de otra persona. El padre, la madre o el tutor firma el formato de un menor.", Confidence: "seeds / official", Sources: []string{srcS3, srcSheet}},
	{ID: "R-RENEW-GROUNDS", Text: "The grounds on which the residence was granted must still hold: the same job, the same family link, a sponsor who still agrees.", TextEs: "El supuesto por el que se otorgó la residencia debe seguir vigente: el mismo empleo, el mismo vínculo familiar, un patrocinador que sigue de acuerdo.", Confidence: "secondary", Sources: []string{"knr.mx"}},
	{ID: "R-RENEW-TERMS", Text: "The first temporary card is for 1 year; renewals are for 1, 2 or 3 years, up to 4 years in all from the day temporary residence was granted (children under 3: 1 year at a time). Past that ceiling the route is the change to permanent (R-STATUS-4Y) or a new start at a consulate.", TextEs: "La primera tarjeta temporal es por 1 año; las renovaciones, por 1, 2 o 3 años, hasta 4 años en total desde que se otorgó la residencia temporal (menores de 3 años: 1 año cada vez). Después, el camino es el cambio a permanente (R-STATUS-4Y) o empezar de nuevo en un consulado.", Confidence: "law / official", Sources: []string{srcLM + ", art. 52 VII", srcLIN + ", art. 32", "DOF acuerdo of 2020 on card terms", srcSRE, "immigrationtomexico.mx"}},
	{ID: "R-CARD-PERM", Text: "A minor's permanent card runs 1 year while the child is under 3, then 4 years at a time until 18; from 18 it does not expire.", TextEs: "La tarjeta permanente de un menor vale 1 año mientras tiene menos de 3 años, luego 4 años cada vez hasta los 18; desde los 18 no vence.", Confidence: "law", Sources: []string{srcLIN + ", art. 32", srcSRE}},
	{ID: "R-RENEW-EXPIRED-IN", Text: "A card that expired while the holder is in Mexico can still be renewed by regularisation within 60 calendar days of its expiry, with a fine of 20 to 100 UMA days paid at a bank and no appointment; after 60 days the route is closed and the process starts again, in practice at a consulate.", TextEs: "Una tarjeta vencida estando el titular en México aún puede renovarse por regularización dentro de los 60 días naturales siguientes al vencimiento, con una multa de 20 a 100 UMA pagada en el banco y sin cita; después de 60 días esa vía se cierra y hay que empezar de nuevo, en la práctica en un consulado.", Confidence: "law / secondary", Sources: []string{srcRLM + ", art. 144 V", srcLM + ", arts. 134 and 146 (as paraphrased)", "mexperience.com", srcS1}},
	{ID: "R-RENEW-EXPIRED-OUT", Text: "A card that expired while the holder was abroad lets them re-enter Mexico within 55 calendar days of its expiry; they must then go to INM within 5 days to regularise. Past 55 days, the process starts again at a consulate.", TextEs: "Con una tarjeta que venció estando el titular fuera, puede volver a entrar a México dentro de los 55 días naturales siguientes al vencimiento; después debe acudir al INM dentro de 5 días para regularizarse. Pasados 55 días, hay que empezar de nuevo en un consulado.", Confidence: "contested", Sources: []string{srcRLM + ", art. 160 (as paraphrased)", "mexperience.com", "asesoriamigratoriaqro.com"}},
	{ID: "R-RENEW-RESULT", Text: "The new card may be issued the same day; otherwise INM gives a file number and the card is picked up another day. Photographs and fingerprints are taken digitally.", TextEs: "La nueva tarjeta puede entregarse el mismo día; si no, el INM da un número de expediente y se recoge otro día. Las fotografías y huellas se toman en forma digital.", Confidence: "seeds", Sources: []string{srcS3}},
	{ID: "R-RENEW-APPT", Text: "A renewal is booked through INM's online appointment system.", TextEs: "La renovación se agenda en el sistema de citas en línea del INM.", Confidence: "seeds", Sources: []string{srcS1, srcS2}},

	// Change of status.
	{ID: "R-STATUS-4Y", Text: "After 4 consecutive years as a temporary resident, the holder can change to permanent resident. The years count from the day the status was granted (the entry into Mexico with the consular visa, or INM's resolution for a status granted inside Mexico), not from the day the first card was printed; falling into irregular status restarts the count.", TextEs: "Tras 4 años consecutivos como residente temporal, el titular puede cambiar a residente permanente. Los años cuentan desde que se obtuvo la condición de estancia (la entrada a México con la visa consular, o la resolución del INM si se otorgó en México), no desde que se imprimió la primera tarjeta; caer en situación irregular reinicia la cuenta.", Confidence: "law / official", Sources: []string{srcLM + ", art. 54 V", srcLIN + ", art. 32", srcSRE, src823, srcS3, "vegaguerrero.com"}},
	{ID: "R-STATUS-WHEN", Text: "The change needs a valid, current temporary card: file before it expires. On the four-year route, file in the card's last 30 days; on the other routes (marriage, pension, family unity), any time from the day you become eligible while the card is valid.", TextEs: "El cambio requiere una tarjeta temporal válida y vigente: preséntelo antes de que venza. Por la vía de los cuatro años, en los últimos 30 días de la tarjeta; por las demás (matrimonio, pensión, unidad familiar), en cualquier momento desde que cumple los requisitos mientras la tarjeta esté vigente.", Confidence: "official / contested", Sources: []string{src823, "visamexico.legal", "immigrationtomexico.mx", "yucalandia.com (2013)"}},
	{ID: "R-STATUS-2Y", Text: "Two years suffice for the spouse or concubine of a Mexican or of a permanent resident, counted from when the temporary residence was obtained through that link, while the link still holds; both spouses sign a sworn statement. One source asks for financial dependence too; the law sets no such condition.", TextEs: "Bastan dos años para el cónyuge o concubino de un mexicano o de un residente permanente, contados desde que obtuvo la residencia temporal por ese vínculo, si el vínculo sigue; ambos cónyuges firman un escrito bajo protesta. Una fuente pide además dependencia económica; la ley no pone esa condición.", Confidence: "law (paraphrase) / secondary", Sources: []string{srcS3, srcLM + ", arts. 55–56", srcRLM + ", art. 141 I c (as paraphrased)", "knr.mx", "conexionmigrante.com", "immigrationtomexico.mx"}},
	{ID: "R-STATUS-FAMILY", Text: "Through family unity, a visitor or temporary resident linked to a Mexican or a permanent resident (spouse, concubine, child, parent) can change status from inside Mexico; a visitor must still be within the authorised stay.", TextEs: "Por unidad familiar, un visitante o residente temporal con vínculo con un mexicano o un residente permanente (cónyuge, concubino, hijo, padre o madre) puede cambiar de condición desde México; un visitante debe estar dentro de su estancia autorizada.", Confidence: "law / secondary", Sources: []string{srcLIN + ", arts. 37–38", srcS1, "nomadicbackpacker.com"}},
	{ID: "R-STATUS-PENSION", Text: "Pensioners can change to permanent without the four years: a monthly balance averaging 25,000 UMA days over 12 months, or a monthly pension of 500 UMA days over 6 months.", TextEs: "Los pensionados pueden cambiar a permanente sin los cuatro años: un saldo mensual promedio de 25,000 UMA en 12 meses, o una pensión mensual de 500 UMA durante 6 meses.", Confidence: "official", Sources: []string{src823}},
	{ID: "R-STATUS-APPT", Text: "Changes of status are booked through INM's online appointment system.", TextEs: "Los cambios de condición se agendan en el sistema de citas en línea del INM.", Confidence: "seeds", Sources: []string{srcS1}},

	// Exit and re-entry permit.
	{ID: "R-EXIT-WHO", Text: "An exit and re-entry permit is needed to leave Mexico while a procedure is in progress (waiting for the canje, or an application filed inside Mexico). It is asked for at the office where the procedure was filed; in an emergency also at the point of departure.", TextEs: "El permiso de salida y regreso se necesita para salir de México mientras hay un trámite en curso (en espera del canje, o una solicitud presentada en México). Se pide en la oficina donde se presentó el trámite; en una emergencia, también en el punto de salida.", Confidence: "seeds / secondary", Sources: []string{srcS4, "citylaws.com.mx"}},
	{ID: "R-EXIT-ASK", Text: "Ask for the permit at least 5 business days before leaving, counted backward with closures (sources say 2 to 5 days: tramite takes the earliest). In an emergency it is the same or the next day, with proof and a letter stating the cause.", TextEs: "Pida el permiso al menos 5 días hábiles antes de salir, contados hacia atrás con los cierres (las fuentes dicen de 2 a 5 días: tramite toma el más temprano). En una emergencia es el mismo día o el siguiente, con comprobante y un escrito que exponga la causa.", Confidence: "seeds / secondary", Sources: []string{srcS4, "citylaws.com.mx", "ems-ir.com"}},
	{ID: "R-EXIT-DOCS", Text: "For the permit: a copy of the flight itinerary, the request form (filled online, printed, signed), a copy of the document showing the application's status with its NUT, the fee receipt, one child-size colour photo, the signed request letter; in an emergency also the proof and the force-majeure letter.", TextEs: "Para el permiso: copia del itinerario de vuelo, el formato de solicitud (llenado en línea, impreso y firmado), copia del documento con el estado de la solicitud y su NUT, el comprobante de pago, una fotografía a color tamaño infantil, el escrito de solicitud firmado; en una emergencia, además, el comprobante y el escrito de fuerza mayor.", Confidence: "seeds", Sources: []string{srcS4, "citylaws.com.mx"}},
	{ID: "R-EXIT-STAY", Text: "Sources disagree on how long the permit lasts (60 days from the date on it, or 90 days): tramite takes 60 calendar days from the permit's date, and before it is issued estimates that date from the earliest day it may bear.", TextEs: "Las fuentes no coinciden en cuánto dura el permiso (60 días desde su fecha, o 90 días): tramite toma 60 días naturales desde la fecha del permiso y, antes de que se expida, la estima con el día más temprano que puede llevar.", Confidence: "contested", Sources: []string{srcS4, "citylaws.com.mx"}},
	{ID: "R-EXIT-AIRPORT", Text: "Show the permit at the INM counter of the departure airport before check-in; have it stamped on return and sign it again; on the plane back, fill in only the customs form, not the FMM.", TextEs: "Muestre el permiso en el mostrador del INM del aeropuerto de salida antes de documentar; hágalo sellar al regresar y fírmelo de nuevo; en el vuelo de regreso llene solo la declaración de aduana, no la FMM.", Confidence: "seeds", Sources: []string{srcS4}},
	{ID: "R-EXIT-RETURN", Text: "Hand the permit back to the local INM office within 10 days of re-entering Mexico (counted as calendar days, the safe reading).", TextEs: "Devuelva el permiso a la oficina local del INM dentro de los 10 días siguientes a su regreso a México (contados como días naturales, la lectura segura).", Confidence: "seeds", Sources: []string{srcS4}},
	{ID: "R-EXIT-FEE", Text: "The permit cost about US$25 (437 MXN in 2020); no figure for 2025 or 2026 was found.", TextEs: "El permiso costaba unos 25 dólares (437 pesos en 2020); no se encontró el monto de 2025 ni de 2026.", Confidence: "seeds / secondary", Sources: []string{srcS4, "theyucatantimes.com (2020)"}},
	{ID: "R-EXIT-EARLY", Text: "Asked for long before the trip, the permit may be issued only close to the flight; for a short trip, ask for immediate processing.", TextEs: "Si se pide mucho antes del viaje, el INM puede expedirlo hasta cerca del vuelo; para un viaje corto, pida que se tramite de inmediato.", Confidence: "seeds", Sources: []string{srcS4}},

	// Notification of changes.
	{ID: "R-NOTIFY-90", Text: "Temporary and permanent residents notify INM of a change of civil status, name, nationality, address or workplace within 90 days of the change (counted as calendar days); one filing per change and per person.", TextEs: "Los residentes temporales y permanentes notifican al INM un cambio de estado civil, nombre, nacionalidad, domicilio o lugar de trabajo dentro de los 90 días siguientes al cambio (contados como días naturales); un trámite por cambio y por persona.", Confidence: "law / official", Sources: []string{srcLM + ", art. 63", srcFAQ, "knr.mx", "mexperience.com"}},
	{ID: "R-NOTIFY-FINE", Text: "A late or missing notification can bring a fine of 20 to 100 UMA days; an employer change never notified can sink the next renewal.", TextEs: "Una notificación tardía u omitida puede acarrear una multa de 20 a 100 UMA; un cambio de empleo no notificado puede hundir la siguiente renovación.", Confidence: "secondary", Sources: []string{srcLM + ", art. 158 (via ems-ir.com)", "knr.mx"}},
	{ID: "R-NOTIFY-FEE", Text: "A notification has no government fee; INM answers in about 10 business days.", TextEs: "La notificación no paga derechos; el INM responde en unos 10 días hábiles.", Confidence: "secondary", Sources: []string{"knr.mx", "immigrationtomexico.mx", "unotv.com (2026 list of free procedures)"}},

	// Replacement.
	{ID: "R-REPLACE-VALID", Text: "A replacement is granted only for a card that is still valid. If the lost or damaged card has expired, the route is regularisation (R-RENEW-EXPIRED-IN) or, abroad, R-RENEW-EXPIRED-OUT; if it expires within 30 days, the renewal window may serve instead.", TextEs: "La reposición solo procede para una tarjeta vigente. Si la tarjeta perdida o dañada ya venció, la vía es la regularización (R-RENEW-EXPIRED-IN) o, fuera de México, R-RENEW-EXPIRED-OUT; si vence en 30 días, puede servir la renovación.", Confidence: "official (copy of the sheet)", Sources: []string{"renovarpapeles.com.mx (copy of INM's sheet)"}},

	// Dates the answers decide.
	{ID: "R-DATES-KNOWN", Text: "A date that applies only once another is missed stays hidden until then, unless the answers already make it certain (a holder abroad who plans to return after the card's expiry sees the re-entry limit and the INM visit from the start).", TextEs: "Una fecha que solo aplica si se pierde otra queda oculta hasta entonces, salvo que las respuestas ya la hagan segura (un titular fuera de México que piensa volver después del vencimiento ve desde el inicio el límite para entrar y la visita al INM).", Confidence: "derived", Sources: []string{"the rules above"}},

	// Case life.
	{ID: "R-CASE-DECIDE", Text: "Once the file is complete, INM must decide within 20 business days, counted from the next business day; silence after that counts as a refusal. Many offices issue cards the same day.", TextEs: "Con el expediente completo, el INM debe resolver en 20 días hábiles, contados desde el día hábil siguiente; su silencio después se entiende como negativa. Muchas oficinas entregan la tarjeta el mismo día.", Confidence: "law", Sources: []string{srcLM + ", arts. 128 and 136 (as paraphrased)", srcLFPA + ", art. 17-B", "angulo7.com.mx (2020)"}},
	{ID: "R-CASE-CORRECT", Text: "If INM finds a requirement missing (prevención), you have 10 business days from its notice to correct it, or the file is dropped.", TextEs: "Si el INM encuentra un requisito faltante (prevención), usted tiene 10 días hábiles desde la notificación para subsanarlo, o el trámite se desecha.", Confidence: "law", Sources: []string{srcLM + ", art. 130"}},
	{ID: "R-CASE-NEXT", Text: "When the new card arrives, its printed expiry schedules what comes next: the next renewal window, the four-year date, or a minor's next renewal.", TextEs: "Cuando llega la nueva tarjeta, su vencimiento impreso fija lo siguiente: el próximo periodo de renovación, la fecha de los cuatro años o la próxima renovación de un menor.", Confidence: "derived", Sources: []string{"the rules above"}},
	{ID: "R-CASE-COPIES", Text: "Originals are shown and the annexes handed in as plain copies; bring one more copy of the filing to get a stamped receipt, and sign in blue ink as in the passport.", TextEs: "Los originales se muestran y los anexos se entregan en copia simple; lleve una copia más del escrito para el acuse sellado, y firme con tinta azul como en el pasaporte.", Confidence: "official / secondary", Sources: []string{srcLFPA + ", art. 15-A (cited by inm.gob.mx)", "immigrationtomexico.mx"}},

	// Documents.
	{ID: "D-FORM", Text: "The application form (Formato para solicitar trámite migratorio de estancia), filled in online, printed and signed by hand (by a parent for a minor).", TextEs: "El Formato para solicitar trámite migratorio de estancia, llenado en línea, impreso y firmado a mano (por el padre o la madre si es menor).", Confidence: "official", Sources: []string{src820, src823}},
	{ID: "D-FEE", Text: "The receipt of the government fee (comprobante de pago de derechos): original and 2 copies.", TextEs: "El comprobante de pago de derechos: original y 2 copias.", Confidence: "official", Sources: []string{src820, src823}},
	{ID: "D-BASIC", Text: "The basic form (Formato básico), for the procedures that produce a card.", TextEs: "El Formato básico, en los trámites que producen una tarjeta.", Confidence: "official / secondary", Sources: []string{src820, "dcubanos.com (copy of the sheet)"}},
	{ID: "D-PASS", Text: "The passport used for the status: original and a copy of the data page.", TextEs: "El pasaporte con que se tiene la condición de estancia: original y copia de la hoja de datos.", Confidence: "official", Sources: []string{src820, src823}},
	{ID: "D-CARD", Text: "The current resident card: original and a copy of both sides.", TextEs: "La tarjeta de residente vigente: original y copia por ambos lados.", Confidence: "official", Sources: []string{src820, srcFAQ}},
	{ID: "D-VISA", Text: "For the canje: the passport with the visa the consulate stamped, original and copy.", TextEs: "Para el canje: el pasaporte con la visa autorizada por el consulado, original y copia.", Confidence: "secondary (copy of the sheet)", Sources: []string{"dcubanos.com (copy of the sheet)"}},
	{ID: "D-FMM", Text: "The entry form marked \"canje\" (FMM), or the entry stamp.", TextEs: "La Forma Migratoria Múltiple (FMM) marcada \"canje\", o el sello de entrada.", Confidence: "secondary", Sources: []string{"dcubanos.com", "immigrationtomexico.mx"}},
	{ID: "D-LETTER", Text: "A covering letter in Spanish (escrito libre), signed.", TextEs: "Un escrito libre en español, firmado.", Confidence: "secondary / official", Sources: []string{"immigrationtomexico.mx", "a published guide (medium.com)", srcFAQ, srcS4}},
	{ID: "D-ADDRESS", Text: "Proof of address (a utility bill at most 90 days old, in any name). Not in the official lists, but facilitators ask for it: bring it.", TextEs: "Comprobante de domicilio (un recibo de no más de 90 días, a cualquier nombre). No está en las listas oficiales, pero los gestores lo piden: llévelo.", Confidence: "secondary", Sources: []string{"immigrationtomexico.mx", "movetomexicoguide.com"}},
	{ID: "D-GROUNDS", Text: "For a renewal, proof that the grounds still hold: the employer's letter for a job; the sponsor's consent and card for a dependant.", TextEs: "Para renovar, los documentos que acrediten que el supuesto sigue: carta del empleador si es por empleo; consentimiento y tarjeta del patrocinador si es dependiente.", Confidence: "official (cut off) / secondary", Sources: []string{src820, "knr.mx"}},
	{ID: "D-LINK", Text: "Proof of the family link: the marriage certificate, or the birth certificate.", TextEs: "Prueba del vínculo familiar: el acta de matrimonio o el acta de nacimiento.", Confidence: "secondary", Sources: []string{"conexionmigrante.com", "movetomexicoguide.com"}},
	{ID: "D-LINK-ID", Text: "The Mexican relative's official ID (INE or passport), or the relative's permanent resident card.", TextEs: "La identificación oficial del familiar mexicano (INE o pasaporte), o su tarjeta de residente permanente.", Confidence: "secondary", Sources: []string{"conexionmigrante.com"}},
	{ID: "D-OATH-2Y", Text: "A statement under oath signed by both spouses: the marital home, and that the link held for the two years before the application.", TextEs: "Un escrito bajo protesta de decir verdad firmado por ambos cónyuges: el domicilio conyugal y que el vínculo se mantuvo los dos años anteriores a la solicitud.", Confidence: "secondary", Sources: []string{"conexionmigrante.com"}},
	{ID: "D-APOSTILLE", Text: "For a certificate issued abroad: the apostille (or legalisation), then a translation by a certified translator in Mexico.", TextEs: "Para un acta expedida en el extranjero: la apostilla (o legalización) y una traducción por perito traductor en México.", Confidence: "secondary", Sources: []string{"immigrationsolutions.com.mx", "mexperience.com"}},
	{ID: "D-PENSION", Text: "For the pensioner route: bank statements of 12 months, or proof of the pension income over 6 months.", TextEs: "Para la vía de pensionado: estados de cuenta de 12 meses, o comprobante de la pensión de 6 meses.", Confidence: "official", Sources: []string{src823}},
	{ID: "D-NOTIFY-LETTER", Text: "For a notification: a signed letter under oath giving the old and the new data.", TextEs: "Para una notificación: una carta bajo protesta de decir verdad, firmada, con los datos anteriores y los nuevos.", Confidence: "official", Sources: []string{srcFAQ}},
	{ID: "D-NOTIFY-PROOF", Text: "Proof of the change notified: a marriage certificate, divorce judgment or death certificate; the new nationality's passport or naturalisation letter; the passport in the new name; or the employment contract and the employer's INM registration.", TextEs: "Prueba del cambio notificado: acta de matrimonio, sentencia de divorcio o acta de defunción; pasaporte de la nueva nacionalidad o carta de naturalización; pasaporte con el nuevo nombre; o el contrato y la constancia de inscripción del empleador.", Confidence: "official / secondary", Sources: []string{srcFAQ, "immigrationtomexico.mx"}},
	{ID: "D-REPLACE", Text: "For a lost or stolen card: in Mexico, appear in person and INM writes a statement of facts (no police report); abroad, the FMM and the replacement visa from the consulate.", TextEs: "Por una tarjeta perdida o robada: en México, comparecer en persona y el INM levanta un acta de hechos (no se pide denuncia); fuera, la FMM y la visa para reposición del consulado.", Confidence: "secondary", Sources: []string{"renovarpapeles.com.mx", "dcubanos.com", srcSRE + " (Atlanta)"}},
	{ID: "D-JOB", Text: "For a work permit: the job offer on letterhead (activity, duration, place, the employer's INM registration); self-employed, a statement under oath of the occupation and place, and the RFC.", TextEs: "Para el permiso de trabajo: la oferta de empleo en papel membretado (actividad, duración, lugar, inscripción del empleador en el INM); por cuenta propia, un escrito bajo protesta con la ocupación y el lugar, y el RFC.", Confidence: "secondary", Sources: []string{"oncenoticias.digital", "procurawork", "blpadvisors.com"}},
	{ID: "D-EXIT", Text: "The documents of the exit and re-entry permit: see R-EXIT-DOCS.", TextEs: "Los documentos del permiso de salida y regreso: vea R-EXIT-DOCS.", Confidence: "seeds", Sources: []string{srcS4}},
	{ID: "D-EXIT-STATUS", Part: "D-EXIT", Text: "For the exit permit: a copy of the document showing the status of your application, with its file number (NUT).", TextEs: "Para el permiso de salida: copia del documento con el estado de su solicitud y su número de trámite (NUT).", Confidence: "seeds", Sources: []string{srcS4, "citylaws.com.mx"}},
	{ID: "D-EXIT-TRAVEL", Part: "D-EXIT", Text: "For the exit permit: a copy of the flight itinerary or other travel booking.", TextEs: "Para el permiso de salida: copia del itinerario de vuelo u otra reservación de viaje.", Confidence: "seeds", Sources: []string{srcS4, "citylaws.com.mx"}},
	{ID: "D-EXIT-PROOF", Part: "D-EXIT", Text: "For an emergency exit permit: proof of the emergency, such as a doctor's note.", TextEs: "Para un permiso de salida de emergencia: comprobante de la emergencia, como una constancia médica.", Confidence: "seeds", Sources: []string{srcS4}},
	{ID: "D-EXIT-FORCE", Part: "D-EXIT", Text: "For an emergency exit permit: a letter stating the cause of force majeure.", TextEs: "Para un permiso de salida de emergencia: un escrito en que se expone la causa de fuerza mayor.", Confidence: "seeds", Sources: []string{srcS4}},
	{ID: "R-DOC-PHOTO", Text: "Official sheets ask for 3 child-size photos (2.5 x 3.0 cm, two from the front, one of the right profile, white background, no glasses or earrings; 1 for an exit permit). Many offices now photograph at the counter: bring them anyway.", TextEs: "Las fichas oficiales piden 3 fotografías tamaño infantil (2.5 x 3.0 cm, dos de frente y una de perfil derecho, fondo blanco, sin lentes ni aretes; 1 para el permiso de salida). Muchas oficinas ya fotografían en el mostrador: llévelas de todos modos.", Confidence: "official / contested", Sources: []string{src820, "mexperience.com"}},
	{ID: "R-DOC-PAY", Text: "Pay the fee at a bank before the visit and bring the receipt; whether offices take cards varies.", TextEs: "Pague los derechos en el banco antes de la cita y lleve el comprobante; si la oficina acepta tarjeta varía.", Confidence: "contested", Sources: []string{"angloinfo.com", "mexperience.com"}},
	{ID: "R-DOC-OFFICE", Text: "Offices differ in what they ask, and some ask for extras (such as three months of bank statements): check with yours.", TextEs: "Las oficinas difieren en lo que piden, y algunas piden algo más (como tres meses de estados de cuenta): consulte con la suya.", Confidence: "secondary", Sources: []string{"breakingnews24.es", "visamexico.legal"}},

	// The covering letter.
	{ID: "R-LETTER-WHAT", Text: "A written request to a federal authority names the authority, the applicant (and any representative), a domicile for notices, the request with its facts and reasons, the place and date, and carries the signature and the documents the procedure asks for.", TextEs: "Un escrito a una autoridad federal señala la autoridad, al solicitante (y a su representante), un domicilio para notificaciones, la petición con sus hechos y razones, el lugar y la fecha, y lleva la firma y los documentos que pide el trámite.", Confidence: "secondary (paraphrase of L-LFPA art. 15)", Sources: []string{srcLFPA + ", art. 15 (as paraphrased)", "publicararticulos.net", "lena.mx"}},
	{ID: "R-LETTER-INM", Text: "INM's site generates the letters a procedure needs, and facilitators write them in Spanish: a renewal asks to renew the card, the four-year change states its route, a notification gives the old and new data under oath. Names exactly as in the passport.", TextEs: "El sitio del INM genera los escritos que pide un trámite, y los gestores los redactan en español: la renovación pide renovar la tarjeta, el cambio por cuatro años indica su vía, la notificación da los datos anteriores y nuevos bajo protesta. Los nombres, tal como en el pasaporte.", Confidence: "official / secondary", Sources: []string{srcSheet, "a published guide (medium.com)", "immigrationtomexico.mx", src823, srcFAQ}},

	// Appointments.
	{ID: "R-APPT-LIST", Text: "Since 17 September 2024, 18 procedures are booked online in all 32 states, among them the canje, renewal, changes of status, replacement, notification of changes and the work permit.", TextEs: "Desde el 17 de septiembre de 2024, 18 trámites se agendan en línea en los 32 estados, entre ellos el canje, la renovación, los cambios de condición, la reposición, la notificación de cambios y el permiso de trabajo.", Confidence: "seeds", Sources: []string{srcS1, srcS2}},
	{ID: "R-APPT-NONE", Text: "Without an appointment: regularisation (expired document, family ties, the special programme), visas, and the employer's certificate.", TextEs: "Sin cita: la regularización (documento vencido, vínculo familiar, el programa especial), las visas y la constancia del empleador.", Confidence: "seeds", Sources: []string{srcS1}},
	{ID: "R-APPT-HOW", Text: "Book on INM's portal (\"Trámites Migratorios\"): create a user, have the filled-in form ready, then choose date, time and office. Arrive about 10 minutes early; offices open 9:00 to 14:30, Monday to Friday.", TextEs: "Agende en el portal del INM (\"Trámites Migratorios\"): cree un usuario, tenga listo el formato llenado y elija fecha, hora y oficina. Llegue unos 10 minutos antes; las oficinas abren de 9:00 a 14:30, de lunes a viernes.", Confidence: "seeds / secondary", Sources: []string{srcS1, srcS2, "periodicoenfoque.com.mx"}},
	{ID: "R-APPT-FALLBACK", Text: "Where online booking is not available, offices give appointments in person or hand out same-day tokens (fichas) to those who queue early.", TextEs: "Donde no hay citas en línea, las oficinas dan cita en persona o reparten fichas del día a quienes llegan temprano.", Confidence: "seeds", Sources: []string{srcS2, srcS3}},
	{ID: "R-APPT-STATE", Text: "Since mid-2025 online slots have been scarce in many offices and reportedly resold: never pay a third party for a slot.", TextEs: "Desde mediados de 2025 las citas en línea escasean en muchas oficinas y se reporta su reventa: nunca pague a un tercero por una cita.", Confidence: "secondary", Sources: []string{"gpexpatservices.com", "fragomen.com"}},

	// Online steps.
	{ID: "R-FORM-URL", Text: "The application form is filled in on INM's site (the stay procedures page, www.inm.gob.mx/tramites/publico/estancia.html), printed and signed by hand.", TextEs: "El formato de solicitud se llena en el sitio del INM (la página de trámites de estancia, www.inm.gob.mx/tramites/publico/estancia.html), se imprime y se firma a mano.", Confidence: "official / secondary", Sources: []string{srcFAQ + " (2016)", src820, "a facilitator's published code"}},
	{ID: "R-FORM-FIELDS", Text: "The form asks for the procedure, the foreigner's names, nationality, sex, birth date and place, passport, address in Mexico, telephone and e-mail, the employer where it applies, optionally a person to follow the case, and comments. Names exactly as in the passport.", TextEs: "El formato pide el trámite, los nombres, nacionalidad, sexo, fecha y lugar de nacimiento, el pasaporte, el domicilio en México, teléfono y correo, el empleador si aplica, opcionalmente una persona autorizada y comentarios. Los nombres, exactamente como en el pasaporte.", Confidence: "official (copy) / secondary", Sources: []string{"INM's instruction sheet 17 (copy)", "visamexico.legal", "rollybrook.com (2012–14)"}},
	{ID: "R-FORM-COMMENTS", Text: "List the documents handed in in the form's \"Comentarios\" box; for the four-year change, state there that the change is made by that route.", TextEs: "Enumere los documentos entregados en el recuadro \"Comentarios\" del formato; para el cambio por cuatro años, indique ahí que se hace por esa vía.", Confidence: "official", Sources: []string{"INM's sheets 17 and 27 (copy)", src823}},
	{ID: "R-FORM-PIEZA", Text: "On saving, the form shows a número de pieza (13 digits) and a password: print at once and keep both, they follow the case. A saved form reportedly expires after 90 days.", TextEs: "Al guardar, el formato muestra un número de pieza (13 dígitos) y una clave: imprima enseguida y guarde ambos, sirven para seguir el trámite. Se reporta que un formato guardado vence a los 90 días.", Confidence: "secondary", Sources: []string{"rollybrook.com (2012–14)", "a facilitator's published code"}},
	{ID: "R-FORM-TRAPS", Text: "Reported traps: allow pop-up windows; no full stop after an initial; no \"#\" in the address; after a mistake, fill in a new form.", TextEs: "Trampas reportadas: permita ventanas emergentes; sin punto después de una inicial; sin \"#\" en el domicilio; tras un error, llene un formato nuevo.", Confidence: "secondary (old)", Sources: []string{"rollybrook.com (2012–14)", "asesoriamigratoriaqro.com"}},
	{ID: "R-PAY-E5CINCO", Text: "Fees are paid through e5cinco: get the procedure's hoja de ayuda, pay at a bank or online, check the receipt matches it, and bring the original receipt. Take the reference codes from the hoja de ayuda: tramite does not know them and never makes them up.", TextEs: "Los derechos se pagan por e5cinco: obtenga la hoja de ayuda del trámite, pague en el banco o en línea, revise que el recibo coincida y lleve el original. Tome las claves de la hoja de ayuda: tramite no las conoce y nunca las inventa.", Confidence: "official (copy)", Sources: []string{"SAT, e5cinco leaflet (copy)", "gob.mx/inm (2017 article on fees)"}},
	{ID: "R-PAY-TWO", Text: "A change of status is paid twice: the study fee when filing, then, once approved, the card fee; go back with that receipt.", TextEs: "El cambio de condición se paga dos veces: los derechos de recepción y estudio al presentarlo y, una vez aprobado, los de la tarjeta; regrese con ese comprobante.", Confidence: "official / secondary", Sources: []string{src823, "immigrationtomexico.mx"}},
	{ID: "R-STATUS-ONLINE", Text: "The case can be followed on INM's site with the número de pieza and the password; INM's e-mails only say there are new notifications, which are on the site as PDFs.", TextEs: "El trámite se sigue en el sitio del INM con el número de pieza y la clave; los correos del INM solo avisan de nuevas notificaciones, que están en el sitio en PDF.", Confidence: "secondary", Sources: []string{"asesoriamigratoriaqro.com (about 2025)", "rollybrook.com (2014)", "terramovo"}},
	{ID: "R-INM-CONTACT", Text: "INM's call centre: 800 004 6264, cam@inami.gob.mx, Monday to Friday 7:00–23:00, weekends 9:00–17:00. The office's own address and hours are yours to enter.", TextEs: "Centro de atención del INM: 800 004 6264, cam@inami.gob.mx, de lunes a viernes de 7:00 a 23:00, fines de semana de 9:00 a 17:00. La dirección y el horario de su oficina los captura usted.", Confidence: "official", Sources: []string{"Ventanilla Única (updated 9 Jan 2025)"}},
}

// byRuleID indexes the rulebook; made on first use, not at every start
// of tramite (issue 15: it read the whole rulebook).
var byRuleID = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(rulebook))
	for i, r := range rulebook {
		m[r.ID] = i
	}
	return m
})

// Rulebook returns every entry (rules, documents, sources), sorted by id,
// each with its check date.
func Rulebook() []Rule {
	out := make([]Rule, len(rulebook))
	for i, r := range rulebook {
		out[i] = withChecked(r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// LookupRule returns the entry of id (case and surrounding spaces aside).
func LookupRule(id string) (Rule, bool) {
	i, ok := byRuleID()[strings.ToUpper(strings.TrimSpace(id))]
	if !ok {
		return Rule{}, false
	}
	return withChecked(rulebook[i]), true
}

func withChecked(r Rule) Rule {
	if r.Checked == "" {
		r.Checked = RulesChecked
	}
	r.Sources = append([]string(nil), r.Sources...)
	return r
}

// NearestRules are the ids closest to id (by edit distance, then shared
// prefix), at most n, for "did you mean": a renewal window id one
// letter short suggests the renewal window's.
func NearestRules(id string, n int) []string {
	id = strings.ToUpper(strings.TrimSpace(id))
	type cand struct {
		id   string
		dist int
	}
	var cs []cand
	for _, r := range rulebook {
		d := EditDistance(id, r.ID)
		if strings.HasPrefix(r.ID, id) && id != "" {
			d = min(d, 1)
		} else if strings.HasPrefix(id, r.ID) && len(r.ID) > 2 {
			d = min(d, 2)
		}
		if d <= max(3, len(id)/3) {
			cs = append(cs, cand{r.ID, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].dist != cs[j].dist {
			return cs[i].dist < cs[j].dist
		}
		return cs[i].id < cs[j].id
	})
	var out []string
	for i := 0; i < len(cs) && i < n; i++ {
		out = append(out, cs[i].id)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// SourceInWords is a source code as a reader understands it: "L-LM" is
// "Ley de Migración", "O-INM820" gob.mx's renewal sheet, "S3" the founding
// article it names. A site's name ("knr.mx") or anything else the
// rulebook does not hold as a source is returned as it is.
func SourceInWords(code string) string {
	r, ok := LookupRule(code)
	if !ok || len(r.Sources) == 0 || !isSourceID(r.ID) {
		return code
	}
	return r.Sources[0]
}

// isSourceID: the rules file's source codes are L-, O- and S0..S9.
func isSourceID(id string) bool {
	return strings.HasPrefix(id, "L-") || strings.HasPrefix(id, "O-") || len(id) == 2 && id[0] == 'S' && id[1] >= '0' && id[1] <= '9'
}
