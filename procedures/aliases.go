package procedures

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// spanishIDs are the words a Spanish speaker types for a procedure (with
// or without accents: the accents are dropped before the look-up), each
// mapped to the procedure's id. The command line understands them as
// aliases: `tramite new renovacion` is `tramite new renewal`.
var spanishIDs = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"renovacion":             "renewal",
		"renovacion-de-tarjeta":  "renewal",
		"cambio":                 "status-change",
		"cambio-de-condicion":    "status-change",
		"cambio-de-estancia":     "status-change",
		"permiso-de-salida":      "exit-permit",
		"salida":                 "exit-permit",
		"permiso-salida-regreso": "exit-permit",
		"notificacion":           "notification",
		"notificacion-de-cambio": "notification",
		"reposicion":             "replacement",
		"permiso-de-trabajo":     "work-permit",
		"trabajo":                "work-permit",
	}
})

// SpanishIDs lists the Spanish aliases of the procedures (sorted), each
// with the id it stands for, for completions and help.
func SpanishIDs() [][2]string {
	out := make([][2]string, 0, len(spanishIDs()))
	for alias, id := range spanishIDs() {
		if _, ok := catalog[id]; ok {
			out = append(out, [2]string{alias, id})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// foldID is s lower-cased, without accents, spaces and underscores as
// hyphens: "Renovación" → "renovacion", "status change" → "status-change".
func foldID(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		switch {
		case r >= 0x300 && r <= 0x36f: // combining accents
		case r == ' ' || r == '_':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ResolveID is the procedure id s stands for: the id itself in any case,
// or a Spanish alias ("renovacion", "canje", "cambio"); ok is false when
// s names no procedure.
func ResolveID(s string) (string, bool) {
	f := foldID(s)
	if _, ok := catalog[f]; ok {
		return f, true
	}
	if id, ok := spanishIDs()[f]; ok {
		if _, ok := catalog[id]; ok {
			return id, true
		}
	}
	return "", false
}

// NearestProcedure is the procedure id closest to s (by edit distance
// to the ids and their Spanish aliases), or "" when none is near.
func NearestProcedure(s string) string {
	f := foldID(s)
	best, bestD := "", 1<<30
	try := func(word, id string) {
		d := EditDistance(f, word)
		if strings.HasPrefix(word, f) && len(f) >= 3 {
			d = min(d, 1)
		} else if commonPrefix(word, f) >= 4 {
			d = min(d, 2)
		}
		if d < bestD || d == bestD && id < best {
			best, bestD = id, d
		}
	}
	for id := range catalog {
		try(id, id)
	}
	for alias, id := range spanishIDs() {
		if _, ok := catalog[id]; ok {
			try(alias, id)
		}
	}
	if bestD > max(2, len(f)/3) {
		return ""
	}
	return best
}

// commonPrefix is how many leading bytes a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
