package i18n

// A facilitator's office (issue 18) and reminders in the case view
// (issue 20): the dashboard's word when the database cannot be reached, a
// save refused because another desk changed the case, the messages to the
// client.
func init() {
	add([]Msg{
		{En: "The database cannot be reached just now: tramite keeps trying and shows the cases again when it answers. Nothing saved is lost.",
			Es: "No se puede conectar con la base de datos ahora: tramite lo sigue intentando y vuelve a mostrar los casos cuando responda. No se pierde nada de lo guardado."},
		{En: "This case was changed at another desk at %s; your change was not saved. The case was reloaded and what you typed is kept: save again to keep it.",
			Es: "Este caso se cambió en otro puesto a las %s; su cambio no se guardó. Se volvió a cargar el caso y lo que escribió se conserva: guarde de nuevo para conservarlo."},
		{En: "This case was changed at another desk at %s; your change was not saved. The case was reloaded: look at it and try again.",
			Es: "Este caso se cambió en otro puesto a las %s; su cambio no se guardó. Se volvió a cargar el caso: revíselo e intente de nuevo."},
		{En: "Notes as stored now (changed at another desk at %s)", Es: "Notas como están guardadas ahora (cambiadas en otro puesto a las %s)"},
		{En: "Your text, not saved yet (%s saves it in their place)", Es: "Su texto, aún sin guardar (%s lo guarda en su lugar)"},
		{En: "(no notes)", Es: "(sin notas)"},
	})
}
