package wizard

import "charm.land/huh/v2"

// HasTypedText reports whether the open question's text field holds text
// (typed, or an earlier answer filled in). A host that gives ? a meaning
// of its own (the tui's help) leaves the key to the field then, so a ? can
// still be part of an answer.
func (m Model) HasTypedText() bool {
	if m.screen != screenQuestion || m.form == nil {
		return false
	}
	return FieldHasText(m.form)
}

// FieldHasText reports whether the focused field of f is a text field
// holding text.
func FieldHasText(f *huh.Form) bool {
	if f == nil {
		return false
	}
	switch fld := f.GetFocusedField().(type) {
	case *huh.Input:
		s, _ := fld.GetValue().(string)
		return s != ""
	case *huh.Text:
		s, _ := fld.GetValue().(string)
		return s != ""
	}
	return false
}
