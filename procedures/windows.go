package procedures

// Date windows shared by renewal, canje and status change: the renewal
// window a card's expiry schedules, the R-DAYS-CLOSED "act by" date and its
// note, and the deadlines a newly received card brings (R-CASE-NEXT).

// closedDayNote explains why ActBy differs from the legal date d: the
// office is closed that day (R-DAYS-CLOSED, with both readings of that
// contested rule), or usually closed then (R-DAYS-LIKELY, with the last
// day should the user's office be open). It returns "" when the office is
// likely open on d.
func closedDayNote(c Context, d Date) string {
	act, open := c.Calendar.ActBy(d), c.Calendar.IfOpen(d)
	if act == d {
		return ""
	}
	var parts []string
	if open != d {
		why := c.T("a %s", c.Lang.Text(d.Weekday().String()))
		switch {
		case IsRestDay(d):
			why = c.T("%s, an official rest day", c.Lang.Text(RestDayName(d)))
		case !isWeekend(d):
			why = c.T("a declared office closure")
		}
		parts = append(parts, c.T("The legal date %s is %s, when INM offices are closed (R-DAYS-CLOSED).", d, why))
	}
	if act != open {
		parts = append(parts, c.T("%s %s falls in %s: INM offices usually close then; if yours is open, the last day is %s (R-DAYS-LIKELY).",
			c.Lang.Text(open.Weekday().String()), open, c.Lang.Text(c.Calendar.LikelyClosure(open)), open))
	}
	parts = append(parts, c.T("Act by %s %s.", c.Lang.Text(act.Weekday().String()), act))
	if open != d {
		parts = append(parts, c.T("Another reading moves such a deadline to the next business day; it is not in the law's text and never the safe one."))
	}
	return joinNotes(parts...)
}

// joinNotes joins non-empty notes with a space.
func joinNotes(notes ...string) string {
	out := ""
	for _, n := range notes {
		if n == "" {
			continue
		}
		if out != "" {
			out += " "
		}
		out += n
	}
	return out
}

// closingDeadline is a Closes or Due deadline to act at an INM office: ActBy
// and the R-DAYS-CLOSED note are filled in when d is a closed day.
func closingDeadline(key string, d Date, kind DeadlineKind, title, rule, note string, c Context) Deadline {
	return Deadline{
		Key: key, Date: d, Kind: kind, Title: title, Rule: rule,
		ActBy: actByIfClosed(c, d), Note: joinNotes(c.Lang.Text(note), closedDayNote(c, d)),
	}
}

// askAtOnce is what applies once the act-by day of a deadline with no
// contingent route has passed and offices stay closed until the legal date
// (R-DAYS-CLOSED): the office's answer is the only safe one.
const askAtOnce = "go to your INM office at once and ask."

// byDate words the legal date d of a deadline to act at an INM office
// (R-DAYS-CLOSED, R-DAYS-LIKELY): d alone when the office is likely open
// that day, else d and, as "act by", the last day before it when offices
// are likely open, entered and likely closures included, and then the last
// day should the user's office be open after all. It ends a clause, so the
// sentence can go on after a full stop.
func byDate(d Date, c Context) string {
	act, open := c.Calendar.ActBy(d), c.Calendar.IfOpen(d)
	switch {
	case act == d:
		return d.String()
	case act == open:
		return c.T("%s; the office is closed that day, so act by %s", d, act)
	}
	return c.T("%s; INM offices usually close %s, so act by %s; if yours is open, the last day is %s",
		d, likelyWhen(c, c.Calendar.LikelyClosure(open)), act, open)
}

// likelyWhen words a likely closure's name after "close": "on Good
// Friday", "in the year-end vacation".
func likelyWhen(c Context, name string) string {
	if name == "the year-end vacation" {
		return c.T("in the year-end vacation")
	}
	return c.T("on %s", c.Lang.Text(name))
}

// closedUntil is the sentence (with a leading space) for a today after the
// act-by day of d but not after d itself: offices stay closed until the
// deadline, so next says what applies then (R-DAYS-CLOSED). It is "" on
// any other day, so a verdict never keeps saying "file by d" unqualified
// once the last open day has gone.
func closedUntil(d Date, next string, c Context) string {
	act := c.Calendar.ActBy(d)
	if act == d || !c.Today.After(act) || c.Today.After(d) {
		return ""
	}
	return c.T(" That day has passed and offices are closed until the deadline: %s", c.Lang.Text(next))
}

