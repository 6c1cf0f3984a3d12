package i18n

// Issue 14's and issue 21's messages of the exports, the demo and the case
// view's long notes (kept in a block of their own).
func init() {
	add([]Msg{
		{En: "… the notes go on: export the case (e) to read them all.", Es: "… las notas siguen: exporte el caso (e) para leerlas completas."},
		{En: "export interrupted: nothing was written", Es: "exportación interrumpida: no se escribió nada"},
		{En: "export interrupted: %s was not written (a file already there is left as it was)", Es: "exportación interrumpida: no se escribió %s (un archivo que ya estaba se dejó como estaba)"},
	})
}
