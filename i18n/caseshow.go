package i18n

// `tramite case show`: its header and the labels beside the keys a script
// passes back (the keys stay as stored).
func init() {
	add([]Msg{
		{En: "Case %d: %s for %s", Es: "Caso %d: %s para %s"},
		{En: "ticked", Es: "marcados"},
		{En: "notes", Es: "notas"},
	})
}
