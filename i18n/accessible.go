package i18n

// The accessible interview's person prompt (cli/new_accessible.go).
var accessibleTexts = [][]Msg{
	{
		{En: "Whose case is this? Type the person's name:", Es: "¿De quién es este caso? Escriba el nombre de la persona:"},
		{En: "Nobody is called exactly %q. Did you mean one of these people?", Es: "Nadie se llama exactamente %q. ¿Se refiere a una de estas personas?"},
		{En: "  n. none of them: add a new person called %q", Es: "  n. ninguna: agregar una persona nueva llamada %q"},
		{En: "Type 1 to use that person, or n to add a new one:", Es: "Escriba 1 para elegir a esa persona, o n para agregar una nueva:"},
		{En: "no answer to %q: pass --person with the name exactly as stored (see `tramite person list`)",
			Es: "sin respuesta a %q: use --person con el nombre exactamente como está guardado (vea `tramite person list`)"},
		{En: "Type a number from 1 to %d, or n to add a new person:", Es: "Escriba un número del 1 al %d, o n para agregar una persona nueva:"},
	},
}
