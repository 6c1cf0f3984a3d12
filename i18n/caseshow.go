package i18n

// `tramite case ...`: case show's header and the labels beside the keys a
// script passes back (the keys stay as stored), and what each edit says
// it did.
var caseshowTexts = [][]Msg{
	{
		{En: "Case %d: %s for %s", Es: "Caso %d: %s para %s"},
		{En: "ticked", Es: "marcados"},
		{En: "notes", Es: "notas"},
		{En: "tramite: note: %s is no longer asked with these answers; it was removed\n",
			Es: "tramite: nota: %s ya no se pregunta con estas respuestas; se quitó\n"},
		{En: "Saved %d answers on case %d.\n", One: "Saved %d answer on case %d.\n",
			Es: "%d respuestas guardadas en el caso %d.\n", EsOne: "%d respuesta guardada en el caso %d.\n"},
		{En: "Case %d is now at stage %s.\n", Es: "El caso %d está ahora en la etapa %s.\n"},
		{En: "Ticked %s (%s) on case %d.\n", Es: "%s (%s) marcado en el caso %d.\n"},
		{En: "Unticked %s (%s) on case %d.\n", Es: "%s (%s) desmarcado en el caso %d.\n"},
		{En: "Added the note to case %d.\n", Es: "Nota añadida al caso %d.\n"},
		{En: "Case %d is now %s's.\n", Es: "El caso %d es ahora de %s.\n"},
		{En: "Deleted case %d (%s for %s).\n", Es: "Caso %d borrado (%s para %s).\n"},
	},
}
