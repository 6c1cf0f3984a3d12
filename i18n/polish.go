package i18n

// Issue 21's and issue 19's last reading fixes (the polish block): the
// outcome notes that named an answer key, the export's case number, the
// dashboard's notes in Spanish, the first payment and a refusal.
var polishTexts = [][]Msg{
	{
		{En: " Estimated from your planned return (%s): once you are back, add the date you came back to the answers.", Es: " Estimado desde su regreso previsto (%s): cuando regrese, agregue a las respuestas la fecha en que volvió."},
		{En: " Estimated: the permit is not issued yet, so this counts from the earliest date it may bear (%s: the day you plan to ask, or the last safe day to ask, whichever is earlier); a permit dated earlier ends earlier. Add the date printed on the permit to the answers once you have it.", Es: " Estimado: el permiso aún no se expide, así que se cuenta desde la fecha más temprana que puede llevar (%s: el día en que piensa pedirlo o el último día seguro para pedirlo, el que sea antes); un permiso con fecha anterior termina antes. Agregue a las respuestas la fecha impresa en el permiso cuando lo tenga."},
		{En: "Change the answers: the new departure date, or the date printed on the permit if it was issued.", Es: "Cambie las respuestas: la nueva fecha de salida, o la fecha impresa en el permiso si ya se expidió."},
		{En: "Once filed, mark the case filed (or add the date you filed to the answers): INM answers in about 10 business days (R-NOTIFY-FEE).", Es: "Una vez presentada, marque el caso como presentado (o agregue a las respuestas la fecha en que la presentó): el INM responde en unos 10 días hábiles (R-NOTIFY-FEE)."},
		{En: "The entry %s is after today (%s): type the date on your entry stamp, or answer that you have not entered Mexico yet.", Es: "La entrada %s es posterior a hoy (%s): escriba la fecha de su sello de entrada, o responda que aún no ha entrado a México."},
		{En: "%s needs a CASE number (see `tramite cases`), or --household for every case (got %d arguments): see `%s --help`", Es: "%s necesita un número de CASO (vea `tramite cases`), o --household para todos los casos (recibió %d argumentos): vea `%s --help`"},
		{En: "The first payment (recepción y estudio, R-PAY-TWO) is recorded in the filing stage's form: s at filing asks its date, from the bank receipt; once approved, the approval's form asks the card fee.", Es: "El primer pago (recepción y estudio, R-PAY-TWO) se registra en el formulario de la etapa de presentación: s al presentar pide su fecha, la del recibo del banco; una vez aprobado, el formulario de la aprobación pide el pago de la tarjeta."},
		{En: "%q is not a kind of notice: type corrections (INM asks for a missing requirement), resolution (INM's decision) or refusal (INM refused the application)", Es: "%q no es un tipo de aviso: escriba corrections (el INM pide un requisito faltante), resolution (la resolución del INM) o refusal (el INM negó la solicitud)"},
		{En: "If INM refused the application: verify with your INM office what you can do next.", Es: "Si el INM negó la solicitud: confirme en su oficina del INM qué puede hacer después."},
		{En: "INM notice of %s: the application was refused; the case is closed.", Es: "Aviso del INM del %s: la solicitud fue negada; el caso está cerrado."},
		{En: "INM refused the application (negativa): close the case", Es: "El INM negó la solicitud (negativa): cerrar el caso"},
		{En: "Recorded INM's refusal: the case is closed. %s", Es: "Se registró la negativa del INM: el caso está cerrado. %s"},
		{En: "Recorded INM's refusal on case %d: the case is closed. %s", Es: "Se registró la negativa del INM en el caso %d: el caso está cerrado. %s"},
		{En: "Refused by INM on %s: the case is closed.", Es: "Negada por el INM el %s: el caso está cerrado."},
	},
}
