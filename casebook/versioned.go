package casebook

import "tramite/record"

// SaveAt applies edit to case id as stored and saves it, provided the
// stored case is still at version base (the version the person at the
// desk saw when they began: the case view's copy). A case changed since,
// at another desk or by another tramite, is refused with a
// *record.ConflictError (errors.Is record.ErrConflict) and nothing is
// saved; the store refuses in the same way a change made between this
// read and the save. It returns the case as saved, with its new version.
func SaveAt(st Store, id, base uint64, edit func(c *record.Case)) (record.Case, error) {
	c, err := st.Case(id)
	if err != nil {
		return c, err
	}
	if c.Version != base {
		return c, &record.ConflictError{CaseID: id, At: c.Updated, Stored: c.Version, Based: base}
	}
	edit(&c)
	if err := st.SaveCase(&c); err != nil {
		return c, err
	}
	return c, nil
}
