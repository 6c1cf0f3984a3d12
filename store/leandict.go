package store

// leanDict1 is the preset dictionary of the values tagged leanTag1
// (leanvalue.go): the shapes of a stored person and case (record.Person,
// record.Case) with tramite's own field names, procedure ids, answer keys
// and choices, stages and history kinds, the commonest last (deflate
// reaches the end of a dictionary with the shortest distances).
//
// NEVER change it: every value written with it must stay readable. A
// better dictionary is a new constant under a new tag (leanDict2,
// leanTag2), with decodeLean reading both; TestLeanDictFrozen fails on
// any change to this one.
const leanDict1 = `` +
	// answer values and keys of the procedures, the rarer first
	`"employment":"self-employed","employment":"employer","reason":"stolen","reason":"lost","reason":"damaged","location":"abroad","location":"mexico",` +
	`"change_kind":"marital-status","change_kind":"workplace","change_kind":"address","change_kind":"name","change_date":"2026-","old_value":"","new_value":"",` +
	`"dual_nationality":"no","marital_event":"widowhood","marital_event":"divorce","issued_abroad":"no","notified_date":"2026-",` +
	`"pending_procedure":"canje","emergency":"no","emergency_cause":"","departure_date":"2026-","ask_date":"2026-","permit_date":"2026-","reentry_date":"2026-",` +
	`"route":"four-years","route":"marriage","route":"family-unity","current_status":"visitor","target":"permanent","stay_expiry":"2026-",` +
	`"link":"concubine","link":"spouse","link":"child","link":"parent","relative_status":"mexican","relative_status":"permanent-resident","relative_name":"",` +
	`"via_link":"yes","certificate_abroad":"no","pension_basis":"savings","pension_basis":"pension","route":"pension",` +
	`"card_type":"permanent-minor","return_date":"2026-","child_birth_date":"20","grounds":"job","grounds":"other",` +
	`"visa_type":"permanent","entry_date":"2026-","job_offer_years":"1","work_permit":"yes",` +
	// the progress of a case (procedures.Progress) and the history's kinds
	`"progress":{"stage":"refused","refused_date":"2026-","pieza":"","pieza_date":"2026-","pieza_hint":"","appointment_time":"10:00",` +
	`"correction_notice":"2026-","fee_paid":"2026-","approved_date":"2026-","card_fee_paid":"2026-",` +
	`{"at":"2026-11-01T10:00:00Z","kind":"note","text":""},{"at":"2026-11-01T10:00:00Z","kind":"payment","date":"2026-"},` +
	`{"at":"2026-11-01T10:00:00Z","kind":"card-fee","date":"2026-"},{"at":"2026-11-01T10:00:00Z","kind":"notice-refusal","date":"2026-"},` +
	`{"at":"2026-11-01T10:00:00Z","kind":"notice-resolution","date":"2026-"},{"at":"2026-11-01T10:00:00Z","kind":"notice-corrections","date":"2026-"},` +
	`{"at":"2026-11-01T10:00:00Z","kind":"history-begun"},"ticks":{"passport":true,"photos":true,"proof":true},"notes":"",` +
	`"stage":"received","received_date":"2026-","new_card_expiry":"2027-","stage":"approved","stage":"filed","filed_date":"2026-","nut":"",` +
	`"stage":"booked","appointment_date":"2026-","office":"Ciudad de México",` +
	// a person (record.Person)
	`{"id":1,"uid":"","name":"","birth_date":"19","nationality":"estadounidense","details":{"address":"","email":"@example.com","office":"","passport_number":"","phone":"+52 55 "},` +
	`"created":"2026-11-01T10:00:00.000000000Z","updated":"2026-11-01T10:00:00.000000000Z"}` +
	// a case of each procedure (record.Case), the commonest last
	`{"id":1,"uid":"","person_id":1,"procedure":"work-permit","answers":{"employment":"employer"},` +
	`{"id":1,"uid":"","person_id":1,"procedure":"replacement","answers":{"card_expiry":"2027-","location":"mexico","reason":"lost"},` +
	`{"id":1,"uid":"","person_id":1,"procedure":"notification","answers":{"change_date":"2026-","change_kind":"address","new_value":"","notified_date":"2026-","old_value":""},` +
	`{"id":1,"uid":"","person_id":1,"procedure":"exit-permit","answers":{"departure_date":"2026-","emergency":"yes","nut":"","pending_procedure":"other","return_date":"2026-"},` +
	`{"id":1,"uid":"","person_id":1,"procedure":"status-change","answers":{"card_expiry":"2027-","current_status":"temporary","link":"","pension_basis":"","route":"","status_since":"2026-","target":"temporary"},` +
	`{"id":1,"uid":"","person_id":1,"procedure":"canje","answers":{"entered":"yes","visa_expiry":"2027-","visa_issue_date":"2026-","visa_type":"temporary","work_permit":"no"},` +
	`{"id":1,"uid":"","person_id":1,"procedure":"renewal","answers":{"card_expiry":"2026-","card_type":"temporary","grounds":"family","grounds_hold":"yes","holder_minor":"no","in_mexico":"yes","status_since":"2026-","years_requested":"2"},` +
	`"progress":{"stage":"draft"},"progress":{"stage":"ready"},"history":[{"at":"2026-11-01T10:00:00Z","kind":"created"},{"at":"2026-11-01T10:00:00Z","kind":"stage","stage":"ready"}],` +
	`"created":"2026-11-01T10:00:00Z","updated":"2026-11-01T10:00:00Z","version":1}`
