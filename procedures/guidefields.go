package procedures

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// The fields of INM's online form (R-FORM-FIELDS) with the values to type,
// prepared from the person and the case: names split into given names and
// surnames, the address split into its parts where it can be parsed, the
// reported traps applied and pointed out (R-FORM-TRAPS). What tramite does
// not have is "to fill in", never invented.

// Field groups, in the order of the reported screens.
const (
	GroupNames    = "Names"
	GroupBirth    = "Birth and nationality"
	GroupPassport = "Passport"
	GroupAddress  = "Address in Mexico"
	GroupContact  = "Contact"
	GroupOther    = "Other"
)

// FormFields returns the form's fields for procedure p with answers a and
// the person's values, in the order of the reported screens.
func FormFields(p *Procedure, a Answers, person LetterPerson) []FormField {
	return formFields(p, a, person, Context{})
}

// formFields is FormFields with the notes that depend on the values
// worded in c's language.
func formFields(p *Procedure, a Answers, person LetterPerson, c Context) []FormField {
	var fs []FormField
	fs = append(fs, nameFields(person.Name, person.Nationality, c)...)
	fs = append(fs,
		field(GroupBirth, "Nationality", strings.TrimSpace(person.Nationality), "your nationality, as in the passport"),
		field(GroupBirth, "Sex", "", "as in the passport"),
		birthField(person.BirthDate, c),
		field(GroupBirth, "Place of birth", "", "as in the passport"),
		field(GroupPassport, "Passport number", strings.TrimSpace(person.PassportNumber), "from the passport's data page"),
		field(GroupPassport, "Country that issued the passport", "", "as printed on the passport's data page"),
	)
	addr, from := strings.TrimSpace(person.Address), "your address"
	if p.ID == "notification" && a["change_kind"] == "address" && strings.TrimSpace(a["new_value"]) != "" {
		// A notified move: the form takes the new address, as given on
		// the case (D-NOTIFY-LETTER's new data).
		addr, from = strings.TrimSpace(a["new_value"]), "the new address given on the case"
	}
	fs = append(fs, addressFields(addr, from, c)...)
	fs = append(fs,
		field(GroupContact, "Telephone", strings.TrimSpace(person.Phone), "a telephone number where INM can reach you"),
		field(GroupContact, "E-mail for notifications", strings.TrimSpace(person.Email), "an e-mail address you read: INM announces its notices there"),
	)
	if f, ok := employerField(p, a); ok {
		fs = append(fs, f)
	}
	authorised := field(GroupOther, "Person authorised to follow the case", "", "only if someone else (a relative, a facilitator) will follow the case; otherwise leave it empty")
	authorised.Optional = true
	return append(fs, authorised)
}

// field is a reported field of R-FORM-FIELDS.
func field(group, label, value, toFill string) FormField {
	f := FormField{Group: group, Label: label, Rule: "R-FORM-FIELDS", Secondary: true}
	if value == "" {
		f.ToFill = toFill
	} else {
		f.Value = value
	}
	return f
}

// employerField is the employer "where it applies": a job is the grounds
// of the residence, the visa or the permit. tramite does not keep the
// employer's data, except a new employer given on a notification.
func employerField(p *Procedure, a Answers) (FormField, bool) {
	applies := p.ID == "work-permit" && a["employment"] != "self-employed" ||
		p.ID == "renewal" && a["grounds"] == "job" ||
		p.ID == "canje" && a.Yes("work_permit") ||
		p.ID == "notification" && a["change_kind"] == "workplace"
	if !applies {
		return FormField{}, false
	}
	f := field(GroupOther, "Employer", "", "the employer's name and details, as in the job offer or contract")
	if p.ID == "notification" && strings.TrimSpace(a["new_value"]) != "" {
		f.Value = strings.TrimSpace(a["new_value"])
		f.ToFill = ""
		f.Note = "The new employer as given on the case (new_value); check the name against the contract."
	}
	return f, true
}

