package cli

import (
	"fmt"
	"math/rand/v2"

	"tramite/procedures"
	"tramite/store"
)

// Name parts for synthetic people: foreign residents of Mexico, many with
// accents, so every screen and export meets non-ASCII names.
var (
	demoGiven = []string{"Ana", "José", "María", "Jürgen", "Zoë", "François", "Søren", "Chloé", "Matías", "Inés",
		"Björn", "Renée", "Joël", "Ramón", "Lucía", "Andrés", "Sebastián", "Héctor", "Noémie", "Łukasz",
		"Siobhán", "Dmitri", "Aoife", "Kenji", "Yasmín", "Gaëlle", "Óscar", "Amélie", "Raúl", "Ingrid",
		"Thiago", "Mónica", "Björk", "Tomás", "Hélène", "Ulrich", "Nuria", "Kateřina", "Émile", "Pilar"}
	demoFamily = []string{"López", "Núñez", "Müller", "García", "Pérez", "Østergaard", "Dubois", "Fernández", "Schröder", "Martínez",
		"O'Brien", "Kowalski", "Ibáñez", "Sánchez", "Nguyễn", "Åberg", "Côté", "Gómez", "Weiß", "Rodríguez",
		"Novák", "Jiménez", "Lefèvre", "Castañeda", "Yılmaz", "Brontë", "Muñoz", "Söderberg", "Ortíz", "Dvořák",
		"Hernández", "Fontaine", "Peña", "Kühn", "Álvarez", "Bergström", "Suárez", "Moreau", "Ruíz", "Janssen"}
	demoNationalities = []string{"estadounidense", "canadiense", "española", "alemana", "francesa", "colombiana",
		"argentina", "británica", "japonesa", "venezolana", "sueca", "polaca", "irlandesa", "cubana"}
)

// demoPeople returns n people. A household (n <= 4) shares one family
// name and has children; a facilitator's clients all have distinct names.
func demoPeople(n int, rng *rand.Rand, today procedures.Date) []store.Person {
	people := make([]store.Person, n)
	family := demoFamily[rng.IntN(len(demoFamily))]
	for i := range people {
		var name string
		if n <= 4 {
			name = demoGiven[(i*7+rng.IntN(3))%len(demoGiven)] + " " + family
		} else {
			// i → (given, family, second family): distinct for i < 64,000.
			g, f, s := i%len(demoGiven), (i/len(demoGiven))%len(demoFamily), (i/(len(demoGiven)*len(demoFamily)))%len(demoFamily)
			name = demoGiven[g] + " " + demoFamily[(f+g)%len(demoFamily)]
			if i >= len(demoGiven)*len(demoFamily) {
				name += " " + demoFamily[s]
			}
		}
		age := 25 + rng.IntN(45)
		if n <= 4 && i >= 2 {
			age = 2 + rng.IntN(14) // the household's children
		}
		born := today.AddYears(-age).AddDays(-rng.IntN(365))
		people[i] = store.Person{
			ID:          uint64(i + 1),
			Name:        name,
			BirthDate:   born,
			Nationality: demoNationalities[rng.IntN(len(demoNationalities))],
			Details: map[string]string{
				"passport_number": fmt.Sprintf("%c%08d", 'A'+rune(rng.IntN(26)), rng.IntN(100000000)),
				"email":           fmt.Sprintf("demo%d@example.com", i+1),
				"phone":           fmt.Sprintf("+52 55 %04d %04d", rng.IntN(10000), rng.IntN(10000)),
				"office":          demoOffices[rng.IntN(len(demoOffices))],
			},
		}
	}
	return people
}

// personAnswers is p's personal values as answers, for procedures that ask
// personal questions.
func personAnswers(p store.Person) map[string]string {
	out := map[string]string{}
	for _, k := range procedures.PersonKeys {
		if v := p.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}

// openDay is d, or the nearest day an INM office is open in direction
// step (R-APPT-HOW: no appointment or filing on a weekend or rest day).
func openDay(d, today procedures.Date, step int) procedures.Date {
	for procedures.CheckAppointment(d, procedures.Context{Today: today}) != nil {
		d = d.AddDays(step)
	}
	return d
}

// demoProgress moves a case along: most stay early, some are booked,
// filed (now and then with a correction notice) or done, with dates that
// make sense around today.
func demoProgress(rng *rand.Rand, today procedures.Date, canProceed bool) procedures.Progress {
	if !canProceed {
		return procedures.Progress{Stage: []procedures.Stage{procedures.StageDraft, procedures.StageReady}[rng.IntN(2)]}
	}
	office := demoOffices[rng.IntN(len(demoOffices))]
	switch r := rng.IntN(100); {
	case r < 30:
		return procedures.Progress{Stage: procedures.StageDraft}
	case r < 50:
		return procedures.Progress{Stage: procedures.StageReady}
	case r < 70:
		return procedures.Progress{Stage: procedures.StageBooked, AppointmentDate: openDay(today.AddDays(1+rng.IntN(30)), today, 1),
			AppointmentTime: fmt.Sprintf("%02d:%02d", 9+rng.IntN(5), 15*rng.IntN(4)), Office: office,
			Pieza: fmt.Sprintf("%010d", rng.Int64N(1e10))}
	case r < 88:
		filed := openDay(today.AddDays(-1-rng.IntN(25)), today, -1)
		pr := procedures.Progress{Stage: procedures.StageFiled, AppointmentDate: filed, Office: office,
			FiledDate: filed, NUT: fmt.Sprintf("%07d", rng.IntN(1e7))}
		if notice := filed.AddDays(3 + rng.IntN(5)); rng.IntN(5) == 0 && !notice.After(today) {
			pr.CorrectionNotice = notice
		}
		return pr
	default:
		filed := openDay(today.AddDays(-20-rng.IntN(200)), today, -1)
		return procedures.Progress{Stage: procedures.StageReceived, AppointmentDate: filed, Office: office,
			FiledDate: filed, NUT: fmt.Sprintf("%07d", rng.IntN(1e7)),
			ReceivedDate: filed.AddDays(rng.IntN(15)), NewCardExpiry: filed.AddYears(1 + rng.IntN(2))}
	}
}
