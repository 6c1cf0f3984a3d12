package cli

import (
	"tramite/casebook"
	"tramite/config"
)

// settingsPath is the settings file: TRAMITE_CONFIG, else
// $XDG_CONFIG_HOME/tramite/config.toml.
func (a *app) settingsPath() string { return config.Path(a.getenv) }

// settings reads the settings file and the lead times it sets (the
// defaults where it sets none). A bad value is a usage error (exit 2, not
// remind's 1) that names the file and says what to type.
func (a *app) settings() (config.Config, casebook.LeadTimes, error) {
	p := a.settingsPath()
	c, err := config.Load(p)
	if err != nil {
		return c, nil, usageErr(err)
	}
	lt, err := casebook.ParseLeadTimes(c.LeadDays)
	if err != nil {
		return c, nil, a.usagef("the settings file %s: %w", p, err)
	}
	return c, lt, nil
}