// birthField writes the birth date as day, month and year: the form's
// date format is not in DOMAIN.md, so no order is assumed.
func birthField(d Date, c Context) FormField {
	f := field(GroupBirth, "Date of birth", "", "as in the passport")
	if d.IsZero() {
		return f
	}
	f.Value = c.T("day %02d, month %02d (%s), year %d", d.Day, int(d.Month), spanishMonths[d.Month], d.Year)
	f.ToFill = ""
	f.Note = "The form's date format is not in tramite's rules: type the day, month and year in the boxes or the order the form shows (" + VerifyWithOffice + ")."
	return f
}

// ---- Names ----

// nameParticles join the word after them into one surname ("de la Cruz").
var nameParticles = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"de": true, "del": true, "la": true, "las": true, "los": true, "y": true, "da": true, "das": true,
		"do": true, "dos": true, "di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "le": true,
	}
})

// twoSurnameNations are nationalities (in English or Spanish, accents
// and case ignored, by prefix) whose names usually carry two surnames:
// with three or more words, the last two are taken as surnames.
var twoSurnameNations = []string{
	"mexic", "colombia", "spain", "spanish", "espan", "argentin", "chile", "peru", "venezuel", "cuba",
	"ecuador", "bolivia", "urugua", "paragua", "guatemal", "hondur", "salvador", "nicaragu", "costa ric",
	"costarric", "panam", "dominican", "puerto ric", "puertorriq", "portug", "brazil", "brasil",
}

// NameSplit is a name divided into the form's name fields.
type NameSplit struct {
	Given    string
	Surnames []string // first and, when there is one, second surname
	// Sure: the name was written "Surnames, Given names", so the split is
	// the user's; otherwise tramite guessed it.
	Sure bool
	// Initials lists the initials whose full stop was dropped
	// (R-FORM-TRAPS).
	Initials []string
}

// SplitName divides a name as stored into given names and surnames. A
// comma separates "Surnames, Given names" exactly; otherwise the split is
// a guess: particles (de, del, de la, van…) join the next word, an initial
// stays with the given names, and the last word is the surname, or the
// last two for nationalities that use two surnames. Full stops after
// initials are dropped (R-FORM-TRAPS).
func SplitName(name, nationality string) NameSplit {
	var s NameSplit
	name = strings.Join(strings.Fields(name), " ")
	if i := strings.Index(name, ","); i >= 0 {
		s.Sure = true
		given, initials := dropInitialStops(strings.Fields(name[i+1:]))
		s.Initials = append(s.Initials, initials...)
		sur := groupParticles(strings.Fields(name[:i]))
		sur, initials = dropInitialStops(sur)
		s.Initials = append(s.Initials, initials...)
		s.Given = strings.Join(given, " ")
		s.Surnames = twoSurnames(sur)
		return s
	}
	groups := groupParticles(strings.Fields(name))
	groups, s.Initials = dropInitialStops(groups)
	if len(groups) <= 1 {
		s.Given = strings.Join(groups, " ")
		return s
	}
	// The surnames start after the last initial (a middle initial belongs
	// to the given names), and never take the first word.
	n := 1
	if len(groups) >= 3 && twoSurnameNation(nationality) {
		n = 2
	}
	lastInitial := -1
	for i, g := range groups {
		if isInitial(g) {
			lastInitial = i
		}
	}
	start := len(groups) - n
	if start <= lastInitial {
		start = lastInitial + 1
	}
	if start < 1 {
		start = 1
	}
	if start >= len(groups) {
		s.Given = strings.Join(groups, " ")
		return s
	}
	s.Given = strings.Join(groups[:start], " ")
	s.Surnames = twoSurnames(groups[start:])
	return s
}

// twoSurnames keeps at most two surname fields: extra words join the
// second.
func twoSurnames(groups []string) []string {
	switch len(groups) {
	case 0:
		return nil
	case 1:
		return []string{groups[0]}
	}
	return []string{groups[0], strings.Join(groups[1:], " ")}
}

// groupParticles joins each particle to the word after it ("de la Cruz").
func groupParticles(words []string) []string {
	var out []string
	pending := ""
	for _, w := range words {
		if nameParticles()[strings.ToLower(w)] {
			pending += w + " "
			continue
		}
		out = append(out, pending+w)
		pending = ""
	}
	if pending != "" {
		out = append(out, strings.TrimSpace(pending))
	}
	return out
}

var initialRe = lazyRegexp(`^(\p{L}\.)+$`)

