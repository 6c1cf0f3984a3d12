package record

import "tramite/procedures"

// Set stores an already normalised personal value (procedures.
// NormalizePersonValue) where the store keeps it: name, nationality and
// birth date are fields of the person, the other personal keys live in
// Details. An empty value clears it.
func (p *Person) Set(key, value string) {
	switch key {
	case "name":
		p.Name = value
	case "nationality":
		p.Nationality = value
	case "birth_date":
		p.BirthDate = procedures.Date{}
		if d, err := procedures.ParseDate(value); err == nil {
			p.BirthDate = d
		}
	default:
		if value == "" {
			delete(p.Details, key)
			return
		}
		if p.Details == nil {
			p.Details = map[string]string{}
		}
		p.Details[key] = value
	}
}

// Get reads a personal value back ("" when unset).
func (p Person) Get(key string) string {
	switch key {
	case "name":
		return p.Name
	case "nationality":
		return p.Nationality
	case "birth_date":
		return p.BirthDate.String()
	}
	return p.Details[key]
}