// citeClosed adds R-DAYS-CLOSED (closed on d) and R-DAYS-LIKELY (usually
// closed then) to rules when the words of a verdict give an act-by date
// for d.
func citeClosed(rules []string, d Date, c Context) []string {
	act, open := c.Calendar.ActBy(d), c.Calendar.IfOpen(d)
	if open != d {
		rules = append(rules, "R-DAYS-CLOSED")
	}
	if act != open {
		rules = append(rules, "R-DAYS-LIKELY")
	}
	return rules
}

// renewalOpens is the first day of the renewal window: the first of the
// 30 calendar days before the expiry printed on the card, counting the
// expiry as day 1, the safe opening (R-RENEW-WINDOW, R-DAYS-CAL).
func renewalOpens(expiry Date) Date { return opensBefore(expiry, renewDays) }

// renewDays is the length of the renewal window before expiry
// (R-RENEW-WINDOW), and of the four-year change's window (R-STATUS-WHEN).
const renewDays = 30

// renewalWindow returns the two dates of the renewal window of a card that
// expires on expiry (R-RENEW-WINDOW): keyPrefix+"-window-opens" on
// expiry − 30 days and keyPrefix+"-window-closes" on the expiry itself, with
// its "act by" date when the office is closed that day (R-DAYS-CLOSED).
func renewalWindow(keyPrefix string, expiry Date, c Context) []Deadline {
	return []Deadline{
		{
			Key: keyPrefix + "-window-opens", Date: renewalOpens(expiry), Kind: Opens,
			Title: "Renewal window opens (30 days before the card expires; not sooner)",
			Rule:  "R-RENEW-WINDOW", Note: opensNote(c, renewDays, "the expiry", expiry),
		},
		closingDeadline(keyPrefix+"-window-closes", expiry, Closes,
			"Renewal window closes: the card expires; the renewal must be registered by then",
			"R-RENEW-WINDOW", "", c),
	}
}

// fourYearDate is the day the four consecutive years of temporary residence
// are complete (R-STATUS-4Y), counted from the day the status was granted
// (status_since), per R-DAYS-MONTHS (29 February → 28 February).
func fourYearDate(since Date) Date { return since.AddYears(4) }

// fourYearDeadline is the EligibleFrom date of the change to permanent
// residence after four years (R-STATUS-4Y), under key.
func fourYearDeadline(key string, since Date) Deadline {
	return Deadline{
		Key: key, Date: fourYearDate(since), Kind: EligibleFrom,
		Title: "Four years as a temporary resident complete: change to permanent residence possible",
		Note:  "Counted from the day the temporary status was granted, not from the printing of the first card (R-STATUS-4Y). File it in the 30 days before the card then in force expires (R-STATUS-WHEN). Falling into irregular status restarts the count.",
		Rule:  "R-STATUS-4Y",
	}
}

// statusSinceHelp says where to find the date the temporary status was
// granted (R-STATUS-4Y): the answer key status_since of renewal and status
// change.
const statusSinceHelp = "With a consular visa: the day you entered Mexico with it, on the entry stamp in your passport or on your FMM. For a status granted in Mexico (family unity, regularisation, change from visitor): the date of INM's resolution (oficio de resolución). Not the issue date printed on your first card, which is often weeks later. The four years count from it (R-STATUS-4Y, R-RENEW-TERMS)."

// statusSinceAlias accepts first_card_date, the key cases stored before
// issue 13, as status_since, and says how the two dates differ.
var statusSinceAlias = Alias{From: "first_card_date", To: "status_since",
	Note: "This case gives the first card's issue date (first_card_date). The four years count from the day the status was granted (the entry with the visa, or INM's resolution), often weeks earlier: type status_since to correct the dates (R-STATUS-4Y)."}

// afterCardRenewal is the AfterCard of procedures whose new card, when it
// has a printed expiry, must be renewed (a temporary card, or a minor's
// permanent card, R-CARD-PERM): the next renewal window (R-CASE-NEXT). An
// adult's permanent card has no expiry, so a zero newExpiry gives nil.
func afterCardRenewal(_ Answers, newExpiry Date, c Context) []Deadline {
	if newExpiry.IsZero() {
		return nil
	}
	return renewalWindow("next-renewal", newExpiry, c)
}

// parsedOrZero reads a stored (already normalised) date answer for a Check
// function; a value that does not parse gives the zero Date, which every
// comparison then ignores.
func parsedOrZero(v string) Date {
	d, err := ParseDate(v)
	if err != nil {
		return Date{}
	}
	return d
}