// dropInitialStops removes the full stop after each initial ("Q." → "Q",
// "J.R." → "J R") and returns the initials so changed.
func dropInitialStops(words []string) ([]string, []string) {
	var out, changed []string
	for _, w := range words {
		if initialRe().MatchString(w) {
			changed = append(changed, w)
			out = append(out, strings.Join(strings.FieldsFunc(w, func(r rune) bool { return r == '.' }), " "))
			continue
		}
		out = append(out, w)
	}
	return out, changed
}

// isInitial reports a word of one letter (or initials, "J R").
func isInitial(w string) bool {
	for _, part := range strings.Fields(w) {
		if len([]rune(part)) != 1 {
			return false
		}
	}
	return w != ""
}

func twoSurnameNation(nat string) bool {
	n := foldAccents(strings.ToLower(strings.TrimSpace(nat)))
	for _, p := range twoSurnameNations {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// foldAccents removes the accents of Spanish letters, for comparisons.
func foldAccents(s string) string {
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ñ", "n",
		"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U", "Ü", "U", "Ñ", "N").Replace(s)
}

// nameFields are the name fields: given names and surnames, with the
// split explained and the initials' full stops pointed out.
func nameFields(name, nationality string, c Context) []FormField {
	name = strings.TrimSpace(name)
	if name == "" {
		return []FormField{
			field(GroupNames, "Given name(s)", "", "exactly as in the passport"),
			field(GroupNames, "Surname(s)", "", "exactly as in the passport"),
		}
	}
	s := SplitName(name, nationality)
	given := field(GroupNames, "Given name(s)", s.Given, "exactly as in the passport")
	sur := field(GroupNames, "Surname(s)", strings.Join(s.Surnames, " "), c.T("the passport's surname line: tramite could not tell the surname in \"%s\"", name))
	if len(s.Surnames) == 2 {
		sur.Note = c.T("If the form asks for each surname apart: first surname %s, second surname %s.", s.Surnames[0], s.Surnames[1])
	}
	if !s.Sure && len(s.Surnames) > 0 {
		given.Note = c.T("tramite split \"%s\" itself: check it against the passport's surname and given-name lines, and copy them exactly as printed there.", name)
	}
	for _, in := range s.Initials {
		given.Traps = append(given.Traps, c.T("no full stop after an initial: %q typed as %q", in, strings.Join(strings.FieldsFunc(in, func(r rune) bool { return r == '.' }), " ")))
	}
	return []FormField{given, sur}
}

// ---- Address ----

// AddressParts is an address in Mexico split into the form's fields.
type AddressParts struct {
	Street, Number, Colonia, PostalCode, Municipality, State string
	// Unplaced are the parts of the address tramite could not place.
	Unplaced []string
	// Traps are the traps applied (R-FORM-TRAPS), pointed out.
	Traps []string
}

var (
	postalRe     = lazyRegexp(`(?i)(?:\bc\.?\s*p\.?\s*)?\b(\d{5})\b`)
	hashNumRe    = lazyRegexp(`#\s*(\S.*)$`)
	labelNumRe   = lazyRegexp(`(?i)(?:^|\s)(no\.|n[úu]m\.|n[úu]mero|num|no|n°|nº)\s*(\d\S*(?:\s.*)?)$`)
	trailNumRe   = lazyRegexp(`^(.*\S)\s+(\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?(?:\s+(?i:int\.?|interior|depto\.?|dpto\.?|depa)\s*\S+)?)$`)
	coloniaRe    = lazyRegexp(`(?i)^(?:col\.|colonia)\s*(.+)$`)
	fraccRe      = lazyRegexp(`(?i)^(?:fracc\.|fraccionamiento)\s*.+$`)
	municipioRe  = lazyRegexp(`(?i)^(?:mpio\.|municipio(?:\s+de)?|alcald[íi]a|del\.|delegaci[óo]n)\s*(.+)$`)
	initialDotRe = lazyRegexp(`(^|\s)(\p{L})\.`)
)

// streetTypes are words that name a kind of street: alone, they are not a
// street name, so a number after them is the street's ("Calle 60").
var streetTypes = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"calle": true, "av": true, "av.": true, "avenida": true, "calzada": true, "calz.": true, "blvd": true, "blvd.": true,
		"boulevard": true, "bulevar": true, "privada": true, "priv.": true, "andador": true, "cerrada": true, "circuito": true,
		"prolongación": true, "prol.": true, "carretera": true, "camino": true, "callejón": true, "retorno": true,
	}
})

