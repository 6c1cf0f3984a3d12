package i18n

// The terminal interface's help overlay, help bar and detail line
// (issue 21, "Screens"): a block of its own so that merges stay easy.
func init() {
	add([]Msg{
		// The help overlay (tui/help_overlay.go).
		{En: "help", Es: "ayuda"},
		{En: "close help", Es: "cerrar ayuda"},
		{En: "more", Es: "más"},
		{En: "Help: %s", Es: "Ayuda: %s"},
		{En: "Keys", Es: "Teclas"},
		{En: "? opens this help on every screen; while you type in a box that holds text, F1 does.",
			Es: "? abre esta ayuda en cada pantalla; mientras escribe en un campo que ya tiene texto, F1."},
		{En: "Starting a case: pick the procedure (or let tramite help you choose), then who it is for. The interview asks the rest.",
			Es: "Para empezar un caso: elija el trámite (o deje que tramite le ayude a elegir) y luego para quién es. La entrevista pregunta lo demás."},
		{En: "Pick a person", Es: "Elegir persona"},
		{En: "Type part of a name to narrow the list, then enter to show only that person's dates and cases.",
			Es: "Escriba parte de un nombre para acortar la lista; enter muestra solo las fechas y casos de esa persona."},
		{En: "Search", Es: "Búsqueda"},
		{En: "Type a name, a procedure or words of a deadline: the list keeps the rows that match. Enter keeps the filter, esc clears it.",
			Es: "Escriba un nombre, un trámite o palabras de una fecha: la lista conserva las filas que coinciden. Enter mantiene el filtro; esc lo borra."},
		{En: "Every case of the household with its stage and next date. Enter opens the case under the cursor.",
			Es: "Cada caso de la familia con su etapa y su próxima fecha. Enter abre el caso marcado."},
		{En: "Every date that matters for the household, soonest first: !! late or today, ! within a week, · within a month. Enter opens the highlighted row's case.",
			Es: "Cada fecha importante de la familia, la más próxima primero: !! atrasada o de hoy, ! en una semana, · en un mes. Enter abre el caso de la fila marcada."},
		{En: "Letter", Es: "Escrito"},
		{En: "The letters this case needs, in Spanish, ready to print and sign. Missing personal data is asked first.",
			Es: "Los escritos que necesita este caso, listos para imprimir y firmar. Primero se piden los datos personales que falten."},
		{En: "Online guide", Es: "Guía en línea"},
		{En: "INM's online form field by field, what to write in its Comentarios box, and the steps after it.",
			Es: "El formato en línea del INM campo por campo, qué escribir en su recuadro de Comentarios y los pasos siguientes."},
		{En: "Export", Es: "Exportar"},
		{En: "Pick a format and a file: enter moves to the next field and saves on the last; esc leaves without saving.",
			Es: "Elija un formato y un archivo: enter pasa al campo siguiente y guarda en el último; esc sale sin guardar."},
		{En: "Stage", Es: "Etapa"},
		{En: "The dates this stage needs: enter moves to the next field and saves on the last; esc leaves the stage as it was.",
			Es: "Las fechas que pide esta etapa: enter pasa al campo siguiente y guarda en el último; esc deja la etapa como estaba."},
		{En: "Anything to remember about this case. ctrl+s or esc saves and closes.",
			Es: "Lo que quiera recordar de este caso. ctrl+s o esc guarda y cierra."},
		{En: "y deletes the case for good; any other key keeps it.",
			Es: "y borra el caso para siempre; cualquier otra tecla lo conserva."},
		{En: "Confirm", Es: "Confirmar"},
		{En: "y goes on; any other key leaves everything as it was.",
			Es: "y sigue; cualquier otra tecla deja todo como estaba."},
		{En: "Case", Es: "Caso"},
		{En: "One case: the verdict, its dates, the checklist of documents and the answers. ↑/↓ move through the checklist and space ticks what is ready; s moves the case to its next stage.",
			Es: "Un caso: el resultado, sus fechas, la lista de documentos y las respuestas. ↑/↓ recorren la lista y espacio marca lo que está listo; s pasa el caso a su siguiente etapa."},
		{En: "Change the person's name: enter saves it, esc keeps it as it was.",
			Es: "Cambiar el nombre de la persona: enter lo guarda; esc lo deja como estaba."},
		{En: "Review", Es: "Revisión"},
		{En: "Every answer of the interview: enter on one changes it; c confirms them all and shows the case.",
			Es: "Todas las respuestas de la entrevista: enter sobre una la cambia; c las confirma todas y muestra el caso."},
		{En: "Interview", Es: "Entrevista"},

		// The delete confirmation names the case (tui/caseview_view.go).
		{En: "Delete case %d, %s: %s?", Es: "¿Borrar el caso %d, %s: %s?"},

		// The highlighted row's detail on the dashboard (tui/dashboard_detail.go).
		{En: "Next: %s", Es: "Siguiente: %s"},
		{En: "act by %s", Es: "a más tardar el %s"},
		{En: "legal date %s: office closed", Es: "fecha legal %s: oficina cerrada"},
	})
}
