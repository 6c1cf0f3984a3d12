package casebook

import (
	"sync/atomic"

	"tramite/procedures"
)

// The agenda's bands, "within 7 days" (Soon) and "within 30 days"
// (Month), follow the user's lead times (issue 20): the dashboard's
// markers and colours, the "urgency" of `tramite cases --json` and
// `deadlines --json`, and every export read the one Classify, so they
// agree with each other and with `tramite remind` under any settings.
//
// For a kind of date with lead times (largest first), Month is within the
// largest and Soon within the second largest (within the only one when
// there is one): the defaults 30, 7, 1 give the 30 and 7 days of old. A
// kind heard of only on its day (lead time 0, as openings are by default)
// or not at all keeps the bands of 7 and 30 days, so that a coming
// opening still stands out on the dashboard.

// bands are the Soon and Month limits of each kind of date, in days, and
// the lead times they come from.
type bands struct {
	soon, month [kindCount]int
	lt          LeadTimes
}

// kindCount is the number of kinds of date (procedures.DeadlineKind).
const kindCount = int(procedures.ToDo) + 1

const (
	defaultSoonDays  = 7
	defaultMonthDays = 30
)

// bandsOf computes the bands of lead times lt.
func bandsOf(lt LeadTimes) *bands {
	b := &bands{lt: lt}
	for k := range kindCount {
		b.soon[k], b.month[k] = defaultSoonDays, defaultMonthDays
		days := lt[procedures.DeadlineKind(k)]
		if len(days) == 0 || days[0] == 0 {
			continue
		}
		b.month[k], b.soon[k] = days[0], days[0]
		if len(days) > 1 {
			b.soon[k] = days[1]
		}
	}
	return b
}

// activeBands are the bands Classify uses: those of the lead times set by
// UseLeadTimes, the defaults' until then.
var activeBands atomic.Pointer[bands]

var defaultBands = bandsOf(DefaultLeadTimes())

// UseLeadTimes makes the agenda's bands follow lt in this process (the
// lead times of the settings file; nil for the defaults). The command
// line sets them once, before any front-end runs.
func UseLeadTimes(lt LeadTimes) {
	if lt == nil {
		activeBands.Store(nil)
		return
	}
	activeBands.Store(bandsOf(lt))
}

// LeadTimesInUse are the lead times set by UseLeadTimes, the defaults
// until then: the case view writes its messages to clients for the dates
// due by them, as `tramite remind --messages` does.
func LeadTimesInUse() LeadTimes { return currentBands().lt }

// BandDays are the days within which a date of kind k is Soon and Month
// with the lead times in use.
func BandDays(k procedures.DeadlineKind) (soon, month int) {
	b := currentBands()
	if k < 0 || int(k) >= kindCount {
		return defaultSoonDays, defaultMonthDays
	}
	return b.soon[k], b.month[k]
}

func currentBands() *bands {
	if b := activeBands.Load(); b != nil {
		return b
	}
	return defaultBands
}

// band is the urgency of a coming date of kind k, days ahead, that is
// neither today's nor passed.
func band(k procedures.DeadlineKind, days int) Urgency {
	soon, month := BandDays(k)
	switch {
	case days <= soon:
		return Soon
	case days <= month:
		return Month
	}
	return Later
}