// mexicanStates maps the folded spelling of each state (name and usual
// abbreviations, lowercase, no accents, dots or spaces) to its name;
// built on first use, not at every start (issue 15).
var mexicanStates = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for name, abbrs := range map[string][]string{
		"Aguascalientes":      {"ags"},
		"Baja California":     {"bc"},
		"Baja California Sur": {"bcs"},
		"Campeche":            {"camp"},
		"Chiapas":             {"chis"},
		"Chihuahua":           {"chih"},
		"Ciudad de México":    {"cdmx", "cdmex", "df", "distritofederal", "mexicodf"},
		"Coahuila":            {"coah", "coahuiladezaragoza"},
		"Colima":              {},
		"Durango":             {"dgo"},
		"Guanajuato":          {"gto"},
		"Guerrero":            {"gro"},
		"Hidalgo":             {"hgo"},
		"Jalisco":             {"jal"},
		"Estado de México":    {"edomex", "edomexico", "edodemexico", "edodemex", "mex", "estadodemex"},
		"Michoacán":           {"mich", "michoacandeocampo"},
		"Morelos":             {"mor"},
		"Nayarit":             {"nay"},
		"Nuevo León":          {"nl"},
		"Oaxaca":              {"oax"},
		"Puebla":              {"pue"},
		"Querétaro":           {"qro", "queretarodearteaga"},
		"Quintana Roo":        {"qroo", "qr"},
		"San Luis Potosí":     {"slp"},
		"Sinaloa":             {"sin"},
		"Sonora":              {"son"},
		"Tabasco":             {"tab"},
		"Tamaulipas":          {"tamps", "tamp"},
		"Tlaxcala":            {"tlax"},
		"Veracruz":            {"ver", "veracruzdeignaciodelallave"},
		"Yucatán":             {"yuc"},
		"Zacatecas":           {"zac"},
	} {
		m[stateKey(name)] = name
		for _, a := range abbrs {
			m[a] = name
		}
	}
	return m
})

