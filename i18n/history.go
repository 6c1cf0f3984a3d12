package i18n

// The case history, INM's notices and the second payment of a change of
// status (issue 19): procedures/notice.go, casebook/history.go, the
// exports' History section, `tramite case notice` and `case pay`, the case
// view's history and notice screens.
func init() {
	add([]Msg{
		// procedures
		{En: "approved: card fee to pay", Es: "aprobado: falta pagar la tarjeta"},
		{En: "Pay the card fee and go back to the INM office with the receipt", Es: "Pague la tarjeta y vuelva a la oficina del INM con el comprobante"},
		{En: "INM approved the change: pay the card fee (the second payment, through e5cinco) and take the receipt to the office. No term to pay was found: go soon, and verify with your INM office.",
			Es: "El INM aprobó el cambio: pague la tarjeta (el segundo pago, por e5cinco) y lleve el comprobante a la oficina. No se encontró un plazo para pagar: vaya pronto y confírmelo en su oficina del INM."},
		{En: "%q is not a kind of notice: type corrections (INM asks for a missing requirement) or resolution (INM's decision)",
			Es: "%q no es un tipo de notificación: escriba corrections (el INM pide un requisito faltante) o resolution (la resolución del INM)"},
		{En: "the notice's date is missing: type the date INM's notice bears, e.g. %s", Es: "falta la fecha de la notificación: escriba la fecha que lleva, p. ej. %s"},
		{En: "INM sends notices once the case is filed: mark it filed first (with the date you filed), then record the notice",
			Es: "el INM envía notificaciones una vez presentado el trámite: márquelo primero como presentado (con la fecha en que lo presentó) y luego registre la notificación"},
		{En: "the case is already at %s: a notice of corrections comes before INM's decision; check the date, or step the case back first",
			Es: "el trámite ya está en %s: una prevención llega antes de la resolución del INM; revise la fecha o regrese antes el trámite de etapa"},
		{En: "the case is already at %s: INM's resolution has been recorded", Es: "el trámite ya está en %s: la resolución del INM ya está registrada"},
		{En: "approved (card fee to pay) is a stage of a change of status only (R-PAY-TWO): move this case to received instead",
			Es: "aprobado (falta pagar la tarjeta) es una etapa solo del cambio de condición (R-PAY-TWO): lleve este trámite a recibido"},
		{En: "the payment's date is missing: type the date on the bank receipt, e.g. %s", Es: "falta la fecha del pago: escriba la fecha del comprobante del banco, p. ej. %s"},
		{En: "the case is already at %s: nothing is left to pay", Es: "el trámite ya está en %s: no queda nada por pagar"},
		{En: "approved date: %s is before the filed date %s: type the date of INM's approval, or correct the filed date",
			Es: "fecha de aprobación: %s es anterior a la fecha de presentación %s: escriba la fecha de la aprobación del INM o corrija la fecha de presentación"},
		{En: "card fee paid: %s is before the approval (%s): the card fee is paid once INM approves the change (R-PAY-TWO)",
			Es: "pago de la tarjeta: %s es anterior a la aprobación (%s): la tarjeta se paga una vez que el INM aprueba el cambio (R-PAY-TWO)"},

		// casebook
		{En: "Approved: pay the card fee and go back to the INM office with the receipt.", Es: "Aprobado: pague la tarjeta y vuelva a la oficina del INM con el comprobante."},
		{En: "Approved on %s: pay the card fee and go back to the INM office with the receipt.", Es: "Aprobado el %s: pague la tarjeta y vuelva a la oficina del INM con el comprobante."},
		{En: "No history recorded before %s.", Es: "Sin historial registrado antes del %s."},
		{En: "Case created.", Es: "Trámite creado."},
		{En: "Marked %s: appointment on %s", Es: "Marcado como: %s; cita el %s"},
		{En: "Marked %s on %s", Es: "Marcado como: %s, el %s"},
		{En: "INM notice of %s: a requirement is missing (prevención); 10 business days to hand it in (R-CASE-CORRECT).",
			Es: "Notificación del INM del %s: falta un requisito (prevención); 10 días hábiles para entregarlo (R-CASE-CORRECT)."},
		{En: "INM notice of %s: the resolution; the case moved to %s.", Es: "Notificación del INM del %s: la resolución; el trámite pasó a %s."},
		{En: "First payment (recepción y estudio) made on %s (R-PAY-TWO).", Es: "Primer pago (recepción y estudio) hecho el %s (R-PAY-TWO)."},
		{En: "Fee paid on %s.", Es: "Derechos pagados el %s."},
		{En: "Card fee paid on %s: the second payment (R-PAY-TWO).", Es: "Tarjeta pagada el %s: el segundo pago (R-PAY-TWO)."},
		{En: "Notes edited.", Es: "Notas editadas."},
		{En: "Note added: %s", Es: "Nota añadida: %s"},

		// export
		{En: "HISTORY", Es: "HISTORIAL"},
		{En: "History", Es: "Historial"},
		{En: "History · Historial", Es: "Historial"},

		// cli
		{En: "Record an INM notice (corrections or resolution)", Es: "Registra una notificación del INM"},
		{En: "Record a notice INM left in its portal, with the date it bears. corrections (a\nrequirement is missing, prevención): 10 business days to hand it in (R-CASE-\nCORRECT), shown on the dashboard and in deadlines. resolution: the case moves\nto its next stage (a change of status whose first payment is recorded: approved,\npay the card fee, R-PAY-TWO; else received: --card-expiry for a new card).",
			Es: "Registra una notificación que el INM dejó en su portal, con la fecha que lleva.\ncorrections (falta un requisito, prevención): 10 días hábiles para entregarlo\n(R-CASE-CORRECT), en el tablero y en deadlines. resolution: el trámite pasa a\nsu siguiente etapa (un cambio de condición con el primer pago registrado:\naprobado, pagar la tarjeta, R-PAY-TWO; si no, recibido: --card-expiry para una\ntarjeta nueva)."},
		{En: "Recorded INM's notice of corrections on case %d: hand in what it asks by %s (R-CASE-CORRECT).",
			Es: "Prevención del INM registrada en el trámite %d: entregue lo que pide a más tardar el %s (R-CASE-CORRECT)."},
		{En: "Recorded INM's resolution on case %d: it is now at stage %s.", Es: "Resolución del INM registrada en el trámite %d: ahora está en la etapa %s."},
		{En: "Record a fee payment", Es: "Registra un pago de derechos"},
		{En: "Record the fee paid, with the date on the bank receipt. A change of status is paid\ntwice (R-PAY-TWO): the first payment (recepción y estudio) puts the approval on\nthe case's path; once approved, the payment recorded is the card fee.",
			Es: "Registra los derechos pagados, con la fecha del comprobante del banco. Un cambio\nde condición se paga dos veces (R-PAY-TWO): el primer pago (recepción y estudio)\npone la aprobación en el camino del trámite; ya aprobado, el pago que se\nregistra es el de la tarjeta."},
		{En: "Recorded the card fee on case %d: take the receipt to the INM office.", Es: "Pago de la tarjeta registrado en el trámite %d: lleve el comprobante a la oficina del INM."},
		{En: "Recorded the payment on case %d.", Es: "Pago registrado en el trámite %d."},
		// tui
		{En: "history", Es: "historial"},
		{En: "INM notice", Es: "notificación INM"},
		{En: "History of case %d", Es: "Historial del trámite %d"},
		{En: "↓ more: ↓/pgdn", Es: "↓ hay más: ↓/pgdn"},
		{En: "First payment (recepción y estudio): %s", Es: "Primer pago (recepción y estudio): %s"},
		{En: "Fee paid: %s", Es: "Derechos pagados: %s"},
		{En: "Approved: %s", Es: "Aprobado: %s"},
		{En: "; card fee paid %s", Es: "; tarjeta pagada el %s"},
		{En: "; card fee not paid yet", Es: "; falta pagar la tarjeta"},
		{En: "could not read the case's history", Es: "no se pudo leer el historial del trámite"},
		{En: "What was INM's notice?", Es: "¿Qué decía la notificación del INM?"},
		{En: "A requirement is missing (prevención): 10 business days to correct", Es: "Falta un requisito (prevención): 10 días hábiles para corregir"},
		{En: "The resolution (oficio de resolución): the next stage", Es: "La resolución (oficio de resolución): la siguiente etapa"},
		{En: "Date the notice bears", Es: "Fecha de la notificación"},
		{En: "only for the resolution, once the card is in hand; leave empty otherwise", Es: "solo para la resolución, con la tarjeta en mano; si no, déjelo vacío"},
		{En: "INM notice received", Es: "Notificación del INM recibida"},
		{En: "type the date the notice bears, e.g. %s", Es: "escriba la fecha de la notificación, p. ej. %s"},
		{En: "Recorded the notice of corrections: hand in what it asks by %s (R-CASE-CORRECT)", Es: "Prevención registrada: entregue lo que pide a más tardar el %s (R-CASE-CORRECT)"},
		{En: "Recorded INM's resolution: the case is now at %s", Es: "Resolución del INM registrada: el trámite está ahora en %s"},
		{En: "Date of the first payment (recepción y estudio)", Es: "Fecha del primer pago (recepción y estudio)"},
		{En: "on the bank receipt; leave empty if not paid yet", Es: "la del comprobante del banco; déjelo vacío si aún no paga"},
		{En: "Date of INM's approval", Es: "Fecha de la aprobación del INM"},
		{En: "Date the card fee was paid (optional)", Es: "Fecha del pago de la tarjeta (opcional)"},
		{En: "the second payment (R-PAY-TWO); leave empty if not paid yet", Es: "el segundo pago (R-PAY-TWO); déjelo vacío si aún no paga"},
	})
}
