package i18n

// Issue 14's and issue 21's messages of the exports, the demo and the case
// view's long notes (kept in a block of their own).
var robustTexts = [][]Msg{
	{
		{En: "… the notes go on: export the case (e) to read them all.", Es: "… las notas siguen: exporte el caso (e) para leerlas completas."},
		{En: "export interrupted: nothing was written", Es: "exportación interrumpida: no se escribió nada"},
		{En: "export interrupted: %s was not written (a file already there is left as it was)", Es: "exportación interrumpida: no se escribió %s (un archivo que ya estaba se dejó como estaba)"},
		{En: "a PDF is not for the terminal: add -o FILE.pdf, or send it to a file or a printer (> packet.pdf, | lp)", Es: "un PDF no es para la terminal: agregue -o ARCHIVO.pdf, o envíelo a un archivo o a una impresora (> paquete.pdf, | lp)"},
		{En: "Note: %s", Es: "Aviso: %s"},
		{En: "The packet prints this in the letters' place: set the data, then export again.", Es: "El paquete imprime esto en lugar de los escritos: registre los datos y exporte de nuevo."},
		{En: "a facilitators' blog (former INM officers), on INM's online appointment system", Es: "un blog de gestores (antiguos funcionarios del INM), sobre el sistema de citas en línea del INM"},
		{En: "Mexperience, on INM's online appointment system", Es: "Mexperience, sobre el sistema de citas en línea del INM"},
		{En: `BizQro, "Solutions for expats in Mexico", on the exit and re-entry permit`, Es: `BizQro, "Solutions for expats in Mexico", sobre el permiso de salida y regreso`},
		{En: "SRE, pages of the embassies and consulates (canje, card terms)", Es: "SRE, páginas de las embajadas y consulados (canje, vigencia de las tarjetas)"},
		{En: "Ventanilla Única, trámite 330 (canje: 30 calendar days from arrival)", Es: "Ventanilla Única, trámite 330 (canje: 30 días naturales desde la llegada)"},
		{En: "Your notes", Es: "Sus notas"},
		{En: "(tramite's Spanish wording: INM's own name for it is not known; check with your INM office)", Es: "(redacción de tramite: no se conoce el nombre que le da el INM; confírmelo en su oficina del INM)"},
		{En: "tramite does not write %s files: name the file with one of these extensions, or choose the format with --format: %s", Es: "tramite no escribe archivos %s: nombre el archivo con una de estas extensiones, o elija el formato con --format: %s"},
		{En: "--paper %q is not a paper size: use letter (US Letter, carta) or a4", Es: "--paper %q no es un tamaño de papel: use letter (carta) o a4"},
		{En: "A previous demo was interrupted after %d of %d cases: adding the other %d.\n", Es: "Una demostración anterior se interrumpió tras %d de %d casos: se agregan los otros %d.\n"},
		{En: "A previous demo was interrupted after %d of %d cases; `tramite demo --cases %d --seed %d --today %s` finishes it.\n", Es: "Una demostración anterior se interrumpió tras %d de %d casos; `tramite demo --cases %d --seed %d --today %s` la termina.\n"},
		{En: "write demo cases %d to %d: %w (the %d before are saved; run the same command again to add the rest)", Es: "no se escribieron los casos de demostración %d a %d: %w (los %d anteriores quedaron guardados; ejecute el mismo comando de nuevo para agregar el resto)"},
		{En: "(tramite's wording)", Es: "(redacción de tramite)"},
	},
}
