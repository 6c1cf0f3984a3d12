package i18n

// A facilitator's office (issue 18) and reminders in the case view
// (issue 20): the dashboard's word when the database cannot be reached, a
// save refused because another desk changed the case, the messages to the
// client.
var officeTexts = [][]Msg{
	{
		{En: "The database cannot be reached just now: tramite keeps trying and shows the cases again when it answers. Nothing saved is lost.",
			Es: "No se puede conectar con la base de datos ahora: tramite lo sigue intentando y vuelve a mostrar los casos cuando responda. No se pierde nada de lo guardado."},
		{En: "This case was changed at another desk at %s; your change was not saved. The case was reloaded and what you typed is kept: save again to keep it.",
			Es: "Este caso se cambió en otro puesto a las %s; su cambio no se guardó. Se volvió a cargar el caso y lo que escribió se conserva: guarde de nuevo para conservarlo."},
		{En: "This case was changed at another desk at %s; your change was not saved. The case was reloaded: look at it and try again.",
			Es: "Este caso se cambió en otro puesto a las %s; su cambio no se guardó. Se volvió a cargar el caso: revíselo e intente de nuevo."},
		{En: "Notes as stored now (changed at another desk at %s)", Es: "Notas como están guardadas ahora (cambiadas en otro puesto a las %s)"},
		{En: "Your text, not saved yet (%s saves it in their place)", Es: "Su texto, aún sin guardar (%s lo guarda en su lugar)"},
		{En: "(no notes)", Es: "(sin notas)"},
		// The case view's messages to the client (tui/caseview_messages.go).
		{En: "messages to the client", Es: "mensajes al cliente"},
		{En: "copy text", Es: "copiar texto"},
		{En: "copy e-mail link", Es: "copiar enlace de correo"},
		{En: "copy WhatsApp link", Es: "copiar enlace de WhatsApp"},
		{En: "next message", Es: "siguiente mensaje"},
		{En: "previous message", Es: "mensaje anterior"},
		{En: "Messages to the client", Es: "Mensajes al cliente"},
		{En: "Nothing of this case is due within its lead times: there is no message to write.",
			Es: "Nada de este caso vence dentro de sus plazos de aviso: no hay mensaje que escribir."},
		{En: "Message to the client %d of %d", Es: "Mensaje al cliente %d de %d"},
		{En: "No e-mail or phone on file: add them in the person's details to get the links.",
			Es: "No hay correo ni teléfono registrados: agréguelos en los datos de la persona para tener los enlaces."},
		{En: "To: %s", Es: "Para: %s"},
		{En: "Subject: %s", Es: "Asunto: %s"},
		{En: "E-mail link (e copies it):", Es: "Enlace de correo (e lo copia):"},
		{En: "WhatsApp link (w copies it):", Es: "Enlace de WhatsApp (w lo copia):"},
		{En: "tramite sends nothing: copy the text or a link and send it yourself.",
			Es: "tramite no envía nada: copie el texto o un enlace y envíelo usted."},
		{En: "Copied the message (%d lines); if it is not on the clipboard, select it",
			Es: "Se copió el mensaje (%d líneas); si no está en el portapapeles, selecciónelo"},
		{En: "Copied the e-mail link; if it is not on the clipboard, select it",
			Es: "Se copió el enlace de correo; si no está en el portapapeles, selecciónelo"},
		{En: "Copied the WhatsApp link; if it is not on the clipboard, select it",
			Es: "Se copió el enlace de WhatsApp; si no está en el portapapeles, selecciónelo"},
		{En: "No e-mail on file for this person: nothing copied", Es: "Esta persona no tiene correo registrado: no se copió nada"},
		{En: "No phone on file for this person: nothing copied", Es: "Esta persona no tiene teléfono registrado: no se copió nada"},
	},
}

// `tramite db copy` (cli/cmd_db.go): its report and its refusals.
var officeTexts2 = [][]Msg{
	{
		{En: "Copied %s, %s and %s from %s to %s; counts and ids verified.",
			Es: "Se copiaron %s, %s y %s de %s a %s; conteos e ids verificados."},
		{En: "--to: name the target database (a FILE, or postgres://USER@HOST/DATABASE)",
			Es: "--to: indique la base de datos de destino (un ARCHIVO, o postgres://USUARIO@HOST/BASE)"},
		{En: "--from and --to name the same database", Es: "--from y --to indican la misma base de datos"},
		{En: "the source: %w", Es: "el origen: %w"},
		{En: "the target: %w", Es: "el destino: %w"},
		{En: "%w; nothing was copied", Es: "%w; no se copió nada"},
		{En: "the target database %s is not empty: it already holds %s and %s: copy into a new file or an empty database; nothing was copied",
			Es: "la base de datos de destino %s no está vacía: ya tiene %s y %s: copie a un archivo nuevo o a una base vacía; no se copió nada"},
		{En: "copying to %s: %w (nothing was copied)", Es: "al copiar a %s: %w (no se copió nada)"},
		{En: "verifying the copy: %w", Es: "al verificar la copia: %w"},
		{En: "the copy in %s does not match: %d people, %d cases, %d index rows, %d closures; the source has %d, %d, %d, %d",
			Es: "la copia en %s no coincide: %d personas, %d casos, %d filas del índice, %d días inhábiles; el origen tiene %d, %d, %d, %d"},
	},
}

// The case view follows changes made at another desk (tui/caseview_refresh.go).
var officeTexts3 = [][]Msg{
	{
		{En: "Updated at another desk at %s", Es: "Actualizado en otro puesto a las %s"},
		{En: "Updated at another desk at %s; what you are typing is kept",
			Es: "Actualizado en otro puesto a las %s; lo que está escribiendo se conserva"},
	},
}