func stateKey(s string) string {
	s = foldAccents(strings.ToLower(s))
	return strings.Map(func(r rune) rune {
		if r == '.' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// lookupState returns the state a part of an address names.
func lookupState(part string) (string, bool) {
	s, ok := mexicanStates()[stateKey(part)]
	return s, ok
}

// isCountry reports a part that names the country, not a state.
func isCountry(part string) bool {
	switch stateKey(part) {
	case "mexico", "mx", "mex.", "republicamexicana", "estadosunidosmexicanos":
		return true
	}
	return false
}

// ParseAddress splits an address written on one line, its parts separated
// by commas ("Calle Hidalgo #123, Col. Centro, C.P. 76000, Querétaro,
// Qro."), into the form's fields. What cannot be placed stays empty, and
// the reported traps are applied: no "#", no full stop after an initial
// (R-FORM-TRAPS).
func ParseAddress(addr string) AddressParts {
	var a AddressParts
	var parts []string
	for _, p := range strings.Split(addr, ",") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return a
	}
	if strings.Contains(addr, "#") {
		a.Traps = append(a.Traps, `no "#" in the address: the "#" removed`)
	}
	a.Street, a.Number = splitStreet(strings.ReplaceAll(parts[0], "#", " # "))
	rest := parts[1:]
	// The country and the state come last.
	if len(rest) > 0 && isCountry(rest[len(rest)-1]) {
		rest = rest[:len(rest)-1]
	}
	if len(rest) > 0 {
		if s, ok := lookupState(rest[len(rest)-1]); ok {
			a.State, rest = s, rest[:len(rest)-1]
		}
	}
	var cpRest string
	var unlabelled []string
	for _, p := range rest {
		p = strings.TrimSpace(strings.ReplaceAll(p, "#", ""))
		if m := postalRe().FindStringSubmatchIndex(p); m != nil && a.PostalCode == "" {
			a.PostalCode = p[m[2]:m[3]]
			p = strings.TrimSpace(p[:m[0]] + " " + p[m[1]:])
			if p == "" {
				continue
			}
			if s, ok := lookupState(p); ok && a.State == "" {
				a.State = s
				continue
			}
			if coloniaRe().MatchString(p) || fraccRe().MatchString(p) {
				// "Col. Centro C.P. 76000": the colonia, below.
			} else if cpRest == "" {
				cpRest = p
				continue
			}
		}
		switch {
		case coloniaRe().MatchString(p) && a.Colonia == "":
			a.Colonia = coloniaRe().FindStringSubmatch(p)[1]
		case fraccRe().MatchString(p) && a.Colonia == "":
			a.Colonia = p
		case municipioRe().MatchString(p) && a.Municipality == "":
			a.Municipality = municipioRe().FindStringSubmatch(p)[1]
		default:
			unlabelled = append(unlabelled, p)
		}
	}
	// Mexican addresses run street, colonia, municipality: unlabelled
	// parts fill the colonia first, then the municipality (a place named
	// beside the postal code is the municipality).
	if a.Colonia == "" && len(unlabelled) > 0 && (len(unlabelled) > 1 || cpRest != "" || a.Municipality != "") {
		a.Colonia, unlabelled = unlabelled[0], unlabelled[1:]
	}
	if a.Municipality == "" && cpRest != "" {
		a.Municipality, cpRest = cpRest, ""
	}
	if a.Municipality == "" && len(unlabelled) > 0 {
		a.Municipality, unlabelled = unlabelled[0], unlabelled[1:]
	}
	if cpRest != "" {
		unlabelled = append(unlabelled, cpRest)
	}
	a.Unplaced = unlabelled
	for _, p := range []*string{&a.Street, &a.Number, &a.Colonia, &a.Municipality} {
		if v := initialDotRe().ReplaceAllString(*p, "$1$2"); v != *p {
			a.Traps = append(a.Traps, fmt.Sprintf("no full stop after an initial: %q typed as %q", *p, v))
			*p = v
		}
		*p = strings.TrimSpace(*p)
	}
	return a
}

// splitStreet takes the number off the street part: after "#", after a
// label ("No.", "Núm."), or the last word when it is a number and the
// street keeps a name.
func splitStreet(s string) (street, number string) {
	s = strings.Join(strings.Fields(s), " ")
	if m := hashNumRe().FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(s[:m[0]]), strings.TrimSpace(s[m[2]:m[3]])
	}
	if m := labelNumRe().FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(s[:m[0]]), strings.TrimSpace(s[m[4]:m[5]])
	}
	if m := trailNumRe().FindStringSubmatch(s); m != nil && !streetTypes()[strings.ToLower(m[1])] {
		return m[1], m[2]
	}
	return s, ""
}

// addressFields are the address fields; from names where the address
// comes from, for the notes.
func addressFields(addr, from string, c Context) []FormField {
	labels := []string{"Street", "Number", "Colonia", "Postal code", "Municipality (municipio or alcaldía)", "State"}
	if addr == "" {
		out := make([]FormField, len(labels))
		for i, l := range labels {
			out[i] = field(GroupAddress, l, "", "your address in Mexico (tramite has none: add it to the person)")
		}
		return out
	}
	a := ParseAddress(addr)
	values := []string{a.Street, a.Number, a.Colonia, a.PostalCode, a.Municipality, a.State}
	out := make([]FormField, len(labels))
	for i, l := range labels {
		out[i] = field(GroupAddress, l, values[i], c.T("from %s, \"%s\": tramite could not tell this part", from, addr))
	}
	for _, t := range a.Traps {
		// A trap is pointed out on the field it changed: "#" on the number
		// (or the street when there is no number), initials on their field.
		i := 0
		switch {
		case strings.Contains(t, `"#"`) && a.Number != "":
			i = 1
		case strings.Contains(t, "initial"):
			for j, v := range values[:5] {
				if strings.Contains(t, fmt.Sprintf("%q", v)) {
					i = j
				}
			}
		}
		out[i].Traps = append(out[i].Traps, t)
	}
	note := c.T("Split from %s, \"%s\": check each part before you type it.", from, addr)
	if len(a.Unplaced) > 0 {
		note += c.T(" Not placed: %s.", strings.Join(a.Unplaced, "; "))
	}
	out[0].Note = note
	return out
}
