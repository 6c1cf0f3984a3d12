package cli

import (
	"tramite/casebook"
	"tramite/config"
)

// useLeadTimes makes the agenda's bands (Soon, Month: the dashboard's
// markers, every listing's urgency) follow the settings file's lead times
// for this run (casebook.UseLeadTimes). An unreadable file or a bad
// lead_days leaves the defaults here: the commands that read the settings
// say what is wrong.
func (a *app) useLeadTimes() {
	// The file chooseLang read as the command line started (issue 15:
	// every start read it twice).
	var c config.Config
	var err error
	if s := a.started; s != nil {
		a.started = nil
		c, err = s.c, s.err
	} else {
		c, err = config.Load(a.settingsPath())
	}
	if err != nil {
		casebook.UseLeadTimes(nil)
		return
	}
	lt, err := casebook.ParseLeadTimes(c.LeadDays)
	if err != nil {
		casebook.UseLeadTimes(nil)
		return
	}
	casebook.UseLeadTimes(lt)
}
