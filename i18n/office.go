package i18n

// A facilitator's office (issue 18) and reminders in the case view
// (issue 20): the dashboard's word when the database cannot be reached, a
// save refused because another desk changed the case, the messages to the
// client.
func init() {
	add([]Msg{
		{En: "The database cannot be reached just now: tramite keeps trying and shows the cases again when it answers. Nothing saved is lost.",
			Es: "No se puede conectar con la base de datos ahora: tramite lo sigue intentando y vuelve a mostrar los casos cuando responda. No se pierde nada de lo guardado."},
	})
}
